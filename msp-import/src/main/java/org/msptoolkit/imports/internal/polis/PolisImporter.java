package org.msptoolkit.imports.internal.polis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.msptoolkit.core.model.Consultation;
import org.msptoolkit.core.model.Contribution;
import org.msptoolkit.core.model.MspProcess;
import org.msptoolkit.core.model.Participant;
import org.msptoolkit.core.model.Period;
import org.msptoolkit.core.model.Stakeholder;
import org.msptoolkit.core.taxonomy.ContributionKind;
import org.msptoolkit.core.taxonomy.Phase;
import org.msptoolkit.core.taxonomy.ProcessType;
import org.msptoolkit.core.taxonomy.Role;
import org.msptoolkit.core.taxonomy.StakeholderGroup;
import org.msptoolkit.core.taxonomy.StakeholderKind;
import org.msptoolkit.core.validation.Problem;
import org.msptoolkit.imports.ImportContext;
import org.msptoolkit.imports.ImportSink;
import org.msptoolkit.imports.Importer;
import org.msptoolkit.imports.Provenance;
import org.msptoolkit.imports.internal.CsvRows;
import org.msptoolkit.imports.internal.Json;
import org.msptoolkit.io.Extensions;
import org.msptoolkit.io.MspDocument;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Imports a Polis conversation (compdemocracy.org openData layout) as a consultation process: the
 * participants (pseudonymous ids) for one stakeholder, each statement a comment contribution with its
 * agree / disagree / pass counts, the opinion groups Polis computed as a recorded grouping, and the
 * statements agreed across all groups (group-informed consensus) as findings. Files are streamed row
 * by row; memory grows with statements × groups and participants, never with votes.
 */
public final class PolisImporter implements Importer {
    static final String SOURCE = "polis";
    static final String BAD = "polis-format";
    static final String LICENCE = "CC BY 4.0";

    /** Creates the importer; the service loader calls it. */
    public PolisImporter() {}

    @Override
    public String source() {
        return SOURCE;
    }

    @Override
    public String description() {
        return "Polis conversations (folders of summary.csv, comments.csv, votes.csv, participants-votes.csv)";
    }

    @Override
    public List<Path> units(Path fileOrFolder) throws IOException {
        Path p = Files.isRegularFile(fileOrFolder) && fileOrFolder.getParent() != null
                ? fileOrFolder.getParent()
                : fileOrFolder;
        if (isConversation(p)) {
            return List.of(p);
        }
        List<Path> out = new ArrayList<>();
        if (Files.isDirectory(p)) {
            for (Path child : Json.sorted(p)) {
                if (isConversation(child)) {
                    out.add(child);
                }
            }
        }
        return out;
    }

    private static boolean isConversation(Path p) {
        return Files.isDirectory(p) && Files.isRegularFile(p.resolve("comments.csv"));
    }

    /** One statement as it accumulates. */
    private static final class Statement {
        final String id;
        final Map<String, String> fields;
        final long timestamp;
        long agree;
        long disagree;
        long pass;

        Statement(String id, Map<String, String> fields, long timestamp) {
            this.id = id;
            this.fields = fields;
            this.timestamp = timestamp;
        }
    }

