package org.msptoolkit.io.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
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
import org.msptoolkit.core.taxonomy.Coded;
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
import org.msptoolkit.io.MspDocument;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Maps a format-v1 document straight from a Jackson token stream to msp-core values, in one pass
 * and without a tree: every problem is recorded with its JSON pointer and position (see
 * {@link Cursor}), an element that cannot be read is left out (with why, and its id noted so that
 * references to it are not reported again), and what could be read is still built, so that domain
 * validation finds the rest. Each reading method expects the parser at the value's first token and
 * returns {@code null} when the value could not be read. One instance per document. Internal.
 */
public final class ProcessReader {
    static final CodeTable<Level> LEVEL = CodeTable.of(Level.class, "level");
    static final CodeTable<Role> ROLE = CodeTable.of(Role.class, "role");
    static final CodeTable<Phase> PHASE = CodeTable.of(Phase.class, "phase");
    static final CodeTable<ProcessType> PROCESS_TYPE = CodeTable.of(ProcessType.class, "process type");
    static final CodeTable<DecisionMethod> DECISION_METHOD = CodeTable.of(DecisionMethod.class, "decision method");
    static final CodeTable<CommitmentStatus> COMMITMENT_STATUS =
            CodeTable.of(CommitmentStatus.class, "commitment status");
    static final CodeTable<DocumentKind> DOCUMENT_KIND = CodeTable.of(DocumentKind.class, "document kind");
    static final CodeTable<LinkKind> LINK_KIND = CodeTable.of(LinkKind.class, "link kind");
    static final CodeTable<LinkageKind> LINKAGE_KIND = CodeTable.of(LinkageKind.class, "linkage kind");
    static final CodeTable<ContributionKind> CONTRIBUTION_KIND =
            CodeTable.of(ContributionKind.class, "contribution kind");
    static final CodeTable<StakeholderKind> STAKEHOLDER_KIND = CodeTable.of(StakeholderKind.class, "stakeholder kind");
    static final CodeTable<StakeholderGroup.Category> GROUP_CATEGORY =
            CodeTable.of(StakeholderGroup.Category.class, "stakeholder group category");

    /** Stands for an id or title that could not be read; its problem is already reported. */
    static final String PLACEHOLDER_ID = "unreadable-id";

    static final String PLACEHOLDER_TITLE = "(unreadable title)";

    private final Cursor c;

    /**
     * A reader of one process document from the parser's current position.
     *
     * @param parser the parser, before or at the first token of the value to read
     * @param lenient whether unknown fields are kept rather than reported
     * @param length the document's length in characters or bytes if known, else 0 (to size the
     *     index of value positions)
     */
    public ProcessReader(JsonParser parser, boolean lenient, long length) {
        this(parser, lenient, ValueIndex.forLength(length));
    }

    /**
     * A reader of one process document that notes where its values start in the given index.
     *
     * @param parser the parser, before or at the first token of the value to read
     * @param lenient whether unknown fields are kept rather than reported
     * @param index an empty index, owned by this read until it is finished
     */
    ProcessReader(JsonParser parser, boolean lenient, ValueIndex index) {
        this.c = new Cursor(parser, lenient, index);
    }

    /** What a read gave: the value (possibly built from what could be read), and the read's state. */
    public static final class Read<T> {
        private final @Nullable T value;
        private final Cursor cursor;

        Read(@Nullable T value, Cursor cursor) {
            this.value = value;
            this.cursor = cursor;
        }

        /**
         * Returns the value read, or {@code null} if none could be built.
         *
         * @return the value read, or {@code null} if none could be built
         */
        public @Nullable T value() {
            return value;
        }

        /**
         * Returns whether a problem was found.
         *
         * @return whether a problem was found
         */
        public boolean failed() {
            return cursor.failed();
        }

        /**
         * Returns whether extension fields were found.
         *
         * @return whether extension fields were found
         */
        public boolean hasExtensions() {
            return !cursor.extensions().isEmpty();
        }

        /**
         * Returns the extension fields found, by pointer of their object.
         *
         * @return the extension fields found, by pointer of their object
         */
        public Map<String, Set<String>> extensionNames() {
            Map<String, Set<String>> out = new LinkedHashMap<>();
            cursor.extensions().forEach((k, v) -> out.put(k, v.keySet()));
            return out;
        }

