package org.msptoolkit.indicators.internal.builtin;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.msptoolkit.core.model.Meeting;
import org.msptoolkit.core.model.MspProcess;
import org.msptoolkit.core.model.Participant;
import org.msptoolkit.core.model.ParticipantId;
import org.msptoolkit.core.model.Period;
import org.msptoolkit.core.model.SpeakingTurn;
import org.msptoolkit.core.model.Stakeholder;
import org.msptoolkit.core.model.StakeholderId;
import org.msptoolkit.core.taxonomy.Role;
import org.msptoolkit.core.taxonomy.StakeholderGroup;
import org.msptoolkit.indicators.EvaluationContext;
import org.msptoolkit.indicators.internal.EvaluationScope;

/**
 * Facts about one process shared by the built-in indicators. Internal.
 *
 * <p>{@link #of(MspProcess, EvaluationContext)} gives the facts of a process, computed lazily; within one
 * evaluation (whose context carries an {@link EvaluationScope}) the indicators share one instance, so each fact is computed at most once per evaluation.
 * The facts rest on one index of who is who: stakeholders and participants numbered by id (the first of repeated
 * ids wins, as in {@link MspProcess#stakeholdersById()} and {@link MspProcess#participantsById()}), stakeholder
 * groups numbered by equality, and each participant's group. Instances are thread-confined.
 */
final class ProcessFacts {
    /** Stands for the holders of an id held by one participant, where {@link #holders} has {@code null}. */
    private static final int[] NO_HOLDERS = {};

    private final MspProcess process;

    // the index, made by index()
    private boolean indexed;
    /** Distinct stakeholder ids, numbered in order of first appearance. */
    private IdTable stakeholderIds;
    /** Per distinct stakeholder id: the group number of the first stakeholder with that id. */
    private int[] groupOfStakeholderId;
    /** Distinct stakeholder groups over all stakeholders, numbered in order of first appearance. */
    private List<StakeholderGroup> groups;
    /** Per participant: the group number of its stakeholder, -1 when the stakeholder is unknown. */
    private int[] groupOfParticipant;
    /** Per participant: the number of its stakeholder id, -1 when unknown. */
    private int[] stakeholderOfParticipant;
    /** Distinct participant ids, numbered in order of first appearance. */
    private IdTable participantIds;
    /**
     * Per distinct participant id held by several participants: those participants (positions), in order;
     * {@code null} for an id held by one participant (see {@link #soleHolder}), as nearly every id is.
     */
    private int[][] holders;
    /** Per distinct participant id: the one participant holding it, -1 when several do. */
    private int[] soleHolder;

    private @Nullable Attendance attendance;
    private @Nullable GroupCounts participantsByGroup;
    private @Nullable GroupCounts seatsByGroup;
    private @Nullable Turns turns;
    private long seats = -1;
    private @Nullable LocalDate day;
    private @Nullable String dayText;

    @SuppressWarnings("NullAway.Init") // the index fields are set by index(), which every reader calls first
    private ProcessFacts(MspProcess p) {
        this.process = p;
    }

    /**
     * Returns the facts of that process, shared with the other indicators of the same evaluation.
     *
     * @param p the process
     * @return the facts of that process, shared with the other indicators of the same evaluation
     */
    static ProcessFacts of(MspProcess p, EvaluationContext context) {
        return EvaluationScope.facts(context, p, ProcessFacts.class, ProcessFacts::new);
    }

