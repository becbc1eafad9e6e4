package org.egt4j.benchmarks;

import java.util.concurrent.TimeUnit;
import org.egt4j.game.BoundGame;
import org.egt4j.parallel.IndexedRunner;
import org.egt4j.random.RandomStreams;
import org.egt4j.sde.Noise;
import org.egt4j.sde.NoiseKind;
import org.egt4j.sde.Normals;
import org.egt4j.sde.PathEnsemble;
import org.egt4j.sde.ReplicatorSde;
import org.egt4j.sde.Scheme;
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
 * Euler–Maruyama paths of the windmill model under multiplicative noise (σ = 0.5, dt = 0.01, from
 * x = (0.2, 0.5, 0.5, 0.5)) on 2 threads: {@link PathEnsemble} (spec-loaded, compiled payoffs; start
 * and end sampled) against the same scheme written by hand on {@link HandWrittenWindmill} with the same
 * random streams, normals, clipping and parallel map. The size is 10<sup>4</sup> paths ×
 * 10<sup>4</sup> steps ({@code -p paths=10000 -p steps=10000}); the default is 10<sup>3</sup> × 10<sup>4</sup>.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar SdeBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class SdeBenchmark {

    @Param({"1000"})
    public int paths;

    @Param({"10000"})
    public int steps;

    private static final double DT = 0.01;
    private static final double SIGMA = 0.5;
    private static final double[] START = {0.2, 0.5, 0.5, 0.5};

    private ReplicatorSde sde;
    private HandWrittenWindmill hand;

    /** Builds both and checks that their mean end states agree. */
    @Setup
    public void setup() {
        BoundGame b = Games.load("windmill").bind();
        sde = ReplicatorSde.of(b, Noise.uniform(NoiseKind.MULTIPLICATIVE, SIGMA));
        hand = new HandWrittenWindmill(b);
        double[][] m = library().mean();
        double[] h = handMean();
        for (int c = 0; c < 4; c++) {
            if (Math.abs(m[1][c] - h[c]) > 1e-2) {
                throw new IllegalStateException("library and hand-written means differ at " + c);
            }
        }
    }

    private PathEnsemble.Result library() {
        return PathEnsemble.run(
                sde, START, steps * DT, new PathEnsemble.Settings(paths, DT, Scheme.EULER_MARUYAMA, 1, 2, 0), 2);
    }

    /** The library's ensemble. */
    @Benchmark
    public PathEnsemble.Result egt4j() {
        return library();
    }

    /** The hand-written scheme. */
    @Benchmark
    public double[] handWritten() {
        return handMean();
    }

    private double[] handMean() {
        double sq = Math.sqrt(DT);
        var ends = new IndexedRunner(2, null).map(paths, () -> new double[4], (drift, i) -> {
            Normals z = new Normals(RandomStreams.stream(1, i));
            double[] x = START.clone();
            for (int s = 0; s < steps; s++) {
                hand.derivative(x, drift);
                for (int c = 0; c < 4; c++) {
                    double next = x[c] + drift[c] * DT + SIGMA * x[c] * sq * z.next();
                    x[c] = next < 0 ? 0 : next > 1 ? 1 : next;
                }
            }
            return x;
        });
        double[] mean = new double[4];
        for (double[] e : ends) {
            for (int c = 0; c < 4; c++) {
                mean[c] += e[c] / paths;
            }
        }
        return mean;
    }
}
