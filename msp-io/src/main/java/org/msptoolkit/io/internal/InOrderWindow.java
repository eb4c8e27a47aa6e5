package org.msptoolkit.io.internal;

import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Work numbered 0, 1, 2, … done by worker threads in any order and handed on in number order by
 * the one thread that submits it (the owner), with at most {@code capacity} pieces pending at once.
 * When the window is full the owner sleeps until the first pending piece is done <em>and</em> half
 * the window is, then hands on every piece done in order and refills: so it wakes about once per
 * half window rather than once per piece, and the workers always have queued work. On a virtual
 * machine every wake-up of a sleeping thread is costly, which is what this saves. Not thread-safe
 * for the owner's side: one owner thread only. Internal.
 *
 * @param <T> the result of a piece of work
 */
public final class InOrderWindow<T> {
    /** A piece of work that threw, carried to the owner to be thrown there. */
    private record Failure(Throwable error) {}

    private final AtomicReferenceArray<Object> slots;
    private final int capacity;
    private final Executor workers;
    private final Thread owner = Thread.currentThread();
    /** How many pieces are done (in any order). */
    private final AtomicLong done = new AtomicLong();
    /** The owner sleeps until {@link #done} reaches this, and the head piece is done. */
    private volatile long wakeAt = Long.MAX_VALUE;

    private long submitted;
    private long handedOn;

    /**
     * A window that runs pieces on the workers and hands their results on in order.
     *
     * @param capacity how many pieces may be pending at once (at least 1)
     * @param workers runs the pieces
     */
    public InOrderWindow(int capacity, Executor workers) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, got " + capacity);
        }
        this.capacity = capacity;
        this.slots = new AtomicReferenceArray<>(capacity);
        this.workers = Objects.requireNonNull(workers, "workers");
    }

    /**
     * Submits the next piece; first hands on finished pieces (in order) to {@code sink} while the
     * window is full.
     *
     * @param work the piece, run on a worker
     * @param sink receives results in number order, on the owner's thread
     */
    public void submit(Supplier<? extends T> work, Consumer<? super T> sink) {
        if (submitted - handedOn >= capacity) {
            handOn(sink, Math.max(1, capacity / 2));
        }
        long number = submitted++;
        int slot = (int) (number % capacity);
        workers.execute(() -> {
            Object result;
            try {
                result = Objects.requireNonNull(work.get(), "result");
            } catch (RuntimeException | Error e) {
                result = new Failure(e);
            }
            slots.set(slot, result);
            if (done.incrementAndGet() >= wakeAt) {
                LockSupport.unpark(owner);
            }
        });
    }

    /**
     * Hands on every remaining result, in order, waiting for them.
     *
     * @param sink receives the results in number order
     */
    public void finish(Consumer<? super T> sink) {
        while (handedOn < submitted) {
            handOn(sink, 1);
        }
    }

    /** Waits until the head piece and {@code atLeast} pieces past those handed on are done, then hands on all done in order. */
    private void handOn(Consumer<? super T> sink, int atLeast) {
        long target = handedOn + Math.min(atLeast, submitted - handedOn);
        int head = (int) (handedOn % capacity);
        wakeAt = target;
        while (done.get() < target || slots.get(head) == null) {
            LockSupport.park(this);
            if (Thread.interrupted()) {
                wakeAt = Long.MAX_VALUE;
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for results");
            }
        }
        wakeAt = Long.MAX_VALUE;
        while (handedOn < submitted) {
            int slot = (int) (handedOn % capacity);
            Object result = slots.get(slot);
            if (result == null) {
                break;
            }
            slots.set(slot, null);
            handedOn++;
            if (result instanceof Failure f) {
                if (f.error() instanceof RuntimeException r) {
                    throw r;
                }
                throw (Error) f.error();
            }
            @SuppressWarnings("unchecked")
            T value = (T) result;
            sink.accept(value);
        }
    }
}
