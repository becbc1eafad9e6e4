package org.egt4j.spark;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import org.egt4j.parallel.IndexedWork;

/**
 * What a Spark task does with a range of indices: it rebuilds (once per executor JVM and plan, then
 * cached) the parts from the broadcast plan, takes the named part, checks that it has the
 * size the driver saw, and computes the range's items in index order with one worker state. The
 * per-item results go back unreduced and the driver assembles them, except for integer outcomes
 * that are only counted ({@link #count}): their counts per range go back, integers that add
 * exactly in any order.
 */
final class RangeTasks {

    /** The most plans an executor keeps rebuilt at once; older ones are dropped. */
    private static final int CACHED_PLANS = 4;

    private static final Map<String, WorkPlan.Parts> CACHE = new LinkedHashMap<>(8, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, WorkPlan.Parts> eldest) {
            return size() > CACHED_PLANS;
        }
    };

    /**
     * Called before every range with (part, from); tests set it to inject failures. Never set in
     * production runs.
     */
    private static volatile Hook hook;

    /** Sets the test hook (null: none). */
    static void hook(Hook h) {
        hook = h;
    }

    /** A test hook run at the start of each range. */
    @FunctionalInterface
    interface Hook {
        /**
         * Runs before a range.
         *
         * @param part the part's name
         * @param from the range's first index
         */
        void before(String part, int from);
    }

    /**
     * One range's results: boxed integers (attractor indices, map cells) travel as an int array, a
     * few bytes each instead of an object reference each, anything else as objects.
     *
     * @param from the first index
     * @param results results of from, from + 1, ..., or null when {@code ints} holds them
     * @param ints the results when all are integers, else null
     */
    record Chunk(int from, Object[] results, int[] ints) implements Serializable {
        private static final long serialVersionUID = 1L;

        /** {@return the number of results} */
        int length() {
            return ints != null ? ints.length : results.length;
        }

        /** Copies the results into {@code all} from their first index on. */
        void copyInto(Object[] all) {
            if (ints != null) {
                for (int k = 0; k < ints.length; k++) {
                    all[from + k] = ints[k];
                }
            } else {
                System.arraycopy(results, 0, all, from, results.length);
            }
        }
    }

    private RangeTasks() {}

    /** A plan's parts, rebuilt from its data on first use in this JVM. */
    static WorkPlan.Parts work(WorkPlan plan) {
        String key = plan.key();
        synchronized (CACHE) {
            WorkPlan.Parts w = CACHE.get(key);
            if (w == null) {
                w = plan.rebuild();
                CACHE.put(key, w);
            }
            return w;
        }
    }

    /**
     * Computes one range of a part.
     *
     * @param plan the broadcast plan
     * @param part the part's name
     * @param size the part's size on the driver
     * @param from the first index
     * @param to one past the last index
     * @return the range's results
     */
    static Chunk run(WorkPlan plan, String part, int size, int from, int to) {
        Hook h = hook;
        if (h != null) {
            h.before(part, from);
        }
        return compute(work(plan).part(part), size, from, to);
    }

    /**
     * One range's outcome counts ({@link org.egt4j.parallel.IndexRangeExecutor#count}): {@code outcomes
     * + 1} numbers whatever the range's length.
     *
     * @param from the first index
     * @param to one past the last index
     * @param counts element r counts result r, the last element the results −1
     */
    record Counts(int from, int to, long[] counts) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /**
     * Counts the outcomes of one range of an integer-valued part, where it is computed.
     *
     * @param plan the broadcast plan
     * @param part the part's name
     * @param size the part's size on the driver
     * @param outcomes the number of outcomes
     * @param from the first index
     * @param to one past the last index
     * @return the range's counts
     */
    static Counts count(WorkPlan plan, String part, int size, int outcomes, int from, int to) {
        Hook h = hook;
        if (h != null) {
            h.before(part, from);
        }
        return countRange(work(plan).part(part), size, outcomes, from, to);
    }

    private static <S, R> Counts countRange(IndexedWork<S, R> work, int size, int outcomes, int from, int to) {
        checkSize(work, size);
        S state = work.newState();
        long[] counts = new long[outcomes + 1];
        for (int i = from; i < to; i++) {
            R r = work.compute(state, i);
            if (!(r instanceof Integer k)) {
                throw new IllegalStateException(
                        work.part() + " gave " + r + " for index " + i + ", not an integer outcome");
            }
            counts[org.egt4j.parallel.IndexRangeExecutor.outcomeSlot(work, i, k, outcomes)]++;
        }
        return new Counts(from, to, counts);
    }

    private static void checkSize(IndexedWork<?, ?> work, int size) {
        if (work.size() != size) {
            throw new IllegalStateException("part " + work.part() + " has " + work.size()
                    + " items on this executor but " + size + " on the driver: the plan was not rebuilt the same way");
        }
    }

    private static <S, R> Chunk compute(IndexedWork<S, R> work, int size, int from, int to) {
        checkSize(work, size);
        S state = work.newState();
        Object[] results = new Object[to - from];
        for (int i = from; i < to; i++) {
            R r = work.compute(state, i);
            if (r == null) {
                throw new NullPointerException(work.part() + " returned null for index " + i);
            }
            results[i - from] = r;
        }
        boolean integers = true;
        for (Object r : results) {
            integers &= r instanceof Integer;
        }
        if (integers) {
            int[] ints = new int[results.length];
            for (int k = 0; k < ints.length; k++) {
                ints[k] = (Integer) results[k];
            }
            return new Chunk(from, null, ints);
        }
        return new Chunk(from, results, null);
    }
}
