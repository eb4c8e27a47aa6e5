package org.msptoolkit.composite;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.msptoolkit.core.validation.Problem;

/**
 * The validated hierarchy of a composite index (COINr's {@code iMeta}): indicators at level 1, their
 * aggregates (pillars, sub-indices) above, and one index at the top, plus the non-index columns
 * (groups, denominators) of the unit data. Any number of levels; a node's parent must sit at a
 * higher level (levels may be skipped).
 *
 * <p>Build with {@link #of(List)}; every problem (duplicate or unknown codes, cycles, missing
 * weights, wrong levels, …) is reported at once in a {@link CompositeDataException}.
 *
 * @since 0.1.0
 */
public final class IndexStructure {
    /** Problem code: a parent, denominator or other reference names a code that does not exist. */
    public static final String UNKNOWN_CODE = Problem.UNRESOLVED_REFERENCE;

    private final List<MetaRow> rows;
    private final Map<String, MetaRow> byCode;
    private final Map<String, List<String>> children;
    private final List<String> indicators;
    private final String top;
    private final int levels;

    private IndexStructure(List<MetaRow> rows) {
        this.rows = List.copyOf(rows);
        Map<String, MetaRow> map = new LinkedHashMap<>();
        for (MetaRow r : rows) {
            map.put(r.code(), r);
        }
        this.byCode = Collections.unmodifiableMap(map);
        Map<String, List<String>> ch = new LinkedHashMap<>();
        List<String> ind = new ArrayList<>();
        String topCode = null;
        int max = 0;
        for (MetaRow r : rows) {
            if (!r.inIndex()) {
                continue;
            }
            ch.putIfAbsent(r.code(), new ArrayList<>());
            if (r.type() == NodeType.INDICATOR) {
                ind.add(r.code());
            }
            r.parent()
                    .ifPresent(
                            p -> ch.computeIfAbsent(p, k -> new ArrayList<>()).add(r.code()));
            if (r.parent().isEmpty()) {
                topCode = r.code();
            }
            max = Math.max(max, r.level().orElse(0));
        }
        ch.replaceAll((k, v) -> List.copyOf(v));
        this.children = Collections.unmodifiableMap(ch);
        this.indicators = List.copyOf(ind);
        this.top = Objects.requireNonNull(topCode, "validated metadata has one top node");
        this.levels = max;
    }

    /**
     * Validates metadata rows and builds the structure.
     *
     * @param rows the metadata, one row per indicator, aggregate and non-index column
     * @return the structure
     * @throws CompositeDataException listing every problem, if any
     */
    public static IndexStructure of(List<MetaRow> rows) {
        return of(rows, Map.of(), "index metadata");
    }

    /**
     * Validates metadata rows and builds the structure.
     *
     * @param rows the metadata rows
     * @return the structure
     * @throws CompositeDataException listing every problem, if any
     */
    public static IndexStructure of(MetaRow... rows) {
        return of(Arrays.asList(rows));
    }