    @Override
    public void read(Path unit, ImportContext context, ImportSink sink) throws IOException {
        String name = unit.getFileName() == null
                ? unit.toString()
                : unit.getFileName().toString();
        List<Problem> errors = new ArrayList<>();
        Map<String, String> summary = new LinkedHashMap<>();
        Path summaryFile = unit.resolve("summary.csv");
        if (Files.isRegularFile(summaryFile)) {
            try (CsvRows rows = CsvRows.open(summaryFile, ',')) {
                while (rows.next()) {
                    List<String> r = rows.row();
                    if (r.size() >= 2 && !r.get(0).isBlank()) {
                        summary.put(r.get(0).strip(), r.get(1));
                    }
                }
            } catch (CsvRows.CsvException e) {
                errors.add(Problem.of(e.location(), BAD, "cannot read this line: " + e.getMessage()));
            }
        } else {
            sink.warning(
                    Problem.of(summaryFile.toString(), BAD, "no summary.csv: topic, URL and counts are not known"));
        }
        long[] span = {Long.MAX_VALUE, Long.MIN_VALUE};
        Map<String, Statement> statements = new LinkedHashMap<>();
        readComments(unit.resolve("comments.csv"), statements, span, errors);
        boolean haveVotes = Files.isRegularFile(unit.resolve("votes.csv"));
        Set<String> voters = new HashSet<>();
        long voteEvents = haveVotes ? readVotes(unit.resolve("votes.csv"), statements, span, voters, errors, sink) : 0;
        Groups groups = new Groups();
        Path pvFile = unit.resolve("participants-votes.csv");
        boolean havePv = Files.isRegularFile(pvFile);
        if (havePv) {
            readMatrix(pvFile, groups, errors);
        }
        if (!errors.isEmpty()) {
            errors.forEach(sink::error);
            return;
        }
        if (span[0] == Long.MAX_VALUE) {
            sink.error(Problem.of(
                    unit.resolve("comments.csv").toString(),
                    BAD,
                    "no statement or vote has a timestamp, so the consultation has no dates"));
            return;
        }
        LocalDate opens = Json.day(span[0]);
        LocalDate closes = Json.day(span[1]);
        String topic = summary.getOrDefault("topic", "").strip();
        String url = summary.getOrDefault("url", "").strip();
        MspProcess.Builder b = MspProcess.builder(
                        "polis-" + Json.slug(name), topic.isEmpty() ? "Polis conversation " + name : topic)
                .purpose(summary.getOrDefault("conversation-description", "").strip())
                .types(ProcessType.INFORMING, ProcessType.CONSENSUS_BUILDING)
                .phase(Phase.OUTPUTS)
                .period(Period.of(opens, closes))
                .consultation(Consultation.of(
                        "conversation", topic.isEmpty() ? name : topic, opens.toString(), closes.toString()));
        Stakeholder.Builder people = Stakeholder.builder(
                        "participants",
                        "Participants of the Polis conversation",
                        StakeholderGroup.of("general-public", "General public"))
                .kind(StakeholderKind.CONSTITUENCY);
        Long voterCount = number(summary.get("voters"));
        if (voterCount != null && voterCount > 0) {
            people.constituencySize(voterCount);
        }
        b.stakeholder(people.build());
        Map<String, Map<String, JsonNode>> x = new LinkedHashMap<>();
        // participants: the matrix rows, else the ids seen in votes and as authors
        List<String> ids = new ArrayList<>();
        if (havePv) {
            ids.addAll(groups.participants.keySet());
        } else {
            Set<String> seen = new java.util.TreeSet<>(
                    java.util.Comparator.comparingLong(PolisImporter::numeric).thenComparing(s -> s));
            seen.addAll(voters);
            statements.values().forEach(s -> {
                String a = s.fields.getOrDefault("author-id", "");
                if (!a.isBlank()) {
                    seen.add(a.strip());
                }
            });
            ids.addAll(seen);
        }
        for (int i = 0; i < ids.size(); i++) {
            b.participant(Participant.of("p" + ids.get(i), "participants", Role.DELEGATE));
            ObjectNode px = groups.participants.get(ids.get(i));
            if (px != null) {
                x.computeIfAbsent("/participants/" + i, k -> new LinkedHashMap<>())
                        .put("x-polis", px);
            }
        }
        int i = 0;
        for (Statement s : statements.values()) {
            String body = s.fields.getOrDefault("comment-body", "").strip();
            b.contribution(Contribution.of(
                            "c" + s.id,
                            "participants",
                            ContributionKind.COMMENT,
                            body.isEmpty() ? "Statement " + s.id : body,
                            Json.day(s.timestamp).toString())
                    .forConsultation("conversation"));
            ObjectNode cx = Json.object();
            s.fields.forEach((k, v) -> {
                if (!k.equals("comment-body")) {
                    cx.put(k, v);
                }
            });
            ObjectNode votes = cx.putObject("votes");
            votes.put("agree", s.agree);
            votes.put("disagree", s.disagree);
            if (haveVotes) {
                votes.put("pass", s.pass);
            }
            votes.put(
                    "counted",
                    haveVotes ? "votes.csv (every vote event)" : "comments.csv agrees/disagrees (no votes.csv)");
            ObjectNode byGroup = groups.byGroup(s.id);
            if (byGroup != null) {
                cx.set("groups", byGroup);
            }
            x.computeIfAbsent("/contributions/" + i, k -> new LinkedHashMap<>()).put("x-polis", cx);
            i++;
        }
        ObjectNode top = Json.object();
        top.put("conversation", name);
        top.set("summary", Json.strings(summary));
        top.put("voteEvents", voteEvents);
        ArrayNode files = top.putArray("files");
        for (String f : List.of("summary.csv", "comments.csv", "votes.csv", "participants-votes.csv")) {
            if (Files.isRegularFile(unit.resolve(f))) {
                files.add(f);
            }
        }
        if (havePv) {
            top.set("opinionGroups", groups.groupsJson());
            top.set("findings", groups.consensus(statements.keySet(), moderatedOut(statements)));
        }
        Provenance prov = Provenance.of(
                context,
                SOURCE,
                name,
                url,
                LICENCE,
                "Data was gathered using the Polis software (compdemocracy.org/polis) and is sub-licensed under CC BY 4.0 "
                        + "with Attribution to The Computational Democracy Project. The data and more information about how "
                        + "the data was collected can be found at the following link(s): "
                        + (url.isEmpty() ? "https://github.com/compdemocracy/openData" : url));
        x.computeIfAbsent("", k -> new LinkedHashMap<>()).put(Provenance.EXTENSION, prov.toJson());
        x.get("").put("x-polis", top);
        for (String f : List.of(
                "summary.views",
                "summary.voters-in-conv",
                "summary.commenters",
                "summary.comments",
                "summary.groups",
                "comments.author-id",
                "comments.agrees",
                "comments.disagrees",
                "comments.moderated",
                "comments.datetime",
                "votes.voter-id (aggregated)",
                "votes.datetime (aggregated)")) {
            sink.unmapped(f);
        }
        if (havePv) {
            sink.unmapped("participants-votes.group-id (as opinionGroups)");
            sink.unmapped("participants-votes.n-comments/n-votes/n-agree/n-disagree");
        }
        MspProcess process = b.build();
        var report = process.validate();
        if (!report.isValid()) {
            report.problems().forEach(p -> sink.error(p.under(unit.toString(), ": ")));
            return;
        }
        sink.record(new MspDocument(process, Extensions.of(x)));
    }

