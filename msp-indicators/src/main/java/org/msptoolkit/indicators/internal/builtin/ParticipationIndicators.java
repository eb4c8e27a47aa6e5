package org.msptoolkit.indicators.internal.builtin;

import static org.msptoolkit.indicators.BuiltinIndicators.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.msptoolkit.core.model.Consultation;
import org.msptoolkit.core.model.Contribution;
import org.msptoolkit.core.model.Meeting;
import org.msptoolkit.core.model.MspProcess;
import org.msptoolkit.core.model.RecordedData;
import org.msptoolkit.core.taxonomy.StakeholderGroup;
import org.msptoolkit.indicators.Direction;
import org.msptoolkit.indicators.EvaluationContext;
import org.msptoolkit.indicators.Evidence;
import org.msptoolkit.indicators.Indicator;
import org.msptoolkit.indicators.Measurement;
import org.msptoolkit.indicators.OecdCriteria;
import org.msptoolkit.indicators.Principle;
import org.msptoolkit.indicators.Scale;

/** Built-in indicators of who takes part, how often and through which channels. Internal. */
final class ParticipationIndicators {
    private static final String EU_STANDARDS = "Minimum standards for consultation, standard D: " + Sources.EU_2002;

    private ParticipationIndicators() {}

    static List<Indicator> all() {
        return List.of(
                Indicator.builder(ATTENDANCE_RATE, "Attendance rate")
                        .principles(Principle.PARTICIPATION_AND_ENGAGEMENT)
                        .unit("share")
                        .scale(Scale.UNIT)
                        .direction(Direction.HIGHER_IS_BETTER)
                        .formula("Σ attending participants / Σ expected participants, over meetings with attendance "
                                + "recorded; expected = participants whose period (if any) contains the meeting day, "
                                + "plus anyone who attended")
                        .source("Attendance roster: " + Sources.SHUMATE_COOPER + "; " + Sources.DESIGN_CHOICE)
                        .requires(RecordedData.ATTENDANCE)
                        .measuredBy((p, c) -> attendance(p, c, false))
                        .build(),
                Indicator.builder(ATTENDANCE_SPREAD, "Spread of attendance rates across groups")
                        .principles(Principle.EQUITY, Principle.PARTICIPATION_AND_ENGAGEMENT)
                        .criteria(OecdCriteria.EQUAL_OPPORTUNITY_TO_PARTICIPATE)
                        .unit("share")
                        .scale(Scale.UNIT)
                        .direction(Direction.LOWER_IS_BETTER)
                        .formula("max_g rate_g - min_g rate_g, rate_g = attendance rate of the participants of "
                                + "group g (as attendance-rate), over groups with expected participants")
                        .source("Find over- and under-represented stakeholders; aim for consistent, equal "
                                + "participation: " + Sources.SHUMATE_COOPER)
                        .requires(RecordedData.ATTENDANCE)
                        .measuredBy((p, c) -> attendance(p, c, true))
                        .build(),
                Indicator.builder(CONTRIBUTING_GROUP_SHARE, "Groups that contributed inputs")
                        .principles(Principle.VOICES_NOT_VOTES, Principle.PARTICIPATION_AND_ENGAGEMENT)
                        .unit("share")
                        .scale(Scale.UNIT)
                        .direction(Direction.HIGHER_IS_BETTER)
                        .formula("stakeholder groups with at least one contribution / stakeholder groups present")
                        .source("Participation and engagement: " + Sources.HEMMATI + "; " + Sources.UNED_VOICES
                                + ". The measure: " + Sources.DESIGN_CHOICE)
                        .measuredBy((p, c) -> contributingGroups(p, c))
                        .build(),
                Indicator.builder(ENGAGEMENT_CHANNELS, "Channels of engagement used")
                        .principles(Principle.FLEXIBILITY, Principle.PARTICIPATION_AND_ENGAGEMENT)
                        .unit("channels")
                        .scale(Scale.of(0, 3))
                        .direction(Direction.HIGHER_IS_BETTER)
                        .formula("count of {meetings, written consultations, written contributions outside "
                                + "meetings} that were used")
                        .source("Flexibility, a wide range of structures and levels of engagement: " + Sources.HEMMATI
                                + ". The measure: " + Sources.DESIGN_CHOICE)
                        .measuredBy((p, c) -> channels(p))
                        .build(),
                Indicator.builder(CONSULTATION_LENGTH, "Consultations open at least 8 weeks")
                        .principles(Principle.PARTICIPATION_AND_ENGAGEMENT, Principle.INCLUSIVENESS)
                        .unit("share")
                        .scale(Scale.UNIT)
                        .direction(Direction.HIGHER_IS_BETTER)
                        .formula("consultations open >= 56 days (opening and closing day included) / consultations")
                        .source(EU_STANDARDS + ": at least 8 weeks for written responses")
                        .measuredBy((p, c) -> consultations(p))
                        .build(),
                Indicator.builder(NOTICE_PERIOD, "Meetings announced at least 20 working days ahead")
                        .principles(Principle.PARTICIPATION_AND_ENGAGEMENT, Principle.EQUITY)
                        .criteria(OecdCriteria.EQUAL_OPPORTUNITY_TO_PARTICIPATE)
                        .unit("share")
                        .scale(Scale.UNIT)
                        .direction(Direction.HIGHER_IS_BETTER)
                        .formula("meetings with >= 20 working days (Mon-Fri strictly between notice day and meeting "
                                + "day, holidays ignored) / meetings with a recorded notice day")
                        .source(EU_STANDARDS + ": 20 working days' notice for meetings")
                        .measuredBy((p, c) -> notice(p))
                        .build());
    }

