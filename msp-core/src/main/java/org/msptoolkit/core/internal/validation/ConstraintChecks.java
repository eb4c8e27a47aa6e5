package org.msptoolkit.core.internal.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.msptoolkit.core.validation.Problem;

/**
 * Runs the Jakarta Validation constraints through Hibernate Validator and turns each violation into
 * a {@link Problem} with a model path. Validates single model values; whole processes are checked by
 * the faster {@link ModelConstraints}, for which this class is the reference implementation. Internal.
 */
public final class ConstraintChecks {
    private ConstraintChecks() {
    }

    /** Lazily bootstrapped, shared, thread-safe validator. */
    private static final class Holder {
        /** Kept so the level set below is not lost when the logger is garbage-collected. */
        static final java.util.logging.Logger VERSION_LOGGER =
                java.util.logging.Logger.getLogger("org.hibernate.validator.internal.util.Version");
        static final Validator VALIDATOR = create();

        private static Validator create() {
            // Library code stays quiet: Hibernate Validator announces its version at INFO on first use.
            if (VERSION_LOGGER.getLevel() == null) {
                VERSION_LOGGER.setLevel(java.util.logging.Level.WARNING);
            }
            ClassLoader previous = Thread.currentThread().getContextClassLoader();
            try {
                // Look up Hibernate Validator's resources next to this class, also inside a shaded jar.
                Thread.currentThread().setContextClassLoader(ConstraintChecks.class.getClassLoader());
                // Messages in English whatever the JVM's locale, like every other message of the toolkit
                // and like ModelConstraints, which checks whole processes without Hibernate Validator.
                ValidatorFactory factory = Validation.byProvider(HibernateValidator.class)
                        .configure()
                        .failFast(false)
                        .defaultLocale(Locale.ROOT)
                        .locales(Locale.ROOT)
                        .buildValidatorFactory();
                return factory.getValidator();
            } finally {
                Thread.currentThread().setContextClassLoader(previous);
            }
        }
    }

    /** @return the shared Hibernate Validator, e.g. to read the model's constraint metadata */
    static Validator validator() {
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
    static String path(Path path) {
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
                String key = node.getIndex() != null ? "[" + node.getIndex() + "]"
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
