package org.msptoolkit.governance.internal.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.msptoolkit.core.model.Meeting;
import org.msptoolkit.core.model.MspProcess;
import org.msptoolkit.governance.Finding;
import org.msptoolkit.governance.Verdict;
import org.msptoolkit.governance.spi.ParameterSpec;
import org.msptoolkit.governance.spi.ParameterType;
import org.msptoolkit.governance.spi.RuleContext;

/**
 * {@code participation.notice}: meetings are announced at least N working days ahead, e.g. 20 under the
 * EU minimum standards for consultation (COM(2002) 704, standard D). Working days are Monday to Friday
 * (public holidays are not known) strictly between the day notice was given and the meeting day.
 */
public final class NoticeRule extends BaseRuleKind {
    /** Creates the rule kind (for ServiceLoader). */
    public NoticeRule() {
        super(
                "participation.notice",
                "meetings are announced at least a number of working days ahead",
                ParameterSpec.required(
                        "workingDays",
                        ParameterType.COUNT,
                        "least number of working days (Mon–Fri) between notice and meeting, both days excluded"));
    }

    /**
     * Returns monday-to-Friday days strictly between them.
     *
     * @param from the day notice was given
     * @param to the meeting day
     * @return Monday-to-Friday days strictly between them
     */
    public static long workingDaysBetween(LocalDate from, LocalDate to) {
        // arithmetic, not a walk over the days: whole weeks give five each, the rest (under a week) counted
        long first = from.toEpochDay() + 1;
        long end = to.toEpochDay();
        if (end <= first) {
            return 0;
        }
        long days = end - first;
        long n = days / 7 * 5;
        int weekday = from.plusDays(1).getDayOfWeek().getValue(); // 1 = Monday … 7 = Sunday
        for (long r = days % 7; r > 0; r--) {
            if (weekday <= 5) {
                n++;
            }
            weekday = weekday == 7 ? 1 : weekday + 1;
        }
        return n;
    }

    @Override
    public Verdict check(MspProcess process, RuleContext context) {
        int required = context.parameters().count("workingDays");
        List<Finding> evidence = new ArrayList<>();
        int checked = 0;
        for (int i = 0; i < process.meetings().size(); i++) {
            Meeting m = process.meetings().get(i);
            if (m.noticeGiven().isEmpty()) {
                continue;
            }
            checked++;
            long days = workingDaysBetween(m.noticeGiven().get(), m.date());
            if (days < required) {
                evidence.add(Finding.of(
                        "meetings[" + i + "].noticeGiven",
                        "meeting " + m.id() + " on " + m.date()
                                + " was announced on " + m.noticeGiven().get() + ", " + days + " working days ahead; "
                                + required + " required"));
            }
        }
        int unknown = process.meetings().size() - checked;
        if (checked == 0) {
            return Verdict.notApplicable(
                    process.meetings().isEmpty()
                            ? "no meetings recorded"
                            : "no notice date recorded for any of " + unknown + " meetings");
        }
        String tail = unknown > 0 ? " (" + unknown + " without a recorded notice date not checked)" : "";
        return evidence.isEmpty()
                ? Verdict.satisfied(
                        "all " + checked + " meetings announced at least " + required + " working days ahead" + tail)
                : Verdict.violated(
                        evidence.size() + " of " + checked + " meetings announced too late" + tail, evidence);
    }
}
