package org.egt4j.spark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.egt4j.analysis.AnalysisSettings;
import org.egt4j.analysis.AnalysisWork;
import org.egt4j.parallel.IndexRangeExecutor;
import org.egt4j.parallel.IndexedWork;

/**
 * The scaling measurement of docs/cluster.md: the basin part of a spec's analysis with {@code STARTS}
 * Monte Carlo starts, run on the local ForkJoin runner with 1 and 2 threads and on Spark {@code
 * local[1]} and {@code local[2]} ({@code PER_THREAD} partitions per thread, default 8), one after the
 * other in one JVM after a warm-up, each {@value #REPEATS} times; it prints a Markdown table of the
 * median wall-clock times, Spark's start-up
 * cost (context creation, first job) and whether all four runs gave the same basin counts (Spark
 * counts per range, as the analysis does).
 *
 * <pre>
 * java $SPARK_JAVA_OPTIONS -cp spark/target/egt4j-spark-job.jar:$(cat spark/target/spark-classpath.txt) \
 *     org.egt4j.spark.BasinScaling examples/games/battle-of-the-sexes.yaml 1000000
 * </pre>
 */
public final class BasinScaling {

    /** Timed runs per configuration; the table gives their median. */
    static final int REPEATS = 3;

    private BasinScaling() {}

    /**
     * Runs the measurement.
     *
     * @param args {@code SPEC STARTS [PER_THREAD]}
     * @throws IOException when the spec cannot be read
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: BasinScaling SPEC STARTS [PARTITIONS_PER_THREAD]");
            System.exit(2);
        }
        Path spec = Path.of(args[0]);
        int starts = Integer.parseInt(args[1]);
        int perThread = args.length > 2 ? Integer.parseInt(args[2]) : 8;
        String text = Files.readString(spec, StandardCharsets.UTF_8);
        AnalysisPlan base = AnalysisPlan.of(spec.toString(), text, Map.of());
        AnalysisPlan plan = withStarts(base, starts);
        AnalysisPlan warm = withStarts(base, Math.max(1, Math.min(starts, 20_000)));

        IndexedWork<Object, Integer> warmWork = part(warm);
        IndexedWork<Object, Integer> work = part(plan);
        int outcomes = attractors(plan);
        // each run counts the starts reaching each attractor, as the analysis does (Spark: per range)
        IndexRangeExecutor.local(2).count(warmWork, outcomes); // JIT warm-up, shared by every run below
        IndexRangeExecutor.local(1).count(warmWork, outcomes);
        List<Long> local1 = counts(IndexRangeExecutor.local(1).count(work, outcomes));
        double forkJoin1 = median(() -> counts(IndexRangeExecutor.local(1).count(work, outcomes)), local1);
        double forkJoin2 = median(() -> counts(IndexRangeExecutor.local(2).count(work, outcomes)), local1);
        double[] spark1 = spark(1, perThread, plan, work, warm, warmWork, outcomes, local1);
        double[] spark2 = spark(2, perThread, plan, work, warm, warmWork, outcomes, local1);
        boolean same = true; // median() and spark() throw when a run differs from local1
        System.out.printf(
                Locale.ROOT,
                "basin map of %s, %d starts (%s), Java %s, %d processors%n%n",
                spec,
                starts,
                same ? "all runs gave identical counts " + local1 : "RESULTS DIFFER",
                System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors());
        System.out.println("| run | threads | partitions | seconds (median of " + REPEATS + ") | starts/s |");
        System.out.println("|---|---|---|---|---|");
        row("ForkJoin (IndexedRunner)", 1, "-", forkJoin1, starts);
        row("ForkJoin (IndexedRunner)", 2, "-", forkJoin2, starts);
        row("Spark local[1]", 1, String.valueOf(perThread), spark1[0], starts);
        row("Spark local[2]", 2, String.valueOf(2 * perThread), spark2[0], starts);
        System.out.printf(
                Locale.ROOT,
                "%nlocal[2] / local[1] speed-up %.2f; Spark local[2] / ForkJoin 2 threads time ratio %.2f;"
                        + " ForkJoin 2 / 1 speed-up %.2f%n",
                spark1[0] / spark2[0],
                spark2[0] / forkJoin2,
                forkJoin1 / forkJoin2);
        System.out.printf(
                Locale.ROOT,
                "Spark start-up: context %.2f s and first job (%d starts) %.2f s at local[1]; %.2f s and %.2f s at"
                        + " local[2]%n",
                spark1[1],
                warmWork.size(),
                spark1[2],
                spark2[1],
                spark2[2]);
    }

    /** Seconds of the main job, of the context's creation and of the first (warm-up) job. */
    private static double[] spark(
            int threads,
            int perThread,
            AnalysisPlan plan,
            IndexedWork<Object, Integer> work,
            AnalysisPlan warm,
            IndexedWork<Object, Integer> warmWork,
            int outcomes,
            List<Long> expected) {
        long t0 = System.nanoTime();
        SparkConf conf = new SparkConf()
                .setMaster("local[" + threads + "]")
                .setAppName("egt4j basin scaling")
                .set("spark.ui.enabled", "false");
        JavaSparkContext context = new JavaSparkContext(conf);
        try {
            double start = seconds(t0);
            t0 = System.nanoTime();
            Broadcast<AnalysisPlan> w = context.broadcast(warm);
            new SparkExecutor(context, w, threads * perThread).count(warmWork, outcomes);
            double first = seconds(t0);
            Broadcast<AnalysisPlan> b = context.broadcast(plan);
            SparkExecutor executor = new SparkExecutor(context, b, threads * perThread);
            double run = median(() -> counts(executor.count(work, outcomes)), expected);
            return new double[] {run, start, first};
        } finally {
            context.stop();
        }
    }

