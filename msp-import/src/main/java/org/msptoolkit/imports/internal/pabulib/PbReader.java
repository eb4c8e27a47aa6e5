package org.msptoolkit.imports.internal.pabulib;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.msptoolkit.core.validation.Problem;
import org.msptoolkit.imports.internal.CsvRows;

/**
 * Reads a {@code .pb} file in one pass with jackson-dataformat-csv ({@code ;}-separated, quoted
 * fields as in CSV): the META key/value pairs, the PROJECTS rows, and the VOTES rows added up as
 * they stream by. Every problem is located by file and line (and column name).
 */
final class PbReader {
    static final String BAD_FILE = "pabulib-format";
    static final String COUNT = "pabulib-count";
    static final String BALLOT = "pabulib-ballot";
    private static final int MAX_BALLOT_WARNINGS = 20;
    private static final Set<String> VOTE_TYPES = Set.of("approval", "ordinal", "cumulative", "choose-1", "scoring");

    private final String file;
    private final List<Problem> errors = new ArrayList<>();
    private final List<Problem> warnings = new ArrayList<>();
    private final Map<String, Integer> ballotWarnings = new LinkedHashMap<>();
    private final PbElection e;
    private String section = "";
    private boolean expectHeader;
    private int voteColumn = -1;
    private int pointsColumn = -1;
    private int borda;

    private PbReader(Path path, int minCell) {
        this.file = path.toString();
        this.e = new PbElection(
                path.getFileName() == null ? file : path.getFileName().toString(), minCell);
    }

    /** What reading a file gave: the election (when there is no error), errors and warnings. */
    record Read(@Nullable PbElection election, List<Problem> errors, List<Problem> warnings) {}

    static Read read(Path path, int minCell) throws IOException {
        PbReader r = new PbReader(path, minCell);
        try (CsvRows rows = CsvRows.open(path, ';')) {
            while (rows.next()) {
                r.row(rows);
            }
        } catch (CsvRows.CsvException ex) {
            r.errors.add(Problem.of(ex.location(), BAD_FILE, "cannot read this line: " + ex.getMessage()));
        }
        r.finish();
        r.ballotWarnings.forEach((kind, n) -> {
            if (n > MAX_BALLOT_WARNINGS) {
                r.warnings.add(Problem.of(
                        r.file, BALLOT, (n - MAX_BALLOT_WARNINGS) + " more ballots " + kind + " (not listed)"));
            }
        });
        return new Read(r.errors.isEmpty() ? r.e : null, r.errors, r.warnings);
    }

    private String at(CsvRows rows) {
        return file + ":" + rows.line();
    }

    private void row(CsvRows rows) {
        List<String> row = rows.row();
        String first = row.get(0).strip();
        String upper = first.toUpperCase(Locale.ROOT);
        if (row.size() == 1 && (upper.equals("META") || upper.equals("PROJECTS") || upper.equals("VOTES"))) {
            startSection(rows, upper);
            return;
        }
        if (row.stream().allMatch(String::isBlank)) {
            return;
        }
        if (section.isEmpty()) {
            errors.add(
                    Problem.of(at(rows), BAD_FILE, "data before the META section; a .pb file starts with a line META"));
            section = "?";
            return;
        }
        if (section.equals("?")) {
            return;
        }
        if (expectHeader) {
            header(rows, row);
            expectHeader = false;
            return;
        }
        switch (section) {
            case "META" -> meta(rows, row);
            case "PROJECTS" -> project(rows, row);
            default -> vote(rows, row);
        }
    }

    private void startSection(CsvRows rows, String name) {
        boolean inOrder = switch (name) {
            case "META" -> !e.sawMeta && !e.sawProjects && !e.sawVotes;
            case "PROJECTS" -> e.sawMeta && !e.sawProjects && !e.sawVotes;
            default -> e.sawProjects && !e.sawVotes;
        };
        if (!inOrder) {
            errors.add(Problem.of(
                    at(rows),
                    BAD_FILE,
                    "section " + name + " is out of place; the order is META, PROJECTS, VOTES, each once"));
        }
        switch (name) {
            case "META" -> e.sawMeta = true;
            case "PROJECTS" -> e.sawProjects = true;
            default -> {
                e.sawVotes = true;
                startVotes(rows);
            }
        }
        section = name;
        expectHeader = true;
    }

