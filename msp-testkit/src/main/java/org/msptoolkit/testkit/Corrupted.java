package org.msptoolkit.testkit;

import org.msptoolkit.core.model.MspProcess;
import org.msptoolkit.core.validation.Problem;
import org.msptoolkit.core.validation.ValidationReport;

/**
 * An invalid process made from a valid one by one {@link Corruption}, with the problem validation
 * must report for it.
 *
 * @param process the corrupted process
 * @param kind the corruption applied
 * @param expectedLocation the model path of the problem, e.g. {@code participants[3].stakeholder}
 * @param expectedCode the problem code, e.g. {@value Problem#UNRESOLVED_REFERENCE}
 */
public record Corrupted(MspProcess process, Corruption kind, String expectedLocation, String expectedCode) {
    /** Checks that no component is {@code null}. */
    public Corrupted {
        if (process == null || kind == null || expectedLocation == null || expectedCode == null) {
            throw new IllegalArgumentException("no component of Corrupted may be null");
        }
    }

    /**
     * Whether {@code report} has a problem at {@link #expectedLocation()} with {@link #expectedCode()}.
     *
     * @param report a validation report of {@link #process()}
     * @return {@code true} if the expected problem is in it
     */
    public boolean isReportedIn(ValidationReport report) {
        if (report == null) {
            throw new IllegalArgumentException("report must not be null");
        }
        return report.problems().stream()
                .anyMatch(p -> p.location().equals(expectedLocation) && p.code().equals(expectedCode));
    }

    /** @return the kind, the expected location and code, e.g. {@code SELF_LINK at links[2].target (self-link)} */
    @Override
    public String toString() {
        return kind + " at " + expectedLocation + " (" + expectedCode + ") in " + process.id();
    }
}
