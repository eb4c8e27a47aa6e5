package org.msptoolkit.indicators.it.acme;

import java.util.List;
import org.msptoolkit.core.taxonomy.Role;
import org.msptoolkit.indicators.Direction;
import org.msptoolkit.indicators.Indicator;
import org.msptoolkit.indicators.Measurement;
import org.msptoolkit.indicators.Principle;
import org.msptoolkit.indicators.Scale;
import org.msptoolkit.indicators.spi.IndicatorProvider;

/** A third party's provider: one indicator, the share of participants who only observe. */
public final class AcmeIndicators implements IndicatorProvider {
    /** The id of the indicator offered, {@value}. */
    public static final String OBSERVER_SHARE = "acme.observer-share";

    private static final Indicator OBSERVERS = Indicator.builder(OBSERVER_SHARE, "Share of observers")
            .principles(Principle.TRANSPARENCY, Principle.INCLUSIVENESS)
            .unit("share")
            .scale(Scale.UNIT)
            .direction(Direction.HIGHER_IS_BETTER)
            .formula("participants with role observer / participants")
            .source("ACME handbook (an example third party)")
            .measuredBy((process, context) -> {
                long n = process.participants().size();
                if (n == 0) {
                    return Measurement.notMeasurable("no participants recorded");
                }
                long observers = process.participants().stream()
                        .filter(p -> p.role() == Role.OBSERVER)
                        .count();
                return Measurement.of((double) observers / n)
                        .withEvidence("participants", n, "participants")
                        .withEvidence("participants[*].role", observers, "observers");
            })
            .build();

    /** For the ServiceLoader. */
    public AcmeIndicators() {}

    @Override
    public String id() {
        return "acme";
    }

    @Override
    public List<Indicator> indicators() {
        return List.of(OBSERVERS);
    }

    @Override
    public String version() {
        return "1.0";
    }
}
