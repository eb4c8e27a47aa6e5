package org.msptoolkit.governance.internal.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.msptoolkit.core.model.Decision;
import org.msptoolkit.core.model.Meeting;
import org.msptoolkit.core.model.MspProcess;
import org.msptoolkit.core.model.ParticipantId;
import org.msptoolkit.core.validation.Problem;
import org.msptoolkit.governance.Finding;
import org.msptoolkit.governance.Verdict;
import org.msptoolkit.governance.internal.Percent;
import org.msptoolkit.governance.spi.ParameterSpec;
import org.msptoolkit.governance.spi.ParameterType;
import org.msptoolkit.governance.spi.RuleContext;
import org.msptoolkit.governance.spi.RuleParameters;

/**
 * {@code decision.quorum}: a decision taken at a meeting is valid only if enough seat holders attended,
 * e.g. more than 50% ({@code minShare: 0.5, strict: true}). Seat holders counted are those whose period
 * (if recorded) includes the meeting day.
 */
public final class QuorumRule extends BaseRuleKind {
    /** Creates the rule kind (for ServiceLoader). */
    public QuorumRule() {
        super(
                "decision.quorum",
                "decisions are taken at meetings attended by at least a share of the seat holders",
                ParameterSpec.required("minShare", ParameterType.SHARE, "share of seat holders that must attend"),
                ParameterSpec.optional(
                        "strict",
                        ParameterType.BOOLEAN,
                        "true: attendance must be more than minShare (\"> 50%\"); default false (at least)"),
                SEAT_ROLES);
    }

    @Override
    void validateMore(RuleParameters p, List<Problem> problems) {
        roles(p, "seatRoles", problems);
        if (p.bool("strict", false) && p.number("minShare") >= 1) {
            problems.add(Problem.of(
                    "minShare",
                    RuleParameters.IMPOSSIBLE,
                    "attendance can never be more than 100%; use strict: false or a smaller minShare"));
        }
    }

    @Override
    public Verdict check(MspProcess process, RuleContext context) {
        RuleParameters p = context.parameters();
        double min = p.number("minShare");
        boolean strict = p.bool("strict", false);
        var holders = Seats.holders(process, Seats.roles(p, "seatRoles", Seats.DEFAULT_ROLES));
        List<Finding> evidence = new ArrayList<>();
        int checked = 0;
        for (int i = 0; i < process.decisions().size(); i++) {
            Decision d = process.decisions().get(i);
            Optional<Meeting> meeting = d.meeting()
                    .flatMap(id -> process.meetings().stream()
                            .filter(m -> m.id().equals(id))
                            .findFirst());
            if (meeting.isEmpty() || meeting.get().attendance().isEmpty()) {
                continue;
            }
            Meeting m = meeting.get();
            var present = new HashSet<ParticipantId>(m.attendance().get());
            var entitled = holders.stream()
                    .filter(h -> Seats.activeOn(h.participant(), m.date()))
                    .toList();
            if (entitled.isEmpty()) {
                continue;
            }
            checked++;
            long attended = entitled.stream()
                    .filter(h -> present.contains(h.participant().id()))
                    .count();
            double share = (double) attended / entitled.size();
            boolean ok = strict ? share > min + 1e-12 : share + 1e-12 >= min;
            if (!ok) {
                evidence.add(Finding.of(
                        "decisions[" + i + "]",
                        "decision " + d.id() + " at meeting " + m.id() + ": "
                                + Percent.of(attended, entitled.size()) + " seat holders attended, "
                                + (strict ? "more than " : "at least ") + Percent.of(min) + " required"));
            }
        }
        if (checked == 0) {
            return Verdict.notApplicable("no decision is linked to a meeting with recorded attendance");
        }
        return evidence.isEmpty()
                ? Verdict.satisfied("all " + checked + " decisions with recorded attendance were quorate")
                : Verdict.violated(
                        evidence.size() + " of " + checked + " decisions were taken without a quorum", evidence);
    }
}
