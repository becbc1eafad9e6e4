package org.egt4j.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.egt4j.dynamics.Dynamics;
import org.egt4j.dynamics.ExactPaths;
import org.egt4j.dynamics.VectorField;
import org.egt4j.game.BoundGame;
import org.egt4j.game.Game;
import org.egt4j.game.Parameter;
import org.egt4j.ode.SolverSettings;
import org.egt4j.parallel.IndexRangeExecutor;
import org.egt4j.parallel.IndexedWork;
import org.egt4j.stability.RestPoint;
import org.egt4j.stability.StabilityAnalysis;
import org.egt4j.stability.VertexTable;

/**
 * The indexed parts of a {@link FullAnalysis}, each an {@link IndexedWork} named by {@link #parts()}:
 * {@code trajectories} (the initial grid), {@code sensitivity:NAME} per varied parameter, {@code map}
 * (the stability map's cells) and {@code basins} (one item per Monte Carlo start). They are built
 * deterministically from the bound game, the dynamic and the settings alone, so that an executor on
 * another machine that rebuilds this object from the same spec text, parameters and settings gets
 * the same parts with the same items: that is what lets a {@link IndexRangeExecutor} ship indices
 * instead of compiled fields. {@link FullAnalysis#of(BoundGame, Dynamics, AnalysisSettings,
 * IndexRangeExecutor, java.util.function.Consumer)} runs every part on an executor and assembles the
 * results in index order.
 */
public final class AnalysisWork {

    /** The part of the initial grid's trajectories. */
    public static final String TRAJECTORIES = "trajectories";

    /** The prefix of a sensitivity part, followed by the parameter's name. */
    public static final String SENSITIVITY = "sensitivity:";

    /** The part of the stability map's cells. */
    public static final String MAP = MapWork.PART;

    /** The part of the basin estimate's starts. */
    public static final String BASINS = BasinWork.PART;

    private final BoundGame bound;
    private final Dynamics dynamics;
    private final AnalysisSettings settings;
    private final StabilityAnalysis stability;
    private final SolverSettings solver;
    private final VectorField field;
    private final List<double[]> gridStarts;
    /** The varied parameters in the settings' order (a name given twice is run twice, as before). */
    private final List<Map.Entry<String, double[]>> sensitivityValues = new ArrayList<>();

    private final Map<String, IndexedWork<?, ?>> parts = new LinkedHashMap<>();
    private final List<String> mapAxes;
    private final List<double[]> mapRanges;
    private final List<RestPoint> attractors;
    private final VertexTable mapTable;

    private AnalysisWork(BoundGame bound, Dynamics dynamics, AnalysisSettings s, StabilityAnalysis stability) {
        this.bound = bound;
        this.dynamics = dynamics;
        this.settings = s;
        this.stability = stability;
        Game game = bound.game();
        this.solver = AnalysisSolver.of(s, dynamics);
        this.field = dynamics.field(bound);
        this.gridStarts = InitialGrid.of(game, s.levels(), s.gridCap());
        parts.put(
                TRAJECTORIES,
                new TrajectoryWork(
                        TRAJECTORIES,
                        List.of(field),
                        dynamics.exactPaths(bound).stream().toList(),
                        gridStarts,
                        s.time(),
                        s.samples(),
                        solver));
        double[] centre = FullAnalysis.centre(game);
        for (String name : variedParameters(game, s)) {
            double[] range = FullAnalysis.range(
                    parameter(game, name), bound.parameterValues().get(name));
            double[] values = new double[s.sensitivityValues()];
            List<VectorField> fields = new ArrayList<>();
            List<ExactPaths> paths = new ArrayList<>();
            for (int i = 0; i < values.length; i++) {
                values[i] = range[0] + (range[1] - range[0]) * i / (values.length - 1);
                Map<String, Double> point = new HashMap<>(bound.parameterValues());
                point.put(name, values[i]);
                BoundGame at = game.bind(point);
                fields.add(dynamics.field(at));
                dynamics.exactPaths(at).ifPresent(paths::add);
            }
            sensitivityValues.add(Map.entry(name, values));
            parts.put(
                    SENSITIVITY + name,
                    new TrajectoryWork(
                            SENSITIVITY + name, fields, paths, List.of(centre), s.time(), s.samples(), solver));
        }
        List<String> axes = mapAxes(game, s);
        // the replicator's table, or the same exact vertex conditions for a dynamic whose stable vertices they
        // decide (Maynard Smith, Smith, BNN, projection, best response)
        VertexTable table = axes.size() != 2 || !dynamics.hasVertexRegimes()
                ? null
                : dynamics.hasVertexTable() ? stability.vertices() : VertexTable.of(bound);
        if (table != null) {
            this.mapAxes = List.copyOf(axes);
            List<double[]> ranges = new ArrayList<>();
            for (String a : axes) {
                Parameter p = parameter(game, a);
                ranges.add(FullAnalysis.range(p, bound.parameterValues().get(p.name())));
            }
            this.mapRanges = List.copyOf(ranges);
            parts.put(
                    MAP,
                    new MapWork(
                            game,
                            bound.parameterValues(),
                            table,
                            axes.get(0),
                            ranges.get(0),
                            axes.get(1),
                            ranges.get(1),
                            s.mapResolution()));
        } else {
            this.mapAxes = List.of();
            this.mapRanges = List.of();
        }
        this.mapTable = table;
        this.attractors = BasinEstimate.attractors(stability);
        if (s.basinSamples() > 0) {
            parts.put(
                    BASINS,
                    new BasinWork(
                            field,
                            dynamics.exactPaths(bound).orElse(null),
                            game,
                            attractors,
                            s.basinSamples(),
                            s.seed(),
                            s.basinTime(),
                            solver));
        }
    }

