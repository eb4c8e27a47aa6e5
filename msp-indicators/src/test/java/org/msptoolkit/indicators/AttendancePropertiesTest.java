package org.msptoolkit.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.msptoolkit.core.model.Meeting;
import org.msptoolkit.core.model.MspProcess;
import org.msptoolkit.core.model.Participant;
import org.msptoolkit.core.model.ParticipantId;
import org.msptoolkit.core.model.Stakeholder;
import org.msptoolkit.core.model.StakeholderId;
import org.msptoolkit.core.taxonomy.StakeholderGroup;
import org.msptoolkit.testkit.ProcessGenerator;
import org.msptoolkit.testkit.ProcessSize;
import org.msptoolkit.testkit.Property;

/**
 * The attendance indicators agree with a direct reading of their formula (every participant checked at every
 * meeting) on generated processes, including processes with repeated participant ids, repeated attendance and
 * attendees who are not participants.
 */
class AttendancePropertiesTest {
    private static final Indicator RATE = IndicatorRegistry.builtin().get(BuiltinIndicators.ATTENDANCE_RATE);
    private static final Indicator SPREAD = IndicatorRegistry.builtin().get(BuiltinIndicators.ATTENDANCE_SPREAD);
    private static final Indicator TURN_GINI = IndicatorRegistry.builtin().get(BuiltinIndicators.SPEAKING_TURN_GINI);

    /** The formula read literally: for each meeting with attendance, every participant. */
    private static Measurement reference(MspProcess whole, boolean spread) {
        // as the indicator does, as of the process's reference day (the truncation has its own property)
        MspProcess p = whole.referenceDay().map(whole::asOf).orElse(whole);
        List<Meeting> recorded =
                p.meetings().stream().filter(m -> m.attendance().isPresent()).toList();
        if (p.meetings().isEmpty()) {
            return Measurement.notMeasurable("no meetings recorded");
        }
        if (recorded.isEmpty()) {
            return Measurement.notMeasurable("meetings[*].attendance not recorded: record "
                    + org.msptoolkit.core.model.RecordedData.ATTENDANCE.hint() + " to measure this");
        }
        if (p.participants().isEmpty()) {
            return Measurement.notMeasurable("no participants recorded");
        }
        Map<StakeholderId, Stakeholder> byId = p.stakeholdersById();
        Map<StakeholderGroup, long[]> groups = new LinkedHashMap<>();
        long attended = 0;
        long expected = 0;
        for (Meeting m : recorded) {
            Set<ParticipantId> present = new HashSet<>(m.attendance().orElseThrow());
            for (Participant x : p.participants()) {
                boolean came = present.contains(x.id());
                boolean due =
                        came || x.period().map(per -> per.contains(m.date())).orElse(true);
                if (!due) {
                    continue;
                }
                expected++;
                attended += came ? 1 : 0;
                Stakeholder s = byId.get(x.stakeholder());
                if (s != null) {
                    long[] g = groups.computeIfAbsent(s.group(), k -> new long[2]);
                    g[0] += came ? 1 : 0;
                    g[1]++;
                }
            }
        }
        if (expected == 0) {
            return Measurement.notMeasurable("no participant was expected at the meetings with attendance recorded");
        }
        Measurement base;
        if (spread) {
            if (groups.size() < 2) {
                return Measurement.notMeasurable("fewer than two stakeholder groups were expected at meetings");
            }
            double max = groups.values().stream()
                    .mapToDouble(g -> (double) g[0] / g[1])
                    .max()
                    .orElse(0);
            double min = groups.values().stream()
                    .mapToDouble(g -> (double) g[0] / g[1])
                    .min()
                    .orElse(0);
            base = Measurement.of(max - min)
                    .withEvidence("participants[*].stakeholder.group", groups.size(), "groups expected at meetings");
        } else {
            base = Measurement.of((double) attended / expected);
        }
        return base.withCoverage(recorded.size(), p.meetings().size())
                .withEvidence("meetings[*].attendance", recorded.size(), "meetings with attendance recorded")
                .withEvidence("meetings[*].attendance[*]", attended, "attendances")
                .withEvidence("participants", expected, "expected attendances");
    }

