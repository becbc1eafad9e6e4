package org.egt4j.sde;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.egt4j.ModelException;
import org.egt4j.NumericalException;
import org.egt4j.analysis.Wilson;
import org.egt4j.parallel.IndexRangeExecutor;
import org.egt4j.parallel.IndexedRunner;
import org.egt4j.parallel.IndexedWork;
import org.egt4j.random.RandomStreams;

/**
 * N paths of a {@link ReplicatorSde} from one start to time T with a fixed-step {@link Scheme}, sampled
 * at K evenly spaced times on [0, T] (both ends included), and their statistics per coordinate and
 * sample: mean, standard deviation (divisor N − 1), the 5%, 50% and 95% quantiles (linear interpolation
 * between order statistics, Hyndman and Fan's type 7: position (N − 1)p), the fractions of paths that
 * end at each pure profile with Wilson 95% intervals, and the number of paths whose steps were clipped
 * at a boundary.
 *
 * <p>The step: with Δ = T/(K − 1) the sample spacing and m = ⌈Δ/dt⌉, every path takes m steps of h =
 * Δ/m ≤ dt between samples (so samples fall on the step grid); {@link Result#step()} is h.
 *
 * <p>Path i draws its increments ΔW = √h·Z from {@link Normals} over {@code RandomStreams.stream(seed,
 * i)}, Brownian motions in order within a step; paths run through {@link IndexedRunner} and are
 * aggregated in index order, so results are byte-identical whatever the thread count.
 */
public final class PathEnsemble {

    /** The default budget of path steps (paths × steps per path) a run accepts. */
    public static final long MAX_PATH_STEPS = 4_000_000_000L;

    /** The default budget of stored sample values (paths × samples × dimension, 8 bytes each) a run accepts. */
    public static final long MAX_STORED_VALUES = 50_000_000L;

    /**
     * The budgets of an ensemble, checked before any path starts: path steps (the work: about 10⁹ per
     * second and core for two strategies) and stored values (the memory: every path's samples are kept
     * until the statistics are taken, 8 bytes each). {@code egt4j sde --budget KIND=N} changes them.
     *
     * @param pathSteps the most paths × steps (default {@value #MAX_PATH_STEPS})
     * @param storedValues the most paths × samples × coordinates (default {@value #MAX_STORED_VALUES})
     */
    public record Budget(long pathSteps, long storedValues) {

        /** The defaults. */
        public static final Budget DEFAULT = new Budget(MAX_PATH_STEPS, MAX_STORED_VALUES);

        /**
         * Checks the limits.
         *
         * @param pathSteps at least 1
         * @param storedValues at least 1
         */
        public Budget {
            if (pathSteps < 1 || storedValues < 1) {
                throw new IllegalArgumentException("budgets must be at least 1");
            }
        }

        /**
         * This budget with one kind changed, as {@code --budget KIND=N} asks.
         *
         * @param assignment {@code path-steps=N} or {@code values=N}
         * @return the changed budget
         * @throws ModelException for an unknown kind or a limit that is not a whole number from 1
         */
        public Budget with(String assignment) {
            org.egt4j.BudgetAssignment read = org.egt4j.BudgetAssignment.parse(assignment);
            String kind = read.kind();
            long limit = read.limit();
            if (limit < 1) {
                throw new ModelException(
                        "--budget " + assignment + " is not KIND=N with a whole number N >= 1",
                        "write e.g. --budget path-steps=" + 2 * MAX_PATH_STEPS);
            }
            return switch (kind) {
                case "path-steps" -> new Budget(limit, storedValues);
                case "values" -> new Budget(pathSteps, limit);
                default -> throw new ModelException(
                        "--budget " + assignment + ": there is no budget called '" + kind + "'",
                        "the SDE budgets are path-steps and values");
            };
        }
    }

    /** A path ends at a pure profile when every population's largest share is at least 1 minus this. */
    public static final double ABSORPTION_TOLERANCE = 1e-6;

