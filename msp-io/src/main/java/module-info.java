/**
 * The MSP interchange format for processes: versioned JSON and YAML documents, NDJSON and JSON-array
 * corpora, CSV export of tidy tables, and a JSON Schema, with a Jackson module for your own mapper.
 * Needs only msp-core and Jackson; charters are read by {@code org.msptoolkit.io.governance}
 * (msp-io-governance), frameworks, evaluation reports and corpus evaluation by
 * {@code org.msptoolkit.io.indicators} (msp-io-indicators).
 *
 * @since 0.1.0
 */
@SuppressWarnings("module") // qualified exports name msp-io-governance and msp-io-indicators, built after msp-io
module org.msptoolkit.io {
    requires transitive org.msptoolkit.core;
    requires static org.jspecify;
    requires transitive tools.jackson.databind;
    requires tools.jackson.dataformat.yaml;
    requires tools.jackson.dataformat.csv;
    requires org.snakeyaml.engine;

    exports org.msptoolkit.io;
    exports org.msptoolkit.io.corpus;
    exports org.msptoolkit.io.csv;
    exports org.msptoolkit.io.internal to
            org.msptoolkit.io.governance,
            org.msptoolkit.io.indicators;

    provides tools.jackson.databind.JacksonModule with
            org.msptoolkit.io.MspJacksonModule;
}
