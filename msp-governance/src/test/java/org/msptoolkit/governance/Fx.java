package org.msptoolkit.governance;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.msptoolkit.core.model.Commitment;
import org.msptoolkit.core.model.Decision;
import org.msptoolkit.core.model.Document;
import org.msptoolkit.core.model.MspProcess;
import org.msptoolkit.core.model.Tally;
import org.msptoolkit.core.taxonomy.CommitmentStatus;
import org.msptoolkit.core.taxonomy.DecisionMethod;
import org.msptoolkit.core.taxonomy.DocumentKind;

/** Test fixtures: short ways to build the model values the governance tests vary, absent values as {@code null}. */
public final class Fx {
    private Fx() {}

    public static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    public static Optional<LocalDate> od(String iso) {
        return iso == null ? Optional.empty() : Optional.of(LocalDate.parse(iso));
    }

    public static Decision decision(
            String id, String date, String subject, DecisionMethod method, String meeting, String published) {
        Decision.Builder b = Decision.builder(id, date, subject, method);
        if (meeting != null) {
            b.meeting(meeting);
        }
        if (published != null) {
            b.published(published);
        }
        return b.build();
    }

    public static Decision decision(
            String id,
            String date,
            String subject,
            DecisionMethod method,
            String meeting,
            String published,
            Tally tally) {
        return decision(id, date, subject, method, meeting, published).toBuilder()
                .tally(tally)
                .build();
    }

    public static Document document(String id, DocumentKind kind, String produced, String published) {
        Document.Builder b = Document.builder(id, kind, "Document " + id, produced);
        if (published != null) {
            b.published(published);
        }
        return b.build();
    }

    public static Commitment commitment(
            String id,
            String owner,
            String made,
            String due,
            CommitmentStatus status,
            List<String> evidence,
            String... reports) {
        Commitment.Builder b = Commitment.builder(id, owner, "Commitment " + id)
                .measure("measure")
                .status(status)
                .evidence(evidence)
                .progressReports(reports);
        if (made != null) {
            b.made(made);
        }
        if (due != null) {
            b.due(due);
        }
        return b.build();
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
