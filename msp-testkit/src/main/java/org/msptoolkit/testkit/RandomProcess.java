package org.msptoolkit.testkit;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
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

/**
 * One run of {@link ProcessGenerator}: draws a whole valid process from one random source. Every
 * list is built so that its references resolve, its ids are unique and its dates are in order.
 * Sets are built in insertion order so that equal seeds give equal processes on every JVM.
 */
final class RandomProcess {
    /** The odds (one in this many) of each edge shape. */
    private static final int EDGE_ODDS = 10;
    /** Every stakeholder kind, in declaration order: the first stakeholders of a covering process take one each. */
    private static final List<StakeholderKind> KINDS = List.of(StakeholderKind.values());

    private final SplittableRandom rnd;
    private final Dimensions size;
    private final boolean coverAll;
    private final LocalDate start;
    private final LocalDate end;
    private final List<Stakeholder> stakeholders = new ArrayList<>();
    private final List<Participant> participants = new ArrayList<>();
    private final List<Meeting> meetings = new ArrayList<>();
    private final List<Consultation> consultations = new ArrayList<>();
    private final List<Decision> decisions = new ArrayList<>();

    private RandomProcess(long seed, Dimensions size) {
        this.rnd = new SplittableRandom(seed);
        this.size = size;
        this.coverAll = size.coverAll();
        this.start = LocalDate.of(1992, 6, 1).plusDays(rnd.nextInt(11_000));
        this.end = start.plusDays(60 + rnd.nextInt(3_000));
    }

    static MspProcess generate(long seed, ProcessSize size) {
        return new RandomProcess(seed, Dimensions.of(size)).build();
    }

    static MspProcess generate(long seed, Dimensions dimensions) {
        return new RandomProcess(seed, dimensions).build();
    }

    /**
     * The ranges one run draws its list lengths from (both ends included). A {@link ProcessSize} gives
     * ranges; a corpus shape gives exact counts (equal ends) and turns the edge shapes off.
     */
    record Dimensions(
            int minStakeholders,
            int maxStakeholders,
            int minParticipants,
            int maxParticipants,
            int minMeetings,
            int maxMeetings,
            int maxAttendance,
            int maxTurns,
            int listScale,
            int minContributions,
            int maxContributions,
            int minDecisions,
            int maxDecisions,
            int minCommitments,
            int maxCommitments,
            int minDocuments,
            int maxDocuments,
            boolean coverAll,
            boolean edgeShapes) {

        static Dimensions of(ProcessSize size) {
            int scale = size.listScale();
            int min = size == ProcessSize.TINY ? 0 : Math.max(4, scale / 5);
            return new Dimensions(
                    size.minStakeholders(),
                    size.maxStakeholders(),
                    size.minParticipants(),
                    size.maxParticipants(),
                    size.minMeetings(),
                    size.maxMeetings(),
                    size.maxAttendance(),
                    200,
                    scale,
                    min,
                    scale,
                    min,
                    scale,
                    min,
                    scale,
                    min,
                    scale,
                    size != ProcessSize.TINY,
                    true);
        }
    }

    private MspProcess build() {
        String id = "msp-" + Long.toHexString(rnd.nextLong() >>> 16);
        MspProcess.Builder b = MspProcess.builder(id, pick(Vocabulary.TOPICS) + " " + pick(Vocabulary.FORMATS));
        b.purpose(rnd.nextInt(5) == 0 ? "" : "To " + pick(Vocabulary.PURPOSES));
        b.scope(new Scope(sectors(1 + rnd.nextInt(4)), levels(), countries(rnd.nextInt(6))));
        Set<ProcessType> types = new LinkedHashSet<>();
        int typeCount = 1 + rnd.nextInt(3);
        for (int i = 0; i < typeCount; i++) {
            types.add(pick(ProcessType.values()));
        }
        b.types(types.toArray(ProcessType[]::new));
        b.phase(pick(Phase.values()));
        int periodShape = rnd.nextInt(20);
        if (periodShape < 14) {
            b.period(Period.of(start, end));
        } else if (periodShape < 17) {
            b.period(Period.from(start));
        }
        b.linkage(linkage());

        boolean singleGroup = rnd.nextInt(EDGE_ODDS) == 0 && size.edgeShapes();
        boolean noMeetings = rnd.nextInt(EDGE_ODDS) == 0 && size.edgeShapes();
        boolean emptyAttendance = rnd.nextInt(EDGE_ODDS) == 0 && size.edgeShapes();
        boolean noDocuments = rnd.nextInt(EDGE_ODDS) == 0 && size.edgeShapes();

        stakeholders(singleGroup);
        b.stakeholders(stakeholders);
        b.conveners(conveners());
        participants();
        b.participants(participants);
        if (!noMeetings) {
            meetings(emptyAttendance);
        }
        b.meetings(meetings);
        consultations();
        b.consultations(consultations);
        b.contributions(contributions());
        decisions();
        b.decisions(decisions);
        b.commitments(commitments());
        b.documents(noDocuments ? List.of() : documents());
        b.fundings(funding());
        b.links(links(id));
        return b.build();
    }

