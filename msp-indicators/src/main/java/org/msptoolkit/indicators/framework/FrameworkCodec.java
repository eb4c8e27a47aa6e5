package org.msptoolkit.indicators.framework;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.msptoolkit.core.internal.Checks;
import org.msptoolkit.core.validation.Problem;
import org.msptoolkit.core.validation.Result;
import org.msptoolkit.indicators.IndicatorId;

/**
 * Turns a {@link Framework} into a plain tree of maps, lists and strings and back, so that file formats
 * (YAML, JSON, in msp-io) only have to convert text to such a tree. The tree looks like:
 * <pre>{@code
 * id: town-forum
 * name: Town forum review
 * version: "2025.1"          # optional, default 1.0
 * description: ...           # optional
 * groups:
 *   - key: equity
 *     label: Equity
 *     indicators: [women-share, seat-hhi]
 * }</pre>
 * Reading reports every problem at once, located by path; unknown keys are problems, not silently dropped.
 */
public final class FrameworkCodec {
    private static final Set<String> TOP = Set.of("id", "name", "version", "description", "groups");
    private static final Set<String> GROUP = Set.of("key", "label", "indicators");
    private static final Pattern KEY = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern ID = Pattern.compile("[a-z0-9]+([-.][a-z0-9]+)*");
    /** Problem code: a required value is missing. */
    public static final String MISSING = "missing";
    /** Problem code: a value has the wrong type or form. */
    public static final String MALFORMED = "malformed";

    /**
     * Problem code: a framework that is not the built-in one reuses a built-in framework's id.
     *
     * @since 0.2.0
     */
    public static final String DUPLICATE_ID = "duplicate-id";
    /** Problem code: a key is not part of the format. */
    public static final String UNKNOWN_KEY = "unknown-key";

    private FrameworkCodec() {}

    /**
     * Returns an ordered tree of {@code Map<String, Object>}, {@code List<Object>} and strings.
     *
     * @param framework the framework
     * @return an ordered tree of {@code Map<String, Object>}, {@code List<Object>} and strings
     */
    public static Map<String, Object> toTree(Framework framework) {
        Checks.notNull(framework, "framework");
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("id", framework.id());
        tree.put("name", framework.name());
        tree.put("version", framework.version());
        if (!framework.description().isEmpty()) {
            tree.put("description", framework.description());
        }
        List<Object> groups = new ArrayList<>();
        for (FrameworkGroup g : framework.groups()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("key", g.key());
            m.put("label", g.label());
            m.put("indicators", g.indicators().stream().map(IndicatorId::value).toList());
            groups.add(m);
        }
        tree.put("groups", groups);
        return tree;
    }

    /**
     * Reads a framework from a plain tree.
     *
     * @param tree a {@code Map} as produced by {@link #toTree(Framework)} or by a YAML/JSON parser
     * @return the framework, or every problem found
     */
    public static Result<Framework> fromTree(Object tree) {
        List<Problem> problems = new ArrayList<>();
        if (!(tree instanceof Map<?, ?> map)) {
            problems.add(Problem.of(
                    "", MALFORMED, "a framework must be a map with id, name and groups, got " + describe(tree)));
            return Result.invalid(problems);
        }
        unknownKeys(map, TOP, "", problems);
        String id = text(map, "id", "", true, problems);
        if (id != null && !ID.matcher(id).matches()) {
            problems.add(Problem.of("id", MALFORMED, "framework id must be lower-case kebab-case, got \"" + id + "\""));
        }
        String name = text(map, "name", "", true, problems);
        String version = text(map, "version", "", false, problems);
        String description = text(map, "description", "", false, problems);
        List<FrameworkGroup> groups = new ArrayList<>();
        Object g = map.get("groups");
        if (g == null) {
            problems.add(Problem.of("groups", MISSING, "groups are required (a list of key, label, indicators)"));
        } else if (!(g instanceof List<?> list)) {
            problems.add(Problem.of("groups", MALFORMED, "groups must be a list, got " + describe(g)));
        } else if (list.isEmpty()) {
            problems.add(Problem.of("groups", MISSING, "a framework needs at least one group"));
        } else {
            Set<String> keys = new java.util.HashSet<>();
            for (int i = 0; i < list.size(); i++) {
                readGroup(list.get(i), "groups[" + i + "]", keys, problems).ifPresent(groups::add);
            }
        }
        if (!problems.isEmpty() || id == null || name == null) { // a missing id or name is a problem
            return Result.invalid(problems);
        }
        Framework.Builder b = Framework.builder(id, name).description(description == null ? "" : description);
        if (version != null) {
            b.version(version);
        }
        groups.forEach(b::group);
        Framework framework = b.build();
        Optional<Framework> builtIn = Frameworks.find(id);
        if (builtIn.isPresent() && !builtIn.get().equals(framework)) {
            // a file would otherwise pass for the published framework it only shares an id with
            return Result.invalid(List.of(Problem.of(
                    "id",
                    DUPLICATE_ID,
                    "'" + id + "' is the id of a built-in framework; a framework of your own needs its own id (e.g. '"
                            + id + "-local')")));
        }
        return Result.valid(framework);
    }

