package org.msptoolkit.indicators.internal.builtin;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.msptoolkit.core.model.MspProcess;
import org.msptoolkit.core.model.Participant;
import org.msptoolkit.core.model.ParticipantId;
import org.msptoolkit.core.model.Stakeholder;
import org.msptoolkit.core.model.StakeholderId;
import org.msptoolkit.core.taxonomy.Role;
import org.msptoolkit.core.taxonomy.StakeholderGroup;

/** Look-ups shared by the built-in indicators. Internal. */
final class ProcessFacts {
    private ProcessFacts() {
    }

    static Optional<StakeholderGroup> group(MspProcess p, StakeholderId id) {
        return Optional.ofNullable(p.stakeholdersById().get(id)).map(Stakeholder::group);
    }

    static Optional<StakeholderGroup> groupOf(MspProcess p, Map<StakeholderId, Stakeholder> byId, ParticipantId id) {
        return p.participant(id).flatMap(x -> Optional.ofNullable(byId.get(x.stakeholder()))).map(Stakeholder::group);
    }

    /** A seat: a participant who is neither observer nor secretariat. */
    static boolean holdsSeat(Participant p) {
        return p.role() != Role.OBSERVER && p.role() != Role.SECRETARIAT;
    }

    /** Counts per group, in first-seen order. */
    static <K> void add(Map<K, Long> counts, K key, long n) {
        counts.merge(key, n, Long::sum);
    }

    static <K> Map<K, Long> counts() {
        return new LinkedHashMap<>();
    }
}
