package org.msptoolkit.io.internal;

import java.util.Set;

/** The field names of format v1, per kind of object, in the order they are written. Internal. */
public final class Fields {
    private Fields() {}

    /** Top level: the envelope fields and the process's fields. */
    public static final Set<String> PROCESS = ordered(
            "formatVersion",
            "kind",
            "id",
            "title",
            "purpose",
            "scope",
            "conveners",
            "types",
            "phase",
            "period",
            "linkage",
            "stakeholders",
            "participants",
            "meetings",
            "contributions",
            "consultations",
            "decisions",
            "commitments",
            "documents",
            "funding",
            "links");

    static final Set<String> SCOPE = ordered("sectors", "levels", "countries");
    static final Set<String> SECTOR = ordered("code", "label");
    static final Set<String> GROUP = ordered("code", "label", "category");
    static final Set<String> PERIOD = ordered("start", "end");
    static final Set<String> LINKAGE = ordered("kind", "body", "description");
    static final Set<String> STAKEHOLDER = ordered(
            "id", "name", "group", "kind", "sectors", "levels", "countries", "constituencySize", "publicAuthority");
    static final Set<String> PARTICIPANT = ordered("id", "stakeholder", "role", "name", "gender", "period");
    static final Set<String> MEETING =
            ordered("id", "date", "title", "noticeGiven", "attendance", "agenda", "speakingTurns");
    static final Set<String> AGENDA_ITEM = ordered("title", "proposedBy");
    static final Set<String> SPEAKING_TURN = ordered("speaker", "duration");
    static final Set<String> CONTRIBUTION = ordered("id", "from", "kind", "title", "date", "meeting", "consultation");
    static final Set<String> CONSULTATION = ordered("id", "topic", "opens", "closes");
    static final Set<String> DECISION =
            ordered("id", "date", "subject", "method", "meeting", "tally", "objections", "published");
    static final Set<String> TALLY = ordered("options", "chambers");
    static final Set<String> OBJECTION = ordered("by", "reason", "sustained");
    static final Set<String> COMMITMENT = ordered(
            "id",
            "owner",
            "description",
            "measure",
            "made",
            "due",
            "status",
            "evidence",
            "progressReports",
            "decision");
    static final Set<String> DOCUMENT = ordered("id", "kind", "title", "produced", "published", "meeting", "link");
    static final Set<String> FUNDING = ordered("from", "amount", "currency", "purpose", "disclosed", "date");
    static final Set<String> LINK = ordered("target", "kind", "level", "note");

    private static Set<String> ordered(String... names) {
        return java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(java.util.List.of(names)));
    }
}
