package org.msptoolkit.io.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import org.msptoolkit.core.model.AgendaItem;
import org.msptoolkit.core.model.Commitment;
import org.msptoolkit.core.model.CommitmentId;
import org.msptoolkit.core.model.Consultation;
import org.msptoolkit.core.model.ConsultationId;
import org.msptoolkit.core.model.Contribution;
import org.msptoolkit.core.model.ContributionId;
import org.msptoolkit.core.model.Decision;
import org.msptoolkit.core.model.DecisionId;
import org.msptoolkit.core.model.Document;
import org.msptoolkit.core.model.DocumentId;
import org.msptoolkit.core.model.Funding;
import org.msptoolkit.core.model.Gender;
import org.msptoolkit.core.model.Meeting;
import org.msptoolkit.core.model.MeetingId;
import org.msptoolkit.core.model.MspProcess;
import org.msptoolkit.core.model.Objection;
import org.msptoolkit.core.model.OfficialLinkage;
import org.msptoolkit.core.model.Participant;
import org.msptoolkit.core.model.ParticipantId;
import org.msptoolkit.core.model.Period;
import org.msptoolkit.core.model.ProcessId;
import org.msptoolkit.core.model.ProcessLink;
import org.msptoolkit.core.model.Scope;
import org.msptoolkit.core.model.SpeakingTurn;
import org.msptoolkit.core.model.Stakeholder;
import org.msptoolkit.core.model.StakeholderId;
import org.msptoolkit.core.model.Tally;
import org.msptoolkit.core.taxonomy.CommitmentStatus;
import org.msptoolkit.core.taxonomy.ContributionKind;
import org.msptoolkit.core.taxonomy.Country;
import org.msptoolkit.core.taxonomy.DecisionMethod;
import org.msptoolkit.core.taxonomy.DocumentKind;
import org.msptoolkit.core.taxonomy.Level;
import org.msptoolkit.core.taxonomy.LinkKind;
import org.msptoolkit.core.taxonomy.LinkageKind;
import org.msptoolkit.core.taxonomy.Phase;
import org.msptoolkit.core.taxonomy.ProcessType;
import org.msptoolkit.core.taxonomy.Role;
import org.msptoolkit.core.taxonomy.Sector;
import org.msptoolkit.core.taxonomy.StakeholderGroup;
import org.msptoolkit.core.taxonomy.StakeholderKind;
import org.msptoolkit.io.IoProblems;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads msp-core values from a Jackson tree in format v1, collecting every problem with its JSON
 * pointer instead of stopping at the first. Each method returns {@code null} when the value could
 * not be read (the problem is recorded). Internal.
 */
public final class TreeReader {
    static final Function<String, Level> LEVEL = Codes.of(Level.class, "level");
    static final Function<String, Role> ROLE = Codes.of(Role.class, "role");
    static final Function<String, Phase> PHASE = Codes.of(Phase.class, "phase");
    static final Function<String, ProcessType> PROCESS_TYPE = Codes.of(ProcessType.class, "process type");
    static final Function<String, DecisionMethod> DECISION_METHOD = Codes.of(DecisionMethod.class, "decision method");
    static final Function<String, CommitmentStatus> COMMITMENT_STATUS =
            Codes.of(CommitmentStatus.class, "commitment status");
    static final Function<String, DocumentKind> DOCUMENT_KIND = Codes.of(DocumentKind.class, "document kind");
    static final Function<String, LinkKind> LINK_KIND = Codes.of(LinkKind.class, "link kind");
    static final Function<String, LinkageKind> LINKAGE_KIND = Codes.of(LinkageKind.class, "linkage kind");
    static final Function<String, ContributionKind> CONTRIBUTION_KIND =
            Codes.of(ContributionKind.class, "contribution kind");
    static final Function<String, StakeholderKind> STAKEHOLDER_KIND =
            Codes.of(StakeholderKind.class, "stakeholder kind");
    static final Function<String, StakeholderGroup.Category> GROUP_CATEGORY =
            Codes.of(StakeholderGroup.Category.class, "stakeholder group category");

