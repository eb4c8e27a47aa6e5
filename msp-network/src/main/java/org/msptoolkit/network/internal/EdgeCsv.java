package org.msptoolkit.network.internal;

import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.msptoolkit.network.Tie;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.SequenceWriter;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * Writes the ties of a view as a CSV edge list with jackson-dataformat-csv: header {@code source, target,
 * source_label, target_label} then the tie attributes. Cells that a spreadsheet would run as a formula are
 * prefixed with an apostrophe.
 */
public final class EdgeCsv {
    private static final CsvMapper MAPPER = CsvMapper.builder().build();

    private EdgeCsv() {}

    /**
     * Returns the column names, in order.
     *
     * @return the column names, in order
     */
    public static List<String> columns() {
        List<String> c = new ArrayList<>(List.of("source", "target", "source_label", "target_label"));
        c.addAll(ViewGraph.EDGE_ATTRIBUTES.keySet());
        return c;
    }

    /**
     * Writes the ties.
     *
     * @param view the view
     * @param out where to (not closed)
     */
    public static void write(ViewGraph view, Writer out) {
        CsvSchema.Builder b = CsvSchema.builder();
        columns().forEach(b::addColumn);
        CsvSchema schema = b.build().withHeader();
        try (SequenceWriter seq = MAPPER.writer(schema).writeValues(new NonClosing(out))) {
            for (Tie t : view.graph().edgeSet()) {
                Map<String, Object> a = view.tieAttributes(t);
                List<Object> row = new ArrayList<>();
                row.add(safe(t.a().id()));
                row.add(safe(t.b().id()));
                row.add(safe(t.a().label()));
                row.add(safe(t.b().label()));
                for (String k : ViewGraph.EDGE_ATTRIBUTES.keySet()) {
                    Object v = a.get(k);
                    row.add(v == null ? "" : v instanceof String s ? safe(s) : v);
                }
                seq.write(row);
            }
        } catch (JacksonException e) {
            throw new java.io.UncheckedIOException(new java.io.IOException(e.getOriginalMessage(), e));
        }
    }

    private static String safe(String s) {
        return !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
    }
}
