package org.msptoolkit.learning.qca;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.msptoolkit.core.validation.Problem;
import org.msptoolkit.learning.internal.qca.CsvCases;

/**
 * The cases of a cross-case comparison (e.g. one row per MSP) and their values on named columns
 * (conditions such as "decisions by consensus", and an outcome such as "commitments delivered").
 * Values are raw numbers, crisp 0/1, fuzzy memberships in [0, 1] or multi-value categories 0, 1, 2…
 *
 * <p>Immutable. Build it from a CSV file ({@link #readCsv(Path)}) or in code ({@link #of}).
 */
public final class CaseTable {
    private final List<String> caseIds;
    private final List<String> columns;
    private final double[][] values; // [case][column]

    private CaseTable(List<String> caseIds, List<String> columns, double[][] values) {
        this.caseIds = caseIds;
        this.columns = columns;
        this.values = values;
    }

    /**
     * A case table from values in code.
     *
     * @param caseIds one id per case (process name, country code…), distinct
     * @param columns column names, distinct
     * @param values {@code values[case][column]}, finite numbers
     * @return the table
     * @throws QcaException listing every duplicate name, ragged row or non-finite value
     */
    public static CaseTable of(List<String> caseIds, List<String> columns, double[][] values) {
        Objects.requireNonNull(caseIds, "caseIds");
        Objects.requireNonNull(columns, "columns");
        Objects.requireNonNull(values, "values");
        List<Problem> problems = new ArrayList<>();
        duplicates(caseIds, "case", problems);
        duplicates(columns, "column", problems);
        if (values.length != caseIds.size()) {
            problems.add(Problem.of(
                    "values", QcaException.SHAPE, values.length + " rows of values for " + caseIds.size() + " cases"));
        }
        double[][] copy = new double[values.length][];
        for (int i = 0; i < values.length; i++) {
            String where = "case " + (i < caseIds.size() ? caseIds.get(i) : "#" + (i + 1));
            if (values[i] == null || values[i].length != columns.size()) {
                problems.add(Problem.of(
                        where,
                        QcaException.SHAPE,
                        (values[i] == null ? 0 : values[i].length) + " values for " + columns.size() + " columns"));
                continue;
            }
            copy[i] = values[i].clone();
            for (int j = 0; j < copy[i].length; j++) {
                if (!Double.isFinite(copy[i][j])) {
                    problems.add(Problem.of(
                            where + ", column " + columns.get(j),
                            QcaException.BAD_VALUE,
                            "value " + copy[i][j] + " is not a finite number"));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new QcaException("Case table rejected", problems);
        }
        return new CaseTable(List.copyOf(caseIds), List.copyOf(columns), copy);
    }

    private static void duplicates(List<String> names, String what, List<Problem> problems) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < names.size(); i++) {
            String n = names.get(i);
            if (n == null || n.isBlank()) {
                problems.add(Problem.of(what + "s[" + i + "]", QcaException.SHAPE, "blank " + what + " name"));
            } else if (!seen.add(n)) {
                problems.add(
                        Problem.of(what + "s[" + i + "]", QcaException.SHAPE, "duplicate " + what + " '" + n + "'"));
            }
        }
    }

    /**
     * Reads a CSV file of cases × columns. The first line holds the column names; the first column
     * holds the case ids when its header is empty, {@code case}, {@code cases} or {@code id}, or when it
     * is not numeric.
     *
     * <p>The file is RFC 4180 CSV in UTF-8 (an optional byte order mark is ignored; quoted fields may
     * contain separators, {@code ""} and line breaks; blank lines are ignored). The separator is
     * detected from the header line: {@code ;} when it has more semicolons than commas outside quotes,
     * otherwise {@code ,}; in a {@code ;}-separated file numbers may use a decimal comma.
     *
     * @param file the CSV file
     * @return the table
     * @throws QcaException listing every problem at once, each with its {@code file:line} or
     *     {@code file:line:field} (1-based field number; the message names the column)
     * @throws NullPointerException if {@code file} is null
     */
    public static CaseTable readCsv(Path file) {
        Objects.requireNonNull(file, "file");
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new QcaException(
                    "Cannot read " + file,
                    List.of(Problem.of(
                            file.toString(),
                            QcaException.SHAPE,
                            e.getMessage() == null ? "I/O error" : e.getMessage())));
        }
        return CsvCases.read(text, file.getFileName().toString());
    }

    /**
     * Parses CSV text of cases × columns, as {@link #readCsv(Path)}.
     *
     * @param csv the text
     * @param source a name for problem locations, e.g. {@code "inline"}
     * @return the table
     * @throws QcaException listing every problem at once, as {@link #readCsv(Path)}
     * @throws NullPointerException if {@code csv} or {@code source} is null
     */
    public static CaseTable parseCsv(String csv, String source) {
        Objects.requireNonNull(csv, "csv");
        Objects.requireNonNull(source, "source");
        return CsvCases.read(csv, source);
    }

    /**
     * Returns the case ids in table order.
     *
     * @return the case ids in table order
     */
    public List<String> caseIds() {
        return caseIds;
    }

    /**
     * Returns the column names in table order.
     *
     * @return the column names in table order
     */
    public List<String> columns() {
        return columns;
    }

    /**
     * Returns the number of cases.
     *
     * @return the number of cases
     */
    public int size() {
        return caseIds.size();
    }

    /**
     * The position of a column.
     *
     * @param name the column name
     * @return its index, or empty when there is no such column
     */
    public Optional<Integer> indexOf(String name) {
        Objects.requireNonNull(name, "name");
        int i = columns.indexOf(name);
        return i < 0 ? Optional.empty() : Optional.of(i);
    }

    /**
     * The values of one column, one per case.
     *
     * @param name the column name
     * @return a fresh array of values in case order
     * @throws QcaException when there is no such column
     */
    public double[] column(String name) {
        Objects.requireNonNull(name, "name");
        int j = columns.indexOf(name);
        if (j < 0) {
            throw QcaException.of(
                    "column " + name, QcaException.UNKNOWN_NAME, "no column '" + name + "'; columns are " + columns);
        }
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i][j];
        }
        return out;
    }

    /**
     * One value.
     *
     * @param caseIndex the case position
     * @param columnIndex the column position
     * @return the value
     */
    public double value(int caseIndex, int columnIndex) {
        return values[caseIndex][columnIndex];
    }

    /**
     * This table with a column added, or replaced when the name exists (e.g. a calibrated condition).
     *
     * @param name the column name
     * @param column one value per case
     * @return a new table
     */
    public CaseTable withColumn(String name, double[] column) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(column, "column");
        if (column.length != values.length) {
            throw QcaException.of(
                    "column " + name, QcaException.SHAPE, column.length + " values for " + values.length + " cases");
        }
        int j = columns.indexOf(name);
        List<String> cols = new ArrayList<>(columns);
        if (j < 0) {
            cols.add(name);
            j = cols.size() - 1;
        }
        double[][] v = new double[values.length][];
        for (int i = 0; i < values.length; i++) {
            v[i] = Arrays.copyOf(values[i], cols.size());
            v[i][j] = column[i];
        }
        return of(caseIds, cols, v);
    }

    /**
     * Returns e.g. {@code CaseTable[18 cases × 7 columns: DEV, URB, …]}.
     *
     * @return e.g. {@code CaseTable[18 cases × 7 columns: DEV, URB, …]}
     */
    @Override
    public String toString() {
        return "CaseTable[" + caseIds.size() + " cases × " + columns.size() + " columns: " + String.join(", ", columns)
                + "]";
    }
}