    // ---- design -------------------------------------------------------------------------------

    private OfficialLinkage linkage() {
        LinkageKind kind = pick(LinkageKind.values());
        Optional<String> body = kind == LinkageKind.NONE ? Optional.empty() : Optional.of(pick(Vocabulary.BODIES));
        Optional<String> description = rnd.nextBoolean()
                ? Optional.empty()
                : Optional.of("Outcomes are " + kind.code() + " through a report to the body");
        return new OfficialLinkage(kind, body, description);
    }

    private Set<Sector> sectors(int count) {
        Set<Sector> out = new LinkedHashSet<>();
        for (int i = 0; i < count; i++) {
            if (rnd.nextInt(3) == 0) {
                String[] free = pick(Vocabulary.FREE_SECTORS);
                out.add(Sector.of(free[0], free[1]));
            } else {
                out.add(Sector.sdg(1 + rnd.nextInt(17)));
            }
        }
        return out;
    }

    private Set<Level> levels() {
        Set<Level> out = new LinkedHashSet<>();
        for (Level l : Level.values()) {
            if (rnd.nextInt(3) == 0) {
                out.add(l);
            }
        }
        if (out.isEmpty()) {
            out.add(pick(Level.values()));
        }
        return out;
    }

    private Set<Country> countries(int count) {
        Set<Country> out = new LinkedHashSet<>();
        for (int i = 0; i < count; i++) {
            out.add(Country.of(pick(Vocabulary.COUNTRIES)));
        }
        return out;
    }

    // ---- people -------------------------------------------------------------------------------

    private void stakeholders(boolean singleGroup) {
        List<StakeholderGroup> groups = new ArrayList<>(StakeholderGroup.builtIn());
        for (String[] custom : Vocabulary.CUSTOM_GROUPS) {
            groups.add(StakeholderGroup.of(custom[0], custom[1]));
        }
        StakeholderGroup only = pick(groups);
        int n = between(size.minStakeholders(), size.maxStakeholders());
        for (int i = 0; i < n; i++) {
            StakeholderGroup group = singleGroup
                    ? only
                    : coverAll && i < groups.size() ? groups.get(i) : groups.get(rnd.nextInt(groups.size()));
            Stakeholder base = Stakeholder.of(
                    "s" + (i + 1), pick(Vocabulary.ORG_WORDS) + " " + group.label() + " Network " + (i + 1), group);
            StakeholderKind kind = coverAll && i < KINDS.size() ? KINDS.get(i) : pick(KINDS);
            Optional<Long> constituency =
                    rnd.nextInt(3) == 0 ? Optional.empty() : Optional.of(1L + rnd.nextLong(200_000_000L));
            boolean publicAuthority = rnd.nextInt(20) == 0 ? !base.publicAuthority() : base.publicAuthority();
            Stakeholder.Builder sb = base.toBuilder()
                    .kind(kind)
                    .sectors(sectors(rnd.nextInt(4)))
                    .levels(levels())
                    .countries(countries(rnd.nextInt(3)))
                    .publicAuthority(publicAuthority);
            constituency.ifPresent(sb::constituencySize);
            stakeholders.add(sb.build());
        }
    }

    private List<StakeholderId> conveners() {
        Set<StakeholderId> out = new LinkedHashSet<>();
        int n = Math.min(stakeholders.size(), rnd.nextInt(4));
        for (int i = 0; i < n; i++) {
            out.add(pick(stakeholders).id());
        }
        return List.copyOf(out);
    }

    private void participants() {
        int n = between(size.minParticipants(), size.maxParticipants());
        Role[] roles = Role.values();
        for (int i = 0; i < n; i++) {
            Role role = coverAll && i < roles.length ? roles[i] : weightedRole();
            Optional<String> name = rnd.nextInt(4) == 0
                    ? Optional.empty()
                    : Optional.of(pick(Vocabulary.GIVEN_NAMES) + " " + pick(Vocabulary.FAMILY_NAMES));
            Optional<Gender> gender =
                    rnd.nextInt(10) < 3 ? Optional.empty() : Optional.of(Gender.of(pick(Vocabulary.GENDERS)));
            Optional<Period> period = Optional.empty();
            int shape = rnd.nextInt(4);
            if (shape == 0) {
                LocalDate from = day();
                period = Optional.of(Period.of(from, from.plusDays(rnd.nextInt(900))));
            } else if (shape == 1) {
                period = Optional.of(Period.from(day()));
            }
            participants.add(new Participant(
                    ParticipantId.of("p" + (i + 1)), pick(stakeholders).id(), role, name, gender, period));
        }
    }

