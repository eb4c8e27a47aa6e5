package org.msptoolkit.indicators;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import org.msptoolkit.core.internal.Checks;
import org.msptoolkit.core.validation.Problem;
import org.msptoolkit.indicators.internal.builtin.BuiltinIndicatorProvider;
import org.msptoolkit.indicators.spi.IndicatorProvider;

/**
 * The indicators available to an evaluation, collected from {@link IndicatorProvider}s. There is no
 * hidden global registry: load one explicitly and pass it on.
 *
 * <pre>{@code
 * IndicatorRegistry all = IndicatorRegistry.load();        // built-ins + every provider on the path
 * IndicatorRegistry mine = IndicatorRegistry.of(new AcmeIndicators());
 * all.get("women-share").measure(process);
 * }</pre>
 *
 * <p>Order is deterministic: providers by descending {@link IndicatorProvider#priority()}, then by id;
 * each provider's indicators in the order it lists them. Two providers with the same id, two
 * indicators with the same id, or a provider that fails to load are rejected with an
 * {@link IndicatorRegistryException} that lists every problem. Instances are immutable and thread-safe.
 */
public final class IndicatorRegistry {
    private final List<ProviderInfo> providers;
    private final Map<IndicatorId, Indicator> indicators;

    /**
     * A provider as registered: its id, version, priority and the ids of its indicators.
     *
     * @param id provider id
     * @param version provider version
     * @param priority provider priority
     * @param indicators ids of its indicators, in order
     */
    public record ProviderInfo(String id, String version, int priority, List<IndicatorId> indicators) {
        /** Copies the list. */
        public ProviderInfo {
            indicators = List.copyOf(indicators);
        }

        @Override
        public String toString() {
            return id + " " + version + " (" + indicators.size() + " indicators)";
        }
    }

    private IndicatorRegistry(List<ProviderInfo> providers, Map<IndicatorId, Indicator> indicators) {
        this.providers = List.copyOf(providers);
        this.indicators = Collections.unmodifiableMap(indicators);
    }