    /** Stands for an id or title that could not be read; its problem is already reported. */
    static final String PLACEHOLDER_ID = "unreadable-id";
    static final String PLACEHOLDER_TITLE = "(unreadable title)";

    private final Reading r;

    /** @param reading where problems and extension fields go */
    public TreeReader(Reading reading) {
        this.r = reading;
    }

    private static boolean allPresent(Object... values) {
        for (Object v : values) {
            if (v == null) {
                return false;
            }
        }
        return true;
    }

    /**
     * Reads a whole process from the top-level object (envelope fields are checked by the caller
     * but accepted here).
     *
     * @param node the top-level node
     * @param pointer its pointer, normally {@code ""}
     * @return the process (with what could be read, whether or not there were problems), or
     *     {@code null} if the node is not an object
     */
    public MspProcess process(JsonNode node, String pointer) {
        ObjectNode o = r.object(node, pointer, Fields.PROCESS);
        if (o == null) {
            return null;
        }
        String id = r.string(o, pointer, "id");
        ProcessId processId = r.convert(id, Reading.child(pointer, "id"), ProcessId::of);
        String title = r.string(o, pointer, "title");
        String purpose = r.optString(o, pointer, "purpose").orElse("");
        Scope scope = optObject(o, pointer, "scope", this::scope).orElse(Scope.empty());
        List<StakeholderId> conveners = r.list(o, pointer, "conveners", this::stakeholderId);
        Set<ProcessType> types = set(o, pointer, "types", PROCESS_TYPE);
        Phase phase = r.optCoded(o, pointer, "phase", PHASE).orElse(Phase.CONTEXT);
        Optional<Period> period = optObject(o, pointer, "period", this::period);
        OfficialLinkage linkage = optObject(o, pointer, "linkage", this::linkage).orElse(OfficialLinkage.none());
        List<Stakeholder> stakeholders = r.list(o, pointer, "stakeholders", this::stakeholder);
        List<Participant> participants = r.list(o, pointer, "participants", this::participant);
        List<Meeting> meetings = r.list(o, pointer, "meetings", this::meeting);
        List<Contribution> contributions = r.list(o, pointer, "contributions", this::contribution);
        List<Consultation> consultations = r.list(o, pointer, "consultations", this::consultation);
        List<Decision> decisions = r.list(o, pointer, "decisions", this::decision);
        List<Commitment> commitments = r.list(o, pointer, "commitments", this::commitment);
        List<Document> documents = r.list(o, pointer, "documents", this::document);
        List<Funding> funding = r.list(o, pointer, "funding", this::funding);
        List<ProcessLink> links = r.list(o, pointer, "links", this::link);
        // Built even after problems (unreadable elements are left out, an unreadable id or title is a
        // placeholder), so that domain validation still reports, e.g., dangling references elsewhere.
        MspProcess.Builder b = MspProcess.builder(processId == null ? PLACEHOLDER_ID : processId.value(),
                        title == null ? PLACEHOLDER_TITLE : title)
                .purpose(purpose).scope(scope).conveners(conveners).phase(phase).linkage(linkage)
                .types(types.toArray(ProcessType[]::new))
                .stakeholders(stakeholders).participants(participants).meetings(meetings)
                .contributions(contributions).consultations(consultations).decisions(decisions)
                .commitments(commitments).documents(documents).fundings(funding).links(links);
        period.ifPresent(b::period);
        return b.build();
    }

    private <T> Optional<T> optObject(ObjectNode o, String pointer, String field, Reading.ElementReader<T> reader) {
        JsonNode n = o.get(field);
        if (n == null || n.isNull() || n.isMissingNode()) {
            return Optional.empty();
        }
        return Optional.ofNullable(reader.read(n, Reading.child(pointer, field)));
    }

    /** Reads a set from an array of codes, reporting duplicates rather than dropping them. */
    private <T> Set<T> set(ObjectNode o, String pointer, String field, Function<String, T> parse) {
        return set(o, pointer, field, (n, at) -> r.codedNode(n, at, parse));
    }

