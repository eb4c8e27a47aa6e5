package org.msptoolkit.core.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.msptoolkit.core.internal.Checks;
import org.msptoolkit.core.taxonomy.Country;
import org.msptoolkit.core.taxonomy.Level;
import org.msptoolkit.core.taxonomy.Phase;
import org.msptoolkit.core.taxonomy.ProcessType;
import org.msptoolkit.core.taxonomy.Sector;
import org.msptoolkit.core.taxonomy.StakeholderKind;
import org.msptoolkit.core.validation.ModelValidator;
import org.msptoolkit.core.validation.ValidationReport;

/**
 * A multi-stakeholder process (MSP): a process of decision-finding, and possibly decision-making,
 * that brings together the major stakeholders of an issue in a new form of communication (Hemmati
 * et al. 2002). It holds the process's design (purpose, scope, conveners, type, phase, linkage to
 * official decision-making) and what happened in it: stakeholders, participants, meetings, inputs,
 * consultations, decisions, commitments, documents, funding and links to other processes.
 *
 * <p>Instances have value semantics and are immutable. Build them with {@link #builder(String, String)}:
 * <pre>{@code
 * MspProcess p = MspProcess.builder("csd-1998", "CSD Dialogue on Industry")
 *     .purpose("Inform CSD-6 negotiations on industry and sustainable development")
 *     .types(ProcessType.INFORMING).levels(Level.INTERNATIONAL).phase(Phase.DIALOGUE)
 *     .stakeholder(Stakeholder.of("icc", "International Chamber of Commerce", StakeholderGroup.BUSINESS_AND_INDUSTRY))
 *     .participant(Participant.of("p1", "icc", Role.DELEGATE).withGender("woman"))
 *     .build();
 * p.validate();   // every problem at once, with model paths
 * }</pre>
 * Construction checks only that nothing is {@code null}; whether references resolve, ids are unique
 * and dates are in order is checked by {@link #validate()}, which reports every problem at once.
 */
public final class MspProcess {
    private final ProcessId id;

    @NotBlank
    private final String title;

    private final String purpose;

    @Valid
    private final Scope scope;

    private final List<StakeholderId> conveners;
    private final Set<ProcessType> types;
    private final Phase phase;
    private final Optional<Period> period;
    private final OfficialLinkage linkage;
    private final List<@Valid Stakeholder> stakeholders;
    private final List<@Valid Participant> participants;
    private final List<@Valid Meeting> meetings;
    private final List<@Valid Contribution> contributions;
    private final List<@Valid Consultation> consultations;
    private final List<@Valid Decision> decisions;
    private final List<@Valid Commitment> commitments;
    private final List<@Valid Document> documents;
    private final List<@Valid Funding> funding;
    private final List<ProcessLink> links;
    private final boolean linkageRecorded;
    private final boolean fundingRecorded;

    private MspProcess(Builder b) {
        this.id = Checks.notNull(b.id, "process id");
        this.title = Checks.notNull(b.title, "process title");
        this.purpose = Checks.notNull(b.purpose, "process purpose");
        this.scope = new Scope(b.sectors, b.levels, b.countries);
        this.conveners = Checks.list(b.conveners, "conveners");
        this.types = Checks.orderedSet(b.types, "types");
        this.phase = Checks.notNull(b.phase, "process phase");
        this.period = Optional.ofNullable(b.period);
        this.linkage = Checks.notNull(b.linkage, "process linkage");
        this.stakeholders = Checks.list(b.stakeholders, "stakeholders");
        this.participants = Checks.list(b.participants, "participants");
        this.meetings = Checks.list(b.meetings, "meetings");
        this.contributions = Checks.list(b.contributions, "contributions");
        this.consultations = Checks.list(b.consultations, "consultations");
        this.decisions = Checks.list(b.decisions, "decisions");
        this.commitments = Checks.list(b.commitments, "commitments");
        this.documents = Checks.list(b.documents, "documents");
        this.funding = Checks.list(b.funding, "funding");
        this.links = Checks.list(b.links, "links");
        this.linkageRecorded = b.linkageRecorded;
        this.fundingRecorded = b.fundingRecorded || !this.funding.isEmpty();
    }