        /**
         * Returns the problems, each at its pointer, with line and column.
         *
         * @return the problems, each at its pointer, with line and column
         */
        public List<org.msptoolkit.core.validation.Problem> problems() {
            return Cursor.located(cursor.problems(), "", 0);
        }

        Cursor cursor() {
            return cursor;
        }
    }

    /**
     * Reads one value (e.g. a stakeholder) with one of this class's methods.
     *
     * @param parser the parser, at the value's first token
     * @param part the reading method
     * @param <T> the value type
     * @return what the read gave
     */
    public static <T> Read<T> value(JsonParser parser, java.util.function.Function<ProcessReader, @Nullable T> part) {
        ProcessReader r = new ProcessReader(parser, false, 0);
        if (parser.currentToken() == null) {
            parser.nextToken();
        }
        r.c.mark();
        return new Read<>(part.apply(r), r.c);
    }

    /**
     * Reads a whole document, envelope included. The parser must be before the document's first
     * token or at it; it is left at the document's last token.
     *
     * @return the process built from what could be read (or {@code null} if the document is not an
     *     object), and the read's problems and extension fields
     */
    Read<MspProcess> whole() {
        JsonParser p = c.parser();
        if (p.currentToken() == null) {
            p.nextToken();
        }
        c.mark();
        if (p.currentToken() != JsonToken.START_OBJECT) {
            c.problem(
                    IoProblems.WRONG_TYPE,
                    "an MSP document must be an object with formatVersion: 1 and kind: " + "process, got "
                            + c.describe());
            p.skipChildren();
            return new Read<>(null, c);
        }
        MspProcess process = null;
        try {
            process = process();
        } catch (IllegalArgumentException e) {
            // the parts read do not make a process (e.g. a builder's check); their problems are reported
            if (!c.failed()) {
                throw e;
            }
        }
        return new Read<>(process, c);
    }

    private @Nullable MspProcess process() {
        c.object();
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
        List<Meeting> meetings = List.of();
        List<Contribution> contributions = List.of();
        List<Consultation> consultations = List.of();
        List<Decision> decisions = List.of();
        List<Commitment> commitments = List.of();
        List<Document> documents = List.of();
        List<Funding> funding = List.of();
        List<ProcessLink> links = List.of();
        boolean hasTitle = false;
        boolean hasId = false;
        // recorded vs not recorded: a field present, even as none, is recorded
        boolean linkageRecorded = false;
        boolean fundingRecorded = false;
        for (String f = c.field(FieldNames.PROCESS); f != null; f = c.field(FieldNames.PROCESS)) {
            switch (f) {
                case "formatVersion" -> {
                    version = true;
                    formatVersion();
                }
                case "kind" -> {
                    kind = true;
                    JsonParser p = c.parser();
                    if (p.currentToken() != JsonToken.VALUE_STRING
                            || !p.getString().equals("process")) {
                        c.problem(IoProblems.INVALID_VALUE, "kind must be \"process\", got " + c.describe());
                        p.skipChildren();
                    }
                }
                case "id" -> {
                    hasId = true;
                    id = c.coded(ProcessId::of);
                }
                case "title" -> {
                    hasTitle = true;
                    title = c.string();
                }
                case "purpose" -> purpose = orElse(c.string(), "");
                case "scope" -> scope = orElse(scope(), Scope.empty());
                case "conveners" -> conveners = list(() -> c.coded(StakeholderId::of));
                case "types" -> types = set("types", () -> c.code(PROCESS_TYPE));
                case "phase" -> phase = orElse(c.code(PHASE), Phase.CONTEXT);
                case "period" -> period = period();
                case "linkage" -> {
                    linkageRecorded = true;
                    linkage = orElse(linkage(), OfficialLinkage.none());
                }
                case "stakeholders" -> stakeholders = list(this::stakeholder);
                case "participants" -> participants = list(this::participant);
                case "meetings" -> meetings = list(this::meeting);
                case "contributions" -> contributions = list(this::contribution);
                case "consultations" -> consultations = list(this::consultation);
                case "decisions" -> decisions = list(this::decision);
                case "commitments" -> commitments = list(this::commitment);
                case "documents" -> documents = list(this::document);
                case "funding" -> {
                    fundingRecorded = true;
                    funding = list(this::funding);
                }
                case "links" -> links = list(this::link);
                default -> throw new IllegalStateException(f);
            }
        }
        if (!version) {
            c.missing(
                    "formatVersion",
                    IoProblems.UNSUPPORTED_VERSION,
                    "required field 'formatVersion' is missing; " + "this library reads format version "
                            + MspDocument.FORMAT_VERSION);
        }
        if (!kind) {
            c.missing("kind", IoProblems.MISSING_FIELD, "required field 'kind' is missing; expected \"process\"");
        }
        if (!hasId) {
            c.missing("id");
        }
        if (!hasTitle) {
            c.missing("title");
        }
        // Built even after problems (unreadable elements are left out, an unreadable id or title is a
        // placeholder), so that domain validation still reports, e.g., dangling references elsewhere.
        MspProcess.Builder b = MspProcess.builder(
                        id == null ? PLACEHOLDER_ID : id.value(), title == null ? PLACEHOLDER_TITLE : title)
                .purpose(purpose)
                .scope(scope)
                .conveners(conveners)
                .phase(phase)
                .linkage(linkage)
                .types(types.toArray(ProcessType[]::new))
                .stakeholders(stakeholders)
                .participants(participants)
                .meetings(meetings)
                .contributions(contributions)
                .consultations(consultations)
                .decisions(decisions)
                .commitments(commitments)
                .documents(documents)
                .fundings(funding)
                .links(links);
        if (period != null) {
            b.period(period);
        }
        b.linkageRecorded(linkageRecorded).fundingRecorded(fundingRecorded);
        return b.build();
    }

