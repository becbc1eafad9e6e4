package org.egt4j.analysis;

import java.util.ArrayList;
import java.util.List;
import org.egt4j.dynamics.Dynamics;
import org.egt4j.game.BoundGame;
import org.egt4j.ode.SolverSettings;
import org.egt4j.stability.StabilityAnalysis;

/**
 * Several dynamics on the same game from the same starts: for each dynamic the trajectories from the
 * analysis' initial grid ({@link InitialGrid}; time, samples and tolerances of the settings, the same
 * integration as {@code simulate --dynamics X --rtol R --atol A}) and its stability analysis (rest
 * points with their verdicts). The data of the report's comparison figure, CSV files and table.
 *
 * @param dynamics the dynamics compared, in the order given
 * @param trajectories per dynamic, the trajectories from the common starts
 * @param stability per dynamic, its rest points and verdicts
 */
public record DynamicsComparison(
        List<Dynamics> dynamics, List<TrajectorySet> trajectories, List<StabilityAnalysis> stability) {

    /**
     * Copies the lists.
     *
     * @param dynamics the dynamics compared
     * @param trajectories per dynamic, the trajectories from the common starts
     * @param stability per dynamic, its stability analysis
     */
    public DynamicsComparison {
        dynamics = List.copyOf(dynamics);
        trajectories = List.copyOf(trajectories);
        stability = List.copyOf(stability);
    }

    /**
     * Integrates and analyses every dynamic.
     *
     * @param bound the game at its parameter point
     * @param dynamics the dynamics to compare
     * @param s the analysis settings: starts (levels, grid cap), time, samples, rtol and atol
     * @param threads worker threads; the result does not depend on it
     * @return the comparison
     */
    public static DynamicsComparison of(BoundGame bound, List<Dynamics> dynamics, AnalysisSettings s, int threads) {
        List<double[]> starts = InitialGrid.of(bound.game(), s.levels(), s.gridCap());
        List<TrajectorySet> runs = new ArrayList<>();
        List<StabilityAnalysis> verdicts = new ArrayList<>();
        for (Dynamics d : dynamics) {
            SolverSettings solver = AnalysisSolver.of(s, d);
            java.util.Optional<org.egt4j.dynamics.ExactPaths> exact = d.exactPaths(bound);
            runs.add(
                    exact.isPresent()
                            ? TrajectorySet.fromExactPaths(exact.get(), starts, s.time(), s.samples())
                            : TrajectorySet.fromStarts(d.field(bound), starts, s.time(), s.samples(), solver, threads));
            verdicts.add(StabilityAnalysis.of(bound, d));
        }
        return new DynamicsComparison(dynamics, runs, verdicts);
    }
}