    /**
     * Starts a process with its id and title; everything else is optional.
     *
     * @param id unique id of the process, e.g. {@code "csd-1998"}
     * @param title a short title
     * @return a builder
     */
    public static Builder builder(String id, String title) {
        return new Builder(ProcessId.of(id), Checks.notNull(title, "process title"));
    }

    /**
     * Returns a builder holding all of this process's values, to make a changed copy.
     *
     * @return a builder holding all of this process's values, to make a changed copy
     */
    public Builder toBuilder() {
        Builder b = new Builder(id, title);
        b.purpose = purpose;
        b.sectors.addAll(scope.sectors());
        b.levels.addAll(scope.levels());
        b.countries.addAll(scope.countries());
        b.conveners.addAll(conveners);
        b.types.addAll(types);
        b.phase = phase;
        b.period = period.orElse(null);
        b.linkage = linkage;
        b.stakeholders.addAll(stakeholders);
        b.participants.addAll(participants);
        b.meetings.addAll(meetings);
        b.contributions.addAll(contributions);
        b.consultations.addAll(consultations);
        b.decisions.addAll(decisions);
        b.commitments.addAll(commitments);
        b.documents.addAll(documents);
        b.funding.addAll(funding);
        b.links.addAll(links);
        b.linkageRecorded = linkageRecorded;
        b.fundingRecorded = fundingRecorded;
        return b;
    }

    /**
     * Returns the process id, unique within a corpus.
     *
     * @return the process id, unique within a corpus
     */
    public ProcessId id() {
        return id;
    }

    /**
     * Returns the short title.
     *
     * @return the short title
     */
    public String title() {
        return title;
    }

    /**
     * Returns the purpose or issue the process addresses; empty string if not stated.
     *
     * @return the purpose or issue the process addresses; empty string if not stated
     */
    public String purpose() {
        return purpose;
    }

    /**
     * Returns the sectors, levels and countries the process covers.
     *
     * @return the sectors, levels and countries the process covers
     */
    public Scope scope() {
        return scope;
    }

    /**
     * Returns the stakeholders who convened (initiated) the process; each must be one of {@link #stakeholders()}.
     *
     * @return the stakeholders who convened (initiated) the process; each must be one of {@link #stakeholders()}
     */
    public List<StakeholderId> conveners() {
        return conveners;
    }

    /**
     * Returns what the process is for (informing, consensus-building, …); may hold several.
     *
     * @return what the process is for (informing, consensus-building, …); may hold several
     */
    public Set<ProcessType> types() {
        return types;
    }

    /**
     * Returns the phase of Hemmati's design framework the process is in now.
     *
     * @return the phase of Hemmati's design framework the process is in now
     */
    public Phase phase() {
        return phase;
    }

    /**
     * Returns when the process ran, if recorded.
     *
     * @return when the process ran, if recorded
     */
    public Optional<Period> period() {
        return period;
    }

    /**
     * Returns how the process is linked to official decision-making.
     *
     * @return how the process is linked to official decision-making
     */
    public OfficialLinkage linkage() {
        return linkage;
    }

    /**
     * Returns whether the linkage to official decision-making was recorded at all: {@code false} means "not
     * recorded" ({@link #linkage()} is then the default, kind {@code none}), {@code true} with kind
     * {@code none} means "recorded: not linked".
     *
     * @return whether the linkage was recorded
     * @since 0.2.0
     */
    public boolean linkageRecorded() {
        return linkageRecorded;
    }

    /**
     * Returns whether funding was recorded at all: {@code false} means "not recorded", {@code true} with no
     * {@link #funding()} entries means "recorded: the process received no money". Listing any entry records it.
     *
     * @return whether funding was recorded
     * @since 0.2.0
     */
    public boolean fundingRecorded() {
        return fundingRecorded;
    }

