package org.msptoolkit.indicators.evaluation;

import java.util.Collection;
import java.util.List;
import org.msptoolkit.core.internal.Checks;

/** Unmodifiable copies of the lists that results hold. Internal to this package. */
final class Lists {
    private Lists() {}

    /**
     * An unmodifiable copy, as {@link Checks#list} makes, without copying or scanning a list that is already
     * unmodifiable ({@link List#copyOf} returns such lists as they are, and they never hold {@code null}).
     *
     * @param <T> the element type
     * @param values the values
     * @param name what they are, for the error message
     * @return the copy
     * @throws NullPointerException naming the first {@code null} element, or {@code values} when it is null
     */
    static <T> List<T> copy(Collection<? extends T> values, String name) {
        return Checks.list(values, name);
    }
}
