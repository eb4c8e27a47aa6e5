/**
 * Test support for msp-toolkit and for users testing their own indicators, rules and importers:
 * seeded generators of valid and invalid multi-stakeholder processes and a small property runner
 * on JUnit 5.
 */
module org.msptoolkit.testkit {
    requires transitive org.msptoolkit.core;
    requires org.junit.jupiter.api;
    requires static org.jspecify;

    exports org.msptoolkit.testkit;
    exports org.msptoolkit.testkit.corpus;
}
