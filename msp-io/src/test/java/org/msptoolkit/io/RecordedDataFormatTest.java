package org.msptoolkit.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.msptoolkit.core.model.MspProcess;
import org.msptoolkit.core.model.RecordedData;

/** Format v1 keeps "recorded, none" apart from "not recorded", both ways. */
class RecordedDataFormatTest {
    private static final String NOT_RECORDED = """
            formatVersion: 1
            kind: process
            id: p
            title: P
            stakeholders: [{id: s, name: S, group: ngos}]
            decisions: [{id: d, date: 2020-01-01, subject: X, method: vote}]
            """;
    private static final String RECORDED_NONE = NOT_RECORDED + """
            linkage: {kind: none}
            funding: []
            """;

    @Test
    void absentFieldsAreNotRecordedAndEmptyOnesAreRecordedNone() {
        MspProcess absent = MspFormat.yaml().readProcess(NOT_RECORDED).orElseThrow();
        assertThat(RecordedData.LINKAGE.isRecordedIn(absent)).isFalse();
        assertThat(RecordedData.FUNDING.isRecordedIn(absent)).isFalse();
        assertThat(RecordedData.OBJECTIONS.isRecordedIn(absent)).isFalse();
        MspProcess none = MspFormat.yaml()
                .readProcess(RECORDED_NONE.replace("method: vote}", "method: vote, objections: []}"))
                .orElseThrow();
        assertThat(RecordedData.LINKAGE.isRecordedIn(none)).isTrue();
        assertThat(RecordedData.FUNDING.isRecordedIn(none)).isTrue();
        assertThat(RecordedData.OBJECTIONS.isRecordedIn(none)).isTrue();
        assertThat(none.funding()).isEmpty();
        assertThat(none.decisions().get(0).objections()).isEmpty();
        for (MspProcess p : new MspProcess[] {absent, none}) {
            String json = MspFormat.json().write(MspDocument.of(p));
            assertThat(MspFormat.json().readProcess(json).orElseThrow())
                    .as(json)
                    .isEqualTo(p);
        }
        assertThat(MspFormat.json().write(MspDocument.of(none)))
                .contains("\"funding\"", "\"objections\"", "\"linkage\"");
        assertThat(MspFormat.json().write(MspDocument.of(absent)))
                .doesNotContain("\"funding\"")
                .doesNotContain("\"objections\"")
                .doesNotContain("\"linkage\"");
    }

    @Test
    void aFundingDateRoundTrips() {
        MspProcess p = MspFormat.yaml()
                .readProcess(NOT_RECORDED + "funding: [{from: s, amount: 10, currency: EUR, date: 2020-02-01}]\n")
                .orElseThrow();
        assertThat(p.funding().get(0).date()).hasValue(java.time.LocalDate.of(2020, 2, 1));
        assertThat(MspFormat.json()
                        .readProcess(MspFormat.json().write(MspDocument.of(p)))
                        .orElseThrow())
                .isEqualTo(p);
    }
}
