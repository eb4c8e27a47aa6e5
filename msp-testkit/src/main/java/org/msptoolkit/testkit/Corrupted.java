package org.msptoolkit.testkit;

import java.util.Objects;
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
        Objects.requireNonNull(process, "process");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(expectedLocation, "expectedLocation");
        Objects.requireNonNull(expectedCode, "expectedCode");
    }

    /**
     * Whether {@code report} has a problem at {@link #expectedLocation()} with {@link #expectedCode()}.
     *
     * @param report a validation report of {@link #process()}
     * @return {@code true} if the expected problem is in it
     */
    public boolean isReportedIn(ValidationReport report) {
        Objects.requireNonNull(report, "report");
        return report.problems().stream()
                .anyMatch(p -> p.location().equals(expectedLocation) && p.code().equals(expectedCode));
    }

    /**
     * Returns the kind, the expected location and code, e.g. {@code SELF_LINK at links[2].target (self-link)}.
     *
     * @return the kind, the expected location and code, e.g. {@code SELF_LINK at links[2].target (self-link)}
     */
    @Override
    public String toString() {
        return kind + " at " + expectedLocation + " (" + expectedCode + ") in " + process.id();
    }
}
