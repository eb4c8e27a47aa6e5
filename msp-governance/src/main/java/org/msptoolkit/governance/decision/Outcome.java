package org.msptoolkit.governance.decision;

import java.util.List;
import java.util.Map;
import org.msptoolkit.core.internal.Checks;

/**
 * The outcome of a decision procedure with its explanation: each test the procedure applied, with the
 * numbers, in order, and the key figures by name (e.g. {@code overall.for} = 0.7 as a share).
 *
 * @param result adopted, rejected or no quorum
 * @param procedure the procedure's description, e.g. "qualified majority (at least 2/3 of votes cast)"
 * @param explanation the tests applied, in plain words with the numbers
 * @param figures key figures by name, for programs and tests
 */
public record Outcome(Result result, String procedure, List<String> explanation, Map<String, Double> figures) {
    /** Checks the components. */
    public Outcome {
        Checks.notNull(result, "result");
        Checks.notBlank(procedure, "procedure");
        explanation = Checks.list(explanation, "explanation");
        figures = Checks.map(figures, "figures");
    }

    /**
     * Returns whether the motion was adopted.
     *
     * @return whether the motion was adopted
     */
    public boolean adopted() {
        return result == Result.ADOPTED;
    }

    /**
     * Returns its value.
     *
     * @param name a figure's name
     * @return its value
     * @throws IllegalArgumentException if there is none
     */
    public double figure(String name) {
        Double v = figures.get(name);
        if (v == null) {
            throw new IllegalArgumentException("no figure \"" + name + "\"; figures are " + figures.keySet());
        }
        return v;
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(result.toString()).append(" by ").append(procedure);
        explanation.forEach(e -> s.append("\n  - ").append(e));
        return s.toString();
    }
}