    /** Repeats some participants (same id) and some attendances, and adds attendees who are not participants. */
    private static MspProcess messy(long seed, MspProcess p) {
        Random rnd = new Random(seed);
        List<Participant> people = new ArrayList<>(p.participants());
        for (int i = 0; i < people.size() / 5; i++) {
            Participant x = people.get(rnd.nextInt(people.size()));
            Stakeholder other =
                    p.stakeholders().get(rnd.nextInt(p.stakeholders().size()));
            people.add(new Participant(
                    x.id(),
                    rnd.nextBoolean() ? x.stakeholder() : other.id(),
                    x.role(),
                    x.name(),
                    x.gender(),
                    rnd.nextBoolean() ? x.period() : Optional.empty()));
        }
        List<Meeting> meetings = new ArrayList<>();
        for (Meeting m : p.meetings()) {
            Meeting.Builder copy = m.toBuilder();
            m.attendance().ifPresent(list -> {
                if (!list.isEmpty() && rnd.nextBoolean()) {
                    copy.attendance(List.of(list.get(rnd.nextInt(list.size()))));
                }
                if (rnd.nextInt(3) == 0) {
                    copy.attendance("stranger-" + rnd.nextInt(5));
                }
            });
            meetings.add(copy.build());
        }
        return p.toBuilder()
                .clearParticipants()
                .participants(people)
                .clearMeetings()
                .meetings(meetings)
                .build();
    }

    private static void agrees(MspProcess p) {
        assertThat(RATE.measure(p)).isEqualTo(reference(p, false));
        assertThat(SPREAD.measure(p)).isEqualTo(reference(p, true));
    }

    @Test
    void attendanceAgreesWithTheFormulaOnGeneratedProcesses() {
        Property.forAll(
                1000, seed -> ProcessGenerator.process(seed, ProcessSize.SMALL), AttendancePropertiesTest::agrees);
        Property.forAll(
                1000, seed -> ProcessGenerator.process(seed, ProcessSize.TINY), AttendancePropertiesTest::agrees);
        Property.forAll(
                50, seed -> ProcessGenerator.process(seed, ProcessSize.MEDIUM), AttendancePropertiesTest::agrees);
    }

    /**
     * The speaking-turn Gini read literally on processes with repeated participant ids: the turns of each distinct
     * id held by some participant other than the secretariat, Σ_i Σ_j |x_i - x_j| / (2 n² μ).
     */
    private static void turnGiniAgrees(MspProcess whole) {
        Measurement m = TURN_GINI.measure(whole);
        MspProcess p = whole.referenceDay().map(whole::asOf).orElse(whole);
        Map<ParticipantId, long[]> turns = new LinkedHashMap<>();
        for (Participant x : p.participants()) {
            if (x.role() != org.msptoolkit.core.taxonomy.Role.SECRETARIAT) {
                turns.putIfAbsent(x.id(), new long[1]);
            }
        }
        long recorded = 0;
        long counted = 0;
        for (Meeting meeting : p.meetings()) {
            if (meeting.speakingTurns().isEmpty()) {
                continue;
            }
            recorded++;
            for (var t : meeting.speakingTurns().get()) {
                long[] n = turns.get(t.speaker());
                if (n != null) {
                    n[0]++;
                    counted++;
                }
            }
        }
        if (recorded == 0 || counted == 0 || turns.size() < 2) {
            assertThat(m.isMeasured()).isFalse();
            return;
        }
        double[] x = turns.values().stream().mapToDouble(n -> n[0]).toArray();
        double diff = 0;
        for (double a : x) {
            for (double b : x) {
                diff += Math.abs(a - b);
            }
        }
        double gini = diff / (2.0 * x.length * x.length * ((double) counted / x.length));
        assertThat(m.value().getAsDouble()).isCloseTo(gini, within(1e-9));
        assertThat(m.evidence()).extracting(Evidence::count).containsExactly(recorded, (long) x.length, counted);
    }

    @Test
    void speakingTurnGiniAgreesWithTheFormulaOnMessyProcesses() {
        Property.forAll(
                1000,
                seed -> {
                    MspProcess p = ProcessGenerator.process(seed, ProcessSize.SMALL);
                    return p.stakeholders().isEmpty() || p.participants().isEmpty() ? p : messy(seed, p);
                },
                AttendancePropertiesTest::turnGiniAgrees);
    }

    @Test
    void attendanceAgreesWithTheFormulaOnMessyProcesses() {
        Property.forAll(
                1000,
                seed -> {
                    MspProcess p = ProcessGenerator.process(seed, ProcessSize.SMALL);
                    return p.stakeholders().isEmpty() || p.participants().isEmpty() ? p : messy(seed, p);
                },
                AttendancePropertiesTest::agrees);
    }
}
