package org.msptoolkit.learning.internal.qca;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.msptoolkit.core.validation.Problem;
import org.msptoolkit.learning.qca.CaseTable;
import org.msptoolkit.learning.qca.QcaException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * Reads a CSV of cases × columns into a {@link CaseTable} through jackson-dataformat-csv, reporting
 * every bad cell at once as {@code file:line:field} (the physical line where the record or cell
 * starts, the 1-based field number; the message names the column).
 *
 * <p>Dialect: RFC 4180 (double quotes, {@code ""} inside quotes, line breaks inside quoted fields),
 * an optional UTF-8 byte order mark, blank lines ignored. The separator is detected from the header
 * line: {@code ;} when that line has more semicolons than commas outside quotes, otherwise {@code ,}.
 * In a {@code ;}-separated file a number may use a decimal comma ({@code 0,75}).
 */
public final class CsvCases {
    private static final CsvMapper MAPPER =
            CsvMapper.builder().enable(CsvReadFeature.SKIP_EMPTY_LINES).build();

    private CsvCases() {}

    /** One record with the physical line of its start and of each field. */
    private record Row(int line, List<String> fields, List<Integer> fieldLines) {}

    /**
     * Reads the CSV text.
     *
     * @param text the whole text (a leading byte order mark is ignored)
     * @param source the file name for locations
     * @return the table
     * @throws QcaException listing every problem with its location
     */
    public static CaseTable read(String text, String source) {
        String csv = text.startsWith("\uFEFF") ? text.substring(1) : text;
        char separator = separator(csv);
        List<Row> rows = records(csv, separator, source);
        if (rows.isEmpty()) {
            throw QcaException.of(source, QcaException.SHAPE, "empty file");
        }
        List<String> header = rows.get(0).fields();
        String h0 = header.get(0).trim().toLowerCase(Locale.ROOT);
        boolean idColumn = h0.isEmpty() || h0.equals("case") || h0.equals("id") || h0.equals("cases");
        for (int r = 1; r < rows.size() && !idColumn; r++) {
            idColumn = parse(rows.get(r).fields().get(0), separator) == null;
        }
        int first = idColumn ? 1 : 0;
        List<String> columns = new ArrayList<>();
        for (int j = first; j < header.size(); j++) {
            columns.add(header.get(j).trim());
        }
        List<Problem> problems = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        double[][] values = new double[rows.size() - 1][columns.size()];
        for (int r = 1; r < rows.size(); r++) {
            Row row = rows.get(r);
            List<String> fields = row.fields();
            ids.add(idColumn ? fields.get(0).trim() : "r" + r);
            if (fields.size() != header.size()) {
                problems.add(Problem.of(
                        source + ":" + row.line(),
                        QcaException.SHAPE,
                        fields.size() + " fields where the header has " + header.size()));
                continue;
            }
            for (int j = first; j < fields.size(); j++) {
                Double v = parse(fields.get(j), separator);
                if (v == null) {
                    problems.add(Problem.of(
                            source + ":" + row.fieldLines().get(j) + ":" + (j + 1),
                            QcaException.BAD_VALUE,
                            "'" + fields.get(j) + "' in column " + header.get(j).trim() + " is not a number"));
                } else {
                    values[r - 1][j - first] = v;
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new QcaException("Cannot read " + source, problems);
        }
        return CaseTable.of(ids, columns, values);
    }

    private static List<Row> records(String csv, char separator, String source) {
        CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(separator);
        List<Row> rows = new ArrayList<>();
        try (JsonParser p = MAPPER.reader(schema).createParser(csv)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t != JsonToken.START_ARRAY) {
                    continue;
                }
                List<String> fields = new ArrayList<>();
                List<Integer> lines = new ArrayList<>();
                while ((t = p.nextToken()) != JsonToken.END_ARRAY && t != null) {
                    lines.add(p.currentTokenLocation().getLineNr());
                    fields.add(p.getString());
                }
                // A record starts on the line of its first field (the array token sits before the line break).
                rows.add(new Row(lines.isEmpty() ? p.currentTokenLocation().getLineNr() : lines.get(0), fields, lines));
            }
        } catch (JacksonException e) {
            TokenStreamLocation at = e.getLocation();
            String where = at == null ? source : source + ":" + at.getLineNr() + ":" + at.getColumnNr();
            throw QcaException.of(where, QcaException.SHAPE, "malformed CSV: " + e.getOriginalMessage());
        }
        return rows;
    }

    /** {@code ;} when the header line has more semicolons than commas outside quotes. */
    static char separator(String csv) {
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            }
        }
        return semicolons > commas ? ';' : ',';
    }

    private static @Nullable Double parse(String s, char separator) {
        String t = s.trim();
        if (t.isEmpty()) {
            return null;
        }
        if (separator == ';' && t.indexOf('.') < 0 && t.indexOf(',') == t.lastIndexOf(',')) {
            t = t.replace(',', '.');
        }
        try {
            double d = Double.parseDouble(t);
            return Double.isFinite(d) ? d : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