    private <T> Set<T> set(ObjectNode o, String pointer, String field, Reading.ElementReader<T> element) {
        List<JsonNode> nodes = r.array(o, pointer, field);
        Set<T> out = new LinkedHashSet<>();
        if (nodes == null) {
            return out;
        }
        String at = Reading.child(pointer, field);
        for (int i = 0; i < nodes.size(); i++) {
            T value = element.read(nodes.get(i), Reading.child(at, i));
            if (value != null && !out.add(value)) {
                r.problem(Reading.child(at, i), IoProblems.DUPLICATE_ENTRY,
                        "'" + (value instanceof org.msptoolkit.core.taxonomy.Coded c ? c.code() : value)
                                + "' is listed twice in " + field);
            }
        }
        return out;
    }

    /** @return a scope, or null */
    public Scope scope(JsonNode node, String pointer) {
        ObjectNode o = r.object(node, pointer, Fields.SCOPE);
        if (o == null) {
            return null;
        }
        return new Scope(set(o, pointer, "sectors", this::sector), set(o, pointer, "levels", LEVEL),
                set(o, pointer, "countries", Country::of));
    }

    /** @return a sector from a code or a {@code {code, label}} object, or null */
    public Sector sector(JsonNode node, String pointer) {
        if (node != null && node.isObject()) {
            ObjectNode o = r.object(node, pointer, Set.of("code", "label"));
            String code = r.string(o, pointer, "code");
            String label = r.string(o, pointer, "label");
            return allPresent(code, label) ? r.convert(code, pointer, c -> Sector.of(c, label)) : null;
        }
        return r.codedNode(node, pointer, Sector::parse);
    }

    /** @return a stakeholder group from a code or a {@code {code, label, category}} object, or null */
    public StakeholderGroup group(JsonNode node, String pointer) {
        if (node != null && node.isObject()) {
            ObjectNode o = r.object(node, pointer, Set.of("code", "label", "category"));
            String code = r.string(o, pointer, "code");
            String label = r.string(o, pointer, "label");
            StakeholderGroup.Category category = r.optCoded(o, pointer, "category", GROUP_CATEGORY)
                    .orElse(StakeholderGroup.Category.OTHER_STAKEHOLDER);
            if (!allPresent(code, label)) {
                return null;
            }
            return r.convert(code, pointer, c -> StakeholderGroup.fromCode(c)
                    .orElseGet(() -> new StakeholderGroup(c, label, category, OptionalInt.empty())));
        }
        return r.codedNode(node, pointer, StakeholderGroup::parse);
    }

    /** @return a period, or null */
    public Period period(JsonNode node, String pointer) {
        ObjectNode o = r.object(node, pointer, Fields.PERIOD);
        if (o == null) {
            return null;
        }
        LocalDate start = r.coded(o, pointer, "start", Reading::date);
        Optional<LocalDate> end = r.optCoded(o, pointer, "end", Reading::date);
        return allPresent(start) ? new Period(start, end) : null;
    }

    /** @return an official linkage, or null */
    public OfficialLinkage linkage(JsonNode node, String pointer) {
        ObjectNode o = r.object(node, pointer, Fields.LINKAGE);
        if (o == null) {
            return null;
        }
        LinkageKind kind = r.coded(o, pointer, "kind", LINKAGE_KIND);
        Optional<String> body = r.optString(o, pointer, "body");
        Optional<String> description = r.optString(o, pointer, "description");
        return allPresent(kind) ? new OfficialLinkage(kind, body, description) : null;
    }

    StakeholderId stakeholderId(JsonNode node, String pointer) {
        return r.codedNode(node, pointer, StakeholderId::of);
    }