    private static Set<String> moderatedOut(Map<String, Statement> statements) {
        Set<String> out = new HashSet<>();
        statements.values().forEach(s -> {
            if ("-1".equals(s.fields.getOrDefault("moderated", "").strip())) {
                out.add(s.id);
            }
        });
        return out;
    }

    private static long numeric(String s) {
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }

    private static void readComments(Path file, Map<String, Statement> out, long[] span, List<Problem> errors)
            throws IOException {
        try (CsvRows rows = CsvRows.open(file, ',')) {
            if (!rows.next()) {
                errors.add(Problem.of(file.toString(), BAD, "comments.csv is empty; it needs a header row"));
                return;
            }
            List<String> header =
                    List.copyOf(rows.row().stream().map(String::strip).toList());
            for (String required : List.of("comment-id", "comment-body")) {
                if (!header.contains(required)) {
                    errors.add(Problem.of(file + ":1", BAD, "the header has no " + required + " column"));
                }
            }
            if (!errors.isEmpty()) {
                return;
            }
            for (List<String> r = record(rows, header, file, errors);
                    r != null;
                    r = record(rows, header, file, errors)) {
                Map<String, String> f = new LinkedHashMap<>();
                for (int c = 0; c < header.size(); c++) {
                    f.put(header.get(c), r.get(c));
                }
                String id = f.getOrDefault("comment-id", "").strip();
                Long ts = number(f.get("timestamp"));
                if (id.isEmpty() || ts == null) {
                    errors.add(Problem.of(
                            rows.at(id.isEmpty() ? "comment-id" : "timestamp"),
                            BAD,
                            (id.isEmpty()
                                    ? "comment-id is empty"
                                    : "timestamp \"" + f.get("timestamp") + "\" is not a time in milliseconds")));
                    continue;
                }
                if (out.containsKey(id)) {
                    errors.add(Problem.of(rows.at("comment-id"), BAD, "statement " + id + " is listed twice"));
                    continue;
                }
                Statement s = new Statement(id, f, ts);
                if (!Files.isRegularFile(file.resolveSibling("votes.csv"))) {
                    Long a = number(f.get("agrees"));
                    Long d = number(f.get("disagrees"));
                    s.agree = a == null ? 0 : a;
                    s.disagree = d == null ? 0 : d;
                }
                out.put(id, s);
                span[0] = Math.min(span[0], ts);
                span[1] = Math.max(span[1], ts);
            }
        } catch (CsvRows.CsvException e) {
            errors.add(Problem.of(e.location(), BAD, "cannot read this line: " + e.getMessage()));
        }
    }

