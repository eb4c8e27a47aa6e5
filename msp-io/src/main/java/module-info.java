/**
 * The MSP interchange format: versioned JSON and YAML documents, NDJSON and JSON-array corpora,
 * CSV export of tidy tables, and a JSON Schema, with a Jackson module for your own mapper.
 */
module org.msptoolkit.io {
    requires transitive org.msptoolkit.indicators;
    requires transitive org.msptoolkit.core;
    requires transitive tools.jackson.databind;
    requires tools.jackson.dataformat.yaml;
    requires tools.jackson.dataformat.csv;
    requires org.snakeyaml.engine;

    exports org.msptoolkit.io;
    exports org.msptoolkit.io.corpus;
    exports org.msptoolkit.io.csv;
    exports org.msptoolkit.io.governance;
    exports org.msptoolkit.io.indicators;

    provides tools.jackson.databind.JacksonModule with org.msptoolkit.io.MspJacksonModule;
}
