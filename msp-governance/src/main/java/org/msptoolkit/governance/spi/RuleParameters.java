package org.msptoolkit.governance.spi;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.msptoolkit.core.internal.Checks;
import org.msptoolkit.core.validation.Problem;

/**
 * A typed view of a rule's parameters, for rule kinds. The getters assume the parameters passed
 * {@link #check(List)} against the kind's {@link ParameterSpec}s; a value of the wrong type gives an
 * {@link IllegalArgumentException} naming the parameter.
 */
public final class RuleParameters {
    /** Problem code: a parameter the rule kind does not know. */
    public static final String UNKNOWN_PARAMETER = "unknown-parameter";
    /** Problem code: a required parameter is missing. */
    public static final String MISSING_PARAMETER = "missing-parameter";
    /** Problem code: a parameter has the wrong type or is out of range. */
    public static final String BAD_PARAMETER = "bad-parameter";
    /** Problem code: parameters that cannot all hold (e.g. a minimum above a maximum). */
    public static final String IMPOSSIBLE = "impossible-threshold";

    private final Map<String, Object> values;

    private RuleParameters(Map<String, Object> values) {
        this.values = Checks.map(values, "rule parameters");
    }

    /**
     * Returns the typed view.
     *
     * @param values parameters as held by a {@link org.msptoolkit.governance.Rule}
     * @return the typed view
     */
    public static RuleParameters of(Map<String, Object> values) {
        return new RuleParameters(values);
    }

    /**
     * Returns the parameters as plain data.
     *
     * @return the parameters as plain data
     */
    public Map<String, Object> asMap() {
        return values;
    }

    /**
     * Checks names, presence and types against the specs. Locations are parameter names.
     *
     * @param specs the parameters the kind takes
     * @return every problem found
     */
    public List<Problem> check(List<ParameterSpec> specs) {
        List<Problem> problems = new ArrayList<>();
        List<String> known = specs.stream().map(ParameterSpec::name).toList();
        for (String name : values.keySet()) {
            if (!known.contains(name)) {
                problems.add(Problem.of(
                        name,
                        UNKNOWN_PARAMETER,
                        "unknown parameter \"" + name + "\"; this rule kind takes "
                                + (known.isEmpty() ? "no parameters" : String.join(", ", known))));
            }
        }
        for (ParameterSpec spec : specs) {
            Object v = values.get(spec.name());
            if (v == null) {
                if (spec.required()) {
                    problems.add(Problem.of(
                            spec.name(),
                            MISSING_PARAMETER,
                            "parameter \"" + spec.name() + "\" is required: " + spec.description()));
                }
                continue;
            }
            if (!fits(spec.type(), v)) {
                problems.add(Problem.of(
                        spec.name(),
                        BAD_PARAMETER,
                        "parameter \"" + spec.name() + "\" must be "
                                + spec.type().describe() + ", got " + show(v)));
            }
        }
        return problems;
    }

