package org.egt4j.spark;

import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.egt4j.ModelException;
import org.egt4j.finite.FinitePopulation;
import org.egt4j.finite.FixationSimulation;
import org.egt4j.sde.PathEnsemble;

/**
 * Ensembles on Spark for research code that holds a {@link JavaSparkContext}: the paths of an SDE
 * ensemble (and the runs of a fixation simulation) run as Spark tasks over ranges of indices, and the
 * driver aggregates them in index order, so the statistics equal {@link PathEnsemble#run(org.egt4j.sde.ReplicatorSde, double[],
 * double, PathEnsemble.Settings, int)} on one machine, bit for bit, for any number of partitions.
 */
public final class SparkEnsembles {

    private SparkEnsembles() {}

    /**
     * Runs the fixation replicates of a plan.
     *
     * @param context the caller's Spark context (not stopped here)
     * @param plan the replicates as data
     * @param partitions the number of ranges of runs (at least 1)
     * @return the estimate, the same as {@link FixationSimulation#estimate} on one machine
     * @throws ModelException when the plan is unusable (before any task runs)
     */
    public static FixationSimulation.Estimate fixation(JavaSparkContext context, FixationPlan plan, int partitions) {
        if (partitions < 1) {
            throw new ModelException(partitions + " partitions cannot hold the work", "give 1 or more");
        }
        FinitePopulation population = plan.population(); // refuses a bad plan here, on the driver
        Broadcast<FixationPlan> broadcast = context.broadcast(plan);
        try {
            return FixationSimulation.estimate(
                    population,
                    plan.mutant(),
                    plan.resident(),
                    plan.runs(),
                    plan.seed(),
                    new SparkExecutor(context, broadcast, partitions));
        } finally {
            broadcast.destroy();
        }
    }

    /**
     * Runs the SDE path ensemble of a plan.
     *
     * @param context the caller's Spark context (not stopped here)
     * @param plan the ensemble as data
     * @param partitions the number of ranges of paths (at least 1)
     * @return the statistics, the same as a local run's
     * @throws ModelException when the plan is unusable (before any task runs)
     */
    public static PathEnsemble.Result paths(JavaSparkContext context, PathsPlan plan, int partitions) {
        if (partitions < 1) {
            throw new ModelException(partitions + " partitions cannot hold the work", "give 1 or more");
        }
        PathsPlan.Prepared p = plan.prepared(); // refuses a bad plan here, on the driver
        Broadcast<PathsPlan> broadcast = context.broadcast(plan);
        try {
            return PathEnsemble.run(
                    p.sde(),
                    plan.start(),
                    plan.horizon(),
                    plan.settings(),
                    new SparkExecutor(context, broadcast, partitions));
        } finally {
            broadcast.destroy();
        }
    }
}
