/**
 * Pluggable indicators for multi-stakeholder processes, frameworks and evaluations.
 */
module org.msptoolkit.indicators {
    requires transitive org.msptoolkit.governance;
    requires static org.jspecify;

    exports org.msptoolkit.indicators;
    exports org.msptoolkit.indicators.spi;
    exports org.msptoolkit.indicators.framework;
    exports org.msptoolkit.indicators.evaluation;

    uses org.msptoolkit.indicators.spi.IndicatorProvider;

    provides org.msptoolkit.indicators.spi.IndicatorProvider with
            org.msptoolkit.indicators.internal.builtin.BuiltinIndicatorProvider;
}
