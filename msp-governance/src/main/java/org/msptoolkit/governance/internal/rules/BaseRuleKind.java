package org.msptoolkit.governance.internal.rules;

import java.util.ArrayList;
import java.util.List;
import org.msptoolkit.core.taxonomy.Role;
import org.msptoolkit.core.validation.Problem;
import org.msptoolkit.governance.spi.ParameterSpec;
import org.msptoolkit.governance.spi.ParameterType;
import org.msptoolkit.governance.spi.RuleKind;
import org.msptoolkit.governance.spi.RuleParameters;

/**
 * Common parts of the built-in rule kinds: id, description, parameter specs and shared checks.
 * Internal: any usage by external parties is not supported.
 */
abstract class BaseRuleKind implements RuleKind {
    /** The seat-roles parameter shared by representation rules. */
    static final ParameterSpec SEAT_ROLES = ParameterSpec.optional(
            "seatRoles",
            ParameterType.TEXT_LIST,
            "roles that hold a seat; default chair, co-chair, delegate, rapporteur (observers, experts, "
                    + "facilitators and the secretariat hold none)");

    private final String id;
    private final String description;
    private final List<ParameterSpec> parameters;

    BaseRuleKind(String id, String description, ParameterSpec... parameters) {
        this.id = id;
        this.description = description;
        this.parameters = List.of(parameters);
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final String description() {
        return description;
    }

    @Override
    public final List<ParameterSpec> parameters() {
        return parameters;
    }

    @Override
    public List<Problem> validate(RuleParameters p) {
        List<Problem> problems = new ArrayList<>();
        validateMore(p, problems);
        return problems;
    }

    /** Adds semantic problems; parameters already have their declared types. */
    void validateMore(RuleParameters p, List<Problem> problems) {}

    static void roles(RuleParameters p, String name, List<Problem> problems) {
        for (String code : p.texts(name)) {
            if (Role.fromCode(code).isEmpty()) {
                problems.add(Problem.of(
                        name,
                        RuleParameters.BAD_PARAMETER,
                        "unknown role \"" + code + "\" in " + name + "; roles are "
                                + java.util.Arrays.stream(Role.values())
                                        .map(Role::code)
                                        .toList()));
            }
        }
    }

    static void minMax(RuleParameters p, String min, String max, List<Problem> problems) {
        if (p.has(min) && p.has(max) && p.number(min) > p.number(max)) {
            problems.add(Problem.of(
                    min,
                    RuleParameters.IMPOSSIBLE,
                    min + " " + p.number(min) + " is above " + max + " " + p.number(max)
                            + ", so the rule can never be met"));
        }
    }

    static void atLeastOne(RuleParameters p, List<Problem> problems, String... names) {
        for (String n : names) {
            if (p.has(n)) {
                return;
            }
        }
        problems.add(
                Problem.of("", RuleParameters.MISSING_PARAMETER, "give at least one of " + String.join(", ", names)));
    }

    @Override
    public String toString() {
        return id + ": " + description;
    }
}
