/**
 * The MSP interchange format: JSON, YAML, NDJSON corpora and CSV export, with a JSON Schema.
 */
module org.msptoolkit.io {
    requires transitive org.msptoolkit.indicators;
    requires transitive tools.jackson.databind;
    requires tools.jackson.dataformat.yaml;
    requires tools.jackson.dataformat.csv;

}
