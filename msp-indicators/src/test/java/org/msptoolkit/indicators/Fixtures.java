package org.msptoolkit.indicators;

import org.msptoolkit.core.model.AgendaItem;
import org.msptoolkit.core.model.Commitment;
import org.msptoolkit.core.model.Consultation;
import org.msptoolkit.core.model.Contribution;
import org.msptoolkit.core.model.Decision;
import org.msptoolkit.core.model.Document;
import org.msptoolkit.core.model.Funding;
import org.msptoolkit.core.model.Meeting;
import org.msptoolkit.core.model.MspProcess;
import org.msptoolkit.core.model.Objection;
import org.msptoolkit.core.model.OfficialLinkage;
import org.msptoolkit.core.model.Participant;
import org.msptoolkit.core.model.ProcessLink;
import org.msptoolkit.core.model.SpeakingTurn;
import org.msptoolkit.core.model.Stakeholder;
import org.msptoolkit.core.model.Tally;
import org.msptoolkit.core.taxonomy.CommitmentStatus;
import org.msptoolkit.core.taxonomy.ContributionKind;
import org.msptoolkit.core.taxonomy.DecisionMethod;
import org.msptoolkit.core.taxonomy.DocumentKind;
import org.msptoolkit.core.taxonomy.Level;
import org.msptoolkit.core.taxonomy.LinkKind;
import org.msptoolkit.core.taxonomy.LinkageKind;
import org.msptoolkit.core.taxonomy.Role;
import org.msptoolkit.core.taxonomy.Sector;
import org.msptoolkit.core.taxonomy.StakeholderGroup;

/**
 * Small hand-built processes whose indicator values are worked out by hand in the tests' comments.
 */
public final class Fixtures {
    private Fixtures() {}

