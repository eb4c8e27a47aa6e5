/**
 * The msp-toolkit domain model: stakeholders and their groups, multi-stakeholder processes (MSPs)
 * and what happens in them, the taxonomies that describe them, and validation that reports every
 * problem at once with its model path.
 */
module org.msptoolkit.core {
    requires transitive jakarta.validation;
    requires org.hibernate.validator;
    requires java.logging;

    exports org.msptoolkit.core;
    exports org.msptoolkit.core.model;
    exports org.msptoolkit.core.taxonomy;
    exports org.msptoolkit.core.validation;
    // Shared argument checks for the other toolkit modules only; not API.
    exports org.msptoolkit.core.internal to org.msptoolkit.governance, org.msptoolkit.indicators;

    // Hibernate Validator reads the constraint annotations reflectively.
    opens org.msptoolkit.core.model to org.hibernate.validator;
    opens org.msptoolkit.core.taxonomy to org.hibernate.validator;
}
