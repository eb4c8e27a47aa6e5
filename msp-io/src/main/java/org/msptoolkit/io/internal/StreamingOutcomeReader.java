package org.msptoolkit.io.internal;

import static org.msptoolkit.io.internal.TokenCursor.giveUp;
import static org.msptoolkit.io.internal.TokenCursor.required;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.msptoolkit.core.model.Commitment;
import org.msptoolkit.core.model.CommitmentId;
import org.msptoolkit.core.model.Decision;
import org.msptoolkit.core.model.DecisionId;
import org.msptoolkit.core.model.Document;
import org.msptoolkit.core.model.DocumentId;
import org.msptoolkit.core.model.Funding;
import org.msptoolkit.core.model.MeetingId;
import org.msptoolkit.core.model.Objection;
import org.msptoolkit.core.model.ProcessId;
import org.msptoolkit.core.model.ProcessLink;
import org.msptoolkit.core.model.StakeholderId;
import org.msptoolkit.core.model.Tally;
import org.msptoolkit.core.taxonomy.CommitmentStatus;
import org.msptoolkit.core.taxonomy.DecisionMethod;
import org.msptoolkit.core.taxonomy.DocumentKind;
import org.msptoolkit.core.taxonomy.Level;
import org.msptoolkit.core.taxonomy.LinkKind;

/**
 * The fast path's reading of what a process produces: decisions (with tally and objections),
 * commitments, documents, funding and links to other processes, mirroring {@link TreeReader};
 * gives up on anything the tree path would report. Internal.
 */
final class StreamingOutcomeReader {
    private final TokenCursor c;

    StreamingOutcomeReader(TokenCursor cursor) {
        this.c = cursor;
    }

    Decision decision() {
        c.startObject();
        DecisionId id = null;
        LocalDate date = null;
        String subject = null;
        DecisionMethod method = null;
        Optional<MeetingId> meeting = Optional.empty();
        Optional<Tally> tally = Optional.empty();
        List<Objection> objections = List.of();
        Optional<LocalDate> published = Optional.empty();
        for (String f = c.nextField(FieldNames.DECISION); f != null; f = c.nextField(FieldNames.DECISION)) {
            if (c.isNull(f, Fields.DECISION)) {
                continue;
            }
            switch (f) {
                case "id" -> id = c.coded(DecisionId::of);
                case "date" -> date = c.date();
                case "subject" -> subject = c.string();
                case "method" -> method = c.code(StreamingCodes.DECISION_METHOD);
                case "meeting" -> meeting = Optional.of(c.coded(MeetingId::of));
                case "tally" -> tally = Optional.of(tally());
                case "objections" -> objections = c.list(this::objection);
                case "published" -> published = Optional.of(c.date());
                default -> throw giveUp();
            }
        }
        return new Decision(required(id), required(date), required(subject), required(method), meeting, tally,
                objections, published);
    }

    private Tally tally() {
        c.startObject();
        Map<String, Long> options = Map.of();
        Map<String, Map<String, Long>> chambers = new LinkedHashMap<>();
        for (String f = c.nextField(FieldNames.TALLY); f != null; f = c.nextField(FieldNames.TALLY)) {
            if (c.isNull(f, Fields.TALLY)) {
                continue;
            }
            switch (f) {
                case "options" -> options = c.counts();
                case "chambers" -> {
                    c.startMap();
                    for (String chamber = c.nextKey(); chamber != null; chamber = c.nextKey()) {
                        if (chambers.put(chamber, c.counts()) != null) {
                            throw giveUp();
                        }
                    }
                }
                default -> throw giveUp();
            }
        }
        return new Tally(options, chambers);
    }

    private Objection objection() {
        c.startObject();
        StakeholderId by = null;
        Optional<String> reason = Optional.empty();
        boolean sustained = false;
        for (String f = c.nextField(FieldNames.OBJECTION); f != null; f = c.nextField(FieldNames.OBJECTION)) {
            if (c.isNull(f, Fields.OBJECTION)) {
                continue;
            }
            switch (f) {
                case "by" -> by = c.coded(StakeholderId::of);
                case "reason" -> reason = Optional.of(c.string());
                case "sustained" -> sustained = c.bool();
                default -> throw giveUp();
            }
        }
        return new Objection(required(by), reason, sustained);
    }

