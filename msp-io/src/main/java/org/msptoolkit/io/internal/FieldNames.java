package org.msptoolkit.io.internal;

import java.util.Arrays;
import java.util.Set;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.sym.PropertyNameMatcher;
import tools.jackson.core.util.Named;

/**
 * The field names of one kind of object for the streaming reader, each with an index (at most 64,
 * so that a bit mask can mark those met in one object), and Jackson's matcher for them, which finds a
 * name's index in the parser's input without making a {@code String} of it. Immutable. Internal.
 */
final class FieldNames {
    /** The names, in written order. */
    final String[] names;
    /** The names, in written order, for messages. */
    final Set<String> set;

    /** Jackson's matcher of these names; immutable, shared by every parser. */
    final PropertyNameMatcher matcher;

    /** The JSON factory that builds matchers (a binary one for UTF-8 input; any parser can use it). */
    private static final JsonFactory MATCHERS = new JsonFactory();

    FieldNames(Set<String> fields) {
        set = fields;
        names = fields.toArray(new String[0]);
        if (names.length > 64) {
            throw new IllegalArgumentException("too many fields: " + names.length);
        }
        matcher = MATCHERS.constructNameMatcher(
                Arrays.stream(names).map(Named::fromString).toList(), false);
    }

    static final FieldNames PROCESS = new FieldNames(Fields.PROCESS);
    static final FieldNames SCOPE = new FieldNames(Fields.SCOPE);
    static final FieldNames SECTOR = new FieldNames(Fields.SECTOR);
    static final FieldNames GROUP = new FieldNames(Fields.GROUP);
    static final FieldNames PERIOD = new FieldNames(Fields.PERIOD);
    static final FieldNames LINKAGE = new FieldNames(Fields.LINKAGE);
    static final FieldNames STAKEHOLDER = new FieldNames(Fields.STAKEHOLDER);
    static final FieldNames PARTICIPANT = new FieldNames(Fields.PARTICIPANT);
    static final FieldNames MEETING = new FieldNames(Fields.MEETING);
    static final FieldNames AGENDA_ITEM = new FieldNames(Fields.AGENDA_ITEM);
    static final FieldNames SPEAKING_TURN = new FieldNames(Fields.SPEAKING_TURN);
    static final FieldNames CONTRIBUTION = new FieldNames(Fields.CONTRIBUTION);
    static final FieldNames CONSULTATION = new FieldNames(Fields.CONSULTATION);
    static final FieldNames DECISION = new FieldNames(Fields.DECISION);
    static final FieldNames TALLY = new FieldNames(Fields.TALLY);
    static final FieldNames OBJECTION = new FieldNames(Fields.OBJECTION);
    static final FieldNames COMMITMENT = new FieldNames(Fields.COMMITMENT);
    static final FieldNames DOCUMENT = new FieldNames(Fields.DOCUMENT);
    static final FieldNames FUNDING = new FieldNames(Fields.FUNDING);
    static final FieldNames LINK = new FieldNames(Fields.LINK);
}
