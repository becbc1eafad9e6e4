package org.egt4j.analysis;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.egt4j.ModelException;
import org.egt4j.dynamics.Dynamics;
import org.egt4j.dynamics.VectorField;
import org.egt4j.game.BoundGame;
import org.egt4j.game.Game;
import org.egt4j.game.Parameter;
import org.egt4j.ode.SolverSettings;
import org.egt4j.parallel.IndexRangeExecutor;
import org.egt4j.parallel.IndexedWork;
import org.egt4j.stability.RestPoint;
import org.egt4j.stability.StabilityAnalysis;

/**
 * A basin map: the {@link BasinEstimate} at every point of a two-parameter grid, the parameter sweep
 * of the "200 × 200 points × 10⁴ starts" kind. The grid is the stability map's (the settings' {@code
 * mapAxes}, else the first two parameters with ranges; {@code mapResolution} points per axis; cell
 * k = j·r + i at (x<sub>i</sub>, y<sub>j</sub>)), and each cell runs {@code basinSamples} starts with
 * time limit {@code basinTime}. Cell k's attractors are the asymptotically stable rest points of its
 * own stability analysis, and its start s draws from {@code RandomStreams.stream(seed, k·S + s)}
 * (S starts per cell), a global index of the (cell, start) space: the map is a pure function of the
 * game, the dynamic and the settings, whatever executor computes it.
 *
 * <p>The indexed items are the cells ({@link #work}): an item runs its cell's stability analysis and
 * integrates its starts, and its result is integers (the counts per attractor) and the attractors'
 * shares, a few numbers per cell however many starts it has. So an executor on other machines ships
 * O(cells) numbers back, and the driver reduces nothing in floating point.
 *
 * @param xName the first axis' parameter
 * @param xs its grid values
 * @param yName the second axis' parameter
 * @param ys its grid values
 * @param cells the estimate at each cell, k = j·xs.length + i
 * @param startsPerCell the Monte Carlo starts of each cell
 * @param seed the seed of the starts
 * @param timeLimit the integration time limit of each start
 */
