package org.egt4j.benchmarks;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.egt4j.dynamics.Replicator;
import org.egt4j.game.BoundGame;
import org.egt4j.game.Game;
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
 * Derivative and Jacobian of the windmill model (4 populations, 2 strategies each) loaded from
 * {@code examples/games/windmill.yaml}, against the same equations written by hand in Java. Each
 * operation evaluates both at one of 64 fixed random states. {@code @Setup} checks that both give
 * the same numbers.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar FieldBenchmark -prof gc}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class FieldBenchmark {

    private static final int STATES = 64;

    private Replicator field;
    private Replicator table;
    private HandWrittenWindmill hand;
    private double[][] states;
    private final double[] dx = new double[4];
    private final double[] jac = new double[16];
    private int next;

    /** Loads the spec, draws the states and checks both methods agree to 1e-12. */
    @Setup
    public void setup() {
        Game game = Games.load("windmill");
        BoundGame bound = game.bind();
        field = Replicator.of(bound);
        table = Replicator.interpreted(bound);
        if (!field.isCompiled()) {
            throw new IllegalStateException("the windmill field should compile to bytecode");
        }
        hand = new HandWrittenWindmill(bound);
        SplittableRandom r = new SplittableRandom(42);
        states = new double[STATES][4];
        double[] dx2 = new double[4];
        double[] jac2 = new double[16];
        for (double[] s : states) {
            for (int i = 0; i < 4; i++) {
                s[i] = r.nextDouble();
            }
            hand.derivativeAndJacobian(s, dx2, jac2);
            for (Replicator f : new Replicator[] {field, table}) {
                f.derivativeAndJacobian(s, dx, jac);
                for (int i = 0; i < 4; i++) {
                    check(dx[i], dx2[i]);
                }
                for (int i = 0; i < 16; i++) {
                    check(jac[i], jac2[i]);
                }
            }
        }
    }

    private static void check(double a, double b) {
        if (Math.abs(a - b) > 1e-12 * Math.max(1, Math.abs(b))) {
            throw new IllegalStateException("egt4j and hand-written disagree: " + a + " vs " + b);
        }
    }

    /** Spec-loaded replicator: derivative and exact Jacobian at once. */
    @Benchmark
    public double egt4j() {
        double[] s = states[next++ & (STATES - 1)];
        field.derivativeAndJacobian(s, dx, jac);
        return dx[0] + jac[5];
    }

    /** Spec-loaded replicator evaluated from coefficient tables (the fallback for huge games). */
    @Benchmark
    public double egt4jTableDriven() {
        double[] s = states[next++ & (STATES - 1)];
        table.derivativeAndJacobian(s, dx, jac);
        return dx[0] + jac[5];
    }

    /** The same equations written by hand. */
    @Benchmark
    public double handWritten() {
        double[] s = states[next++ & (STATES - 1)];
        hand.derivativeAndJacobian(s, dx, jac);
        return dx[0] + jac[5];
    }
}