    private void index() {
        if (indexed) {
            return;
        }
        List<Stakeholder> stakeholders = process.stakeholders();
        stakeholderIds = new IdTable(stakeholders.size());
        Map<StakeholderGroup, Integer> groupNumbers = new HashMap<>();
        List<StakeholderGroup> groupList = new ArrayList<>();
        int[] groupOfId = new int[stakeholders.size()];
        for (Stakeholder s : stakeholders) {
            StakeholderGroup group = s.group();
            int g = -1;
            // groups are mostly the taxonomy's shared instances: try those seen first by identity, cheaply
            for (int j = 0, seen = Math.min(16, groupList.size()); j < seen; j++) {
                @SuppressWarnings("ReferenceEquality") // an identity probe before the HashMap below, not equality
                boolean sameInstance = groupList.get(j) == group;
                if (sameInstance) {
                    g = j;
                    break;
                }
            }
            if (g < 0) {
                Integer known = groupNumbers.get(group);
                if (known == null) {
                    g = groupList.size();
                    groupNumbers.put(group, g);
                    groupList.add(group);
                } else {
                    g = known;
                }
            }
            int before = stakeholderIds.size();
            int id = stakeholderIds.add(s.id().value());
            if (id == before) {
                groupOfId[id] = g;
            }
        }
        groupOfStakeholderId = groupOfId;
        groups = groupList;

        List<Participant> people = process.participants();
        int n = people.size();
        participantIds = new IdTable(n);
        groupOfParticipant = new int[n];
        stakeholderOfParticipant = new int[n];
        int[] count = new int[n];
        int[] idOf = new int[n];
        for (int i = 0; i < n; i++) {
            Participant x = people.get(i);
            int s = stakeholderIds.get(x.stakeholder().value());
            stakeholderOfParticipant[i] = s;
            groupOfParticipant[i] = s < 0 ? -1 : groupOfId[s];
            int d = participantIds.add(x.id().value());
            idOf[i] = d;
            count[d]++;
        }
        int distinct = participantIds.size();
        int[][] byId = new int[distinct][];
        int[] sole = new int[distinct];
        for (int d = 0; d < distinct; d++) {
            if (count[d] > 1) {
                byId[d] = new int[count[d]];
                sole[d] = -1;
            }
            count[d] = 0;
        }
        for (int i = 0; i < n; i++) {
            int d = idOf[i];
            int[] several = byId[d];
            if (several == null) {
                sole[d] = i;
            } else {
                several[count[d]++] = i;
            }
        }
        holders = byId;
        soleHolder = sole;
        indexed = true;
    }

    /**
     * Returns how many distinct stakeholder groups the stakeholders belong to.
     *
     * @return how many distinct stakeholder groups the stakeholders belong to
     */
    int groupsPresent() {
        index();
        return groups.size();
    }

    /**
     * Returns the distinct stakeholder groups of the stakeholders, in order of first appearance.
     *
     * @return the distinct stakeholder groups of the stakeholders, in order of first appearance
     */
    List<StakeholderGroup> groups() {
        index();
        return groups;
    }

    /**
     * Returns the number of the group of the (first) stakeholder with that id in {@link #groups()}, -1 when no
     * stakeholder has it.
     *
     * @param id a stakeholder id
     * @return the number of the group of the (first) stakeholder with that id in {@link #groups()}, -1 when
     *         no stakeholder has it
     */
    int groupOf(StakeholderId id) {
        index();
        int s = stakeholderIds.get(id.value());
        return s < 0 ? -1 : groupOfStakeholderId[s];
    }

    /**
     * Participants (or seats) per group, in first-seen order; participants whose stakeholder is unknown are left
     * out. Computed once.
     *
     * @param seatsOnly count only participants who {@linkplain #holdsSeat hold a seat}
     * @return the counts
     */
    GroupCounts participantsByGroup(boolean seatsOnly) {
        GroupCounts known = seatsOnly ? seatsByGroup : participantsByGroup;
        if (known == null) {
            index();
            List<Participant> people = process.participants();
            GroupCounts counts = new GroupCounts(groups);
            for (int i = 0; i < groupOfParticipant.length; i++) {
                int g = groupOfParticipant[i];
                if (g >= 0 && (!seatsOnly || holdsSeat(people.get(i)))) {
                    counts.add(g, 1);
                }
            }
            known = counts;
            if (seatsOnly) {
                seatsByGroup = known;
            } else {
                participantsByGroup = known;
            }
        }
        return known;
    }

    /**
     * Returns the participants who hold a seat, counted once.
     *
     * @return the participants who hold a seat, counted once
     */
    long seats() {
        if (seats < 0) {
            long n = 0;
            for (Participant x : process.participants()) {
                if (holdsSeat(x)) {
                    n++;
                }
            }
            seats = n;
        }
        return seats;
    }

    /**
     * Seats per distinct stakeholder id, zero included, for the stakeholders' seat Gini.
     *
     * @return {seats per distinct stakeholder id..., seats counted} as the last element
     */
    long[] seatsByStakeholder() {
        index();
        List<Participant> people = process.participants();
        long[] seatsOf = new long[stakeholderIds.size() + 1];
        long counted = 0;
        for (int i = 0; i < stakeholderOfParticipant.length; i++) {
            int s = stakeholderOfParticipant[i];
            if (s >= 0 && holdsSeat(people.get(i))) {
                seatsOf[s]++;
                counted++;
            }
        }
        seatsOf[seatsOf.length - 1] = counted;
        return seatsOf;
    }

    /**
     * Returns the attendance tallies over meetings with attendance recorded, computed once.
     *
     * @return the attendance tallies over meetings with attendance recorded, computed once
     */
    Attendance attendance() {
        if (attendance == null) {
            index();
            attendance = Attendance.of(process, groups, groupOfParticipant, participantIds, holders, soleHolder);
        }
        return attendance;
    }

