package org.egt4j.analysis;

import java.util.Locale;
import org.egt4j.ModelException;
import org.egt4j.game.Game;

/**
 * The budgets of a full analysis, checked before any work starts: the values its trajectories write
 * (runs × samples × (dimension + 1), the grid's runs plus the sensitivity runs), the cells of the
 * stability map (resolution², a stability analysis each) and the Monte Carlo starts of the basin
 * estimate (an integration each). A request over a budget is refused with the size asked, the budget
 * and how to change it ({@code --budget KIND=N} on the command line).
 *
 * @param values the most trajectory values written (default {@value #DEFAULT_VALUES})
 * @param mapCells the most stability-map cells (default {@value #DEFAULT_MAP_CELLS})
 * @param basinStarts the most basin starts (default {@value #DEFAULT_BASIN_STARTS})
 */
public record AnalysisBudget(long values, long mapCells, long basinStarts) {

    /** Default budget of trajectory values written: about 0.5 GB of CSV. */
    public static final long DEFAULT_VALUES = 20_000_000L;

    /** Default budget of stability-map cells: a 500 × 500 map. */
    public static final long DEFAULT_MAP_CELLS = 250_000L;

    /** Default budget of basin starts. */
    public static final long DEFAULT_BASIN_STARTS = 1_000_000L;

    /** The defaults. */
    public static final AnalysisBudget DEFAULT =
            new AnalysisBudget(DEFAULT_VALUES, DEFAULT_MAP_CELLS, DEFAULT_BASIN_STARTS);

    /**
     * Checks the limits.
     *
     * @param values the most trajectory values written
     * @param mapCells the most stability-map cells
     * @param basinStarts the most basin starts
     */
    public AnalysisBudget {
        if (values < 1 || mapCells < 1 || basinStarts < 1) {
            throw new IllegalArgumentException("budgets must be at least 1");
        }
    }

    /**
     * This budget with one kind changed, as {@code --budget KIND=N} asks.
     *
     * @param assignment {@code values=N}, {@code map-cells=N} or {@code basin-starts=N}
     * @return the changed budget
     * @throws ModelException for an unknown kind or a limit that is not a whole number from 1
     */
    public AnalysisBudget with(String assignment) {
        org.egt4j.BudgetAssignment read = org.egt4j.BudgetAssignment.parse(assignment);
        String kind = read.kind();
        long limit = read.limit();
        if (limit < 1) {
            throw new ModelException(
                    "--budget " + assignment + " is not KIND=N with a whole number N >= 1",
                    "write e.g. --budget values=" + 2 * DEFAULT_VALUES);
        }
        return switch (kind) {
            case "values" -> new AnalysisBudget(limit, mapCells, basinStarts);
            case "map-cells" -> new AnalysisBudget(values, limit, basinStarts);
            case "basin-starts" -> new AnalysisBudget(values, mapCells, limit);
            default -> throw new ModelException(
                    "--budget " + assignment + ": there is no budget called '" + kind + "'",
                    "the analysis budgets are values, map-cells and basin-starts");
        };
    }

    /**
     * Refuses settings whose work is over this budget, before any of it starts.
     *
     * @param game the game (its dimension and parameters size the runs)
     * @param s the analysis settings
     * @throws ModelException naming the size asked, the budget and the flag that changes it
     */
    public void check(Game game, AnalysisSettings s) {
        long gridRuns = InitialGrid.of(game, s.levels(), s.gridCap()).size();
        long varied = s.sensitivity().isEmpty()
                ? Math.min(1, game.parameters().size())
                : s.sensitivity().size();
        long runs = gridRuns + varied * s.sensitivityValues();
        double asked = (double) runs * s.samples() * (game.dimension() + 1);
        if (asked > values) {
            throw over(
                    String.format(
                            Locale.ROOT,
                            "%d trajectories x %d samples x %d columns = %.0f values",
                            runs,
                            s.samples(),
                            game.dimension() + 1,
                            asked),
                    asked,
                    "values",
                    values,
                    "fewer samples, a smaller gridCap or fewer sensitivityValues");
        }
        long ranged = game.parameters().stream()
                .filter(p -> p.hasRange() && p.min() < p.max())
                .count();
        boolean mapped = !s.mapAxes().isEmpty() || ranged >= 2;
        double cells = (double) s.mapResolution() * s.mapResolution();
        if (mapped && cells > mapCells) {
            throw over(
                    String.format(
                            Locale.ROOT,
                            "a stability map of %d x %d = %.0f cells",
                            s.mapResolution(),
                            s.mapResolution(),
                            cells),
                    cells,
                    "map-cells",
                    mapCells,
                    "a smaller mapResolution");
        }
        if (s.basinSamples() > basinStarts) {
            throw over(
                    s.basinSamples() + " basin starts", s.basinSamples(), "basin-starts", basinStarts, "fewer basins");
        }
    }

    private static ModelException over(String asked, double size, String kind, long budget, String smaller) {
        return new ModelException(
                "the analysis asks for " + asked + ", over the budget of " + budget + " " + kind.replace('-', ' '),
                "ask for " + smaller + " in the spec's analysis block, or raise the budget with --budget " + kind + "="
                        + String.format(Locale.ROOT, "%.0f", Math.ceil(size)));
    }
}
