package org.msptoolkit.imports.internal.participedia;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.msptoolkit.core.model.MspProcess;
import org.msptoolkit.core.model.Period;
import org.msptoolkit.core.model.ProcessId;
import org.msptoolkit.core.model.ProcessLink;
import org.msptoolkit.core.model.Stakeholder;
import org.msptoolkit.core.taxonomy.Level;
import org.msptoolkit.core.taxonomy.LinkKind;
import org.msptoolkit.core.taxonomy.ProcessType;
import org.msptoolkit.core.taxonomy.Sector;
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
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports Participedia cases as MSP processes, one process per case: from the 2018 JSON dump
 * ({@code cases.json}, an array of case objects, read with Jackson's streaming parser one case at a
 * time) and from the 2017 Drupal CSV export ({@code cases.csv}, read one row at a time; quoted values
 * may span lines). Titles come from {@code case__localized_texts.csv} (next to {@code cases.csv}, or
 * in a sibling {@code v2017_csv} folder of the JSON dump). The mapping is in docs/importers.md.
 */
public final class ParticipediaImporter implements Importer {
    static final String SOURCE = "participedia";
    static final String BAD = "participedia-format";
    static final String X = "x-participedia";
    private static final ObjectMapper MAPPER = JsonMapper.builder().build();
    private static final Pattern DAY = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}([T ].*)?$");
    private static final Pattern WHOLE = Pattern.compile("^\\d{1,18}$");
    private static final String LICENCE =
            "CC BY-NC-SA 3.0 (participedia.net terms: attribution, non-commercial, share-alike)";
    private static final String ATTRIBUTION =
            "Case data from Participedia (participedia.net), crowd-sourced by its contributors; non-commercial use only.";
    /** 2018 JSON fields mapped to format v1 fields; every other field is kept under x-participedia. */
    private static final Set<String> JSON_MAPPED = Set.of(
            "id",
            "title",
            "scope_of_influence",
            "issues",
            "general_issues",
            "organizer_types",
            "targeted_participants",
            "start_date",
            "end_date",
            "country",
            "is_component_of",
            "has_components");
    /** 2017 CSV columns mapped to format v1 fields. */
    private static final Set<String> CSV_MAPPED = Set.of(
            "id",
            "content_country",
            "issue",
            "start_date",
            "end_date",
            "typical_sponsoring_entity",
            "targeted_participants_public_role",
            "targeted_participant_demographic");

    /** Creates the importer; the service loader calls it. */
    public ParticipediaImporter() {}

    @Override
    public String source() {
        return SOURCE;
    }

    @Override
    public String description() {
        return "Participedia cases (2018 cases.json dump, 2017 cases.csv export)";
    }

    @Override
    public List<Path> units(Path fileOrFolder) throws IOException {
        if (!Files.isDirectory(fileOrFolder)) {
            return List.of(fileOrFolder);
        }
        List<Path> out = new ArrayList<>();
        collect(fileOrFolder, out);
        for (Path sub : Json.sorted(fileOrFolder)) {
            if (Files.isDirectory(sub)) {
                collect(sub, out);
            }
        }
        return out;
    }

    private static void collect(Path folder, List<Path> out) {
        for (String name : List.of("cases.csv", "cases.json")) {
            Path p = folder.resolve(name);
            if (Files.isRegularFile(p)) {
                out.add(p);
            }
        }
    }

    @Override
    public void read(Path unit, ImportContext context, ImportSink sink) throws IOException {
        String name = String.valueOf(unit.getFileName()).toLowerCase(Locale.ROOT);
        if (name.endsWith(".json")) {
            readJson(unit, context, sink);
        } else if (name.endsWith(".csv")) {
            readCsv(unit, context, sink);
        } else {
            sink.error(
                    Problem.of(unit.toString(), BAD, "a Participedia dump is cases.json (2018) or cases.csv (2017)"));
        }
    }

    // ---- 2018 JSON ----

    private void readJson(Path unit, ImportContext context, ImportSink sink) throws IOException {
        Path parent = unit.toAbsolutePath().getParent();
        Map<String, String> titles = new HashMap<>();
        if (parent != null) {
            Path here = parent.resolve("case__localized_texts.csv");
            Path sibling = parent.resolveSibling("v2017_csv").resolve("case__localized_texts.csv");
            titles = titles(Files.isRegularFile(here) ? here : sibling, sink);
        }
        try (InputStream in = Files.newInputStream(unit);
                JsonParser p = MAPPER.createParser(in)) {
            if (p.nextToken() != JsonToken.START_ARRAY) {
                sink.error(Problem.of(unit + ": /", BAD, "the Participedia 2018 dump is a JSON array of case objects"));
                return;
            }
            int i = 0;
            for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY && t != null; t = p.nextToken(), i++) {
                JsonNode n = p.readValueAsTree();
                String at = unit + ": /" + i;
                if (!n.isObject()) {
                    sink.error(Problem.of(at, BAD, "a case must be a JSON object"));
                    continue;
                }
                ParticipediaCase c = new ParticipediaCase();
                c.id = scalar(n.get("id"));
                c.title = scalar(n.get("title"));
                if (c.title.isEmpty()) {
                    c.title = titles.getOrDefault(c.id, "");
                }
                strings(n.get("scope_of_influence"), c.scopes);
                strings(n.has("general_issues") ? n.get("general_issues") : n.get("issues"), c.issues);
                strings(n.get("public_spectrum"), c.spectrum);
                strings(n.get("decision_methods"), c.decisionMethods);
                strings(n.get("organizer_types"), c.organizers);
                strings(n.get("targeted_participants"), c.targeted);
                strings(n.get("has_components"), c.components);
                c.parent = scalar(n.get("is_component_of"));
                c.start = scalar(n.get("start_date"));
                c.end = scalar(n.get("end_date"));
                c.country = scalar(n.get("country"));
                n.properties().forEach(e -> {
                    if (!JSON_MAPPED.contains(e.getKey())) {
                        c.rest.set(e.getKey(), e.getValue());
                        sink.unmapped(e.getKey());
                    }
                });
                emit(c, at + "/", context, sink);
            }
        } catch (JacksonException e) {
            var at = e.getLocation();
            sink.error(Problem.of(
                    unit + (at == null ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr()),
                    BAD,
                    "not well-formed JSON: " + e.getOriginalMessage()));
        }
    }

    private static void strings(@Nullable JsonNode n, List<String> into) {
        if (n == null || n.isNull()) {
            return;
        }
        if (n.isArray()) {
            for (JsonNode v : n) {
                String s = scalar(v);
                if (!s.isBlank()) {
                    into.add(s.strip());
                }
            }
        } else {
            String s = scalar(n);
            if (!s.isBlank()) {
                into.add(s.strip());
            }
        }
    }

    private static String scalar(@Nullable JsonNode n) {
        if (n == null || n.isNull() || n.isContainer()) {
            return "";
        }
        return n.isString() ? n.asString() : n.toString();
    }

    // ---- 2017 CSV ----

    private void readCsv(Path unit, ImportContext context, ImportSink sink) throws IOException {
        Path parent = unit.toAbsolutePath().getParent();
        Map<String, String> titles =
                parent == null ? Map.of() : titles(parent.resolve("case__localized_texts.csv"), sink);
        try (CsvRows rows = CsvRows.open(unit, ',')) {
            if (!rows.next()) {
                sink.error(Problem.of(unit.toString(), BAD, "the file is empty: no header row"));
                return;
            }
            List<String> header = List.copyOf(rows.row());
            if (!header.contains("id")) {
                sink.error(Problem.of(unit + ":1", BAD, "the header has no id column: not a Participedia cases.csv"));
                return;
            }
            while (rows.next()) {
                List<String> row = rows.row();
                if (row.size() == 1 && row.get(0).isBlank()) {
                    continue;
                }
                if (row.size() != header.size()) {
                    sink.error(Problem.of(
                            rows.at(null),
                            BAD,
                            "the row has " + row.size() + " values but the header names " + header.size()
                                    + " columns"));
                    continue;
                }
                Map<String, String> r = new LinkedHashMap<>();
                for (int k = 0; k < header.size(); k++) {
                    r.put(header.get(k), row.get(k));
                }
                ParticipediaCase c = new ParticipediaCase();
                c.id = r.getOrDefault("id", "").strip();
                c.title = titles.getOrDefault(c.id, "");
                add(r.get("issue"), c.issues);
                add(r.get("kind_of_influence"), c.influence);
                add(r.get("decision_method"), c.decisionMethods);
                add(r.get("typical_sponsoring_entity"), c.organizers);
                add(r.get("targeted_participants_public_role"), c.targeted);
                add(r.get("targeted_participant_demographic"), c.targeted);
                c.start = r.getOrDefault("start_date", "");
                c.end = r.getOrDefault("end_date", "");
                c.country = r.getOrDefault("content_country", "");
                r.forEach((k, v) -> {
                    if (!CSV_MAPPED.contains(k) && !v.isEmpty()) {
                        if (WHOLE.matcher(v).matches() && k.startsWith("total_number")) {
                            c.rest.put(k, Long.parseLong(v));
                        } else {
                            c.rest.put(k, v);
                        }
                        sink.unmapped(k);
                    }
                });
                emit(c, rows.at(null) + " ", context, sink);
            }
        } catch (CsvRows.CsvException e) {
            sink.error(Problem.of(e.location(), BAD, e.getMessage() == null ? "malformed CSV" : e.getMessage()));
        }
    }

    private static void add(@Nullable String v, List<String> into) {
        if (v != null && !v.isBlank() && !v.strip().equalsIgnoreCase("not applicable")) {
            into.add(v.strip());
        }
    }

    /** Case id → English title (else the first title) from case__localized_texts.csv, if present. */
    private static Map<String, String> titles(Path file, ImportSink sink) throws IOException {
        Map<String, String> out = new HashMap<>();
        if (!Files.isRegularFile(file)) {
            return out;
        }
        try (CsvRows rows = CsvRows.open(file, ',')) {
            if (!rows.next()) {
                return out;
            }
            List<String> header = List.copyOf(rows.row());
            int id = header.indexOf("case_id");
            int title = header.indexOf("title");
            int language = header.indexOf("language");
            if (id < 0 || title < 0) {
                sink.warning(Problem.of(file + ":1", BAD, "no case_id and title columns: titles not joined"));
                return out;
            }
            while (rows.next()) {
                List<String> row = rows.row();
                if (row.size() <= Math.max(id, title)) {
                    continue;
                }
                String t = row.get(title).strip();
                if (t.isEmpty()) {
                    continue;
                }
                boolean english = language >= 0 && language < row.size() && "en".equals(row.get(language));
                if (english) {
                    out.put(row.get(id).strip(), t);
                } else {
                    out.putIfAbsent(row.get(id).strip(), t);
                }
            }
        } catch (CsvRows.CsvException e) {
            sink.warning(Problem.of(e.location(), BAD, "titles not joined: " + e.getMessage()));
        }
        return out;
    }

    // ---- both ----

    private static void emit(ParticipediaCase c, String at, ImportContext context, ImportSink sink) {
        if (c.id.isBlank()) {
            sink.error(Problem.of(at + "id", BAD, "a case without an id cannot be imported"));
            return;
        }
        String pid = "participedia-case-" + Json.slug(c.id);
        MspProcess.Builder b = MspProcess.builder(pid, c.title.isBlank() ? "Participedia case " + c.id : c.title);
        Set<Level> levels = new LinkedHashSet<>();
        for (String s : c.scopes) {
            Level l = Crosswalk.level(s);
            if (l == null) {
                sink.warning(Problem.of(
                        at + "scope_of_influence",
                        BAD,
                        "scope of influence \"" + s + "\" has no MSP level; kept under " + X + ".scope_of_influence"));
                c.rest.withArray("scope_of_influence").add(s);
            } else {
                levels.add(l);
            }
        }
        b.levels(levels.toArray(Level[]::new));
        Set<Sector> sectors = new LinkedHashSet<>();
        for (String s : c.issues) {
            sectors.add(Sector.of("participedia-" + Json.slug(s), Crosswalk.label(s)));
        }
        b.sectors(sectors.toArray(Sector[]::new));
        Set<ProcessType> types = new LinkedHashSet<>();
        c.spectrum.forEach(s -> add(Crosswalk.spectrum(s), types));
        c.decisionMethods.forEach(s -> add(Crosswalk.decisionMethod(s), types));
        c.influence.forEach(s -> add(Crosswalk.influence(s), types));
        b.types(types.toArray(ProcessType[]::new));
        if (!c.country.isBlank()) {
            String code = Json.countryCode(c.country);
            if (code.isEmpty()) {
                sink.warning(Problem.of(
                        at + "country",
                        BAD,
                        "\"" + c.country + "\" is not a country name known in English; kept under " + X + ".country"));
                c.rest.put("country", c.country);
            } else {
                b.countries(code);
            }
        }
        LocalDate start = date(c.start, "start_date", at, c, sink);
        LocalDate end = date(c.end, "end_date", at, c, sink);
        if (start != null) {
            if (end != null && end.isBefore(start)) {
                sink.warning(Problem.of(
                        at + "end_date",
                        BAD,
                        "the end date " + end + " is before the start date " + start
                                + "; the period is open-ended, the end date kept under " + X + ".end_date"));
                c.rest.put("end_date", c.end);
                b.period(Period.from(start));
            } else {
                b.period(end == null ? Period.from(start) : Period.of(start, end));
            }
        } else if (end != null) {
            c.rest.put("end_date", c.end);
        }
        int n = 0;
        List<String> conveners = new ArrayList<>();
        for (String o : new LinkedHashSet<>(c.organizers)) {
            StakeholderGroup g = Crosswalk.group(o);
            String sid = "organizer-" + ++n;
            b.stakeholder(Stakeholder.builder(sid, Crosswalk.label(o), g)
                    .kind(StakeholderKind.ORGANISATION)
                    .publicAuthority(
                            g.equals(StakeholderGroup.GOVERNMENTS) || g.equals(StakeholderGroup.LOCAL_AUTHORITIES))
                    .build());
            conveners.add(sid);
        }
        b.conveners(conveners.toArray(String[]::new));
        n = 0;
        for (String t : new LinkedHashSet<>(c.targeted)) {
            b.stakeholder(Stakeholder.builder("targeted-" + ++n, Crosswalk.label(t), Crosswalk.group(t))
                    .kind(StakeholderKind.CONSTITUENCY)
                    .build());
        }
        if (!c.parent.isBlank()) {
            b.link(new ProcessLink(
                    ProcessId.of("participedia-case-" + Json.slug(c.parent)),
                    LinkKind.PARENT,
                    Optional.empty(),
                    Optional.empty()));
        }
        for (String child : new LinkedHashSet<>(c.components)) {
            b.link(new ProcessLink(
                    ProcessId.of("participedia-case-" + Json.slug(child)),
                    LinkKind.CHILD,
                    Optional.empty(),
                    Optional.empty()));
        }
        c.rest.put("id", c.id);
        Map<String, Map<String, JsonNode>> x = new LinkedHashMap<>();
        Map<String, JsonNode> top = new LinkedHashMap<>();
        top.put(
                Provenance.EXTENSION,
                Provenance.of(
                                context,
                                SOURCE,
                                "case/" + c.id,
                                "https://participedia.net/case/" + c.id,
                                LICENCE,
                                ATTRIBUTION)
                        .toJson());
        top.put(X, c.rest);
        x.put("", top);
        MspProcess process = b.build();
        var report = process.validate();
        if (!report.isValid()) {
            report.problems().forEach(p -> sink.error(p.under(at.strip(), ": ")));
            return;
        }
        sink.record(new MspDocument(process, Extensions.of(x)));
    }

    private static void add(@Nullable ProcessType t, Set<ProcessType> into) {
        if (t != null) {
            into.add(t);
        }
    }

    private static @Nullable LocalDate date(String s, String field, String at, ParticipediaCase c, ImportSink sink) {
        String v = s.strip();
        if (v.isEmpty()) {
            return null;
        }
        if (DAY.matcher(v).matches()) {
            try {
                return LocalDate.parse(v.substring(0, 10));
            } catch (DateTimeException e) {
                // reported below
            }
        }
        sink.warning(Problem.of(
                at + field,
                BAD,
                field + " \"" + v + "\" is not a date YYYY-MM-DD[Thh:mm:ss]; kept under " + X + "." + field));
        c.rest.put(field, v);
        return null;
    }
}