    private static Optional<FrameworkGroup> readGroup(
            Object value, String at, Set<String> keys, List<Problem> problems) {
        if (!(value instanceof Map<?, ?> m)) {
            problems.add(Problem.of(
                    at, MALFORMED, "a group must be a map with key, label and indicators, got " + describe(value)));
            return Optional.empty();
        }
        int before = problems.size();
        unknownKeys(m, GROUP, at + ".", problems);
        String key = text(m, "key", at + ".", true, problems);
        if (key != null && !KEY.matcher(key).matches()) {
            problems.add(
                    Problem.of(at + ".key", MALFORMED, "group key must be lower-case kebab-case, got \"" + key + "\""));
        } else if (key != null && !keys.add(key)) {
            problems.add(Problem.of(at + ".key", "duplicate-key", "another group already has the key '" + key + "'"));
        }
        String label = text(m, "label", at + ".", false, problems);
        List<IndicatorId> ids = new ArrayList<>();
        Object list = m.get("indicators");
        if (list == null) {
            problems.add(Problem.of(at + ".indicators", MISSING, "indicators are required (a list of ids)"));
        } else if (!(list instanceof List<?> l)) {
            problems.add(Problem.of(
                    at + ".indicators", MALFORMED, "indicators must be a list of ids, got " + describe(list)));
        } else {
            for (int j = 0; j < l.size(); j++) {
                String where = at + ".indicators[" + j + "]";
                Object x = l.get(j);
                if (!(x instanceof String s) || !ID.matcher(s).matches()) {
                    problems.add(Problem.of(
                            where, MALFORMED, "indicator id must be lower-case kebab-case text, got " + describe(x)));
                } else if (ids.contains(IndicatorId.of(s))) {
                    problems.add(Problem.of(where, "duplicate-entry", "indicator '" + s + "' is listed twice"));
                } else {
                    ids.add(IndicatorId.of(s));
                }
            }
        }
        if (problems.size() > before || key == null) { // a missing key is a problem
            return Optional.empty();
        }
        return Optional.of(new FrameworkGroup(key, label == null || label.isBlank() ? key : label, ids));
    }

    private static void unknownKeys(Map<?, ?> map, Set<String> known, String at, List<Problem> problems) {
        for (Object k : map.keySet()) {
            if (!(k instanceof String s) || !known.contains(s)) {
                problems.add(Problem.of(
                        at + k,
                        UNKNOWN_KEY,
                        "unknown key '" + k + "'; expected one of " + new java.util.TreeSet<>(known)));
            }
        }
    }

    private static @Nullable String text(
            Map<?, ?> map, String key, String at, boolean required, List<Problem> problems) {
        Object v = map.get(key);
        if (v == null) {
            if (required) {
                problems.add(Problem.of(at + key, MISSING, key + " is required"));
            }
            return null;
        }
        if (v instanceof Number n) {
            return n.toString();
        }
        if (!(v instanceof String s) || (required && s.isBlank())) {
            problems.add(Problem.of(at + key, MALFORMED, key + " must be non-blank text, got " + describe(v)));
            return null;
        }
        return s;
    }

    private static String describe(Object v) {
        if (v == null) {
            return "nothing";
        }
        if (v instanceof String s) {
            return "\"" + s + "\"";
        }
        return v.getClass().getSimpleName() + " " + v;
    }
}
