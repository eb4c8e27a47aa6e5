package org.msptoolkit.imports.internal.pabulib;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.msptoolkit.core.model.Contribution;
import org.msptoolkit.core.model.Decision;
import org.msptoolkit.core.model.MspProcess;
import org.msptoolkit.core.model.OfficialLinkage;
import org.msptoolkit.core.model.Period;
import org.msptoolkit.core.model.Stakeholder;
import org.msptoolkit.core.model.Tally;
import org.msptoolkit.core.taxonomy.ContributionKind;
import org.msptoolkit.core.taxonomy.DecisionMethod;
import org.msptoolkit.core.taxonomy.Level;
import org.msptoolkit.core.taxonomy.LinkageKind;
import org.msptoolkit.core.taxonomy.Phase;
import org.msptoolkit.core.taxonomy.ProcessType;
import org.msptoolkit.core.taxonomy.StakeholderGroup;
import org.msptoolkit.core.taxonomy.StakeholderKind;
import org.msptoolkit.core.validation.Problem;
import org.msptoolkit.core.validation.Result;
import org.msptoolkit.imports.ImportContext;
import org.msptoolkit.imports.ImportSink;
import org.msptoolkit.imports.Importer;
import org.msptoolkit.imports.Provenance;
import org.msptoolkit.imports.internal.Json;
import org.msptoolkit.imports.pabulib.PabulibVerification;
import org.msptoolkit.io.Extensions;
import org.msptoolkit.io.MspDocument;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Imports a Pabulib {@code .pb} election as an MSP process: the municipality (convener) and the
 * voters as stakeholders, each project as a proposal, the vote as a decision by vote with a tally
 * of supporters per project, the recomputed winners and the voter breakdown. See docs/importers.md.
 */
public final class PabulibImporter implements Importer {
    /** Smallest voter group shown in a breakdown; smaller cells are suppressed. */
    public static final int MIN_CELL = 10;

    static final String SOURCE = "pabulib";
    static final String LICENCE = "not stated (research data; cite Pabulib)";
    /** META keys that have a format v1 field; every other key is reported as unmapped. */
    private static final Set<String> MAPPED_META =
            Set.of("description", "country", "unit", "budget", "date_begin", "date_end", "vote_type", "num_votes");

    private static final Set<String> MAPPED_PROJECT = Set.of("project_id", "name", "votes");

    /** Creates the importer; the service loader calls it. */
    public PabulibImporter() {}

    @Override
    public String source() {
        return SOURCE;
    }

    @Override
    public String description() {
        return "Pabulib .pb participatory-budgeting elections (META / PROJECTS / VOTES)";
    }

    @Override
    public List<Path> units(Path fileOrFolder) throws IOException {
        if (Files.isDirectory(fileOrFolder)) {
            return Json.sorted(fileOrFolder).stream()
                    .filter(p -> Files.isRegularFile(p)
                            && p.toString().toLowerCase(Locale.ROOT).endsWith(".pb"))
                    .toList();
        }
        return List.of(fileOrFolder);
    }

    @Override
    public void read(Path unit, ImportContext context, ImportSink sink) throws IOException {
        PbReader.Read r = PbReader.read(unit, MIN_CELL);
        r.warnings().forEach(sink::warning);
        r.errors().forEach(sink::error);
        PbElection e = r.election();
        if (e == null) {
            return;
        }
        List<Problem> problems = new ArrayList<>();
        MspDocument d = document(e, unit, context, problems, sink);
        if (!problems.isEmpty()) {
            problems.forEach(sink::error);
            return;
        }
        var report = d.process().validate();
        if (!report.isValid()) {
            report.problems().forEach(p -> sink.error(p.under(unit.toString(), ": ")));
            return;
        }
        sink.record(d);
    }

    /**
     * Reads a file and checks its published winners.
     *
     * @param file the file
     * @return the verification or the problems that stop the file being read
     * @throws IOException when it cannot be opened
     */
    public static Result<PabulibVerification> verify(Path file) throws IOException {
        PbReader.Read r = PbReader.read(file, MIN_CELL);
        PbElection e = r.election();
        return e == null ? Result.invalid(r.errors()) : Result.valid(verify(e));
    }

