package org.msptoolkit.io.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.msptoolkit.core.model.AgendaItem;
import org.msptoolkit.core.model.Commitment;
import org.msptoolkit.core.model.Consultation;
import org.msptoolkit.core.model.Contribution;
import org.msptoolkit.core.model.Decision;
import org.msptoolkit.core.model.Document;
import org.msptoolkit.core.model.Funding;
import org.msptoolkit.core.model.Meeting;
import org.msptoolkit.core.model.ModelId;
import org.msptoolkit.core.model.MspProcess;
import org.msptoolkit.core.model.Objection;
import org.msptoolkit.core.model.OfficialLinkage;
import org.msptoolkit.core.model.Participant;
import org.msptoolkit.core.model.Period;
import org.msptoolkit.core.model.ProcessLink;
import org.msptoolkit.core.model.Scope;
import org.msptoolkit.core.model.SpeakingTurn;
import org.msptoolkit.core.model.Stakeholder;
import org.msptoolkit.core.model.Tally;
import org.msptoolkit.core.taxonomy.Coded;
import org.msptoolkit.core.taxonomy.Sector;
import org.msptoolkit.core.taxonomy.StakeholderGroup;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes msp-core values as Jackson trees in format v1: camelCase fields in record order, ISO
 * dates, taxonomy codes and ids as strings; absent optional values and empty lists are left out
 * (except recorded-but-empty attendance, speaking turns, objections and funding, and a recorded linkage of
 * kind none). Internal.
 */
public final class TreeWriter {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private TreeWriter() {}

    /**
     * A process as a top-level document, starting with {@code formatVersion} and {@code kind}.
     *
     * @param p the process
     * @return the document tree
     */
    public static ObjectNode document(MspProcess p) {
        ObjectNode o = F.objectNode();
        o.put("formatVersion", 1);
        o.put("kind", "process");
        o.put("id", p.id().value());
        o.put("title", p.title());
        if (!p.purpose().isEmpty()) {
            o.put("purpose", p.purpose());
        }
        Scope scope = p.scope();
        if (!scope.sectors().isEmpty()
                || !scope.levels().isEmpty()
                || !scope.countries().isEmpty()) {
            o.set("scope", scope(scope));
        }
        ids(o, "conveners", p.conveners());
        codes(o, "types", p.types());
        o.put("phase", p.phase().code());
        p.period().ifPresent(per -> o.set("period", period(per)));
        if (p.linkageRecorded()) {
            o.set("linkage", linkage(p.linkage()));
        }
        list(o, "stakeholders", p.stakeholders(), TreeWriter::stakeholder);
        list(o, "participants", p.participants(), TreeWriter::participant);
        list(o, "meetings", p.meetings(), TreeWriter::meeting);
        list(o, "contributions", p.contributions(), TreeWriter::contribution);
        list(o, "consultations", p.consultations(), TreeWriter::consultation);
        list(o, "decisions", p.decisions(), TreeWriter::decision);
        list(o, "commitments", p.commitments(), TreeWriter::commitment);
        list(o, "documents", p.documents(), TreeWriter::document);
        if (p.fundingRecorded()) { // an empty list: recorded, no money
            ArrayNode a = o.putArray("funding");
            p.funding().forEach(f -> a.add(funding(f)));
        }
        list(o, "links", p.links(), TreeWriter::link);
        return o;
    }

    private static <T> void list(
            ObjectNode o, String field, List<T> values, java.util.function.Function<T, JsonNode> write) {
        if (!values.isEmpty()) {
            ArrayNode a = o.putArray(field);
            values.forEach(v -> a.add(write.apply(v)));
        }
    }

    private static void ids(ObjectNode o, String field, Collection<? extends ModelId> ids) {
        if (!ids.isEmpty()) {
            ArrayNode a = o.putArray(field);
            ids.forEach(id -> a.add(id.value()));
        }
    }

    private static void codes(ObjectNode o, String field, Collection<? extends Coded> values) {
        if (!values.isEmpty()) {
            ArrayNode a = o.putArray(field);
            values.forEach(v -> a.add(v.code()));
        }
    }

    private static void opt(ObjectNode o, String field, Optional<?> value) {
        value.ifPresent(v -> o.put(field, text(v)));
    }

    private static String text(Object v) {
        if (v instanceof ModelId id) {
            return id.value();
        }
        if (v instanceof Coded c) {
            return c.code();
        }
        return v.toString();
    }

    private static void date(ObjectNode o, String field, LocalDate d) {
        o.put(field, d.toString());
    }

