package org.msptoolkit.core.internal.validation;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.msptoolkit.core.model.ModelId;

/**
 * The ids of one kind in a process (its stakeholders, its participants, …), each with the index of
 * the first element that has it: an open-addressing hash table without boxing, because a big process
 * resolves references by the ten thousand. Internal.
 */
final class IdIndex {
    private final ModelId[] keys;
    private final int[] firstIndex;
    private final int shift;
    private final ModelId[] inOrder;
    private int size;

    /** @param expected how many ids will be added at most */
    IdIndex(int expected) {
        int bits = Math.max(2, 32 - Integer.numberOfLeadingZeros(Math.max(1, expected) * 2 - 1));
        this.keys = new ModelId[1 << bits];
        this.firstIndex = new int[1 << bits];
        this.shift = 32 - bits;
        this.inOrder = new ModelId[expected];
    }

    private int slot(ModelId id) {
        return (id.hashCode() * 0x9E3779B9) >>> shift;
    }

    /**
     * Adds the id of the element at {@code index} unless an earlier element has it.
     *
     * @return the index of the earlier element with the same id, or -1 when the id is new
     */
    int add(ModelId id, int index) {
        inOrder[index] = id;
        int mask = keys.length - 1;
        for (int h = slot(id);; h = (h + 1) & mask) {
            ModelId k = keys[h];
            if (k == null) {
                keys[h] = id;
                firstIndex[h] = index;
                size++;
                return -1;
            }
            if (k == id || k.equals(id)) {
                return firstIndex[h];
            }
        }
    }

    /** @return the index of the first element with {@code id}, or -1 when there is none */
    int indexOf(ModelId id) {
        int mask = keys.length - 1;
        for (int h = slot(id);; h = (h + 1) & mask) {
            ModelId k = keys[h];
            if (k == null) {
                return -1;
            }
            if (k == id || k.equals(id)) {
                return firstIndex[h];
            }
        }
    }

    boolean contains(ModelId id) {
        return indexOf(id) >= 0;
    }

    /** @return how many distinct ids there are */
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
        return first.keySet().stream().filter(k -> k.value().equalsIgnoreCase(id.value())).findFirst();
    }
}
