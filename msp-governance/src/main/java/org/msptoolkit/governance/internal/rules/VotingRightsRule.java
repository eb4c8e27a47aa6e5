package org.msptoolkit.governance.internal.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.msptoolkit.core.model.Decision;
import org.msptoolkit.core.model.MspProcess;
import org.msptoolkit.core.model.Objection;
import org.msptoolkit.core.model.Stakeholder;
import org.msptoolkit.core.taxonomy.Role;
import org.msptoolkit.core.validation.Problem;
import org.msptoolkit.governance.Finding;
import org.msptoolkit.governance.Verdict;
import org.msptoolkit.governance.spi.ParameterSpec;
import org.msptoolkit.governance.spi.ParameterType;
import org.msptoolkit.governance.spi.RuleContext;
import org.msptoolkit.governance.spi.RuleParameters;

/**
 * {@code decision.voting-rights}: only participants in voting roles, from groups that have a vote, take
 * part in decisions; other groups have "voice, not vote". Checked on what the record shows: a vote's
 * tally must not count more votes than there are entitled voters, no chamber may be named after a
 * voice-only group, and no sustained objection by a voice-only stakeholder may be recorded as blocking.
 * The head count is compared only with {@code tallyCountsParticipants: true}, because a tally may count
 * voting-power units or members who are not recorded as participants.
 */
public final class VotingRightsRule extends BaseRuleKind {
    private static final Set<Role> DEFAULT_VOTERS = Set.of(Role.CHAIR, Role.CO_CHAIR, Role.DELEGATE);

    /** Creates the rule kind (for ServiceLoader). */
    public VotingRightsRule() {
        super(
                "decision.voting-rights",
                "only entitled participants vote; voice-only groups speak but do not vote",
                ParameterSpec.optional(
                        "voteRoles", ParameterType.TEXT_LIST, "roles that may vote; default chair, co-chair, delegate"),
                ParameterSpec.optional(
                        "voiceOnlyGroups",
                        ParameterType.TEXT_LIST,
                        "stakeholder groups that speak but do not vote (\"voice, not vote\"); default none"),
                ParameterSpec.optional(
                        "tallyCountsParticipants",
                        ParameterType.BOOLEAN,
                        "true: a tally counts one vote per recorded participant, so it may not exceed those entitled; "
                                + "default false (tallies may count members not recorded, or voting power)"));
    }

    @Override
    void validateMore(RuleParameters p, List<Problem> problems) {
        roles(p, "voteRoles", problems);
    }

    @Override
    public Verdict check(MspProcess process, RuleContext context) {
        RuleParameters p = context.parameters();
        Set<Role> roles = Seats.roles(p, "voteRoles", DEFAULT_VOTERS);
        Set<String> voiceOnly = Set.copyOf(p.texts("voiceOnlyGroups"));
        long voters = Seats.holders(process, roles).stream()
                .filter(h -> h.stakeholder()
                        .map(s -> !voiceOnly.contains(s.group().code()))
                        .orElse(false))
                .count();
        List<Finding> evidence = new ArrayList<>();
        int checked = 0;
        for (int i = 0; i < process.decisions().size(); i++) {
            Decision d = process.decisions().get(i);
            boolean headCount = p.bool("tallyCountsParticipants", false);
            if (d.tally().isPresent()
                    && (headCount || !d.tally().get().chambers().isEmpty())) {
                checked++;
                long cast = d.tally().get().total();
                if (headCount && cast > voters) {
                    evidence.add(Finding.of(
                            "decisions[" + i + "].tally",
                            "decision " + d.id() + " counts " + cast + " votes, but only " + voters
                                    + " participants may vote"));
                }
                for (String chamber : d.tally().get().chambers().keySet()) {
                    if (voiceOnly.contains(chamber)) {
                        evidence.add(Finding.of(
                                "decisions[" + i + "].tally.chambers." + chamber,
                                "decision " + d.id() + " counts votes of chamber " + chamber + ", a voice-only group"));
                    }
                }
            }
            for (int j = 0; j < d.objections().size(); j++) {
                Objection o = d.objections().get(j);
                var group = process.stakeholder(o.by()).map(Stakeholder::group).map(g -> g.code());
                if (o.sustained()) {
                    checked++;
                    if (group.isPresent() && voiceOnly.contains(group.get())) {
                        evidence.add(Finding.of(
                                "decisions[" + i + "].objections[" + j + "]",
                                "a sustained objection by "
                                        + o.by() + " (group " + group.get()
                                        + ", voice only) is recorded against decision "
                                        + d.id()));
                    }
                }
            }
        }
        if (checked == 0) {
            return Verdict.notApplicable("no sustained objections, chamber tallies or (with tallyCountsParticipants) "
                    + "vote tallies recorded");
        }
        return evidence.isEmpty()
                ? Verdict.satisfied(checked + " tallies/objections checked; " + voters + " participants may vote")
                : Verdict.violated(evidence.size() + " breach(es) of voting rights", evidence);
    }
}
