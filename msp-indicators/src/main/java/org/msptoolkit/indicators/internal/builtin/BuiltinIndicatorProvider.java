package org.msptoolkit.indicators.internal.builtin;

import java.util.ArrayList;
import java.util.List;
import org.msptoolkit.indicators.BuiltinIndicators;
import org.msptoolkit.indicators.Indicator;
import org.msptoolkit.indicators.spi.IndicatorProvider;

/**
 * Provides the built-in indicators, listed in {@link BuiltinIndicators}. Public with a no-argument
 * constructor for {@link java.util.ServiceLoader}. <strong>Internal: any usage by external parties is not
 * supported.</strong>
 */
public final class BuiltinIndicatorProvider implements IndicatorProvider {
    private static final List<Indicator> ALL;

    static {
        List<Indicator> all = new ArrayList<>();
        all.addAll(RepresentationIndicators.all());
        all.addAll(ParticipationIndicators.all());
        all.addAll(DecisionIndicators.all());
        all.addAll(TransparencyIndicators.all());
        all.addAll(CommitmentIndicators.all());
        all.addAll(LinkageIndicators.all());
        all.addAll(DesignIndicators.all());
        all.addAll(GovernanceIndicators.all());
        ALL = List.copyOf(all);
    }

    /** Creates the provider; the indicators are shared, immutable and thread-safe. */
    public BuiltinIndicatorProvider() {}

    @Override
    public String id() {
        return BuiltinIndicators.PROVIDER_ID;
    }

    @Override
    public List<Indicator> indicators() {
        return ALL;
    }

    @Override
    public String version() {
        return "0.1.0";
    }

    @Override
    public String description() {
        return "Built-in indicators for the fifteen principles of Hemmati et al. (2002)";
    }

    @Override
    public int priority() {
        return 100;
    }
}
