package org.msptoolkit.network.internal;

import java.util.Arrays;

/** Small helpers on sorted int arrays and growable int lists. */
public final class Ints {
    private Ints() {}

    /**
     * Returns how many values two sorted arrays share.
     *
     * @param a sorted, no repeats
     * @param b sorted, no repeats
     * @return the size of the intersection
     */
    public static int intersection(int[] a, int[] b) {
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                n++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return n;
    }

    /**
     * Returns the values sorted, without repeats.
     *
     * @param values any values (not changed)
     * @param length how many of them count
     * @return a new sorted array without repeats
     */
    public static int[] sortedUnique(int[] values, int length) {
        int[] copy = Arrays.copyOf(values, length);
        Arrays.sort(copy);
        int n = 0;
        for (int k = 0; k < copy.length; k++) {
            if (n == 0 || copy[n - 1] != copy[k]) {
                copy[n++] = copy[k];
            }
        }
        return n == copy.length ? copy : Arrays.copyOf(copy, n);
    }

    /** A growable list of ints. */
    public static final class Buffer {
        private int[] values = new int[4];
        private int size;

        /** Creates an empty buffer. */
        public Buffer() {}

        /**
         * Adds a value.
         *
         * @param v the value
         */
        public void add(int v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        /**
         * Returns the values added, sorted, without repeats.
         *
         * @return the values added, sorted, without repeats
         */
        public int[] sortedUnique() {
            return Ints.sortedUnique(values, size);
        }

        /**
         * Returns the values in the order added.
         *
         * @return the values in the order added
         */
        public int[] toArray() {
            return Arrays.copyOf(values, size);
        }

        /**
         * Returns the number of values added.
         *
         * @return the number of values added
         */
        public int size() {
            return size;
        }
    }
}
