package org.msptoolkit.core.validation;

import org.msptoolkit.core.internal.Checks;

/**
 * One problem found in MSP data, where it is and what is wrong, in words a practitioner understands.
 *
 * <p>The location is a model path such as {@code participants[3].stakeholder} for a model value, or,
 * for problems found while reading a file, {@code file:line:column} or a JSON pointer. The code is a
 * stable, machine-readable kind of problem (see the constants), so tools can group or filter problems.
 *
 * @param location where the problem is; empty string for the whole value
 * @param code what kind of problem it is, e.g. {@value #UNRESOLVED_REFERENCE}
 * @param message what is wrong, in plain words
 */
public record Problem(String location, String code, String message) {
    /** A constraint on a single value is not met (blank name, negative amount, …). */
    public static final String CONSTRAINT = "constraint";
    /** A reference names an id that does not exist (e.g. a participant's stakeholder). */
    public static final String UNRESOLVED_REFERENCE = "unresolved-reference";
    /** Two values of the same kind have the same id. */
    public static final String DUPLICATE_ID = "duplicate-id";
    /** Dates are in the wrong order (an end before its start, publication before production, …). */
    public static final String DATE_ORDER = "date-order";
    /** A count or quantity is negative where only zero or more makes sense. */
    public static final String NEGATIVE = "negative";
    /** The same participant appears twice where each may appear once. */
    public static final String DUPLICATE_ENTRY = "duplicate-entry";
    /** A process links to itself. */
    public static final String SELF_LINK = "self-link";

    /** Checks that no component is {@code null}. */
    public Problem {
        Checks.notNull(location, "problem location");
        Checks.notBlank(code, "problem code");
        Checks.notBlank(message, "problem message");
    }

    /**
     * A problem.
     *
     * @param location where, e.g. {@code "participants[3].stakeholder"}
     * @param code what kind, e.g. {@link #UNRESOLVED_REFERENCE}
     * @param message what is wrong
     * @return the problem
     */
    public static Problem of(String location, String code, String message) {
        return new Problem(location, code, message);
    }

    /**
     * This problem with its location placed under {@code prefix}, e.g. a file name or the path of an
     * enclosing value: {@code "examples/csd.yaml"} + {@code "participants[3]"} gives
     * {@code "examples/csd.yaml: participants[3]"}.
     *
     * @param prefix where the value sits
     * @param separator what joins prefix and location, e.g. {@code "."} or {@code ": "}
     * @return a relocated copy
     */
    public Problem under(String prefix, String separator) {
        Checks.notNull(prefix, "prefix");
        Checks.notNull(separator, "separator");
        if (prefix.isEmpty()) {
            return this;
        }
        return new Problem(location.isEmpty() ? prefix : prefix + separator + location, code, message);
    }

    /**
     * Returns {@code location: message}, or just the message when there is no location.
     *
     * @return {@code location: message}, or just the message when there is no location
     */
    @Override
    public String toString() {
        return location.isEmpty() ? message : location + ": " + message;
    }
}
