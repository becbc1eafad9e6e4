package org.egt4j.benchmarks;

import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.egt4j.finite.FinitePopulation;
import org.egt4j.finite.FiniteProcess;
import org.egt4j.finite.Fixation;
import org.egt4j.finite.FullChain;
import org.egt4j.finite.SmallMutation;
import org.egt4j.game.Population;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Finite populations (issue 19 targets): the small-mutation stationary distribution of a 10-strategy
 * random game (entries uniform in [0, 1), seed 42) at N = 100 under the pairwise comparison with β = 1
 * (90 fixation probabilities and a 10-state GTH; target ≤ 2 ms); the full chain of rock–paper–scissors
 * [[0, −1, 1], [1, 0, −1], [−1, 1, 0]] at N = 60 with μ = 0.01, β = 1 (1,891 states, banded GTH; target
 * ≤ 50 ms); and one fixation probability with its times at N = 10<sup>4</sup> (O(N)).
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar Finite -f 1 -wi 3 -i 5}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class FiniteBenchmark {

    private FinitePopulation random10;
    private FinitePopulation large;
    private FinitePopulation rps;

    /** Builds the populations and checks the stationary distribution sums to 1. */
    @Setup
    public void setup() {
        SplittableRandom r = new SplittableRandom(42);
        int n = 10;
        double[][] a = new double[n][n];
        String[] names = new String[n];
        for (int i = 0; i < n; i++) {
            names[i] = "s" + i;
            for (int j = 0; j < n; j++) {
                a[i][j] = r.nextDouble();
            }
        }
        random10 = FinitePopulation.ofMatrix(
                new Population("p", List.of(names), "x"), a, FiniteProcess.PAIRWISE_COMPARISON, 100, 1);
        double sum = 0;
        for (double v : random10.smallMutation().stationary()) {
            sum += v;
        }
        if (Math.abs(sum - 1) > 1e-12) {
            throw new IllegalStateException("stationary distribution sums to " + sum);
        }
        rps = FinitePopulation.ofMatrix(
                new Population("r", List.of("rock", "paper", "scissors"), "z"),
                new double[][] {{0, -1, 1}, {1, 0, -1}, {-1, 1, 0}},
                FiniteProcess.PAIRWISE_COMPARISON,
                60,
                1);
        if (FullChain.of(rps, 0.01).counts().length != 1891) {
            throw new IllegalStateException("the RPS chain at N = 60 has 1,891 states");
        }
        large = FinitePopulation.ofMatrix(
                new Population("q", List.of("A", "B"), "y"),
                new double[][] {{3, 1}, {1, 2}},
                FiniteProcess.PAIRWISE_COMPARISON,
                10_000,
                0.01);
    }

    /**
     * The small-mutation chain of the 10-strategy game at N = 100 and its stationary distribution.
     *
     * @return the chain
     */
    @Benchmark
    public SmallMutation smallMutation10StrategiesN100() {
        return random10.smallMutation();
    }

    /**
     * The full chain of rock–paper–scissors at N = 60, μ = 0.01, and its stationary distribution.
     *
     * @return the chain
     */
    @Benchmark
    public FullChain fullChainRpsN60() {
        return FullChain.of(rps, 0.01);
    }

    /**
     * One fixation probability with conditional and unconditional times at N = 10<sup>4</sup>.
     *
     * @return the fixation
     */
    @Benchmark
    public Fixation fixationN10000() {
        return large.fixation(0, 1);
    }
}
