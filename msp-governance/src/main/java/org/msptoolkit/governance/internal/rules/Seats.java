package org.msptoolkit.governance.internal.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.msptoolkit.core.model.MspProcess;
import org.msptoolkit.core.model.Participant;
import org.msptoolkit.core.model.Stakeholder;
import org.msptoolkit.core.model.StakeholderId;
import org.msptoolkit.core.taxonomy.Role;
import org.msptoolkit.governance.spi.RuleParameters;

/** Seat holders of a process: participants in seat-holding roles with their stakeholder. Internal. */
final class Seats {
    static final Set<Role> DEFAULT_ROLES = Set.of(Role.CHAIR, Role.CO_CHAIR, Role.DELEGATE, Role.RAPPORTEUR);

    /** A participant holding a seat, with its position among the process's participants and its stakeholder. */
    record Holder(int index, Participant participant, Optional<Stakeholder> stakeholder) {
        String path() {
            return "participants[" + index + "]";
        }
    }

    private Seats() {}

    static Set<Role> roles(RuleParameters p, String name, Set<Role> fallback) {
        List<String> codes = p.texts(name);
        if (codes.isEmpty()) {
            return fallback;
        }
        return codes.stream().map(Role::parse).collect(Collectors.toUnmodifiableSet());
    }

    static List<Holder> holders(MspProcess process, Set<Role> roles) {
        Map<StakeholderId, Stakeholder> byId = process.stakeholdersById();
        List<Holder> out = new ArrayList<>();
        for (int i = 0; i < process.participants().size(); i++) {
            Participant p = process.participants().get(i);
            if (roles.contains(p.role())) {
                out.add(new Holder(i, p, Optional.ofNullable(byId.get(p.stakeholder()))));
            }
        }
        return out;
    }

    static boolean activeOn(Participant p, LocalDate day) {
        return p.period().map(per -> per.contains(day)).orElse(true);
    }
}