    private void header(CsvRows rows, List<String> row) {
        List<String> names = row.stream().map(s -> s.strip()).toList();
        switch (section) {
            case "META" -> {
                if (names.size() < 2
                        || !names.get(0).equals("key")
                        || !names.get(1).equals("value")) {
                    errors.add(Problem.of(
                            at(rows), BAD_FILE, "the META header must be key;value, got " + String.join(";", names)));
                }
            }
            case "PROJECTS" -> {
                e.projectHeader.addAll(names);
                require(rows, names, "project_id", "PROJECTS");
                require(rows, names, "cost", "PROJECTS");
            }
            default -> {
                e.voteHeader.addAll(names);
                require(rows, names, "voter_id", "VOTES");
                require(rows, names, "vote", "VOTES");
                voteColumn = names.indexOf("vote");
                pointsColumn = names.indexOf("points");
                String type = e.voteType();
                if ((type.equals("cumulative") || type.equals("scoring")) && pointsColumn < 0) {
                    errors.add(
                            Problem.of(at(rows), BAD_FILE, "vote_type is " + type + " but VOTES has no points column"));
                }
            }
        }
    }

    private void require(CsvRows rows, List<String> names, String column, String where) {
        if (!names.contains(column)) {
            errors.add(Problem.of(at(rows), BAD_FILE, "the " + where + " header has no " + column + " column"));
        }
    }

    private void meta(CsvRows rows, List<String> row) {
        String key = row.get(0).strip();
        String value = row.size() > 1 ? row.get(1).strip() : "";
        if (row.size() > 2 && row.subList(2, row.size()).stream().anyMatch(s -> !s.isBlank())) {
            warnings.add(Problem.of(
                    at(rows),
                    BAD_FILE,
                    "META line for " + key + " has more than two values; kept only the first value"));
        }
        if (e.meta.containsKey(key)) {
            warnings.add(Problem.of(at(rows), BAD_FILE, "META key " + key + " appears twice; the later value is kept"));
        }
        e.meta.put(key, value);
    }

    private void project(CsvRows rows, List<String> row) {
        List<String> header = e.projectHeader;
        if (row.size() != header.size()) {
            errors.add(Problem.of(
                    at(rows),
                    BAD_FILE,
                    "this project row has " + row.size() + " values but the PROJECTS header has " + header.size()));
            return;
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            fields.put(header.get(i), row.get(i).strip());
        }
        String id = fields.getOrDefault("project_id", "");
        if (id.isEmpty()) {
            errors.add(Problem.of(rows.at("project_id"), BAD_FILE, "project_id is empty"));
            return;
        }
        if (e.index.containsKey(id)) {
            errors.add(Problem.of(rows.at("project_id"), BAD_FILE, "project " + id + " is listed twice"));
            return;
        }
        Double cost = number(fields.getOrDefault("cost", ""));
        if (cost == null || cost < 0) {
            errors.add(Problem.of(
                    rows.at("cost"),
                    BAD_FILE,
                    "cost of project " + id + " is not a non-negative number: \"" + fields.get("cost") + "\""));
            return;
        }
        e.index.put(id, e.projects.size());
        e.projects.add(new PbProject(id, cost, fields, rows.line()));
    }

    private void startVotes(CsvRows rows) {
        int m = e.projects.size();
        e.supporters = new long[m];
        e.points = new double[m];
        e.breakdown.projects(m);
        if (m == 0) {
            errors.add(Problem.of(at(rows), BAD_FILE, "the PROJECTS section lists no project"));
        }
        Double maxLength = number(e.meta("max_length", ""));
        borda = maxLength != null ? maxLength.intValue() : m;
    }