    /**
     * Returns the stakeholders involved.
     *
     * @return the stakeholders involved
     */
    public List<Stakeholder> stakeholders() {
        return stakeholders;
    }

    /**
     * Returns the people taking part, each for one stakeholder.
     *
     * @return the people taking part, each for one stakeholder
     */
    public List<Participant> participants() {
        return participants;
    }

    /**
     * Returns the meetings, in the order recorded.
     *
     * @return the meetings, in the order recorded
     */
    public List<Meeting> meetings() {
        return meetings;
    }

    /**
     * Returns inputs stakeholders brought into the process.
     *
     * @return inputs stakeholders brought into the process
     */
    public List<Contribution> contributions() {
        return contributions;
    }

    /**
     * Returns written consultations held.
     *
     * @return written consultations held
     */
    public List<Consultation> consultations() {
        return consultations;
    }

    /**
     * Returns decisions taken.
     *
     * @return decisions taken
     */
    public List<Decision> decisions() {
        return decisions;
    }

    /**
     * Returns commitments made.
     *
     * @return commitments made
     */
    public List<Commitment> commitments() {
        return commitments;
    }

    /**
     * Returns documents produced.
     *
     * @return documents produced
     */
    public List<Document> documents() {
        return documents;
    }

    /**
     * Returns money given to the process.
     *
     * @return money given to the process
     */
    public List<Funding> funding() {
        return funding;
    }

    /**
     * Returns links to other processes, possibly at other levels.
     *
     * @return links to other processes, possibly at other levels
     */
    public List<ProcessLink> links() {
        return links;
    }

    /**
     * Finds a stakeholder of this process.
     *
     * @param stakeholderId the id
     * @return the first stakeholder with that id, or empty
     */
    public Optional<Stakeholder> stakeholder(StakeholderId stakeholderId) {
        return stakeholders.stream().filter(s -> s.id().equals(stakeholderId)).findFirst();
    }

    /**
     * Finds a participant of this process.
     *
     * @param participantId the id
     * @return the first participant with that id, or empty
     */
    public Optional<Participant> participant(ParticipantId participantId) {
        return participants.stream().filter(p -> p.id().equals(participantId)).findFirst();
    }

    /**
     * The stakeholders by id (the first one wins when ids repeat, which validation reports).
     *
     * @return an unmodifiable map in the order of {@link #stakeholders()}
     */
    public Map<StakeholderId, Stakeholder> stakeholdersById() {
        return index(stakeholders, Stakeholder::id);
    }

    /**
     * The participants by id (the first one wins when ids repeat, which validation reports).
     *
     * @return an unmodifiable map in the order of {@link #participants()}
     */
    public Map<ParticipantId, Participant> participantsById() {
        return index(participants, Participant::id);
    }

    private static <K, V> Map<K, V> index(List<V> values, Function<V, K> key) {
        return java.util.Collections.unmodifiableMap(values.stream()
                .collect(Collectors.toMap(key, Function.identity(), (a, b) -> a, java.util.LinkedHashMap::new)));
    }

    /**
     * The latest day on which something is recorded to have happened in this process: a meeting, a
     * decision or its publication, a document produced or published, a consultation closing, a commitment
     * made, a progress report, a contribution, dated funding, a participant's period starting or ending.
     *
     * @return the day, or empty when none of these is recorded
     */
    public Optional<LocalDate> lastActivity() {
        // plain loops: evaluations and compliance checks ask for this on every process of a corpus
        @Nullable LocalDate last = null;
        for (Meeting m : meetings) {
            last = later(last, m.date());
        }
        for (Decision d : decisions) {
            last = later(last, d.date());
            last = later(last, d.published().orElse(null));
        }
        for (Document d : documents) {
            last = later(last, d.produced());
            last = later(last, d.published().orElse(null));
        }
        for (Consultation c : consultations) {
            last = later(last, c.closes());
        }
        for (Commitment c : commitments) {
            last = later(last, c.made().orElse(null));
            for (LocalDate r : c.progressReports()) {
                last = later(last, r);
            }
        }
        for (Contribution c : contributions) {
            last = later(last, c.date());
        }
        for (Funding f : funding) {
            last = later(last, f.date().orElse(null));
        }
        for (Participant x : participants) {
            last = later(last, x.period().map(Period::start).orElse(null));
            last = later(last, x.period().flatMap(Period::end).orElse(null));
        }
        return Optional.ofNullable(last);
    }

