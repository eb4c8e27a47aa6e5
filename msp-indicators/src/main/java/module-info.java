/**
 * Pluggable indicators for multi-stakeholder processes, frameworks, evaluations and composite scores.
 */
module org.msptoolkit.indicators {
    requires transitive org.msptoolkit.governance;

    exports org.msptoolkit.indicators.composite;

}