    private static long readVotes(
            Path file,
            Map<String, Statement> statements,
            long[] span,
            Set<String> voters,
            List<Problem> errors,
            ImportSink sink)
            throws IOException {
        long n = 0;
        long unknown = 0;
        try (CsvRows rows = CsvRows.open(file, ',')) {
            if (!rows.next()) {
                return 0;
            }
            List<String> header = rows.row().stream().map(String::strip).toList();
            int ts = header.indexOf("timestamp");
            int cid = header.indexOf("comment-id");
            int vid = header.indexOf("voter-id");
            int vote = header.indexOf("vote");
            if (cid < 0 || vote < 0 || vid < 0) {
                errors.add(Problem.of(file + ":1", BAD, "the header needs comment-id, voter-id and vote columns"));
                return 0;
            }
            boolean trackVoters = !Files.isRegularFile(file.resolveSibling("participants-votes.csv"));
            for (List<String> r = record(rows, header, file, errors);
                    r != null;
                    r = record(rows, header, file, errors)) {
                Statement s = statements.get(r.get(cid).strip());
                if (s == null) {
                    unknown++;
                    continue;
                }
                switch (r.get(vote).strip()) {
                    case "1" -> s.agree++;
                    case "-1" -> s.disagree++;
                    case "0" -> s.pass++;
                    default -> {
                        errors.add(Problem.of(
                                rows.at("vote"),
                                BAD,
                                "vote \"" + r.get(vote) + "\" is not 1 (agree), -1 (disagree) or 0 (pass)"));
                        continue;
                    }
                }
                if (trackVoters) {
                    voters.add(r.get(vid).strip());
                }
                Long t = ts < 0 ? null : number(r.get(ts));
                if (t != null) {
                    span[0] = Math.min(span[0], t);
                    span[1] = Math.max(span[1], t);
                }
                n++;
            }
        } catch (CsvRows.CsvException e) {
            errors.add(Problem.of(e.location(), BAD, "cannot read this line: " + e.getMessage()));
        }
        if (unknown > 0) {
            sink.warning(Problem.of(
                    file.toString(),
                    BAD,
                    unknown + " votes name a statement that comments.csv does not list; not counted"));
        }
        return n;
    }

    private static void readMatrix(Path file, Groups groups, List<Problem> errors) throws IOException {
        try (CsvRows rows = CsvRows.open(file, ',')) {
            if (!rows.next()) {
                return;
            }
            List<String> header = rows.row().stream().map(String::strip).toList();
            int pid = header.indexOf("participant");
            int gid = header.indexOf("group-id");
            if (pid < 0 || gid < 0) {
                errors.add(Problem.of(file + ":1", BAD, "the header needs participant and group-id columns"));
                return;
            }
            for (List<String> r = record(rows, header, file, errors);
                    r != null;
                    r = record(rows, header, file, errors)) {
                String p = r.get(pid).strip();
                String g = r.get(gid).strip();
                ObjectNode px = Json.object();
                px.put("group-id", g);
                for (int c = 0; c < header.size(); c++) {
                    String h = header.get(c);
                    if (h.startsWith("n-")) {
                        px.put(h, r.get(c).strip());
                    }
                }
                if (groups.participants.put(p, px) != null) {
                    errors.add(Problem.of(rows.at("participant"), BAD, "participant " + p + " is listed twice"));
                }
                if (!g.isEmpty()) {
                    groups.size.merge(g, 1L, Long::sum);
                    for (int c = 0; c < header.size(); c++) {
                        String v = r.get(c).strip();
                        if (c != pid && c != gid && !header.get(c).startsWith("n-") && !v.isEmpty()) {
                            groups.add(g, header.get(c), v);
                        }
                    }
                }
            }
        } catch (CsvRows.CsvException e) {
            errors.add(Problem.of(e.location(), BAD, "cannot read this line: " + e.getMessage()));
        }
    }

    private static @Nullable Long number(@Nullable String s) {
        if (s == null) {
            return null;
        }
        try {
            return Long.parseLong(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
    /**
     * The next row as wide as the header, passing over blank lines; a row of another width is reported
     * (file and line) and passed over.
     *
     * @return the row, or {@code null} at the end of the file
     */
    private static @Nullable List<String> record(CsvRows rows, List<String> header, Path file, List<Problem> errors) {
        while (rows.next()) {
            List<String> r = rows.row();
            if (r.size() == 1 && r.get(0).isBlank()) {
                continue;
            }
            if (r.size() != header.size()) {
                errors.add(Problem.of(
                        file + ":" + rows.line(),
                        BAD,
                        "this row has " + r.size() + " values but the header has " + header.size()));
                continue;
            }
            return r;
        }
        return null;
    }
}
