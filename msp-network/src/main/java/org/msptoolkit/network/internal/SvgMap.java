package org.msptoolkit.network.internal;

import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.msptoolkit.core.taxonomy.Level;
import org.msptoolkit.core.taxonomy.Sector;
import org.msptoolkit.network.Broker;
import org.msptoolkit.network.ComponentSizes;
import org.msptoolkit.network.MissingLink;
import org.msptoolkit.network.NetworkNode;
import org.msptoolkit.network.NetworkReport;
import org.msptoolkit.network.Share;
import org.msptoolkit.network.Tie;
import org.msptoolkit.network.TieKind;
import org.msptoolkit.network.TieMix;

/**
 * Writes a view as one self-contained XHTML page: an SVG map with the levels as horizontal bands (international
 * at the top, local at the bottom), nodes coloured by their first sector (the UN's SDG colours for the goals),
 * declared links dark, shared ties grey and suggested missing links dashed; then the key measures and the
 * missing links with their evidence. No script, no external resource; written with StAX, so every text is
 * escaped.
 */
// Level.ordinal() is the order local < subnational < national < regional < international, on purpose
@SuppressWarnings("EnumOrdinal")
public final class SvgMap {
    /** The most nodes drawn; the rest are counted on the page. */
    public static final int MAX_NODES = 1_500;

    private static final String XHTML = "http://www.w3.org/1999/xhtml";
    private static final String SVG = "http://www.w3.org/2000/svg";
    private static final String[] SDG_COLOURS = {
        "#E5243B", "#DDA63A", "#4C9F38", "#C5192D", "#FF3A21", "#26BDE2", "#FCC30B", "#A21942", "#FD6925", "#DD1367",
        "#FD9D24", "#BF8B2E", "#3F7E44", "#0A97D9", "#56C02B", "#00689D", "#19486A"
    };
    private static final String[] OTHER_COLOURS = {
        "#6B4C9A", "#8C564B", "#17BECF", "#BCBD22", "#7F7F7F", "#E377C2", "#2CA02C", "#9467BD"
    };
    private static final int WIDTH = 1200;
    private static final int BAND = 130;
    private static final int STEP = 14;

    private SvgMap() {}

    /**
     * Writes the page.
     *
     * @param view the view
     * @param title the page title
     * @param report the measures
     * @param out where to (not closed)
     */
    public static void write(ViewGraph view, String title, NetworkReport report, Writer out) {
        try {
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(new NonClosing(out));
            new Page(w, view, report).write(title);
            w.flush();
            w.close();
        } catch (XMLStreamException e) {
            throw new java.io.UncheckedIOException(new java.io.IOException("cannot write the HTML map", e));
        }
    }

    /**
     * Returns the colour of a sector: the UN's colour for an SDG, else one of eight others by code.
     *
     * @param s a sector
     * @return a CSS colour
     */
    public static String colour(Sector s) {
        return s.sdgNumber()
                .map(n -> SDG_COLOURS[n - 1])
                .orElse(OTHER_COLOURS[Math.floorMod(s.code().hashCode(), OTHER_COLOURS.length)]);
    }

    private static final class Page {
        private final XMLStreamWriter w;
        private final ViewGraph view;
        private final NetworkReport report;

        Page(XMLStreamWriter w, ViewGraph view, NetworkReport report) {
            this.w = w;
            this.view = view;
            this.report = report;
        }

        void write(String title) throws XMLStreamException {
            w.writeStartDocument("UTF-8", "1.0");
            w.writeCharacters("\n");
            w.writeDTD("<!DOCTYPE html>");
            w.writeCharacters("\n");
            w.writeStartElement("html");
            w.writeDefaultNamespace(XHTML);
            w.writeAttribute("lang", "en");
            w.writeStartElement("head");
            w.writeEmptyElement("meta");
            w.writeAttribute("charset", "UTF-8");
            element("title", title);
            element(
                    "style",
                    "body{font-family:system-ui,sans-serif;margin:1.5em;color:#222}"
                            + "table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #ccc;padding:"
                            + ".2em .5em;text-align:left;vertical-align:top}"
                            + ".band{fill:#f6f6f6}.band2{fill:#ececec}.bandlabel{font-size:13px;fill:#555}"
                            + ".tie{stroke:#bbb;stroke-width:1}.declared{stroke:#333;stroke-width:1.5}"
                            + ".missing{stroke:#d62728;stroke-width:2;stroke-dasharray:6 4}"
                            + ".node{stroke:#fff;stroke-width:1}.note{color:#555}");
            w.writeEndElement();
            w.writeStartElement("body");
            element("h1", title);
            List<NetworkNode> shown = chooseNodes();
            int total = view.graph().vertexSet().size();
            element(
                    "p",
                    "Levels are horizontal bands (international at the top, local at the bottom); colour is the "
                            + "node's first sector; dark lines are declared links, grey lines shared ties, dashed "
                            + "red lines suggested missing links. Showing " + shown.size() + " of " + total
                            + " nodes"
                            + (shown.size() < total
                                    ? " (every process of a suggested missing link, then the most connected)."
                                    : "."));
            svg(shown);
            legend(shown);
            measures();
            missing();
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndDocument();
        }