    private Role weightedRole() {
        int r = rnd.nextInt(20);
        if (r < 12) {
            return Role.DELEGATE;
        }
        if (r < 15) {
            return Role.OBSERVER;
        }
        return pick(Role.values());
    }

    // ---- meetings -----------------------------------------------------------------------------

    private void meetings(boolean emptyAttendance) {
        int n = between(size.minMeetings(), size.maxMeetings());
        List<LocalDate> dates = sortedDays(n);
        int nobody = emptyAttendance && n > 0 ? rnd.nextInt(n) : -1;
        for (int i = 0; i < n; i++) {
            LocalDate date = dates.get(i);
            Optional<String> title = rnd.nextInt(4) == 0
                    ? Optional.empty()
                    : Optional.of(pick(Vocabulary.MEETING_TITLES) + " " + (i + 1));
            Optional<LocalDate> notice =
                    rnd.nextInt(3) == 0 ? Optional.empty() : Optional.of(date.minusDays(rnd.nextInt(60)));
            Optional<List<ParticipantId>> attendance;
            if (i == nobody) {
                attendance = Optional.of(List.of());
            } else if (rnd.nextInt(4) == 0) {
                attendance = Optional.empty();
            } else {
                int k = Math.min(size.maxAttendance(), rnd.nextInt(participants.size() + 1));
                attendance = Optional.of(
                        sample(participants, k).stream().map(Participant::id).toList());
            }
            List<AgendaItem> agenda = new ArrayList<>();
            int items = rnd.nextInt(6);
            for (int j = 0; j < items; j++) {
                String t = pick(Vocabulary.AGENDA_ITEMS);
                agenda.add(
                        rnd.nextInt(5) < 3
                                ? new AgendaItem(
                                        t, Optional.of(pick(stakeholders).id()))
                                : new AgendaItem(t, Optional.empty()));
            }
            Optional<List<SpeakingTurn>> turns = Optional.empty();
            List<ParticipantId> speakers = attendance.orElseGet(
                    () -> participants.stream().map(Participant::id).toList());
            if (rnd.nextBoolean() && (attendance.isEmpty() || !speakers.isEmpty())) {
                List<SpeakingTurn> list = new ArrayList<>();
                int count = speakers.isEmpty() ? 0 : rnd.nextInt(Math.min(size.maxTurns(), 3 * speakers.size()) + 1);
                for (int j = 0; j < count; j++) {
                    Optional<Duration> d =
                            rnd.nextBoolean() ? Optional.empty() : Optional.of(Duration.ofSeconds(rnd.nextInt(900)));
                    list.add(new SpeakingTurn(pick(speakers), d));
                }
                turns = Optional.of(list);
            }
            meetings.add(new Meeting(MeetingId.of("m" + (i + 1)), date, title, notice, attendance, agenda, turns));
        }
    }

    // ---- inputs -------------------------------------------------------------------------------

    private void consultations() {
        int n = rnd.nextInt(Math.max(2, size.listScale() / 20 + 2));
        for (int i = 0; i < n; i++) {
            LocalDate opens = day();
            int days = rnd.nextBoolean() ? 56 : rnd.nextInt(120);
            consultations.add(new Consultation(
                    ConsultationId.of("c" + (i + 1)), pick(Vocabulary.TOPICS), opens, opens.plusDays(days)));
        }
    }

    private List<Contribution> contributions() {
        List<Contribution> out = new ArrayList<>();
        int n = between(size.minContributions(), size.maxContributions());
        ContributionKind[] kinds = ContributionKind.values();
        for (int i = 0; i < n; i++) {
            ContributionKind kind = coverAll && i < kinds.length ? kinds[i] : pick(kinds);
            Optional<MeetingId> meeting = !meetings.isEmpty() && rnd.nextBoolean()
                    ? Optional.of(pick(meetings).id())
                    : Optional.empty();
            Optional<ConsultationId> consultation = !consultations.isEmpty() && rnd.nextInt(3) == 0
                    ? Optional.of(pick(consultations).id())
                    : Optional.empty();
            out.add(new Contribution(
                    ContributionId.of("in" + (i + 1)),
                    pick(stakeholders).id(),
                    kind,
                    kind.code().replace('-', ' ') + " on " + pick(Vocabulary.AGENDA_ITEMS),
                    day(),
                    meeting,
                    consultation));
        }
        return out;
    }

