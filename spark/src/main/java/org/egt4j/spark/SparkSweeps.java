package org.egt4j.spark;

import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.egt4j.ModelException;
import org.egt4j.analysis.BasinMap;
import org.egt4j.parallel.IndexRangeExecutor;

/**
 * Parameter sweeps on Spark for research code that holds a {@link JavaSparkContext}: the {@link
 * BasinMap} of a plan (basins at every cell of its map grid, the 200 × 200 × 10⁴ kind) runs one
 * cell per item, ranges of cells per task; each cell's result is its counts per attractor and the
 * attractors' shares, so the map equals {@link BasinMap#of} on {@link IndexRangeExecutor#local(int)},
 * bit for bit, for any number of partitions.
 *
 * <pre>{@code
 * AnalysisPlan plan = AnalysisPlan.of("coordination.yaml", text, Map.of());  // map: [a, b], basins: 10000
 * BasinMap map = SparkSweeps.basinMap(sc, plan, 1024, SparkBudget.DEFAULT);
 * }</pre>
 */
public final class SparkSweeps {

    private SparkSweeps() {}

    /**
     * Runs the basin map of a plan: its analysis settings give the grid ({@code map}, {@code
     * mapResolution}), the starts per cell ({@code basins}), the time limit, the seed and the tolerances.
     *
     * @param context the caller's Spark context (not stopped here)
     * @param plan the analysis as data
     * @param partitions the number of ranges of cells (at least 1)
     * @param budget the budget of cells × starts, checked first
     * @return the map, the same as a local run's
     * @throws ModelException when the plan is unusable or over the budget (before any task runs)
     */
    public static BasinMap basinMap(JavaSparkContext context, AnalysisPlan plan, int partitions, SparkBudget budget) {
        if (partitions < 1) {
            throw new ModelException(partitions + " partitions cannot hold the work", "give 1 or more");
        }
        AnalysisPlan.Prepared p = plan.prepare(); // refuses a bad plan here, on the driver
        budget.checkBasinMap(p.bound().game(), p.settings());
        BasinMap.work(p.bound(), p.dynamics(), p.settings()); // the grid's own refusals, on the driver too
        Broadcast<AnalysisPlan> broadcast = context.broadcast(plan);
        try {
            return BasinMap.of(
                    p.bound(), p.dynamics(), p.settings(), new SparkExecutor(context, broadcast, partitions));
        } finally {
            broadcast.destroy();
        }
    }
}
