package org.msptoolkit.core.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A kind of data a process may or may not have recorded, where "recorded, none" differs from "not recorded":
 * a meeting's attendance recorded as an empty list means nobody came, while no attendance at all means nobody
 * wrote it down. Indicators that need one of these declare it, and are not measurable on a process that did not
 * record it, naming the field that would make them measurable.
 *
 * <pre>{@code
 * RecordedData.FUNDING.isRecordedIn(process);   // false: no "funding" in the file
 * RecordedData.FUNDING.strippedFrom(process);   // the process as if funding had not been recorded
 * }</pre>
 *
 * @since 0.2.0
 */
public enum RecordedData {
    /** Who attended meetings: {@code meetings[*].attendance}. */
    ATTENDANCE("meetings[*].attendance", "attendance on at least one meeting (an empty list if nobody came)"),
    /** Who spoke at meetings: {@code meetings[*].speakingTurns}. */
    SPEAKING_TURNS(
            "meetings[*].speakingTurns", "speakingTurns on at least one meeting (an empty list if nobody spoke)"),
    /** Objections raised against decisions: {@code decisions[*].objections}. */
    OBJECTIONS("decisions[*].objections", "objections on at least one decision (an empty list if nobody objected)"),
    /** Money given to the process: {@code funding}. */
    FUNDING("funding", "funding for the process (an empty list if it received no money)"),
    /** The linkage to official decision-making: {@code linkage}. */
    LINKAGE("linkage", "linkage for the process (kind none if it is not linked to official decision-making)"),
    /** Participants' self-described gender: {@code participants[*].gender}. */
    GENDER("participants[*].gender", "gender for at least one participant");

    private final String path;
    private final String hint;

    RecordedData(String path, String hint) {
        this.path = path;
        this.hint = hint;
    }

    /**
     * Returns where the data sits in format v1, e.g. {@code "meetings[*].attendance"}.
     *
     * @return the model path
     */
    public String path() {
        return path;
    }

    /**
     * Returns what to record to make an indicator that needs this data measurable, in a practitioner's words.
     *
     * @return the hint, e.g. "funding for the process (an empty list if it received no money)"
     */
    public String hint() {
        return hint;
    }

    /**
     * Whether this data could be recorded on the process at all: attendance and speaking turns need a meeting,
     * objections a decision, gender a participant; funding and linkage belong to the process. Where there is
     * nothing to carry the data (no meeting, say, as of an early day), an indicator says so itself rather than
     * asking for the data.
     *
     * @param p the process
     * @return {@code true} if the records that carry this data exist
     */
    public boolean appliesTo(MspProcess p) {
        return switch (this) {
            case ATTENDANCE, SPEAKING_TURNS -> !p.meetings().isEmpty();
            case OBJECTIONS -> !p.decisions().isEmpty();
            case GENDER -> !p.participants().isEmpty();
            case FUNDING, LINKAGE -> true;
        };
    }

    /**
     * Whether the process recorded this data (possibly as "none").
     *
     * @param p the process
     * @return {@code true} if recorded
     */
    public boolean isRecordedIn(MspProcess p) {
        return switch (this) {
            case ATTENDANCE ->
                p.meetings().stream().anyMatch(m -> m.attendance().isPresent());
            case SPEAKING_TURNS ->
                p.meetings().stream().anyMatch(m -> m.speakingTurns().isPresent());
            case OBJECTIONS -> p.decisions().stream().anyMatch(Decision::objectionsRecorded);
            case FUNDING -> p.fundingRecorded();
            case LINKAGE -> p.linkageRecorded();
            case GENDER -> p.participants().stream().anyMatch(x -> x.gender().isPresent());
        };
    }

    /**
     * The process as if this data had never been recorded; everything else is unchanged.
     *
     * @param p the process
     * @return the stripped copy
     */
    public MspProcess strippedFrom(MspProcess p) {
        MspProcess.Builder b = p.toBuilder();
        switch (this) {
            case ATTENDANCE, SPEAKING_TURNS -> {
                List<Meeting> meetings = new ArrayList<>(p.meetings().size());
                for (Meeting m : p.meetings()) {
                    meetings.add(new Meeting(
                            m.id(),
                            m.date(),
                            m.title(),
                            m.noticeGiven(),
                            this == ATTENDANCE ? Optional.empty() : m.attendance(),
                            m.agenda(),
                            this == SPEAKING_TURNS ? Optional.empty() : m.speakingTurns()));
                }
                b.clearMeetings().meetings(meetings);
            }
            case OBJECTIONS -> {
                List<Decision> decisions = new ArrayList<>(p.decisions().size());
                for (Decision d : p.decisions()) {
                    decisions.add(d.withObjectionsRecorded(false));
                }
                b.clearDecisions().decisions(decisions);
            }
            case FUNDING -> b.fundingRecorded(false);
            case LINKAGE -> b.linkageRecorded(false);
            case GENDER -> {
                List<Participant> participants =
                        new ArrayList<>(p.participants().size());
                for (Participant x : p.participants()) {
                    participants.add(
                            new Participant(x.id(), x.stakeholder(), x.role(), x.name(), Optional.empty(), x.period()));
                }
                b.clearParticipants().participants(participants);
            }
        }
        return b.build();
    }
}
