package org.msptoolkit.composite;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.msptoolkit.composite.internal.Csv;
import org.msptoolkit.core.MspException;
import org.msptoolkit.core.validation.Problem;
import tools.jackson.core.JacksonException;

/**
 * Reads COINr's {@code iMeta} and {@code iData} tables from CSV files, so COINr users can bring their
 * files unchanged. {@code NA} or an empty cell means missing. Every problem (unknown parent, a
 * non-numeric cell, an undescribed column, …) is reported at once with {@code file:line:column}, the
 * line being the one the record starts on.
 *
 * <p>Files are RFC 4180 CSV read through jackson-dataformat-csv: quoted fields may hold commas, doubled
 * quotes and line breaks; a UTF-8 byte order mark is ignored; a file whose header line has more
 * {@code ;} than {@code ,} is read as the {@code ;}-separated dialect, where numbers may also be written
 * with a decimal comma ({@code 0,5}).
 */
public final class CompositeCsv {
    /** Problem code: a cell that should hold a number does not. */
    public static final String NOT_A_NUMBER = "not-a-number";
    /** Problem code: a required column is absent. */
    public static final String MISSING_COLUMN = "missing-column";
    /**
     * Problem code: the file is not well-formed CSV (e.g. a quote that is never closed).
     *
     * @since 0.2.0
     */
    public static final String MALFORMED_CSV = "malformed-csv";

    /** COINr's per-indicator normalisation parameter columns ({@code f_n_para = "use_iMeta"}). */
    private static final java.util.Set<String> PARAMETERS = java.util.Set.of(
            "minmax_lower",
            "minmax_upper",
            "zscore_mean",
            "zscore_sd",
            "scaled_lower",
            "scaled_upper",
            "scale_factor",
            "dist2targ_cap_max",
            "goalpost_lower",
            "goalpost_upper",
            "goalpost_scale",
            "goalpost_trunc2posts");

    /** Lower and upper bound parameters that must be in increasing order. */
    private static final String[][] BOUNDS = {
        {"minmax_lower", "minmax_upper"}, {"scaled_lower", "scaled_upper"}, {"goalpost_lower", "goalpost_upper"}
    };

    private CompositeCsv() {}

