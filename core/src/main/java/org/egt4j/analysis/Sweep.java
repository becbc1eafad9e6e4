package org.egt4j.analysis;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.egt4j.game.BoundGame;
import org.egt4j.game.Game;
import org.egt4j.ode.Ensemble;

/**
 * Runs an analysis at every point of a parameter grid, in parallel, and streams the results to a
 * sink in grid order (the sink is called from one thread at a time, point 0 first). The analysis must
 * be a pure function of the bound game, so that results do not depend on the thread count and a sweep
 * can be split across machines. {@link #cancel()} stops it soon after (the run then throws {@link
 * CancellationException}).
 */
public final class Sweep {

    private final int threads;
    private final Ensemble.Progress progress;
    private final AtomicBoolean cancelled = new AtomicBoolean();

    /**
     * @param threads worker threads
     * @param progress called after each point (concurrently), or null
     */
    public Sweep(int threads, Ensemble.Progress progress) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
        this.threads = threads;
        this.progress = progress;
    }

    /** Asks the sweep to stop. */
    public void cancel() {
        cancelled.set(true);
    }

    /**
     * Runs {@code analysis} at every parameter point (names to values, overriding the defaults).
     *
     * @param sink receives (index, result) in index order
     * @param <R> the type of one result
     * @param game the game
     * @param points the parameter points
     * @param analysis the analysis run at each bound point (must not share mutable state)
     */
    public <R> void run(
            Game game, List<Map<String, Double>> points, Function<BoundGame, R> analysis, BiConsumer<Integer, R> sink) {
        int n = points.size();
        Object[] results = new Object[n];
        AtomicInteger next = new AtomicInteger();
        int[] delivered = {0};
        RuntimeException[] failure = new RuntimeException[1];
        long[] done = {0};
        Runnable work = () -> {
            for (int i = next.getAndIncrement(); i < n && !cancelled.get(); i = next.getAndIncrement()) {
                try {
                    results[i] = java.util.Objects.requireNonNull(
                            analysis.apply(game.bind(points.get(i))), "the analysis returned null");
                } catch (RuntimeException e) {
                    synchronized (results) {
                        if (failure[0] == null) {
                            failure[0] = e;
                        }
                    }
                    cancelled.set(true);
                    return;
                }
                synchronized (results) {
                    done[0]++;
                    if (progress != null) {
                        progress.update(done[0], n);
                    }
                    while (delivered[0] < n && results[delivered[0]] != null) {
                        @SuppressWarnings("unchecked")
                        R r = (R) results[delivered[0]];
                        sink.accept(delivered[0], r);
                        results[delivered[0]] = null;
                        delivered[0]++;
                    }
                }
            }
        };
        if (threads == 1 || n <= 1) {
            work.run();
        } else {
            ForkJoinPool pool = new ForkJoinPool(Math.min(threads, n));
            try {
                ForkJoinTask<?>[] tasks = new ForkJoinTask<?>[Math.min(threads, n)];
                for (int k = 0; k < tasks.length; k++) {
                    tasks[k] = pool.submit(work);
                }
                for (ForkJoinTask<?> t : tasks) {
                    t.join();
                }
            } finally {
                pool.shutdown();
            }
        }
        if (failure[0] != null) {
            throw failure[0];
        }
        if (cancelled.get() || delivered[0] < n) {
            throw new CancellationException("the sweep stopped after " + delivered[0] + " of " + n + " points");
        }
    }
}