    static PabulibVerification verify(PbElection e) {
        String rule = e.meta("rule", "");
        String comment = e.meta("comment", "");
        List<Integer> won = recompute(e);
        List<String> recomputed = won == null
                ? List.of()
                : won.stream().map(i -> e.projects.get(i).id()).toList();
        if (!e.hasSelected()) {
            String basis = won == null
                    ? "rule \"" + rule + "\" is not recomputed here"
                    : "recomputed by " + rule + ": " + (recomputed.isEmpty() ? "-" : String.join(", ", recomputed));
            return new PabulibVerification(
                    e.file,
                    PabulibVerification.Outcome.CANNOT_VERIFY,
                    rule,
                    List.of(),
                    List.of(),
                    recomputed,
                    "no published selection (PROJECTS has no selected column); " + basis);
        }
        List<String> published = new ArrayList<>();
        List<String> ambiguous = new ArrayList<>();
        for (PbProject p : e.projects) {
            String s = p.fields().getOrDefault("selected", "").strip();
            if (s.equals("1")) {
                published.add(p.id());
            } else if (!s.equals("0") && !s.isEmpty()) {
                ambiguous.add(p.id() + " (selected=" + s + ")");
            }
        }
        String quoted = comment.isEmpty() ? "" : "the file's comment: \"" + comment + "\"";
        if (won == null) {
            String why = rule.equals("unknown") || rule.isEmpty()
                    ? "the file states rule \"" + rule + "\", so there is no rule to recompute"
                    : "rule \"" + rule + "\" for " + e.voteType() + " ballots is not one this check recomputes";
            return new PabulibVerification(
                    e.file,
                    PabulibVerification.Outcome.DIFFERS,
                    rule,
                    published,
                    List.of(),
                    List.of(),
                    why + (quoted.isEmpty() ? "" : "; " + quoted));
        }
        List<String> onlyPublished =
                published.stream().filter(id -> !recomputed.contains(id)).toList();
        List<String> onlyRecomputed =
                recomputed.stream().filter(id -> !published.contains(id)).toList();
        if (onlyPublished.isEmpty() && onlyRecomputed.isEmpty() && ambiguous.isEmpty()) {
            return new PabulibVerification(
                    e.file, PabulibVerification.Outcome.AGREES, rule, List.of(), List.of(), recomputed, "");
        }
        List<String> notes = new ArrayList<>();
        notes.add("recomputed by " + rule);
        if (!ambiguous.isEmpty()) {
            notes.add("ambiguous selected values: " + String.join(", ", ambiguous));
        }
        if (!quoted.isEmpty()) {
            notes.add(quoted);
        }
        return new PabulibVerification(
                e.file,
                PabulibVerification.Outcome.DIFFERS,
                rule,
                onlyPublished,
                onlyRecomputed,
                recomputed,
                String.join("; ", notes));
    }

    /** The winners by the file's rule, or null when the rule is not one implemented here. */
    private static @Nullable List<Integer> recompute(PbElection e) {
        int m = e.projects.size();
        double[] costs = new double[m];
        for (int i = 0; i < m; i++) {
            costs[i] = e.projects.get(i).cost();
        }
        Double budget = PbReader.number(e.meta("budget", ""));
        if (budget == null) {
            return null;
        }
        Double threshold = PbReader.number(e.meta("min_project_score_threshold", ""));
        String rule = e.meta("rule", "");
        boolean approvalLike = e.voteType().equals("approval") || e.voteType().equals("choose-1");
        return switch (rule) {
            case "greedy", "greedy-threshold" ->
                PbRules.greedy(costs, e.points, budget, threshold == null ? 0 : threshold);
            case "equalshares" -> approvalLike ? PbRules.equalShares(costs, e.ballots, budget) : null;
            case "equalshares/add1" -> approvalLike ? PbRules.equalSharesAdd1(costs, e.ballots, budget) : null;
            default -> null;
        };
    }

