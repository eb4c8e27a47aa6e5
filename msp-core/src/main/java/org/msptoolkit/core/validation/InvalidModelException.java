package org.msptoolkit.core.validation;

import java.util.List;
import org.msptoolkit.core.MspException;

/**
 * Thrown when invalid MSP data is used where valid data is required. Carries every problem found,
 * not just the first.
 */
public class InvalidModelException extends MspException {
    private static final long serialVersionUID = 1L;

    private final transient ValidationReport report;

    /**
     * Creates the exception from a report with at least one problem.
     *
     * @param report the problems found
     */
    public InvalidModelException(ValidationReport report) {
        super(report.toString());
        this.report = report;
    }

    /**
     * Returns every problem found.
     *
     * @return every problem found
     */
    public List<Problem> problems() {
        return report.problems();
    }

    /**
     * Returns the report the exception was made from.
     *
     * @return the report the exception was made from
     */
    public ValidationReport report() {
        return report;
    }
}