    /**
     * Returns the speaking-turn tallies, computed once.
     *
     * @return the speaking-turn tallies, computed once
     */
    Turns turns() {
        if (turns == null) {
            index();
            turns = Turns.of(process, groups, groupOfParticipant, participantIds, holders, soleHolder);
        }
        return turns;
    }

    /**
     * Returns {@code d.toString()}, spelled once for the day last asked for.
     *
     * @param d a day
     * @return {@code d.toString()}, spelled once for the day last asked for
     */
    String text(LocalDate d) {
        String t = dayText;
        if (t == null || !d.equals(day)) {
            t = d.toString();
            day = d;
            dayText = t;
        }
        return t;
    }

    /** Counts per stakeholder group, kept in the order in which groups were first counted. */
    static final class GroupCounts {
        private final List<StakeholderGroup> groups;
        private final int[] position;
        private final StakeholderGroup[] keys;
        private final long[] counts;
        private int size;

        GroupCounts(List<StakeholderGroup> groups) {
            this.groups = groups;
            this.position = new int[groups.size()];
            Arrays.fill(position, -1);
            this.keys = new StakeholderGroup[groups.size()];
            this.counts = new long[groups.size()];
        }

        void add(int group, long n) {
            int at = position[group];
            if (at < 0) {
                at = size++;
                position[group] = at;
                keys[at] = groups.get(group);
            }
            counts[at] += n;
        }

        /**
         * Returns how many groups were counted.
         *
         * @return how many groups were counted
         */
        int size() {
            return size;
        }

        /**
         * Returns the counts in first-counted order; only the first {@link #size()} are used.
         *
         * @return the counts in first-counted order; only the first {@link #size()} are used
         */
        long[] counts() {
            return counts;
        }

        /**
         * Returns the group counted first.
         *
         * @return the group counted first
         */
        StakeholderGroup first() {
            return keys[0];
        }

        /**
         * Returns the sum of the counts.
         *
         * @return the sum of the counts
         */
        long total() {
            long t = 0;
            for (int i = 0; i < size; i++) {
                t += counts[i];
            }
            return t;
        }
    }

    /**
     * Speaking turns over all meetings: turns by participants with a known group per group (first-seen order,
     * for the HHI) and turns per participant id (for the Gini).
     *
     * @param recordedMeetings meetings with speaking turns recorded
     * @param turns every speaking turn
     * @param byGroup turns per group of the speaker (speaker resolved as in {@link MspProcess#participantsById()})
     * @param giniValues turns of each distinct id held by a participant other than the secretariat
     * @param counted the turns by those ids
     */
    @SuppressWarnings("ArrayRecordComponent") // a per-evaluation memo, never compared; the array is not copied
    record Turns(long recordedMeetings, long turns, GroupCounts byGroup, double[] giniValues, long counted) {
        static Turns of(
                MspProcess p,
                List<StakeholderGroup> groups,
                int[] groupOf,
                IdTable ids,
                int[][] holders,
                int[] soleHolder) {
            List<Participant> people = p.participants();
            long recorded = 0;
            long all = 0;
            GroupCounts byGroup = new GroupCounts(groups);
            long[] perId = new long[holders.length];
            for (Meeting m : p.meetings()) {
                Optional<List<SpeakingTurn>> list = m.speakingTurns();
                if (list.isEmpty()) {
                    continue;
                }
                recorded++;
                for (SpeakingTurn t : list.get()) {
                    all++;
                    int d = ids.get(t.speaker().value());
                    if (d < 0) {
                        continue;
                    }
                    perId[d]++;
                    int sole = soleHolder[d];
                    int g = groupOf[sole >= 0 ? sole : holders[d][0]];
                    if (g >= 0) {
                        byGroup.add(g, 1);
                    }
                }
            }
            int keys = 0;
            boolean[] inGini = new boolean[holders.length];
            for (int d = 0; d < holders.length; d++) {
                int sole = soleHolder[d];
                if (sole >= 0) {
                    if (people.get(sole).role() != Role.SECRETARIAT) {
                        inGini[d] = true;
                        keys++;
                    }
                    continue;
                }
                for (int i : holders[d]) {
                    if (people.get(i).role() != Role.SECRETARIAT) {
                        inGini[d] = true;
                        keys++;
                        break;
                    }
                }
            }
            double[] values = new double[keys];
            long counted = 0;
            int k = 0;
            for (int d = 0; d < holders.length; d++) {
                if (inGini[d]) {
                    values[k++] = perId[d];
                    counted += perId[d];
                }
            }
            return new Turns(recorded, all, byGroup, values, counted);
        }
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