    // ---- outputs ------------------------------------------------------------------------------

    private void decisions() {
        int n = between(size.minDecisions(), size.maxDecisions());
        DecisionMethod[] methods = DecisionMethod.values();
        for (int i = 0; i < n; i++) {
            DecisionMethod method = coverAll && i < methods.length ? methods[i] : pick(methods);
            Optional<MeetingId> meeting = Optional.empty();
            LocalDate date = day();
            if (!meetings.isEmpty() && rnd.nextInt(3) > 0) {
                Meeting m = pick(meetings);
                meeting = Optional.of(m.id());
                date = m.date();
            }
            Optional<Tally> tally =
                    method == DecisionMethod.VOTE ? Optional.of(tally(coverAll && i < 8)) : Optional.empty();
            List<Objection> objections = new ArrayList<>();
            int k = method == DecisionMethod.UNANIMITY ? 0 : rnd.nextInt(4);
            for (int j = 0; j < k; j++) {
                Optional<String> reason = rnd.nextBoolean()
                        ? Optional.empty()
                        : Optional.of("Concerns about "
                                + pick(Vocabulary.AGENDA_ITEMS).toLowerCase(java.util.Locale.ROOT));
                objections.add(new Objection(
                        pick(stakeholders).id(), reason, method != DecisionMethod.CONSENSUS && rnd.nextBoolean()));
            }
            Optional<LocalDate> published =
                    rnd.nextInt(3) == 0 ? Optional.empty() : Optional.of(date.plusDays(rnd.nextInt(90)));
            decisions.add(new Decision(
                    DecisionId.of("d" + (i + 1)),
                    date,
                    pick(Vocabulary.DECISION_SUBJECTS),
                    method,
                    meeting,
                    tally,
                    objections,
                    published,
                    // recorded, nobody objected, on every other decision (no draw: the random stream stays as it was)
                    i % 2 == 0));
        }
    }

    private Tally tally(boolean withChambers) {
        Map<String, Long> options = new LinkedHashMap<>();
        Map<String, Map<String, Long>> chambers = new LinkedHashMap<>();
        String[] names = {"for", "against", "abstain"};
        for (String o : names) {
            options.put(o, 0L);
        }
        if (withChambers || rnd.nextInt(3) == 0) {
            for (String chamber : Vocabulary.CHAMBERS) {
                Map<String, Long> counts = new LinkedHashMap<>();
                for (String o : names) {
                    long c = rnd.nextInt(60);
                    counts.put(o, c);
                    options.merge(o, c, Long::sum);
                }
                chambers.put(chamber, counts);
            }
        } else {
            for (String o : names) {
                options.put(o, (long) rnd.nextInt(200));
            }
        }
        return new Tally(options, chambers);
    }

    private List<Commitment> commitments() {
        List<Commitment> out = new ArrayList<>();
        int n = between(size.minCommitments(), size.maxCommitments());
        CommitmentStatus[] statuses = CommitmentStatus.values();
        for (int i = 0; i < n; i++) {
            CommitmentStatus status = coverAll && i < statuses.length ? statuses[i] : pick(statuses);
            Optional<String> measure = rnd.nextInt(3) == 0 ? Optional.empty() : Optional.of(pick(Vocabulary.MEASURES));
            Optional<LocalDate> made = rnd.nextInt(4) == 0 ? Optional.empty() : Optional.of(day());
            Optional<LocalDate> due = rnd.nextInt(4) == 0
                    ? Optional.empty()
                    : Optional.of(made.orElse(start).plusDays(rnd.nextInt(1_500)));
            List<String> evidence = new ArrayList<>();
            int e = status == CommitmentStatus.DELIVERED
                    ? 1 + rnd.nextInt(3)
                    : status == CommitmentStatus.IN_PROGRESS ? rnd.nextInt(2) : 0;
            for (int j = 0; j < e; j++) {
                evidence.add("https://example.org/evidence/k" + (i + 1) + "-" + (j + 1));
            }
            List<LocalDate> reports = new ArrayList<>();
            int r = status == CommitmentStatus.PLANNED ? 0 : rnd.nextInt(4);
            LocalDate last = made.orElse(start);
            for (int j = 0; j < r; j++) {
                last = last.plusDays(30 + rnd.nextInt(335));
                reports.add(last);
            }
            Optional<DecisionId> decision = !decisions.isEmpty() && rnd.nextBoolean()
                    ? Optional.of(pick(decisions).id())
                    : Optional.empty();
            out.add(new Commitment(
                    CommitmentId.of("k" + (i + 1)),
                    pick(stakeholders).id(),
                    pick(Vocabulary.COMMITMENTS),
                    measure,
                    made,
                    due,
                    status,
                    evidence,
                    reports,
                    decision));
        }
        return out;
    }