    /** The quantile levels of {@link Result#quantiles()}. */
    public static final List<Double> QUANTILES = List.of(0.05, 0.5, 0.95);

    private PathEnsemble() {}

    /**
     * How to run an ensemble.
     *
     * @param paths the number N of paths, at least 1
     * @param dt the largest step, positive and at most the sample spacing
     * @param scheme the scheme
     * @param seed the seed of the paths' random streams
     * @param samples the number K of sample times, at least 2
     * @param keptPaths how many of the first paths to return whole (0 ≤ keptPaths)
     */
    public record Settings(int paths, double dt, Scheme scheme, long seed, int samples, int keptPaths) {}

    /**
     * The fraction of paths ending at one pure profile.
     *
     * @param state the profile in reduced coordinates (0s and 1s)
     * @param count the paths ending there
     * @param fraction count / N
     * @param ci95 Wilson's 95% interval of the fraction
     */
    public record Absorption(double[] state, int count, double fraction, Wilson ci95) {
        /**
         * Readable text for JShell and logs ({@link org.egt4j.Show#record}): the components with their
         * numbers to 6 significant digits, long arrays shortened to their first items and their count.
         *
         * @return the text
         */
        @Override
        public String toString() {
            return org.egt4j.Show.record(this);
        }
    }

    /**
     * An ensemble's statistics.
     *
     * @param times the K sample times
     * @param mean mean[k][c]: the mean of coordinate c at sample k
     * @param std std[k][c]: the sample standard deviation (0 for one path)
     * @param quantiles quantiles.get(q)[k][c] for the levels of {@link #QUANTILES}, in that order
     * @param paths paths.get(r)[k][c] for the first {@code keptPaths} paths
     * @param absorbed the pure profiles some path ends at, in lexicographic order of their strategies
     * @param boundaryHits the number of paths with at least one clipped step
     * @param step the step h actually used (≤ dt)
     * @param stepsPerPath the number of steps of every path
     * @param ends ends[r]: every path's state at T, in path order (the end-state distribution)
     */
    public record Result(
            double[] times,
            double[][] mean,
            double[][] std,
            List<double[][]> quantiles,
            List<double[][]> paths,
            List<Absorption> absorbed,
            int boundaryHits,
            double step,
            long stepsPerPath,
            double[][] ends) {
        /**
         * Readable text for JShell and logs ({@link org.egt4j.Show#record}): the components with their
         * numbers to 6 significant digits, long arrays shortened to their first items and their count.
         *
         * @return the text
         */
        @Override
        public String toString() {
            return org.egt4j.Show.record(this);
        }
    }

    /** A worker's own SDE instance and scratch arrays. */
    private static final class Worker {
        final ReplicatorSde sde;
        final double[] dW;

        Worker(ReplicatorSde sde) {
            this.sde = sde;
            this.dW = new double[sde.brownianDimension()];
        }
    }

    /**
     * Runs the ensemble.
     *
     * @param sde the SDE (not used concurrently: every worker takes a {@link ReplicatorSde#copy()})
     * @param x0 the start in reduced coordinates
     * @param horizon the end time T, positive
     * @param settings paths, step, scheme, seed, samples
     * @param threads worker threads; the result does not depend on it
     * @return the statistics
     * @throws ModelException for unusable settings or a run beyond the budgets
     * @throws NumericalException when a path stops being finite
     */
    public static Result run(ReplicatorSde sde, double[] x0, double horizon, Settings settings, int threads) {
        return run(sde, x0, horizon, settings, IndexRangeExecutor.local(threads));
    }