        static Attendance of(
                MspProcess p,
                List<StakeholderGroup> groupNumbers,
                int[] groupNumberOf,
                IdTable ids,
                int[][] holders,
                int[] soleHolder) {
            List<Participant> people = p.participants();
            int n = people.size();
            // each participant's group as an index into the groups in first-seen order (by participant); -1 for none
            int[] firstSeen = new int[groupNumbers.size()];
            Arrays.fill(firstSeen, -1);
            List<StakeholderGroup> groupList = new ArrayList<>();
            int[] groupOf = new int[n];
            for (int i = 0; i < n; i++) {
                int number = groupNumberOf[i];
                if (number < 0) {
                    groupOf[i] = -1;
                } else {
                    if (firstSeen[number] < 0) {
                        firstSeen[number] = groupList.size();
                        groupList.add(groupNumbers.get(number));
                    }
                    groupOf[i] = firstSeen[number];
                }
            }
            List<Meeting> meetings = p.meetings();
            int recordedCount = 0;
            for (Meeting m : meetings) {
                if (m.attendance().isPresent()) {
                    recordedCount++;
                }
            }
            long[] meetingDays = new long[recordedCount];
            int k0 = 0;
            for (Meeting m : meetings) {
                if (m.attendance().isPresent()) {
                    meetingDays[k0++] = m.date().toEpochDay();
                }
            }
            long[] days = meetingDays.clone();
            Arrays.sort(days);
            long attended = 0;
            long expected = 0;
            int groups = groupList.size();
            long[] groupAttended = new long[groups + 1];
            long[] groupExpected = new long[groups + 1];
            // each participant's period as epoch days: [from, to], everything when there is no period
            long[] from = new long[n];
            long[] to = new long[n];
            for (int i = 0; i < n; i++) {
                Optional<Period> period = people.get(i).period();
                if (period.isEmpty()) {
                    from[i] = Long.MIN_VALUE;
                    to[i] = Long.MAX_VALUE;
                } else {
                    Period per = period.get();
                    from[i] = per.start().toEpochDay();
                    to[i] = per.end().isEmpty()
                            ? Long.MAX_VALUE
                            : per.end().get().toEpochDay();
                }
            }
            // expected by period: meetings whose day lies in the participant's period
            for (int i = 0; i < n; i++) {
                long due = dueMeetings(from[i], to[i], days);
                expected += due;
                if (groupOf[i] >= 0) {
                    groupExpected[groupOf[i]] += due;
                }
            }
            // attendances; attendees not due by their period are expected as well
            int[] seenAt = new int[n];
            Arrays.fill(seenAt, -1);
            int k = -1;
            for (Meeting m : meetings) {
                if (m.attendance().isEmpty()) {
                    continue;
                }
                k++;
                long day = meetingDays[k];
                List<ParticipantId> present = m.attendance().get();
                for (int a = 0, size = present.size(); a < size; a++) {
                    int d = ids.get(present.get(a).value());
                    if (d < 0) {
                        continue;
                    }
                    int sole = soleHolder[d];
                    int[] who = sole >= 0 ? NO_HOLDERS : holders[d];
                    int count = sole >= 0 ? 1 : who.length;
                    for (int h = 0; h < count; h++) {
                        int i = sole >= 0 ? sole : who[h];
                        if (seenAt[i] == k) {
                            continue;
                        }
                        seenAt[i] = k;
                        attended++;
                        // the last slot of the group tallies stands for "no group"
                        int g = groupOf[i] < 0 ? groups : groupOf[i];
                        groupAttended[g]++;
                        if (day < from[i] || day > to[i]) {
                            expected++;
                            groupExpected[g]++;
                        }
                    }
                }
            }
            Map<StakeholderGroup, long[]> byGroup = new LinkedHashMap<>();
            for (int g = 0; g < groups; g++) {
                if (groupExpected[g] > 0) {
                    byGroup.put(groupList.get(g), new long[] {groupAttended[g], groupExpected[g]});
                }
            }
            return new Attendance(recordedCount, attended, expected, byGroup);
        }

        /** Meetings (sorted epoch days) whose day lies in [from, to]. */
        private static long dueMeetings(long from, long to, long[] days) {
            if (from == Long.MIN_VALUE && to == Long.MAX_VALUE) {
                return days.length;
            }
            int lo = firstAtLeast(days, from);
            int hi = to == Long.MAX_VALUE ? days.length : firstAtLeast(days, to + 1);
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

    /** A seat: a participant who is neither observer nor secretariat. */
    static boolean holdsSeat(Participant p) {
        return p.role() != Role.OBSERVER && p.role() != Role.SECRETARIAT;
    }
}
