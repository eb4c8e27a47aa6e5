package org.msptoolkit.core.internal.validation;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.msptoolkit.core.model.ModelId;

/**
 * The ids of one kind in a process (its stakeholders, its participants, …), each with the index of
 * the first element that has it: an open-addressing hash table over the id texts, without boxing and
 * without calls to the ids' {@code equals}, because a big process resolves references by the ten
 * thousand. Two ids are the same when they are of the same kind (class) and have equal values, as
 * for the id records' {@code equals}. Internal.
 */
final class IdIndex {
    private final Class<? extends ModelId> kind;
    private final String[] values;
    /** Per slot: the value's hash in the high half, the first index plus one in the low half; 0 when empty. */
    private final long[] slots;

    private final int shift;
    private final ModelId[] inOrder;
    private int size;

    /**
     * An empty index sized for the ids of one list.
     *
     * @param kind the class of the ids
     * @param expected how many ids will be added at most
     */
    IdIndex(Class<? extends ModelId> kind, int expected) {
        this.kind = kind;
        int bits = Math.max(2, 32 - Integer.numberOfLeadingZeros(Math.max(1, expected) * 2 - 1));
        this.values = new String[1 << bits];
        this.slots = new long[1 << bits];
        this.shift = 32 - bits;
        this.inOrder = new ModelId[expected];
    }

    /**
     * Adds the id of the element at {@code index} unless an earlier element has it.
     *
     * @return the index of the earlier element with the same id, or -1 when the id is new
     */
    int add(ModelId id, int index) {
        inOrder[index] = id;
        String value = id.value();
        int hash = value.hashCode();
        int mask = values.length - 1;
        for (int h = (hash * 0x9E3779B9) >>> shift; ; h = (h + 1) & mask) {
            long slot = slots[h];
            if (slot == 0) {
                values[h] = value;
                slots[h] = ((long) hash << 32) | (index + 1L);
                size++;
                return -1;
            }
            if ((int) (slot >>> 32) == hash && values[h].equals(value)) {
                return (int) slot - 1;
            }
        }
    }

    /**
     * Returns the index of the first element with {@code id}, or -1 when there is none.
     *
     * @return the index of the first element with {@code id}, or -1 when there is none
     */
    int indexOf(ModelId id) {
        return id.getClass() == kind ? indexOfValue(id.value()) : -1;
    }

    /**
     * For callers that know the id is of this index's kind: looks it up by its text alone.
     *
     * @return the index of the first element whose id has this value, or -1 when there is none
     */
    int indexOfValue(String value) {
        int hash = value.hashCode();
        int mask = values.length - 1;
        for (int h = (hash * 0x9E3779B9) >>> shift; ; h = (h + 1) & mask) {
            long slot = slots[h];
            if (slot == 0) {
                return -1;
            }
            if ((int) (slot >>> 32) == hash && values[h].equals(value)) {
                return (int) slot - 1;
            }
        }
    }

    boolean contains(ModelId id) {
        return indexOf(id) >= 0;
    }

    /**
     * Returns how many distinct ids there are.
     *
     * @return how many distinct ids there are
     */
    int size() {
        return size;
    }

    /**
     * A known id equal to {@code id} but for case, to suggest in a message. Only called for problems;
     * it picks the same id as a {@code HashMap} filled in element order would, so messages do not
     * depend on this table's layout.
     */
    Optional<ModelId> sameButForCase(ModelId id) {
        Map<ModelId, Integer> first = new HashMap<>(inOrder.length * 2);
        for (int i = 0; i < inOrder.length; i++) {
            if (inOrder[i] != null) {
                first.putIfAbsent(inOrder[i], i);
            }
        }
        return first.keySet().stream()
                .filter(k -> k.value().equalsIgnoreCase(id.value()))
                .findFirst();
    }
}
