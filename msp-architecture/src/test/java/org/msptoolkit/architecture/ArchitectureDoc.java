package org.msptoolkit.architecture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The picture of docs/architecture.md: the Mermaid flowchart's nodes (modules with main code), its solid edges
 * ({@code A --> B}: A depends on B), its dotted edges ({@code A -.->|internal| B}: A may use B's internal
 * packages that B's module-info exports to A), the {@code class ... app} line naming the applications, and the
 * {@code ### `msp-x`} headings of the per-module paragraphs.
 *
 * @param nodes every module drawn
 * @param dependencies the solid edges
 * @param internalAccess the dotted edges
 * @param applications the modules in class {@code app}; every other node is a library module
 * @param headings the modules that have a paragraph
 * @param internalDeviations known breaks of rule 'Internal packages', listed in the page as
 *     {@code - Deviation (internal): A -> B} (A uses internal packages of B); tolerated until fixed
 * @param transitiveDeviations known breaks of rule 'requires transitive', listed as
 *     {@code - Deviation (requires transitive): A -> jpms.name}; tolerated until fixed
 * @param notTransitiveDeviations known API types of a module A does not {@code requires transitive}, listed as
 *     {@code - Deviation (not transitive): A -> jpms.name}; tolerated until fixed
 */
record ArchitectureDoc(
        Set<String> nodes,
        Set<Edge> dependencies,
        Set<Edge> internalAccess,
        Set<String> applications,
        Set<String> headings,
        Set<Edge> internalDeviations,
        Set<Edge> transitiveDeviations,
        Set<Edge> notTransitiveDeviations) {

    /** One arrow of the diagram, from the depending module to the module depended on. */
    record Edge(String from, String to) {
        @Override
        public String toString() {
            return from + " -> " + to;
        }
    }

    private static final String ID = "([A-Za-z0-9_-]+)(?:\\[[^\\]]*\\])?";
    private static final Pattern SOLID = Pattern.compile(ID + "\\s*-->\\s*(?:\\|[^|]*\\|\\s*)?" + ID);
    private static final Pattern DOTTED = Pattern.compile(ID + "\\s*-\\.->\\s*\\|internal\\|\\s*" + ID);
    private static final Pattern NODE = Pattern.compile(ID);
    private static final Pattern CLASS = Pattern.compile("class\\s+([A-Za-z0-9_,-]+)\\s+app");
    private static final Pattern DEVIATION = Pattern.compile(
            "^- Deviation \\((internal|requires transitive|not transitive)\\): `?([A-Za-z0-9_.-]+)`? -> `?([A-Za-z0-9_.-]+)`?",
            Pattern.MULTILINE);
    private static final Pattern HEADING = Pattern.compile("^###\\s+`([A-Za-z0-9_-]+)`", Pattern.MULTILINE);

    static ArchitectureDoc read(Path file) {
        try {
            return parse(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Parses the first {@code ```mermaid} block; any line it does not understand is an error naming the line. */
    static ArchitectureDoc parse(String markdown) {
        List<String> lines = markdown.lines().toList();
        int start = lines.indexOf("```mermaid");
        if (start < 0) {
            throw new IllegalArgumentException("docs/architecture.md has no ```mermaid block");
        }
        Set<String> nodes = new TreeSet<>();
        Set<Edge> dependencies = new LinkedHashSet<>();
        Set<Edge> internal = new LinkedHashSet<>();
        Set<String> apps = new TreeSet<>();
        boolean closed = false;
        for (int i = start + 1; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            Matcher m;
            if (line.equals("```")) {
                closed = true;
                break;
            } else if (line.isEmpty()
                    || line.startsWith("%%")
                    || line.startsWith("flowchart")
                    || line.startsWith("classDef ")) {
                continue;
            } else if ((m = SOLID.matcher(line)).matches()) {
                dependencies.add(new Edge(m.group(1), m.group(2)));
                nodes.add(m.group(1));
                nodes.add(m.group(2));
            } else if ((m = DOTTED.matcher(line)).matches()) {
                internal.add(new Edge(m.group(1), m.group(2)));
                nodes.add(m.group(1));
                nodes.add(m.group(2));
            } else if ((m = CLASS.matcher(line)).matches()) {
                apps.addAll(List.of(m.group(1).split(",")));
            } else if ((m = NODE.matcher(line)).matches()) {
                nodes.add(m.group(1));
            } else {
                throw new IllegalArgumentException("docs/architecture.md line " + (i + 1)
                        + ": not understood in the mermaid block (use 'A --> B', 'A -.->|internal| B', "
                        + "'class A,B app' or a node id): " + line);
            }
        }
        if (!closed) {
            throw new IllegalArgumentException("docs/architecture.md: the ```mermaid block is not closed");
        }
        Set<String> headings = new TreeSet<>();
        Matcher h = HEADING.matcher(markdown);
        while (h.find()) {
            headings.add(h.group(1));
        }
        Set<Edge> internalDeviations = new LinkedHashSet<>();
        Set<Edge> transitiveDeviations = new LinkedHashSet<>();
        Set<Edge> notTransitiveDeviations = new LinkedHashSet<>();
        Matcher d = DEVIATION.matcher(markdown);
        while (d.find()) {
            Set<Edge> kind = switch (d.group(1)) {
                case "internal" -> internalDeviations;
                case "requires transitive" -> transitiveDeviations;
                default -> notTransitiveDeviations;
            };
            kind.add(new Edge(d.group(2), d.group(3)));
        }
        return new ArchitectureDoc(
                Set.copyOf(nodes),
                Set.copyOf(dependencies),
                Set.copyOf(internal),
                Set.copyOf(apps),
                Set.copyOf(headings),
                Set.copyOf(internalDeviations),
                Set.copyOf(transitiveDeviations),
                Set.copyOf(notTransitiveDeviations));
    }

    /** Whether a class of {@code from} may use a class of {@code to}: same module, or a path of solid edges. */
    boolean allows(String from, String to) {
        return from.equals(to) || reachable(from).contains(to);
    }

    /** The modules reachable from {@code from} along solid edges (Maven's and JPMS's transitive readability). */
    Set<String> reachable(String from) {
        Set<String> seen = new TreeSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(from));
        while (!todo.isEmpty()) {
            String m = todo.pop();
            for (Edge e : dependencies) {
                if (e.from().equals(m) && seen.add(e.to())) {
                    todo.push(e.to());
                }
            }
        }
        return seen;
    }

    /** Whether a dotted arrow, or a listed deviation, lets {@code from} use {@code to}'s internal packages. */
    boolean mayUseInternals(String from, String to) {
        Edge edge = new Edge(from, to);
        return internalAccess.contains(edge) || internalDeviations.contains(edge);
    }

    boolean isLibrary(String module) {
        return nodes.contains(module) && !applications.contains(module);
    }
}
