package org.msptoolkit.io.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.msptoolkit.indicators.Evidence;
import org.msptoolkit.indicators.evaluation.EvaluationReport;
import org.msptoolkit.indicators.evaluation.EvaluationTable;
import org.msptoolkit.indicators.evaluation.GroupResult;
import org.msptoolkit.indicators.evaluation.IndicatorResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class EvaluationWriterTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Two indicators: one measured, one not measurable; one group holding both. */
    static EvaluationReport report(String processId, String reason) {
        IndicatorResult women = new IndicatorResult(
                "women-share",
                "Women's share",
                "share",
                "target",
                List.of("equity"),
                OptionalDouble.of(0.25),
                OptionalDouble.of(0.5),
                Optional.empty(),
                0.8,
                List.of(Evidence.of("participants[*].gender", 1, "women")));
        IndicatorResult attendance = new IndicatorResult(
                "attendance-rate",
                "Attendance rate",
                "share",
                "higher-is-better",
                List.of("participation-and-engagement"),
                OptionalDouble.empty(),
                OptionalDouble.empty(),
                Optional.of(reason),
                0.0,
                List.of());
        GroupResult g = new GroupResult(
                "equity", "Equity", OptionalDouble.of(0.5), 1, List.of("women-share", "attendance-rate"), 0.4);
        return new EvaluationReport(
                processId,
                "Town forum",
                "town",
                "1.0",
                Optional.of(LocalDate.of(2024, 12, 31)),
                List.of(women, attendance),
                List.of(g));
    }

    @Test
    void jsonHasReadableFieldsAndNullWithTheReasonForMissingValues() {
        JsonNode n = JSON.readTree(EvaluationWriter.json(report("forum", "no attendance recorded")));
        assertThat(n.get("processId").stringValue()).isEqualTo("forum");
        assertThat(n.get("asOf").stringValue()).isEqualTo("2024-12-31");
        assertThat(n.get("measured").intValue()).isEqualTo(1);
        JsonNode women = n.get("indicators").get(0);
        assertThat(women.get("value").doubleValue()).isEqualTo(0.25);
        assertThat(women.get("status").stringValue()).isEqualTo("measured");
        assertThat(women.get("reason").isNull()).isTrue();
        assertThat(women.get("groups").get(0).stringValue()).isEqualTo("equity");
        assertThat(women.get("evidence").get(0).get("path").stringValue()).isEqualTo("participants[*].gender");
        JsonNode att = n.get("indicators").get(1);
        assertThat(att.get("value").isNull()).isTrue();
        assertThat(att.get("score").isNull()).isTrue();
        assertThat(att.get("status").stringValue()).isEqualTo("not-measurable");
        assertThat(att.get("reason").stringValue()).isEqualTo("no attendance recorded");
        JsonNode g = n.get("groups").get(0);
        assertThat(g.get("score").doubleValue()).isEqualTo(0.5);
        assertThat(g.get("scored").intValue()).isEqualTo(1);
    }

    @Test
    void aNonFiniteValueIsWrittenAsNullWithAReason() {
        IndicatorResult nan = new IndicatorResult(
                "odd",
                "Odd",
                "index",
                "higher-is-better",
                List.of(),
                OptionalDouble.of(Double.NaN),
                OptionalDouble.empty(),
                Optional.empty(),
                1.0,
                List.of());
        EvaluationReport r = new EvaluationReport(
                "p",
                "P",
                "f",
                "1",
                Optional.empty(),
                List.of(nan),
                List.of(new GroupResult("g", "G", OptionalDouble.empty(), 0, List.of("odd"), 1.0)));
        JsonNode n = JSON.readTree(EvaluationWriter.json(r));
        JsonNode x = n.get("indicators").get(0);
        assertThat(x.get("value").isNull()).isTrue();
        assertThat(x.get("status").stringValue()).isEqualTo("not-measurable");
        assertThat(x.get("reason").stringValue()).contains("NaN");
        assertThat(n.get("asOf").isNull()).isTrue();
        assertThat(EvaluationWriter.csv(r).lines().skip(1))
                .singleElement()
                .isEqualTo(
                        "p,odd,g,,index,,,not-measurable,\"the indicator gave NaN, not a finite number\",1.0,,f,higher-is-better,,,,,,");
    }

    @Test
    void tidyCsvHasOneRowPerProcessAndIndicator() {
        EvaluationTable t = new EvaluationTable(
                "town",
                List.of("women-share", "attendance-rate"),
                List.of("equity"),
                List.of(report("a", "no attendance recorded"), report("b", "no meetings")));
        String csv = EvaluationWriter.csv(t);
        assertThat(csv.lines())
                .containsExactly(
                        String.join(",", EvaluationWriter.INDICATOR_COLUMNS),
                        "a,women-share,equity,equity,share,0.25,0.5,measured,,0.8,2024-12-31,town,target,,,,,,",
                        "a,attendance-rate,equity,participation-and-engagement,share,,,not-measurable,"
                                + "no attendance recorded,0.0,2024-12-31,town,higher-is-better,,,,,,",
                        "b,women-share,equity,equity,share,0.25,0.5,measured,,0.8,2024-12-31,town,target,,,,,,",
                        "b,attendance-rate,equity,participation-and-engagement,share,,,not-measurable,no meetings,0.0,2024-12-31,town,higher-is-better,,,,,,");
        assertThat(EvaluationWriter.groupCsv(t).lines())
                .containsExactly(
                        String.join(",", EvaluationWriter.GROUP_COLUMNS),
                        "a,equity,Equity,0.5,1,women-share;attendance-rate,0.4",
                        "b,equity,Equity,0.5,1,women-share;attendance-rate,0.4");
        StringWriter w = new StringWriter();
        EvaluationWriter.writeCsv(t, w);
        assertThat(w).hasToString(csv);
        JsonNode n = JSON.readTree(EvaluationWriter.json(t));
        assertThat(n.get("reports")).hasSize(2);
        assertThat(n.get("indicators").get(1).stringValue()).isEqualTo("attendance-rate");
    }

    @Test
    void cellsASpreadsheetWouldRunAreNeutralised() {
        String csv = EvaluationWriter.csv(report("forum", "=HYPERLINK(\"http://evil\")"));
        // the cell is quoted (it holds quotes) and starts with an apostrophe inside the quotes
        assertThat(csv)
                .contains(",\"'=HYPERLINK(\"\"http://evil\"\")\",")
                .doesNotContain(",=HYPERLINK(")
                .doesNotContain(",\"=HYPERLINK");
        assertThat(EvaluationWriter.csv(report("forum", "@SUM(A1)")).lines().skip(2))
                .singleElement()
                .satisfies(l ->
                        assertThat(l).endsWith(",not-measurable,'@SUM(A1),0.0,2024-12-31,town,higher-is-better,,,,,,"));
        // and JSON keeps the text exactly
        assertThat(JSON.readTree(EvaluationWriter.json(report("forum", "=1+1")))
                        .get("indicators")
                        .get(1)
                        .get("reason")
                        .stringValue())
                .isEqualTo("=1+1");
    }
}
