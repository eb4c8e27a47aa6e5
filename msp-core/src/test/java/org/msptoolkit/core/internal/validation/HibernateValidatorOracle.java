package org.msptoolkit.core.internal.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.msptoolkit.core.validation.Problem;

/**
 * The test oracle of model validation: runs the model's Jakarta Validation constraints through Hibernate
 * Validator and turns each violation into a {@link Problem} with a model path, sorted by path then message.
 * Hibernate Validator is a test dependency only; at run time {@link ModelConstraints} checks the constraints,
 * and tests (here and in msp-testkit) compare its problems with this oracle's. Public so that msp-testkit's tests
 * can use it from msp-core's test jar.
 */
public final class HibernateValidatorOracle {
    private HibernateValidatorOracle() {}

    /** Lazily bootstrapped, shared, thread-safe validator, with English messages whatever the JVM's locale. */
    private static final class Holder {
        static final Validator VALIDATOR = Validation.byProvider(HibernateValidator.class)
                .configure()
                .failFast(false)
                .defaultLocale(Locale.ROOT)
                .locales(Locale.ROOT)
                .buildValidatorFactory()
                .getValidator();
    }

    /** @return the shared Hibernate Validator, e.g. to read the model's constraint metadata */
    public static Validator validator() {
        return Holder.VALIDATOR;
    }

    /**
     * Every constraint violation of {@code value}, sorted by path.
     *
     * @param value the object to validate
     * @return the problems
     */
    public static List<Problem> check(Object value) {
        Set<ConstraintViolation<Object>> violations = Holder.VALIDATOR.validate(value);
        return violations.stream()
                .map(v -> Problem.of(path(v.getPropertyPath()), Problem.CONSTRAINT, message(v)))
                .sorted(Comparator.comparing(Problem::location).thenComparing(Problem::message))
                .toList();
    }

    private static String message(ConstraintViolation<Object> v) {
        Object invalid = v.getInvalidValue();
        String shown = invalid instanceof CharSequence ? "\"" + invalid + "\"" : String.valueOf(invalid);
        return v.getMessage() + ", got " + shown;
    }

    /** Renders a path as {@code participants[3].name}, dropping container-element nodes. */
    public static String path(Path path) {
        StringBuilder sb = new StringBuilder();
        for (Path.Node node : path) {
            String name = node.getName();
            boolean containerElement = name != null && name.startsWith("<");
            if (!containerElement && name != null) {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(name);
            }
            if (node.isInIterable()) {
                // The index/key belongs to the element within the preceding container.
                int insertAt = containerElement ? sb.length() : sb.length() - (name == null ? 0 : name.length());
                String key = node.getIndex() != null
                        ? "[" + node.getIndex() + "]"
                        : node.getKey() != null ? "[" + node.getKey() + "]" : "";
                if (!containerElement && name != null) {
                    // HV reports e.g. participants[3].name as node "name" flagged in iterable with index 3:
                    // the index belongs before the dot.
                    int dot = insertAt - 1;
                    if (dot >= 0 && sb.charAt(dot) == '.') {
                        sb.insert(dot, key);
                    } else {
                        sb.insert(insertAt, key);
                    }
                } else {
                    sb.insert(insertAt, key);
                }
            }
        }
        return sb.toString();
    }
}
