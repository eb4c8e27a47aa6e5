package org.msptoolkit.core.validation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.msptoolkit.core.internal.Checks;
import org.msptoolkit.core.internal.validation.ModelConstraints;
import org.msptoolkit.core.internal.validation.ReferenceChecks;
import org.msptoolkit.core.model.MspProcess;

/**
 * Validates MSP model values and reports every problem at once, each with a model path such as
 * {@code participants[3].stakeholder} and a plain message.
 *
 * <p>Two kinds of checks run: the Jakarta Validation constraints on the model (non-blank names and
 * titles, non-negative amounts, positive constituency sizes, …; checked, for a whole process and for a
 * single value alike, by one hand-written walk that reports what Hibernate Validator would report, without
 * Hibernate Validator at run time) and the checks annotations cannot express: every reference resolves (participant → stakeholder,
 * attendance and speaking turns → participant, commitment, objection, agenda item, contribution and
 * funding → stakeholder, decision/document/contribution → meeting), ids are unique within their kind,
 * dates are in order, vote counts are not negative and a process does not link to itself.
 *
 * <p>Thread-safe; {@link #standard()} is shared.
 */
public final class ModelValidator {
    private static final ModelValidator STANDARD = new ModelValidator();

    /** Orders problems by location, comparing list indices as numbers ({@code [2]} before {@code [10]}). */
    private static final Comparator<Problem> PATH_ORDER = (a, b) -> comparePaths(a.location(), b.location());

    private ModelValidator() {}

    static int comparePaths(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char ca = a.charAt(i);
            char cb = b.charAt(j);
            if (Character.isDigit(ca) && Character.isDigit(cb)) {
                int ei = i;
                while (ei < a.length() && Character.isDigit(a.charAt(ei))) {
                    ei++;
                }
                int ej = j;
                while (ej < b.length() && Character.isDigit(b.charAt(ej))) {
                    ej++;
                }
                int c = new java.math.BigInteger(a.substring(i, ei))
                        .compareTo(new java.math.BigInteger(b.substring(j, ej)));
                if (c != 0) {
                    return c;
                }
                i = ei;
                j = ej;
            } else {
                if (ca != cb) {
                    return Character.compare(ca, cb);
                }
                i++;
                j++;
            }
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    /**
     * Returns the standard validator.
     *
     * @return the standard validator
     */
    public static ModelValidator standard() {
        return STANDARD;
    }

    /**
     * Validates a whole process.
     *
     * @param process the process
     * @return every problem found; empty when valid
     */
    public ValidationReport validate(MspProcess process) {
        Checks.notNull(process, "process");
        List<Problem> constraints = ModelConstraints.check(process);
        List<Problem> references = ReferenceChecks.check(process);
        if (constraints.isEmpty() && references.isEmpty()) {
            return ValidationReport.valid();
        }
        List<Problem> problems = new ArrayList<>(constraints.size() + references.size());
        problems.addAll(constraints);
        problems.addAll(references);
        problems.sort(PATH_ORDER);
        return ValidationReport.of(problems);
    }

    /**
     * Validates the constraints of a single model value, e.g. a {@code Stakeholder} on its own; a value of a
     * type without constraints (an id, a {@code Period}, a {@code String}) has no problems. A process is
     * validated whole, as by {@link #validate(MspProcess)}; for any other value cross-references are not checked.
     *
     * @param value a model value
     * @return every constraint problem, with paths relative to the value
     */
    public ValidationReport validateValue(Object value) {
        Checks.notNull(value, "value");
        if (value instanceof MspProcess p) {
            return validate(p);
        }
        return ValidationReport.of(ModelConstraints.checkValue(value));
    }
}
