package org.egt4j.benchmarks;

import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.apache.commons.math3.ode.FirstOrderDifferentialEquations;
import org.apache.commons.math3.ode.FirstOrderIntegrator;
import org.egt4j.dynamics.Replicator;
import org.egt4j.game.BoundGame;
import org.egt4j.game.Game;
import org.egt4j.ode.AdaptiveRungeKutta;
import org.egt4j.ode.DormandPrince54;
import org.egt4j.ode.DormandPrince853;
import org.egt4j.ode.HipparchusSolver;
import org.egt4j.ode.SolverSettings;
import org.hipparchus.ode.ODEIntegrator;
import org.hipparchus.ode.ODEState;
import org.hipparchus.ode.OrdinaryDifferentialEquation;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * 64 trajectories of the windmill model ({@code examples/games/windmill.yaml}, 4 populations × 2
 * strategies) over t ∈ [0, 50] at rtol 1e-8, atol 1e-10 (parameter {@code rtol}; atol = rtol/100),
 * from 64 fixed random starts per operation:
 * egt4j (the engine {@link AdaptiveRungeKutta#create} picks for the tolerance, and each of its two
 * pairs by name) against Hipparchus 4.0.2 (DP54 and DP853, through egt4j's ODE adapter), Commons Math
 * 3.6.1's DP54 (the peer baseline) and a minimal hand-written DP5 with the equations in Java (the
 * practical lower bound of a fifth-order pair). {@code @Setup} checks that every method reaches the
 * same end states within 1e-6 (100 rtol above rtol 1e-8), so the comparison is at matched accuracy; {@code AccuracyCheck} prints
 * each method's actual error against a reference at rtol 1e-13.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar TrajectoryBenchmark -prof gc}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class TrajectoryBenchmark {

    static final int STARTS = 64;
    static final double T = 50;

    /** Relative tolerance; the absolute one is rtol/100. The workload is 1e-8. */
    @Param({"1e-8"})
    public double rtol;

    private double[][] starts;
    private final double[] x = new double[4];
    private Replicator field;
    private AdaptiveRungeKutta egt4j;
    private DormandPrince54 egt4jDP54;
    private DormandPrince853 egt4jDP853;
    private ODEIntegrator hipparchus54;
    private ODEIntegrator hipparchus853;
    private OrdinaryDifferentialEquation ode;
    private FirstOrderIntegrator commons54;
    private FirstOrderDifferentialEquations commonsOde;
    private HandWrittenDP5 hand;

    /** Builds every method and checks that they agree on all 64 end states. */
    @Setup
    public void setup() {
        Game game = Games.load("windmill");
        BoundGame bound = game.bind();
        field = Replicator.of(bound);
        SolverSettings settings = SolverSettings.DEFAULT.withTolerances(rtol, rtol / 100);
        egt4j = AdaptiveRungeKutta.create(settings);
        egt4jDP54 = new DormandPrince54(settings);
        egt4jDP853 = new DormandPrince853(settings);
        hipparchus54 = HipparchusSolver.dormandPrince54(settings).integrator();
        hipparchus853 = HipparchusSolver.dormandPrince853(settings).integrator();
        ode = HipparchusSolver.ode(field);
        commons54 = new org.apache.commons.math3.ode.nonstiff.DormandPrince54Integrator(1e-12, T, rtol / 100, rtol);
        Replicator commonsField = field.copy();
        commonsOde = new FirstOrderDifferentialEquations() {
            @Override
            public int getDimension() {
                return 4;
            }

            @Override
            public void computeDerivatives(double t, double[] y, double[] yDot) {
                commonsField.derivative(y, yDot);
            }
        };
        hand = new HandWrittenDP5(new HandWrittenWindmill(bound), rtol, rtol / 100);
        SplittableRandom r = new SplittableRandom(2026);
        starts = new double[STARTS][4];
        for (double[] s : starts) {
            for (int i = 0; i < 4; i++) {
                s[i] = 0.05 + 0.9 * r.nextDouble();
            }
        }
        for (double[] s : starts) {
            double[] reference = s.clone();
            egt4j.advance(field, 0, reference, T, null, List.of(), List.of());
            double[][] others = {
                egt4jRun(egt4jDP54, s),
                egt4jRun(egt4jDP853, s),
                hipparchus54.integrate(ode, new ODEState(0, s.clone()), T).getPrimaryState(),
                hipparchus853.integrate(ode, new ODEState(0, s.clone()), T).getPrimaryState(),
                commons(s),
                handWritten(s)
            };
            for (double[] o : others) {
                for (int i = 0; i < 4; i++) {
                    if (Math.abs(o[i] - reference[i]) > Math.max(1e-6, 100 * rtol)) {
                        throw new IllegalStateException("methods disagree at t = 50: " + o[i] + " vs " + reference[i]);
                    }
                }
            }
        }
    }

    private double[] egt4jRun(AdaptiveRungeKutta engine, double[] s) {
        return endState("egt4j", engine, s, T);
    }

    private double[] commons(double[] s) {
        return endState("commonsMathDP54", null, s, T);
    }

    private double[] handWritten(double[] s) {
        return endState("handWrittenDP5", null, s, T);
    }

    /** The state at time t from start s by a benchmarked method (for {@link AccuracyCheck}). */
    double[] endState(String method, AdaptiveRungeKutta engine, double[] s, double t) {
        double[] y = s.clone();
        switch (method) {
            case "egt4j" -> engine.advance(field, 0, y, t, null, List.of(), List.of());
            case "hipparchusDP54" -> y =
                    hipparchus54.integrate(ode, new ODEState(0, y), t).getPrimaryState();
            case "hipparchusDP853" -> y =
                    hipparchus853.integrate(ode, new ODEState(0, y), t).getPrimaryState();
            case "commonsMathDP54" -> commons54.integrate(commonsOde, 0, y, t, y);
            case "handWrittenDP5" -> hand.integrate(y, t);
            default -> throw new IllegalArgumentException(method);
        }
        return y;
    }

    double[][] starts() {
        return starts;
    }

    AdaptiveRungeKutta[] engines() {
        return new AdaptiveRungeKutta[] {egt4j, egt4jDP54, egt4jDP853};
    }

    Replicator field() {
        return field;
    }

    /**
     * egt4j as users get it: spec-loaded field compiled to bytecode, the allocation-free engine that
     * {@link AdaptiveRungeKutta#create} picks for the tolerance (Dormand–Prince 8(5,3) at rtol 1e-8).
     */
    @Benchmark
    public void egt4j(Blackhole bh) {
        run(egt4j, bh);
    }

    /** egt4j's Dormand–Prince 5(4), the same algorithm as {@link #handWrittenDP5}. */
    @Benchmark
    public void egt4jDP54(Blackhole bh) {
        run(egt4jDP54, bh);
    }

    /** egt4j's Dormand–Prince 8(5,3), the same algorithm as {@link #hipparchusDP853}. */
    @Benchmark
    public void egt4jDP853(Blackhole bh) {
        run(egt4jDP853, bh);
    }

    private void run(AdaptiveRungeKutta engine, Blackhole bh) {
        for (double[] s : starts) {
            System.arraycopy(s, 0, x, 0, 4);
            engine.advance(field, 0, x, T, null, List.of(), List.of());
            bh.consume(x[0]);
        }
    }

    /** Hipparchus 4.0.2 Dormand–Prince 5(4) on the same field. */
    @Benchmark
    public void hipparchusDP54(Blackhole bh) {
        for (double[] s : starts) {
            bh.consume(hipparchus54.integrate(ode, new ODEState(0, s), T).getPrimaryState()[0]);
        }
    }

    /** Hipparchus 4.0.2 Dormand–Prince 8(5,3) on the same field. */
    @Benchmark
    public void hipparchusDP853(Blackhole bh) {
        for (double[] s : starts) {
            bh.consume(hipparchus853.integrate(ode, new ODEState(0, s), T).getPrimaryState()[0]);
        }
    }

    /** Commons Math 3.6.1 Dormand–Prince 5(4) on the same field. */
    @Benchmark
    public void commonsMathDP54(Blackhole bh) {
        for (double[] s : starts) {
            System.arraycopy(s, 0, x, 0, 4);
            commons54.integrate(commonsOde, 0, x, T, x);
            bh.consume(x[0]);
        }
    }

    /** Minimal DP5 with the equations written by hand. */
    @Benchmark
    public void handWrittenDP5(Blackhole bh) {
        for (double[] s : starts) {
            System.arraycopy(s, 0, x, 0, 4);
            hand.integrate(x, T);
            bh.consume(x[0]);
        }
    }
}