    /** @return a stakeholder, or null */
    public Stakeholder stakeholder(JsonNode node, String pointer) {
        ObjectNode o = r.object(node, pointer, Fields.STAKEHOLDER);
        if (o == null) {
            return null;
        }
        StakeholderId id = r.coded(o, pointer, "id", StakeholderId::of);
        String name = r.string(o, pointer, "name");
        JsonNode groupNode = o.get("group");
        StakeholderGroup group = null;
        if (groupNode == null || groupNode.isNull()) {
            r.problem(Reading.child(pointer, "group"), IoProblems.MISSING_FIELD, "required field 'group' is missing");
        } else {
            group = group(groupNode, Reading.child(pointer, "group"));
        }
        StakeholderKind kind = r.optCoded(o, pointer, "kind", STAKEHOLDER_KIND).orElse(StakeholderKind.ORGANISATION);
        Set<Sector> sectors = set(o, pointer, "sectors", this::sector);
        Set<Level> levels = set(o, pointer, "levels", LEVEL);
        Set<Country> countries = set(o, pointer, "countries", Country::of);
        Optional<Long> size = Optional.empty();
        JsonNode sizeNode = o.get("constituencySize");
        if (sizeNode != null && !sizeNode.isNull()) {
            size = Optional.ofNullable(r.integer(sizeNode, Reading.child(pointer, "constituencySize")));
        }
        Boolean defaultAuthority = group == null ? Boolean.FALSE
                : Stakeholder.of("x", "x", group).publicAuthority();
        Boolean publicAuthority = r.bool(o, pointer, "publicAuthority", defaultAuthority);
        if (!allPresent(id, name, group, publicAuthority)) {
            return null;
        }
        return new Stakeholder(id, name, group, kind, sectors, levels, countries, size, publicAuthority);
    }

    /** @return a participant, or null */
    public Participant participant(JsonNode node, String pointer) {
        ObjectNode o = r.object(node, pointer, Fields.PARTICIPANT);
        if (o == null) {
            return null;
        }
        ParticipantId id = r.coded(o, pointer, "id", ParticipantId::of);
        StakeholderId stakeholder = r.coded(o, pointer, "stakeholder", StakeholderId::of);
        Role role = r.coded(o, pointer, "role", ROLE);
        Optional<String> name = r.optString(o, pointer, "name");
        Optional<Gender> gender = r.optString(o, pointer, "gender").map(Gender::of);
        Optional<Period> period = optObject(o, pointer, "period", this::period);
        return allPresent(id, stakeholder, role) ? new Participant(id, stakeholder, role, name, gender, period) : null;
    }

    /** @return a meeting, or null */
    public Meeting meeting(JsonNode node, String pointer) {
        ObjectNode o = r.object(node, pointer, Fields.MEETING);
        if (o == null) {
            return null;
        }
        MeetingId id = r.coded(o, pointer, "id", MeetingId::of);
        LocalDate date = r.coded(o, pointer, "date", Reading::date);
        Optional<String> title = r.optString(o, pointer, "title");
        Optional<LocalDate> notice = r.optCoded(o, pointer, "noticeGiven", Reading::date);
        Optional<List<ParticipantId>> attendance = o.hasNonNull("attendance")
                ? Optional.of(r.list(o, pointer, "attendance", (n, at) -> r.codedNode(n, at, ParticipantId::of)))
                : Optional.empty();
        List<AgendaItem> agenda = r.list(o, pointer, "agenda", this::agendaItem);
        Optional<List<SpeakingTurn>> turns = o.hasNonNull("speakingTurns")
                ? Optional.of(r.list(o, pointer, "speakingTurns", this::speakingTurn))
                : Optional.empty();
        return allPresent(id, date) ? new Meeting(id, date, title, notice, attendance, agenda, turns) : null;
    }

    /** @return an agenda item, or null */
    public AgendaItem agendaItem(JsonNode node, String pointer) {
        ObjectNode o = r.object(node, pointer, Fields.AGENDA_ITEM);
        if (o == null) {
            return null;
        }
        String title = r.string(o, pointer, "title");
        Optional<StakeholderId> by = r.optCoded(o, pointer, "proposedBy", StakeholderId::of);
        return allPresent(title) ? new AgendaItem(title, by) : null;
    }

    /** @return a speaking turn, or null */
    public SpeakingTurn speakingTurn(JsonNode node, String pointer) {
        ObjectNode o = r.object(node, pointer, Fields.SPEAKING_TURN);
        if (o == null) {
            return null;
        }
        ParticipantId speaker = r.coded(o, pointer, "speaker", ParticipantId::of);
        Optional<Duration> duration = r.optCoded(o, pointer, "duration", Reading::duration);
        return allPresent(speaker) ? new SpeakingTurn(speaker, duration) : null;
    }

