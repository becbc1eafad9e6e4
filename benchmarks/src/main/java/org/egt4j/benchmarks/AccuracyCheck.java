package org.egt4j.benchmarks;

import java.util.Locale;
import org.egt4j.ode.AdaptiveRungeKutta;
import org.egt4j.ode.HipparchusSolver;
import org.egt4j.ode.SolverSettings;

/**
 * The accuracy behind {@link TrajectoryBenchmark}'s timings: for each method at the benchmark's
 * tolerance, the largest error over the 64 starts at t = 5 (in the transient) and t = 50 (the end),
 * against Hipparchus's Dormand–Prince 8(5,3) at rtol 1e-13, atol 1e-15; and egt4j's steps and
 * evaluations per trajectory.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar org.egt4j.benchmarks.AccuracyCheck [rtol]}
 */
public final class AccuracyCheck {

    private AccuracyCheck() {}

    /**
     * Prints one line per method.
     *
     * @param args optional relative tolerance (default 1e-8; atol is rtol/100)
     */
    public static void main(String[] args) {
        TrajectoryBenchmark b = new TrajectoryBenchmark();
        b.rtol = args.length > 0 ? Double.parseDouble(args[0]) : 1e-8;
        b.setup();
        HipparchusSolver reference =
                HipparchusSolver.dormandPrince853(SolverSettings.DEFAULT.withTolerances(1e-13, 1e-15));
        String[] names = {
            "egt4j", "egt4jDP54", "egt4jDP853", "hipparchusDP54", "hipparchusDP853", "commonsMathDP54", "handWrittenDP5"
        };
        AdaptiveRungeKutta[] engines = b.engines();
        System.out.printf(Locale.ROOT, "rtol %g, atol %g, 64 windmill starts%n", b.rtol, b.rtol / 100);
        for (int m = 0; m < names.length; m++) {
            AdaptiveRungeKutta engine = m < 3 ? engines[m] : null;
            String method = m < 3 ? "egt4j" : names[m];
            double early = 0;
            double end = 0;
            long steps = 0;
            long evaluations = 0;
            for (double[] s : b.starts()) {
                double[] x5 = b.endState(method, engine, s, 5);
                double[] r5 = reference.integrate(b.field(), 0, s, 5).state();
                double[] x50 = b.endState(method, engine, s, TrajectoryBenchmark.T);
                if (engine != null) {
                    steps += engine.steps();
                    evaluations += engine.evaluations();
                }
                double[] r50 = reference
                        .integrate(b.field(), 0, s, TrajectoryBenchmark.T)
                        .state();
                for (int i = 0; i < s.length; i++) {
                    early = Math.max(early, Math.abs(x5[i] - r5[i]));
                    end = Math.max(end, Math.abs(x50[i] - r50[i]));
                }
            }
            String cost = engine == null
                    ? ""
                    : String.format(
                            Locale.ROOT,
                            ", %.1f steps and %.1f evaluations per trajectory",
                            steps / 64.0,
                            evaluations / 64.0);
            System.out.printf(
                    Locale.ROOT, "%-16s max error %.1e at t = 5, %.1e at t = 50%s%n", names[m], early, end, cost);
        }
    }
}
