/**
 * A stand-in for a third party's library: it offers one indicator through the msp-toolkit SPI.
 */
module org.msptoolkit.indicators.it {
    requires transitive org.msptoolkit.indicators;
    requires static org.jspecify;

    exports org.msptoolkit.indicators.it.acme;

    provides org.msptoolkit.indicators.spi.IndicatorProvider with
            org.msptoolkit.indicators.it.acme.AcmeIndicators;
}
