package org.msptoolkit.governance;

import java.util.ArrayList;
import java.util.List;
import org.msptoolkit.core.internal.Checks;
import org.msptoolkit.core.validation.Problem;
import org.msptoolkit.governance.internal.CharterValidator;

/**
 * A named, versioned set of rules: the charter (rules of procedure) of one multi-stakeholder process,
 * or a policy an institution applies to many. Charters are plain data: every rule names a rule kind and
 * carries its parameters, so a charter can be published, shared, read from YAML or JSON (see
 * {@link CharterCodec}) and checked against what happened in a process (see {@link Compliance}).
 *
 * <pre>{@code
 * Charter c = Charter.builder("EU consultation standards").version("2002").kind(CharterKind.POLICY)
 *     .rule(Rule.of("participation.consultation-period", "minWeeks", 8))
 *     .rule(Rule.of("participation.notice", "workingDays", 20))
 *     .build();
 * }</pre>
 *
 * @param name the charter's name
 * @param version its version, e.g. {@code "1.0"} or a date
 * @param kind charter (one process) or policy (many processes)
 * @param description what it is for; empty when not given
 * @param rules the rules, in order; their positions are used in reports ({@code rules[2]})
 */
public record Charter(String name, String version, CharterKind kind, String description, List<Rule> rules) {
    /** Checks that no component is {@code null} and that name and version are not blank. */
    public Charter {
        Checks.notBlank(name, "charter name");
        Checks.notBlank(version, "charter version");
        Checks.notNull(kind, "charter kind");
        Checks.notNull(description, "charter description");
        rules = Checks.list(rules, "charter rules");
    }

    /**
     * Starts a charter (kind {@link CharterKind#CHARTER}, version {@code "1"}, no rules).
     *
     * @param name the charter's name
     * @return a builder
     */
    public static Builder builder(String name) {
        return new Builder(Checks.notBlank(name, "charter name"));
    }

    /**
     * Checks every rule against its kind in {@code kinds}: unknown kinds, unknown or missing parameters,
     * wrong types and impossible thresholds (e.g. a 70% minimum share for each of two groups). Every
     * problem is reported at once, located as {@code rules[2].maxShare} and naming the rule.
     *
     * @param kinds the rule kinds known
     * @return the problems; empty when the charter is sound
     */
    public List<Problem> validate(RuleKinds kinds) {
        return CharterValidator.validate(this, Checks.notNull(kinds, "kinds"));
    }

    /**
     * Checks this charter against the standard rule kinds ({@link RuleKinds#standard()}).
     *
     * @return the problems; empty when the charter is sound
     */
    public List<Problem> validate() {
        return validate(RuleKinds.standard());
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(kind == CharterKind.POLICY ? "Policy" : "Charter")
                .append(" \"")
                .append(name)
                .append("\" v")
                .append(version)
                .append(", ")
                .append(rules.size())
                .append(rules.size() == 1 ? " rule" : " rules");
        for (int i = 0; i < rules.size(); i++) {
            s.append("\n  [").append(i).append("] ").append(rules.get(i));
        }
        return s.toString();
    }

    /** Collects a charter's values; each {@link #build()} returns a new immutable charter. */
    public static final class Builder {
        private final String name;
        private String version = "1";
        private CharterKind kind = CharterKind.CHARTER;
        private String description = "";
        private final List<Rule> rules = new ArrayList<>();

        private Builder(String name) {
            this.name = name;
        }

        /**
         * Returns this builder.
         *
         * @param value e.g. {@code "2.1"}
         * @return this builder
         */
        public Builder version(String value) {
            this.version = Checks.notBlank(value, "charter version");
            return this;
        }

        /**
         * Returns this builder.
         *
         * @param value charter or policy
         * @return this builder
         */
        public Builder kind(CharterKind value) {
            this.kind = Checks.notNull(value, "charter kind");
            return this;
        }

        /**
         * Returns this builder.
         *
         * @param value what the charter is for
         * @return this builder
         */
        public Builder description(String value) {
            this.description = Checks.notNull(value, "charter description");
            return this;
        }

        /**
         * Returns this builder.
         *
         * @param value a rule to append
         * @return this builder
         */
        public Builder rule(Rule value) {
            rules.add(Checks.notNull(value, "rule"));
            return this;
        }

        /**
         * Returns the charter.
         *
         * @return the charter
         */
        public Charter build() {
            return new Charter(name, version, kind, description, rules);
        }
    }
}
