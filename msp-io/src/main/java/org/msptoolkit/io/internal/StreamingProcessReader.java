package org.msptoolkit.io.internal;

import static org.msptoolkit.io.internal.TokenCursor.giveUp;
import static org.msptoolkit.io.internal.TokenCursor.required;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.msptoolkit.core.model.Commitment;
import org.msptoolkit.core.model.Consultation;
import org.msptoolkit.core.model.Contribution;
import org.msptoolkit.core.model.Decision;
import org.msptoolkit.core.model.Document;
import org.msptoolkit.core.model.Funding;
import org.msptoolkit.core.model.Gender;
import org.msptoolkit.core.model.Meeting;
import org.msptoolkit.core.model.MspProcess;
import org.msptoolkit.core.model.OfficialLinkage;
import org.msptoolkit.core.model.Participant;
import org.msptoolkit.core.model.ParticipantId;
import org.msptoolkit.core.model.Period;
import org.msptoolkit.core.model.ProcessId;
import org.msptoolkit.core.model.ProcessLink;
import org.msptoolkit.core.model.Scope;
import org.msptoolkit.core.model.Stakeholder;
import org.msptoolkit.core.model.StakeholderId;
import org.msptoolkit.core.taxonomy.Country;
import org.msptoolkit.core.taxonomy.Level;
import org.msptoolkit.core.taxonomy.LinkageKind;
import org.msptoolkit.core.taxonomy.Phase;
import org.msptoolkit.core.taxonomy.ProcessType;
import org.msptoolkit.core.taxonomy.Role;
import org.msptoolkit.core.taxonomy.Sector;
import org.msptoolkit.core.taxonomy.StakeholderGroup;
import org.msptoolkit.core.taxonomy.StakeholderKind;
import tools.jackson.core.JacksonException;

/**
 * The fast path for JSON documents: maps a document read by a {@link TokenCursor} straight to an
 * {@link MspProcess}, without building a tree, for documents the tree path ({@link TreeReader}) would read without a
 * single problem and without extension fields. On anything else (syntax or limit errors, unknown,
 * extension or missing fields, wrong types, bad codes or dates, duplicates) it gives up, and the
 * caller reads the text again through the tree path, which reports the problems exactly as always.
 * This class covers the envelope, the process and its stakeholders and participants; meetings
 * and outcomes are in {@link StreamingMeetingReader} and {@link StreamingOutcomeReader}. Internal.
 */
final class StreamingProcessReader {
    private final TokenCursor c;
    private final StreamingMeetingReader meetings;
    private final StreamingOutcomeReader outcomes;

    private StreamingProcessReader(TokenCursor cursor) {
        this.c = cursor;
        this.meetings = new StreamingMeetingReader(c);
        this.outcomes = new StreamingOutcomeReader(c);
    }

    /**
     * Reads a whole document from a fresh cursor.
     *
     * @param cursor a cursor before the document's first value
     * @return the process, or empty when the tree path has to read the text
     */
    static Optional<MspProcess> read(TokenCursor cursor) {
        try {
            StreamingProcessReader reader = new StreamingProcessReader(cursor);
            reader.c.first();
            MspProcess process = reader.document();
            reader.c.end();
            return Optional.of(process);
        } catch (TokenCursor.GiveUp | JacksonException | IllegalArgumentException e) {
            // not a document without problems (the cursor gave up, a syntax or limit error, or a value a
            // model constructor or code parser rejects): the tree path reads it and reports the problems.
            // Anything else is a bug and propagates.
            return Optional.empty();
        }
    }

