package org.msptoolkit.governance;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.msptoolkit.core.internal.Checks;
import org.msptoolkit.governance.internal.tree.PlainValues;

/**
 * One rule of a charter or policy: what kind of rule it is (a {@link org.msptoolkit.governance.spi.RuleKind}
 * id such as {@code representation.gender-balance}) and its parameters as plain data (text, numbers,
 * booleans, lists, maps), e.g. {@code minShare: 0.4}. The rule kind says which parameters it takes and
 * what they mean; {@link Charter#validate(RuleKinds)} checks them.
 *
 * <pre>{@code
 * Rule.of("representation.gender-balance", "minShare", 0.4).named("CoE 40% floor");
 * }</pre>
 *
 * @param kind the rule kind id
 * @param name an optional short name for people, e.g. "gender floor"
 * @param parameters the parameters by name, in the order written; numbers are held as {@link java.math.BigDecimal}
 */
public record Rule(String kind, Optional<String> name, Map<String, Object> parameters) {
    /** Checks the components and normalises the parameters to immutable plain data. */
    public Rule {
        Checks.notBlank(kind, "rule kind");
        Checks.notNull(name, "rule name");
        Checks.notNull(parameters, "rule parameters");
        Map<String, Object> copy = new LinkedHashMap<>();
        parameters.forEach((k, v) -> {
            Checks.check(
                    k != null && !k.equals("kind") && !k.equals("name"),
                    "rule " + kind + ": a parameter may not be called \"kind\" or \"name\" (they name the rule), got "
                            + k);
            copy.put(k, PlainValues.canonical(v, "rule " + kind + " parameter " + k));
        });
        parameters = java.util.Collections.unmodifiableMap(copy);
    }

    /**
     * A rule from its kind and alternating parameter names and values.
     *
     * @param kind the rule kind id, e.g. {@code "participation.notice"}
     * @param namesAndValues e.g. {@code "workingDays", 20}
     * @return the rule
     * @throws IllegalArgumentException if names and values do not pair up
     */
    public static Rule of(String kind, Object... namesAndValues) {
        Checks.notNull(namesAndValues, "namesAndValues");
        Checks.check(
                namesAndValues.length % 2 == 0,
                "rule " + kind + ": parameters must be given as name, value pairs, got " + namesAndValues.length
                        + " items");
        Map<String, Object> p = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            Object key = namesAndValues[i];
            Checks.check(
                    key instanceof String,
                    "rule " + kind + ": parameter name at position " + i + " must be text, got " + key);
            p.put((String) key, namesAndValues[i + 1]);
        }
        return new Rule(kind, Optional.empty(), p);
    }

    /**
     * Returns a copy with that name.
     *
     * @param value a short name for people
     * @return a copy with that name
     */
    public Rule named(String value) {
        return new Rule(kind, Optional.of(Checks.notBlank(value, "rule name")), parameters);
    }

    /**
     * Returns the kind, followed by the name in quotes when there is one, e.g. {@code offices.term-limit "chair term"}.
     *
     * @return the kind, followed by the name in quotes when there is one, e.g. {@code offices.term-limit "chair term"}
     */
    public String label() {
        return kind + name.map(n -> " \"" + n + "\"").orElse("");
    }

    @Override
    public String toString() {
        return label() + " " + parameters;
    }
}