    private void formatVersion() {
        JsonParser p = c.parser();
        if (p.currentToken() == JsonToken.VALUE_NUMBER_INT
                && p.getNumberType() == JsonParser.NumberType.INT
                && p.getIntValue() == MspDocument.FORMAT_VERSION) {
            return;
        }
        boolean number =
                p.currentToken() == JsonToken.VALUE_NUMBER_INT || p.currentToken() == JsonToken.VALUE_NUMBER_FLOAT;
        c.problem(
                IoProblems.UNSUPPORTED_VERSION,
                "format version " + (number ? c.number().toString() : c.describe())
                        + " is not supported; this library reads format version " + MspDocument.FORMAT_VERSION);
        p.skipChildren();
    }

    private static <T> T orElse(@Nullable T value, T fallback) {
        return value == null ? fallback : value;
    }

    /** Reads every element of the current array, leaving out those that cannot be read. */
    private <T> List<T> list(Supplier<@Nullable T> element) {
        if (!c.array()) {
            return List.of();
        }
        List<T> out = new ArrayList<>();
        int[] kept = null;
        while (c.element()) {
            T value = element.get();
            if (value != null) {
                if (kept != null) {
                    if (out.size() == kept.length) {
                        kept = Arrays.copyOf(kept, kept.length * 2 + 4);
                    }
                    kept[out.size()] = c.index();
                }
                out.add(value);
            } else {
                if (kept == null) {
                    kept = new int[out.size() + 8];
                    for (int i = 0; i < out.size(); i++) {
                        kept[i] = i;
                    }
                }
                c.dropped(c.closedId());
            }
        }
        if (kept != null) {
            c.kept(Arrays.copyOf(kept, out.size()));
        }
        return out;
    }

    /** Reads the current array as a set, reporting duplicates rather than dropping them silently. */
    private <T> Set<T> set(String field, Supplier<@Nullable T> element) {
        Set<T> out = new LinkedHashSet<>();
        if (!c.array()) {
            return out;
        }
        while (c.element()) {
            T value = element.get();
            if (value != null && !out.add(value)) {
                c.problem(
                        IoProblems.DUPLICATE_ENTRY,
                        "'" + (value instanceof Coded k ? k.code() : value) + "' is listed twice in " + field);
            }
        }
        return out;
    }

    /**
     * Returns a scope, or null.
     *
     * @return a scope, or null
     */
    public @Nullable Scope scope() {
        if (!c.object()) {
            return null;
        }
        Set<Sector> sectors = Set.of();
        Set<Level> levels = Set.of();
        Set<Country> countries = Set.of();
        for (String f = c.field(FieldNames.SCOPE); f != null; f = c.field(FieldNames.SCOPE)) {
            switch (f) {
                case "sectors" -> sectors = set("sectors", this::sector);
                case "levels" -> levels = set("levels", () -> c.code(LEVEL));
                default -> countries = set("countries", () -> c.coded(Country::of));
            }
        }
        return new Scope(sectors, levels, countries);
    }