    /**
     * Runs the ensemble within a budget.
     *
     * @param sde the SDE (not used concurrently: every worker takes a {@link ReplicatorSde#copy()})
     * @param x0 the start in reduced coordinates
     * @param horizon the end time T, positive
     * @param settings paths, step, scheme, seed, samples
     * @param threads worker threads; the result does not depend on it
     * @param budget the path-steps and stored-values budgets, checked before any path starts
     * @return the statistics
     * @throws ModelException for unusable settings or a run beyond the budget
     * @throws NumericalException when a path stops being finite
     */
    public static Result run(
            ReplicatorSde sde, double[] x0, double horizon, Settings settings, int threads, Budget budget) {
        return run(sde, x0, horizon, settings, IndexRangeExecutor.local(threads), budget);
    }

    /**
     * Runs the ensemble's paths on an executor within a budget.
     *
     * @param sde the SDE (not used concurrently: every worker takes a {@link ReplicatorSde#copy()})
     * @param x0 the start in reduced coordinates
     * @param horizon the end time T, positive
     * @param settings paths, step, scheme, seed, samples
     * @param executor where the paths run (e.g. local threads with a progress bar); the result does not
     *     depend on it
     * @param budget the path-steps and stored-values budgets, checked before any path starts
     * @return the statistics
     * @throws ModelException for unusable settings or a run beyond the budget
     * @throws NumericalException when a path stops being finite
     */
    public static Result run(
            ReplicatorSde sde,
            double[] x0,
            double horizon,
            Settings settings,
            IndexRangeExecutor executor,
            Budget budget) {
        return run(paths(sde, x0, horizon, settings, budget), executor, horizon, settings);
    }

    /**
     * Runs the ensemble's paths on an executor ({@link #paths}) and aggregates them in index order.
     *
     * @param sde the SDE (not used concurrently: every worker takes a {@link ReplicatorSde#copy()})
     * @param x0 the start in reduced coordinates
     * @param horizon the end time T, positive
     * @param settings paths, step, scheme, seed, samples
     * @param executor where the paths run; the result does not depend on it
     * @return the statistics
     * @throws ModelException for unusable settings or a run beyond the budgets
     * @throws NumericalException when a path stops being finite
     */
    public static Result run(
            ReplicatorSde sde, double[] x0, double horizon, Settings settings, IndexRangeExecutor executor) {
        return run(paths(sde, x0, horizon, settings), executor, horizon, settings);
    }

    private static Result run(Paths work, IndexRangeExecutor executor, double horizon, Settings settings) {
        ReplicatorSde sde = work.sde;
        List<double[]> results = executor.map(work);
        return aggregate(
                sde,
                results,
                work.samples,
                work.n,
                work.spacing,
                horizon,
                settings.keptPaths(),
                work.h,
                work.m * (work.samples - 1));
    }

    /**
     * The ensemble's paths as indexed work (part {@value #PART}): item i is path i, its samples
     * flattened k·n + c followed by 1 when a step was clipped at a boundary, else 0.
     *
     * @param sde the SDE (every worker takes a {@link ReplicatorSde#copy()})
     * @param x0 the start in reduced coordinates
     * @param horizon the end time T, positive
     * @param settings paths, step, scheme, seed, samples
     * @return the paths, checked against the budgets
     * @throws ModelException for unusable settings or a run beyond the budgets
     */
    public static Paths paths(ReplicatorSde sde, double[] x0, double horizon, Settings settings) {
        return paths(sde, x0, horizon, settings, Budget.DEFAULT);
    }

