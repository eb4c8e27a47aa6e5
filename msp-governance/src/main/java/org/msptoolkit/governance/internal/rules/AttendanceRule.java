package org.msptoolkit.governance.internal.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Set;
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
 * {@code participation.attendance}: every seat holder attends at least a share of the meetings held
 * while they held the seat (meetings with recorded attendance only) — consistent participation rather
 * than token presence (Shumate &amp; Cooper).
 */
public final class AttendanceRule extends BaseRuleKind {
    /** Creates the rule kind (for ServiceLoader). */
    public AttendanceRule() {
        super(
                "participation.attendance",
                "every seat holder attends at least a share of the meetings",
                ParameterSpec.required(
                        "minShare", ParameterType.SHARE, "least share of meetings each seat holder attends"),
                SEAT_ROLES);
    }

    @Override
    void validateMore(RuleParameters p, List<Problem> problems) {
        roles(p, "seatRoles", problems);
    }

    @Override
    public Verdict check(MspProcess process, RuleContext context) {
        RuleParameters p = context.parameters();
        double min = p.number("minShare");
        List<Meeting> meetings = process.meetings().stream()
                .filter(m -> m.attendance().isPresent())
                .toList();
        if (meetings.isEmpty()) {
            return Verdict.notApplicable("no attendance recorded");
        }
        // Each meeting's attendance as a set, built once rather than scanned per seat holder; keyed by the
        // meeting object itself (hashing a whole meeting record would cost more than the lookup saves).
        IdentityHashMap<Meeting, Set<ParticipantId>> present = new IdentityHashMap<>();
        meetings.forEach(m -> present.put(m, new HashSet<>(m.attendance().get())));
        var holders = Seats.holders(process, Seats.roles(p, "seatRoles", Seats.DEFAULT_ROLES));
        List<Finding> evidence = new ArrayList<>();
        int checked = 0;
        for (var h : holders) {
            var theirs = meetings.stream()
                    .filter(m -> Seats.activeOn(h.participant(), m.date()))
                    .toList();
            if (theirs.isEmpty()) {
                continue;
            }
            checked++;
            long attended = theirs.stream()
                    .filter(m -> Objects.requireNonNull(present.get(m))
                            .contains(h.participant().id()))
                    .count();
            if ((double) attended / theirs.size() + 1e-12 < min) {
                evidence.add(Finding.of(
                        h.path(),
                        "participant " + h.participant().id() + " attended " + Percent.of(attended, theirs.size())
                                + " meetings, at least " + Percent.of(min) + " required"));
            }
        }
        if (checked == 0) {
            return Verdict.notApplicable("no seat holder was active at a meeting with recorded attendance");
        }
        return evidence.isEmpty()
                ? Verdict.satisfied("all " + checked + " seat holders attended at least " + Percent.of(min) + " of "
                        + meetings.size() + " meetings with recorded attendance")
                : Verdict.violated(
                        evidence.size() + " of " + checked + " seat holders attended too few meetings", evidence);
    }
}