    /**
     * The parts of an analysis, with its stability analysis computed here.
     *
     * @param bound the game at its base parameter point
     * @param dynamics the dynamic every part integrates
     * @param settings what to compute
     * @return the parts
     */
    public static AnalysisWork of(BoundGame bound, Dynamics dynamics, AnalysisSettings settings) {
        return of(bound, dynamics, settings, StabilityAnalysis.of(bound, dynamics));
    }

    /**
     * The parts of an analysis whose stability analysis is at hand (it gives the attractors and the
     * vertex table).
     *
     * @param bound the game at its base parameter point
     * @param dynamics the dynamic every part integrates
     * @param settings what to compute
     * @param stability {@code StabilityAnalysis.of(bound, dynamics)}
     * @return the parts
     */
    public static AnalysisWork of(
            BoundGame bound, Dynamics dynamics, AnalysisSettings settings, StabilityAnalysis stability) {
        return new AnalysisWork(bound, dynamics, settings, stability);
    }

    /** {@return the names of the parts, in the order a full analysis runs them} */
    public List<String> parts() {
        return List.copyOf(parts.keySet());
    }

    /**
     * One part by name.
     *
     * @param name one of {@link #parts()}
     * @return the part
     * @throws IllegalArgumentException when this analysis has no such part
     */
    public IndexedWork<?, ?> part(String name) {
        IndexedWork<?, ?> w = parts.get(name);
        if (w == null) {
            throw new IllegalArgumentException("this analysis has no part '" + name + "'; its parts are " + parts());
        }
        return w;
    }

    /** {@return the stability analysis} */
    public StabilityAnalysis stability() {
        return stability;
    }

    /**
     * Runs every part on an executor and assembles the results, in index order.
     *
     * @param executor where the items run
     * @param progress told the name of each phase as it starts
     * @return the full analysis
     */
    FullAnalysis run(IndexRangeExecutor executor, java.util.function.Consumer<String> progress) {
        Game game = bound.game();
        AnalysisSettings s = settings;
        progress.accept("trajectories");
        TrajectorySet grid = trajectories(
                executor.map(typed(TRAJECTORIES)), gridStarts, Collections.nCopies(gridStarts.size(), null), s);
        progress.accept("sensitivity");
        List<FullAnalysis.Sensitivity> sensitivity = new ArrayList<>();
        double[] centre = FullAnalysis.centre(game);
        for (Map.Entry<String, double[]> e : sensitivityValues) {
            double[] values = e.getValue();
            List<String> labels = new ArrayList<>();
            for (double v : values) {
                labels.add(e.getKey() + " = " + FullAnalysis.format(v));
            }
            List<double[][]> states = executor.map(typed(SENSITIVITY + e.getKey()));
            sensitivity.add(new FullAnalysis.Sensitivity(
                    e.getKey(), values, trajectories(states, Collections.nCopies(values.length, centre), labels, s)));
        }
        StabilityMap map = null;
        if (parts.containsKey(MAP)) {
            progress.accept("stability map");
            List<Integer> cells = executor.map(typed(MAP));
            int[] flat = new int[cells.size()];
            for (int k = 0; k < flat.length; k++) {
                flat[k] = cells.get(k);
            }
            map = StabilityMap.assemble(
                    bound,
                    mapTable,
                    mapAxes.get(0),
                    mapRanges.get(0),
                    mapAxes.get(1),
                    mapRanges.get(1),
                    s.mapResolution(),
                    flat);
        }
        BasinEstimate basins = null;
        if (parts.containsKey(BASINS)) {
            progress.accept("basins");
            // counted per range where the starts run: the driver holds one count per attractor, not per start
            basins = BasinEstimate.fromCounts(
                    game,
                    BasinEstimate.shares(attractors),
                    executor.<Object>count(typed(BASINS), attractors.size()),
                    s.seed(),
                    s.basinTime());
        }
        FieldSamples phaseField = game.dimension() == 2 && game.populations().size() == 2
                ? FieldSamples.grid(field, FieldSamples.RESOLUTION)
                : null;
        return new FullAnalysis(stability, s, grid, List.copyOf(sensitivity), map, basins, phaseField);
    }

    private static TrajectorySet trajectories(
            List<double[][]> states, List<double[]> starts, List<String> labels, AnalysisSettings s) {
        List<String> l = new ArrayList<>();
        for (int i = 0; i < states.size(); i++) {
            l.add(labels.get(i) == null ? "run " + (i + 1) : labels.get(i));
        }
        return new TrajectorySet(
                TrajectorySet.times(s.time(), s.samples()),
                List.copyOf(starts),
                List.copyOf(l),
                states.toArray(new double[0][][]));
    }

    @SuppressWarnings("unchecked")
    private <S, R> IndexedWork<S, R> typed(String name) {
        return (IndexedWork<S, R>) parts.get(name);
    }

    /** The stability map's axes: the settings', else the first two parameters with ranges (fewer if none). */
    static List<String> mapAxes(Game game, AnalysisSettings s) {
        List<String> axes = new ArrayList<>(s.mapAxes());
        if (axes.isEmpty()) {
            for (Parameter p : game.parameters()) {
                if (p.hasRange() && p.min() < p.max() && axes.size() < 2) {
                    axes.add(p.name());
                }
            }
        }
        return axes;
    }

    /** The parameters varied for sensitivity: the settings', else the first with a range, else the first. */
    private static List<String> variedParameters(Game game, AnalysisSettings s) {
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
        return varied;
    }

    private static Parameter parameter(Game game, String name) {
        return game.parameters().stream()
                .filter(p -> p.name().equals(name))
                .findFirst()
                .orElseThrow();
    }
}