    /** @return a contribution, or null */
    public Contribution contribution(JsonNode node, String pointer) {
        ObjectNode o = r.object(node, pointer, Fields.CONTRIBUTION);
        if (o == null) {
            return null;
        }
        ContributionId id = r.coded(o, pointer, "id", ContributionId::of);
        StakeholderId from = r.coded(o, pointer, "from", StakeholderId::of);
        ContributionKind kind = r.coded(o, pointer, "kind", CONTRIBUTION_KIND);
        String title = r.string(o, pointer, "title");
        LocalDate date = r.coded(o, pointer, "date", Reading::date);
        Optional<MeetingId> meeting = r.optCoded(o, pointer, "meeting", MeetingId::of);
        Optional<ConsultationId> consultation = r.optCoded(o, pointer, "consultation", ConsultationId::of);
        return allPresent(id, from, kind, title, date)
                ? new Contribution(id, from, kind, title, date, meeting, consultation) : null;
    }

    /** @return a consultation, or null */
    public Consultation consultation(JsonNode node, String pointer) {
        ObjectNode o = r.object(node, pointer, Fields.CONSULTATION);
        if (o == null) {
            return null;
        }
        ConsultationId id = r.coded(o, pointer, "id", ConsultationId::of);
        String topic = r.string(o, pointer, "topic");
        LocalDate opens = r.coded(o, pointer, "opens", Reading::date);
        LocalDate closes = r.coded(o, pointer, "closes", Reading::date);
        return allPresent(id, topic, opens, closes) ? new Consultation(id, topic, opens, closes) : null;
    }

    /** @return a decision, or null */
    public Decision decision(JsonNode node, String pointer) {
        ObjectNode o = r.object(node, pointer, Fields.DECISION);
        if (o == null) {
            return null;
        }
        DecisionId id = r.coded(o, pointer, "id", DecisionId::of);
        LocalDate date = r.coded(o, pointer, "date", Reading::date);
        String subject = r.string(o, pointer, "subject");
        DecisionMethod method = r.coded(o, pointer, "method", DECISION_METHOD);
        Optional<MeetingId> meeting = r.optCoded(o, pointer, "meeting", MeetingId::of);
        Optional<Tally> tally = optObject(o, pointer, "tally", this::tally);
        List<Objection> objections = r.list(o, pointer, "objections", this::objection);
        Optional<LocalDate> published = r.optCoded(o, pointer, "published", Reading::date);
        return allPresent(id, date, subject, method)
                ? new Decision(id, date, subject, method, meeting, tally, objections, published) : null;
    }

    /** @return a tally, or null */
    public Tally tally(JsonNode node, String pointer) {
        ObjectNode o = r.object(node, pointer, Fields.TALLY);
        if (o == null) {
            return null;
        }
        Map<String, Long> options = counts(o.get("options"), Reading.child(pointer, "options"));
        Map<String, Map<String, Long>> chambers = new LinkedHashMap<>();
        JsonNode ch = o.get("chambers");
        String chAt = Reading.child(pointer, "chambers");
        if (ch != null && !ch.isNull()) {
            if (!ch.isObject()) {
                r.wrongType(chAt, "an object of chambers", ch);
            } else {
                for (Map.Entry<String, JsonNode> e : ch.properties()) {
                    Map<String, Long> counts = counts(e.getValue(), Reading.child(chAt, e.getKey()));
                    if (counts != null) {
                        chambers.put(e.getKey(), counts);
                    }
                }
            }
        }
        return options == null ? null : new Tally(options, chambers);
    }