    private List<Document> documents() {
        List<Document> out = new ArrayList<>();
        int n = between(size.minDocuments(), size.maxDocuments());
        DocumentKind[] kinds = DocumentKind.values();
        for (int i = 0; i < n; i++) {
            DocumentKind kind = coverAll && i < kinds.length ? kinds[i] : pick(kinds);
            LocalDate produced = day();
            Optional<LocalDate> published =
                    rnd.nextInt(3) == 0 ? Optional.empty() : Optional.of(produced.plusDays(rnd.nextInt(120)));
            Optional<MeetingId> meeting = !meetings.isEmpty() && rnd.nextBoolean()
                    ? Optional.of(pick(meetings).id())
                    : Optional.empty();
            Optional<String> link = rnd.nextBoolean()
                    ? Optional.empty()
                    : Optional.of("https://example.org/docs/doc" + (i + 1) + ".pdf");
            out.add(new Document(
                    DocumentId.of("doc" + (i + 1)),
                    kind,
                    kind.code().replace('-', ' ') + " " + (i + 1),
                    produced,
                    published,
                    meeting,
                    link));
        }
        return out;
    }

    private List<Funding> funding() {
        List<Funding> out = new ArrayList<>();
        int n = rnd.nextInt(Math.max(2, size.listScale() / 8 + 2));
        for (int i = 0; i < n; i++) {
            BigDecimal amount =
                    rnd.nextInt(20) == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(rnd.nextLong(1, 500_000_000L), 2);
            Optional<String> purpose =
                    rnd.nextBoolean() ? Optional.empty() : Optional.of(pick(Vocabulary.FUNDING_PURPOSES));
            out.add(new Funding(
                    pick(stakeholders).id(),
                    amount,
                    Currency.getInstance(pick(Vocabulary.CURRENCIES)),
                    purpose,
                    rnd.nextInt(4) > 0,
                    // every other entry dated inside the period (no draw: the random stream stays as it was)
                    i % 2 == 1
                            ? Optional.of(start.plusDays((long) i
                                    * 17
                                    % Math.max(1, java.time.temporal.ChronoUnit.DAYS.between(start, end))))
                            : Optional.empty()));
        }
        return out;
    }

    private List<ProcessLink> links(String self) {
        List<ProcessLink> out = new ArrayList<>();
        int n = rnd.nextInt(Math.max(2, size.listScale() / 40 + 2));
        LinkKind[] kinds = LinkKind.values();
        for (int i = 0; i < n; i++) {
            String target = "linked-" + Long.toHexString(rnd.nextLong() >>> 20);
            if (target.equals(self)) {
                continue;
            }
            Optional<Level> level = rnd.nextInt(4) == 0 ? Optional.empty() : Optional.of(pick(Level.values()));
            Optional<String> note = rnd.nextBoolean() ? Optional.empty() : Optional.of(pick(Vocabulary.LINK_NOTES));
            out.add(new ProcessLink(
                    ProcessId.of(target), coverAll && i < kinds.length ? kinds[i] : pick(kinds), level, note));
        }
        return out;
    }

    // ---- helpers ------------------------------------------------------------------------------

    private int between(int min, int max) {
        return min + rnd.nextInt(max - min + 1);
    }

    /** A day within the process's span. */
    private LocalDate day() {
        return start.plusDays(rnd.nextLong(end.toEpochDay() - start.toEpochDay() + 1));
    }

    private List<LocalDate> sortedDays(int n) {
        List<LocalDate> days = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            days.add(day());
        }
        days.sort(null);
        return days;
    }

    /** {@code k} distinct elements of {@code from}, in random order (partial Fisher–Yates on indices). */
    private <T> List<T> sample(List<T> from, int k) {
        int n = from.size();
        int[] idx = new int[n];
        for (int i = 0; i < n; i++) {
            idx[i] = i;
        }
        List<T> out = new ArrayList<>(k);
        for (int i = 0; i < k; i++) {
            int j = i + rnd.nextInt(n - i);
            int t = idx[i];
            idx[i] = idx[j];
            idx[j] = t;
            out.add(from.get(idx[i]));
        }
        return out;
    }

    private <T> T pick(T[] values) {
        return values[rnd.nextInt(values.length)];
    }

    private <T> T pick(List<T> values) {
        return values.get(rnd.nextInt(values.size()));
    }
}
