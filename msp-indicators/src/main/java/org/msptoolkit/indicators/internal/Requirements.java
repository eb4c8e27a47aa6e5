package org.msptoolkit.indicators.internal;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.msptoolkit.core.model.MspProcess;
import org.msptoolkit.core.model.RecordedData;
import org.msptoolkit.indicators.Indicator;
import org.msptoolkit.indicators.Measurement;

/**
 * The one rule that an indicator is not measurable unless the data it {@link Indicator#requires() requires} was
 * recorded (where the records that would carry it exist: see {@link RecordedData#appliesTo}); used by every
 * built-in indicator and by the evaluator for every other one.
 * <strong>Internal: any usage by external parties is not supported.</strong>
 */
public final class Requirements {
    private Requirements() {}

    /**
     * The "not measurable" an indicator gives on a process that did not record data it needs.
     *
     * @param indicator the indicator
     * @param process the process
     * @return the measurement naming what to record, or {@code null} when everything needed was recorded
     */
    public static @Nullable Measurement unmet(Indicator indicator, MspProcess process) {
        if (indicator.requires().isEmpty()) {
            return null;
        }
        List<RecordedData> missing = new ArrayList<>(1);
        for (RecordedData d : indicator.requires()) {
            if (d.appliesTo(process) && !d.isRecordedIn(process)) {
                missing.add(d);
            }
        }
        if (missing.isEmpty()) {
            return null;
        }
        StringBuilder reason = new StringBuilder();
        for (RecordedData d : missing) {
            reason.append(reason.length() == 0 ? "" : "; ")
                    .append(d.path())
                    .append(" not recorded: record ")
                    .append(d.hint())
                    .append(" to measure this");
        }
        return Measurement.notMeasurable(reason.toString());
    }
}
