package org.msptoolkit.io.internal;

import org.msptoolkit.core.taxonomy.CommitmentStatus;
import org.msptoolkit.core.taxonomy.ContributionKind;
import org.msptoolkit.core.taxonomy.DecisionMethod;
import org.msptoolkit.core.taxonomy.DocumentKind;
import org.msptoolkit.core.taxonomy.Level;
import org.msptoolkit.core.taxonomy.LinkKind;
import org.msptoolkit.core.taxonomy.LinkageKind;
import org.msptoolkit.core.taxonomy.Phase;
import org.msptoolkit.core.taxonomy.ProcessType;
import org.msptoolkit.core.taxonomy.Role;
import org.msptoolkit.core.taxonomy.StakeholderGroup;
import org.msptoolkit.core.taxonomy.StakeholderKind;

/** The fast path's code tables, one per taxonomy that {@link TreeReader} reads with {@link Codes#of}. Internal. */
final class StreamingCodes {
    static final CodeTable<Level> LEVEL = CodeTable.of(Level.class);
    static final CodeTable<Role> ROLE = CodeTable.of(Role.class);
    static final CodeTable<Phase> PHASE = CodeTable.of(Phase.class);
    static final CodeTable<ProcessType> PROCESS_TYPE = CodeTable.of(ProcessType.class);
    static final CodeTable<DecisionMethod> DECISION_METHOD = CodeTable.of(DecisionMethod.class);
    static final CodeTable<CommitmentStatus> COMMITMENT_STATUS = CodeTable.of(CommitmentStatus.class);
    static final CodeTable<DocumentKind> DOCUMENT_KIND = CodeTable.of(DocumentKind.class);
    static final CodeTable<LinkKind> LINK_KIND = CodeTable.of(LinkKind.class);
    static final CodeTable<LinkageKind> LINKAGE_KIND = CodeTable.of(LinkageKind.class);
    static final CodeTable<ContributionKind> CONTRIBUTION_KIND = CodeTable.of(ContributionKind.class);
    static final CodeTable<StakeholderKind> STAKEHOLDER_KIND = CodeTable.of(StakeholderKind.class);
    static final CodeTable<StakeholderGroup.Category> GROUP_CATEGORY = CodeTable.of(StakeholderGroup.Category.class);

    private StreamingCodes() {
    }
}
