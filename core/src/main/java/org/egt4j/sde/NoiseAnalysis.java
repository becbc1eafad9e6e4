package org.egt4j.sde;

import java.util.ArrayList;
import java.util.List;
import org.egt4j.game.BoundGame;
import org.egt4j.game.Game;
import org.egt4j.stability.VertexTable;

/**
 * The stochastic part of a full analysis, the data behind the figures of the applied papers: path
 * ensembles from one start under the spec's noise scaled by the factors {@link #FACTORS} (every
 * ensemble with the same seed, so that the paths of different intensities share their Brownian
 * increments and the curves against σ are smooth), plus the exact stochastic stability of every
 * vertex under the unscaled noise ({@link VertexStochasticStability}). Scaling follows {@link
 * Noise#scaled}: σ × factor, or for finite-size noise N / factor².
 *
 * <p>The start is given, by default the barycentre of every population's simplex (all strategies
 * equally common); the horizon is the analysis' time; both are recorded in the result.
 */
public final class NoiseAnalysis {

    /** The noise scale factors of the ensembles, in increasing order; 1 is the spec's noise. */
    public static final List<Double> FACTORS = List.of(0.25, 0.5, 1.0, 2.0, 4.0);

    /** The factors of the σ-sensitivity figure (a subset of {@link #FACTORS}). */
    public static final List<Double> SENSITIVITY = List.of(0.5, 1.0, 2.0);

    /** The most sample times of an ensemble (figures of more points cost more than they show). */
    public static final int MAX_SAMPLES = 101;

    /** How many whole paths each ensemble keeps for the sample-path figure. */
    public static final int KEPT_PATHS = 10;

    private NoiseAnalysis() {}

    /**
     * One ensemble.
     *
     * @param factor the noise scale factor
     * @param noise the scaled noise
     * @param result the ensemble's statistics
     */
    public record Run(double factor, Noise noise, PathEnsemble.Result result) {}

    /**
     * The analysis.
     *
     * @param noise the spec's noise (factor 1)
     * @param start the start of every path, reduced coordinates
     * @param time the horizon T
     * @param settings paths, dt, scheme, seed, samples and kept paths of every ensemble
     * @param runs one ensemble per factor of {@link #FACTORS}, in that order
     * @param verdicts the stochastic stability of every vertex under the spec's noise, in the vertex
     *     table's order
     */
    public record Result(
            Noise noise,
            double[] start,
            double time,
            PathEnsemble.Settings settings,
            List<Run> runs,
            List<VertexStochasticStability.Verdict> verdicts) {
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

        /**
         * The ensemble of one factor.
         *
         * @param factor a factor of {@link #FACTORS}
         * @return its run
         * @throws IllegalArgumentException for any other factor
         */
        public Run run(double factor) {
            for (Run r : runs) {
                if (Double.compare(r.factor(), factor) == 0) {
                    return r;
                }
            }
            throw new IllegalArgumentException("no ensemble at factor " + factor);
        }

        /** {@return the ensemble of the spec's noise (factor 1)} */
        public Run base() {
            return run(1.0);
        }
    }

    /**
     * The barycentre of every population's simplex.
     *
     * @param game the game
     * @return 1/n<sub>k</sub> for every reduced coordinate of population k
     */
    public static double[] barycentre(Game game) {
        double[] x = new double[game.dimension()];
        for (int k = 0; k < game.populations().size(); k++) {
            int n = game.populations().get(k).size();
            for (int i = 0; i < n - 1; i++) {
                x[game.offset(k) + i] = 1.0 / n;
            }
        }
        return x;
    }

    /**
     * Runs the ensembles.
     *
     * @param bound the game at its parameter point
     * @param table the replicator's vertex table of the same bound game
     * @param noise the spec's noise
     * @param time the horizon T
     * @param paths the number of paths of every ensemble
     * @param dt the largest step
     * @param scheme the scheme
     * @param seed the seed of every ensemble's streams
     * @param samples the number of sample times (at most {@link #MAX_SAMPLES} are used)
     * @param threads worker threads; the result does not depend on it
     * @return the analysis
     * @throws org.egt4j.ModelException when the noise does not fit the game or the settings are unusable
     */
    public static Result of(
            BoundGame bound,
            VertexTable table,
            Noise noise,
            double time,
            int paths,
            double dt,
            Scheme scheme,
            long seed,
            int samples,
            int threads) {
        return of(bound, table, noise, barycentre(bound.game()), time, paths, dt, scheme, seed, samples, threads);
    }

    /**
     * Checks the ensembles of {@link #of(BoundGame, VertexTable, Noise, double[], double, int, double,
     * Scheme, long, int, int)} against the default budgets of {@link PathEnsemble} without running them,
     * so that a report refuses an oversized stochastic section before any of its work starts.
     *
     * @param bound the game at its parameter point
     * @param noise the spec's noise
     * @param start the start of every path, reduced coordinates
     * @param time the horizon T
     * @param paths the number of paths of every ensemble
     * @param dt the largest step
     * @param scheme the scheme
     * @param samples the number of sample times (at most {@link #MAX_SAMPLES} are used)
     * @throws org.egt4j.ModelException when the settings are unusable or an ensemble is over a budget
     */
    public static void check(
            BoundGame bound,
            Noise noise,
            double[] start,
            double time,
            int paths,
            double dt,
            Scheme scheme,
            int samples) {
        PathEnsemble.paths(
                ReplicatorSde.of(bound, noise),
                start,
                time,
                new PathEnsemble.Settings(
                        paths, Math.min(dt, time), scheme, 0, Math.min(samples, MAX_SAMPLES), KEPT_PATHS));
    }

    /**
     * Runs the ensembles from a given start.
     *
     * @param bound the game at its parameter point
     * @param table the replicator's vertex table of the same bound game
     * @param noise the spec's noise
     * @param start the start of every path, reduced coordinates
     * @param time the horizon T
     * @param paths the number of paths of every ensemble
     * @param dt the largest step
     * @param scheme the scheme
     * @param seed the seed of every ensemble's streams
     * @param samples the number of sample times (at most {@link #MAX_SAMPLES} are used)
     * @param threads worker threads; the result does not depend on it
     * @return the analysis
     * @throws org.egt4j.ModelException when the noise does not fit the game or the settings are unusable
     */
    public static Result of(
            BoundGame bound,
            VertexTable table,
            Noise noise,
            double[] start,
            double time,
            int paths,
            double dt,
            Scheme scheme,
            long seed,
            int samples,
            int threads) {
        PathEnsemble.Settings settings = new PathEnsemble.Settings(
                paths, Math.min(dt, time), scheme, seed, Math.min(samples, MAX_SAMPLES), KEPT_PATHS);
        List<Run> runs = new ArrayList<>();
        ReplicatorSde base = null;
        for (double factor : FACTORS) {
            Noise scaled = Double.compare(factor, 1.0) == 0 ? noise : noise.scaled(factor);
            ReplicatorSde sde = ReplicatorSde.of(bound, scaled);
            if (Double.compare(factor, 1.0) == 0) {
                base = sde;
            }
            runs.add(new Run(factor, scaled, PathEnsemble.run(sde, start, time, settings, threads)));
        }
        return new Result(noise, start, time, settings, List.copyOf(runs), VertexStochasticStability.of(table, base));
    }
}
