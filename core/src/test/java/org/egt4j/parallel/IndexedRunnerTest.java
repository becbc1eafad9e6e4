package org.egt4j.parallel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.egt4j.random.RandomStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The parallel runner: the same results for any thread count, the lowest failing index decides the
 * exception, progress reaches n, cancellation stops a run, ordered delivery on the calling thread.
 */
class IndexedRunnerTest {

    /** A task whose cost varies with the index, so that workers finish out of order. */
    static double work(long seed, int i, double[] scratch) {
        // the scratch array is the worker's own state: cleared, so that the result depends on i only
        java.util.Arrays.fill(scratch, 0);
        SplittableRandom r = RandomStreams.stream(seed, i);
        int steps = 1 + r.nextInt(2000);
        double s = 0;
        for (int k = 0; k < steps; k++) {
            scratch[k % scratch.length] = r.nextDouble();
            s += scratch[k % scratch.length] * scratch[(k + 1) % scratch.length];
        }
        return s;
    }

    static List<Double> reference(long seed, int n) {
        List<Double> out = new ArrayList<>();
        double[] scratch = new double[7];
        for (int i = 0; i < n; i++) {
            out.add(work(seed, i, scratch));
        }
        return out;
    }

    @ParameterizedTest(name = "seed 11, {0} threads")
    @ValueSource(ints = {1, 2, 3, 7})
    void mapGivesTheSequentialResultsForAnyThreadCount(int threads) {
        int n = 3001;
        Set<Thread> owners = Collections.synchronizedSet(new HashSet<>());
        AtomicInteger states = new AtomicInteger();
        List<Double> got = new IndexedRunner(threads, null)
                .map(
                        n,
                        () -> {
                            states.incrementAndGet();
                            return new double[7];
                        },
                        (scratch, i) -> {
                            owners.add(Thread.currentThread());
                            return work(11, i, scratch);
                        });
        assertEquals(reference(11, n), got);
        assertTrue(states.get() <= threads, states.get() + " states for " + threads + " threads");
        assertTrue(owners.size() <= threads, owners.size() + " threads ran tasks");
    }