    Commitment commitment() {
        c.startObject();
        CommitmentId id = null;
        StakeholderId owner = null;
        String description = null;
        Optional<String> measure = Optional.empty();
        Optional<LocalDate> made = Optional.empty();
        Optional<LocalDate> due = Optional.empty();
        CommitmentStatus status = null;
        List<String> evidence = List.of();
        List<LocalDate> reports = List.of();
        Optional<DecisionId> decision = Optional.empty();
        for (String f = c.nextField(FieldNames.COMMITMENT); f != null; f = c.nextField(FieldNames.COMMITMENT)) {
            if (c.isNull(f, Fields.COMMITMENT)) {
                continue;
            }
            switch (f) {
                case "id" -> id = c.coded(CommitmentId::of);
                case "owner" -> owner = c.coded(StakeholderId::of);
                case "description" -> description = c.string();
                case "measure" -> measure = Optional.of(c.string());
                case "made" -> made = Optional.of(c.date());
                case "due" -> due = Optional.of(c.date());
                case "status" -> status = c.code(StreamingCodes.COMMITMENT_STATUS);
                case "evidence" -> evidence = c.list(c::string);
                case "progressReports" -> reports = c.list(c::date);
                case "decision" -> decision = Optional.of(c.coded(DecisionId::of));
                default -> throw giveUp();
            }
        }
        return new Commitment(required(id), required(owner), required(description), measure, made, due,
                required(status), evidence, reports, decision);
    }

    Document document() {
        c.startObject();
        DocumentId id = null;
        DocumentKind kind = null;
        String title = null;
        LocalDate produced = null;
        Optional<LocalDate> published = Optional.empty();
        Optional<MeetingId> meeting = Optional.empty();
        Optional<String> link = Optional.empty();
        for (String f = c.nextField(FieldNames.DOCUMENT); f != null; f = c.nextField(FieldNames.DOCUMENT)) {
            if (c.isNull(f, Fields.DOCUMENT)) {
                continue;
            }
            switch (f) {
                case "id" -> id = c.coded(DocumentId::of);
                case "kind" -> kind = c.code(StreamingCodes.DOCUMENT_KIND);
                case "title" -> title = c.string();
                case "produced" -> produced = c.date();
                case "published" -> published = Optional.of(c.date());
                case "meeting" -> meeting = Optional.of(c.coded(MeetingId::of));
                case "link" -> link = Optional.of(c.string());
                default -> throw giveUp();
            }
        }
        return new Document(required(id), required(kind), required(title), required(produced), published, meeting,
                link);
    }

    Funding funding() {
        c.startObject();
        StakeholderId from = null;
        BigDecimal amount = null;
        Currency currency = null;
        Optional<String> purpose = Optional.empty();
        boolean disclosed = true;
        for (String f = c.nextField(FieldNames.FUNDING); f != null; f = c.nextField(FieldNames.FUNDING)) {
            if (c.isNull(f, Fields.FUNDING)) {
                continue;
            }
            switch (f) {
                case "from" -> from = c.coded(StakeholderId::of);
                case "amount" -> amount = c.decimal();
                case "currency" -> currency = c.coded(TreeReader::currency);
                case "purpose" -> purpose = Optional.of(c.string());
                case "disclosed" -> disclosed = c.bool();
                default -> throw giveUp();
            }
        }
        return new Funding(required(from), required(amount), required(currency), purpose, disclosed);
    }

    ProcessLink link() {
        c.startObject();
        ProcessId target = null;
        LinkKind kind = null;
        Optional<Level> level = Optional.empty();
        Optional<String> note = Optional.empty();
        for (String f = c.nextField(FieldNames.LINK); f != null; f = c.nextField(FieldNames.LINK)) {
            if (c.isNull(f, Fields.LINK)) {
                continue;
            }
            switch (f) {
                case "target" -> target = c.coded(ProcessId::of);
                case "kind" -> kind = c.code(StreamingCodes.LINK_KIND);
                case "level" -> level = Optional.of(c.code(StreamingCodes.LEVEL));
                case "note" -> note = Optional.of(c.string());
                default -> throw giveUp();
            }
        }
        return new ProcessLink(required(target), required(kind), level, note);
    }
}
