package org.msptoolkit.indicators.tck;

import java.util.List;
import org.msptoolkit.indicators.Indicator;
import org.msptoolkit.indicators.IndicatorRegistry;
import org.msptoolkit.indicators.spi.IndicatorProvider;

/** The built-in indicators meet their own compatibility kit, on 1,000 generated processes per check. */
class BuiltinIndicatorsCompatibilityTest extends IndicatorProviderCompatibilityKit {
    @Override
    protected IndicatorProvider provider() {
        IndicatorRegistry builtin = IndicatorRegistry.builtin();
        return new IndicatorProvider() {
            @Override
            public String id() {
                return "msp-builtin";
            }

            @Override
            public List<Indicator> indicators() {
                return builtin.indicators();
            }
        };
    }

    @Override
    protected int generatedProcesses() {
        return 1000;
    }
}