    /**
     * Reads index metadata ({@code iMeta}): columns {@code Level, iCode, Parent, Direction, Weight, Type},
     * optionally {@code iName, Unit, Target, Denominator} and COINr's normalisation parameter columns
     * ({@code minmax_lower/upper}, {@code zscore_mean/sd}, {@code scaled_lower/upper}, {@code scale_factor},
     * {@code dist2targ_cap_max}, {@code goalpost_lower/upper/scale/trunc2posts}: numbers or TRUE/FALSE),
     * which become row {@link MetaRow#parameters() parameters}. Other columns are descriptive and ignored.
     *
     * @param file the CSV file
     * @return the validated structure
     * @throws CompositeDataException listing every problem
     * @throws MspException when the file cannot be read
     */
    public static IndexStructure readMeta(Path file) {
        String f = file.getFileName().toString();
        Csv.Records table = read(file, f);
        List<List<String>> recs = table.records();
        boolean comma = table.decimalComma();
        List<Problem> problems = new ArrayList<>();
        if (recs.isEmpty()) {
            throw new CompositeDataException(f, List.of(Problem.of(f, MISSING_COLUMN, "the file is empty")));
        }
        List<String> header = recs.get(0);
        Map<String, Integer> col = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            if (col.putIfAbsent(header.get(i).trim(), i) != null) {
                problems.add(duplicateColumn(f, table.line(0), header.get(i).trim()));
            }
        }
        for (String req : List.of("Level", "iCode", "Parent", "Direction", "Weight", "Type")) {
            if (!col.containsKey(req)) {
                problems.add(
                        Problem.of(f + ":" + table.line(0), MISSING_COLUMN, "required column '" + req + "' is absent"));
            }
        }
        if (!problems.isEmpty()) {
            throw new CompositeDataException(f, problems);
        }
        List<MetaRow> rows = new ArrayList<>();
        Map<String, String> locations = new HashMap<>();
        for (int r = 1; r < recs.size(); r++) {
            List<String> rec = recs.get(r);
            String at = f + ":" + table.line(r);
            if (rec.size() != header.size()) {
                problems.add(Problem.of(
                        at, Problem.CONSTRAINT, "row has " + rec.size() + " cells, header has " + header.size()));
                continue;
            }
            String code = cell(rec, col, "iCode").orElse("");
            if (code.isBlank()) {
                problems.add(Problem.of(at + ":iCode", Problem.CONSTRAINT, "iCode is empty"));
                continue;
            }
            Optional<NodeType> type = cell(rec, col, "Type").flatMap(NodeType::fromCode);
            if (type.isEmpty()) {
                problems.add(Problem.of(
                        at + ":Type",
                        Problem.CONSTRAINT,
                        "Type '" + cell(rec, col, "Type").orElse("") + "' of '" + code
                                + "' is not one of Indicator, Aggregate, Group, "
                                + "Denominator, Other"));
                continue;
            }
            OptionalDouble level = number(rec, col, "Level", at, problems, comma);
            OptionalDouble dir = number(rec, col, "Direction", at, problems, comma);
            OptionalDouble weight = number(rec, col, "Weight", at, problems, comma);
            OptionalDouble target = col.containsKey("Target")
                    ? number(rec, col, "Target", at, problems, comma)
                    : OptionalDouble.empty();
            boolean inIndex = type.get() == NodeType.INDICATOR || type.get() == NodeType.AGGREGATE;
            if (level.isPresent() && level.getAsDouble() != Math.rint(level.getAsDouble())) {
                problems.add(Problem.of(
                        at + ":Level", Problem.CONSTRAINT, "Level must be a whole number, not " + level.getAsDouble()));
            } else if (level.isPresent() && inIndex && Math.abs(level.getAsDouble()) > recs.size() - 1) {
                // checked here, before the cast to int would turn 3e9 into 2147483647
                problems.add(Problem.of(
                        at + ":Level",
                        Problem.CONSTRAINT,
                        "Level " + cell(rec, col, "Level").orElse("") + " of '" + code
                                + "' is above the number of metadata rows (" + (recs.size() - 1) + ")"));
                level = OptionalDouble.empty();
            }
            if (inIndex && dir.isEmpty()) {
                problems.add(
                        Problem.of(at + ":Direction", Problem.CONSTRAINT, "Direction of '" + code + "' is missing"));
            }
            locations.put(code, at);
            Map<String, Double> parameters = new HashMap<>();
            for (Map.Entry<String, Integer> e : col.entrySet()) {
                if (!PARAMETERS.contains(e.getKey())) {
                    continue;
                }
                String v = rec.get(e.getValue()).trim();
                if (v.equalsIgnoreCase("TRUE") || v.equalsIgnoreCase("FALSE")) {
                    parameters.put(e.getKey(), v.equalsIgnoreCase("TRUE") ? 1.0 : 0.0);
                } else if (!v.isEmpty() && !v.equals("NA")) {
                    try {
                        parameters.put(e.getKey(), parse(v, comma));
                    } catch (NumberFormatException ex) {
                        problems.add(Problem.of(
                                at + ":" + e.getKey(),
                                NOT_A_NUMBER,
                                "parameter " + e.getKey() + " '" + v + "' of '" + code
                                        + "' is not a number or TRUE/FALSE" + why(ex)));
                    }
                }
            }
            for (String[] pair : BOUNDS) {
                Double lo = parameters.get(pair[0]);
                Double hi = parameters.get(pair[1]);
                if (lo != null && hi != null && !(lo < hi)) {
                    problems.add(Problem.of(
                            at + ":" + pair[1],
                            Problem.CONSTRAINT,
                            pair[1] + " " + hi + " of '" + code + "' must be above " + pair[0] + " " + lo
                                    + " (equal or reversed bounds divide by zero or flip the scale)"));
                }
            }
            Double sd = parameters.get("zscore_sd");
            if (sd != null && !(sd > 0)) {
                problems.add(Problem.of(
                        at + ":zscore_sd",
                        Problem.CONSTRAINT,
                        "zscore_sd of '" + code + "' must be above 0, not " + sd));
            }
            rows.add(new MetaRow(
                    code,
                    cell(rec, col, "iName").orElse(code),
                    level.isPresent() && inIndex ? OptionalInt.of((int) level.getAsDouble()) : OptionalInt.empty(),
                    cell(rec, col, "Parent"),
                    dir.isPresent() ? (int) dir.getAsDouble() : 1,
                    inIndex ? weight : OptionalDouble.empty(),
                    type.get(),
                    cell(rec, col, "Unit"),
                    target,
                    cell(rec, col, "Denominator"),
                    parameters));
        }
        try {
            if (problems.isEmpty()) {
                return IndexStructure.of(rows, locations, f);
            }
            IndexStructure.of(rows, locations, f);
        } catch (CompositeDataException e) {
            problems.addAll(e.problems());
        }
        throw new CompositeDataException(f, problems);
    }

    /**
     * Reads unit data ({@code iData}): a {@code uCode} column, optionally {@code uName} and {@code Time},
     * and one column per metadata row of type Indicator, Denominator, Group or Other.
     *
     * @param file the CSV file
     * @param structure the metadata describing the columns
     * @return the table
     * @throws CompositeDataException listing every problem
     * @throws MspException when the file cannot be read
     */
    public static UnitTable readData(Path file, IndexStructure structure) {
        String f = file.getFileName().toString();
        Csv.Records table = read(file, f);
        List<List<String>> recs = table.records();
        boolean comma = table.decimalComma();
        List<Problem> problems = new ArrayList<>();
        if (recs.isEmpty()) {
            throw new CompositeDataException(f, List.of(Problem.of(f, MISSING_COLUMN, "the file is empty")));
        }
        List<String> header = recs.get(0);
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (String h : header) {
            if (!seen.add(h)) {
                problems.add(duplicateColumn(f, table.line(0), h));
            }
        }
        int uCode = header.indexOf("uCode");
        int uName = header.indexOf("uName");
        if (uCode < 0) {
            problems.add(Problem.of(f + ":" + table.line(0), MISSING_COLUMN, "required column 'uCode' is absent"));
        }
        for (String ind : structure.indicators()) {
            if (!header.contains(ind)) {
                problems.add(Problem.of(
                        f + ":" + table.line(0),
                        MISSING_COLUMN,
                        "indicator '" + ind + "' of the metadata has no column"));
            }
        }
        for (int c = 0; c < header.size(); c++) {
            String h = header.get(c);
            if (c != uCode
                    && c != uName
                    && !h.equals("Time")
                    && structure.row(h).isEmpty()) {
                problems.add(Problem.of(
                        f + ":" + table.line(0) + ":" + h,
                        Problem.UNRESOLVED_REFERENCE,
                        "column '" + h + "' is not described in the metadata (iMeta)"));
            }
        }
        if (!problems.isEmpty()) {
            throw new CompositeDataException(f, problems);
        }
        int n = recs.size() - 1;
        List<String> units = new ArrayList<>();
        for (int r = 1; r <= n; r++) {
            List<String> rec = recs.get(r);
            if (rec.size() != header.size()) {
                problems.add(Problem.of(
                        f + ":" + table.line(r),
                        Problem.CONSTRAINT,
                        "row has " + rec.size() + " cells, header has " + header.size()));
                units.add("");
                continue;
            }
            String u = rec.get(uCode).trim();
            if (u.isEmpty() || u.equals("NA")) {
                problems.add(Problem.of(f + ":" + table.line(r) + ":uCode", Problem.CONSTRAINT, "uCode is empty"));
            } else if (units.contains(u)) {
                problems.add(Problem.of(
                        f + ":" + table.line(r) + ":uCode",
                        Problem.DUPLICATE_ID,
                        "uCode '" + u + "' appears more than once"));
            }
            units.add(u);
        }
        if (!problems.isEmpty()) {
            throw new CompositeDataException(f, problems);
        }
        UnitTable.Builder b = UnitTable.builder(units);
        for (int c = 0; c < header.size(); c++) {
            String h = header.get(c);
            if (c == uCode) {
                continue;
            }
            if (c == uName) {
                for (int r = 1; r <= n; r++) {
                    b.name(units.get(r - 1), recs.get(r).get(c));
                }
                continue;
            }
            NodeType type = h.equals("Time")
                    ? NodeType.DENOMINATOR
                    : structure.row(h).orElseThrow().type();
            if (type == NodeType.GROUP || type == NodeType.OTHER) {
                List<String> vals = new ArrayList<>();
                for (int r = 1; r <= n; r++) {
                    String v = recs.get(r).get(c);
                    vals.add(v.equals("NA") ? "" : v);
                }
                b.group(h, vals);
            } else {
                double[] vals = new double[n];
                for (int r = 1; r <= n; r++) {
                    String v = recs.get(r).get(c).trim();
                    if (v.isEmpty() || v.equals("NA")) {
                        vals[r - 1] = Double.NaN;
                        continue;
                    }
                    try {
                        vals[r - 1] = parse(v, comma);
                    } catch (NumberFormatException e) {
                        problems.add(Problem.of(
                                f + ":" + table.line(r) + ":" + h,
                                CompositeCsv.NOT_A_NUMBER,
                                "'" + v + "' is not a number" + why(e) + " (unit " + units.get(r - 1) + ")"));
                    }
                }
                b.column(h, vals);
            }
        }
        if (!problems.isEmpty()) {
            throw new CompositeDataException(f, problems);
        }
        return b.build();
    }

    private static Csv.Records read(Path file, String f) {
        try {
            return Csv.read(file);
        } catch (IOException e) {
            throw new MspException("cannot read " + file + ": " + e.getMessage(), e);
        } catch (JacksonException e) {
            String at = e.getLocation() == null ? f : f + ":" + e.getLocation().getLineNr();
            throw new CompositeDataException(f, List.of(Problem.of(at, MALFORMED_CSV, e.getOriginalMessage())));
        }
    }

    /**
     * Parses a finite decimal number ({@code 12}, {@code -0.5}, {@code 1.5e3}), reading a decimal comma as a
     * point in the {@code ;} dialect. What {@link Double#parseDouble} accepts beyond that ({@code Infinity},
     * {@code NaN}, {@code 0x1p3}, {@code 2d}, {@code 3f}) and numbers out of the range
     * of a double ({@code 1e400}) are refused.
     */
    private static double parse(String v, boolean decimalComma) {
        String s = decimalComma ? v.replace(',', '.') : v;
        if (!DECIMAL.matcher(s).matches()) {
            throw new NumberFormatException("not a decimal number");
        }
        double d = Double.parseDouble(s);
        if (Double.isInfinite(d)) {
            throw new NumberFormatException("out of range");
        }
        return d;
    }

    private static final java.util.regex.Pattern DECIMAL =
            java.util.regex.Pattern.compile("[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]{1,9})?");

    /** Why a cell is not a number, when it looks like one: too large for a number. */
    private static String why(NumberFormatException e) {
        return "out of range".equals(e.getMessage()) ? " in range (too large: at most about 1.8e308)" : "";
    }

    private static Problem duplicateColumn(String f, int line, String name) {
        return Problem.of(
                f + ":" + line + ":" + name,
                Problem.DUPLICATE_ID,
                "column '" + name + "' appears more than once in the header; each column must have its own name");
    }

    private static Optional<String> cell(List<String> rec, Map<String, Integer> col, String name) {
        Integer i = col.get(name);
        if (i == null) {
            return Optional.empty();
        }
        String v = rec.get(i).trim();
        return v.isEmpty() || v.equals("NA") ? Optional.empty() : Optional.of(v);
    }

    private static OptionalDouble number(
            List<String> rec, Map<String, Integer> col, String name, String at, List<Problem> problems, boolean comma) {
        Optional<String> v = cell(rec, col, name);
        if (v.isEmpty()) {
            return OptionalDouble.empty();
        }
        try {
            return OptionalDouble.of(parse(v.get().toLowerCase(Locale.ROOT), comma));
        } catch (NumberFormatException e) {
            problems.add(
                    Problem.of(at + ":" + name, NOT_A_NUMBER, name + " '" + v.get() + "' is not a number" + why(e)));
            return OptionalDouble.empty();
        }
    }
}