    private static @Nullable LocalDate later(@Nullable LocalDate known, @Nullable LocalDate day) {
        if (day == null) {
            return known;
        }
        return known == null || day.isAfter(known) ? day : known;
    }

    /**
     * The day this process is assessed "as of" when no day is given — which deadlines have passed, which
     * commitments are overdue, which reports were due: the end of its period if recorded, else its
     * {@link #lastActivity()}, else the start of its period. Compliance checks and evaluations use it so
     * that the same file always gives the same result, whatever today's date.
     *
     * @return the day, or empty when the process records no dates at all
     */
    public Optional<LocalDate> referenceDay() {
        Optional<LocalDate> end = period.flatMap(Period::end);
        if (end.isPresent()) {
            return end;
        }
        Optional<LocalDate> last = lastActivity();
        return last.isPresent() ? last : period.map(Period::start);
    }

    /**
     * This process as it was known on {@code day}: what is dated after that day is left out, so that an
     * evaluation or a compliance check "as of" a day never counts what had not happened yet. Left out: meetings,
     * decisions, documents, contributions, consultations (by opening day), commitments (by the day made),
     * progress reports and dated funding after the day, and participants whose period starts after it
     * (with their attendance and speaking turns). Publication days after the day become "not published";
     * periods (the process's, participants') ending after it become open; references to what was left out
     * (a document's meeting, a commitment's decision, …) are dropped. Undated records stay. Commitments due
     * after the day stay, not yet due.
     *
     * <p>Idempotent: {@code p.asOf(d).asOf(d)} equals {@code p.asOf(d)}; returns this very process when nothing
     * is dated after the day.
     *
     * @param day the day the process is seen as of
     * @return the process as known on that day
     * @since 0.2.0
     */
    public MspProcess asOf(LocalDate day) {
        return org.msptoolkit.core.internal.AsOf.truncate(this, Checks.notNull(day, "as-of day"));
    }

    /**
     * Validates this process: constraints on every value, references that must resolve (participant to
     * stakeholder, attendance to participant, commitment to stakeholder, …), unique ids and dates in
     * order. Never throws for invalid data; every problem is in the report.
     *
     * @return the report, empty when the process is valid
     */
    public ValidationReport validate() {
        return ModelValidator.standard().validate(this);
    }

