/**
 * The msp-toolkit domain model: stakeholders and their groups, multi-stakeholder processes (MSPs)
 * and what happens in them, the taxonomies that describe them, and validation that reports every
 * problem at once with its model path.
 */
@SuppressWarnings("module") // qualified exports name msp-governance and msp-indicators, built after msp-core
module org.msptoolkit.core {
    // The model carries Jakarta Validation constraint annotations (@NotBlank, @Positive, @Valid, ...) as the
    // declaration of its rules, for readers and for users who run a Jakarta Validation provider themselves.
    // They are @Documented, so part of the exported API: transitive, so that a module compiling against
    // msp-core reads them too (javac -Xlint:exports). msp-toolkit never reads them at run time:
    // ModelConstraints checks them by hand, and Hibernate Validator is a test oracle only. So the API module
    // is needed to compile (static), not to run: a missing annotation type is ignored by reflection, and
    // nothing else of jakarta.validation is used.
    requires static transitive jakarta.validation;
    // JSpecify nullness annotations (@NullMarked on every package): needed to compile, not to run.
    requires static org.jspecify;

    exports org.msptoolkit.core;
    exports org.msptoolkit.core.model;
    exports org.msptoolkit.core.taxonomy;
    exports org.msptoolkit.core.validation;
    // Shared argument checks for the other toolkit modules only; not API.
    exports org.msptoolkit.core.internal to
            org.msptoolkit.governance,
            org.msptoolkit.indicators;
}
