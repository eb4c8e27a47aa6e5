package org.msptoolkit.indicators;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.msptoolkit.core.internal.Checks;
import org.msptoolkit.core.model.MspProcess;
import org.msptoolkit.core.model.PlausibleDates;
import org.msptoolkit.core.validation.Problem;
import org.msptoolkit.governance.Charter;
import org.msptoolkit.governance.InvalidCharterException;
import org.msptoolkit.indicators.internal.EvaluationScope;

/**
 * The settings of an assessment: above all the day it is made "as of" (which commitments are overdue,
 * which reports were due), and optionally the charter the process is held to (for
 * {@link BuiltinIndicators#CHARTER_COMPLIANCE}). Indicators never read the clock: when no day is given, the assessment day
 * of a process is {@link MspProcess#referenceDay()} (the end of its period, else its last recorded activity, else
 * its start), the same day compliance checks use; a process with none of these has no assessment day and date-dependent indicators
 * report "not measurable".
 *
 * <p>Instances have value semantics and are immutable.
 * <pre>{@code
 * EvaluationContext.defaults();             // as of each process's last activity
 * EvaluationContext.asOf("2024-12-31");     // one fixed day for every process
 * EvaluationContext.defaults().withCharter(charter);
 * }</pre>
 */
public final class EvaluationContext {
    static {
        EvaluationScope.install(new EvaluationScope.Carrier() {
            @Override
            public @Nullable EvaluationScope scope(EvaluationContext context) {
                return context.scope;
            }

            @Override
            public EvaluationContext with(EvaluationContext context, EvaluationScope scope) {
                return new EvaluationContext(context.asOf, context.charter, scope);
            }
        });
    }

    private static final EvaluationContext DEFAULTS = new EvaluationContext(Optional.empty(), Optional.empty());

    private final Optional<LocalDate> asOf;
    private final Optional<Charter> charter;
    /**
     * The memo of the one evaluation this context was made for by the evaluator, {@code null} in a context made by a
     * user; not part of the value (equals, hash code, text).
     */
    private final @Nullable EvaluationScope scope;

    private EvaluationContext(Optional<LocalDate> asOf, Optional<Charter> charter) {
        this(asOf, charter, null);
    }

    private EvaluationContext(Optional<LocalDate> asOf, Optional<Charter> charter, @Nullable EvaluationScope scope) {
        this.asOf = asOf;
        this.charter = charter;
        this.scope = scope;
    }

    /**
     * Returns the context that assesses each process as of its last recorded activity.
     *
     * @return the context that assesses each process as of its last recorded activity
     */
    public static EvaluationContext defaults() {
        return DEFAULTS;
    }

    /**
     * Returns a context that assesses every process as of that day.
     *
     * @param day the assessment day
     * @return a context that assesses every process as of that day
     * @throws IllegalArgumentException when the day is outside {@link PlausibleDates} (1800-01-01 to 2200-12-31)
     */
    public static EvaluationContext asOf(LocalDate day) {
        Checks.notNull(day, "assessment day");
        return new EvaluationContext(Optional.of(PlausibleDates.require(day, "assessment day")), Optional.empty());
    }

    /**
     * Returns a context that assesses every process as of that day.
     *
     * @param isoDay the assessment day, e.g. {@code "2024-12-31"}
     * @return a context that assesses every process as of that day
     * @throws IllegalArgumentException when the text is not an ISO date or the day is outside
     *     {@link PlausibleDates}
     */
    public static EvaluationContext asOf(String isoDay) {
        Checks.notNull(isoDay, "assessment day");
        try {
            return asOf(LocalDate.parse(isoDay.strip()));
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException(
                    "assessment day must be an ISO date such as 2024-12-31, got \"" + isoDay + "\"", e);
        }
    }

    /**
     * Returns a copy of this context assessing every process as of that day.
     *
     * @param day the assessment day
     * @return a copy of this context assessing every process as of that day
     */
    public EvaluationContext withAsOf(LocalDate day) {
        return new EvaluationContext(Optional.of(Checks.notNull(day, "assessment day")), charter);
    }

    /**
     * Returns a copy of this context with that charter.
     *
     * @param value the charter processes are held to, checked by {@link BuiltinIndicators#CHARTER_COMPLIANCE}
     * @return a copy of this context with that charter
     * @throws InvalidCharterException listing every problem when the charter is not valid against the
     *         standard rule kinds
     */
    public EvaluationContext withCharter(Charter value) {
        Checks.notNull(value, "charter");
        java.util.List<Problem> problems = value.validate();
        if (!problems.isEmpty()) {
            throw new InvalidCharterException(value.name(), problems);
        }
        return new EvaluationContext(asOf, Optional.of(value));
    }

    /**
     * Returns the charter processes are held to; empty when none was given.
     *
     * @return the charter processes are held to; empty when none was given
     */
    public Optional<Charter> charter() {
        return charter;
    }

    /**
     * Returns the explicit assessment day, empty when each process's own last activity is used.
     *
     * @return the explicit assessment day, empty when each process's own last activity is used
     */
    public Optional<LocalDate> asOf() {
        return asOf;
    }

    /**
     * The day a process is assessed as of: the explicit day, else {@link MspProcess#referenceDay()}.
     *
     * @param process the process
     * @return the day, or empty when neither was given nor recorded
     */
    public Optional<LocalDate> assessmentDay(MspProcess process) {
        Checks.notNull(process, "process");
        if (asOf.isPresent()) {
            return asOf;
        }
        return scope == null ? process.referenceDay() : scope.referenceDay(process);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EvaluationContext c && c.asOf.equals(asOf) && c.charter.equals(charter);
    }

    @Override
    public int hashCode() {
        return Objects.hash(asOf, charter);
    }

    @Override
    public String toString() {
        return "EvaluationContext[asOf=" + asOf.map(LocalDate::toString).orElse("last activity")
                + charter.map(c -> ", charter=\"" + c.name() + "\" v" + c.version())
                        .orElse("") + "]";
    }
}
