package org.egt4j.spark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.egt4j.parallel.IndexRangeExecutor;
import org.egt4j.parallel.IndexedWork;

/**
 * Runs an analysis' parts on Spark: the indices 0 … n−1 of a part are cut into {@code partitions}
 * contiguous ranges, one per Spark partition, each task computes its range from the broadcast plan
 * ({@link RangeTasks}), and the driver puts the per-index results back in index order. Only the
 * part's name and size and the range cross to the executors; the work object given to {@link
 * #map} is used on the driver for its name and size alone. A task that throws is retried by Spark
 * (its items are pure functions of their indices, so a retry gives the same results).
 */
final class SparkExecutor implements IndexRangeExecutor {

    private final JavaSparkContext context;
    private final Broadcast<? extends WorkPlan> plan;
    private final int partitions;

    SparkExecutor(JavaSparkContext context, Broadcast<? extends WorkPlan> plan, int partitions) {
        this.context = context;
        this.plan = plan;
        this.partitions = partitions;
    }

    /**
     * The ranges [from, to) of a part of n items: min(partitions, n) ranges whose lengths differ by at
     * most one, in order.
     */
    static List<int[]> ranges(int n, int partitions) {
        int p = Math.max(1, Math.min(partitions, n));
        List<int[]> ranges = new ArrayList<>();
        for (int k = 0; k < p; k++) {
            int from = (int) ((long) n * k / p);
            int to = (int) ((long) n * (k + 1) / p);
            ranges.add(new int[] {from, to});
        }
        return ranges;
    }

    @Override
    public <S, R> List<R> map(IndexedWork<S, R> work) {
        int n = work.size();
        if (n == 0) {
            return List.of();
        }
        String part = work.part();
        Broadcast<? extends WorkPlan> b = plan;
        List<int[]> ranges = ranges(n, partitions);
        context.setJobDescription("egt4j " + part + " (" + n + " items, " + ranges.size() + " partitions)");
        List<RangeTasks.Chunk> chunks;
        try {
            chunks = context.parallelize(ranges, ranges.size())
                    .map(r -> RangeTasks.run(b.value(), part, n, r[0], r[1]))
                    .collect();
        } catch (Exception e) { // Scala throws SparkException, a checked exception, undeclared
            throw unwrap(e, part);
        }
        Object[] all = new Object[n];
        int next = 0;
        for (RangeTasks.Chunk c : chunks) {
            if (c.from() != next) {
                throw new IllegalStateException("range at " + c.from() + " arrived where " + next + " was due");
            }
            c.copyInto(all);
            next += c.length();
        }
        if (next != n) {
            throw new IllegalStateException(next + " of " + n + " results of " + part + " arrived");
        }
        @SuppressWarnings("unchecked")
        List<R> list = (List<R>) Collections.unmodifiableList(Arrays.asList(all));
        return list;
    }

    /**
     * Counts a part's integer outcomes where they are computed: each task returns its range's {@code
     * outcomes + 1} counts, and the driver adds them (exact integer sums, so the order the ranges
     * arrive in does not matter; it still checks that every index was counted once). The driver holds
     * a few numbers per range, not one result per item: 4·10⁸ basin starts need no more driver memory
     * than 2 000.
     */
    @Override
    public <S> long[] count(IndexedWork<S, Integer> work, int outcomes) {
        int n = work.size();
        long[] total = new long[outcomes + 1];
        if (n == 0) {
            return total;
        }
        String part = work.part();
        Broadcast<? extends WorkPlan> b = plan;
        List<int[]> ranges = ranges(n, partitions);
        context.setJobDescription("egt4j " + part + " counts (" + n + " items, " + ranges.size() + " partitions)");
        List<RangeTasks.Counts> chunks;
        try {
            chunks = context.parallelize(ranges, ranges.size())
                    .map(r -> RangeTasks.count(b.value(), part, n, outcomes, r[0], r[1]))
                    .collect();
        } catch (Exception e) { // Scala throws SparkException, a checked exception, undeclared
            throw unwrap(e, part);
        }
        int next = 0;
        for (RangeTasks.Counts c : chunks) {
            if (c.from() != next || c.counts().length != outcomes + 1) {
                throw new IllegalStateException(
                        "counts of range at " + c.from() + " arrived where " + next + " was due");
            }
            long items = 0;
            for (int k = 0; k <= outcomes; k++) {
                total[k] += c.counts()[k];
                items += c.counts()[k];
            }
            if (items != c.to() - c.from()) {
                throw new IllegalStateException("range at " + c.from() + " counted " + items + " items");
            }
            next = c.to();
        }
        if (next != n) {
            throw new IllegalStateException(next + " of " + n + " items of " + part + " were counted");
        }
        return total;
    }

    /**
     * The task's own exception when Spark gave up on a range (after its retries): a model error or a
     * numerical failure (a path that is not finite, say) is rethrown as itself, as the local run would
     * throw it, so that {@code Main} exits with the same status (2 or 3); anything else as Spark
     * reported it.
     */
    static RuntimeException unwrap(Exception e, String part) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.egt4j.ModelException || t instanceof org.egt4j.NumericalException) {
                return (RuntimeException) t;
            }
        }
        return e instanceof RuntimeException r
                ? r
                : new IllegalStateException("the Spark job of part " + part + " failed: " + e.getMessage(), e);
    }

    @Override
    public String toString() {
        return "spark(" + context.master() + ", " + partitions + " partitions)";
    }
}
