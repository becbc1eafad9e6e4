package org.egt4j.benchmarks;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.egt4j.dynamics.Replicator;
import org.egt4j.ode.Ensemble;
import org.egt4j.ode.SolverSettings;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * 10,000 trajectories of the windmill model over t ∈ [0, 50] (rtol 1e-8, atol 1e-10) as one {@link
 * Ensemble}, on 1 and 2 threads. {@code @Setup} checks that both thread counts give bit-identical
 * end states.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar EnsembleBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EnsembleBenchmark {

    @Param({"1", "2"})
    public int threads;

    private Replicator field;
    private double[][] starts;
    private Ensemble ensemble;

    /** Draws the starts and checks determinism across thread counts. */
    @Setup
    public void setup() {
        field = Replicator.of(Games.load("windmill").bind());
        SplittableRandom r = new SplittableRandom(7);
        starts = new double[10_000][4];
        for (double[] s : starts) {
            for (int i = 0; i < 4; i++) {
                s[i] = r.nextDouble();
            }
        }
        SolverSettings settings = SolverSettings.DEFAULT.withTolerances(1e-8, 1e-10);
        ensemble = new Ensemble(settings, threads, null);
        double[][] a = new Ensemble(settings, 1, null).finalStates(field, starts, 0, 50);
        double[][] b = new Ensemble(settings, 2, null).finalStates(field, starts, 0, 50);
        for (int i = 0; i < a.length; i++) {
            if (!java.util.Arrays.equals(a[i], b[i])) {
                throw new IllegalStateException("1 and 2 threads differ at start " + i);
            }
        }
    }

    /** The whole ensemble. */
    @Benchmark
    public double[][] finalStates() {
        return ensemble.finalStates(field, starts, 0, 50);
    }
}