    /**
     * The ensemble's paths as indexed work, checked against a budget (see {@link #paths(ReplicatorSde,
     * double[], double, Settings)}).
     *
     * @param sde the SDE (every worker takes a {@link ReplicatorSde#copy()})
     * @param x0 the start in reduced coordinates
     * @param horizon the end time T, positive
     * @param settings paths, step, scheme, seed, samples
     * @param budget the path-steps and stored-values budgets
     * @return the paths
     * @throws ModelException for unusable settings or a run beyond the budget
     */
    public static Paths paths(ReplicatorSde sde, double[] x0, double horizon, Settings settings, Budget budget) {
        int n = sde.dimension();
        if (x0.length != n) {
            throw new IllegalArgumentException("start of length " + x0.length + ", expected " + n);
        }
        if (!(horizon > 0 && Double.isFinite(horizon))) {
            throw new ModelException("time " + horizon + " is not a usable horizon", "give a finite time T > 0");
        }
        int samples = settings.samples();
        if (samples < 2) {
            throw new ModelException(samples + " samples are too few", "give at least 2 samples (both ends)");
        }
        if (settings.paths() < 1) {
            throw new ModelException(settings.paths() + " paths", "give at least 1 path");
        }
        double dt = settings.dt();
        if (!(dt > 0 && dt <= horizon)) {
            throw new ModelException(
                    "step dt = " + dt + " is not in (0, T] with T = " + horizon,
                    "give a step 0 < dt <= T, e.g. dt = T/1000");
        }
        if (!sde.supports(settings.scheme())) {
            throw new ModelException(
                    "the " + settings.scheme().key() + " scheme is not available for "
                            + sde.kind().key() + " noise",
                    "use the euler-maruyama scheme (the finite-size diffusion is not differentiable where payoffs tie)");
        }
        double spacing = horizon / (samples - 1);
        long m = (long) Math.ceil(spacing / dt * (1 - 1e-12));
        m = Math.max(1, m);
        long steps = m * (samples - 1);
        double asked = (double) steps * settings.paths();
        if (asked > budget.pathSteps()) {
            throw new ModelException(
                    settings.paths() + " paths x " + steps + " steps exceed the budget of " + budget.pathSteps()
                            + " path steps",
                    "use fewer paths or a larger dt, or raise the budget with --budget path-steps="
                            + String.format(java.util.Locale.ROOT, "%.0f", asked));
        }
        double stored = (double) settings.paths() * samples * n;
        if (stored > budget.storedValues()) {
            throw new ModelException(
                    settings.paths() + " paths x " + samples + " samples x " + n + " coordinates exceed the budget of "
                            + budget.storedValues() + " stored values",
                    "use fewer paths or fewer samples, or raise the budget with --budget values="
                            + String.format(java.util.Locale.ROOT, "%.0f", stored));
        }
        return new Paths(sde, x0.clone(), settings, samples, spacing, m);
    }

    /** The name of the paths' part. */
    public static final String PART = "sde-paths";

    /** An ensemble's paths as indexed work: see {@link PathEnsemble#paths}. */
    public static final class Paths implements IndexedWork<Object, double[]> {
        private final ReplicatorSde sde;
        private final double[] start;
        private final Settings settings;
        private final int samples;
        private final int n;
        private final double spacing;
        private final long m;
        private final double h;
        private final double sqrtH;

        private Paths(ReplicatorSde sde, double[] start, Settings settings, int samples, double spacing, long m) {
            this.sde = sde;
            this.start = start;
            this.settings = settings;
            this.samples = samples;
            this.n = sde.dimension();
            this.spacing = spacing;
            this.m = m;
            this.h = spacing / m;
            this.sqrtH = Math.sqrt(h);
        }

        @Override
        public String part() {
            return PART;
        }

        @Override
        public int size() {
            return settings.paths();
        }

        @Override
        public Object newState() {
            return new Worker(sde.copy());
        }

        @Override
        public double[] compute(Object state, int i) {
            Worker w = (Worker) state;
            Normals normals = new Normals(RandomStreams.stream(settings.seed(), i));
            double[] x = start.clone();
            double[] out = new double[samples * n + 1];
            System.arraycopy(x, 0, out, 0, n);
            boolean hit = false;
            for (int k = 1; k < samples; k++) {
                for (long s = 0; s < m; s++) {
                    for (int j = 0; j < w.dW.length; j++) {
                        w.dW[j] = sqrtH * normals.next();
                    }
                    hit |= w.sde.step(settings.scheme(), x, h, w.dW);
                }
                for (int c = 0; c < n; c++) {
                    if (!Double.isFinite(x[c])) {
                        throw new NumericalException(
                                "path " + i + " is not finite", "use a smaller dt", k * spacing, x);
                    }
                }
                System.arraycopy(x, 0, out, k * n, n);
            }
            out[samples * n] = hit ? 1 : 0;
            return out;
        }
    }

