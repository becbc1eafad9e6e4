package org.egt4j.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.egt4j.dynamics.Dynamics;
import org.egt4j.dynamics.ReplicatorDynamics;
import org.egt4j.dynamics.VectorField;
import org.egt4j.game.BoundGame;
import org.egt4j.game.Game;
import org.egt4j.game.Parameter;
import org.egt4j.ode.SolverSettings;
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
    public record Sensitivity(String parameter, double[] values, TrajectorySet trajectories) {}

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
        Game game = bound.game();
        SolverSettings solver = SolverSettings.DEFAULT.withTolerances(s.rtol(), s.atol());
        progress.accept("stability");
        StabilityAnalysis stability = StabilityAnalysis.of(bound, dynamics);
        progress.accept("trajectories");
        VectorField field = dynamics.field(bound);
        TrajectorySet grid = TrajectorySet.fromStarts(
                field, InitialGrid.of(game, s.levels(), s.gridCap()), s.time(), s.samples(), solver, threads);
        List<String> varied = new ArrayList<>(s.sensitivity());
        if (varied.isEmpty()) {
            for (Parameter p : game.parameters()) {
                if (p.hasRange() && p.min() < p.max()) {
                    varied.add(p.name());
                    break;
                }
            }
            if (varied.isEmpty() && !game.parameters().isEmpty()) {
                varied.add(game.parameters().get(0).name());
            }
        }
        progress.accept("sensitivity");
        List<Sensitivity> sensitivity = new ArrayList<>();
        double[] centre = centre(game);
        for (String name : varied) {
            double[] range = range(
                    game.parameters().stream()
                            .filter(p -> p.name().equals(name))
                            .findFirst()
                            .orElseThrow(),
                    bound.parameterValues().get(name));
            double[] values = new double[s.sensitivityValues()];
            List<VectorField> fields = new ArrayList<>();
            List<String> labels = new ArrayList<>();
            for (int i = 0; i < values.length; i++) {
                values[i] = range[0] + (range[1] - range[0]) * i / (values.length - 1);
                Map<String, Double> point = new HashMap<>(bound.parameterValues());
                point.put(name, values[i]);
                fields.add(dynamics.field(game.bind(point)));
                labels.add(name + " = " + format(values[i]));
            }
            sensitivity.add(new Sensitivity(
                    name,
                    values,
                    TrajectorySet.fromFields(fields, labels, centre, s.time(), s.samples(), solver, threads)));
        }
        List<String> axes = new ArrayList<>(s.mapAxes());
        if (axes.isEmpty()) {
            for (Parameter p : game.parameters()) {
                if (p.hasRange() && p.min() < p.max() && axes.size() < 2) {
                    axes.add(p.name());
                }
            }
        }
        StabilityMap map = null;
        if (axes.size() == 2 && dynamics.hasVertexTable()) {
            progress.accept("stability map");
            Parameter px = parameter(game, axes.get(0));
            Parameter py = parameter(game, axes.get(1));
            map = StabilityMap.of(
                    bound,
                    stability.vertices(),
                    px.name(),
                    range(px, bound.parameterValues().get(px.name())),
                    py.name(),
                    range(py, bound.parameterValues().get(py.name())),
                    s.mapResolution());
        }
        BasinEstimate basins = null;
        if (s.basinSamples() > 0) {
            progress.accept("basins");
            basins = BasinEstimate.of(bound, stability, s.basinSamples(), s.seed(), s.basinTime(), solver, threads);
        }
        FieldSamples phaseField = game.dimension() == 2 && game.populations().size() == 2
                ? FieldSamples.grid(field, FieldSamples.RESOLUTION)
                : null;
        return new FullAnalysis(stability, s, grid, List.copyOf(sensitivity), map, basins, phaseField);
    }

    private static Parameter parameter(Game game, String name) {
        return game.parameters().stream()
                .filter(p -> p.name().equals(name))
                .findFirst()
                .orElseThrow();
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
