package org.msptoolkit.indicators;

import java.util.regex.Pattern;
import org.msptoolkit.core.internal.Checks;

/**
 * A criterion of another evaluation framework that an indicator informs, for example the OECD (2021)
 * criterion "representativeness and inclusiveness" under the dimension "process design integrity".
 * Constants for the OECD (2021) criteria are in {@link OecdCriteria}.
 *
 * <p>Two criteria are equal when framework and code are equal.
 *
 * @param framework the framework's id, e.g. {@code "oecd-2021"}
 * @param dimension the dimension or heading the criterion sits under, e.g. {@code "process-design-integrity"}
 * @param code the criterion's stable code within its framework
 * @param label a readable name
 * @param confidence how well the criterion's wording is backed by a source
 */
public record Criterion(String framework, String dimension, String code, String label, SourceConfidence confidence) {
    private static final Pattern CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /** Checks the components: codes are lower-case kebab-case. */
    public Criterion {
        for (var e : new String[][] {
            {framework, "criterion framework"}, {dimension, "criterion dimension"}, {code, "criterion code"}
        }) {
            Checks.notNull(e[0], e[1]);
            Checks.argument(CODE.matcher(e[0]).matches(), e[1], "be lower-case kebab-case", e[0]);
        }
        Checks.notBlank(label, "criterion label");
        Checks.notNull(confidence, "criterion confidence");
    }

    /**
     * A criterion of a user's own framework, with unverified confidence.
     *
     * @param framework framework id
     * @param dimension dimension code
     * @param code criterion code
     * @param label readable name
     * @return the criterion
     */
    public static Criterion of(String framework, String dimension, String code, String label) {
        return new Criterion(framework, dimension, code, label, SourceConfidence.BACKGROUND);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Criterion c && c.framework.equals(framework) && c.code.equals(code);
    }

    @Override
    public int hashCode() {
        return framework.hashCode() * 31 + code.hashCode();
    }

    /**
     * Returns {@code framework:code}.
     *
     * @return {@code framework:code}
     */
    @Override
    public String toString() {
        return framework + ":" + code;
    }
}