    /** The median of {@value #REPEATS} timed runs, each checked against the expected results. */
    private static double median(java.util.function.Supplier<List<Long>> run, List<Long> expected) {
        double[] t = new double[REPEATS];
        for (int r = 0; r < REPEATS; r++) {
            long t0 = System.nanoTime();
            List<Long> results = run.get();
            t[r] = seconds(t0);
            if (!results.equals(expected)) {
                throw new IllegalStateException("a run differs from the first local run");
            }
        }
        java.util.Arrays.sort(t);
        return t[REPEATS / 2];
    }

    private static List<Long> counts(long[] counts) {
        return java.util.Arrays.stream(counts).boxed().toList();
    }

    /** The number of asymptotically stable rest points: the outcomes a basin start can reach. */
    private static int attractors(AnalysisPlan plan) {
        AnalysisPlan.Prepared p = plan.prepare();
        return (int) org.egt4j.stability.StabilityAnalysis.of(p.bound(), p.dynamics()).restPoints().stream()
                .filter(r -> r.stability() == org.egt4j.stability.Stability.STABLE)
                .count();
    }

    @SuppressWarnings("unchecked")
    private static IndexedWork<Object, Integer> part(AnalysisPlan plan) {
        AnalysisPlan.Prepared p = plan.prepare();
        return (IndexedWork<Object, Integer>)
                AnalysisWork.of(p.bound(), p.dynamics(), p.settings()).part(AnalysisWork.BASINS);
    }

    private static AnalysisPlan withStarts(AnalysisPlan plan, int starts) {
        AnalysisSettings s = plan.settings().toSettings();
        return plan.withSettings(new AnalysisSettings(
                s.time(),
                s.samples(),
                s.levels(),
                s.gridCap(),
                s.sensitivity(),
                s.sensitivityValues(),
                s.mapAxes(),
                s.mapResolution(),
                starts,
                s.basinTime(),
                s.seed(),
                s.rtol(),
                s.atol()));
    }

    private static void row(String run, int threads, String partitions, double seconds, int starts) {
        System.out.printf(
                Locale.ROOT, "| %s | %d | %s | %.2f | %.0f |%n", run, threads, partitions, seconds, starts / seconds);
    }

    private static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }
}
