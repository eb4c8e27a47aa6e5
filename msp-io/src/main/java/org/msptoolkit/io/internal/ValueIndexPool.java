package org.msptoolkit.io.internal;

import java.util.concurrent.ArrayBlockingQueue;

/**
 * A few {@link ValueIndex}es kept for reuse by one engine, so that reading a corpus does not allocate
 * and clear a new index for every record. Bounded: at most {@link #KEPT} indexes of at most
 * {@link #MAX_VALUES} values each are kept; larger ones are left to the garbage collector.
 * Thread-safe. Internal.
 */
final class ValueIndexPool {
    /** The most indexes kept. */
    static final int KEPT = 4;

    /** The most values an index kept may hold (about a 200 KB document). */
    static final int MAX_VALUES = 1 << 14;

    private final ArrayBlockingQueue<ValueIndex> kept = new ArrayBlockingQueue<>(KEPT);

    /**
     * An empty index for a document of this length: a kept one if it is large enough, else a new one.
     *
     * @param length the document's length, or 0 if unknown
     * @return the index, to {@link #giveBack} when the read is finished
     */
    ValueIndex take(long length) {
        ValueIndex index = kept.poll();
        if (index != null && index.capacity() >= Math.min(MAX_VALUES, length / 12)) {
            return index;
        }
        return ValueIndex.forLength(length);
    }

    /**
     * Keeps an index for reuse when there is room and it is not too large.
     *
     * @param index an index no read uses any more
     */
    void giveBack(ValueIndex index) {
        if (index.capacity() <= MAX_VALUES) {
            index.clear();
            kept.offer(index);
        }
    }
}
