package org.egt4j.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.egt4j.game.BoundGame;
import org.egt4j.game.Game;
import org.egt4j.ode.SolverSettings;
import org.egt4j.random.RandomStreams;
import org.egt4j.stability.RestPoint;
import org.egt4j.stability.Stability;
import org.egt4j.stability.StabilityAnalysis;

/**
 * Basins of attraction by Monte Carlo: start states drawn uniformly on the product of simplices (a
 * flat Dirichlet per population; start i is drawn from {@link RandomStreams#stream(long, long)
 * RandomStreams.stream(seed, i)}, so each start depends on the seed and its index only, not on the
 * thread count or on how the starts are split), each integrated until it comes within {@value
 * #RADIUS} (max norm) of an asymptotically stable rest point or the time limit passes. The share of starts reaching each attractor is given
 * with its 95% Wilson interval; starts that reach none (cycles, continua, slow convergence) are
 * counted as unresolved.
 *
 * @param attractors one entry per asymptotically stable rest point, in the analysis' order
 * @param samples number of starts
 * @param unresolved starts that reached no attractor within the time limit
 * @param unresolvedInterval Wilson interval of the unresolved share
 * @param seed the seed of the start states
 * @param timeLimit the integration time limit
 */
public record BasinEstimate(
        List<Attractor> attractors,
        long samples,
        long unresolved,
        Wilson unresolvedInterval,
        long seed,
        double timeLimit) {

    /** Distance (max norm) at which a trajectory counts as having reached an attractor. */
    public static final double RADIUS = 1e-3;

    /**
     * One attractor's basin.
     *
     * @param label e.g. "(adopt, passive, open, invest)" or the shares of a mixed point
     * @param shares the attractor's shares per population
     * @param count starts reaching it
     * @param share count / samples
     * @param interval 95% Wilson interval of the share
     */
    public record Attractor(String label, double[][] shares, long count, double share, Wilson interval) {
        /**
         * Readable text for JShell and logs ({@link org.egt4j.Show#record}): the components with their
         * numbers to 6 significant digits, long arrays shortened to their first items and their count.
         *
         * @return the text
         */
        @Override
        public String toString() {
            return org.egt4j.Show.record(this);
        }
    }

    /**
     * Estimates the basins of the stable rest points of an analysed game.
     *
     * @param bound the game at a parameter point
     * @param analysis its stability analysis: its asymptotically stable rest points are the attractors and
     *     its dynamic is the field integrated
     * @param samples the number of starts, uniform on the product of simplices
     * @param seed the seed of the starts: start i comes from {@code RandomStreams.stream(seed, i)}
     * @param timeLimit how long each start is integrated before it counts as reaching no attractor
     * @param settings solver tolerances and limits
     * @param threads worker threads; the counts do not depend on it
     * @return the share of starts reaching each attractor (within {@link #RADIUS}) with Wilson intervals
     */
    public static BasinEstimate of(
            BoundGame bound,
            StabilityAnalysis analysis,
            int samples,
            long seed,
            double timeLimit,
            SolverSettings settings,
            int threads) {
        List<RestPoint> stable = attractors(analysis);
        BasinWork work = new BasinWork(
                analysis.dynamics().field(bound),
                analysis.dynamics().exactPaths(bound).orElse(null),
                bound.game(),
                stable,
                samples,
                seed,
                timeLimit,
                settings);
        long[] counts = org.egt4j.parallel.IndexRangeExecutor.local(threads).count(work, stable.size());
        return fromCounts(bound.game(), shares(stable), counts, seed, timeLimit);
    }

    /** The shares of each rest point. */
    static List<double[][]> shares(List<RestPoint> points) {
        List<double[][]> shares = new ArrayList<>();
        for (RestPoint p : points) {
            shares.add(p.shares());
        }
        return shares;
    }

    /** The asymptotically stable rest points of an analysis, in its order: the attractors counted. */
    static List<RestPoint> attractors(StabilityAnalysis analysis) {
        List<RestPoint> stable = new ArrayList<>();
        for (RestPoint p : analysis.restPoints()) {
            if (p.stability() == Stability.STABLE) {
                stable.add(p);
            }
        }
        return stable;
    }

    /**
     * Start s: a flat Dirichlet per population from {@code RandomStreams.stream(seed, s)} (normalised
     * standard exponentials), written into x in reduced coordinates.
     */
    /**
     * Basin start i of a seed, as the analysis draws it: uniform on the product of simplices from {@code
     * RandomStreams.stream(seed, i)} (to recount a basin another way, or follow one start).
     *
     * @param game the game
     * @param seed the basin seed
     * @param i the start's index
     * @return the start, reduced coordinates
     */
    public static double[] startOf(Game game, long seed, long i) {
        double[] x = new double[game.dimension()];
        start(game, seed, i, x);
        return x;
    }

    static void start(Game game, long seed, long s, double[] x) {
        SplittableRandom r = RandomStreams.stream(seed, s);
        for (int k = 0; k < game.populations().size(); k++) {
            int n = game.populations().get(k).size();
            double[] w = new double[n];
            double sum = 0;
            for (int i = 0; i < n; i++) {
                w[i] = -Math.log(1 - r.nextDouble());
                sum += w[i];
            }
            for (int i = 0; i < n - 1; i++) {
                x[game.offset(k) + i] = w[i] / sum;
            }
        }
    }

    /**
     * The estimate from the number of starts reaching each attractor: {@code counts[i]} for the
     * attractor with shares {@code stable.get(i)}, the last element for the starts that reached none (the layout of {@link
     * org.egt4j.parallel.IndexRangeExecutor#count}).
     */
    static BasinEstimate fromCounts(Game game, List<double[][]> stable, long[] counts, long seed, double timeLimit) {
        if (counts.length != stable.size() + 1) {
            throw new IllegalArgumentException(
                    counts.length + " counts for " + stable.size() + " attractors and the unresolved starts");
        }
        long samples = 0;
        for (long c : counts) {
            samples += c;
        }
        long unresolved = counts[stable.size()];
        List<Attractor> attractors = new ArrayList<>();
        for (int i = 0; i < stable.size(); i++) {
            attractors.add(new Attractor(
                    label(game, stable.get(i)),
                    stable.get(i),
                    counts[i],
                    (double) counts[i] / samples,
                    Wilson.of(counts[i], samples)));
        }
        return new BasinEstimate(
                List.copyOf(attractors), samples, unresolved, Wilson.of(unresolved, samples), seed, timeLimit);
    }

    /** "(adopt, passive)" for a pure profile, else the shares. */
    static String label(Game game, double[][] shares) {
        StringBuilder sb = new StringBuilder("(");
        for (int k = 0; k < shares.length; k++) {
            int pure = -1;
            for (int i = 0; i < shares[k].length; i++) {
                if (Math.abs(shares[k][i] - 1) < 1e-12) {
                    pure = i;
                }
            }
            sb.append(k == 0 ? "" : ", ");
            if (pure >= 0) {
                sb.append(game.populations().get(k).strategies().get(pure));
            } else {
                sb.append(game.populations().get(k).name()).append(' ');
                for (int i = 0; i < shares[k].length; i++) {
                    sb.append(i == 0 ? "" : ":").append(String.format(java.util.Locale.ROOT, "%.3f", shares[k][i]));
                }
            }
        }
        return sb.append(')').toString();
    }
}
