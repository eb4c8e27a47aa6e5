package org.msptoolkit.imports.internal.popolo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.msptoolkit.core.model.Decision;
import org.msptoolkit.core.model.Meeting;
import org.msptoolkit.core.model.MspProcess;
import org.msptoolkit.core.model.Participant;
import org.msptoolkit.core.model.Period;
import org.msptoolkit.core.model.Stakeholder;
import org.msptoolkit.core.model.Tally;
import org.msptoolkit.core.taxonomy.DecisionMethod;
import org.msptoolkit.core.taxonomy.Level;
import org.msptoolkit.core.taxonomy.Phase;
import org.msptoolkit.core.taxonomy.Role;
import org.msptoolkit.core.taxonomy.StakeholderGroup;
import org.msptoolkit.core.taxonomy.StakeholderKind;
import org.msptoolkit.core.validation.Problem;
import org.msptoolkit.imports.ImportContext;
import org.msptoolkit.imports.ImportSink;
import org.msptoolkit.imports.Importer;
import org.msptoolkit.imports.Provenance;
import org.msptoolkit.imports.internal.Json;
import org.msptoolkit.io.Extensions;
import org.msptoolkit.io.MspDocument;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Imports a Popolo JSON export (as EveryPolitician publishes them) as one MSP process: organizations
 * become stakeholders (a legislature a government body, parties political parties), persons become
 * participants (name and gender are personal data in the model; every other personal field is kept,
 * listed under {@code personalData}), each person's memberships (who acts for whom and when) are kept
 * with the participant, events become meetings, vote events decisions with their counts as tallies.
 * The file is read with Jackson's streaming parser one array element at a time.
 */
public final class PopoloImporter implements Importer {
    static final String SOURCE = "popolo";
    static final String BAD = "popolo-format";
    private static final Pattern PARTIAL_DATE = Pattern.compile("^[0-9]{4}(-[0-9]{2}){0,2}$");
    private static final Set<String> PERSONAL = Set.of(
            "name",
            "other_names",
            "family_name",
            "given_name",
            "additional_name",
            "patronymic_name",
            "sort_name",
            "email",
            "gender",
            "birth_date",
            "death_date",
            "image",
            "images",
            "contact_details",
            "links",
            "national_identity",
            "summary",
            "biography",
            "honorific_prefix",
            "honorific_suffix",
            "identifiers",
            "sources");
    private static final Set<String> ARRAYS = Set.of(
            "persons",
            "organizations",
            "memberships",
            "events",
            "vote_events",
            "motions",
            "areas",
            "posts",
            "votes",
            "speeches",
            "counts");
    private static final ObjectMapper MAPPER = JsonMapper.builder().build();
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern YEAR_MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /** Creates the importer; the service loader calls it. */
    public PopoloImporter() {}

    @Override
    public String source() {
        return SOURCE;
    }

    @Override
    public String description() {
        return "Popolo JSON exports (EveryPolitician): persons, organizations, memberships, events, vote events";
    }

    @Override
    public List<Path> units(Path fileOrFolder) throws IOException {
        if (Files.isDirectory(fileOrFolder)) {
            return Json.sorted(fileOrFolder).stream()
                    .filter(p -> Files.isRegularFile(p)
                            && p.toString().toLowerCase(Locale.ROOT).endsWith(".json"))
                    .toList();
        }
        return List.of(fileOrFolder);
    }

