/**
 * Learning across cases: Qualitative Comparative Analysis (QCA) of which conditions make
 * multi-stakeholder processes succeed or fail.
 */
module org.msptoolkit.learning {
    requires transitive org.msptoolkit.indicators;

    exports org.msptoolkit.learning.qca;
}
