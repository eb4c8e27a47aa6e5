package org.msptoolkit.io.internal;

import java.util.Set;
import tools.jackson.core.io.SerializedString;

/**
 * The field names of one kind of object for the streaming fast path, with a guess of which name
 * follows which: {@link TokenCursor#nextField(FieldOrder)} first checks whether the next name is
 * the guessed one (a direct comparison of the raw text, no symbol-table look-up) and only
 * otherwise reads the name. The guesses start as the written order of {@link Fields} and learn the
 * order documents actually use; a wrong or stale guess (threads share the guesses without locks,
 * an int write being atomic) costs time, never correctness. Internal.
 */
final class FieldOrder {
    /** The names, in written order; at most 64, so that a bit mask can mark those met. */
    final String[] names;
    final SerializedString[] quoted;
    /** The names as ASCII bytes followed by their closing quote, for {@link ByteCursor}. */
    final byte[][] bytes;
    /** The first eight (or fewer) of {@link #bytes} as a little-endian word, and the mask of the bytes used. */
    final long[] head;
    final long[] headMask;
    /** For each name (and, at the last index, the start of the object): the index of the name guessed to follow. */
    final int[] next;

    FieldOrder(Set<String> fields) {
        names = fields.toArray(new String[0]);
        if (names.length > 64) {
            throw new IllegalArgumentException("too many fields: " + names.length);
        }
        quoted = new SerializedString[names.length];
        bytes = new byte[names.length][];
        head = new long[names.length];
        headMask = new long[names.length];
        next = new int[names.length + 1];
        for (int i = 0; i < names.length; i++) {
            names[i] = names[i].intern();
            quoted[i] = new SerializedString(names[i]);
            bytes[i] = (names[i] + '"').getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            for (int j = 0; j < Math.min(8, bytes[i].length); j++) {
                head[i] |= (bytes[i][j] & 0xFFL) << (8 * j);
                headMask[i] |= 0xFFL << (8 * j);
            }
            next[i] = i + 1 < names.length ? i + 1 : 0;
        }
        next[names.length] = 0;
    }

    /** @return the index of the start-of-object slot in {@link #next} */
    int start() {
        return names.length;
    }

    /** @return the index of the name, or -1 when this kind of object has no such field */
    int indexOf(String name) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    static final FieldOrder PROCESS = new FieldOrder(Fields.PROCESS);
    static final FieldOrder SCOPE = new FieldOrder(Fields.SCOPE);
    static final FieldOrder SECTOR = new FieldOrder(Fields.SECTOR);
    static final FieldOrder GROUP = new FieldOrder(Fields.GROUP);
    static final FieldOrder PERIOD = new FieldOrder(Fields.PERIOD);
    static final FieldOrder LINKAGE = new FieldOrder(Fields.LINKAGE);
    static final FieldOrder STAKEHOLDER = new FieldOrder(Fields.STAKEHOLDER);
    static final FieldOrder PARTICIPANT = new FieldOrder(Fields.PARTICIPANT);
    static final FieldOrder MEETING = new FieldOrder(Fields.MEETING);
    static final FieldOrder AGENDA_ITEM = new FieldOrder(Fields.AGENDA_ITEM);
    static final FieldOrder SPEAKING_TURN = new FieldOrder(Fields.SPEAKING_TURN);
    static final FieldOrder CONTRIBUTION = new FieldOrder(Fields.CONTRIBUTION);
    static final FieldOrder CONSULTATION = new FieldOrder(Fields.CONSULTATION);
    static final FieldOrder DECISION = new FieldOrder(Fields.DECISION);
    static final FieldOrder TALLY = new FieldOrder(Fields.TALLY);
    static final FieldOrder OBJECTION = new FieldOrder(Fields.OBJECTION);
    static final FieldOrder COMMITMENT = new FieldOrder(Fields.COMMITMENT);
    static final FieldOrder DOCUMENT = new FieldOrder(Fields.DOCUMENT);
    static final FieldOrder FUNDING = new FieldOrder(Fields.FUNDING);
    static final FieldOrder LINK = new FieldOrder(Fields.LINK);
}
