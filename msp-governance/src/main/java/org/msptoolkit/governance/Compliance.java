package org.msptoolkit.governance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.msptoolkit.core.model.MspProcess;
import org.msptoolkit.core.model.PlausibleDates;
import org.msptoolkit.core.validation.Problem;
import org.msptoolkit.governance.spi.RuleContext;
import org.msptoolkit.governance.spi.RuleKind;

/**
 * Checks what happened in a process against a charter: every rule is judged satisfied, violated (with
 * evidence: model paths and the numbers compared) or not applicable (with the reason, e.g. missing data).
 * Checking never stops at the first violation.
 *
 * <pre>{@code
 * ComplianceReport r = Compliance.check(process, charter);
 * r.violations();     // what is wrong, where, and by how much
 * }</pre>
 *
 * <p>Rules about deadlines and reporting cycles are judged "as of" a day: the one given, or else the
 * latest day recorded in the process (the end of its period, or the latest meeting, decision, document,
 * consultation or progress report). Every rule sees the process as it was known on that day
 * ({@link MspProcess#asOf(java.time.LocalDate)}): what is dated later does not count.
 */
public final class Compliance {
    private Compliance() {}

    /**
     * Checks a process against a charter with the standard rule kinds, as of the latest recorded day.
     *
     * @param process the process
     * @param charter the charter
     * @return one result per rule
     * @throws InvalidCharterException listing every problem if the charter is not valid
     * @since 0.1.0
     */
    public static ComplianceReport check(MspProcess process, Charter charter) {
        return check(process, charter, RuleKinds.standard());
    }

    /**
     * Checks a process against a charter, as of the latest day recorded in the process
     * ({@link #latestRecordedDay(MspProcess)}).
     *
     * @param process the process
     * @param charter the charter
     * @param kinds the rule kinds to use
     * @return one result per rule
     * @throws InvalidCharterException listing every problem if the charter is not valid against {@code kinds}
     * @since 0.2.0
     */
    public static ComplianceReport check(MspProcess process, Charter charter, RuleKinds kinds) {
        Objects.requireNonNull(process, "process");
        return run(process, charter, kinds, latestRecordedDay(process));
    }

    /**
     * Checks a process against a charter as of a given day.
     *
     * @param process the process
     * @param charter the charter
     * @param kinds the rule kinds to use
     * @param asOf the reference day
     * @return one result per rule
     * @throws InvalidCharterException listing every problem if the charter is not valid against {@code kinds}
     * @throws IllegalArgumentException if {@code asOf} is outside {@link PlausibleDates} (1800-01-01 to 2200-12-31)
     * @since 0.2.0
     */
    public static ComplianceReport check(MspProcess process, Charter charter, RuleKinds kinds, LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        return run(process, charter, kinds, Optional.of(PlausibleDates.require(asOf, "reference day")));
    }

    private static ComplianceReport run(MspProcess process, Charter charter, RuleKinds kinds, Optional<LocalDate> day) {
        Objects.requireNonNull(process, "process");
        Objects.requireNonNull(charter, "charter");
        Objects.requireNonNull(kinds, "kinds");
        List<Problem> problems = charter.validate(kinds);
        if (!problems.isEmpty()) {
            throw new InvalidCharterException(charter.name(), problems);
        }
        // judged as the process was known on the day: nothing dated later counts (the one truncation, in msp-core)
        MspProcess seen = day.isPresent() ? process.asOf(day.get()) : process;
        List<RuleResult> results = new ArrayList<>();
        for (int i = 0; i < charter.rules().size(); i++) {
            Rule rule = charter.rules().get(i);
            RuleKind kind = kinds.find(rule.kind()).orElseThrow();
            Verdict verdict;
            try {
                verdict = kind.check(seen, new RuleContext(rule, day));
                if (verdict == null) {
                    verdict = Verdict.notApplicable("rule kind " + kind.id() + " gave no verdict");
                }
            } catch (RuntimeException e) {
                verdict = Verdict.notApplicable("rule kind " + kind.id() + " failed: " + e);
            }
            results.add(new RuleResult(i, rule, verdict));
        }
        return new ComplianceReport(process.id(), charter, day, results);
    }

    /**
     * The day a process is judged as of when no day is given: {@link MspProcess#referenceDay()}, the end
     * of its period if recorded, else the latest day recorded in it.
     *
     * @param process the process
     * @return the day, or empty if the process records no dates
     */
    public static Optional<LocalDate> latestRecordedDay(MspProcess process) {
        return process.referenceDay();
    }
}
