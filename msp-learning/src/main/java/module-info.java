/**
 * Learning across cases: Qualitative Comparative Analysis (QCA) of which conditions make
 * multi-stakeholder processes succeed or fail.
 */
module org.msptoolkit.learning {
    // QcaException extends MspException and exposes core's Problem: core types are in exported signatures.
    requires transitive org.msptoolkit.core;
    // Case tables are read through Jackson's CSV format and solutions written as JSON through Jackson;
    // no Jackson type appears in the API.
    requires tools.jackson.core;
    requires tools.jackson.databind;
    requires tools.jackson.dataformat.csv;
    requires static org.jspecify;

    exports org.msptoolkit.learning.qca;
}
