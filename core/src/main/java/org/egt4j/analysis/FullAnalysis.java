package org.egt4j.analysis;

import java.util.List;
import java.util.function.Consumer;
import org.egt4j.dynamics.Dynamics;
import org.egt4j.dynamics.ReplicatorDynamics;
import org.egt4j.game.BoundGame;
import org.egt4j.game.Game;
import org.egt4j.game.Parameter;
import org.egt4j.parallel.IndexRangeExecutor;
import org.egt4j.stability.StabilityAnalysis;

/**
 * Everything {@code egt4j analyze --out} reports: the stability analysis, trajectories from the
 * initial grid, parameter sensitivity, the stability map and basins, computed with the given
 * settings (defaults resolved and recorded here).
 *
 * @param stability the stability analysis
 * @param settings the settings used
 * @param grid trajectories from the initial grid
 * @param sensitivity one trajectory set per varied parameter
 * @param map the stability map, or null when fewer than two parameters can vary
 * @param basins the basin estimate, or null when disabled
 * @param phaseField the field sampled for the phase portrait's arrows (two-population games with two
 *     strategies each), else null
 */
public record FullAnalysis(
        StabilityAnalysis stability,
        AnalysisSettings settings,
        TrajectorySet grid,
        List<Sensitivity> sensitivity,
        StabilityMap map,
        BasinEstimate basins,
        FieldSamples phaseField) {

    /**
     * Trajectories from one start under several values of one parameter.
     *
     * @param parameter its name
     * @param values the values
     * @param trajectories one per value
     */
    public record Sensitivity(String parameter, double[] values, TrajectorySet trajectories) {
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
     * Runs everything under the replicator dynamics.
     *
     * @param threads worker threads for ensembles
     * @param progress told the name of each phase as it starts (may be a no-op)
     * @param bound the game at its base parameter point
     * @param s what to compute: time horizon, starts, sweeps, map, basins, tolerances
     * @return the stability analysis, trajectories, sensitivities, stability map and basins
     */
    public static FullAnalysis of(BoundGame bound, AnalysisSettings s, int threads, Consumer<String> progress) {
        return of(bound, ReplicatorDynamics.INSTANCE, s, threads, progress);
    }

    /**
     * Runs everything under a dynamic. The stability map is drawn from the exact vertex table, so it is
     * computed only for dynamics that have one.
     *
     * @param bound the game at its base parameter point
     * @param dynamics the dynamic whose field every part integrates and analyses
     * @param s what to compute: time horizon, starts, sweeps, map, basins, tolerances
     * @param threads worker threads for ensembles
     * @param progress told the name of each phase as it starts (may be a no-op)
     * @return the stability analysis, trajectories, sensitivities, stability map and basins
     */
    public static FullAnalysis of(
            BoundGame bound, Dynamics dynamics, AnalysisSettings s, int threads, Consumer<String> progress) {
        return of(bound, dynamics, s, IndexRangeExecutor.local(threads), progress);
    }

    /**
     * Runs everything under a dynamic, every indexed part ({@link AnalysisWork}: trajectories,
     * sensitivity, stability map, basins) on the given executor. The result does not depend on the
     * executor: each part's items are pure functions of their indices, assembled in index order.
     *
     * @param bound the game at its base parameter point
     * @param dynamics the dynamic whose field every part integrates and analyses
     * @param s what to compute: time horizon, starts, sweeps, map, basins, tolerances
     * @param executor where the items run ({@link IndexRangeExecutor#local(int)} on this machine)
     * @param progress told the name of each phase as it starts (may be a no-op)
     * @return the stability analysis, trajectories, sensitivities, stability map and basins
     */
    public static FullAnalysis of(
            BoundGame bound,
            Dynamics dynamics,
            AnalysisSettings s,
            IndexRangeExecutor executor,
            Consumer<String> progress) {
        progress.accept("stability");
        StabilityAnalysis stability = StabilityAnalysis.of(bound, dynamics);
        return AnalysisWork.of(bound, dynamics, s, stability).run(executor, progress);
    }

    /** The parameter's range, or ±50% of its value (±1 around 0). */
    static double[] range(Parameter p, double value) {
        if (p.hasRange() && p.min() < p.max()) {
            return new double[] {p.min(), p.max()};
        }
        double half = value == 0 ? 1 : 0.5 * Math.abs(value);
        return new double[] {value - half, value + half};
    }

    /** Every two-strategy population at 0.5, every other at its barycentre. */
    static double[] centre(Game game) {
        double[] x = new double[game.dimension()];
        for (int k = 0; k < game.populations().size(); k++) {
            int n = game.populations().get(k).size();
            for (int i = 0; i < n - 1; i++) {
                x[game.offset(k) + i] = 1.0 / n;
            }
        }
        return x;
    }

    static String format(double v) {
        return org.egt4j.Numbers.shortDecimal(v, 4);
    }
}