    private MspProcess document() {
        c.startObject();
        boolean version = false;
        boolean kind = false;
        ProcessId id = null;
        String title = null;
        String purpose = "";
        Scope scope = Scope.empty();
        List<StakeholderId> conveners = List.of();
        Set<ProcessType> types = Set.of();
        Phase phase = Phase.CONTEXT;
        Period period = null;
        OfficialLinkage linkage = OfficialLinkage.none();
        List<Stakeholder> stakeholders = List.of();
        List<Participant> participants = List.of();
        List<Meeting> meetingList = List.of();
        List<Contribution> contributions = List.of();
        List<Consultation> consultations = List.of();
        List<Decision> decisions = List.of();
        List<Commitment> commitments = List.of();
        List<Document> documents = List.of();
        List<Funding> funding = List.of();
        List<ProcessLink> links = List.of();
        for (String f = c.nextField(FieldNames.PROCESS); f != null; f = c.nextField(FieldNames.PROCESS)) {
            if (c.isNull(f, Fields.PROCESS)) {
                if (f.equals("formatVersion") || f.equals("kind")) {
                    throw giveUp();
                }
                continue;
            }
            switch (f) {
                case "formatVersion" -> version = c.isFormatVersion();
                case "kind" -> kind = c.string().equals("process");
                case "id" -> id = c.coded(ProcessId::of);
                case "title" -> title = c.string();
                case "purpose" -> purpose = c.string();
                case "scope" -> scope = scope();
                case "conveners" -> conveners = c.list(() -> c.coded(StakeholderId::of));
                case "types" -> types = c.set(() -> c.code(StreamingCodes.PROCESS_TYPE));
                case "phase" -> phase = c.code(StreamingCodes.PHASE);
                case "period" -> period = period();
                case "linkage" -> linkage = linkage();
                case "stakeholders" -> stakeholders = c.list(this::stakeholder);
                case "participants" -> participants = c.list(this::participant);
                case "meetings" -> meetingList = c.list(meetings::meeting);
                case "contributions" -> contributions = c.list(meetings::contribution);
                case "consultations" -> consultations = c.list(meetings::consultation);
                case "decisions" -> decisions = c.list(outcomes::decision);
                case "commitments" -> commitments = c.list(outcomes::commitment);
                case "documents" -> documents = c.list(outcomes::document);
                case "funding" -> funding = c.list(outcomes::funding);
                case "links" -> links = c.list(outcomes::link);
                default -> throw giveUp();
            }
        }
        if (!version || !kind) {
            throw giveUp();
        }
        MspProcess.Builder b = MspProcess.builder(required(id).value(), required(title))
                .purpose(purpose).scope(scope).conveners(conveners).phase(phase).linkage(linkage)
                .types(types.toArray(ProcessType[]::new))
                .stakeholders(stakeholders).participants(participants).meetings(meetingList)
                .contributions(contributions).consultations(consultations).decisions(decisions)
                .commitments(commitments).documents(documents).fundings(funding).links(links);
        if (period != null) {
            b.period(period);
        }
        return b.build();
    }

    private Scope scope() {
        c.startObject();
        Set<Sector> sectors = Set.of();
        Set<Level> levels = Set.of();
        Set<Country> countries = Set.of();
        for (String f = c.nextField(FieldNames.SCOPE); f != null; f = c.nextField(FieldNames.SCOPE)) {
            if (c.isNull(f, Fields.SCOPE)) {
                continue;
            }
            switch (f) {
                case "sectors" -> sectors = c.set(this::sector);
                case "levels" -> levels = c.set(() -> c.code(StreamingCodes.LEVEL));
                case "countries" -> countries = c.set(() -> c.coded(Country::of));
                default -> throw giveUp();
            }
        }
        return new Scope(sectors, levels, countries);
    }

    /** A sector from a code or a {@code {code, label}} object. */
    private Sector sector() {
        if (!c.atObject()) {
            return c.coded(Sector::parse);
        }
        c.startObject();
        String code = null;
        String label = null;
        for (String f = c.nextField(FieldNames.SECTOR); f != null; f = c.nextField(FieldNames.SECTOR)) {
            if (c.isNull(f, Fields.SECTOR)) {
                continue;
            }
            switch (f) {
                case "code" -> code = c.string();
                case "label" -> label = c.string();
                default -> throw giveUp();
            }
        }
        return Sector.of(required(code), required(label));
    }

    /** A stakeholder group from a code or a {@code {code, label, category}} object. */
    private StakeholderGroup group() {
        if (!c.atObject()) {
            return c.coded(StakeholderGroup::parse);
        }
        c.startObject();
        String code = null;
        String label = null;
        StakeholderGroup.Category category = StakeholderGroup.Category.OTHER_STAKEHOLDER;
        for (String f = c.nextField(FieldNames.GROUP); f != null; f = c.nextField(FieldNames.GROUP)) {
            if (c.isNull(f, Fields.GROUP)) {
                continue;
            }
            switch (f) {
                case "code" -> code = c.string();
                case "label" -> label = c.string();
                case "category" -> category = c.code(StreamingCodes.GROUP_CATEGORY);
                default -> throw giveUp();
            }
        }
        String groupCode = required(code);
        String groupLabel = required(label);
        StakeholderGroup.Category groupCategory = category;
        return StakeholderGroup.fromCode(groupCode)
                .orElseGet(() -> new StakeholderGroup(groupCode, groupLabel, groupCategory, OptionalInt.empty()));
    }

