package org.msptoolkit.learning.internal.qca;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.msptoolkit.core.validation.Problem;
import org.msptoolkit.learning.qca.CaseTable;
import org.msptoolkit.learning.qca.QcaException;

/** Reads a CSV of cases × columns into a {@link CaseTable}, reporting every bad cell at once. */
public final class CsvCases {
    private CsvCases() {
    }

    /**
     * Reads the CSV.
     *
     * @param reader the text
     * @param source the file name for locations
     * @return the table
     * @throws IOException when reading fails
     */
    public static CaseTable read(Reader reader, String source) throws IOException {
        BufferedReader in = new BufferedReader(reader);
        List<List<String>> rows = new ArrayList<>();
        String line;
        while ((line = in.readLine()) != null) {
            if (!line.isBlank()) {
                rows.add(split(line));
            }
        }
        if (rows.isEmpty()) {
            throw QcaException.of(source, QcaException.SHAPE, "empty file");
        }
        List<String> header = rows.get(0);
        String h0 = header.get(0).trim().toLowerCase(Locale.ROOT);
        boolean idColumn = h0.isEmpty() || h0.equals("case") || h0.equals("id") || h0.equals("cases");
        if (!idColumn) {
            for (int r = 1; r < rows.size() && !idColumn; r++) {
                idColumn = parse(rows.get(r).get(0)) == null;
            }
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
            List<String> row = rows.get(r);
            ids.add(idColumn ? row.get(0).trim() : "r" + r);
            if (row.size() != header.size()) {
                problems.add(Problem.of(source + ":" + (r + 1), QcaException.SHAPE,
                        row.size() + " fields where the header has " + header.size()));
                continue;
            }
            for (int j = first; j < row.size(); j++) {
                Double v = parse(row.get(j));
                if (v == null) {
                    problems.add(Problem.of(source + ":" + (r + 1) + ":" + (j + 1), QcaException.BAD_VALUE,
                            "'" + row.get(j) + "' in column " + header.get(j) + " is not a number"));
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

    private static Double parse(String s) {
        String t = s.trim();
        if (t.isEmpty()) {
            return null;
        }
        try {
            double d = Double.parseDouble(t);
            return Double.isFinite(d) ? d : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static List<String> split(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        cur.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    cur.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString());
        return out;
    }
}
