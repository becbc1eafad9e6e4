package org.egt4j.parallel;

import java.util.List;
import java.util.Objects;

/**
 * Where indexed work runs: the seam between an analysis and the machinery that computes its items.
 * {@link #local(int)} runs them on this machine's threads through {@link IndexedRunner}; the {@code
 * egt4j-spark} module runs ranges of indices as Spark tasks. Either way the result is the list of
 * per-item results in index order, so whatever consumes it (counts, tables, files) is the same,
 * byte for byte, for any number of threads, partitions or machines: no floating-point reduction
 * happens where the executor decides the order.
 */
public interface IndexRangeExecutor {

    /**
     * Computes every item of the work.
     *
     * @param work the work
     * @param <S> its per-worker state
     * @param <R> its per-item result
     * @return element i is the result of item i (unmodifiable)
     * @throws RuntimeException the failure of the lowest failing index (for the local executor; a
     *     remote executor reports the failure of a range after its retries)
     */
    <S, R> List<R> map(IndexedWork<S, R> work);

    /**
     * Counts the outcomes of work whose items are small integers (the attractor a basin start reaches,
     * say): element r of the answer is the number of items whose result is r, for r in [0, outcomes),
     * and element {@code outcomes} the number whose result is −1 (no outcome: a start that reached no
     * attractor). Integer counts add exactly in any order, so a remote executor may count each range
     * where it is computed and ship {@code outcomes + 1} numbers per range instead of one result per
     * item; the driver's memory then does not grow with the number of items. This default counts
     * the results of {@link #map}.
     *
     * @param work the work, each result in [−1, outcomes)
     * @param outcomes the number of outcomes, at least 0
     * @param <S> its per-worker state
     * @return the counts, {@code outcomes + 1} of them, summing to {@code work.size()}
     * @throws IllegalStateException when a result is outside [−1, outcomes)
     */
    default <S> long[] count(IndexedWork<S, Integer> work, int outcomes) {
        long[] counts = new long[outcomes + 1];
        List<Integer> results = map(work);
        for (int i = 0; i < results.size(); i++) {
            counts[outcomeSlot(work, i, results.get(i), outcomes)]++;
        }
        return counts;
    }

    /**
     * Where one result is counted by {@link #count}: r for r in [0, outcomes), {@code outcomes} for −1.
     *
     * @param work the work (named in the error)
     * @param index the item
     * @param result its result
     * @param outcomes the number of outcomes
     * @return the slot
     * @throws IllegalStateException when the result is outside [−1, outcomes)
     */
    static int outcomeSlot(IndexedWork<?, ?> work, int index, int result, int outcomes) {
        if (result < -1 || result >= outcomes) {
            throw new IllegalStateException(work.part() + " gave " + result + " for index " + index
                    + ", not an outcome in [-1, " + outcomes + ")");
        }
        return result < 0 ? outcomes : result;
    }

    /**
     * The executor on this machine's threads.
     *
     * @param threads worker threads, at least 1; results do not depend on it
     * @return an executor running every piece on a fresh {@link IndexedRunner}
     */
    static IndexRangeExecutor local(int threads) {
        return local(threads, null);
    }

    /**
     * The executor on this machine's threads, telling a progress callback how many items are done
     * (for a progress bar; the results do not depend on it).
     *
     * @param threads worker threads, at least 1; results do not depend on it
     * @param progress told the number of finished items after each one, concurrently; or null
     * @return an executor running every piece on a fresh {@link IndexedRunner}
     */
    static IndexRangeExecutor local(int threads, IndexedRunner.Progress progress) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
        return new IndexRangeExecutor() {
            @Override
            public <S, R> List<R> map(IndexedWork<S, R> work) {
                return new IndexedRunner(threads, progress)
                        .map(
                                work.size(),
                                work::newState,
                                (s, i) -> Objects.requireNonNull(
                                        work.compute(s, i), () -> work.part() + " returned null for index " + i));
            }

            @Override
            public String toString() {
                return "local(" + threads + " threads)";
            }
        };
    }
}
