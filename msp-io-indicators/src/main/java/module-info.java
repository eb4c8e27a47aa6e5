/**
 * Indicator frameworks (YAML, JSON), evaluation reports (JSON, CSV) and parallel evaluation of a
 * process corpus in the MSP interchange format.
 *
 * @since 0.2.0
 */
module org.msptoolkit.io.indicators {
    requires transitive org.msptoolkit.io;
    requires static org.jspecify;
    requires transitive org.msptoolkit.indicators;
    requires tools.jackson.databind;

    exports org.msptoolkit.io.indicators;
}
