package org.egt4j.spark;

import java.util.function.Consumer;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.egt4j.ModelException;
import org.egt4j.analysis.FullAnalysis;

/**
 * The full analysis of {@code egt4j analyze --out} on a Spark cluster, for research code that holds a
 * {@link JavaSparkContext}: the plan is checked on the driver, broadcast once, and every indexed part
 * (initial-grid trajectories, sensitivity, stability-map cells, basin starts) runs as Spark tasks
 * over ranges of global indices; the result equals {@link FullAnalysis#of(org.egt4j.game.BoundGame,
 * org.egt4j.dynamics.Dynamics, org.egt4j.analysis.AnalysisSettings, int, Consumer)} on one machine,
 * for any number of partitions and executors.
 *
 * <pre>{@code
 * AnalysisPlan plan = AnalysisPlan.of("windmill.yaml", Files.readString(spec), Map.of("S", 1.5));
 * FullAnalysis result = SparkAnalysis.run(sc, plan, 64, phase -> {});
 * }</pre>
 */
public final class SparkAnalysis {

    private SparkAnalysis() {}

    /**
     * Runs the analysis of a plan.
     *
     * @param context the caller's Spark context (not stopped here)
     * @param plan the analysis as data
     * @param partitions the number of ranges each part is cut into (at least 1)
     * @param progress told the name of each phase as it starts (may be a no-op)
     * @return the full analysis, the same as a local run's
     * @throws ModelException when the plan is unusable (before any task runs)
     */
    public static FullAnalysis run(
            JavaSparkContext context, AnalysisPlan plan, int partitions, Consumer<String> progress) {
        if (partitions < 1) {
            throw new ModelException(
                    partitions + " partitions cannot hold the work", "give 1 or more, e.g. 2-4 per executor core");
        }
        AnalysisPlan.Prepared prepared = plan.prepare(); // refuses a bad plan here, on the driver
        Broadcast<AnalysisPlan> broadcast = context.broadcast(plan);
        try {
            return FullAnalysis.of(
                    prepared.bound(),
                    prepared.dynamics(),
                    prepared.settings(),
                    new SparkExecutor(context, broadcast, partitions),
                    progress);
        } finally {
            broadcast.destroy();
        }
    }
}
