/**
 * Bridges where an evaluation and an analysis engine meet: an {@code EvaluationTable} of msp-indicators
 * becomes a composite-indicator {@code UnitTable} (msp-composite) or a QCA {@code CaseTable}
 * (msp-learning). The engines themselves know nothing of indicators.
 *
 * @since 0.2.0
 */
module org.msptoolkit.analysis {
    requires transitive org.msptoolkit.indicators;
    requires transitive org.msptoolkit.composite;
    requires transitive org.msptoolkit.learning;
    requires static org.jspecify;

    exports org.msptoolkit.analysis;
}