    /**
     * Returns a sector from a code or a {@code {code, label}} object, or null.
     *
     * @return a sector from a code or a {@code {code, label}} object, or null
     */
    public @Nullable Sector sector() {
        if (!c.atObject()) {
            return c.coded(Sector::parse);
        }
        c.object();
        String code = null;
        String label = null;
        boolean hasCode = false;
        boolean hasLabel = false;
        for (String f = c.field(FieldNames.SECTOR); f != null; f = c.field(FieldNames.SECTOR)) {
            if (f.equals("code")) {
                hasCode = true;
                code = c.string();
            } else {
                hasLabel = true;
                label = c.string();
            }
        }
        required(hasCode, "code");
        required(hasLabel, "label");
        if (code == null || label == null) {
            return null;
        }
        return convert(code, label, Values::sector);
    }

    /** Builds a value from two strings, reporting a constructor's refusal at the object just read. */
    private <T> @Nullable T convert(String a, String b, java.util.function.BiFunction<String, String, T> make) {
        try {
            return make.apply(a, b);
        } catch (IllegalArgumentException e) {
            c.invalidObject(String.valueOf(e.getMessage()));
            return null;
        }
    }

    private void required(boolean present, String field) {
        if (!present) {
            c.missing(field);
        }
    }

    /**
     * Returns a stakeholder group from a code or a {@code {code, label, category}} object, or null.
     *
     * @return a stakeholder group from a code or a {@code {code, label, category}} object, or null
     */
    public @Nullable StakeholderGroup group() {
        if (!c.atObject()) {
            return c.coded(StakeholderGroup::parse);
        }
        c.object();
        String code = null;
        String label = null;
        boolean hasCode = false;
        boolean hasLabel = false;
        StakeholderGroup.Category category = StakeholderGroup.Category.OTHER_STAKEHOLDER;
        for (String f = c.field(FieldNames.GROUP); f != null; f = c.field(FieldNames.GROUP)) {
            switch (f) {
                case "code" -> {
                    hasCode = true;
                    code = c.string();
                }
                case "label" -> {
                    hasLabel = true;
                    label = c.string();
                }
                default -> category = orElse(c.code(GROUP_CATEGORY), StakeholderGroup.Category.OTHER_STAKEHOLDER);
            }
        }
        required(hasCode, "code");
        required(hasLabel, "label");
        if (code == null || label == null) {
            return null;
        }
        StakeholderGroup.Category cat = category;
        return convert(
                code,
                label,
                (k, l) -> StakeholderGroup.fromCode(k)
                        .map(b -> Values.sameAsBuiltIn(b, l, cat))
                        .orElseGet(() -> new StakeholderGroup(k, l, cat, OptionalInt.empty())));
    }

    /**
     * Returns a period, or null.
     *
     * @return a period, or null
     */
    public @Nullable Period period() {
        if (!c.object()) {
            return null;
        }
        LocalDate start = null;
        Optional<LocalDate> end = Optional.empty();
        boolean hasStart = false;
        for (String f = c.field(FieldNames.PERIOD); f != null; f = c.field(FieldNames.PERIOD)) {
            if (f.equals("start")) {
                hasStart = true;
                start = c.date();
            } else {
                end = Optional.ofNullable(c.date());
            }
        }
        required(hasStart, "start");
        return start != null ? new Period(start, end) : null;
    }

    /**
     * Returns an official linkage, or null.
     *
     * @return an official linkage, or null
     */
    public @Nullable OfficialLinkage linkage() {
        if (!c.object()) {
            return null;
        }
        LinkageKind kind = null;
        boolean hasKind = false;
        Optional<String> body = Optional.empty();
        Optional<String> description = Optional.empty();
        for (String f = c.field(FieldNames.LINKAGE); f != null; f = c.field(FieldNames.LINKAGE)) {
            switch (f) {
                case "kind" -> {
                    hasKind = true;
                    kind = c.code(LINKAGE_KIND);
                }
                case "body" -> body = Optional.ofNullable(c.string());
                default -> description = Optional.ofNullable(c.string());
            }
        }
        required(hasKind, "kind");
        return kind != null ? new OfficialLinkage(kind, body, description) : null;
    }