    private static Measurement attendance(MspProcess p, EvaluationContext c, boolean spread) {
        boolean any = false;
        for (Meeting m : p.meetings()) {
            if (m.attendance().isPresent()) {
                any = true;
                break;
            }
        }
        if (!any) {
            return Measurement.notMeasurable(
                    p.meetings().isEmpty() ? "no meetings recorded" : "no meeting has attendance recorded");
        }
        if (p.participants().isEmpty()) {
            return Measurement.notMeasurable("no participants recorded");
        }
        ProcessFacts.Attendance a = ProcessFacts.of(p, c).attendance();
        if (a.expected() == 0) {
            return Measurement.notMeasurable("no participant was expected at the meetings with attendance recorded");
        }
        Map<StakeholderGroup, long[]> groups = a.byGroup();
        Measurement base;
        if (spread) {
            if (groups.size() < 2) {
                return Measurement.notMeasurable("fewer than two stakeholder groups were expected at meetings");
            }
            double max = Double.NEGATIVE_INFINITY;
            double min = Double.POSITIVE_INFINITY;
            for (long[] g : groups.values()) {
                double rate = (double) g[0] / g[1];
                max = Math.max(max, rate);
                min = Math.min(min, rate);
            }
            base = Measurement.of(max - min)
                    .withEvidence("participants[*].stakeholder.group", groups.size(), "groups expected at meetings");
        } else {
            base = Measurement.of((double) a.attended() / a.expected());
        }
        return base.withCoverage(a.recordedMeetings(), p.meetings().size())
                .withEvidence(
                        Evidence.of(
                                "meetings[*].attendance", a.recordedMeetings(), "meetings with attendance recorded"),
                        Evidence.of("meetings[*].attendance[*]", a.attended(), "attendances"),
                        Evidence.of("participants", a.expected(), "expected attendances"));
    }

    private static Measurement contributingGroups(MspProcess p, EvaluationContext context) {
        if (p.stakeholders().isEmpty()) {
            return Measurement.notMeasurable("no stakeholders recorded");
        }
        ProcessFacts facts = ProcessFacts.of(p, context);
        int present = facts.groupsPresent();
        boolean[] contributed = new boolean[present];
        int contributing = 0;
        for (Contribution c : p.contributions()) {
            int g = facts.groupOf(c.from());
            if (g >= 0 && !contributed[g]) {
                contributed[g] = true;
                contributing++;
            }
        }
        return Measurement.of((double) contributing / present)
                .withEvidence(
                        Evidence.of("contributions", p.contributions().size(), "contributions"),
                        Evidence.of("stakeholders[*].group", present, "groups present"),
                        Evidence.of("contributions[*].from.group", contributing, "groups that contributed"));
    }

    private static Measurement channels(MspProcess p) {
        boolean meetings = !p.meetings().isEmpty();
        boolean consultations = !p.consultations().isEmpty();
        long written = 0;
        for (Contribution x : p.contributions()) {
            if (x.meeting().isEmpty()) {
                written++;
            }
        }
        if (!meetings && !consultations && p.contributions().isEmpty()) {
            return Measurement.notMeasurable("no meetings, consultations or contributions recorded");
        }
        int used = (meetings ? 1 : 0) + (consultations ? 1 : 0) + (written > 0 ? 1 : 0);
        return Measurement.of(used)
                .withEvidence(
                        Evidence.of("meetings", p.meetings().size(), "meetings"),
                        Evidence.of("consultations", p.consultations().size(), "written consultations"),
                        Evidence.of("contributions", written, "contributions outside meetings"));
    }

    private static Measurement consultations(MspProcess p) {
        if (p.consultations().isEmpty()) {
            return Measurement.notMeasurable("no written consultations recorded");
        }
        long ok = 0;
        for (Consultation c : p.consultations()) {
            if (c.days() >= 56) {
                ok++;
            }
        }
        return Measurement.of((double) ok / p.consultations().size())
                .withEvidence(
                        Evidence.of("consultations", p.consultations().size(), "consultations"),
                        Evidence.of("consultations[*].closes", ok, "open at least 56 days"));
    }

    /**
     * Working days strictly between two days, Monday to Friday, counted up to 10,000.
     *
     * @param from notice day
     * @param to meeting day
     * @return the count, 0 when {@code to} is not after {@code from}
     */
    static long workingDaysBetween(LocalDate from, LocalDate to) {
        long first = from.toEpochDay() + 1;
        long end = to.toEpochDay();
        if (end <= first) {
            return 0;
        }
        long days = end - first;
        long n = days / 7 * 5;
        // the remaining days (fewer than a week) from the weekday of the first day; 0 = Monday (1970-01-01 was a
        // Thursday)
        int weekday = (int) Math.floorMod(first + 3, 7L);
        for (long r = days % 7; r > 0; r--) {
            if (weekday < 5) {
                n++;
            }
            weekday = weekday == 6 ? 0 : weekday + 1;
        }
        return Math.min(n, 10_000);
    }

    private static Measurement notice(MspProcess p) {
        long noticed = 0;
        long ok = 0;
        for (Meeting m : p.meetings()) {
            if (m.noticeGiven().isPresent()) {
                noticed++;
                if (workingDaysBetween(m.noticeGiven().get(), m.date()) >= 20) {
                    ok++;
                }
            }
        }
        if (noticed == 0) {
            return Measurement.notMeasurable(
                    p.meetings().isEmpty() ? "no meetings recorded" : "no meeting has a recorded notice day");
        }
        return Measurement.of((double) ok / noticed)
                .withCoverage(noticed, p.meetings().size())
                .withEvidence(
                        Evidence.of("meetings[*].noticeGiven", noticed, "meetings with a recorded notice day"),
                        Evidence.of("meetings[*].noticeGiven", ok, "announced at least 20 working days ahead"));
    }
}
