package org.msptoolkit.indicators.internal.builtin;

/**
 * A map from id text to a small number (0, 1, 2, … in order of first insertion), with open addressing over
 * arrays: the look-up of the hot loops (attendance, speaking turns, who represents whom), which a
 * {@code HashMap} of boxed values makes slower. String hashes are cached by {@link String}. Internal;
 * thread-confined while filled, read-only afterwards.
 */
final class IdTable {
    private final String[] keys;
    private final int[] hashes;
    private final int[] values;
    private final int shift;
    private final int mask;
    private int size;

    /**
     * Creates an empty table sized for {@code expected} ids.
     *
     * @param expected how many distinct ids at most will be put
     */
    IdTable(int expected) {
        int bits = 3;
        while ((1 << bits) < expected * 2) {
            bits++;
        }
        keys = new String[1 << bits];
        hashes = new int[1 << bits];
        values = new int[1 << bits];
        shift = 32 - bits;
        mask = (1 << bits) - 1;
    }

    private int slot(int h) {
        return (h * 0x9E3779B9) >>> shift;
    }

    /**
     * Returns the number of the id, or -1 when it was never put.
     *
     * @param key id text
     * @return the number of the id, or -1 when it was never put
     */
    int get(String key) {
        int h = key.hashCode();
        for (int i = slot(h); ; i = (i + 1) & mask) {
            String k = keys[i];
            if (k == null) {
                return -1;
            }
            if (hashes[i] == h && k.equals(key)) { // String.equals tries identity first
                return values[i];
            }
        }
    }

    /**
     * Numbers the id if it is new.
     *
     * @param key id text
     * @return the number of the id: the next number when it is new, its existing number otherwise
     */
    int add(String key) {
        int h = key.hashCode();
        for (int i = slot(h); ; i = (i + 1) & mask) {
            String k = keys[i];
            if (k == null) {
                keys[i] = key;
                hashes[i] = h;
                values[i] = size;
                return size++;
            }
            if (hashes[i] == h && k.equals(key)) { // String.equals tries identity first
                return values[i];
            }
        }
    }

    /**
     * Returns how many distinct ids were put.
     *
     * @return how many distinct ids were put
     */
    int size() {
        return size;
    }
}