    /**
     * Returns a stakeholder, or null.
     *
     * @return a stakeholder, or null
     */
    public @Nullable Stakeholder stakeholder() {
        if (!c.object()) {
            return null;
        }
        StakeholderId id = null;
        String name = null;
        StakeholderGroup group = null;
        StakeholderKind kind = StakeholderKind.ORGANISATION;
        Set<Sector> sectors = Set.of();
        Set<Level> levels = Set.of();
        Set<Country> countries = Set.of();
        Optional<Long> size = Optional.empty();
        Boolean publicAuthority = null;
        int present = 0;
        boolean ok = true;
        for (String f = c.field(FieldNames.STAKEHOLDER); f != null; f = c.field(FieldNames.STAKEHOLDER)) {
            switch (f) {
                case "id" -> {
                    present |= 1;
                    id = c.coded(StakeholderId::of);
                }
                case "name" -> {
                    present |= 2;
                    name = c.string();
                }
                case "group" -> {
                    present |= 4;
                    group = group();
                }
                case "kind" -> kind = orElse(c.code(STAKEHOLDER_KIND), StakeholderKind.ORGANISATION);
                case "sectors" -> sectors = set("sectors", this::sector);
                case "levels" -> levels = set("levels", () -> c.code(LEVEL));
                case "countries" -> countries = set("countries", () -> c.coded(Country::of));
                case "constituencySize" -> size = Optional.ofNullable(c.whole());
                default -> {
                    publicAuthority = c.bool();
                    ok = publicAuthority != null;
                }
            }
        }
        required((present & 1) != 0, "id");
        required((present & 2) != 0, "name");
        required((present & 4) != 0, "group");
        if (id == null || name == null || group == null || !ok) {
            return null;
        }
        boolean authority = publicAuthority != null
                ? publicAuthority
                : Stakeholder.of("x", "x", group).publicAuthority();
        return new Stakeholder(id, name, group, kind, sectors, levels, countries, size, authority);
    }

    /**
     * Returns a participant, or null.
     *
     * @return a participant, or null
     */
    public @Nullable Participant participant() {
        if (!c.object()) {
            return null;
        }
        ParticipantId id = null;
        StakeholderId stakeholder = null;
        Role role = null;
        int present = 0;
        Optional<String> name = Optional.empty();
        Optional<Gender> gender = Optional.empty();
        Optional<Period> period = Optional.empty();
        for (String f = c.field(FieldNames.PARTICIPANT); f != null; f = c.field(FieldNames.PARTICIPANT)) {
            switch (f) {
                case "id" -> {
                    present |= 1;
                    id = c.coded(ParticipantId::of);
                }
                case "stakeholder" -> {
                    present |= 2;
                    stakeholder = c.coded(StakeholderId::of);
                }
                case "role" -> {
                    present |= 4;
                    role = c.code(ROLE);
                }
                case "name" -> name = Optional.ofNullable(c.string());
                case "gender" -> gender = Optional.ofNullable(c.coded(Gender::of));
                default -> period = Optional.ofNullable(period());
            }
        }
        required((present & 1) != 0, "id");
        required((present & 2) != 0, "stakeholder");
        required((present & 4) != 0, "role");
        return id != null && stakeholder != null && role != null
                ? new Participant(id, stakeholder, role, name, gender, period)
                : null;
    }

    /**
     * Returns a meeting, or null.
     *
     * @return a meeting, or null
     */
    public @Nullable Meeting meeting() {
        if (!c.object()) {
            return null;
        }
        MeetingId id = null;
        LocalDate date = null;
        int present = 0;
        Optional<String> title = Optional.empty();
        Optional<LocalDate> notice = Optional.empty();
        Optional<List<ParticipantId>> attendance = Optional.empty();
        List<AgendaItem> agenda = List.of();
        Optional<List<SpeakingTurn>> turns = Optional.empty();
        for (String f = c.field(FieldNames.MEETING); f != null; f = c.field(FieldNames.MEETING)) {
            switch (f) {
                case "id" -> {
                    present |= 1;
                    id = c.coded(MeetingId::of);
                }
                case "date" -> {
                    present |= 2;
                    date = c.date();
                }
                case "title" -> title = Optional.ofNullable(c.string());
                case "noticeGiven" -> notice = Optional.ofNullable(c.date());
                case "attendance" -> attendance = Optional.of(list(() -> c.coded(ParticipantId::of)));
                case "agenda" -> agenda = list(this::agendaItem);
                default -> turns = Optional.of(list(this::speakingTurn));
            }
        }
        required((present & 1) != 0, "id");
        required((present & 2) != 0, "date");
        return id != null && date != null ? new Meeting(id, date, title, notice, attendance, agenda, turns) : null;
    }