    private static MspDocument document(
            PbElection e, Path unit, ImportContext context, List<Problem> problems, ImportSink sink) {
        String file = e.file;
        String stem = file.toLowerCase(Locale.ROOT).endsWith(".pb") ? file.substring(0, file.length() - 3) : file;
        String unitName = e.meta("unit", "the municipality");
        LocalDate begin = date(e.meta("date_begin", ""), true);
        LocalDate end = date(e.meta("date_end", ""), false);
        if (begin == null && end == null) {
            problems.add(Problem.of(
                    unit + ": META date_begin",
                    PbReader.BAD_FILE,
                    "neither date_begin \"" + e.meta("date_begin", "") + "\" nor date_end \"" + e.meta("date_end", "")
                            + "\" is a date (dd.mm.yyyy or yyyy); the vote needs a day"));
            return MspDocument.of(MspProcess.builder("x", "x").build());
        }
        if (begin == null || end == null) {
            sink.warning(Problem.of(
                    unit + ": META " + (begin == null ? "date_begin" : "date_end"),
                    PbReader.BAD_FILE,
                    "not a date (dd.mm.yyyy or yyyy); the other date is used for both"));
        }
        LocalDate from = begin != null ? begin : java.util.Objects.requireNonNull(end);
        LocalDate to = end != null ? end : from;
        if (to.isBefore(from)) {
            sink.warning(Problem.of(
                    unit + ": META date_end",
                    PbReader.BAD_FILE,
                    "date_end is before date_begin; date_begin is used for both"));
            to = from;
        }
        String currency = e.meta("currency", "");
        String budget = e.meta("budget", "");
        String title = e.meta("description", "Participatory budget of " + unitName);
        String instance = e.meta("instance", "");
        if (!instance.isEmpty() && !title.contains(instance)) {
            title = title + " (" + instance + ")";
        }
        MspProcess.Builder b = MspProcess.builder("pabulib-" + Json.slug(stem), title)
                .purpose("Participatory budgeting: " + unitName
                        + (e.metaOrNull("subunit") == null ? "" : " / " + e.meta("subunit", ""))
                        + " puts a budget of " + budget + (currency.isEmpty() ? "" : " " + currency) + " to a "
                        + e.voteType() + " vote of its residents")
                .types(ProcessType.DECISION_MAKING)
                .phase(Phase.OUTPUTS)
                .period(Period.of(from, to))
                .linkage(OfficialLinkage.of(LinkageKind.DECIDES, unitName));
        String country = e.meta("country", "");
        String code = Json.countryCode(country);
        if (country.equalsIgnoreCase("Worldwide")) {
            b.levels(Level.INTERNATIONAL);
        } else {
            b.levels(Level.LOCAL);
            if (!code.isEmpty()) {
                b.countries(code);
            } else if (!country.isEmpty()) {
                sink.warning(Problem.of(
                        unit + ": META country",
                        "unmapped-value",
                        "country \"" + country + "\" has no ISO code here; kept in x-pabulib.meta only"));
            }
        }
        Stakeholder municipality = Stakeholder.builder("unit", unitName, StakeholderGroup.LOCAL_AUTHORITIES)
                .kind(StakeholderKind.ORGANISATION)
                .publicAuthority(true)
                .build();
        Stakeholder.Builder voters = Stakeholder.builder(
                        "voters", "Voters of " + unitName, StakeholderGroup.of("residents", "Residents"))
                .kind(StakeholderKind.CONSTITUENCY);
        if (e.voters > 0) {
            voters.constituencySize(e.voters);
        }
        b.stakeholder(municipality, voters.build()).conveners("unit");
        Map<String, Long> options = new LinkedHashMap<>();
        Map<String, Map<String, tools.jackson.databind.JsonNode>> x = new LinkedHashMap<>();
        for (int i = 0; i < e.projects.size(); i++) {
            PbProject p = e.projects.get(i);
            String name = p.fields().getOrDefault("name", "");
            b.contribution(Contribution.of(
                    "project-" + i,
                    "voters",
                    ContributionKind.PROPOSAL,
                    name.isBlank() ? "Project " + p.id() : name,
                    from.toString()));
            x.put("/contributions/" + i, new LinkedHashMap<>(Map.of("x-pabulib", Json.strings(p.fields()))));
            options.put(p.id(), e.supporters[i]);
        }
        for (String column : e.projectHeader) {
            if (!MAPPED_PROJECT.contains(column)) {
                sink.unmapped("PROJECTS." + column);
            }
        }
        e.meta.keySet().stream().filter(k -> !MAPPED_META.contains(k)).forEach(k -> sink.unmapped("META." + k));
        for (String column : e.voteHeader) {
            if (!column.equals("vote") && !column.equals("points")) {
                sink.unmapped("VOTES." + column
                        + (column.equals("voter_id") ? " (not kept: pseudonymous ballot ids)" : " (as breakdown)"));
            }
        }
        b.decision(Decision.builder(
                        "vote",
                        to.toString(),
                        "Which projects " + unitName + " funds from its participatory budget of " + budget
                                + (currency.isEmpty() ? "" : " " + currency),
                        DecisionMethod.VOTE)
                .tally(new Tally(options, Map.of()))
                .build());
        PabulibVerification v = verify(e);
        ObjectNode dx = Json.object();
        dx.put("voteType", e.voteType());
        dx.put("rule", e.meta("rule", ""));
        dx.put("ballots", e.voters);
        ObjectNode scores = dx.putObject("scores");
        for (int i = 0; i < e.projects.size(); i++) {
            scores.put(e.projects.get(i).id(), e.points[i]);
        }
        ArrayNode rec = dx.putArray("recomputed");
        v.recomputed().forEach(rec::add);
        dx.put("verification", v.line());
        dx.put(
                "verificationOutcome",
                v.outcome().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        if (!e.breakdown.isEmpty()) {
            dx.set("breakdown", e.breakdown.toJson(e.projects));
        }
        x.put("/decisions/0", new LinkedHashMap<>(Map.of("x-pabulib", dx)));
        ObjectNode top = Json.object();
        top.put("file", file);
        top.set("meta", Json.strings(e.meta));
        ArrayNode projectColumns = top.putArray("projectColumns");
        e.projectHeader.forEach(projectColumns::add);
        ArrayNode voteColumns = top.putArray("voteColumns");
        e.voteHeader.forEach(voteColumns::add);
        String ack = e.meta("acknowledgments", "");
        Provenance prov = Provenance.of(
                context,
                SOURCE,
                stem,
                "",
                LICENCE,
                "Data from Pabulib (pabulib.org), the participatory budgeting library: Faliszewski et al., "
                        + "\"Participatory Budgeting: Data, Tools and Analysis\", IJCAI 2023."
                        + (ack.isEmpty() ? "" : " " + ack));
        Map<String, tools.jackson.databind.JsonNode> root = new LinkedHashMap<>();
        root.put(Provenance.EXTENSION, prov.toJson());
        root.put("x-pabulib", top);
        x.put("", root);
        return new MspDocument(b.build(), Extensions.of(x));
    }

    private static @Nullable LocalDate date(String s, boolean start) {
        String t = s.strip();
        try {
            if (t.matches("\\d{4}")) {
                int y = Integer.parseInt(t);
                return start ? LocalDate.of(y, 1, 1) : LocalDate.of(y, 12, 31);
            }
            if (t.matches("\\d{1,2}\\.\\d{1,2}\\.\\d{4}")) {
                int a = t.indexOf('.');
                int b = t.lastIndexOf('.');
                return LocalDate.of(
                        Integer.parseInt(t.substring(b + 1)),
                        Integer.parseInt(t.substring(a + 1, b)),
                        Integer.parseInt(t.substring(0, a)));
            }
            if (t.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return LocalDate.parse(t);
            }
        } catch (java.time.DateTimeException e) {
            return null;
        }
        return null;
    }

    static String plain(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }
}
