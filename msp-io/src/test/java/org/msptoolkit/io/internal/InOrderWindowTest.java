package org.msptoolkit.io.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Work done in any order on several threads is handed on in number order, a few pieces at most pending. */
class InOrderWindowTest {
    private final ExecutorService workers = Executors.newFixedThreadPool(4);

    @AfterEach
    void stop() throws InterruptedException {
        workers.shutdownNow();
        assertThat(workers.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void resultsArriveInNumberOrderWhateverOrderTheyFinishIn() {
        for (int capacity : new int[] {1, 2, 3, 8, 16}) {
            SplittableRandom random = new SplittableRandom(capacity);
            InOrderWindow<Integer> window = new InOrderWindow<>(capacity, workers);
            List<Integer> out = new ArrayList<>();
            AtomicInteger started = new AtomicInteger();
            List<Integer> pendingAtHandOn = new ArrayList<>();
            int n = 500;
            for (int i = 0; i < n; i++) {
                int number = i;
                long pause = random.nextInt(4) == 0 ? random.nextLong(200_000) : 0; // some pieces are slow
                window.submit(
                        () -> {
                            started.incrementAndGet();
                            LockSupport.parkNanos(pause);
                            return number;
                        },
                        x -> {
                            pendingAtHandOn.add(started.get() - out.size());
                            out.add(x);
                        });
            }
            window.finish(out::add);
            List<Integer> expected = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                expected.add(i);
            }
            assertThat(out).as("capacity %d", capacity).isEqualTo(expected);
            assertThat(pendingAtHandOn)
                    .as("capacity %d", capacity)
                    .allSatisfy(p -> assertThat(p).isBetween(1, capacity));
        }
    }

    @Test
    void aFailedPieceIsThrownToTheOwnerAfterTheResultsBeforeIt() {
        InOrderWindow<Integer> window = new InOrderWindow<>(4, workers);
        List<Integer> out = new ArrayList<>();
        assertThatThrownBy(() -> {
                    for (int i = 0; i < 100; i++) {
                        int number = i;
                        window.submit(
                                () -> {
                                    if (number == 37) {
                                        throw new IllegalArgumentException("piece 37 is broken");
                                    }
                                    return number;
                                },
                                out::add);
                    }
                    window.finish(out::add);
                })
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("piece 37 is broken");
        assertThat(out).hasSize(37).startsWith(0, 1, 2).endsWith(36);
    }

    @Test
    void anErrorInAPieceReachesTheOwnerAsItself() {
        InOrderWindow<Integer> window = new InOrderWindow<>(2, workers);
        window.submit(
                () -> {
                    throw new StackOverflowError("deep");
                },
                x -> {});
        assertThatThrownBy(() -> window.finish(x -> {}))
                .isInstanceOf(StackOverflowError.class)
                .hasMessage("deep");
    }

    @Test
    void aCapacityBelowOneIsRefused() {
        assertThatThrownBy(() -> new InOrderWindow<Integer>(0, workers))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 1, got 0");
    }
}
