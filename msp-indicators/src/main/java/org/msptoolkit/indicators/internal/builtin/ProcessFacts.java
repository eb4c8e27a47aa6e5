package org.msptoolkit.indicators.internal.builtin;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.msptoolkit.core.model.Meeting;
import org.msptoolkit.core.model.MspProcess;
import org.msptoolkit.core.model.Participant;
import org.msptoolkit.core.model.ParticipantId;
import org.msptoolkit.core.model.Period;
import org.msptoolkit.core.model.Stakeholder;
import org.msptoolkit.core.model.StakeholderId;
import org.msptoolkit.core.taxonomy.Role;
import org.msptoolkit.core.taxonomy.StakeholderGroup;
import org.msptoolkit.indicators.internal.EvaluationScope;

/**
 * Facts about one process shared by the built-in indicators, plus static look-up helpers. Internal.
 *
 * <p>{@link #of(MspProcess)} gives the facts of a process, computed lazily; within one evaluation
 * ({@link EvaluationScope}) the indicators share one instance, so each fact is computed at most once per evaluation.
 * Instances are thread-confined.
 */
final class ProcessFacts {
    private final MspProcess process;
    private Map<StakeholderId, Stakeholder> stakeholdersById;
    private Map<ParticipantId, Participant> participantsById;
    private Attendance attendance;
    private Map<StakeholderGroup, Long> participantsByGroup;
    private Map<StakeholderGroup, Long> seatsByGroup;
    private long seats = -1;

    private ProcessFacts(MspProcess p) {
        this.process = p;
    }

    /**
     * @param p the process
     * @return the facts of that process, shared with the other indicators of the same evaluation
     */
    static ProcessFacts of(MspProcess p) {
        return EvaluationScope.facts(p, ProcessFacts.class, ProcessFacts::new);
    }

    private MspProcess process() {
        return process;
    }

    /** @return {@link MspProcess#stakeholdersById()}, computed once */
    Map<StakeholderId, Stakeholder> stakeholdersById() {
        if (stakeholdersById == null) {
            stakeholdersById = process().stakeholdersById();
        }
        return stakeholdersById;
    }

    /** @return {@link MspProcess#participantsById()}, computed once */
    Map<ParticipantId, Participant> participantsById() {
        if (participantsById == null) {
            participantsById = process().participantsById();
        }
        return participantsById;
    }

    /**
     * Participants (or seats) per group, in first-seen order; participants whose stakeholder is unknown are left
     * out. Computed once.
     *
     * @param seatsOnly count only participants who {@linkplain #holdsSeat hold a seat}
     * @return an unmodifiable map
     */
    Map<StakeholderGroup, Long> participantsByGroup(boolean seatsOnly) {
        if (seatsOnly ? seatsByGroup == null : participantsByGroup == null) {
            Map<StakeholderId, Stakeholder> byId = stakeholdersById();
            Map<StakeholderGroup, Long> counts = counts();
            for (Participant x : process.participants()) {
                Stakeholder s = byId.get(x.stakeholder());
                if (s != null && (!seatsOnly || holdsSeat(x))) {
                    add(counts, s.group(), 1);
                }
            }
            Map<StakeholderGroup, Long> done = java.util.Collections.unmodifiableMap(counts);
            if (seatsOnly) {
                seatsByGroup = done;
            } else {
                participantsByGroup = done;
            }
        }
        return seatsOnly ? seatsByGroup : participantsByGroup;
    }

    /** @return the participants who hold a seat, counted once */
    long seats() {
        if (seats < 0) {
            seats = process.participants().stream().filter(ProcessFacts::holdsSeat).count();
        }
        return seats;
    }

    /** @return the attendance tallies over meetings with attendance recorded, computed once */
    Attendance attendance() {
        if (attendance == null) {
            attendance = Attendance.of(process(), stakeholdersById());
        }
        return attendance;
    }

    /**
     * Attendance over the meetings with attendance recorded: a participant is expected at a meeting when the
     * meeting day lies in their period (or they have none) or when they attended; each participant counts once per
     * meeting however often listed; ids that name no participant are ignored.
     *
     * @param recordedMeetings meetings with attendance recorded
     * @param attended Σ attending participants
     * @param expected Σ expected participants
     * @param byGroup per stakeholder group with expected participants: {attended, expected}
     */
    record Attendance(int recordedMeetings, long attended, long expected, Map<StakeholderGroup, long[]> byGroup) {

