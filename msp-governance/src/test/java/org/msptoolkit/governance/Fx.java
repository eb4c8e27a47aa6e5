package org.msptoolkit.governance;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.msptoolkit.core.model.Commitment;
import org.msptoolkit.core.model.CommitmentId;
import org.msptoolkit.core.model.Decision;
import org.msptoolkit.core.model.DecisionId;
import org.msptoolkit.core.model.Document;
import org.msptoolkit.core.model.DocumentId;
import org.msptoolkit.core.model.MeetingId;
import org.msptoolkit.core.model.MspProcess;
import org.msptoolkit.core.model.StakeholderId;
import org.msptoolkit.core.model.Tally;
import org.msptoolkit.core.taxonomy.CommitmentStatus;
import org.msptoolkit.core.taxonomy.DecisionMethod;
import org.msptoolkit.core.taxonomy.DocumentKind;

/** Test fixtures: short ways to build model values the core offers no wither for. */
public final class Fx {
    private Fx() {
    }

    public static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    public static Optional<LocalDate> od(String iso) {
        return iso == null ? Optional.empty() : Optional.of(LocalDate.parse(iso));
    }

    public static Decision decision(String id, String date, String subject, DecisionMethod method, String meeting,
            String published) {
        return new Decision(DecisionId.of(id), d(date), subject, method,
                Optional.ofNullable(meeting).map(MeetingId::of), Optional.<Tally>empty(), List.of(), od(published));
    }

    public static Decision decision(String id, String date, String subject, DecisionMethod method, String meeting,
            String published, Tally tally) {
        return new Decision(DecisionId.of(id), d(date), subject, method,
                Optional.ofNullable(meeting).map(MeetingId::of), Optional.of(tally), List.of(), od(published));
    }

    public static Document document(String id, DocumentKind kind, String produced, String published) {
        return new Document(DocumentId.of(id), kind, "Document " + id, d(produced), od(published), Optional.empty(),
                Optional.empty());
    }

    public static Commitment commitment(String id, String owner, String made, String due, CommitmentStatus status,
            List<String> evidence, String... reports) {
        return new Commitment(CommitmentId.of(id), StakeholderId.of(owner), "Commitment " + id,
                Optional.of("measure"), od(made), od(due), status, evidence,
                Arrays.stream(reports).map(LocalDate::parse).toList(), Optional.empty());
    }

    public static MspProcess.Builder process(String id) {
        return MspProcess.builder(id, "Process " + id);
    }

    public static Charter charter(Rule... rules) {
        Charter.Builder b = Charter.builder("test");
        for (Rule r : rules) {
            b.rule(r);
        }
        return b.build();
    }

    public static RuleResult checkOne(MspProcess p, Rule rule) {
        return Compliance.check(p, charter(rule)).result(0);
    }

    public static RuleResult checkOne(MspProcess p, Rule rule, String asOf) {
        return Compliance.check(p, charter(rule), RuleKinds.standard(), d(asOf)).result(0);
    }
}