    /**
     * Returns its tree.
     *
     * @param s a scope
     * @return its tree
     */
    public static ObjectNode scope(Scope s) {
        ObjectNode o = F.objectNode();
        if (!s.sectors().isEmpty()) {
            ArrayNode a = o.putArray("sectors");
            s.sectors().forEach(x -> a.add(sector(x)));
        }
        codes(o, "levels", s.levels());
        codes(o, "countries", s.countries());
        return o;
    }

    /**
     * Returns its code, or {@code {code, label}} for a free sector with its own label.
     *
     * @param s a sector
     * @return its code, or {@code {code, label}} for a free sector with its own label
     */
    public static JsonNode sector(Sector s) {
        if (s.isSdg() || s.label().equals(s.code())) {
            return F.stringNode(s.code());
        }
        ObjectNode o = F.objectNode();
        o.put("code", s.code());
        o.put("label", s.label());
        return o;
    }

    /**
     * Returns its code, or an object for a custom group with its own label or category.
     *
     * @param g a group
     * @return its code, or an object for a custom group with its own label or category
     */
    public static JsonNode group(StakeholderGroup g) {
        boolean builtIn = StakeholderGroup.fromCode(g.code()).isPresent();
        if (builtIn || (g.label().equals(g.code()) && g.category() == StakeholderGroup.Category.OTHER_STAKEHOLDER)) {
            return F.stringNode(g.code());
        }
        ObjectNode o = F.objectNode();
        o.put("code", g.code());
        o.put("label", g.label());
        if (g.category() != StakeholderGroup.Category.OTHER_STAKEHOLDER) {
            o.put("category", g.category().code());
        }
        return o;
    }

    /**
     * Returns its tree.
     *
     * @param p a period
     * @return its tree
     */
    public static ObjectNode period(Period p) {
        ObjectNode o = F.objectNode();
        date(o, "start", p.start());
        p.end().ifPresent(e -> date(o, "end", e));
        return o;
    }

    /**
     * Returns its tree.
     *
     * @param l a linkage
     * @return its tree
     */
    public static ObjectNode linkage(OfficialLinkage l) {
        ObjectNode o = F.objectNode();
        o.put("kind", l.kind().code());
        opt(o, "body", l.body());
        opt(o, "description", l.description());
        return o;
    }

    /**
     * Returns its tree.
     *
     * @param s a stakeholder
     * @return its tree
     */
    public static ObjectNode stakeholder(Stakeholder s) {
        ObjectNode o = F.objectNode();
        o.put("id", s.id().value());
        o.put("name", s.name());
        o.set("group", group(s.group()));
        o.put("kind", s.kind().code());
        if (!s.sectors().isEmpty()) {
            ArrayNode a = o.putArray("sectors");
            s.sectors().forEach(x -> a.add(sector(x)));
        }
        codes(o, "levels", s.levels());
        codes(o, "countries", s.countries());
        s.constituencySize().ifPresent(n -> o.put("constituencySize", n));
        o.put("publicAuthority", s.publicAuthority());
        return o;
    }

    /**
     * Returns its tree.
     *
     * @param p a participant
     * @return its tree
     */
    public static ObjectNode participant(Participant p) {
        ObjectNode o = F.objectNode();
        o.put("id", p.id().value());
        o.put("stakeholder", p.stakeholder().value());
        o.put("role", p.role().code());
        opt(o, "name", p.name());
        p.gender().ifPresent(g -> o.put("gender", g.selfDescription()));
        p.period().ifPresent(per -> o.set("period", period(per)));
        return o;
    }

    /**
     * Returns its tree.
     *
     * @param m a meeting
     * @return its tree
     */
    public static ObjectNode meeting(Meeting m) {
        ObjectNode o = F.objectNode();
        o.put("id", m.id().value());
        date(o, "date", m.date());
        opt(o, "title", m.title());
        opt(o, "noticeGiven", m.noticeGiven());
        m.attendance().ifPresent(list -> {
            ArrayNode a = o.putArray("attendance");
            list.forEach(id -> a.add(id.value()));
        });
        list(o, "agenda", m.agenda(), TreeWriter::agendaItem);
        m.speakingTurns().ifPresent(list -> {
            ArrayNode a = o.putArray("speakingTurns");
            list.forEach(t -> a.add(speakingTurn(t)));
        });
        return o;
    }

    /**
     * Returns its tree.
     *
     * @param a an agenda item
     * @return its tree
     */
    public static ObjectNode agendaItem(AgendaItem a) {
        ObjectNode o = F.objectNode();
        o.put("title", a.title());
        opt(o, "proposedBy", a.proposedBy());
        return o;
    }

    /**
     * Returns its tree.
     *
     * @param t a speaking turn
     * @return its tree
     */
    public static ObjectNode speakingTurn(SpeakingTurn t) {
        ObjectNode o = F.objectNode();
        o.put("speaker", t.speaker().value());
        opt(o, "duration", t.duration());
        return o;
    }

