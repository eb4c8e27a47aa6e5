package org.msptoolkit.io.csv;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.msptoolkit.core.model.MspProcess;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.SequenceWriter;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * Exports processes as tidy CSV tables (one row per fact) with Jackson's CSV module, for R, pandas
 * or a spreadsheet. Text cells that a spreadsheet would run as a formula (starting with
 * {@code = + - @}, a tab or a carriage return) get a leading apostrophe, so an exported file cannot
 * execute anything. Participants' names and genders are personal data and are left out unless
 * asked for. Immutable.
 *
 * <pre>{@code
 * String csv = CsvExport.tidy().toCsv(CsvTable.ATTENDANCE, process);
 * CsvExport.tidy().writeAll(Path.of("out"), processes);   // participants.csv, attendance.csv, ...
 * }</pre>
 */
public final class CsvExport {
    private static final CsvMapper MAPPER = CsvMapper.builder().build();
    private static final CsvExport TIDY = new CsvExport(false);

    private final boolean personalData;

    private CsvExport(boolean personalData) {
        this.personalData = personalData;
    }

    /**
     * Returns the export without personal data.
     *
     * @return the export without personal data
     */
    public static CsvExport tidy() {
        return TIDY;
    }

    /**
     * Returns this export with participants' names and genders (personal data: handle with care).
     *
     * @return this export with participants' names and genders (personal data: handle with care)
     */
    public CsvExport includingPersonalData() {
        return new CsvExport(true);
    }

    /**
     * Neutralises a cell a spreadsheet would run as a formula.
     *
     * @param cell the cell text
     * @return the text, with a leading apostrophe if it starts with {@code = + - @}, tab or carriage return
     */
    public static String neutralise(String cell) {
        if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
            return "'" + cell;
        }
        return cell;
    }

    /**
     * Writes one table of several processes, header first.
     *
     * @param table the table
     * @param processes the processes, consumed once
     * @param out where to (not closed)
     */
    public void write(CsvTable table, Stream<MspProcess> processes, Writer out) {
        CsvSchema.Builder b = CsvSchema.builder();
        table.columns(personalData).forEach(b::addColumn);
        CsvSchema schema = b.build().withHeader();
        try (SequenceWriter seq = MAPPER.writer(schema).writeValues(new NonClosingWriter(out))) {
            processes.forEach(p -> table.rows(p, personalData).forEach(row -> seq.write(safe(row))));
        } catch (JacksonException e) {
            throw new UncheckedIOException(
                    new IOException("cannot write " + table.fileName() + ": " + e.getOriginalMessage(), e));
        }
    }

    private static List<Object> safe(List<Object> row) {
        List<Object> out = new ArrayList<>(row.size());
        for (Object cell : row) {
            out.add(cell instanceof String s ? neutralise(s) : cell);
        }
        return out;
    }

    /**
     * One table of some processes as CSV text.
     *
     * @param table the table
     * @param processes the processes
     * @return the CSV text, header first
     */
    public String toCsv(CsvTable table, MspProcess... processes) {
        StringWriter out = new StringWriter();
        write(table, Stream.of(processes), out);
        return out.toString();
    }

    /**
     * Writes every table of these processes into a directory, one file per table
     * ({@link CsvTable#fileName()}), replacing existing files.
     *
     * @param dir the directory (created if missing)
     * @param processes the processes
     * @return the files written, by table
     */
    public Map<CsvTable, Path> writeAll(Path dir, Collection<MspProcess> processes) {
        Objects.requireNonNull(processes, "processes");
        Map<CsvTable, Path> files = new java.util.EnumMap<>(CsvTable.class);
        try {
            Files.createDirectories(dir);
            for (CsvTable t : CsvTable.values()) {
                Path f = dir.resolve(t.fileName());
                try (Writer w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
                    write(t, processes.stream(), w);
                }
                files.put(t, f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write CSV tables to " + dir, e);
        }
        return files;
    }

    /** Keeps Jackson from closing a caller's writer. */
    private static final class NonClosingWriter extends java.io.FilterWriter {
        NonClosingWriter(Writer out) {
            super(out);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