    private static boolean fits(ParameterType type, Object v) {
        return switch (type) {
            case COUNT ->
                v instanceof BigDecimal d
                        && d.signum() >= 0
                        && d.stripTrailingZeros().scale() <= 0
                        && d.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) <= 0;
            case SHARE -> v instanceof BigDecimal d && d.signum() >= 0 && d.compareTo(BigDecimal.ONE) <= 0;
            case NUMBER -> v instanceof BigDecimal;
            case BOOLEAN -> v instanceof Boolean;
            case TEXT -> v instanceof String s && !s.isBlank();
            case TEXT_LIST -> v instanceof List<?> l && l.stream().allMatch(e -> e instanceof String s && !s.isBlank());
            case FRACTION -> fraction(v).isPresent();
        };
    }

    private static String show(Object v) {
        return v instanceof String s ? "\"" + s + "\"" : String.valueOf(v);
    }

    /**
     * Reads a fraction given as {@code "n/d"} text or as a number, both between 0 and 1.
     *
     * @param v the value
     * @return numerator and denominator (a number becomes {@code unscaled / 10^scale}), or empty if malformed
     */
    static Optional<long[]> fraction(Object v) {
        try {
            if (v instanceof BigDecimal d) {
                if (d.signum() < 0 || d.compareTo(BigDecimal.ONE) > 0 || d.scale() > 9) {
                    return Optional.empty();
                }
                BigDecimal s = d.scale() < 0 ? d.setScale(0) : d;
                return Optional.of(new long[] {
                    s.unscaledValue().longValueExact(),
                    BigDecimal.TEN.pow(s.scale()).longValueExact()
                });
            }
            if (v instanceof String s) {
                String t = s.strip();
                int slash = t.indexOf('/');
                if (slash < 0 || slash != t.lastIndexOf('/')) {
                    return Optional.empty();
                }
                long n = Long.parseLong(t.substring(0, slash).strip());
                long d = Long.parseLong(t.substring(slash + 1).strip());
                return n >= 0 && d > 0 && n <= d && d <= Integer.MAX_VALUE
                        ? Optional.of(new long[] {n, d})
                        : Optional.empty();
            }
        } catch (ArithmeticException | NumberFormatException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * Returns its numerator and denominator, if given.
     *
     * @param name a fraction parameter
     * @return its numerator and denominator, if given
     */
    public Optional<long[]> optionalFraction(String name) {
        Object v = values.get(name);
        if (v == null) {
            return Optional.empty();
        }
        return Optional.of(fraction(v)
                .orElseThrow(() ->
                        new IllegalArgumentException("parameter \"" + name + "\" is not a fraction: " + show(v))));
    }

    /**
     * Returns whether the rule gives it.
     *
     * @param name parameter name
     * @return whether the rule gives it
     */
    public boolean has(String name) {
        return values.containsKey(name);
    }

    /**
     * Returns its value.
     *
     * @param name a required count parameter
     * @return its value
     */
    public int count(String name) {
        return optionalCount(name).orElseThrow(() -> missing(name));
    }

    /**
     * Returns its value or the default.
     *
     * @param name a count parameter
     * @param fallback default
     * @return its value or the default
     */
    public int count(String name, int fallback) {
        return optionalCount(name).orElse(fallback);
    }

    /**
     * Returns its value, if given.
     *
     * @param name a count parameter
     * @return its value, if given
     */
    public OptionalInt optionalCount(String name) {
        Object v = values.get(name);
        if (v == null) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(typed(name, v, BigDecimal.class).intValueExact());
    }

    /**
     * Returns its value.
     *
     * @param name a required number or share parameter
     * @return its value
     */
    public double number(String name) {
        return optionalNumber(name).orElseThrow(() -> missing(name));
    }

    /**
     * Returns its value or the default.
     *
     * @param name a number or share parameter
     * @param fallback default
     * @return its value or the default
     */
    public double number(String name, double fallback) {
        return optionalNumber(name).orElse(fallback);
    }

    /**
     * Returns its value, if given.
     *
     * @param name a number or share parameter
     * @return its value, if given
     */
    public Optional<Double> optionalNumber(String name) {
        Object v = values.get(name);
        return v == null
                ? Optional.empty()
                : Optional.of(typed(name, v, BigDecimal.class).doubleValue());
    }

    /**
     * Returns its value or the default.
     *
     * @param name a boolean parameter
     * @param fallback default
     * @return its value or the default
     */
    public boolean bool(String name, boolean fallback) {
        Object v = values.get(name);
        return v == null ? fallback : typed(name, v, Boolean.class);
    }

    /**
     * Returns its value, if given.
     *
     * @param name a text parameter
     * @return its value, if given
     */
    public Optional<String> text(String name) {
        Object v = values.get(name);
        return v == null ? Optional.empty() : Optional.of(typed(name, v, String.class));
    }

    /**
     * Returns its values; empty when not given.
     *
     * @param name a text-list parameter
     * @return its values; empty when not given
     */
    public List<String> texts(String name) {
        Object v = values.get(name);
        if (v == null) {
            return List.of();
        }
        List<?> list = typed(name, v, List.class);
        return list.stream().map(e -> typed(name, e, String.class)).toList();
    }

    private static <T> T typed(String name, Object v, Class<T> type) {
        if (!type.isInstance(v)) {
            throw new IllegalArgumentException("parameter \"" + name + "\" has the wrong type: " + show(v));
        }
        return type.cast(v);
    }

    private static IllegalArgumentException missing(String name) {
        return new IllegalArgumentException("parameter \"" + name + "\" is not given");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RuleParameters p && p.values.equals(values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