    /**
     * Returns its tree.
     *
     * @param c a contribution
     * @return its tree
     */
    public static ObjectNode contribution(Contribution c) {
        ObjectNode o = F.objectNode();
        o.put("id", c.id().value());
        o.put("from", c.from().value());
        o.put("kind", c.kind().code());
        o.put("title", c.title());
        date(o, "date", c.date());
        opt(o, "meeting", c.meeting());
        opt(o, "consultation", c.consultation());
        return o;
    }

    /**
     * Returns its tree.
     *
     * @param c a consultation
     * @return its tree
     */
    public static ObjectNode consultation(Consultation c) {
        ObjectNode o = F.objectNode();
        o.put("id", c.id().value());
        o.put("topic", c.topic());
        date(o, "opens", c.opens());
        date(o, "closes", c.closes());
        return o;
    }

    /**
     * Returns its tree.
     *
     * @param d a decision
     * @return its tree
     */
    public static ObjectNode decision(Decision d) {
        ObjectNode o = F.objectNode();
        o.put("id", d.id().value());
        date(o, "date", d.date());
        o.put("subject", d.subject());
        o.put("method", d.method().code());
        opt(o, "meeting", d.meeting());
        d.tally().ifPresent(t -> o.set("tally", tally(t)));
        if (d.objectionsRecorded()) { // an empty list: recorded, nobody objected
            ArrayNode a = o.putArray("objections");
            d.objections().forEach(x -> a.add(objection(x)));
        }
        opt(o, "published", d.published());
        return o;
    }

    /**
     * Returns its tree.
     *
     * @param t a tally
     * @return its tree
     */
    public static ObjectNode tally(Tally t) {
        ObjectNode o = F.objectNode();
        ObjectNode options = o.putObject("options");
        t.options().forEach(options::put);
        if (!t.chambers().isEmpty()) {
            ObjectNode chambers = o.putObject("chambers");
            for (Map.Entry<String, Map<String, Long>> e : t.chambers().entrySet()) {
                ObjectNode c = chambers.putObject(e.getKey());
                e.getValue().forEach(c::put);
            }
        }
        return o;
    }

    /**
     * Returns its tree.
     *
     * @param x an objection
     * @return its tree
     */
    public static ObjectNode objection(Objection x) {
        ObjectNode o = F.objectNode();
        o.put("by", x.by().value());
        opt(o, "reason", x.reason());
        o.put("sustained", x.sustained());
        return o;
    }

    /**
     * Returns its tree.
     *
     * @param c a commitment
     * @return its tree
     */
    public static ObjectNode commitment(Commitment c) {
        ObjectNode o = F.objectNode();
        o.put("id", c.id().value());
        o.put("owner", c.owner().value());
        o.put("description", c.description());
        opt(o, "measure", c.measure());
        opt(o, "made", c.made());
        opt(o, "due", c.due());
        o.put("status", c.status().code());
        if (!c.evidence().isEmpty()) {
            ArrayNode a = o.putArray("evidence");
            c.evidence().forEach(a::add);
        }
        if (!c.progressReports().isEmpty()) {
            ArrayNode a = o.putArray("progressReports");
            c.progressReports().forEach(d -> a.add(d.toString()));
        }
        opt(o, "decision", c.decision());
        return o;
    }

    /**
     * Returns its tree.
     *
     * @param d a document
     * @return its tree
     */
    public static ObjectNode document(Document d) {
        ObjectNode o = F.objectNode();
        o.put("id", d.id().value());
        o.put("kind", d.kind().code());
        o.put("title", d.title());
        date(o, "produced", d.produced());
        opt(o, "published", d.published());
        opt(o, "meeting", d.meeting());
        opt(o, "link", d.link());
        return o;
    }

    /**
     * Returns its tree.
     *
     * @param f a funding entry
     * @return its tree
     */
    public static ObjectNode funding(Funding f) {
        ObjectNode o = F.objectNode();
        o.put("from", f.from().value());
        o.put("amount", f.amount());
        o.put("currency", f.currency().getCurrencyCode());
        opt(o, "purpose", f.purpose());
        o.put("disclosed", f.disclosed());
        opt(o, "date", f.date());
        return o;
    }

    /**
     * Returns its tree.
     *
     * @param l a link
     * @return its tree
     */
    public static ObjectNode link(ProcessLink l) {
        ObjectNode o = F.objectNode();
        o.put("target", l.target().value());
        o.put("kind", l.kind().code());
        opt(o, "level", l.level());
        opt(o, "note", l.note());
        return o;
    }
}