        private List<NetworkNode> chooseNodes() {
            Set<NetworkNode> chosen = new java.util.LinkedHashSet<>();
            for (MissingLink m : report.missingLinks()) {
                if (view.graph().containsVertex(m.lower())) {
                    chosen.add(m.lower());
                    chosen.add(m.upper());
                }
            }
            List<NetworkNode> rest = new ArrayList<>(view.graph().vertexSet());
            rest.sort(Comparator.comparingInt((NetworkNode n) -> view.graph().degreeOf(n))
                    .reversed()
                    .thenComparing(NetworkNode::id));
            for (NetworkNode n : rest) {
                if (chosen.size() >= MAX_NODES) {
                    break;
                }
                chosen.add(n);
            }
            return new ArrayList<>(chosen);
        }

        private static int band(NetworkNode n) {
            // band 0 = international ... band 4 = local, band 5 = no level recorded
            return n.levels().stream()
                    .min(Comparator.naturalOrder())
                    .map(l -> Level.values().length - 1 - l.ordinal())
                    .orElse(Level.values().length);
        }

        private static String fill(NetworkNode n) {
            return n.sectors().stream()
                    .min(Comparator.comparing((Sector s) -> s.sdgNumber().orElse(99))
                            .thenComparing(Sector::code))
                    .map(SvgMap::colour)
                    .orElse("#999999");
        }

        private void svg(List<NetworkNode> shown) throws XMLStreamException {
            int bands = Level.values().length + 1;
            Map<Integer, List<NetworkNode>> byBand = new HashMap<>();
            for (NetworkNode n : shown) {
                byBand.computeIfAbsent(band(n), k -> new ArrayList<>()).add(n);
            }
            int perRow = (WIDTH - 140) / STEP;
            int[] rows = new int[bands];
            for (int b = 0; b < bands; b++) {
                int count = byBand.getOrDefault(b, List.of()).size();
                rows[b] = Math.max(1, (count + perRow - 1) / perRow);
            }
            int[] top = new int[bands + 1];
            for (int b = 0; b < bands; b++) {
                top[b + 1] = top[b] + Math.max(BAND, rows[b] * STEP + 30);
            }
            Map<NetworkNode, int[]> at = new LinkedHashMap<>();
            for (int b = 0; b < bands; b++) {
                List<NetworkNode> ns = new ArrayList<>(byBand.getOrDefault(b, List.of()));
                ns.sort(Comparator.comparing(Page::fill).thenComparing(NetworkNode::id));
                for (int k = 0; k < ns.size(); k++) {
                    int x = 130 + (k % perRow) * STEP;
                    int y = top[b] + 20 + (k / perRow) * STEP;
                    at.put(ns.get(k), new int[] {x, y});
                }
            }
            w.writeStartElement("svg");
            w.writeDefaultNamespace(SVG);
            w.writeAttribute("width", String.valueOf(WIDTH));
            w.writeAttribute("height", String.valueOf(top[bands]));
            w.writeAttribute("viewBox", "0 0 " + WIDTH + " " + top[bands]);
            w.writeAttribute("role", "img");
            for (int b = 0; b < bands; b++) {
                w.writeEmptyElement("rect");
                w.writeAttribute("class", b % 2 == 0 ? "band" : "band2");
                w.writeAttribute("x", "0");
                w.writeAttribute("y", String.valueOf(top[b]));
                w.writeAttribute("width", String.valueOf(WIDTH));
                w.writeAttribute("height", String.valueOf(top[b + 1] - top[b]));
                w.writeStartElement("text");
                w.writeAttribute("class", "bandlabel");
                w.writeAttribute("x", "8");
                w.writeAttribute("y", String.valueOf(top[b] + 18));
                w.writeCharacters(
                        b < Level.values().length
                                ? Level.values()[Level.values().length - 1 - b].code()
                                : "level not recorded");
                w.writeEndElement();
            }
            for (Tie t : view.graph().edgeSet()) {
                int[] p = at.get(t.a());
                int[] q = at.get(t.b());
                if (p == null || q == null) {
                    continue;
                }
                w.writeEmptyElement("line");
                String cls = t.kinds().contains(TieKind.MISSING_LINK)
                        ? "missing"
                        : t.kinds().contains(TieKind.DECLARED_LINK) ? "declared" : "tie";
                w.writeAttribute("class", cls);
                w.writeAttribute("x1", String.valueOf(p[0]));
                w.writeAttribute("y1", String.valueOf(p[1]));
                w.writeAttribute("x2", String.valueOf(q[0]));
                w.writeAttribute("y2", String.valueOf(q[1]));
            }
            for (Map.Entry<NetworkNode, int[]> e : at.entrySet()) {
                NetworkNode n = e.getKey();
                boolean process = n instanceof org.msptoolkit.network.ProcessNode;
                w.writeStartElement(process ? "circle" : "rect");
                w.writeAttribute("class", "node");
                if (process) {
                    w.writeAttribute("cx", String.valueOf(e.getValue()[0]));
                    w.writeAttribute("cy", String.valueOf(e.getValue()[1]));
                    w.writeAttribute("r", "5");
                } else {
                    w.writeAttribute("x", String.valueOf(e.getValue()[0] - 4));
                    w.writeAttribute("y", String.valueOf(e.getValue()[1] - 4));
                    w.writeAttribute("width", "8");
                    w.writeAttribute("height", "8");
                }
                w.writeAttribute("fill", fill(n));
                element("title", n.label() + " (" + n.id() + ")");
                w.writeEndElement();
            }
            w.writeEndElement();
        }

