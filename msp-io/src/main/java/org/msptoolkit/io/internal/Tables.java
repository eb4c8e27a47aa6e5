package org.msptoolkit.io.internal;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.msptoolkit.io.csv.CsvExport;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;
import tools.jackson.dataformat.csv.CsvWriteFeature;

/**
 * Shared output plumbing for report writers: tidy CSV through Jackson's CSV module with
 * {@link CsvExport#neutralise(String) formula neutralisation}, and indented JSON. Internal.
 */
public final class Tables {
    /** Quotes a cell only when CSV needs it (not every text longer than 24 characters). */
    private static final CsvMapper CSV =
            CsvMapper.builder().enable(CsvWriteFeature.STRICT_CHECK_FOR_QUOTING).build();

    private static final ObjectMapper JSON = Engine.jsonMapper(org.msptoolkit.io.ReadLimits.defaults());

    private Tables() {}

    /**
     * Writes rows as CSV, header first; text cells are neutralised, {@code null} cells written empty.
     *
     * @param columns the header
     * @param rows the rows, each in column order
     * @param out where to (not closed)
     */
    public static void csv(List<String> columns, List<List<Object>> rows, Writer out) {
        CsvSchema.Builder b = CsvSchema.builder();
        columns.forEach(b::addColumn);
        CsvSchema schema = b.build().withHeader();
        try (var seq = CSV.writer(schema).writeValues(new FilterWriter(out) {
            @Override
            public void close() throws IOException {
                flush();
            }
        })) {
            for (List<Object> row : rows) {
                seq.write(safe(row));
            }
        } catch (JacksonException e) {
            throw new UncheckedIOException(new IOException("cannot write CSV: " + e.getOriginalMessage(), e));
        }
    }

    /**
     * Rows as CSV text.
     *
     * @param columns the header
     * @param rows the rows
     * @return the text, header first
     */
    public static String csv(List<String> columns, List<List<Object>> rows) {
        StringWriter w = new StringWriter();
        csv(columns, rows, w);
        return w.toString();
    }

    private static List<Object> safe(List<Object> row) {
        List<Object> out = new ArrayList<>(row.size());
        for (Object cell : row) {
            out.add(cell instanceof String s ? CsvExport.neutralise(s) : cell);
        }
        return out;
    }

    /**
     * A tree as indented JSON text.
     *
     * @param tree the tree
     * @return the text
     */
    public static String json(JsonNode tree) {
        return JSON.writeValueAsString(tree);
    }

    /**
     * Writes a tree as indented JSON (the writer is not closed).
     *
     * @param tree the tree
     * @param out where to
     */
    public static void json(JsonNode tree, Writer out) {
        try {
            out.write(json(tree));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
