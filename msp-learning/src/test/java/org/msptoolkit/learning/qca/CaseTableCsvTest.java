package org.msptoolkit.learning.qca;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msptoolkit.core.validation.Problem;

/** Reading case tables from CSV: RFC 4180, byte order mark, {@code ;} dialect, and every problem located. */
class CaseTableCsvTest {

    @Test
    void quotedNewlineStaysInsideItsField() {
        CaseTable t = CaseTable.parseCsv("case,A,B\n\"two\nlines\",1,0\nz,0,1\n", "t.csv");
        assertThat(t.caseIds()).containsExactly("two\nlines", "z");
        assertThat(t.columns()).containsExactly("A", "B");
        assertThat(t.column("A")).containsExactly(1, 0);
        assertThat(t.column("B")).containsExactly(0, 1);
    }

    @Test
    void quotedSeparatorsAndDoubledQuotesAreText() {
        CaseTable t = CaseTable.parseCsv("\"case\",\"A\"\n\"say \"\"hi\"\", ok\",0.25\n", "t.csv");
        assertThat(t.caseIds()).containsExactly("say \"hi\", ok");
        assertThat(t.column("A")).containsExactly(0.25);
    }

    @Test
    void crlfLineEndsAndBlankLinesAreAccepted() {
        CaseTable t = CaseTable.parseCsv("case,A\r\nx,1\r\n\r\ny,0\r\n", "t.csv");
        assertThat(t.caseIds()).containsExactly("x", "y");
        assertThat(t.column("A")).containsExactly(1, 0);
    }

    @Test
    void byteOrderMarkIsIgnoredInText() {
        // Without the mark removed, the first column would be named "\uFEFFA".
        CaseTable t = CaseTable.parseCsv("\uFEFFA,B\n1,0\n0,1\n", "t.csv");
        assertThat(t.columns()).containsExactly("A", "B");
        assertThat(t.caseIds()).containsExactly("r1", "r2");
    }

    @Test
    void byteOrderMarkIsIgnoredInAFile(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("bom.csv");
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = "DEV,SURV\n1,1\n0,0\n".getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, bom.length);
        System.arraycopy(body, 0, all, bom.length, body.length);
        Files.write(f, all);
        CaseTable t = CaseTable.readCsv(f);
        assertThat(t.columns()).containsExactly("DEV", "SURV");
        assertThat(t.column("DEV")).containsExactly(1, 0);
    }

    @Test
    void semicolonDialectIsDetectedFromTheHeader() {
        CaseTable t = CaseTable.parseCsv("case;A;B\n\"a,b\";0,75;1\nc;0.5;0\n", "t.csv");
        assertThat(t.columns()).containsExactly("A", "B");
        assertThat(t.caseIds()).containsExactly("a,b", "c");
        assertThat(t.column("A")).containsExactly(0.75, 0.5);
        assertThat(t.column("B")).containsExactly(1, 0);
    }

    @Test
    void commasInsideQuotedHeaderNamesDoNotMakeItCommaSeparated() {
        CaseTable t = CaseTable.parseCsv("case;\"x, y, z\";B\nk;1;0\n", "t.csv");
        assertThat(t.columns()).containsExactly("x, y, z", "B");
    }

    @Test
    void commaDialectDoesNotAcceptDecimalCommas() {
        assertThatThrownBy(() -> CaseTable.parseCsv("case,A\nx,\"0,5\"\n", "t.csv"))
                .isInstanceOfSatisfying(
                        QcaException.class,
                        e -> assertThat(e.problems())
                                .containsExactly(Problem.of(
                                        "t.csv:2:2", QcaException.BAD_VALUE, "'0,5' in column A is not a number")));
    }

    @Test
    void everyBadNumberIsReportedWithLineAndField() {
        assertThatThrownBy(() -> CaseTable.parseCsv("case,A,B\nx,1,zz\ny,q,0\n", "t.csv"))
                .isInstanceOfSatisfying(
                        QcaException.class,
                        e -> assertThat(e.problems())
                                .containsExactly(
                                        Problem.of(
                                                "t.csv:2:3",
                                                QcaException.BAD_VALUE,
                                                "'zz' in column B is not a number"),
                                        Problem.of(
                                                "t.csv:3:2",
                                                QcaException.BAD_VALUE,
                                                "'q' in column A is not a number")));
    }

    @Test
    void linesCountPhysicalLinesAfterAQuotedNewline() {
        // The record "p\nq" spans lines 2 and 3, so the bad value is on line 4.
        assertThatThrownBy(() -> CaseTable.parseCsv("case,A\n\"p\nq\",1\nr,abc\n", "t.csv"))
                .isInstanceOfSatisfying(
                        QcaException.class,
                        e -> assertThat(e.problems())
                                .containsExactly(Problem.of(
                                        "t.csv:4:2", QcaException.BAD_VALUE, "'abc' in column A is not a number")));
    }

    @Test
    void raggedRowsAndBadValuesAreReportedTogether() {
        assertThatThrownBy(() -> CaseTable.parseCsv("case,A,B\nx\ny,1,oops\n", "t.csv"))
                .isInstanceOfSatisfying(QcaException.class, e -> {
                    assertThat(e.problems())
                            .containsExactly(
                                    Problem.of("t.csv:2", QcaException.SHAPE, "1 fields where the header has 3"),
                                    Problem.of(
                                            "t.csv:3:3", QcaException.BAD_VALUE, "'oops' in column B is not a number"));
                    assertThat(e.getMessage()).contains("t.csv:2: 1 fields where the header has 3");
                });
    }

    @Test
    void unterminatedQuoteIsAShapeProblemWithItsLocation() {
        assertThatThrownBy(() -> CaseTable.parseCsv("case,A\n\"x,1\n", "t.csv"))
                .isInstanceOfSatisfying(QcaException.class, e -> {
                    assertThat(e.problems()).hasSize(1);
                    assertThat(e.problems().get(0).code()).isEqualTo(QcaException.SHAPE);
                    assertThat(e.problems().get(0).location()).startsWith("t.csv:");
                });
    }

    @Test
    void emptyTextIsRejected() {
        assertThatThrownBy(() -> CaseTable.parseCsv("\n\n", "t.csv"))
                .isInstanceOfSatisfying(
                        QcaException.class,
                        e -> assertThat(e.problems())
                                .containsExactly(Problem.of("t.csv", QcaException.SHAPE, "empty file")));
    }

    @Test
    void missingFileIsAProblemNotAnIoException(@TempDir Path dir) {
        assertThatThrownBy(() -> CaseTable.readCsv(dir.resolve("absent.csv")))
                .isInstanceOfSatisfying(
                        QcaException.class, e -> assertThat(e.problems()).hasSize(1));
    }

    @Test
    void nullArgumentsNameTheParameter() {
        assertThatNullPointerException()
                .isThrownBy(() -> CaseTable.parseCsv(null, "t.csv"))
                .withMessage("csv");
        assertThatNullPointerException()
                .isThrownBy(() -> CaseTable.parseCsv("a\n1\n", null))
                .withMessage("source");
        assertThatNullPointerException()
                .isThrownBy(() -> CaseTable.readCsv(null))
                .withMessage("file");
    }
}
