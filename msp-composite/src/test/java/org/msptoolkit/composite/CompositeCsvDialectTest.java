package org.msptoolkit.composite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msptoolkit.core.validation.Problem;

/**
 * The CSV dialects COINr users meet: RFC 4180 quoting (including a line break inside a quoted cell),
 * a UTF-8 byte order mark, CRLF line ends, and the {@code ;}-separated files with decimal commas that
 * spreadsheets write in many European locales. Expected values are the numbers written in the files.
 */
class CompositeCsvDialectTest {
    private static final String META = "Level,iCode,Parent,Direction,Weight,Type\n1,a,P,1,1,Indicator\n"
            + "1,b,P,-1,1,Indicator\n2,P,NA,1,1,Aggregate\nNA,g,NA,NA,NA,Group\n";

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    private IndexStructure meta() throws IOException {
        return CompositeCsv.readMeta(write("meta.csv", META));
    }

    @Test
    void aQuotedCellMayHoldCommasQuotesAndLineBreaks() throws IOException {
        UnitTable t = CompositeCsv.readData(
                write("data.csv", "uCode,uName,a,b,g\n" + "U1,\"Town, \"\"North\"\"\nand South\",1,2,x\nU2,B,3,NA,y\n"),
                meta());
        assertThat(t.units()).containsExactly("U1", "U2");
        assertThat(t.name("U1")).isEqualTo("Town, \"North\"\nand South");
        assertThat(t.value("U2", "a")).isEqualTo(3.0);
    }

    @Test
    void problemsAfterAQuotedLineBreakNameTheLineTheRecordStartsOn() throws IOException {
        Path data = write("data.csv", "uCode,uName,a,b,g\nU1,\"two\nlines\",1,2,x\nU2,B,oops,NA,y\n");
        CompositeDataException e =
                catchThrowableOfType(CompositeDataException.class, () -> CompositeCsv.readData(data, meta()));
        // U1's record spans lines 2-3, so U2 starts on line 4
        assertThat(e.problems()).extracting(Problem::location).containsExactly("data.csv:4:a");
    }

    @Test
    void aByteOrderMarkAndCrlfLineEndsAreIgnored() throws IOException {
        IndexStructure s = CompositeCsv.readMeta(write("meta.csv", "\uFEFF" + META.replace("\n", "\r\n")));
        assertThat(s.indicators()).containsExactly("a", "b");
        UnitTable t = CompositeCsv.readData(write("data.csv", "\uFEFFuCode,a,b,g\r\nU1,1,2,x\r\n\r\nU2,3,4,y\r\n"), s);
        assertThat(t.units()).containsExactly("U1", "U2");
        assertThat(t.value("U2", "b")).isEqualTo(4.0);
    }

    @Test
    void semicolonSeparatedFilesMayUseDecimalCommas() throws IOException {
        IndexStructure s = CompositeCsv.readMeta(
                write("meta.csv", META.replace(',', ';').replace("1;1;Indicator", "1;0,5;Indicator")));
        assertThat(s.row("a").orElseThrow().weight()).hasValue(0.5);
        UnitTable t = CompositeCsv.readData(
                write("data.csv", "uCode;uName;a;b;g\nU1;\"Name; with semicolon\";1,5;2;x\n" + "U2;B;-0,25;NA;y\n"), s);
        assertThat(t.name("U1")).isEqualTo("Name; with semicolon");
        assertThat(t.value("U1", "a")).isEqualTo(1.5);
        assertThat(t.value("U2", "a")).isEqualTo(-0.25);
        assertThat(t.value("U2", "b")).isNaN();
    }

    @Test
    void aCommaFileKeepsCommasInQuotedCellsAndRejectsDecimalCommas() throws IOException {
        Path data = write("data.csv", "uCode,a,b,g\nU1,\"1,5\",2,x\n");
        CompositeDataException e =
                catchThrowableOfType(CompositeDataException.class, () -> CompositeCsv.readData(data, meta()));
        assertThat(e.problems())
                .extracting(Problem::location, Problem::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("data.csv:2:a", CompositeCsv.NOT_A_NUMBER));
    }

    @Test
    void anUnclosedQuoteIsAMalformedFileProblem() throws IOException {
        Path data = write("data.csv", "uCode,a,b,g\nU1,1,2,\"x\nU2,3,4,y\n");
        CompositeDataException e =
                catchThrowableOfType(CompositeDataException.class, () -> CompositeCsv.readData(data, meta()));
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(CompositeCsv.MALFORMED_CSV);
            assertThat(p.location()).startsWith("data.csv:");
        });
    }
}
