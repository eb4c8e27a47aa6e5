package org.msptoolkit.governance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.msptoolkit.core.internal.Checks;
import org.msptoolkit.core.validation.Problem;
import org.msptoolkit.core.validation.Result;
import org.msptoolkit.governance.internal.tree.PlainValues;

/**
 * Maps charters to and from plain data trees: maps with text keys, lists, text, numbers and booleans,
 * as any JSON or YAML library produces. This keeps msp-governance free of a file format; a reader
 * or writer for a format is a thin layer over {@link #fromTree(Map)} and {@link #toTree(Charter)}.
 *
 * <p>The tree of a charter:
 * <pre>
 * name: FSC-style General Assembly
 * version: "1.0"
 * kind: charter            # or policy; default charter
 * description: ...         # optional
 * rules:
 *   - kind: representation.min-groups
 *     name: three chambers # optional
 *     min: 3               # the rule kind's parameters, beside kind and name
 * </pre>
 */
public final class CharterCodec {
    private static final Set<String> TOP = Set.of("name", "version", "kind", "description", "rules");
    /** Problem code for a tree that does not have the shape of a charter. */
    public static final String SHAPE = "charter-shape";

    private CharterCodec() {}

    /**
     * Reads a charter, checking every rule against the standard rule kinds.
     *
     * @param tree the plain data
     * @return the charter, or every problem found
     */
    public static Result<Charter> fromTree(Map<String, ?> tree) {
        return fromTree(tree, RuleKinds.standard());
    }

    /**
     * Reads a charter, checking every rule against {@code kinds}.
     *
     * @param tree the plain data
     * @param kinds the rule kinds known
     * @return the charter, or every problem found
     */
    public static Result<Charter> fromTree(Map<String, ?> tree, RuleKinds kinds) {
        Checks.notNull(kinds, "kinds");
        List<Problem> problems = new ArrayList<>();
        if (tree == null) {
            return failed(List.of(Problem.of("", SHAPE, "no charter given (the tree is empty)")));
        }
        for (Object key : tree.keySet()) {
            if (!TOP.contains(String.valueOf(key))) {
                problems.add(Problem.of(
                        String.valueOf(key),
                        SHAPE,
                        "unknown charter field \"" + key + "\"; expected "
                                + String.join(", ", List.of("name", "version", "kind", "description", "rules"))));
            }
        }
        String name = text(tree, "name", true, problems);
        String version = text(tree, "version", true, problems);
        String kindCode = text(tree, "kind", false, problems);
        String description = text(tree, "description", false, problems);
        CharterKind kind = CharterKind.CHARTER;
        if (kindCode != null) {
            Optional<CharterKind> k = CharterKind.fromCode(kindCode);
            if (k.isEmpty()) {
                problems.add(Problem.of("kind", SHAPE, "kind must be charter or policy, got \"" + kindCode + "\""));
            } else {
                kind = k.get();
            }
        }
        List<Rule> rules = new ArrayList<>();
        boolean everyRuleRead = false;
        Object rawRules = tree.get("rules");
        if (rawRules == null) {
            problems.add(Problem.of("rules", SHAPE, "a charter needs a list of rules (it may be empty: rules: [])"));
        } else if (!(rawRules instanceof List<?> list)) {
            problems.add(Problem.of("rules", SHAPE, "rules must be a list, got " + rawRules));
        } else {
            for (int i = 0; i < list.size(); i++) {
                readRule(list.get(i), "rules[" + i + "]", problems).ifPresent(rules::add);
            }
            everyRuleRead = rules.size() == list.size();
        }
        if (!problems.isEmpty() || name == null || version == null) { // a missing name or version is a problem
            if (everyRuleRead) {
                // The rules themselves could be read: check them too, so that every problem is reported at once.
                Charter partial =
                        new Charter(name == null ? "?" : name, version == null ? "?" : version, kind, "", rules);
                partial.validate(kinds).stream()
                        .filter(q -> q.location().startsWith("rules"))
                        .forEach(problems::add);
            }
            return failed(problems);
        }
        Charter charter = new Charter(name, version, kind, description == null ? "" : description, rules);
        List<Problem> semantic = charter.validate(kinds);
        return semantic.isEmpty() ? Result.valid(charter) : failed(semantic);
    }

    private static Optional<Rule> readRule(Object raw, String where, List<Problem> problems) {
        if (!(raw instanceof Map<?, ?> map)) {
            problems.add(Problem.of(where, SHAPE, "each rule must be a map with a kind and parameters, got " + raw));
            return Optional.empty();
        }
        Object kind = map.get("kind");
        if (!(kind instanceof String k) || k.isBlank()) {
            problems.add(Problem.of(
                    where + ".kind",
                    SHAPE,
                    "each rule needs a kind (a rule kind id such as " + "representation.min-groups), got " + kind));
            return Optional.empty();
        }
        Object name = map.get("name");
        if (name != null && !(name instanceof String s && !s.isBlank())) {
            problems.add(Problem.of(where + ".name", SHAPE, "rule " + k + ": name must be text, got " + name));
            return Optional.empty();
        }
        Map<String, Object> params = new LinkedHashMap<>();
        int before = problems.size();
        for (var e : map.entrySet()) {
            String key = String.valueOf(e.getKey());
            if (key.equals("kind") || key.equals("name")) {
                continue;
            }
            if (e.getValue() == null) {
                problems.add(Problem.of(
                        where + "." + key,
                        SHAPE,
                        "rule " + k + ": " + key + " has no value; write one or leave the parameter out"));
                continue;
            }
            try {
                params.put(key, PlainValues.canonical(e.getValue(), key));
            } catch (NullPointerException ex) {
                // a null inside a list or map value (PlainValues names where)
                problems.add(
                        Problem.of(where + "." + key, SHAPE, "rule " + k + ": " + ex.getMessage() + " has no value"));
            } catch (IllegalArgumentException ex) {
                problems.add(Problem.of(where + "." + key, SHAPE, "rule " + k + ": " + ex.getMessage()));
            }
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new Rule(k, Optional.ofNullable((String) name), params));
    }

    private static @Nullable String text(Map<String, ?> tree, String key, boolean required, List<Problem> problems) {
        Object v = tree.get(key);
        if (v == null) {
            if (required) {
                problems.add(Problem.of(key, SHAPE, "a charter needs a " + key));
            }
            return null;
        }
        if (v instanceof Number n) {
            return n.toString();
        }
        if (!(v instanceof String s) || s.isBlank()) {
            problems.add(Problem.of(key, SHAPE, key + " must be text, got " + v));
            return null;
        }
        return s;
    }

    private static Result<Charter> failed(List<Problem> problems) {
        return Result.invalid(problems);
    }

    /**
     * Writes a charter as plain data (mutable maps and lists, keys in a stable order), ready for a JSON or
     * YAML writer. Whole numbers become {@link Long}, others {@link java.math.BigDecimal}.
     *
     * @param charter the charter
     * @return the tree
     */
    public static Map<String, Object> toTree(Charter charter) {
        Checks.notNull(charter, "charter");
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("name", charter.name());
        tree.put("version", charter.version());
        tree.put("kind", charter.kind().code());
        if (!charter.description().isEmpty()) {
            tree.put("description", charter.description());
        }
        List<Object> rules = new ArrayList<>();
        for (Rule r : charter.rules()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("kind", r.kind());
            r.name().ifPresent(n -> m.put("name", n));
            r.parameters().forEach((k, v) -> m.put(k, PlainValues.export(v)));
            rules.add(m);
        }
        tree.put("rules", rules);
        return tree;
    }
}