        static Attendance of(MspProcess p, Map<StakeholderId, Stakeholder> byId) {
            List<Participant> people = p.participants();
            int n = people.size();
            // each participant's group as an index into the groups in first-seen order; -1 for none
            Map<StakeholderGroup, Integer> groupIndex = new HashMap<>();
            List<StakeholderGroup> groupList = new java.util.ArrayList<>();
            int[] groupOf = new int[n];
            for (int i = 0; i < n; i++) {
                Stakeholder s = byId.get(people.get(i).stakeholder());
                if (s == null) {
                    groupOf[i] = -1;
                } else {
                    Integer g = groupIndex.get(s.group());
                    if (g == null) {
                        g = groupList.size();
                        groupIndex.put(s.group(), g);
                        groupList.add(s.group());
                    }
                    groupOf[i] = g;
                }
            }
            // participants sharing an id all count when that id attends
            // keyed by the id text: String hashes are cached and equality is an intrinsic
            Map<String, int[]> holders = new HashMap<>(n * 2);
            for (int i = 0; i < n; i++) {
                String id = people.get(i).id().value();
                int[] prev = holders.get(id);
                int[] next = prev == null ? new int[] {i} : Arrays.copyOf(prev, prev.length + 1);
                next[next.length - 1] = i;
                holders.put(id, next);
            }
            List<Meeting> recorded = p.meetings().stream().filter(m -> m.attendance().isPresent()).toList();
            long[] days = new long[recorded.size()];
            for (int k = 0; k < days.length; k++) {
                days[k] = recorded.get(k).date().toEpochDay();
            }
            Arrays.sort(days);
            long attended = 0;
            long expected = 0;
            long[] groupAttended = new long[groupList.size()];
            long[] groupExpected = new long[groupList.size()];
            // expected by period: meetings whose day lies in the participant's period
            for (int i = 0; i < n; i++) {
                long due = dueMeetings(people.get(i).period(), days);
                expected += due;
                if (groupOf[i] >= 0) {
                    groupExpected[groupOf[i]] += due;
                }
            }
            // attendances; attendees not due by their period are expected as well
            int[] seenAt = new int[n];
            Arrays.fill(seenAt, -1);
            for (int k = 0; k < recorded.size(); k++) {
                Meeting m = recorded.get(k);
                LocalDate day = m.date();
                for (ParticipantId id : m.attendance().orElse(List.of())) {
                    int[] who = holders.get(id.value());
                    if (who == null) {
                        continue;
                    }
                    for (int i : who) {
                        if (seenAt[i] == k) {
                            continue;
                        }
                        seenAt[i] = k;
                        boolean dueByPeriod = dueOn(people.get(i).period(), day);
                        attended++;
                        int g = groupOf[i];
                        if (g >= 0) {
                            groupAttended[g]++;
                        }
                        if (!dueByPeriod) {
                            expected++;
                            if (g >= 0) {
                                groupExpected[g]++;
                            }
                        }
                    }
                }
            }
            Map<StakeholderGroup, long[]> groups = new LinkedHashMap<>();
            for (int g = 0; g < groupList.size(); g++) {
                if (groupExpected[g] > 0) {
                    groups.put(groupList.get(g), new long[] {groupAttended[g], groupExpected[g]});
                }
            }
            return new Attendance(recorded.size(), attended, expected, groups);
        }

        private static boolean dueOn(Optional<Period> period, LocalDate day) {
            if (period.isEmpty()) {
                return true;
            }
            Period per = period.get();
            return !day.isBefore(per.start()) && (per.end().isEmpty() || !day.isAfter(per.end().get()));
        }

        /** Meetings (sorted epoch days) whose day lies in the period; all of them when there is no period. */
        private static long dueMeetings(Optional<Period> period, long[] days) {
            if (period.isEmpty()) {
                return days.length;
            }
            Period per = period.get();
            long from = per.start().toEpochDay();
            int lo = firstAtLeast(days, from);
            int hi = per.end().map(e -> firstAtLeast(days, e.toEpochDay() + 1)).orElse(days.length);
            return Math.max(0, hi - lo);
        }

        private static int firstAtLeast(long[] sorted, long value) {
            int lo = 0;
            int hi = sorted.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (sorted[mid] < value) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }
    }

    static Optional<StakeholderGroup> group(MspProcess p, StakeholderId id) {
        return Optional.ofNullable(of(p).stakeholdersById().get(id)).map(Stakeholder::group);
    }

    static Optional<StakeholderGroup> groupOf(MspProcess p, Map<StakeholderId, Stakeholder> byId, ParticipantId id) {
        return Optional.ofNullable(of(p).participantsById().get(id))
                .flatMap(x -> Optional.ofNullable(byId.get(x.stakeholder()))).map(Stakeholder::group);
    }

    /** A seat: a participant who is neither observer nor secretariat. */
    static boolean holdsSeat(Participant p) {
        return p.role() != Role.OBSERVER && p.role() != Role.SECRETARIAT;
    }

    /** Counts per group, in first-seen order. */
    static <K> void add(Map<K, Long> counts, K key, long n) {
        counts.merge(key, n, Long::sum);
    }

    static <K> Map<K, Long> counts() {
        return new LinkedHashMap<>();
    }
}
