package org.msptoolkit.testkit;

import org.msptoolkit.core.validation.Problem;

/**
 * A typical mistake in MSP data, as made by hand or by an importer: each kind turns a valid process
 * into one with exactly one problem, at a model path it knows and with a {@link Problem} code it
 * knows, so tests can check that validation reports it where it is. Apply one with
 * {@link Corruptions#corrupt(org.msptoolkit.core.model.MspProcess, Corruption, java.util.SplittableRandom)}.
 *
 * <p>"Unknown" references use an id that no generated process uses ({@code ghost-…}); where the
 * list to corrupt is empty, a valid element is added first and then corrupted.
 */
public enum Corruption {
    /** A participant acts for a stakeholder that is not in the process: {@code participants[i].stakeholder}. */
    PARTICIPANT_UNKNOWN_STAKEHOLDER(Problem.UNRESOLVED_REFERENCE),
    /** Two participants share an id: {@code participants[n].id}. */
    DUPLICATE_PARTICIPANT_ID(Problem.DUPLICATE_ID),
    /** A participant took part until before they started: {@code participants[i].period.end}. */
    PARTICIPANT_PERIOD_END_BEFORE_START(Problem.DATE_ORDER),
    /** A participant's self-described gender is blank: {@code participants[i].gender.selfDescription}. */
    BLANK_GENDER(Problem.CONSTRAINT),
    /** Two stakeholders share an id: {@code stakeholders[n].id}. */
    DUPLICATE_STAKEHOLDER_ID(Problem.DUPLICATE_ID),
    /** A stakeholder has a blank name: {@code stakeholders[i].name}. */
    BLANK_STAKEHOLDER_NAME(Problem.CONSTRAINT),
    /** A stakeholder represents zero people: {@code stakeholders[i].constituencySize}. */
    NON_POSITIVE_CONSTITUENCY_SIZE(Problem.CONSTRAINT),
    /** A convener is not one of the stakeholders: {@code conveners[n]}. */
    CONVENER_UNKNOWN(Problem.UNRESOLVED_REFERENCE),
    /** The process has a blank title: {@code title}. */
    BLANK_PROCESS_TITLE(Problem.CONSTRAINT),
    /** The process ended before it started: {@code period.end}. */
    PROCESS_PERIOD_END_BEFORE_START(Problem.DATE_ORDER),
    /** Two meetings share an id: {@code meetings[n].id}. */
    DUPLICATE_MEETING_ID(Problem.DUPLICATE_ID),
    /** Someone who is not a participant attended a meeting: {@code meetings[i].attendance[j]}. */
    ATTENDANCE_UNKNOWN_PARTICIPANT(Problem.UNRESOLVED_REFERENCE),
    /** A participant is listed twice in a meeting's attendance: {@code meetings[i].attendance[j]}. */
    DUPLICATE_ATTENDANCE(Problem.DUPLICATE_ENTRY),
    /** Someone who is not a participant spoke: {@code meetings[i].speakingTurns[j].speaker}. */
    SPEAKER_UNKNOWN(Problem.UNRESOLVED_REFERENCE),
    /** A speaking turn lasted a negative time: {@code meetings[i].speakingTurns[j].duration}. */
    NEGATIVE_SPEAKING_DURATION(Problem.NEGATIVE),
    /** An agenda item was proposed by an unknown stakeholder: {@code meetings[i].agenda[j].proposedBy}. */
    AGENDA_PROPOSER_UNKNOWN(Problem.UNRESOLVED_REFERENCE),
    /** An agenda item has a blank title: {@code meetings[i].agenda[j].title}. */
    BLANK_AGENDA_TITLE(Problem.CONSTRAINT),
    /** Notice of a meeting was given after it took place: {@code meetings[i].date}. */
    MEETING_BEFORE_NOTICE(Problem.DATE_ORDER),
    /** A contribution comes from an unknown stakeholder: {@code contributions[i].from}. */
    CONTRIBUTION_UNKNOWN_STAKEHOLDER(Problem.UNRESOLVED_REFERENCE),
    /** A contribution was prepared for an unknown meeting: {@code contributions[i].meeting}. */
    CONTRIBUTION_UNKNOWN_MEETING(Problem.UNRESOLVED_REFERENCE),
    /** A consultation closes before it opens: {@code consultations[i].closes}. */
    CONSULTATION_CLOSES_BEFORE_OPENS(Problem.DATE_ORDER),
    /** A decision was taken at an unknown meeting: {@code decisions[i].meeting}. */
    DECISION_UNKNOWN_MEETING(Problem.UNRESOLVED_REFERENCE),
    /** A decision was published before it was taken: {@code decisions[i].published}. */
    DECISION_PUBLISHED_BEFORE_TAKEN(Problem.DATE_ORDER),
    /** A decision has a blank subject: {@code decisions[i].subject}. */
    BLANK_DECISION_SUBJECT(Problem.CONSTRAINT),
    /** An objection by an unknown stakeholder: {@code decisions[i].objections[j].by}. */
    OBJECTION_UNKNOWN_STAKEHOLDER(Problem.UNRESOLVED_REFERENCE),
    /** A negative vote count: {@code decisions[i].tally.options[option]}. */
    NEGATIVE_VOTE_COUNT(Problem.NEGATIVE),
    /** A negative vote count in a chamber: {@code decisions[i].tally.chambers[chamber][option]}. */
    NEGATIVE_CHAMBER_VOTE_COUNT(Problem.NEGATIVE),
    /** A commitment owned by an unknown stakeholder: {@code commitments[i].owner}. */
    COMMITMENT_UNKNOWN_OWNER(Problem.UNRESOLVED_REFERENCE),
    /** A commitment implements an unknown decision: {@code commitments[i].decision}. */
    COMMITMENT_UNKNOWN_DECISION(Problem.UNRESOLVED_REFERENCE),
    /** A commitment is due before it was made: {@code commitments[i].due}. */
    COMMITMENT_DUE_BEFORE_MADE(Problem.DATE_ORDER),
    /** A progress report filed before the commitment was made: {@code commitments[i].progressReports[j]}. */
    PROGRESS_REPORT_BEFORE_MADE(Problem.DATE_ORDER),
    /** A document published before it was produced: {@code documents[i].published}. */
    DOCUMENT_PUBLISHED_BEFORE_PRODUCED(Problem.DATE_ORDER),
    /** A document belongs to an unknown meeting: {@code documents[i].meeting}. */
    DOCUMENT_UNKNOWN_MEETING(Problem.UNRESOLVED_REFERENCE),
    /** Negative funding: {@code funding[i].amount}. */
    NEGATIVE_FUNDING(Problem.CONSTRAINT),
    /** Funding from an unknown stakeholder: {@code funding[i].from}. */
    FUNDING_UNKNOWN_FUNDER(Problem.UNRESOLVED_REFERENCE),
    /** The process links to itself: {@code links[n].target}. */
    SELF_LINK(Problem.SELF_LINK);

    private final String expectedCode;

    Corruption(String expectedCode) {
        this.expectedCode = expectedCode;
    }

    /**
     * The {@link Problem#code()} validation must report for this corruption.
     *
     * @return e.g. {@value Problem#UNRESOLVED_REFERENCE}
     */
    public String expectedCode() {
        return expectedCode;
    }
}