    private void vote(CsvRows rows, List<String> row) {
        List<String> header = e.voteHeader;
        if (voteColumn < 0) {
            return;
        }
        if (row.size() != header.size()) {
            errors.add(Problem.of(
                    at(rows),
                    BAD_FILE,
                    "this ballot has " + row.size() + " values but the VOTES header has " + header.size()));
            return;
        }
        String[] ids = row.get(voteColumn).isBlank()
                ? new String[0]
                : row.get(voteColumn).split(",", -1);
        int[] chosen = new int[ids.length];
        for (int i = 0; i < ids.length; i++) {
            Integer p = e.index.get(ids[i].strip());
            if (p == null) {
                errors.add(Problem.of(
                        rows.at("vote"),
                        BAD_FILE,
                        "the ballot names project \"" + ids[i].strip() + "\", which PROJECTS does not list"));
                return;
            }
            chosen[i] = p;
        }
        if (java.util.Arrays.stream(chosen).distinct().count() != chosen.length) {
            ballot(rows, "that name a project twice", "names a project twice");
        }
        double[] pts = null;
        String type = e.voteType();
        if (pointsColumn >= 0 && (type.equals("cumulative") || type.equals("scoring"))) {
            String[] raw = row.get(pointsColumn).isBlank()
                    ? new String[0]
                    : row.get(pointsColumn).split(",", -1);
            if (raw.length != ids.length) {
                errors.add(Problem.of(
                        rows.at("points"),
                        BAD_FILE,
                        "the ballot lists " + ids.length + " projects but " + raw.length + " points"));
                return;
            }
            pts = new double[raw.length];
            for (int i = 0; i < raw.length; i++) {
                Double v = number(raw[i]);
                if (v == null) {
                    errors.add(Problem.of(
                            rows.at("points"), BAD_FILE, "points value \"" + raw[i].strip() + "\" is not a number"));
                    return;
                }
                pts[i] = v;
            }
        }
        checkConstraints(rows, chosen, pts);
        for (int i = 0; i < chosen.length; i++) {
            int p = chosen[i];
            e.supporters[p]++;
            e.points[p] += switch (type) {
                case "ordinal" -> Math.max(0, borda - i);
                case "cumulative", "scoring" -> pts == null ? 0 : pts[i];
                default -> 1;
            };
        }
        if (type.equals("approval") || type.equals("choose-1")) {
            e.ballots.add(chosen);
        }
        for (int c = 0; c < header.size(); c++) {
            String name = header.get(c);
            if (c != voteColumn && c != pointsColumn && !name.equals("voter_id")) {
                e.breakdown.add(name, row.get(c).strip(), chosen);
            }
        }
        e.voters++;
    }

    private void checkConstraints(CsvRows rows, int[] chosen, double @Nullable [] pts) {
        Double min = number(e.meta("min_length", ""));
        Double max = number(e.meta("max_length", ""));
        if (min != null && chosen.length < min) {
            ballot(
                    rows,
                    "with fewer projects than min_length " + e.meta.get("min_length"),
                    "lists " + chosen.length + " projects, fewer than min_length " + e.meta.get("min_length"));
        }
        if (max != null && chosen.length > max) {
            ballot(
                    rows,
                    "with more projects than max_length " + e.meta.get("max_length"),
                    "lists " + chosen.length + " projects, more than max_length " + e.meta.get("max_length"));
        }
        Double maxCost = number(e.meta("max_sum_cost", ""));
        if (maxCost != null) {
            double sum = 0;
            for (int p : chosen) {
                sum += e.projects.get(p).cost();
            }
            if (sum > maxCost + 1e-6) {
                ballot(
                        rows,
                        "costing more than max_sum_cost",
                        "costs " + sum + " in total, more than max_sum_cost " + e.meta.get("max_sum_cost"));
            }
        }
        if (pts != null) {
            double sum = java.util.Arrays.stream(pts).sum();
            Double maxPts = number(e.meta("max_sum_points", ""));
            Double minPts = number(e.meta("min_sum_points", ""));
            if (maxPts != null && sum > maxPts + 1e-9) {
                ballot(
                        rows,
                        "with more points than max_sum_points",
                        "gives " + sum + " points, more than max_sum_points " + e.meta.get("max_sum_points"));
            }
            if (minPts != null && sum < minPts - 1e-9) {
                ballot(
                        rows,
                        "with fewer points than min_sum_points",
                        "gives " + sum + " points, fewer than min_sum_points " + e.meta.get("min_sum_points"));
            }
        }
    }