    @ParameterizedTest(name = "seed 12, {0} threads")
    @ValueSource(ints = {1, 2, 3, 7})
    void orderedDeliveryIsInIndexOrderOnTheCallingThread(int threads) {
        int n = 500;
        List<Integer> order = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        Thread caller = Thread.currentThread();
        new IndexedRunner(threads, null)
                .forEachOrdered(n, () -> new double[7], (scratch, i) -> work(12, i, scratch), (i, v) -> {
                    assertSame(caller, Thread.currentThread());
                    order.add(i);
                    values.add(v);
                });
        List<Integer> expected = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            expected.add(i);
        }
        assertEquals(expected, order);
        assertEquals(reference(12, n), values);
    }

    @ParameterizedTest(name = "{0} threads")
    @ValueSource(ints = {1, 2, 3, 7})
    void theLowestFailingIndexDecides(int threads) {
        int n = 2000;
        IllegalStateException e = assertThrows(
                IllegalStateException.class, () -> new IndexedRunner(threads, null).map(n, () -> null, (none, i) -> {
                    if (i == 1500) {
                        throw new IllegalStateException("index 1500");
                    }
                    if (i == 701) {
                        // the lower failure takes longer, so that with several threads the higher one
                        // is usually thrown first
                        sleep(20);
                        throw new IllegalStateException("index 701");
                    }
                    return i;
                }));
        assertEquals("index 701", e.getMessage());
        List<Integer> delivered = new ArrayList<>();
        IllegalStateException ordered = assertThrows(IllegalStateException.class, () -> new IndexedRunner(threads, null)
                .forEachOrdered(
                        n,
                        () -> null,
                        (none, i) -> {
                            if (i == 90 || i == 40) {
                                throw new IllegalStateException("index " + i);
                            }
                            return i;
                        },
                        (i, v) -> delivered.add(i)));
        assertEquals("index 40", ordered.getMessage());
        assertEquals(40, delivered.size(), "every result before the failure, none after");
    }

    @Test
    void errorsAreRethrownAsThemselves() {
        AssertionError e =
                assertThrows(AssertionError.class, () -> new IndexedRunner(2, null).map(100, () -> null, (none, i) -> {
                    if (i == 3) {
                        throw new AssertionError("three");
                    }
                    return i;
                }));
        assertEquals("three", e.getMessage());
        IllegalArgumentException setup = assertThrows(IllegalArgumentException.class, () -> new IndexedRunner(2, null)
                .map(
                        100,
                        () -> {
                            throw new IllegalArgumentException("no state");
                        },
                        (none, i) -> i));
        assertEquals("no state", setup.getMessage());
    }

    @ParameterizedTest(name = "{0} threads")
    @ValueSource(ints = {1, 2, 3, 7})
    void progressReachesN(int threads) {
        int n = 1234;
        AtomicLong max = new AtomicLong();
        AtomicInteger calls = new AtomicInteger();
        new IndexedRunner(threads, (done, total) -> {
                    assertEquals(n, total);
                    calls.incrementAndGet();
                    max.accumulateAndGet(done, Math::max);
                })
                .map(n, () -> null, (none, i) -> i);
        assertEquals(n, max.get());
        assertEquals(n, calls.get(), "one report per task");
    }

    @ParameterizedTest(name = "{0} threads")
    @ValueSource(ints = {1, 2, 3})
    void cancellationStopsARun(int threads) {
        IndexedRunner before = new IndexedRunner(threads, null);
        before.cancel();
        assertThrows(CancellationException.class, () -> before.map(10, () -> null, (none, i) -> i));
        assertTrue(before.isCancelled(), "the flag stays set");

        int n = 100_000;
        AtomicInteger ran = new AtomicInteger();
        IndexedRunner during = new IndexedRunner(threads, null);
        assertThrows(
                CancellationException.class,
                () -> during.map(n, () -> null, (none, i) -> {
                    ran.incrementAndGet();
                    if (i == 50) {
                        during.cancel();
                    }
                    return i;
                }));
        assertTrue(ran.get() < n / 2, ran.get() + " of " + n + " tasks ran after the cancellation");

        IndexedRunner ordered = new IndexedRunner(threads, null);
        List<Integer> delivered = new ArrayList<>();
        assertThrows(
                CancellationException.class,
                () -> ordered.forEachOrdered(n, () -> null, (none, i) -> i, (i, v) -> {
                    delivered.add(i);
                    if (i == 10) {
                        ordered.cancel();
                    }
                }));
        assertEquals(11, delivered.size(), "nothing is delivered after the cancellation");
    }

    @ParameterizedTest(name = "{0} threads")
    @ValueSource(ints = {2, 3})
    void aSlowSinkDelaysNoWorker(int threads) throws InterruptedException {
        int n = 200;
        CountDownLatch lastDone = new CountDownLatch(1);
        boolean[] sawLast = new boolean[1];
        new IndexedRunner(threads, null)
                .forEachOrdered(
                        n,
                        () -> null,
                        (none, i) -> {
                            if (i == n - 1) {
                                lastDone.countDown();
                            }
                            return i;
                        },
                        (i, v) -> {
                            if (i == 0) {
                                // the sink holds up delivery until the workers have reached the end
                                try {
                                    sawLast[0] = lastDone.await(30, TimeUnit.SECONDS);
                                } catch (InterruptedException e) {
                                    Thread.currentThread().interrupt();
                                }
                            }
                        });
        assertTrue(sawLast[0], "the workers finished every index while the sink was busy with index 0");
    }

    @ParameterizedTest(name = "{0} threads")
    @ValueSource(ints = {1, 2, 3})
    void aFailingSinkStopsTheRun(int threads) {
        AtomicInteger ran = new AtomicInteger();
        int n = 100_000;
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> new IndexedRunner(threads, null)
                .forEachOrdered(
                        n,
                        () -> null,
                        (none, i) -> {
                            ran.incrementAndGet();
                            return i;
                        },
                        (i, v) -> {
                            if (i == 5) {
                                throw new IllegalStateException("sink full");
                            }
                        }));
        assertEquals("sink full", e.getMessage());
        int after = ran.get();
        sleep(50);
        assertEquals(after, ran.get(), "no worker goes on after the run has thrown");
    }

    @Test
    void nullResultsAreKeptByMapAndRefusedByOrderedDelivery() {
        assertEquals(
                java.util.Arrays.asList(null, 1, null),
                new IndexedRunner(2, null).map(3, () -> null, (none, i) -> i == 1 ? 1 : null));
        NullPointerException e = assertThrows(NullPointerException.class, () -> new IndexedRunner(2, null)
                .forEachOrdered(3, () -> null, (none, i) -> i == 1 ? null : i, (i, v) -> {}));
        assertTrue(e.getMessage().contains("index 1"), e.getMessage());
    }

    @Test
    void edgeCases() {
        assertEquals(List.of(), new IndexedRunner(3, null).map(0, () -> null, (none, i) -> i));
        new IndexedRunner(3, null).forEachOrdered(0, () -> null, (none, i) -> i, (i, v) -> {
            throw new AssertionError("no index");
        });
        assertThrows(IllegalArgumentException.class, () -> new IndexedRunner(0, null));
        assertThrows(IllegalArgumentException.class, () -> new IndexedRunner(1, null).map(-1, () -> null, (s, i) -> i));
        assertEquals(3, new IndexedRunner(3, null).threads());
        assertEquals(1, IndexedRunner.chunk(10, 2));
        assertEquals(IndexedRunner.MAX_CHUNK, IndexedRunner.chunk(1_000_000, 2));
        assertEquals(7, IndexedRunner.chunk(64 * 7 * 3, 3));
        assertThrows(UnsupportedOperationException.class, () -> new IndexedRunner(1, null)
                .map(2, () -> null, (none, i) -> i)
                .set(0, 5));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