    /**
     * Returns an agenda item, or null.
     *
     * @return an agenda item, or null
     */
    public @Nullable AgendaItem agendaItem() {
        if (!c.object()) {
            return null;
        }
        String title = null;
        boolean hasTitle = false;
        Optional<StakeholderId> by = Optional.empty();
        for (String f = c.field(FieldNames.AGENDA_ITEM); f != null; f = c.field(FieldNames.AGENDA_ITEM)) {
            if (f.equals("title")) {
                hasTitle = true;
                title = c.string();
            } else {
                by = Optional.ofNullable(c.coded(StakeholderId::of));
            }
        }
        required(hasTitle, "title");
        return title != null ? new AgendaItem(title, by) : null;
    }

    /**
     * Returns a speaking turn, or null.
     *
     * @return a speaking turn, or null
     */
    public @Nullable SpeakingTurn speakingTurn() {
        if (!c.object()) {
            return null;
        }
        ParticipantId speaker = null;
        boolean hasSpeaker = false;
        Optional<Duration> duration = Optional.empty();
        for (String f = c.field(FieldNames.SPEAKING_TURN); f != null; f = c.field(FieldNames.SPEAKING_TURN)) {
            if (f.equals("speaker")) {
                hasSpeaker = true;
                speaker = c.coded(ParticipantId::of);
            } else {
                duration = Optional.ofNullable(c.coded(Values::duration));
            }
        }
        required(hasSpeaker, "speaker");
        return speaker != null ? new SpeakingTurn(speaker, duration) : null;
    }

    /**
     * Returns a contribution, or null.
     *
     * @return a contribution, or null
     */
    public @Nullable Contribution contribution() {
        if (!c.object()) {
            return null;
        }
        ContributionId id = null;
        StakeholderId from = null;
        ContributionKind kind = null;
        String title = null;
        LocalDate date = null;
        int present = 0;
        Optional<MeetingId> meeting = Optional.empty();
        Optional<ConsultationId> consultation = Optional.empty();
        for (String f = c.field(FieldNames.CONTRIBUTION); f != null; f = c.field(FieldNames.CONTRIBUTION)) {
            switch (f) {
                case "id" -> {
                    present |= 1;
                    id = c.coded(ContributionId::of);
                }
                case "from" -> {
                    present |= 2;
                    from = c.coded(StakeholderId::of);
                }
                case "kind" -> {
                    present |= 4;
                    kind = c.code(CONTRIBUTION_KIND);
                }
                case "title" -> {
                    present |= 8;
                    title = c.string();
                }
                case "date" -> {
                    present |= 16;
                    date = c.date();
                }
                case "meeting" -> meeting = Optional.ofNullable(c.coded(MeetingId::of));
                default -> consultation = Optional.ofNullable(c.coded(ConsultationId::of));
            }
        }
        requiredAll(present, "id", "from", "kind", "title", "date");
        return id != null && from != null && kind != null && title != null && date != null
                ? new Contribution(id, from, kind, title, date, meeting, consultation)
                : null;
    }

    private void requiredAll(int present, String... fields) {
        for (int i = 0; i < fields.length; i++) {
            required((present & (1 << i)) != 0, fields[i]);
        }
    }

    /**
     * Returns a consultation, or null.
     *
     * @return a consultation, or null
     */
    public @Nullable Consultation consultation() {
        if (!c.object()) {
            return null;
        }
        ConsultationId id = null;
        String topic = null;
        LocalDate opens = null;
        LocalDate closes = null;
        int present = 0;
        for (String f = c.field(FieldNames.CONSULTATION); f != null; f = c.field(FieldNames.CONSULTATION)) {
            switch (f) {
                case "id" -> {
                    present |= 1;
                    id = c.coded(ConsultationId::of);
                }
                case "topic" -> {
                    present |= 2;
                    topic = c.string();
                }
                case "opens" -> {
                    present |= 4;
                    opens = c.date();
                }
                default -> {
                    present |= 8;
                    closes = c.date();
                }
            }
        }
        requiredAll(present, "id", "topic", "opens", "closes");
        return id != null && topic != null && opens != null && closes != null
                ? new Consultation(id, topic, opens, closes)
                : null;
    }

