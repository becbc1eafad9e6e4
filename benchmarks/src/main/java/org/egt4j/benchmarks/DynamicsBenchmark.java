package org.egt4j.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.egt4j.dynamics.DynamicsCatalogue;
import org.egt4j.dynamics.VectorField;
import org.egt4j.game.BoundGame;
import org.egt4j.game.Game;
import org.egt4j.spec.SpecLoader;
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
 * The field ẋ = V(x) of every non-replicator dynamic on the windmill model (4 populations, 2 strategies
 * each), spec-loaded through the catalogue, against the same field written by hand in Java. The
 * windmill's payoffs are shifted by a background payoff B = 10 added to every strategy (a
 * benchmark-local copy of {@code examples/games/windmill.yaml}): replicator–mutator and Maynard Smith's
 * dynamic need positive payoffs, and a common shift changes none of the other dynamics. Each operation
 * evaluates the derivative at one of 64 fixed random interior states; {@code @Setup} checks that both
 * give the same numbers. With two strategies per population and g = F<sub>1</sub> − F<sub>2</sub>, φ =
 * xF<sub>1</sub> + (1 − x)F<sub>2</sub>, the hand-written fields are: replicator–mutator xF<sub>1</sub>(1
 * − μ) + (1 − x)F<sub>2</sub>μ − xφ; logit 1/(1 + e<sup>−g/η</sup>) − x; Maynard Smith x(1 − x)g/φ; Smith
 * (1 − x)[g]<sub>+</sub> − x[−g]<sub>+</sub>; BNN (1 − x)²g for g ≥ 0, x²g otherwise; projection (on the
 * interior) g/2.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar DynamicsBenchmark -prof gc}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class DynamicsBenchmark {

    private static final int STATES = 64;
    private static final double MU = 0.01;
    private static final double ETA = 0.1;
    private static final double BACKGROUND = 10;

    /** The dynamic, as named in the catalogue. */
    @Param({"replicator-mutator", "logit", "maynard-smith", "smith", "bnn", "projection"})
    public String dynamics;

    private VectorField field;
    private int kind;
    private double[] p;
    private double[][] states;
    private final double[] dx = new double[4];
    private final double[] f1 = new double[4];
    private final double[] f2 = new double[4];
    private int next;

    /** The windmill spec with B added to every payoff. */
    static Game shiftedWindmill() {
        String text;
        try (InputStream in = Games.class.getResourceAsStream("/games/windmill.yaml")) {
            if (in == null) {
                throw new IllegalStateException("no packaged spec windmill");
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int fitness = text.indexOf("\nfitness:");
        String head = text.substring(0, fitness)
                .replace(
                        "parameters:\n",
                        "parameters:\n  B:  {value: " + BACKGROUND + ", meaning: \"background payoff\"}\n");
        String tail = text.substring(fitness).replaceAll("(?m)^(\\s+\\w+: \")", "$1B + ");
        return SpecLoader.parse("windmill-shifted.yaml", head + tail);
    }

    /** Builds both fields, draws the states and checks that they agree to 1e-12. */
    @Setup
    public void setup() {
        BoundGame bound = shiftedWindmill().bind();
        Map<String, Double> params =
                switch (dynamics) {
                    case "replicator-mutator" -> Map.of("mu", MU);
                    case "logit" -> Map.of("eta", ETA);
                    default -> Map.of();
                };
        field = DynamicsCatalogue.of(dynamics, params).field(bound);
        kind = java.util.List.of("replicator-mutator", "logit", "maynard-smith", "smith", "bnn", "projection")
                .indexOf(dynamics);
        var v = bound.parameterValues();
        p = new double[] {
            v.get("B"), v.get("R"), v.get("C"), v.get("S"), v.get("F"), v.get("T"), v.get("I"), v.get("V"),
            v.get("Cg"), v.get("Sp"), v.get("Pf"), v.get("N"), v.get("Cp"), v.get("K"), v.get("rho"), v.get("G")
        };
        SplittableRandom r = new SplittableRandom(42);
        states = new double[STATES][4];
        double[] hand = new double[4];
        for (double[] s : states) {
            for (int i = 0; i < 4; i++) {
                s[i] = 0.01 + 0.98 * r.nextDouble();
            }
            field.derivative(s, dx);
            handWritten(s, hand);
            for (int i = 0; i < 4; i++) {
                if (Math.abs(dx[i] - hand[i]) > 1e-12 * Math.max(1, Math.abs(hand[i]))) {
                    throw new IllegalStateException(
                            dynamics + ": egt4j and hand-written disagree: " + dx[i] + " vs " + hand[i]);
                }
            }
        }
    }

    /** The windmill's payoffs with the background B, written out. */
    private void payoffs(double[] s) {
        double x = s[0];
        double y = s[1];
        double z = s[2];
        double w = s[3];
        double b = p[0];
        f1[0] = b + p[1] - p[2] + p[3] * y + p[5] * z + p[6] * w;
        f2[0] = b - p[4] * y;
        f1[1] = b + p[7] * x - p[3] * x - p[9] * z - p[8] + p[4] * (1 - x);
        f2[1] = b + p[7] * x / 2;
        f1[2] = b + p[10] * x + p[11] * w + p[9] * y - p[12];
        f2[2] = b;
        f1[3] = b + p[13] * x - p[14] + p[15] * y + p[11] * z / 2;
        f2[3] = b;
    }

    private void handWritten(double[] s, double[] out) {
        payoffs(s);
        for (int k = 0; k < 4; k++) {
            double x = s[k];
            double a = f1[k];
            double c = f2[k];
            double g = a - c;
            double phi = x * a + (1 - x) * c;
            out[k] = switch (kind) {
                case 0 -> x * a * (1 - MU) + (1 - x) * c * MU - x * phi;
                case 1 -> 1 / (1 + Math.exp(-g / ETA)) - x;
                case 2 -> x * (1 - x) * g / phi;
                case 3 -> g >= 0 ? (1 - x) * g : x * g;
                case 4 -> g >= 0 ? (1 - x) * (1 - x) * g : x * x * g;
                default -> g / 2;
            };
        }
    }

    /** The spec-loaded field from the catalogue. */
    @Benchmark
    public double egt4j() {
        double[] s = states[next++ & (STATES - 1)];
        field.derivative(s, dx);
        return dx[0] + dx[3];
    }

    /** The same field written by hand. */
    @Benchmark
    public double handWritten() {
        double[] s = states[next++ & (STATES - 1)];
        handWritten(s, dx);
        return dx[0] + dx[3];
    }
}
