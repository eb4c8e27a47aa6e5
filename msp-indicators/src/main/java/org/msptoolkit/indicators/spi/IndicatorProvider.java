package org.msptoolkit.indicators.spi;

import java.util.List;
import org.msptoolkit.indicators.Indicator;

/**
 * The service a library or application implements to offer indicators to msp-toolkit. Providers are
 * found by {@link org.msptoolkit.indicators.IndicatorRegistry#load()} through {@link java.util.ServiceLoader}.
 *
 * <p>Register an implementation both ways, so that it is found on the module path and on the class
 * path (including JShell):
 * <pre>{@code
 * // module-info.java
 * provides org.msptoolkit.indicators.spi.IndicatorProvider with com.acme.AcmeIndicators;
 * // src/main/resources/META-INF/services/org.msptoolkit.indicators.spi.IndicatorProvider
 * com.acme.AcmeIndicators
 * }</pre>
 * The class must be public with a public no-argument constructor. Test it by extending
 * {@code org.msptoolkit.indicators.tck.IndicatorProviderCompatibilityKit} (artifact msp-indicators-tck).
 */
public interface IndicatorProvider {
    /**
     * A unique id for this provider, e.g. {@code "acme"}; the registry rejects two providers with the
     * same id. The id {@code "msp-builtin"} is used by the built-in indicators.
     *
     * @return the id, never blank
     */
    String id();

    /**
     * The indicators offered, in the order they should be listed. Each id must be unique across all
     * loaded providers; namespaced ids such as {@code "acme.observer-share"} avoid clashes.
     *
     * @return the indicators, never {@code null}
     */
    List<Indicator> indicators();

    /**
     * Returns the provider's version, for reports; {@code "unversioned"} by default.
     *
     * @return the provider's version, for reports; {@code "unversioned"} by default
     */
    default String version() {
        return "unversioned";
    }

    /**
     * Returns what the provider offers; empty by default.
     *
     * @return what the provider offers; empty by default
     */
    default String description() {
        return "";
    }

    /**
     * Providers with a higher priority are listed first; equal priorities are ordered by id.
     *
     * @return the priority, 0 by default (the built-in provider has 100)
     */
    default int priority() {
        return 0;
    }
}