    private void ballot(CsvRows rows, String kind, String message) {
        int n = ballotWarnings.merge(kind, 1, Integer::sum);
        if (n <= MAX_BALLOT_WARNINGS) {
            warnings.add(Problem.of(rows.at("vote"), BALLOT, "the ballot " + message + " (counted as published)"));
        }
    }

    private void finish() {
        if (!e.sawMeta) {
            errors.add(Problem.of(file, BAD_FILE, "the META section is missing"));
        }
        if (!e.sawProjects) {
            errors.add(Problem.of(file, BAD_FILE, "the PROJECTS section is missing"));
        }
        if (!e.sawVotes) {
            errors.add(Problem.of(file, BAD_FILE, "the VOTES section is missing"));
        }
        if (!e.sawMeta) {
            return;
        }
        Double budget = number(e.meta("budget", ""));
        if (budget == null || budget < 0) {
            errors.add(Problem.of(
                    file + ": META budget",
                    BAD_FILE,
                    "budget is missing or not a non-negative number: \"" + e.meta("budget", "") + "\""));
        }
        if (!VOTE_TYPES.contains(e.voteType())) {
            errors.add(Problem.of(
                    file + ": META vote_type",
                    BAD_FILE,
                    "vote_type \"" + e.voteType()
                            + "\" is not one of approval, ordinal, cumulative, choose-1, scoring"));
        }
        count("num_projects", e.projects.size(), "projects listed in PROJECTS");
        count("num_votes", e.voters, "ballots in VOTES");
        if (!errors.isEmpty()) {
            return;
        }
        for (int p = 0; p < e.projects.size(); p++) {
            PbProject pr = e.projects.get(p);
            Double votes = number(pr.fields().getOrDefault("votes", ""));
            if (votes != null && votes.longValue() != e.supporters[p]) {
                warnings.add(Problem.of(
                        file + ":" + pr.line() + " (votes)",
                        COUNT,
                        "project " + pr.id() + " publishes " + pr.fields().get("votes") + " votes but "
                                + e.supporters[p] + " ballots in VOTES support it"));
            }
            Double score = number(pr.fields().getOrDefault("score", ""));
            if (score != null && Math.abs(score - e.points[p]) > 1e-6) {
                warnings.add(Problem.of(
                        file + ":" + pr.line() + " (score)",
                        COUNT,
                        "project " + pr.id() + " publishes score " + pr.fields().get("score") + " but the ballots give "
                                + PabulibImporter.plain(e.points[p]) + scoreBasis()));
            }
        }
    }

    private String scoreBasis() {
        return switch (e.voteType()) {
            case "ordinal" -> " (Borda: " + borda + " points for a first place, one fewer per place)";
            case "cumulative", "scoring" -> " (sum of points)";
            default -> " (one per ballot)";
        };
    }

    private void count(String key, long actual, String what) {
        Double stated = number(e.meta(key, ""));
        if (stated == null) {
            warnings.add(Problem.of(file + ": META " + key, COUNT, key + " is missing or not a number"));
        } else if (stated.longValue() != actual) {
            warnings.add(Problem.of(
                    file + ": META " + key,
                    COUNT,
                    key + " says " + e.meta.get(key) + " but there are " + actual + " " + what));
        }
    }

    static @Nullable Double number(String s) {
        String t = s.strip();
        if (t.isEmpty()) {
            return null;
        }
        try {
            double d = Double.parseDouble(t.replace(',', '.'));
            return Double.isFinite(d) ? d : null;
        } catch (NumberFormatException ex) {
            return null;
        }
    }
}