    Period period() {
        c.startObject();
        java.time.LocalDate start = null;
        Optional<java.time.LocalDate> end = Optional.empty();
        for (String f = c.nextField(FieldNames.PERIOD); f != null; f = c.nextField(FieldNames.PERIOD)) {
            if (c.isNull(f, Fields.PERIOD)) {
                continue;
            }
            switch (f) {
                case "start" -> start = c.date();
                case "end" -> end = Optional.of(c.date());
                default -> throw giveUp();
            }
        }
        return new Period(required(start), end);
    }

    private OfficialLinkage linkage() {
        c.startObject();
        LinkageKind kind = null;
        Optional<String> body = Optional.empty();
        Optional<String> description = Optional.empty();
        for (String f = c.nextField(FieldNames.LINKAGE); f != null; f = c.nextField(FieldNames.LINKAGE)) {
            if (c.isNull(f, Fields.LINKAGE)) {
                continue;
            }
            switch (f) {
                case "kind" -> kind = c.code(StreamingCodes.LINKAGE_KIND);
                case "body" -> body = Optional.of(c.string());
                case "description" -> description = Optional.of(c.string());
                default -> throw giveUp();
            }
        }
        return new OfficialLinkage(required(kind), body, description);
    }

    private Stakeholder stakeholder() {
        c.startObject();
        StakeholderId id = null;
        String name = null;
        StakeholderGroup group = null;
        StakeholderKind kind = StakeholderKind.ORGANISATION;
        Set<Sector> sectors = Set.of();
        Set<Level> levels = Set.of();
        Set<Country> countries = Set.of();
        Optional<Long> size = Optional.empty();
        Boolean publicAuthority = null;
        for (String f = c.nextField(FieldNames.STAKEHOLDER); f != null; f = c.nextField(FieldNames.STAKEHOLDER)) {
            if (c.isNull(f, Fields.STAKEHOLDER)) {
                continue;
            }
            switch (f) {
                case "id" -> id = c.coded(StakeholderId::of);
                case "name" -> name = c.string();
                case "group" -> group = group();
                case "kind" -> kind = c.code(StreamingCodes.STAKEHOLDER_KIND);
                case "sectors" -> sectors = c.set(this::sector);
                case "levels" -> levels = c.set(() -> c.code(StreamingCodes.LEVEL));
                case "countries" -> countries = c.set(() -> c.coded(Country::of));
                case "constituencySize" -> size = Optional.of(c.whole());
                case "publicAuthority" -> publicAuthority = c.bool();
                default -> throw giveUp();
            }
        }
        required(group);
        boolean authority = publicAuthority != null ? publicAuthority
                : Stakeholder.of("x", "x", group).publicAuthority();
        return new Stakeholder(required(id), required(name), group, kind, sectors, levels, countries, size,
                authority);
    }

    private Participant participant() {
        c.startObject();
        ParticipantId id = null;
        StakeholderId stakeholder = null;
        Role role = null;
        Optional<String> name = Optional.empty();
        Optional<Gender> gender = Optional.empty();
        Optional<Period> period = Optional.empty();
        for (String f = c.nextField(FieldNames.PARTICIPANT); f != null; f = c.nextField(FieldNames.PARTICIPANT)) {
            if (c.isNull(f, Fields.PARTICIPANT)) {
                continue;
            }
            switch (f) {
                case "id" -> id = c.coded(ParticipantId::of);
                case "stakeholder" -> stakeholder = c.coded(StakeholderId::of);
                case "role" -> role = c.code(StreamingCodes.ROLE);
                case "name" -> name = Optional.of(c.string());
                case "gender" -> gender = Optional.of(c.coded(Gender::of));
                case "period" -> period = Optional.of(period());
                default -> throw giveUp();
            }
        }
        return new Participant(required(id), required(stakeholder), required(role), name, gender, period);
    }
}