    /**
     * Returns a decision, or null.
     *
     * @return a decision, or null
     */
    public @Nullable Decision decision() {
        if (!c.object()) {
            return null;
        }
        DecisionId id = null;
        LocalDate date = null;
        String subject = null;
        DecisionMethod method = null;
        int present = 0;
        Optional<MeetingId> meeting = Optional.empty();
        Optional<Tally> tally = Optional.empty();
        List<Objection> objections = List.of();
        boolean objectionsRecorded = false;
        Optional<LocalDate> published = Optional.empty();
        for (String f = c.field(FieldNames.DECISION); f != null; f = c.field(FieldNames.DECISION)) {
            switch (f) {
                case "id" -> {
                    present |= 1;
                    id = c.coded(DecisionId::of);
                }
                case "date" -> {
                    present |= 2;
                    date = c.date();
                }
                case "subject" -> {
                    present |= 4;
                    subject = c.string();
                }
                case "method" -> {
                    present |= 8;
                    method = c.code(DECISION_METHOD);
                }
                case "meeting" -> meeting = Optional.ofNullable(c.coded(MeetingId::of));
                case "tally" -> tally = Optional.ofNullable(tally());
                case "objections" -> {
                    objectionsRecorded = true;
                    objections = list(this::objection);
                }
                default -> published = Optional.ofNullable(c.date());
            }
        }
        requiredAll(present, "id", "date", "subject", "method");
        return id != null && date != null && subject != null && method != null
                ? new Decision(id, date, subject, method, meeting, tally, objections, published, objectionsRecorded)
                : null;
    }

    /**
     * Returns a tally, or null.
     *
     * @return a tally, or null
     */
    public @Nullable Tally tally() {
        if (!c.object()) {
            return null;
        }
        Map<String, Long> options = new LinkedHashMap<>();
        Map<String, Map<String, Long>> chambers = new LinkedHashMap<>();
        boolean ok = true;
        for (String f = c.field(FieldNames.TALLY); f != null; f = c.field(FieldNames.TALLY)) {
            if (f.equals("options")) {
                options = counts();
                ok = options != null;
            } else if (c.object("an object of chambers")) {
                Set<String> met = new java.util.HashSet<>();
                for (String chamber = c.key(met); chamber != null; chamber = c.key(met)) {
                    Map<String, Long> counts = counts();
                    if (counts != null) {
                        chambers.put(chamber, counts);
                    }
                }
            }
        }
        return ok && options != null ? new Tally(options, chambers) : null;
    }

    private @Nullable Map<String, Long> counts() {
        if (!c.object("an object of whole-number counts")) {
            return null;
        }
        Map<String, Long> out = new LinkedHashMap<>();
        Set<String> met = new java.util.HashSet<>();
        for (String name = c.key(met); name != null; name = c.key(met)) {
            Long n = c.whole();
            if (n != null) {
                out.put(name, n);
            }
        }
        return out;
    }

    /**
     * Returns an objection, or null.
     *
     * @return an objection, or null
     */
    public @Nullable Objection objection() {
        if (!c.object()) {
            return null;
        }
        StakeholderId by = null;
        boolean hasBy = false;
        Optional<String> reason = Optional.empty();
        @Nullable Boolean sustained = Boolean.FALSE;
        for (String f = c.field(FieldNames.OBJECTION); f != null; f = c.field(FieldNames.OBJECTION)) {
            switch (f) {
                case "by" -> {
                    hasBy = true;
                    by = c.coded(StakeholderId::of);
                }
                case "reason" -> reason = Optional.ofNullable(c.string());
                default -> sustained = c.bool();
            }
        }
        required(hasBy, "by");
        return by != null && sustained != null ? new Objection(by, reason, sustained) : null;
    }

    /**
     * Returns a commitment, or null.
     *
     * @return a commitment, or null
     */
    public @Nullable Commitment commitment() {
        if (!c.object()) {
            return null;
        }
        CommitmentId id = null;
        StakeholderId owner = null;
        String description = null;
        CommitmentStatus status = null;
        int present = 0;
        Optional<String> measure = Optional.empty();
        Optional<LocalDate> made = Optional.empty();
        Optional<LocalDate> due = Optional.empty();
        List<String> evidence = List.of();
        List<LocalDate> reports = List.of();
        Optional<DecisionId> decision = Optional.empty();
        for (String f = c.field(FieldNames.COMMITMENT); f != null; f = c.field(FieldNames.COMMITMENT)) {
            switch (f) {
                case "id" -> {
                    present |= 1;
                    id = c.coded(CommitmentId::of);
                }
                case "owner" -> {
                    present |= 2;
                    owner = c.coded(StakeholderId::of);
                }
                case "description" -> {
                    present |= 4;
                    description = c.string();
                }
                case "status" -> {
                    present |= 8;
                    status = c.code(COMMITMENT_STATUS);
                }
                case "measure" -> measure = Optional.ofNullable(c.string());
                case "made" -> made = Optional.ofNullable(c.date());
                case "due" -> due = Optional.ofNullable(c.date());
                case "evidence" -> evidence = list(c::string);
                case "progressReports" -> reports = list(c::date);
                default -> decision = Optional.ofNullable(c.coded(DecisionId::of));
            }
        }
        requiredAll(present, "id", "owner", "description", "status");
        return id != null && owner != null && description != null && status != null
                ? new Commitment(id, owner, description, measure, made, due, status, evidence, reports, decision)
                : null;
    }