    @Override
    public void read(Path unit, ImportContext context, ImportSink sink) throws IOException {
        Map<String, List<JsonNode>> arrays = new LinkedHashMap<>();
        ObjectNode other = Json.object();
        try (InputStream in = Files.newInputStream(unit);
                JsonParser p = MAPPER.createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                sink.error(Problem.of(
                        unit + ": /",
                        BAD,
                        "a Popolo export is a JSON object with arrays such as persons and organizations"));
                return;
            }
            while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = p.currentName();
                JsonToken t = p.nextToken();
                if (ARRAYS.contains(name) && t == JsonToken.START_ARRAY) {
                    List<JsonNode> items = arrays.computeIfAbsent(name, k -> new ArrayList<>());
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        items.add(p.readValueAsTree());
                    }
                } else {
                    other.set(name, p.readValueAsTree());
                }
            }
        } catch (JacksonException e) {
            var at = e.getLocation();
            sink.error(Problem.of(
                    unit + (at == null ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr()),
                    BAD,
                    "not well-formed JSON: " + e.getOriginalMessage()));
            return;
        }
        boolean document = List.of("persons", "organizations", "memberships", "events", "vote_events").stream()
                .anyMatch(arrays::containsKey);
        if (!document && (arrays.containsKey("counts") || other.has("motion") || other.has("motion_id"))) {
            // a single VoteEvent object, as in the Popolo examples
            ObjectNode ve = other.deepCopy();
            arrays.forEach((k, items) -> {
                ArrayNode a = ve.putArray(k);
                items.forEach(a::add);
            });
            arrays.clear();
            arrays.put("vote_events", List.of(ve));
            other.removeAll();
            document = true;
        }
        if (!document) {
            sink.error(Problem.of(
                    unit + ": /",
                    BAD,
                    "no persons, organizations, memberships, events or vote_events array: not a Popolo export"));
            return;
        }
        new Build(unit, context, sink, arrays, other).run();
    }

    /** The assembly of one file's process. */
    private static final class Build {
        final Path unit;
        final ImportContext context;
        final ImportSink sink;
        final Map<String, List<JsonNode>> arrays;
        final ObjectNode other;
        final List<Problem> errors = new ArrayList<>();
        final Map<String, Map<String, JsonNode>> x = new LinkedHashMap<>();
        final Map<String, String> orgIds = new HashMap<>();

        Build(Path unit, ImportContext context, ImportSink sink, Map<String, List<JsonNode>> arrays, ObjectNode other) {
            this.unit = unit;
            this.context = context;
            this.sink = sink;
            this.arrays = arrays;
            this.other = other;
        }

        List<JsonNode> list(String name) {
            return arrays.getOrDefault(name, List.of());
        }

        String at(String pointer) {
            return unit + ": " + pointer;
        }

        void ext(String pointer, String name, JsonNode value) {
            x.computeIfAbsent(pointer, k -> new LinkedHashMap<>()).put(name, value);
        }

        void run() {
            String file = unit.getFileName() == null
                    ? unit.toString()
                    : unit.getFileName().toString();
            String stem = file.toLowerCase(Locale.ROOT).endsWith(".json") ? file.substring(0, file.length() - 5) : file;
            List<JsonNode> orgs = list("organizations");
            String legislature = "";
            for (JsonNode o : orgs) {
                if ("legislature".equals(text(o, "classification"))
                        && !text(o, "name").isBlank()) {
                    legislature = text(o, "name");
                    break;
                }
            }
            MspProcess.Builder b = MspProcess.builder(
                            "popolo-" + Json.slug(stem), legislature.isEmpty() ? "Popolo export " + stem : legislature)
                    .purpose("Membership of " + (legislature.isEmpty() ? "the bodies" : legislature)
                            + " as published in Popolo format")
                    .levels(Level.NATIONAL)
                    .phase(Phase.OUTPUTS);
            // organizations → stakeholders
            for (int i = 0; i < orgs.size(); i++) {
                JsonNode o = orgs.get(i);
                String id = text(o, "id");
                String name = text(o, "name").strip();
                if (id.isEmpty()) {
                    sink.warning(Problem.of(
                            at("/organizations/" + i + "/id"),
                            BAD,
                            "organization without an id: no membership can name it"));
                }
                String classification = text(o, "classification");
                StakeholderGroup group = switch (classification) {
                    case "legislature", "executive", "government", "chamber" -> StakeholderGroup.GOVERNMENTS;
                    case "party" -> StakeholderGroup.of("political-parties", "Political parties");
                    default -> StakeholderGroup.of("organisations", "Organisations");
                };
                String sid = "org-" + i;
                b.stakeholder(Stakeholder.builder(
                                sid, name.isEmpty() ? "Organisation " + (id.isEmpty() ? i : id) : name, group)
                        .kind(StakeholderKind.ORGANISATION)
                        .publicAuthority(group.equals(StakeholderGroup.GOVERNMENTS))
                        .build());
                ext("/stakeholders/" + i, "x-popolo", o);
                if (!id.isEmpty()) {
                    orgIds.putIfAbsent(id, sid);
                }
            }
            // memberships by person
            Map<String, List<JsonNode>> byPerson = new LinkedHashMap<>();
            List<JsonNode> memberships = list("memberships");
            for (int i = 0; i < memberships.size(); i++) {
                JsonNode m = memberships.get(i);
                String person = text(m, "person_id");
                if (person.isEmpty() && m.has("person")) {
                    person = text(m.get("person"), "id");
                }
                for (String d : List.of("start_date", "end_date")) {
                    if (m.has(d) && !PARTIAL_DATE.matcher(text(m, d)).matches()) {
                        errors.add(Problem.of(
                                at("/memberships/" + i + "/" + d),
                                BAD,
                                d + " \"" + text(m, d) + "\" is not a date YYYY, YYYY-MM or YYYY-MM-DD"));
                    }
                }
                if (person.isEmpty()) {
                    sink.warning(Problem.of(
                            at("/memberships/" + i + "/person_id"),
                            BAD,
                            "membership names no person; kept under x-popolo.memberships"));
                    continue;
                }
                byPerson.computeIfAbsent(person, k -> new ArrayList<>()).add(m);
            }
            boolean needUnaffiliated = false;
            List<JsonNode> persons = list("persons");
            Set<String> seen = new java.util.HashSet<>();
            for (int i = 0; i < persons.size(); i++) {
                JsonNode person = persons.get(i);
                if (!person.isObject()) {
                    errors.add(Problem.of(at("/persons/" + i), BAD, "a person must be a JSON object"));
                    continue;
                }
                String id = text(person, "id");
                String name = text(person, "name").strip();
                if (!id.isEmpty() && !seen.add(id)) {
                    errors.add(Problem.of(at("/persons/" + i + "/id"), BAD, "person " + id + " is listed twice"));
                }
                for (String d : List.of("birth_date", "death_date")) {
                    if (person.has(d)
                            && !text(person, d).isEmpty()
                            && !PARTIAL_DATE.matcher(text(person, d)).matches()) {
                        errors.add(Problem.of(
                                at("/persons/" + i + "/" + d),
                                BAD,
                                d + " \"" + text(person, d)
                                        + "\" is not a date YYYY, YYYY-MM or YYYY-MM-DD (Popolo person schema)"));
                    }
                }
                List<JsonNode> own = byPerson.getOrDefault(id, List.of());
                String stakeholder = null;
                Role role = Role.DELEGATE;
                Period period = null;
                if (!own.isEmpty()) {
                    JsonNode first = own.get(0);
                    stakeholder = orgIds.get(text(first, "on_behalf_of_id"));
                    if (stakeholder == null) {
                        stakeholder = orgIds.get(text(first, "organization_id"));
                    }
                    role = role(text(first, "role"));
                    LocalDate s = fullDate(text(first, "start_date"));
                    LocalDate e = fullDate(text(first, "end_date"));
                    if (s != null) {
                        period = e != null && !e.isBefore(s) ? Period.of(s, e) : Period.from(s);
                    }
                }
                if (stakeholder == null) {
                    stakeholder = "unaffiliated";
                    needUnaffiliated = true;
                }
                Participant pt = Participant.of("p" + i, stakeholder, role);
                if (!name.isEmpty()) {
                    pt = pt.withName(name);
                }
                String gender = text(person, "gender").strip();
                if (!gender.isEmpty()) {
                    pt = pt.withGender(gender);
                }
                if (period != null) {
                    pt = pt.withPeriod(period);
                }
                b.participant(pt);
                ObjectNode px = (ObjectNode) person; // our own parsed tree: extended in place
                ArrayNode personal = px.putArray("personalData");
                person.propertyNames().forEach(k -> {
                    if (PERSONAL.contains(k)) {
                        personal.add(k);
                    }
                });
                ArrayNode ms = px.putArray("memberships");
                own.forEach(ms::add);
                ext("/participants/" + i, "x-popolo", px);
            }
            if (needUnaffiliated) {
                b.stakeholder(Stakeholder.builder(
                                "unaffiliated",
                                "Persons without a known organisation",
                                StakeholderGroup.of("organisations", "Organisations"))
                        .kind(StakeholderKind.CONSTITUENCY)
                        .build());
            }
            // events → meetings
            List<JsonNode> events = list("events");
            ArrayNode undated = Json.object().arrayNode();
            int meetings = 0;
            for (int i = 0; i < events.size(); i++) {
                JsonNode ev = events.get(i);
                LocalDate d = partialStart(text(ev, "start_date"));
                if (d == null) {
                    sink.warning(Problem.of(
                            at("/events/" + i + "/start_date"),
                            BAD,
                            "event without a start date YYYY[-MM[-DD]]; kept under x-popolo.undatedEvents"));
                    undated.add(ev);
                    continue;
                }
                Meeting mt = Meeting.of("event-" + i, d.toString());
                if (!text(ev, "name").isBlank()) {
                    mt = mt.withTitle(text(ev, "name").strip());
                }
                b.meeting(mt);
                ext("/meetings/" + meetings++, "x-popolo", ev);
            }
            // vote events → decisions
            Map<String, String> motions = new HashMap<>();
            for (JsonNode mo : list("motions")) {
                motions.put(text(mo, "id"), text(mo, "text"));
            }
            List<JsonNode> voteEvents = list("vote_events");
            int decisions = 0;
            for (int i = 0; i < voteEvents.size(); i++) {
                JsonNode ve = voteEvents.get(i);
                LocalDate d = partialStart(
                        text(ve, "start_date").length() >= 10
                                ? text(ve, "start_date").substring(0, 10)
                                : text(ve, "start_date"));
                if (d == null) {
                    errors.add(Problem.of(
                            at("/vote_events/" + i + "/start_date"),
                            BAD,
                            "vote event without a start date: the decision needs a day"));
                    continue;
                }
                String subject = ve.has("motion")
                        ? text(ve.get("motion"), "text")
                        : motions.getOrDefault(text(ve, "motion_id"), "");
                if (subject.isBlank()) {
                    subject = "Vote event "
                            + (text(ve, "identifier").isEmpty() ? text(ve, "id") : text(ve, "identifier"));
                }
                Map<String, Long> options = new LinkedHashMap<>();
                Map<String, Map<String, Long>> chambers = new LinkedHashMap<>();
                JsonNode counts = ve.get("counts");
                if (counts != null && counts.isArray()) {
                    for (int c = 0; c < counts.size(); c++) {
                        JsonNode count = counts.get(c);
                        String option = text(count, "option");
                        JsonNode value = count.get("value");
                        if (option.isEmpty() || value == null || !value.isIntegralNumber() || value.asLong() < 0) {
                            errors.add(Problem.of(
                                    at("/vote_events/" + i + "/counts/" + c),
                                    BAD,
                                    "a count needs an option and a whole non-negative value (Popolo count schema)"));
                            continue;
                        }
                        String group = count.has("group") ? text(count.get("group"), "name") : text(count, "group_id");
                        if (group.isEmpty()) {
                            options.merge(option, value.asLong(), Long::sum);
                        } else {
                            chambers.computeIfAbsent(group, k -> new LinkedHashMap<>())
                                    .merge(option, value.asLong(), Long::sum);
                            options.merge(option, value.asLong(), Long::sum);
                        }
                    }
                }
                Decision dec = Decision.of("vote-" + i, d.toString(), subject.strip(), DecisionMethod.VOTE);
                if (!options.isEmpty()) {
                    dec = dec.withTally(new Tally(options, chambers));
                }
                b.decision(dec);
                ext("/decisions/" + decisions++, "x-popolo", ve);
            }
            if (!errors.isEmpty()) {
                errors.forEach(sink::error);
                return;
            }
            ObjectNode top = Json.object();
            top.put("file", file);
            for (String k : List.of("areas", "posts", "motions", "votes", "speeches")) {
                if (arrays.containsKey(k)) {
                    ArrayNode a = top.putArray(k);
                    arrays.get(k).forEach(a::add);
                    sink.unmapped(k);
                }
            }
            ArrayNode unplaced = top.putArray("memberships");
            for (JsonNode m : memberships) {
                String person = text(m, "person_id");
                if (person.isEmpty()
                        && !(m.has("person") && !text(m.get("person"), "id").isEmpty())) {
                    unplaced.add(m);
                }
            }
            if (!undated.isEmpty()) {
                top.set("undatedEvents", undated);
            }
            other.properties().forEach(e -> top.set(e.getKey(), e.getValue()));
            for (String f : List.of(
                    "persons.* (except name, gender)",
                    "memberships.* (with each participant)",
                    "organizations.* (except name, classification)",
                    "events.* (except name, start_date)")) {
                sink.unmapped(f);
            }
            if (!voteEvents.isEmpty()) {
                sink.unmapped("vote_events.* (except start_date, motion text, counts)");
            }
            ext(
                    "",
                    Provenance.EXTENSION,
                    Provenance.of(
                                    context,
                                    SOURCE,
                                    stem,
                                    sourceUrl(),
                                    "not stated (EveryPolitician aggregates sources under mixed terms; see x-popolo.meta.sources)",
                                    "Data from EveryPolitician (everypolitician.org) in the Popolo format (popoloproject.com); "
                                            + "it holds personal data of public officials.")
                            .toJson());
            ext("", "x-popolo", top);
            MspProcess process = b.build();
            var report = process.validate();
            if (!report.isValid()) {
                report.problems().forEach(p -> sink.error(p.under(unit.toString(), ": ")));
                return;
            }
            sink.record(new MspDocument(process, Extensions.of(x)));
        }

        String sourceUrl() {
            JsonNode meta = other.get("meta");
            JsonNode sources = meta == null ? null : meta.get("sources");
            if (sources != null && sources.isArray() && !sources.isEmpty()) {
                JsonNode first = sources.get(0);
                return first.isString() ? first.asString() : text(first, "url");
            }
            return "";
        }
    }

    static Role role(String s) {
        return switch (s.toLowerCase(Locale.ROOT).strip()) {
            case "chair", "speaker", "president" -> Role.CHAIR;
            case "deputy speaker", "vice chair", "vice-chair", "deputy chair" -> Role.CO_CHAIR;
            default -> Role.DELEGATE;
        };
    }

    static String text(@Nullable JsonNode n, String field) {
        if (n == null) {
            return "";
        }
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? "" : v.isString() ? v.asString() : v.toString();
    }

    static @Nullable LocalDate fullDate(String s) {
        if (!DAY.matcher(s).matches()) {
            return null;
        }
        try {
            return LocalDate.parse(s);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /** The first day a partial date YYYY, YYYY-MM or YYYY-MM-DD can mean. */
    static @Nullable LocalDate partialStart(String s) {
        try {
            if (YEAR.matcher(s).matches()) {
                return LocalDate.of(Integer.parseInt(s), 1, 1);
            }
            if (YEAR_MONTH.matcher(s).matches()) {
                return LocalDate.of(Integer.parseInt(s.substring(0, 4)), Integer.parseInt(s.substring(5)), 1);
            }
            return fullDate(s);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }
}
