/**
 * Compatibility kit for third-party indicators: extend
 * {@link org.msptoolkit.indicators.tck.IndicatorProviderCompatibilityKit} in your provider's tests.
 */
module org.msptoolkit.indicators.tck {
    requires transitive org.msptoolkit.indicators;
    requires org.msptoolkit.testkit;
    requires transitive org.junit.jupiter.api; // the kit's public test methods carry JUnit annotations
    requires static org.jspecify;

    exports org.msptoolkit.indicators.tck;
}
