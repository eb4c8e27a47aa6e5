package org.msptoolkit.io.indicators;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.msptoolkit.core.validation.Problem;
import org.msptoolkit.indicators.evaluation.EvaluationReport;
import org.msptoolkit.io.corpus.*;

/**
 * What evaluating one record of a corpus gave: the evaluation report of a valid process, or the
 * problems that kept the record from being evaluated (syntax, mapping or validation, each located at
 * {@code source:line} and a JSON pointer), never both.
 *
 * @param index the position of the record among the corpus's records, from 0
 * @param line the line the record starts on, from 1
 * @param report the evaluation of the process, when the record was valid
 * @param problems why the record could not be evaluated; empty when it was
 */
public record CorpusOutcome(long index, long line, Optional<EvaluationReport> report, List<Problem> problems) {

    /** Copies the problems and checks that exactly one of report and problems is given. */
    public CorpusOutcome {
        Objects.requireNonNull(report, "report");
        problems = List.copyOf(Objects.requireNonNull(problems, "problems"));
        if (index < 0 || line < 1) {
            throw new IllegalArgumentException(
                    "index must be at least 0 and line at least 1, got " + index + " and " + line);
        }
        if (report.isPresent() == !problems.isEmpty()) {
            throw new IllegalArgumentException("an outcome has either a report or problems, line " + line);
        }
    }

    /**
     * Returns the outcome of a record that was evaluated.
     *
     * @param index the record's position
     * @param line its first line
     * @param report its evaluation
     * @return the outcome of a record that was evaluated
     */
    public static CorpusOutcome evaluated(long index, long line, EvaluationReport report) {
        return new CorpusOutcome(index, line, Optional.of(report), List.of());
    }

    /**
     * Returns the outcome of a record that was rejected.
     *
     * @param index the record's position
     * @param line its first line
     * @param problems why it was rejected (at least one)
     * @return the outcome of a record that was rejected
     */
    public static CorpusOutcome rejected(long index, long line, List<Problem> problems) {
        return new CorpusOutcome(index, line, Optional.empty(), problems);
    }

    /**
     * Returns whether the record was read, validated and evaluated.
     *
     * @return whether the record was read, validated and evaluated
     */
    public boolean isEvaluated() {
        return report.isPresent();
    }

    @Override
    public String toString() {
        return "line " + line + ": "
                + report.map(r -> "evaluated " + r.processId())
                        .orElse("rejected, " + problems.size() + " problem(s), first " + problems.get(0));
    }
}
