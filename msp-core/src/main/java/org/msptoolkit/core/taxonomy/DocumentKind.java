package org.msptoolkit.core.taxonomy;

import java.util.Optional;

/**
 * The kind of a document produced in or for a multi-stakeholder process.
 */
public enum DocumentKind implements Coded {
    /** The agenda of a meeting. */
    AGENDA,
    /** Minutes or a rapporteur's record of a meeting. */
    MINUTES,
    /** A stakeholder group's position paper. */
    POSITION_PAPER,
    /** Background or briefing material. */
    BACKGROUND,
    /** The record of decisions taken. */
    DECISION_RECORD,
    /** An outcome or chair's summary report. */
    REPORT,
    /** A report on progress against commitments. */
    PROGRESS_REPORT,
    /** A monitoring or evaluation report. */
    EVALUATION,
    /** Rules of procedure, terms of reference or a charter. */
    CHARTER,
    /** Any other document. */
    OTHER;

    @Override
    public String code() {
        return Codes.of(this);
    }

    /**
     * Finds a value by its code, ignoring case.
     *
     * @param code the code as written in a file
     * @return the value, or empty if none has that code
     */
    public static Optional<DocumentKind> fromCode(String code) {
        return Codes.find(DocumentKind.class, code);
    }

    /**
     * Returns the value with that code.
     *
     * @param code the code as written in a file
     * @return the value
     * @throws IllegalArgumentException naming the allowed codes if none matches
     */
    public static DocumentKind parse(String code) {
        return Codes.parse(DocumentKind.class, "document kind", code);
    }
}