    /**
     * This process without personal data: every {@link PersonalData} component of participants (name and
     * gender) is removed, and the name of each stakeholder of kind {@code INDIVIDUAL} (a natural person)
     * is replaced by {@code "individual <id>"}.
     *
     * @return an anonymised copy
     */
    public MspProcess withoutPersonalData() {
        Builder b = toBuilder();
        b.clearParticipants();
        participants.forEach(p -> b.participants.add(p.withoutPersonalData()));
        b.clearStakeholders();
        stakeholders.forEach(s -> b.stakeholders.add(
                s.kind() == StakeholderKind.INDIVIDUAL
                        ? s.toBuilder().name("individual " + s.id()).build()
                        : s));
        return b.build();
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof MspProcess p)) {
            return false;
        }
        return id.equals(p.id)
                && title.equals(p.title)
                && purpose.equals(p.purpose)
                && scope.equals(p.scope)
                && conveners.equals(p.conveners)
                && types.equals(p.types)
                && phase == p.phase
                && period.equals(p.period)
                && linkage.equals(p.linkage)
                && stakeholders.equals(p.stakeholders)
                && participants.equals(p.participants)
                && meetings.equals(p.meetings)
                && contributions.equals(p.contributions)
                && consultations.equals(p.consultations)
                && decisions.equals(p.decisions)
                && commitments.equals(p.commitments)
                && documents.equals(p.documents)
                && funding.equals(p.funding)
                && links.equals(p.links)
                && linkageRecorded == p.linkageRecorded
                && fundingRecorded == p.fundingRecorded;
    }

    @Override
    public int hashCode() {
        return Objects.hash(
                id,
                title,
                purpose,
                scope,
                conveners,
                types,
                phase,
                period,
                linkage,
                stakeholders,
                participants,
                meetings,
                contributions,
                consultations,
                decisions,
                commitments,
                documents,
                funding,
                links,
                linkageRecorded,
                fundingRecorded);
    }

    /**
     * A short, readable summary: id, title, type, levels, phase and how much was recorded.
     */
    @Override
    public String toString() {
        long groups = stakeholders.stream().map(Stakeholder::group).distinct().count();
        return "MspProcess " + id + " \"" + title + "\"\n"
                + "  type " + types.stream().map(ProcessType::code).toList() + ", levels "
                + scope.levels().stream().map(Level::code).toList() + ", phase " + phase.code()
                + period.map(p -> ", " + p).orElse("") + ", linkage "
                + (linkageRecorded ? linkage.toString() : "not recorded") + "\n"
                + "  " + count(stakeholders.size(), "stakeholder") + " in " + count((int) groups, "group") + ", "
                + count(participants.size(), "participant") + ", " + count(meetings.size(), "meeting") + ", "
                + count(decisions.size(), "decision") + ", " + count(commitments.size(), "commitment") + ", "
                + count(documents.size(), "document") + ", " + count(funding.size(), "funding entry") + ", "
                + count(links.size(), "link");
    }

    private static String count(int n, String noun) {
        String plural = noun.endsWith("y") ? noun.substring(0, noun.length() - 1) + "ies" : noun + "s";
        return n + " " + (n == 1 ? noun : plural);
    }

    /**
     * Collects the values of a process. Following the convention of every builder of msp-toolkit, methods
     * taking several values (varargs or a list) <em>add</em> them after those already held; methods taking one
     * value ({@link #purpose(String)}, {@link #phase(Phase)}, {@link #scope(Scope)}, …) set it. To replace a
     * list in a copy, clear it first ({@link #clearMeetings()}, …). Not thread-safe; may be reused, each
     * {@link #build()} returns a new immutable process.
     */
    public static final class Builder {
        private final ProcessId id;
        private String title;
        private String purpose = "";
        private final Set<Sector> sectors = new LinkedHashSet<>();
        private final Set<Level> levels = new LinkedHashSet<>();
        private final Set<Country> countries = new LinkedHashSet<>();
        private final List<StakeholderId> conveners = new ArrayList<>();
        private final Set<ProcessType> types = new LinkedHashSet<>();
        private Phase phase = Phase.CONTEXT;
        private @Nullable Period period;
        private OfficialLinkage linkage = OfficialLinkage.none();
        private final List<Stakeholder> stakeholders = new ArrayList<>();
        private final List<Participant> participants = new ArrayList<>();
        private final List<Meeting> meetings = new ArrayList<>();
        private final List<Contribution> contributions = new ArrayList<>();
        private final List<Consultation> consultations = new ArrayList<>();
        private final List<Decision> decisions = new ArrayList<>();
        private final List<Commitment> commitments = new ArrayList<>();
        private final List<Document> documents = new ArrayList<>();
        private final List<Funding> funding = new ArrayList<>();
        private final List<ProcessLink> links = new ArrayList<>();
        private boolean linkageRecorded;
        private boolean fundingRecorded;

        private Builder(ProcessId id, String title) {
            this.id = id;
            this.title = title;
        }

        /**
         * Returns this builder.
         *
         * @param value the short title
         * @return this builder
         * @since 0.2.0
         */
        public Builder title(String value) {
            this.title = Checks.notNull(value, "process title");
            return this;
        }

        /**
         * Returns this builder.
         *
         * @param value the purpose or issue
         * @return this builder
         */
        public Builder purpose(String value) {
            this.purpose = Checks.notNull(value, "purpose");
            return this;
        }

        /**
         * Returns this builder.
         *
         * @param value sectors to add
         * @return this builder
         */
        public Builder sectors(Sector... value) {
            sectors.addAll(Checks.list(Arrays.asList(value), "sectors"));
            return this;
        }

        /**
         * Returns this builder.
         *
         * @param value levels to add
         * @return this builder
         */
        public Builder levels(Level... value) {
            levels.addAll(Checks.list(Arrays.asList(value), "levels"));
            return this;
        }

        /**
         * Returns this builder.
         *
         * @param codes ISO 3166-1 alpha-2 country codes to add
         * @return this builder
         */
        public Builder countries(String... codes) {
            Checks.list(Arrays.asList(codes), "countries").forEach(c -> countries.add(Country.of(c)));
            return this;
        }

        /**
         * Returns this builder.
         *
         * @param value the whole scope, replacing sectors, levels and countries
         * @return this builder
         */
        public Builder scope(Scope value) {
            Checks.notNull(value, "scope");
            sectors.clear();
            sectors.addAll(value.sectors());
            levels.clear();
            levels.addAll(value.levels());
            countries.clear();
            countries.addAll(value.countries());
            return this;
        }

        /**
         * Returns this builder.
         *
         * @param stakeholderIds ids of convening stakeholders to add
         * @return this builder
         */
        public Builder conveners(String... stakeholderIds) {
            Checks.list(Arrays.asList(stakeholderIds), "conveners").forEach(c -> conveners.add(StakeholderId.of(c)));
            return this;
        }

        /**
         * Returns this builder.
         *
         * @param value ids of convening stakeholders to add
         * @return this builder
         */
        public Builder conveners(List<StakeholderId> value) {
            conveners.addAll(Checks.list(value, "conveners"));
            return this;
        }

        /**
         * Returns this builder.
         *
         * @param value process types to add
         * @return this builder
         */
        public Builder types(ProcessType... value) {
            types.addAll(Checks.list(Arrays.asList(value), "types"));
            return this;
        }

        /**
         * Returns this builder.
         *
         * @param value current phase (default {@code CONTEXT})
         * @return this builder
         */
        public Builder phase(Phase value) {
            this.phase = Checks.notNull(value, "phase");
            return this;
        }

        /**
         * Returns this builder.
         *
         * @param value when the process ran
         * @return this builder
         */
        public Builder period(Period value) {
            this.period = Checks.notNull(value, "period");
            return this;
        }

        /**
         * Returns this builder.
         *
         * @param start ISO date
         * @param end ISO date
         * @return this builder
         */
        public Builder period(String start, String end) {
            return period(Period.of(start, end));
        }

        /**
         * Returns this builder.
         *
         * @param value linkage to official decision-making (default none)
         * @return this builder
         */
        public Builder linkage(OfficialLinkage value) {
            this.linkage = Checks.notNull(value, "linkage");
            this.linkageRecorded = true;
            return this;
        }

        /**
         * Sets whether the linkage was recorded; {@link #linkage(OfficialLinkage)} records it.
         *
         * @param value {@code false} for "not recorded" (resets the linkage to kind {@code none})
         * @return this builder
         * @since 0.2.0
         */
        public Builder linkageRecorded(boolean value) {
            this.linkageRecorded = value;
            if (!value) {
                this.linkage = OfficialLinkage.none();
            }
            return this;
        }

        /**
         * Sets whether funding was recorded; adding funding entries, even none, records it.
         *
         * @param value {@code false} for "not recorded" (removes the entries held)
         * @return this builder
         * @since 0.2.0
         */
        public Builder fundingRecorded(boolean value) {
            this.fundingRecorded = value;
            if (!value) {
                funding.clear();
            }
            return this;
        }

        /**
         * Returns this builder.
         *
         * @param value stakeholders to add
         * @return this builder
         */
        public Builder stakeholder(Stakeholder... value) {
            stakeholders.addAll(Checks.list(Arrays.asList(value), "stakeholders"));
            return this;
        }

        /**
         * Returns this builder.
         *
         * @param value participants to add
         * @return this builder
         */
        public Builder participant(Participant... value) {
            participants.addAll(Checks.list(Arrays.asList(value), "participants"));
            return this;
        }

        /**
         * Returns this builder.
         *
         * @param value meetings to add
         * @return this builder
         */
        public Builder meeting(Meeting... value) {
            meetings.addAll(Checks.list(Arrays.asList(value), "meetings"));
            return this;
        }

        /**
         * Returns this builder.
         *
         * @param value contributions to add
         * @return this builder
         */
        public Builder contribution(Contribution... value) {
            contributions.addAll(Checks.list(Arrays.asList(value), "contributions"));
            return this;
        }

        /**
         * Returns this builder.
         *
         * @param value consultations to add
         * @return this builder
         */
        public Builder consultation(Consultation... value) {
            consultations.addAll(Checks.list(Arrays.asList(value), "consultations"));
            return this;
        }

        /**
         * Returns this builder.
         *
         * @param value decisions to add
         * @return this builder
         */
        public Builder decision(Decision... value) {
            decisions.addAll(Checks.list(Arrays.asList(value), "decisions"));
            return this;
        }

        /**
         * Returns this builder.
         *
         * @param value commitments to add
         * @return this builder
         */
        public Builder commitment(Commitment... value) {
            commitments.addAll(Checks.list(Arrays.asList(value), "commitments"));
            return this;
        }

        /**
         * Returns this builder.
         *
         * @param value documents to add
         * @return this builder
         */
        public Builder document(Document... value) {
            documents.addAll(Checks.list(Arrays.asList(value), "documents"));
            return this;
        }

        /**
         * Returns this builder.
         *
         * @param value funding entries to add
         * @return this builder
         */
        public Builder funding(Funding... value) {
            funding.addAll(Checks.list(Arrays.asList(value), "funding"));
            fundingRecorded = true;
            return this;
        }

        /**
         * Returns this builder.
         *
         * @param value links to add
         * @return this builder
         */
        public Builder link(ProcessLink... value) {
            links.addAll(Checks.list(Arrays.asList(value), "links"));
            return this;
        }

        /**
         * Returns this builder.
         *
         * @param value stakeholders to add, after those already held
         * @return this builder
         */
        public Builder stakeholders(List<Stakeholder> value) {
            stakeholders.addAll(Checks.list(value, "stakeholders"));
            return this;
        }

        /**
         * Removes every stakeholder held so far, e.g. to replace them in a copy made with {@link MspProcess#toBuilder()}.
         *
         * @return this builder
         * @since 0.2.0
         */
        public Builder clearStakeholders() {
            stakeholders.clear();
            return this;
        }

        /**
         * Returns this builder.
         *
         * @param value participants to add, after those already held
         * @return this builder
         */
        public Builder participants(List<Participant> value) {
            participants.addAll(Checks.list(value, "participants"));
            return this;
        }

        /**
         * Removes every participant held so far, e.g. to replace them in a copy made with {@link MspProcess#toBuilder()}.
         *
         * @return this builder
         * @since 0.2.0
         */
        public Builder clearParticipants() {
            participants.clear();
            return this;
        }

        /**
         * Returns this builder.
         *
         * @param value meetings to add, after those already held
         * @return this builder
         */
        public Builder meetings(List<Meeting> value) {
            meetings.addAll(Checks.list(value, "meetings"));
            return this;
        }

        /**
         * Removes every meeting held so far, e.g. to replace them in a copy made with {@link MspProcess#toBuilder()}.
         *
         * @return this builder
         * @since 0.2.0
         */
        public Builder clearMeetings() {
            meetings.clear();
            return this;
        }

        /**
         * Returns this builder.
         *
         * @param value contributions to add, after those already held
         * @return this builder
         */
        public Builder contributions(List<Contribution> value) {
            contributions.addAll(Checks.list(value, "contributions"));
            return this;
        }

        /**
         * Removes every contribution held so far, e.g. to replace them in a copy made with {@link MspProcess#toBuilder()}.
         *
         * @return this builder
         * @since 0.2.0
         */
        public Builder clearContributions() {
            contributions.clear();
            return this;
        }

        /**
         * Returns this builder.
         *
         * @param value consultations to add, after those already held
         * @return this builder
         */
        public Builder consultations(List<Consultation> value) {
            consultations.addAll(Checks.list(value, "consultations"));
            return this;
        }

        /**
         * Removes every consultation held so far, e.g. to replace them in a copy made with {@link MspProcess#toBuilder()}.
         *
         * @return this builder
         * @since 0.2.0
         */
        public Builder clearConsultations() {
            consultations.clear();
            return this;
        }

        /**
         * Returns this builder.
         *
         * @param value decisions to add, after those already held
         * @return this builder
         */
        public Builder decisions(List<Decision> value) {
            decisions.addAll(Checks.list(value, "decisions"));
            return this;
        }

        /**
         * Removes every decision held so far, e.g. to replace them in a copy made with {@link MspProcess#toBuilder()}.
         *
         * @return this builder
         * @since 0.2.0
         */
        public Builder clearDecisions() {
            decisions.clear();
            return this;
        }

        /**
         * Returns this builder.
         *
         * @param value commitments to add, after those already held
         * @return this builder
         */
        public Builder commitments(List<Commitment> value) {
            commitments.addAll(Checks.list(value, "commitments"));
            return this;
        }

        /**
         * Removes every commitment held so far, e.g. to replace them in a copy made with {@link MspProcess#toBuilder()}.
         *
         * @return this builder
         * @since 0.2.0
         */
        public Builder clearCommitments() {
            commitments.clear();
            return this;
        }

        /**
         * Returns this builder.
         *
         * @param value documents to add, after those already held
         * @return this builder
         */
        public Builder documents(List<Document> value) {
            documents.addAll(Checks.list(value, "documents"));
            return this;
        }

        /**
         * Removes every document held so far, e.g. to replace them in a copy made with {@link MspProcess#toBuilder()}.
         *
         * @return this builder
         * @since 0.2.0
         */
        public Builder clearDocuments() {
            documents.clear();
            return this;
        }

        /**
         * Returns this builder.
         *
         * @param value funding entries to add, after those already held
         * @return this builder
         */
        public Builder fundings(List<Funding> value) {
            funding.addAll(Checks.list(value, "funding"));
            fundingRecorded = true;
            return this;
        }

        /**
         * Removes every funding entry held so far, e.g. to replace them in a copy made with {@link MspProcess#toBuilder()};
         * funding is then not recorded until entries (even none) are added again.
         *
         * @return this builder
         * @since 0.2.0
         */
        public Builder clearFunding() {
            funding.clear();
            fundingRecorded = false;
            return this;
        }

        /**
         * Returns this builder.
         *
         * @param value links to add, after those already held
         * @return this builder
         */
        public Builder links(List<ProcessLink> value) {
            links.addAll(Checks.list(value, "links"));
            return this;
        }

        /**
         * Removes every link held so far, e.g. to replace them in a copy made with {@link MspProcess#toBuilder()}.
         *
         * @return this builder
         * @since 0.2.0
         */
        public Builder clearLinks() {
            links.clear();
            return this;
        }

        /**
         * Builds the process. Does not validate: call {@link MspProcess#validate()} for that.
         *
         * @return a new immutable process
         */
        public MspProcess build() {
            return new MspProcess(this);
        }
    }
}
