package org.msptoolkit.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.msptoolkit.governance.Fx.checkOne;
import static org.msptoolkit.governance.Fx.commitment;
import static org.msptoolkit.governance.Fx.d;
import static org.msptoolkit.governance.Fx.process;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.msptoolkit.core.model.Meeting;
import org.msptoolkit.core.model.MspProcess;
import org.msptoolkit.core.model.Period;
import org.msptoolkit.core.model.Stakeholder;
import org.msptoolkit.core.taxonomy.CommitmentStatus;
import org.msptoolkit.core.taxonomy.StakeholderGroup;
import org.msptoolkit.governance.internal.rules.NoticeRule;
import org.msptoolkit.testkit.Property;

/**
 * Issue 20, finding 1: the date rules do O(records) work, never O(days) or O(cycles), and a reference day
 * outside 1800-01-01..2200-12-31 is refused with a clear message.
 */
class UnboundedWorkFromDatesTest {
    static final Duration BOUND = Duration.ofSeconds(10);

    static MspProcess.Builder base() {
        return process("p").stakeholder(Stakeholder.of("ngo", "NGO", StakeholderGroup.NGOS));
    }

    @Test
    void finding1ProgressReportsWithTheStakeholderHubCharterAtTheLatestDayAreBounded() {
        Charter hub = ExampleChartersTest.load("stakeholder-hub-50-50.yaml");
        MspProcess p = base().period(Period.from(d("1800-01-01")))
                .commitment(commitment("c", "ngo", null, null, CommitmentStatus.IN_PROGRESS, List.of()))
                .build();
        ComplianceReport r =
                assertTimeoutPreemptively(BOUND, () -> Compliance.check(p, hub, RuleKinds.standard(), d("2200-12-31")));
        RuleResult progress = r.results().stream()
                .filter(x -> x.rule().kind().equals("accountability.progress-reports"))
                .findFirst()
                .orElseThrow();
        // due every 1 January from 1801 to 2200: 400 cycles, all missed
        assertThat(progress.findings()).singleElement().satisfies(f -> {
            assertThat(f.message()).contains("missed the last 400 reporting cycle(s)");
            assertThat(f.message()).contains("1801-01-01").contains("2200-01-01");
            assertThat(f.message().length()).isLessThan(400);
        });
    }

    @Test
    void finding1AReferenceDayOutsideThePlausibleRangeIsRefused() {
        Charter hub = ExampleChartersTest.load("stakeholder-hub-50-50.yaml");
        MspProcess p = base().period(Period.from(d("2000-01-01")))
                .commitment(commitment("c", "ngo", null, null, CommitmentStatus.IN_PROGRESS, List.of()))
                .build();
        assertTimeoutPreemptively(
                BOUND,
                () -> assertThatThrownBy(
                                () -> Compliance.check(p, hub, RuleKinds.standard(), LocalDate.of(999_999_999, 12, 31)))
                        .isInstanceOf(IllegalArgumentException.class)
                        .hasMessageContaining("+999999999-12-31")
                        .hasMessageContaining("1800-01-01 to 2200-12-31"));
        // a process built in code whose own dates run to the maximum: judged as of its period end, bounded
        MspProcess far = base().period(Period.of(d("2000-01-01"), LocalDate.MAX))
                .commitment(commitment("c", "ngo", null, null, CommitmentStatus.IN_PROGRESS, List.of()))
                .build();
        RuleResult v = assertTimeoutPreemptively(
                BOUND, () -> checkOne(far, Rule.of("accountability.progress-reports", "cadenceMonths", 1)));
        assertThat(v.status()).isEqualTo(RuleStatus.NOT_APPLICABLE);
        assertThat(v.reason()).contains("outside the accepted range");
    }

    @Test
    void finding1AMonthlyCharterWithAnOpenEndedPeriodListsAFewDueDaysNotEvery() {
        Rule monthly = Rule.of("accountability.progress-reports", "cadenceMonths", 1);
        MspProcess p = base().period(Period.from(d("1800-01-01")))
                .commitment(commitment(
                        "c", "ngo", null, null, CommitmentStatus.IN_PROGRESS, List.of(), "2200-06-15", "1900-01-01"))
                .build();
        RuleResult v = assertTimeoutPreemptively(BOUND, () -> checkOne(p, monthly, "2200-12-31"));
        // the report of 2200-06-15 meets the cycle due 2200-07-01; 2200-08-01 .. 2200-12-01 are missed
        assertThat(v.findings())
                .singleElement()
                .satisfies(
                        f -> assertThat(f.message())
                                .contains(
                                        "missed the last 5 reporting cycle(s) (due [2200-08-01, 2200-09-01, … 2 more …, 2200-12-01])"));
        MspProcess none = base().period(Period.from(d("1800-01-01")))
                .commitment(commitment("c", "ngo", null, null, CommitmentStatus.IN_PROGRESS, List.of()))
                .build();
        RuleResult all = assertTimeoutPreemptively(BOUND, () -> checkOne(none, monthly, "2200-12-31"));
        // due 1800-02-01 .. 2200-12-01: 400 years of 12 and 11 more
        assertThat(all.findings()).singleElement().satisfies(f -> {
            assertThat(f.message()).contains("missed the last " + (400 * 12 + 11) + " reporting cycle(s)");
            assertThat(f.message().length()).isLessThan(400);
        });
    }

    /** Day by day, the definition: Monday to Friday strictly between. */
    static long walk(LocalDate from, LocalDate to) {
        long n = 0;
        for (LocalDate x = from.plusDays(1); x.isBefore(to); x = x.plusDays(1)) {
            if (x.getDayOfWeek() != DayOfWeek.SATURDAY && x.getDayOfWeek() != DayOfWeek.SUNDAY) {
                n++;
            }
        }
        return n;
    }

    @Test
    void finding1TheNoticeRuleCountsWorkingDaysArithmetically() {
        Property.forAllSeeds(2000, seed -> {
            SplittableRandom r = new SplittableRandom(seed);
            LocalDate from = d("2000-01-01").plusDays(r.nextInt(3000));
            LocalDate to = from.plusDays(r.nextInt(-5, 60));
            assertThat(NoticeRule.workingDaysBetween(from, to))
                    .as(from + ".." + to)
                    .isEqualTo(walk(from, to));
        });
        // from a Sunday to the Monday N weeks and a day later: N whole weeks Monday..Sunday strictly between
        LocalDate sunday = d("1970-01-04");
        long weeks = 50_000_000_000L;
        assertThat(assertTimeoutPreemptively(
                        BOUND, () -> NoticeRule.workingDaysBetween(sunday, sunday.plusDays(7 * weeks + 1))))
                .isEqualTo(5 * weeks);
        // a meeting at the maximum day with the EU consultation charter
        Charter eu = ExampleChartersTest.load("eu-consultation-policy.yaml");
        Meeting m = Meeting.of("m", "2000-01-01");
        MspProcess p = base().meeting(new Meeting(
                        m.id(),
                        LocalDate.MAX,
                        m.title(),
                        java.util.Optional.of(LocalDate.MIN),
                        m.attendance(),
                        m.agenda(),
                        m.speakingTurns()))
                .build();
        ComplianceReport report =
                assertTimeoutPreemptively(BOUND, () -> Compliance.check(p, eu, RuleKinds.standard(), d("2200-12-31")));
        assertThat(report.results()).isNotEmpty();
    }
}
