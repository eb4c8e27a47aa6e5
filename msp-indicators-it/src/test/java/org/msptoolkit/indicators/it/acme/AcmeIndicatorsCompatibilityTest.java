package org.msptoolkit.indicators.it.acme;

import org.msptoolkit.indicators.spi.IndicatorProvider;
import org.msptoolkit.indicators.tck.IndicatorProviderCompatibilityKit;

/** How a third party uses the compatibility kit. */
class AcmeIndicatorsCompatibilityTest extends IndicatorProviderCompatibilityKit {
    @Override
    protected IndicatorProvider provider() {
        return new AcmeIndicators();
    }
}
