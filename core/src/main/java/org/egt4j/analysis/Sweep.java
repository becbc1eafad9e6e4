package org.egt4j.analysis;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.egt4j.game.BoundGame;
import org.egt4j.game.Game;
import org.egt4j.ode.Ensemble;
import org.egt4j.parallel.IndexedRunner;

/**
 * Runs an analysis at every point of a parameter grid, in parallel on an {@link IndexedRunner}, and
 * streams the results to a sink in grid order: the sink is called on the calling thread, point 0 first,
 * with each point's index in the list of points, while the workers go on with later points (no lock
 * the workers need is held while it runs, so a slow sink delays no analysis). The analysis must be a
 * pure function of the bound game, so that results do not depend on the thread count and a sweep can
 * be split across machines. If several points fail, the failure of the lowest index is thrown, after
 * the sink has received every point before it. {@link #cancel()} stops it soon after (the run then
 * throws {@link CancellationException}).
 */
public final class Sweep {

    private final IndexedRunner runner;

    /**
     * @param threads worker threads
     * @param progress called after each point (concurrently), or null
     */
    public Sweep(int threads, Ensemble.Progress progress) {
        this.runner = new IndexedRunner(threads, progress);
    }

    /** Asks the sweep to stop. */
    public void cancel() {
        runner.cancel();
    }

    /**
     * Runs {@code analysis} at every parameter point (names to values, overriding the defaults).
     *
     * @param sink receives (index, result) in index order, on the calling thread; the index is that of
     *     the point in {@code points}
     * @param <R> the type of one result
     * @param game the game
     * @param points the parameter points
     * @param analysis the analysis run at each bound point (must not share mutable state, must not
     *     return null)
     */
    public <R> void run(
            Game game, List<Map<String, Double>> points, Function<BoundGame, R> analysis, BiConsumer<Integer, R> sink) {
        run(game, points, 0, points.size(), analysis, sink);
    }

    /**
     * Runs {@code analysis} at the points {@code from} … {@code to − 1} of a grid, one machine's share of
     * a sweep split across machines: the sink receives the global indices (positions in {@code
     * points}), so that the shares' outputs concatenate to the whole sweep's.
     *
     * @param sink receives (global index, result) for from, from + 1, …, to − 1, on the calling thread
     * @param <R> the type of one result
     * @param game the game
     * @param points the whole grid's parameter points
     * @param from the first point of this share
     * @param to one past the last point of this share
     * @param analysis the analysis run at each bound point (must not share mutable state, must not
     *     return null)
     */
    public <R> void run(
            Game game,
            List<Map<String, Double>> points,
            int from,
            int to,
            Function<BoundGame, R> analysis,
            BiConsumer<Integer, R> sink) {
        if (from < 0 || to > points.size() || from > to) {
            throw new IllegalArgumentException(
                    "points " + from + " to " + to + " are not a range of the " + points.size() + " points");
        }
        runner.forEachOrdered(
                to - from,
                () -> null,
                (none, i) -> Objects.requireNonNull(
                        analysis.apply(game.bind(points.get(from + i))), "the analysis returned null"),
                (i, r) -> sink.accept(from + i, r));
    }
}
