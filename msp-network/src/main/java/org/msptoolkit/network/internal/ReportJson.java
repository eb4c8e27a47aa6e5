package org.msptoolkit.network.internal;

import org.msptoolkit.network.Bridge;
import org.msptoolkit.network.Broker;
import org.msptoolkit.network.ComponentSizes;
import org.msptoolkit.network.GroupEi;
import org.msptoolkit.network.Measure;
import org.msptoolkit.network.MissingLink;
import org.msptoolkit.network.NetworkReport;
import org.msptoolkit.network.Share;
import org.msptoolkit.network.TieMix;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** The measures of a report as a JSON tree (NaN as {@code null}), every measure with formula and source. */
public final class ReportJson {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private ReportJson() {}

    /**
     * Returns the report as a JSON object.
     *
     * @param r the report
     * @return a new JSON object
     */
    public static ObjectNode of(NetworkReport r) {
        ObjectNode o = F.objectNode();
        ArrayNode measures = o.putArray("measures");
        for (Measure m : r.measures()) {
            measures.addObject().put("id", m.id()).put("formula", m.formula()).put("source", m.source());
        }
        ArrayNode mix = o.putArray("tieMix");
        for (TieMix t : r.crossSector()) {
            mix.add(tieMix(t));
        }
        for (TieMix t : r.crossLevel()) {
            mix.add(tieMix(t));
        }
        ArrayNode comps = o.putArray("components");
        for (ComponentSizes c : r.components()) {
            ObjectNode n = comps.addObject()
                    .put("measure", c.measure().id())
                    .put("graph", c.graph())
                    .put("components", c.components())
                    .put("largest", c.largest());
            ArrayNode sizes = n.putArray("largestSizes");
            c.sizes().forEach(sizes::add);
        }
        ObjectNode b = o.putObject("brokerage");
        b.put("betweenness", r.brokerage().betweenness().id())
                .put("constraint", r.brokerage().constraint().id())
                .put("method", r.brokerage().method());
        ArrayNode brokers = b.putArray("brokers");
        for (Broker x : r.brokerage().brokers()) {
            ObjectNode n = brokers.addObject()
                    .put("stakeholder", x.stakeholder().id())
                    .put("name", x.stakeholder().name())
                    .put("group", x.stakeholder().group().code())
                    .put("degree", x.degree());
            number(n, "betweenness", x.betweenness());
            number(n, "constraint", x.constraint());
        }
        ObjectNode ei = o.putObject("eiIndex");
        ei.put("measure", r.eiIndex().measure().id());
        ei.set("overall", group(r.eiIndex().overall()));
        ArrayNode groups = ei.putArray("groups");
        r.eiIndex().groups().forEach(g -> groups.add(group(g)));
        ObjectNode ml = o.putObject("missingLinks");
        ml.put("measure", "missing-links").put("untiedPairs", r.untiedPairs());
        ArrayNode best = ml.putArray("best");
        for (MissingLink m : r.missingLinks()) {
            ObjectNode n = best.addObject()
                    .put("rank", m.rank())
                    .put("lower", m.lower().id())
                    .put("upper", m.upper().id())
                    .put("lowerLevel", m.lowerLevel().code())
                    .put("upperLevel", m.upperLevel().code());
            ArrayNode s = n.putArray("sharedSectors");
            m.sharedSectors().forEach(x -> s.add(x.code()));
            ArrayNode c = n.putArray("sharedCountries");
            m.sharedCountries().forEach(x -> c.add(x.code()));
            ArrayNode br = n.putArray("bridges");
            for (Bridge x : m.bridges()) {
                br.addObject()
                        .put("stakeholder", x.stakeholder().id())
                        .put("name", x.stakeholder().name())
                        .put("group", x.stakeholder().group().code())
                        .put("presentIn", x.presentIn().value())
                        .put("candidateFor", x.candidateFor().value());
            }
            ArrayNode ev = n.putArray("evidence");
            m.evidence().forEach(ev::add);
        }
        return o;
    }

    private static ObjectNode tieMix(TieMix t) {
        ObjectNode n = F.objectNode()
                .put("measure", t.measure().id())
                .put("ties", t.ties())
                .put("total", t.total());
        n.set("overall", share(t.overall()));
        ArrayNode parts = n.putArray("breakdown");
        t.breakdown().forEach(s -> parts.add(share(s)));
        return n;
    }

    private static ObjectNode share(Share s) {
        ObjectNode n =
                F.objectNode().put("key", s.key()).put("judged", s.judged()).put("crossing", s.crossing());
        number(n, "share", s.share());
        return n;
    }

    private static ObjectNode group(GroupEi g) {
        ObjectNode n = F.objectNode()
                .put("group", g.group())
                .put("external", g.external())
                .put("internal", g.internal());
        number(n, "value", g.value());
        return n;
    }

    static void number(ObjectNode n, String key, double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            n.putNull(key);
        } else {
            n.put(key, v);
        }
    }
}