    /**
     * Loads every {@link IndicatorProvider} visible to the thread's context class loader (or, without one,
     * to this library's class loader), on the module path ({@code provides}) and the class path
     * ({@code META-INF/services}). The built-in provider is among them.
     *
     * @return the registry
     * @throws IndicatorRegistryException when a provider fails to load or ids clash
     */
    public static IndicatorRegistry load() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        return load(loader != null ? loader : IndicatorRegistry.class.getClassLoader());
    }

    /**
     * Loads every {@link IndicatorProvider} visible to a class loader.
     *
     * @param loader the class loader to search
     * @return the registry
     * @throws IndicatorRegistryException when a provider fails to load or ids clash
     */
    public static IndicatorRegistry load(ClassLoader loader) {
        Checks.notNull(loader, "class loader");
        List<IndicatorProvider> found = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        var iterator = ServiceLoader.load(IndicatorProvider.class, loader).iterator();
        while (true) {
            try {
                if (!iterator.hasNext()) {
                    break;
                }
                found.add(iterator.next());
            } catch (ServiceConfigurationError e) {
                problems.add(Problem.of("ServiceLoader", "provider-failed", String.valueOf(e.getMessage())));
                if (problems.size() > 100) {
                    break;
                }
            }
        }
        // The built-in provider is always available, even if a custom class loader cannot see it.
        if (found.stream().noneMatch(p -> p.getClass() == BuiltinIndicatorProvider.class)) {
            found.add(new BuiltinIndicatorProvider());
        }
        return build(found, problems);
    }

    /**
     * A registry of exactly these providers.
     *
     * @param providers the providers
     * @return the registry
     * @throws IndicatorRegistryException when ids clash
     */
    public static IndicatorRegistry of(IndicatorProvider... providers) {
        return of(Arrays.asList(Checks.notNull(providers, "providers")));
    }

    /**
     * A registry of exactly these providers.
     *
     * @param providers the providers
     * @return the registry
     * @throws IndicatorRegistryException when ids clash
     */
    public static IndicatorRegistry of(List<? extends IndicatorProvider> providers) {
        return build(Checks.list(providers, "providers"), List.of());
    }

    /**
     * A registry of the built-in indicators only (no service loading).
     *
     * @return the registry
     */
    public static IndicatorRegistry builtin() {
        return of(new BuiltinIndicatorProvider());
    }

    private static IndicatorRegistry build(List<? extends IndicatorProvider> providers, List<Problem> early) {
        List<Problem> problems = new ArrayList<>(early);
        List<IndicatorProvider> sorted = new ArrayList<>();
        Map<String, IndicatorProvider> byId = new HashMap<>();
        for (IndicatorProvider p : providers) {
            String id;
            try {
                id = p.id();
            } catch (RuntimeException e) {
                problems.add(Problem.of(p.getClass().getName(), "provider-failed", "id() threw " + e));
                continue;
            }
            if (id == null || id.isBlank()) {
                problems.add(
                        Problem.of(p.getClass().getName(), "provider-id", "provider id must not be null or blank"));
                continue;
            }
            IndicatorProvider earlier = byId.putIfAbsent(id, p);
            if (earlier != null) {
                problems.add(Problem.of(
                        "provider " + id,
                        Problem.DUPLICATE_ID,
                        "two providers have the id '" + id + "': "
                                + earlier.getClass().getName() + " and "
                                + p.getClass().getName()));
                continue;
            }
            sorted.add(p);
        }
        sorted.sort(
                Comparator.comparingInt(IndicatorProvider::priority).reversed().thenComparing(IndicatorProvider::id));
        Map<IndicatorId, Indicator> all = new LinkedHashMap<>();
        Map<IndicatorId, String> owner = new HashMap<>();
        List<ProviderInfo> infos = new ArrayList<>();
        for (IndicatorProvider p : sorted) {
            List<Indicator> list;
            try {
                list = p.indicators();
            } catch (RuntimeException e) {
                problems.add(Problem.of("provider " + p.id(), "provider-failed", "indicators() threw " + e));
                continue;
            }
            if (list == null) {
                problems.add(Problem.of("provider " + p.id(), "provider-failed", "indicators() returned null"));
                continue;
            }
            List<IndicatorId> ids = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                Indicator indicator = list.get(i);
                String where = "provider " + p.id() + ": indicators[" + i + "]";
                if (indicator == null || indicator.id() == null) {
                    problems.add(Problem.of(where, "null-indicator", "indicator or its id is null"));
                    continue;
                }
                String previous = owner.putIfAbsent(indicator.id(), p.id());
                if (previous != null) {
                    problems.add(Problem.of(
                            where,
                            Problem.DUPLICATE_ID,
                            "indicator id '" + indicator.id() + "' is offered by provider '" + previous
                                    + "' and by provider '" + p.id() + "'"));
                    continue;
                }
                all.put(indicator.id(), indicator);
                ids.add(indicator.id());
            }
            infos.add(new ProviderInfo(p.id(), String.valueOf(p.version()), p.priority(), ids));
        }
        if (!problems.isEmpty()) {
            throw new IndicatorRegistryException(problems);
        }
        return new IndicatorRegistry(infos, all);
    }

    /**
     * Returns every indicator, in the registry's deterministic order.
     *
     * @return every indicator, in the registry's deterministic order
     */
    public List<Indicator> indicators() {
        return List.copyOf(indicators.values());
    }

    /**
     * Returns every indicator id, in order.
     *
     * @return every indicator id, in order
     */
    public List<IndicatorId> ids() {
        return List.copyOf(indicators.keySet());
    }

    /**
     * Returns the providers, in order.
     *
     * @return the providers, in order
     */
    public List<ProviderInfo> providers() {
        return providers;
    }

    /**
     * Returns how many indicators are registered.
     *
     * @return how many indicators are registered
     */
    public int size() {
        return indicators.size();
    }

    /**
     * Returns the indicator, or empty.
     *
     * @param id an indicator id
     * @return the indicator, or empty
     */
    public Optional<Indicator> find(IndicatorId id) {
        return Optional.ofNullable(indicators.get(Checks.notNull(id, "indicator id")));
    }

    /**
     * Returns the indicator, or empty (also for text that is not a valid id).
     *
     * @param id an indicator id, e.g. {@code "women-share"}
     * @return the indicator, or empty (also for text that is not a valid id)
     */
    public Optional<Indicator> find(String id) {
        if (id == null) {
            return Optional.empty();
        }
        try {
            return find(IndicatorId.of(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * Returns the indicator.
     *
     * @param id an indicator id, e.g. {@code "women-share"}
     * @return the indicator
     * @throws IllegalArgumentException naming the known ids when there is none with this id
     */
    public Indicator get(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("indicator id must be one of the "
                + size() + " registered indicators ("
                + indicators.keySet().stream().map(IndicatorId::value).collect(Collectors.joining(", ")) + "), got \""
                + id + "\""));
    }

    /**
     * Returns a listing of providers and indicator ids.
     *
     * @return a listing of providers and indicator ids
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(
                "IndicatorRegistry: " + size() + " indicators from " + providers.size() + " provider(s)");
        for (ProviderInfo p : providers) {
            sb.append("\n  ")
                    .append(p)
                    .append(": ")
                    .append(p.indicators().stream().map(IndicatorId::value).collect(Collectors.joining(", ")));
        }
        return sb.toString();
    }
}
