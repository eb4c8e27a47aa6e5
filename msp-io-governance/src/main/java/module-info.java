/**
 * Charters (YAML, JSON) and compliance reports (JSON, CSV) in the MSP interchange format.
 *
 * @since 0.2.0
 */
module org.msptoolkit.io.governance {
    requires transitive org.msptoolkit.io;
    requires static org.jspecify;
    requires transitive org.msptoolkit.governance;
    requires tools.jackson.databind;

    exports org.msptoolkit.io.governance;
}