    static IndexStructure of(List<MetaRow> rows, Map<String, String> locations, String what) {
        Objects.requireNonNull(rows, "rows");
        List<Problem> problems = new ArrayList<>();
        Map<String, MetaRow> byCode = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            MetaRow r = Objects.requireNonNull(rows.get(i), "metadata row " + i);
            if (byCode.putIfAbsent(r.code(), r) != null) {
                problems.add(Problem.of(
                        loc(locations, r.code()),
                        Problem.DUPLICATE_ID,
                        "iCode '" + r.code() + "' appears more than once"));
            }
        }
        int indicatorCount = 0;
        List<String> roots = new ArrayList<>();
        int maxLevel = 0;
        for (MetaRow r : byCode.values()) {
            if (r.inIndex()) {
                maxLevel = Math.max(maxLevel, r.level().orElse(0));
            }
        }
        Set<String> hasChildren = new HashSet<>();
        for (MetaRow r : byCode.values()) {
            String where = loc(locations, r.code());
            if (r.inIndex()) {
                if (r.level().isEmpty()) {
                    problems.add(Problem.of(
                            where + ".Level",
                            Problem.CONSTRAINT,
                            r.type().code() + " '" + r.code() + "' has no Level"));
                } else if (r.type() == NodeType.INDICATOR && r.level().getAsInt() != 1) {
                    problems.add(Problem.of(
                            where + ".Level",
                            Problem.CONSTRAINT,
                            "indicator '" + r.code() + "' must be at Level 1, not "
                                    + r.level().getAsInt()));
                } else if (r.level().getAsInt() > byCode.size()) {
                    // every level is a step from indicator to index: there cannot be more than there are rows,
                    // and the levels are walked one by one
                    problems.add(Problem.of(
                            where + ".Level",
                            Problem.CONSTRAINT,
                            r.type().code() + " '" + r.code() + "' has Level "
                                    + r.level().getAsInt() + ", above the number of metadata rows (" + byCode.size()
                                    + ")"));
                } else if (r.type() == NodeType.AGGREGATE && r.level().getAsInt() < 2) {
                    problems.add(Problem.of(
                            where + ".Level",
                            Problem.CONSTRAINT,
                            "aggregate '" + r.code() + "' must be at Level 2 or higher, not "
                                    + r.level().getAsInt()));
                }
                if (r.direction() != 1 && r.direction() != -1) {
                    problems.add(Problem.of(
                            where + ".Direction",
                            Problem.CONSTRAINT,
                            "Direction of '" + r.code() + "' must be 1 or -1, not " + r.direction()));
                }
                if (r.type() == NodeType.INDICATOR) {
                    indicatorCount++;
                }
                if (r.parent().isEmpty()) {
                    roots.add(r.code());
                } else {
                    String p = r.parent().get();
                    MetaRow pr = byCode.get(p);
                    hasChildren.add(p);
                    if (pr == null) {
                        problems.add(Problem.of(
                                where + ".Parent",
                                UNKNOWN_CODE,
                                "parent '" + p + "' of '" + r.code() + "' is not an iCode of the metadata"));
                    } else if (pr.type() != NodeType.AGGREGATE) {
                        problems.add(Problem.of(
                                where + ".Parent",
                                Problem.CONSTRAINT,
                                "parent '" + p + "' of '" + r.code() + "' is of Type "
                                        + pr.type().code() + ", not Aggregate"));
                    } else if (r.level().isPresent()
                            && pr.level().isPresent()
                            && pr.level().getAsInt() <= r.level().getAsInt()) {
                        problems.add(Problem.of(
                                where + ".Parent",
                                Problem.CONSTRAINT,
                                "parent '" + p
                                        + "' (Level " + pr.level().getAsInt() + ") must be at a higher level than '"
                                        + r.code() + "' (Level " + r.level().getAsInt() + ")"));
                    }
                    if (r.weight().isEmpty()) {
                        problems.add(
                                Problem.of(where + ".Weight", Problem.CONSTRAINT, "'" + r.code() + "' has no Weight"));
                    } else if (!(r.weight().getAsDouble() >= 0)
                            || Double.isInfinite(r.weight().getAsDouble())) {
                        problems.add(Problem.of(
                                where + ".Weight",
                                Problem.NEGATIVE,
                                "Weight of '" + r.code() + "' must be a finite number ≥ 0, not "
                                        + r.weight().getAsDouble()));
                    }
                }
                r.denominator().ifPresent(d -> {
                    MetaRow dr = byCode.get(d);
                    if (dr == null || dr.type() != NodeType.DENOMINATOR) {
                        problems.add(Problem.of(
                                where + ".Denominator",
                                UNKNOWN_CODE,
                                "denominator '" + d + "' of '" + r.code() + "' is not a row of Type Denominator"));
                    }
                });
            } else if (r.parent().isPresent()) {
                problems.add(Problem.of(
                        where + ".Parent",
                        Problem.CONSTRAINT,
                        r.type().code() + " column '" + r.code()
                                + "' is not part of the index and must have no Parent"));
            }
        }
        if (indicatorCount == 0) {
            problems.add(Problem.of(what, Problem.CONSTRAINT, "the metadata has no row of Type Indicator"));
        }
        if (roots.size() > 1) {
            problems.add(Problem.of(
                    what,
                    Problem.CONSTRAINT,
                    "the index must have exactly one top node without " + "Parent, found " + roots));
        } else if (roots.isEmpty() && indicatorCount > 0) {
            problems.add(Problem.of(what, Problem.CONSTRAINT, "no index: every node has a Parent"));
        } else if (roots.size() == 1) {
            MetaRow root = Objects.requireNonNull(byCode.get(roots.get(0)));
            if (root.level().isPresent() && root.level().getAsInt() != maxLevel) {
                problems.add(Problem.of(
                        loc(locations, root.code()) + ".Level",
                        Problem.CONSTRAINT,
                        "the index '" + root.code() + "' must be at the top level " + maxLevel));
            }
        }
        for (MetaRow r : byCode.values()) {
            if (r.type() == NodeType.AGGREGATE && !hasChildren.contains(r.code())) {
                problems.add(Problem.of(
                        loc(locations, r.code()), Problem.CONSTRAINT, "aggregate '" + r.code() + "' has no children"));
            }
        }
        // cycles: follow parents from each node
        Set<String> reported = new HashSet<>();
        for (MetaRow r : byCode.values()) {
            Set<String> seen = new HashSet<>();
            String c = r.code();
            while (c != null) {
                if (!seen.add(c)) {
                    if (reported.add(c)) {
                        problems.add(Problem.of(
                                loc(locations, c) + ".Parent",
                                "cycle",
                                "'" + c + "' is its own ancestor (parents form a cycle through " + seen + ")"));
                    }
                    break;
                }
                MetaRow cr = byCode.get(c);
                c = cr == null ? null : cr.parent().orElse(null);
            }
        }
        if (!problems.isEmpty()) {
            throw new CompositeDataException(what, problems);
        }
        return new IndexStructure(new ArrayList<>(byCode.values()));
    }

    private static String loc(Map<String, String> locations, String code) {
        return locations.getOrDefault(code, "iMeta[" + code + "]");
    }

    /**
     * Returns every metadata row, in input order.
     *
     * @return every metadata row, in input order
     */
    public List<MetaRow> rows() {
        return rows;
    }

    /**
     * Returns its metadata row, if any.
     *
     * @param code an iCode
     * @return its metadata row, if any
     */
    public Optional<MetaRow> row(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /**
     * Returns the indicator codes (level 1), in metadata order.
     *
     * @return the indicator codes (level 1), in metadata order
     */
    public List<String> indicators() {
        return indicators;
    }

    /**
     * Returns the code of the index (the top aggregate).
     *
     * @return the code of the index (the top aggregate)
     */
    public String index() {
        return top;
    }

    /**
     * Returns the number of levels, indicators included (4 for ASEM).
     *
     * @return the number of levels, indicators included (4 for ASEM)
     */
    public int levels() {
        return levels;
    }

    /**
     * Returns the codes of the indicators or aggregates at that level, in metadata order.
     *
     * @param level 1 … {@link #levels()}
     * @return the codes of the indicators or aggregates at that level, in metadata order
     */
    public List<String> codesAtLevel(int level) {
        List<String> out = new ArrayList<>();
        for (MetaRow r : rows) {
            if (r.inIndex() && r.level().orElse(0) == level) {
                out.add(r.code());
            }
        }
        return out;
    }

    /**
     * Returns its children in metadata order; empty for indicators and unknown codes.
     *
     * @param code an aggregate code
     * @return its children in metadata order; empty for indicators and unknown codes
     */
    public List<String> children(String code) {
        return children.getOrDefault(code, List.of());
    }

    /**
     * Returns the codes of rows of that type, in metadata order.
     *
     * @param type a row type
     * @return the codes of rows of that type, in metadata order
     */
    public List<String> codesOfType(NodeType type) {
        List<String> out = new ArrayList<>();
        for (MetaRow r : rows) {
            if (r.type() == type) {
                out.add(r.code());
            }
        }
        return out;
    }

    /**
     * A copy without some indicators (and without aggregates left with no children), as COINr's
     * exclusion argument: used to ask what the index would be without an indicator.
     *
     * @param excluded indicator codes to drop
     * @return the reduced structure
     * @throws CompositeDataException if nothing would remain
     */
    public IndexStructure without(Set<String> excluded) {
        Set<String> drop = new HashSet<>(excluded);
        boolean changed = true;
        while (changed) {
            changed = false;
            for (MetaRow r : rows) {
                if (r.type() == NodeType.AGGREGATE
                        && !drop.contains(r.code())
                        && children(r.code()).stream().allMatch(drop::contains)) {
                    changed = drop.add(r.code()) || changed;
                }
            }
        }
        List<MetaRow> kept = new ArrayList<>();
        for (MetaRow r : rows) {
            if (!drop.contains(r.code())) {
                kept.add(r);
            }
        }
        return of(kept);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(
                "IndexStructure[" + indicators.size() + " indicators, " + levels + " levels, index " + top + "]");
        for (int l = levels; l >= 2; l--) {
            sb.append("\n  level ").append(l).append(": ");
            for (String c : codesAtLevel(l)) {
                sb.append(c).append(children(c)).append(' ');
            }
        }
        return sb.toString();
    }
}
