package org.egt4j.benchmarks;

import java.util.concurrent.TimeUnit;
import org.egt4j.dynamics.Replicator;
import org.egt4j.game.BoundGame;
import org.egt4j.ode.SolverSettings;
import org.egt4j.stability.LyapunovSpectrum;
import org.egt4j.stability.StabilityAnalysis;
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
 * The full stability analysis (every rest point on every face, classification, vertex table with
 * thresholds and box verdicts) of the windmill model (4 populations × 2 strategies) and of an
 * eight-population ring (3<sup>8</sup> = 6561 faces), and a Lyapunov spectrum over t = 2·10<sup>4</sup>
 * of a chaotic four-strategy game (the Arneodo–Coullet–Tresser competition through Hofbauer's
 * equivalence). {@code @Setup} checks the analyses find what they should.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar AnalysisBenchmark}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AnalysisBenchmark {

    private BoundGame windmill;
    private BoundGame eight;
    private Replicator chaotic;

    /** Loads the games and checks the analyses. */
    @Setup
    public void setup() {
        windmill = Games.load("windmill").bind();
        eight = Games.load("eight-populations").bind();
        if (StabilityAnalysis.of(windmill).vertices().vertices().size() != 16) {
            throw new IllegalStateException("windmill: 16 vertices expected");
        }
        if (StabilityAnalysis.of(eight).vertices().vertices().size() != 256) {
            throw new IllegalStateException("eight populations: 256 vertices expected");
        }
        // chaos in a four-strategy game: the Arneodo-Coullet-Tresser competition (examples/games)
        chaotic = Replicator.of(Games.load("chaotic-competition").bind());
        if (!(lyapunovChaotic().exponents()[0] > 0)) {
            throw new IllegalStateException("the Vano-Sprott game should be chaotic");
        }
    }

    /** 4 populations: analysis of the windmill model. */
    @Benchmark
    public StabilityAnalysis windmill() {
        return StabilityAnalysis.of(windmill);
    }

    /** 8 populations: analysis of the ring. */
    @Benchmark
    public StabilityAnalysis eightPopulations() {
        return StabilityAnalysis.of(eight);
    }

    /** Lyapunov spectrum of a chaotic 4-strategy game over t = 2·10^4 (re-orthonormalized every time unit). */
    @Benchmark
    public LyapunovSpectrum.Result lyapunovChaotic() {
        return LyapunovSpectrum.compute(
                chaotic,
                new double[] {0.25, 0.25, 0.25},
                20_000,
                100,
                1,
                SolverSettings.DEFAULT.withTolerances(1e-9, 1e-11));
    }
}