    private static Result aggregate(
            ReplicatorSde sde,
            List<double[]> results,
            int samples,
            int n,
            double spacing,
            double horizon,
            int kept,
            double h,
            long steps) {
        int paths = results.size();
        double[] times = new double[samples];
        for (int k = 0; k < samples; k++) {
            times[k] = k == samples - 1 ? horizon : k * spacing;
        }
        double[][] mean = new double[samples][n];
        double[][] std = new double[samples][n];
        List<double[][]> quantiles = new ArrayList<>();
        for (int q = 0; q < QUANTILES.size(); q++) {
            quantiles.add(new double[samples][n]);
        }
        double[] column = new double[paths];
        for (int k = 0; k < samples; k++) {
            for (int c = 0; c < n; c++) {
                double sum = 0;
                for (int r = 0; r < paths; r++) {
                    column[r] = results.get(r)[k * n + c];
                    sum += column[r];
                }
                double mu = sum / paths;
                double ss = 0;
                for (int r = 0; r < paths; r++) {
                    double d = column[r] - mu;
                    ss += d * d;
                }
                mean[k][c] = mu;
                std[k][c] = paths > 1 ? Math.sqrt(ss / (paths - 1)) : 0;
                Arrays.sort(column);
                for (int q = 0; q < QUANTILES.size(); q++) {
                    quantiles.get(q)[k][c] = quantile(column, QUANTILES.get(q));
                }
            }
        }
        List<double[][]> first = new ArrayList<>();
        for (int r = 0; r < Math.min(kept, paths); r++) {
            double[][] p = new double[samples][];
            for (int k = 0; k < samples; k++) {
                p[k] = Arrays.copyOfRange(results.get(r), k * n, (k + 1) * n);
            }
            first.add(p);
        }
        int hits = 0;
        Map<String, double[]> profiles = new TreeMap<>();
        Map<String, Integer> counts = new TreeMap<>();
        double[][] ends = new double[paths][];
        for (int r = 0; r < paths; r++) {
            double[] p = results.get(r);
            if (p[samples * n] != 0) {
                hits++;
            }
            double[] end = Arrays.copyOfRange(p, (samples - 1) * n, samples * n);
            ends[r] = end;
            int[] profile = sde.pureProfile(end, ABSORPTION_TOLERANCE);
            if (profile != null) {
                StringBuilder sb = new StringBuilder();
                for (int s : profile) {
                    sb.append((char) ('0' + s));
                }
                String key = sb.toString();
                profiles.putIfAbsent(key, sde.vertex(profile));
                counts.merge(key, 1, Integer::sum);
            }
        }
        List<Absorption> absorbed = new ArrayList<>();
        for (Map.Entry<String, double[]> e : profiles.entrySet()) {
            int count = counts.get(e.getKey());
            absorbed.add(new Absorption(e.getValue(), count, (double) count / paths, Wilson.of(count, paths)));
        }
        return new Result(times, mean, std, quantiles, first, absorbed, hits, h, steps, ends);
    }

    /**
     * The type-7 quantile of sorted values: with position (N − 1)p = j + g, v<sub>j</sub> +
     * g(v<sub>j+1</sub> − v<sub>j</sub>) (exactly v<sub>j</sub> when the two are equal).
     *
     * @param sorted values in ascending order, at least one
     * @param p the level in [0, 1]
     * @return the quantile
     */
    public static double quantile(double[] sorted, double p) {
        double pos = (sorted.length - 1) * p;
        int j = (int) Math.floor(pos);
        if (j >= sorted.length - 1) {
            return sorted[sorted.length - 1];
        }
        double g = pos - j;
        return sorted[j] + g * (sorted[j + 1] - sorted[j]);
    }
}