public record BasinMap(
        String xName,
        double[] xs,
        String yName,
        double[] ys,
        List<BasinEstimate> cells,
        int startsPerCell,
        long seed,
        double timeLimit) {

    /** The part's name (for executors that rebuild work by name). */
    public static final String PART = "basin-map";

    /**
     * Copies the arrays and the list.
     *
     * @param xName the first axis' parameter
     * @param xs its grid values
     * @param yName the second axis' parameter
     * @param ys its grid values
     * @param cells the estimate at each cell, k = j·xs.length + i
     * @param startsPerCell the Monte Carlo starts of each cell
     * @param seed the seed of the starts
     * @param timeLimit the integration time limit of each start
     */
    public BasinMap {
        xs = xs.clone();
        ys = ys.clone();
        cells = List.copyOf(cells);
    }

    /** {@return the first axis' grid values (a copy)} */
    @Override
    public double[] xs() {
        return xs.clone();
    }

    /** {@return the second axis' grid values (a copy)} */
    @Override
    public double[] ys() {
        return ys.clone();
    }

    /**
     * One cell's result as it crosses from an executor: plain serializable data.
     *
     * @param attractors the shares of each attractor of the cell (its asymptotically stable rest
     *     points, in the stability analysis' order)
     * @param counts the starts reaching each attractor, then the starts reaching none
     * @serial exclude (Java serialization carries it from executors to the driver within one release;
     *     it is no archival format)
     */
    public record CellCounts(double[][][] attractors, long[] counts) implements Serializable {

        private static final long serialVersionUID = 1L;

        @Override
        public String toString() {
            return org.egt4j.Show.record(this);
        }
    }

    /**
     * The map's cells as indexed work, built deterministically from the game, the dynamic and the
     * settings.
     *
     * @param bound the game at its base parameter point (the axes' values vary, the others stay)
     * @param dynamics the dynamic integrated
     * @param settings the grid (map axes, resolution), starts per cell, time limit, seed, tolerances
     * @return the work, one item per cell
     * @throws ModelException when there are not two axes or no starts
     */
    public static IndexedWork<Void, CellCounts> work(BoundGame bound, Dynamics dynamics, AnalysisSettings settings) {
        return new Cells(bound, dynamics, settings);
    }

    /**
     * Computes the map on an executor: the cells are its items, the driver builds each cell's
     * estimate from its counts.
     *
     * @param bound the game at its base parameter point
     * @param dynamics the dynamic integrated
     * @param settings the grid, starts per cell, time limit, seed, tolerances
     * @param executor where the cells run ({@code IndexRangeExecutor.local(threads)} on this machine)
     * @return the map, the same for any executor
     * @throws ModelException when there are not two axes or no starts
     */
    public static BasinMap of(
            BoundGame bound, Dynamics dynamics, AnalysisSettings settings, IndexRangeExecutor executor) {
        Cells work = new Cells(bound, dynamics, settings);
        List<CellCounts> results = executor.map(work);
        Game game = bound.game();
        List<BasinEstimate> cells = new ArrayList<>(results.size());
        for (CellCounts c : results) {
            cells.add(BasinEstimate.fromCounts(
                    game, List.of(c.attractors()), c.counts(), settings.seed(), settings.basinTime()));
        }
        return new BasinMap(
                work.xName,
                work.xs,
                work.yName,
                work.ys,
                cells,
                settings.basinSamples(),
                settings.seed(),
                settings.basinTime());
    }

    /** The cells: item k binds the game at cell k, analyses it and counts its starts. */
    private static final class Cells implements IndexedWork<Void, CellCounts> {
        private final BoundGame bound;
        private final Dynamics dynamics;
        private final AnalysisSettings settings;
        private final SolverSettings solver;
        private final String xName;
        private final double[] xs;
        private final String yName;
        private final double[] ys;

        Cells(BoundGame bound, Dynamics dynamics, AnalysisSettings s) {
            Game game = bound.game();
            List<String> axes = AnalysisWork.mapAxes(game, s);
            if (axes.size() != 2) {
                throw new ModelException(
                        "a basin map needs two parameters to vary, and " + game.name() + " has "
                                + (axes.isEmpty() ? "none" : "only " + axes.get(0)) + " with a range",
                        "name them in the spec's analysis block (map: [A, B]) or give two parameters a min and max");
            }
            if (s.basinSamples() < 1) {
                throw new ModelException(
                        "a basin map needs starts in every cell, and the analysis block asks for basins: 0",
                        "give basins: N (starts per cell), e.g. basins: 1000");
            }
            this.bound = bound;
            this.dynamics = dynamics;
            this.settings = s;
            this.solver = AnalysisSolver.of(s, dynamics);
            this.xName = axes.get(0);
            this.yName = axes.get(1);
            this.xs = StabilityMap.grid(range(game, bound, xName), s.mapResolution());
            this.ys = StabilityMap.grid(range(game, bound, yName), s.mapResolution());
        }

        private static double[] range(Game game, BoundGame bound, String name) {
            Parameter p = game.parameters().stream()
                    .filter(q -> q.name().equals(name))
                    .findFirst()
                    .orElseThrow(() -> new ModelException(
                            "the map axis '" + name + "' is not a parameter of " + game.name(),
                            "name parameters of the spec in map: [A, B]"));
            return FullAnalysis.range(p, bound.parameterValues().get(name));
        }

        @Override
        public String part() {
            return PART;
        }

        @Override
        public int size() {
            return xs.length * ys.length;
        }

        @Override
        public Void newState() {
            return null;
        }

        @Override
        public CellCounts compute(Void none, int index) {
            Game game = bound.game();
            Map<String, Double> point = new HashMap<>(bound.parameterValues());
            point.put(xName, xs[index % xs.length]);
            point.put(yName, ys[index / xs.length]);
            BoundGame cell = game.bind(point);
            StabilityAnalysis stability = StabilityAnalysis.of(cell, dynamics);
            List<RestPoint> stable = BasinEstimate.attractors(stability);
            VectorField field = dynamics.field(cell);
            int starts = settings.basinSamples();
            BasinWork starts0 = new BasinWork(
                    field,
                    dynamics.exactPaths(cell).orElse(null),
                    game,
                    stable,
                    starts,
                    settings.seed(),
                    (long) index * starts,
                    settings.basinTime(),
                    solver);
            BasinWork.Worker worker = starts0.newState();
            long[] counts = new long[stable.size() + 1];
            for (int s = 0; s < starts; s++) {
                int reached = starts0.compute(worker, s);
                counts[reached < 0 ? stable.size() : reached]++;
            }
            double[][][] shares = new double[stable.size()][][];
            for (int a = 0; a < shares.length; a++) {
                shares[a] = stable.get(a).shares();
            }
            return new CellCounts(shares, counts);
        }
    }

    @Override
    public String toString() {
        return org.egt4j.Show.record(this);
    }
}