        private void legend(List<NetworkNode> shown) throws XMLStreamException {
            Map<String, String> colours = new java.util.TreeMap<>();
            Set<String> seen = new HashSet<>();
            for (NetworkNode n : shown) {
                for (Sector s : n.sectors()) {
                    if (seen.add(s.code())) {
                        colours.put(s.code() + " " + s.label(), colour(s));
                    }
                }
            }
            element("h2", "Sectors");
            w.writeStartElement("p");
            for (Map.Entry<String, String> e : colours.entrySet()) {
                w.writeStartElement("span");
                w.writeAttribute("style", "display:inline-block;margin-right:1em");
                w.writeStartElement("span");
                w.writeAttribute(
                        "style",
                        "display:inline-block;width:.9em;height:.9em;margin-right:.3em;background:" + e.getValue());
                w.writeEndElement();
                w.writeCharacters(e.getKey());
                w.writeEndElement();
            }
            w.writeCharacters("; grey: no sector recorded. Circles are processes, squares stakeholders.");
            w.writeEndElement();
        }

        private void measures() throws XMLStreamException {
            element("h2", "Measures");
            w.writeStartElement("table");
            row("th", "Measure", "Ties", "Value", "Formula and source");
            List<TieMix> mixes = new ArrayList<>(report.crossSector());
            mixes.addAll(report.crossLevel());
            for (TieMix t : mixes) {
                Share s = t.overall();
                row(
                        "td",
                        t.measure().id(),
                        t.ties(),
                        Double.isNaN(s.share())
                                ? "not measurable (" + t.total() + " ties, none with the attribute at both ends)"
                                : percent(s.share()) + " of " + s.judged() + " ties",
                        t.measure().formula() + ". " + t.measure().source());
            }
            for (ComponentSizes c : report.components()) {
                row(
                        "td",
                        c.measure().id(),
                        c.graph(),
                        c.components() + " components, largest " + c.largest(),
                        c.measure().formula() + ". " + c.measure().source());
            }
            var ei = report.eiIndex();
            row(
                    "td",
                    ei.measure().id(),
                    "stakeholder-projection",
                    Double.isNaN(ei.overall().value())
                            ? "not measurable (no ties)"
                            : String.format(Locale.ROOT, "%.3f", ei.overall().value()),
                    ei.measure().formula() + ". " + ei.measure().source());
            w.writeEndElement();
            element("h2", "Brokers");
            element(
                    "p",
                    report.brokerage().method() + ". "
                            + report.brokerage().betweenness().formula() + " ("
                            + report.brokerage().betweenness().source() + "). "
                            + report.brokerage().constraint().formula()
                            + " (" + report.brokerage().constraint().source() + ").");
            w.writeStartElement("table");
            row("th", "Stakeholder", "Group", "Betweenness", "Constraint");
            for (Broker b : report.brokerage().brokers()) {
                row(
                        "td",
                        b.stakeholder().name(),
                        b.stakeholder().group().code(),
                        String.format(Locale.ROOT, "%.2f", b.betweenness()),
                        Double.isNaN(b.constraint()) ? "—" : String.format(Locale.ROOT, "%.3f", b.constraint()));
            }
            w.writeEndElement();
        }

        private void missing() throws XMLStreamException {
            element("h2", "Missing links");
            element(
                    "p",
                    report.untiedPairs() + " pairs of processes one level apart share a sector and a place but "
                            + "no declared link and no stakeholder. The best "
                            + report.missingLinks().size()
                            + ", by the ranking rule: more possible bridges, then more shared sectors, then more shared "
                            + "countries, then corpus order.");
            w.writeStartElement("table");
            row("th", "Rank", "Lower level", "Upper level", "Evidence");
            for (MissingLink m : report.missingLinks()) {
                row(
                        "td",
                        String.valueOf(m.rank()),
                        m.lower().title() + " (" + m.lower().processId() + ", "
                                + m.lowerLevel().code() + ")",
                        m.upper().title() + " (" + m.upper().processId() + ", "
                                + m.upperLevel().code() + ")",
                        String.join("; ", m.evidence()));
            }
            w.writeEndElement();
        }

        private static String percent(double v) {
            return String.format(Locale.ROOT, "%.1f%%", v * 100);
        }

        private void row(String cell, String... values) throws XMLStreamException {
            w.writeStartElement("tr");
            for (String v : values) {
                element(cell, v);
            }
            w.writeEndElement();
        }

        private void element(String name, String text) throws XMLStreamException {
            w.writeStartElement(name);
            w.writeCharacters(text);
            w.writeEndElement();
        }
    }
}
