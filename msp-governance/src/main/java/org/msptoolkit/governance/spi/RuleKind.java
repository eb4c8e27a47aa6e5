package org.msptoolkit.governance.spi;

import java.util.List;
import org.msptoolkit.core.model.MspProcess;
import org.msptoolkit.core.validation.Problem;
import org.msptoolkit.governance.Verdict;

/**
 * A kind of rule a charter can contain, e.g. {@code representation.gender-balance}: it declares its
 * parameters, validates them, and checks a process against a rule of this kind.
 *
 * <p>Institutions add their own kinds by implementing this interface in a public class with a public
 * no-argument constructor and registering it as a service ({@code provides
 * org.msptoolkit.governance.spi.RuleKind with ...} in {@code module-info.java} and/or a
 * {@code META-INF/services/org.msptoolkit.governance.spi.RuleKind} file); {@link
 * org.msptoolkit.governance.RuleKinds#load(ClassLoader)} discovers them. Implementations must be
 * stateless and thread-safe, and {@link #check} must not throw for any valid process and valid
 * parameters: missing data gives {@link org.msptoolkit.governance.RuleStatus#NOT_APPLICABLE}.
 */
public interface RuleKind {
    /**
     * The unique, stable id used in charters: {@code area.name} in lower-case kebab-case, e.g.
     * {@code participation.notice}. Ids of the built-in kinds start with {@code representation.},
     * {@code decision.}, {@code transparency.}, {@code accountability.}, {@code participation.} or
     * {@code offices.}.
     *
     * @return the id
     */
    String id();

    /**
     * Returns what the rule requires, in one sentence a practitioner understands.
     *
     * @return what the rule requires, in one sentence a practitioner understands
     */
    String description();

    /**
     * Returns the parameters rules of this kind take.
     *
     * @return the parameters rules of this kind take
     */
    List<ParameterSpec> parameters();

    /**
     * Checks parameter values beyond their declared types, e.g. a minimum above a maximum or minimum
     * shares that add up to more than 100%. Called only when the parameters have the declared types.
     * Locations are parameter names.
     *
     * @param parameters the rule's parameters
     * @return every problem; empty when the parameters can all hold
     */
    default List<Problem> validate(RuleParameters parameters) {
        return List.of();
    }

    /**
     * Checks a process against one rule of this kind.
     *
     * @param process the process, as recorded
     * @param context the rule and the reference day
     * @return satisfied, violated (with evidence) or not applicable (with the reason)
     */
    Verdict check(MspProcess process, RuleContext context);
}