    private Map<String, Long> counts(JsonNode node, String pointer) {
        Map<String, Long> out = new LinkedHashMap<>();
        if (node == null || node.isNull()) {
            return out;
        }
        if (!node.isObject()) {
            r.wrongType(pointer, "an object of whole-number counts", node);
            return null;
        }
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            Long n = r.integer(e.getValue(), Reading.child(pointer, e.getKey()));
            if (n != null) {
                out.put(e.getKey(), n);
            }
        }
        return out;
    }

    /** @return an objection, or null */
    public Objection objection(JsonNode node, String pointer) {
        ObjectNode o = r.object(node, pointer, Fields.OBJECTION);
        if (o == null) {
            return null;
        }
        StakeholderId by = r.coded(o, pointer, "by", StakeholderId::of);
        Optional<String> reason = r.optString(o, pointer, "reason");
        Boolean sustained = r.bool(o, pointer, "sustained", Boolean.FALSE);
        return allPresent(by, sustained) ? new Objection(by, reason, sustained) : null;
    }

    /** @return a commitment, or null */
    public Commitment commitment(JsonNode node, String pointer) {
        ObjectNode o = r.object(node, pointer, Fields.COMMITMENT);
        if (o == null) {
            return null;
        }
        CommitmentId id = r.coded(o, pointer, "id", CommitmentId::of);
        StakeholderId owner = r.coded(o, pointer, "owner", StakeholderId::of);
        String description = r.string(o, pointer, "description");
        Optional<String> measure = r.optString(o, pointer, "measure");
        Optional<LocalDate> made = r.optCoded(o, pointer, "made", Reading::date);
        Optional<LocalDate> due = r.optCoded(o, pointer, "due", Reading::date);
        CommitmentStatus status = r.coded(o, pointer, "status", COMMITMENT_STATUS);
        List<String> evidence = r.list(o, pointer, "evidence", (n, at) -> r.codedNode(n, at, s -> s));
        List<LocalDate> reports = r.list(o, pointer, "progressReports", (n, at) -> r.codedNode(n, at, Reading::date));
        Optional<DecisionId> decision = r.optCoded(o, pointer, "decision", DecisionId::of);
        return allPresent(id, owner, description, status)
                ? new Commitment(id, owner, description, measure, made, due, status, evidence, reports, decision)
                : null;
    }

    /** @return a document, or null */
    public Document document(JsonNode node, String pointer) {
        ObjectNode o = r.object(node, pointer, Fields.DOCUMENT);
        if (o == null) {
            return null;
        }
        DocumentId id = r.coded(o, pointer, "id", DocumentId::of);
        DocumentKind kind = r.coded(o, pointer, "kind", DOCUMENT_KIND);
        String title = r.string(o, pointer, "title");
        LocalDate produced = r.coded(o, pointer, "produced", Reading::date);
        Optional<LocalDate> published = r.optCoded(o, pointer, "published", Reading::date);
        Optional<MeetingId> meeting = r.optCoded(o, pointer, "meeting", MeetingId::of);
        Optional<String> link = r.optString(o, pointer, "link");
        return allPresent(id, kind, title, produced)
                ? new Document(id, kind, title, produced, published, meeting, link) : null;
    }

    /** @return a funding entry, or null */
    public Funding funding(JsonNode node, String pointer) {
        ObjectNode o = r.object(node, pointer, Fields.FUNDING);
        if (o == null) {
            return null;
        }
        StakeholderId from = r.coded(o, pointer, "from", StakeholderId::of);
        BigDecimal amount = r.decimal(o, pointer, "amount");
        Currency currency = r.coded(o, pointer, "currency", TreeReader::currency);
        Optional<String> purpose = r.optString(o, pointer, "purpose");
        Boolean disclosed = r.bool(o, pointer, "disclosed", Boolean.TRUE);
        return allPresent(from, amount, currency, disclosed)
                ? new Funding(from, amount, currency, purpose, disclosed) : null;
    }

    static Currency currency(String code) {
        try {
            return Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("currency must be an ISO 4217 code such as USD, got \"" + code + "\"",
                    e);
        }
    }

    /** @return a process link, or null */
    public ProcessLink link(JsonNode node, String pointer) {
        ObjectNode o = r.object(node, pointer, Fields.LINK);
        if (o == null) {
            return null;
        }
        ProcessId target = r.coded(o, pointer, "target", ProcessId::of);
        LinkKind kind = r.coded(o, pointer, "kind", LINK_KIND);
        Optional<Level> level = r.optCoded(o, pointer, "level", LEVEL);
        Optional<String> note = r.optString(o, pointer, "note");
        return allPresent(target, kind) ? new ProcessLink(target, kind, level, note) : null;
    }

    /** @return a gender from its self-description, or null */
    public Gender gender(JsonNode node, String pointer) {
        return r.codedNode(node, pointer, Gender::of);
    }

}
