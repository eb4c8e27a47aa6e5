package org.msptoolkit.bench.corpus;

import java.util.List;
import java.util.Optional;
import org.msptoolkit.core.validation.Problem;
import org.msptoolkit.indicators.evaluation.EvaluationReport;

/**
 * What evaluating one record of an NDJSON corpus gave: the evaluation report of a valid process, or
 * the problems that kept the record from being read (syntax, mapping or validation), never both.
 *
 * @param index the position of the record among the corpus's non-blank lines, from 0
 * @param line the line of the record in the corpus file, from 1
 * @param report the evaluation of the process, when the record was valid
 * @param problems why the record could not be evaluated, with their model locations; empty when valid
 */
public record ProcessOutcome(long index, long line, Optional<EvaluationReport> report, List<Problem> problems) {

    /** Copies the problems and checks that exactly one of report and problems is given. */
    public ProcessOutcome {
        problems = List.copyOf(problems);
        if (report.isPresent() == !problems.isEmpty()) {
            throw new IllegalArgumentException("an outcome has either a report or problems, line " + line);
        }
    }

    /** @return whether the record was read, validated and evaluated */
    public boolean isEvaluated() {
        return report.isPresent();
    }

    @Override
    public String toString() {
        return "line " + line + ": " + report.map(r -> "evaluated " + r.processId())
                .orElse(problems.size() + " problem(s), first " + problems.get(0));
    }
}