    /**
     * Returns a document, or null.
     *
     * @return a document, or null
     */
    public @Nullable Document document() {
        if (!c.object()) {
            return null;
        }
        DocumentId id = null;
        DocumentKind kind = null;
        String title = null;
        LocalDate produced = null;
        int present = 0;
        Optional<LocalDate> published = Optional.empty();
        Optional<MeetingId> meeting = Optional.empty();
        Optional<String> link = Optional.empty();
        for (String f = c.field(FieldNames.DOCUMENT); f != null; f = c.field(FieldNames.DOCUMENT)) {
            switch (f) {
                case "id" -> {
                    present |= 1;
                    id = c.coded(DocumentId::of);
                }
                case "kind" -> {
                    present |= 2;
                    kind = c.code(DOCUMENT_KIND);
                }
                case "title" -> {
                    present |= 4;
                    title = c.string();
                }
                case "produced" -> {
                    present |= 8;
                    produced = c.date();
                }
                case "published" -> published = Optional.ofNullable(c.date());
                case "meeting" -> meeting = Optional.ofNullable(c.coded(MeetingId::of));
                default -> link = Optional.ofNullable(c.string());
            }
        }
        requiredAll(present, "id", "kind", "title", "produced");
        return id != null && kind != null && title != null && produced != null
                ? new Document(id, kind, title, produced, published, meeting, link)
                : null;
    }

    /**
     * Returns a funding entry, or null.
     *
     * @return a funding entry, or null
     */
    public @Nullable Funding funding() {
        if (!c.object()) {
            return null;
        }
        StakeholderId from = null;
        BigDecimal amount = null;
        Currency currency = null;
        int present = 0;
        Optional<String> purpose = Optional.empty();
        @Nullable Boolean disclosed = Boolean.TRUE;
        Optional<LocalDate> date = Optional.empty();
        for (String f = c.field(FieldNames.FUNDING); f != null; f = c.field(FieldNames.FUNDING)) {
            switch (f) {
                case "from" -> {
                    present |= 1;
                    from = c.coded(StakeholderId::of);
                }
                case "amount" -> {
                    present |= 2;
                    amount = c.decimal();
                }
                case "currency" -> {
                    present |= 4;
                    currency = c.coded(Values::currency);
                }
                case "purpose" -> purpose = Optional.ofNullable(c.string());
                case "date" -> date = Optional.ofNullable(c.date());
                default -> disclosed = c.bool();
            }
        }
        requiredAll(present, "from", "amount", "currency");
        return from != null && amount != null && currency != null && disclosed != null
                ? new Funding(from, amount, currency, purpose, disclosed, date)
                : null;
    }

    /**
     * Returns a gender from its self-description, or null.
     *
     * @return a gender from its self-description, or null
     */
    public @Nullable Gender gender() {
        return c.coded(Gender::of);
    }

    /**
     * Returns a process link, or null.
     *
     * @return a process link, or null
     */
    public @Nullable ProcessLink link() {
        if (!c.object()) {
            return null;
        }
        ProcessId target = null;
        LinkKind kind = null;
        int present = 0;
        Optional<Level> level = Optional.empty();
        Optional<String> note = Optional.empty();
        for (String f = c.field(FieldNames.LINK); f != null; f = c.field(FieldNames.LINK)) {
            switch (f) {
                case "target" -> {
                    present |= 1;
                    target = c.coded(ProcessId::of);
                }
                case "kind" -> {
                    present |= 2;
                    kind = c.code(LINK_KIND);
                }
                case "level" -> level = Optional.ofNullable(c.code(LEVEL));
                default -> note = Optional.ofNullable(c.string());
            }
        }
        requiredAll(present, "target", "kind");
        return target != null && kind != null ? new ProcessLink(target, kind, level, note) : null;
    }
}