    /** A local forum with four stakeholders in four Major Groups; see BuiltinIndicatorsTest for the sums. */
    public static MspProcess townForum() {
        return MspProcess.builder("town-forum", "Town sustainability forum")
                .levels(Level.LOCAL)
                .sectors(Sector.sdg(11))
                .conveners("s1")
                .types(
                        org.msptoolkit.core.taxonomy.ProcessType.CONSENSUS_BUILDING,
                        org.msptoolkit.core.taxonomy.ProcessType.IMPLEMENTATION)
                .linkage(OfficialLinkage.of(LinkageKind.ADVISES, "City council"))
                .stakeholder(
                        Stakeholder.of("s1", "City", StakeholderGroup.LOCAL_AUTHORITIES),
                        Stakeholder.of("s2", "Women's Network", StakeholderGroup.WOMEN),
                        Stakeholder.of("s3", "Chamber", StakeholderGroup.BUSINESS_AND_INDUSTRY)
                                .withSectors(Sector.sdg(9)),
                        Stakeholder.of("s4", "Green NGO", StakeholderGroup.NGOS)
                                .withSectors(Sector.sdg(13), Sector.sdg(11)))
                .participant(
                        Participant.of("p1", "s1", Role.CHAIR).withGender("woman"),
                        Participant.of("p2", "s2", Role.DELEGATE).withGender("woman"),
                        Participant.of("p3", "s3", Role.DELEGATE).withGender("man"),
                        Participant.of("p4", "s4", Role.DELEGATE).withGender("man"),
                        Participant.of("p5", "s4", Role.DELEGATE),
                        Participant.of("p6", "s1", Role.SECRETARIAT).withGender("woman"))
                .meeting(
                        Meeting.of("m1", "2024-03-04")
                                .withNoticeGiven("2024-02-01")
                                .withAttendance("p1", "p2", "p3", "p6")
                                .withAgenda(AgendaItem.of("A", "s1"), AgendaItem.of("B", "s2"), AgendaItem.of("C"))
                                .withSpeakingTurns(
                                        SpeakingTurn.of("p1"),
                                        SpeakingTurn.of("p1"),
                                        SpeakingTurn.of("p2"),
                                        SpeakingTurn.of("p3")),
                        Meeting.of("m2", "2024-06-03")
                                .withNoticeGiven("2024-05-27")
                                .withAttendance("p1", "p4", "p5", "p6")
                                .withAgenda(AgendaItem.of("D", "s4")),
                        Meeting.of("m3", "2024-09-02"))
                .contribution(
                        Contribution.of("c1", "s2", ContributionKind.POSITION_PAPER, "Paper", "2024-02-15"),
                        Contribution.of("c2", "s4", ContributionKind.COMMENT, "Comment", "2024-03-04")
                                .forMeeting("m1"))
                .consultation(
                        Consultation.of("k1", "Draft plan", "2024-01-01", "2024-02-25"),
                        Consultation.of("k2", "Bike lanes", "2024-04-01", "2024-04-30"))
                .decision(
                        Decision.of("d1", "2024-03-04", "Adopt agenda", DecisionMethod.CONSENSUS)
                                .withObjections(Objection.of("s3", "cost", false))
                                .publishedOn("2024-03-10"),
                        Decision.of("d2", "2024-06-03", "Budget", DecisionMethod.VOTE)
                                .withTally(Tally.of(5, 1, 0)),
                        Decision.of("d3", "2024-06-03", "Parking", DecisionMethod.CHAIRS_RULING)
                                .withObjections(Objection.of("s4", "climate", true)),
                        Decision.of("d4", "2024-09-02", "Next steps", DecisionMethod.VOTE))
                .document(
                        Document.of("doc1", DocumentKind.MINUTES, "Minutes m1", "2024-03-05")
                                .publishedOn("2024-03-15"),
                        Document.of("doc2", DocumentKind.REPORT, "Report", "2024-06-10")
                                .publishedOn("2024-07-20"),
                        Document.of("doc3", DocumentKind.EVALUATION, "Mid-term evaluation", "2024-09-02"))
                .funding(
                        Funding.of("s1", "60000", "EUR"),
                        Funding.of("s3", "30000", "EUR"),
                        Funding.of("s3", "10000", "EUR").withDisclosed(false))
                .commitment(
                        Commitment.of("co1", "s1", "Open data portal")
                                .withMeasure("portal online")
                                .madeOn("2022-01-10")
                                .dueOn("2024-06-30")
                                .withStatus(CommitmentStatus.DELIVERED)
                                .withProgressReports("2022-12-01", "2024-05-01"),
                        Commitment.of("co2", "s3", "Cut emissions")
                                .withMeasure("-20% CO2")
                                .madeOn("2023-03-01")
                                .dueOn("2024-03-01")
                                .withStatus(CommitmentStatus.IN_PROGRESS),
                        Commitment.of("co3", "s4", "Tree planting").dueOn("2025-01-01"),
                        Commitment.of("co4", "s1", "Bike lanes").madeOn("2024-01-01"))
                .link(
                        ProcessLink.of("regional-plan", LinkKind.PARENT, Level.REGIONAL),
                        ProcessLink.of("national-sdg", LinkKind.INFORMS, Level.NATIONAL),
                        ProcessLink.of("other-local", LinkKind.RELATED, Level.LOCAL))
                .build();
    }

    /** Only an id and a title: nothing recorded. */
    public static MspProcess empty() {
        return MspProcess.builder("empty", "Nothing recorded").build();
    }

    /** Every stakeholder is an NGO; one meeting whose attendance list is empty (nobody came); no documents. */
    public static MspProcess singleGroupNobodyAttended() {
        return MspProcess.builder("ngo-only", "NGO caucus")
                .levels(Level.NATIONAL)
                .stakeholder(
                        Stakeholder.of("n1", "NGO one", StakeholderGroup.NGOS),
                        Stakeholder.of("n2", "NGO two", StakeholderGroup.NGOS))
                .participant(
                        Participant.of("q1", "n1", Role.DELEGATE),
                        Participant.of("q2", "n2", Role.DELEGATE),
                        Participant.of("q3", "n2", Role.OBSERVER))
                .meeting(Meeting.of("m1", "2024-05-06").withAttendance())
                .build();
    }
}
