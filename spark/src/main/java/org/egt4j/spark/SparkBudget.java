package org.egt4j.spark;

import java.util.Locale;
import org.egt4j.ModelException;
import org.egt4j.analysis.AnalysisBudget;
import org.egt4j.analysis.AnalysisSettings;
import org.egt4j.game.Game;
import org.egt4j.sde.PathEnsemble;

/**
 * The budgets of a Spark plan, checked on the driver before the context runs any task: those of the
 * full report ({@link AnalysisBudget}: trajectory values, map cells, basin starts), the starts of a
 * basin map (cells × starts per cell) and the steps of an SDE ensemble (paths × steps). A plan over a
 * budget is refused with the size asked, the budget and the flag ({@code --budget KIND=N} of the
 * job's {@link Main}) that changes it.
 *
 * @param analysis the budgets of the full report
 * @param basinMapStarts the most starts of a basin map, cells × starts (default {@value
 *     #DEFAULT_BASIN_MAP_STARTS}, the 200 × 200 × 10⁴ map)
 * @param pathSteps the most steps of an SDE ensemble, paths × steps (default and most {@value
 *     PathEnsemble#MAX_PATH_STEPS}, the ensemble's own limit)
 */
public record SparkBudget(AnalysisBudget analysis, long basinMapStarts, long pathSteps) {

    /** Default budget of basin-map starts: 200 × 200 cells of 10⁴ starts. */
    public static final long DEFAULT_BASIN_MAP_STARTS = 400_000_000L;

    /** The defaults. */
    public static final SparkBudget DEFAULT =
            new SparkBudget(AnalysisBudget.DEFAULT, DEFAULT_BASIN_MAP_STARTS, PathEnsemble.MAX_PATH_STEPS);

    /**
     * Checks the limits.
     *
     * @param analysis the budgets of the full report
     * @param basinMapStarts the most starts of a basin map
     * @param pathSteps the most steps of an SDE ensemble
     */
    public SparkBudget {
        if (basinMapStarts < 1 || pathSteps < 1 || pathSteps > PathEnsemble.MAX_PATH_STEPS) {
            throw new IllegalArgumentException(
                    "budgets must be at least 1 (path steps at most " + PathEnsemble.MAX_PATH_STEPS + ")");
        }
    }

    /**
     * This budget with one kind changed, as {@code --budget KIND=N} asks: {@code values}, {@code
     * map-cells}, {@code basin-starts} (the full report's), {@code basin-map-starts} or {@code
     * path-steps}.
     *
     * @param assignment {@code KIND=N}
     * @return the changed budget
     * @throws ModelException for an unknown kind or a limit that is not a whole number from 1
     */
    public SparkBudget with(String assignment) {
        org.egt4j.BudgetAssignment read = org.egt4j.BudgetAssignment.parse(assignment);
        String kind = read.kind();
        if (!kind.equals("basin-map-starts") && !kind.equals("path-steps")) {
            try {
                return new SparkBudget(analysis.with(assignment), basinMapStarts, pathSteps);
            } catch (ModelException e) {
                if (e.problem().contains("there is no budget")) {
                    throw new ModelException(
                            e.problem(),
                            "the budgets of a Spark run are values, map-cells, basin-starts, basin-map-starts and"
                                    + " path-steps");
                }
                throw e;
            }
        }
        long limit = read.limit();
        if (limit < 1) {
            throw new ModelException(
                    "--budget " + assignment + " is not KIND=N with a whole number N >= 1",
                    "write e.g. --budget " + kind + "=1000000000");
        }
        if (kind.equals("path-steps")) {
            if (limit > PathEnsemble.MAX_PATH_STEPS) {
                throw new ModelException(
                        "--budget " + assignment + " is over the SDE ensemble's own limit of "
                                + PathEnsemble.MAX_PATH_STEPS + " path steps",
                        "give at most " + PathEnsemble.MAX_PATH_STEPS + ", or split the ensemble into runs with"
                                + " different seeds");
            }
            return new SparkBudget(analysis, basinMapStarts, limit);
        }
        return new SparkBudget(analysis, limit, pathSteps);
    }

    /**
     * Refuses a basin map over the budget.
     *
     * @param game the game
     * @param s the settings (mapResolution² cells, basins starts each)
     * @throws ModelException naming the size asked, the budget and the flag
     */
    public void checkBasinMap(Game game, AnalysisSettings s) {
        double cells = (double) s.mapResolution() * s.mapResolution();
        double starts = cells * s.basinSamples();
        if (starts > basinMapStarts) {
            throw new ModelException(
                    String.format(
                            Locale.ROOT,
                            "the basin map of %s asks for %d x %d cells x %d starts = %.0f starts, over the budget of %d"
                                    + " basin-map starts",
                            game.name(),
                            s.mapResolution(),
                            s.mapResolution(),
                            s.basinSamples(),
                            starts,
                            basinMapStarts),
                    String.format(
                            Locale.ROOT,
                            "ask for a smaller mapResolution or fewer basins in the spec's analysis block, or raise"
                                    + " the budget with --budget basin-map-starts=%.0f",
                            starts));
        }
    }

    /**
     * Refuses an SDE ensemble over the budget, counting steps as {@link PathEnsemble} takes them (m =
     * ⌈Δ/dt⌉ steps per sample interval Δ = T/(K − 1)).
     *
     * @param s the ensemble's settings (paths, dt, samples K)
     * @param horizon the end time T
     * @throws ModelException naming the size asked, the budget and the flag
     */
    public void checkPaths(PathEnsemble.Settings s, double horizon) {
        if (!(s.dt() > 0) || s.samples() < 2 || !(horizon > 0)) {
            return; // the ensemble refuses these itself, with its own message
        }
        long m = Math.max(1, (long) Math.ceil(horizon / (s.samples() - 1) / s.dt() * (1 - 1e-12)));
        double steps = (double) m * (s.samples() - 1);
        double asked = s.paths() * steps;
        if (asked > pathSteps) {
            throw new ModelException(
                    String.format(
                            Locale.ROOT,
                            "the ensemble asks for %d paths x %.0f steps = %.0f path steps, over the budget of %d path"
                                    + " steps",
                            s.paths(),
                            steps,
                            asked,
                            pathSteps),
                    String.format(
                            Locale.ROOT,
                            "ask for fewer paths, a larger dt or a shorter time, or raise the budget with --budget"
                                    + " path-steps=%.0f (at most %d)",
                            asked,
                            PathEnsemble.MAX_PATH_STEPS));
        }
    }
}
