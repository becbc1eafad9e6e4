package org.egt4j.dynamics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.egt4j.game.BoundGame;
import org.egt4j.game.Game;
import org.egt4j.ode.DormandPrince853;
import org.egt4j.ode.SolverSettings;
import org.egt4j.testing.RandomGames;
import org.egt4j.testing.RandomStates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Smith's dynamic, the Brown–von Neumann–Nash dynamic and the projection dynamic against independent
 * references on seeded random games (matrix, table and fitness forms; interior, vertex and edge states):
 * Smith and BNN against the mean dynamics of their revision protocols (Sandholm 2010, §5.5–5.6), the
 * projection against the KKT conditions of the Euclidean projection on the tangent cone (Moreau's
 * decomposition), every Jacobian against central differences where the field is smooth, the state space
 * invariant, and the projection dynamic in standard RPS moving on exact circles around the centre
 * (Lahkar and Sandholm 2008).
 */
class NashStationaryDynamicsTest {

    static LongStream seeds() {
        return RandomGames.seeds(300);
    }

    private static List<double[][]> states(Game g, SplittableRandom r) {
        return List.of(RandomStates.interior(g, r), RandomStates.vertex(g, r), RandomStates.edge(g, r));
    }

    private static void assertSame(VectorField expected, VectorField actual, Game g, long seed, String what) {
        SplittableRandom r = new SplittableRandom(seed);
        int n = g.dimension();
        for (double[][] s : states(g, r)) {
            double[] x = RandomStates.reduced(g, s);
            double[] e = new double[n];
            double[] a = new double[n];
            expected.derivative(x, e);
            actual.derivative(x, a);
            double scale = 1;
            for (double v : e) {
                scale = Math.max(scale, Math.abs(v));
            }
            for (int i = 0; i < n; i++) {
                assertEquals(e[i], a[i], 1e-12 * scale, what + " ẋ_" + i + ", seed " + seed);
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void smithIsTheMeanDynamicOfThePairwiseDifferenceProtocol(long seed) {
        BoundGame b = RandomGames.recipe(seed).build().bind();
        assertSame(
                MeanDynamic.of(b, PairwiseDifference.INSTANCE),
                SmithDynamics.INSTANCE.field(b),
                b.game(),
                seed,
                "smith");
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void bnnIsTheMeanDynamicOfTheExcessPayoffProtocol(long seed) {
        BoundGame b = RandomGames.recipe(seed).build().bind();
        assertSame(
                MeanDynamic.of(b, ExcessPayoff.INSTANCE), BrownVonNeumannNash.INSTANCE.field(b), b.game(), seed, "bnn");
    }

    /**
     * z = Π_T(F) iff (Moreau) z ∈ T, F − z in the polar cone and z·(F − z) = 0: per population, F − z =
     * λ·1 − ν with ν ≥ 0 and ν_i = 0 on the support; so F_i − z_i = λ wherever s_i &gt; 0 or z_i &gt; 0,
     * F_i − z_i ≤ λ where s_i = 0 = z_i, z_i ≥ 0 where s_i = 0 and Σ z = 0. On the interior z = F −
     * mean(F)·1. (The last component is minus the sum of the others, so "0" means within round-off.)
     */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void projectionSatisfiesTheKktConditionsOfTheProjectionOnTheTangentCone(long seed) {
        Game g = RandomGames.recipe(seed).build();
        BoundGame b = g.bind();
        VectorField field = ProjectionDynamics.INSTANCE.field(b);
        PayoffField payoffs = PayoffField.interpreted(b);
        SplittableRandom r = new SplittableRandom(seed);
        int n = g.dimension();
        boolean interior = true;
        for (double[][] s : states(g, r)) {
            double[] x = RandomStates.reduced(g, s);
            double[] v = new double[n];
            field.derivative(x, v);
            double[] f = new double[payoffs.size()];
            payoffs.payoffs(x, f);
            for (int k = 0; k < s.length; k++) {
                int m = s[k].length;
                double[] z = full(v, g.offset(k), m);
                double scale = 1;
                for (int i = 0; i < m; i++) {
                    scale = Math.max(scale, Math.abs(f[payoffs.start(k) + i]));
                }
                double lambda = Double.NaN;
                for (int i = 0; i < m; i++) {
                    if (s[k][i] > 0 || z[i] > 1e-12 * scale) {
                        double l = f[payoffs.start(k) + i] - z[i];
                        if (Double.isNaN(lambda)) {
                            lambda = l;
                        }
                        assertEquals(lambda, l, 1e-12 * scale, "F − z is constant on the active set, seed " + seed);
                    }
                }
                double mean = 0;
                for (int i = 0; i < m; i++) {
                    mean += f[payoffs.start(k) + i] / m;
                }
                for (int i = 0; i < m; i++) {
                    if (s[k][i] == 0) {
                        assertTrue(z[i] >= -1e-12 * scale, "z_" + i + " ≥ 0 on an unused strategy, seed " + seed);
                        assertTrue(
                                f[payoffs.start(k) + i] - z[i] <= lambda + 1e-12 * scale,
                                "ν_" + i + " ≥ 0, seed " + seed);
                    }
                    if (interior) {
                        assertEquals(f[payoffs.start(k) + i] - mean, z[i], 1e-12 * scale, "interior, seed " + seed);
                    }
                }
            }
            interior = false;
        }
    }

    /** The full velocity of population k (the last component minus the sum of the others). */
    private static double[] full(double[] v, int offset, int m) {
        double[] z = new double[m];
        double last = 0;
        for (int i = 0; i < m - 1; i++) {
            z[i] = v[offset + i];
            last -= z[i];
        }
        z[m - 1] = last;
        return z;
    }

    static List<Dynamics> dynamics() {
        return List.of(SmithDynamics.INSTANCE, BrownVonNeumannNash.INSTANCE, ProjectionDynamics.INSTANCE);
    }

    /** On every face an unused strategy's share does not decrease: the product of simplices is invariant. */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theStateSpaceIsInvariant(long seed) {
        Game g = RandomGames.recipe(seed).build();
        BoundGame b = g.bind();
        for (Dynamics d : dynamics()) {
            VectorField field = d.field(b);
            SplittableRandom r = new SplittableRandom(seed);
            for (double[][] s : states(g, r)) {
                double[] v = new double[g.dimension()];
                field.derivative(RandomStates.reduced(g, s), v);
                for (int k = 0; k < s.length; k++) {
                    double[] z = full(v, g.offset(k), s[k].length);
                    for (int i = 0; i < z.length; i++) {
                        if (s[k][i] == 0) {
                            assertTrue(z[i] >= -1e-12, d + ": an unused strategy's share decreases, seed " + seed);
                        }
                    }
                }
            }
        }
    }

    /**
     * The exact Jacobians against central differences at an interior state where the field is smooth
     * (no tie of payoffs for Smith, no zero excess payoff for BNN, within the difference step); states
     * with such a near-tie are skipped, and at least a third of the seeds must be compared.
     */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void jacobiansEqualCentralDifferencesWhereSmooth(long seed) {
        Game g = RandomGames.recipe(seed).build();
        BoundGame b = g.bind();
        SplittableRandom r = new SplittableRandom(seed);
        double[][] s = RandomStates.interior(g, r);
        double[] x = RandomStates.reduced(g, s);
        PayoffField payoffs = PayoffField.interpreted(b);
        double[] f = new double[payoffs.size()];
        payoffs.payoffs(x, f);
        double gap = Double.POSITIVE_INFINITY;
        double scale = 1;
        for (int k = 0; k < s.length; k++) {
            double mean = 0;
            for (int i = 0; i < s[k].length; i++) {
                mean += s[k][i] * f[payoffs.start(k) + i];
            }
            for (int i = 0; i < s[k].length; i++) {
                scale = Math.max(scale, Math.abs(f[payoffs.start(k) + i]));
                gap = Math.min(gap, Math.abs(f[payoffs.start(k) + i] - mean));
                for (int j = 0; j < i; j++) {
                    gap = Math.min(gap, Math.abs(f[payoffs.start(k) + i] - f[payoffs.start(k) + j]));
                }
            }
        }
        int n = g.dimension();
        for (Dynamics d : dynamics()) {
            if (gap < 1e-3 && !(d instanceof ProjectionDynamics)) {
                continue;
            }
            VectorField field = d.field(b);
            double[] v = new double[n];
            double[] jac = new double[n * n];
            double[] only = new double[n * n];
            field.derivativeAndJacobian(x, v, jac);
            field.copy().jacobian(x, only);
            double h = 1e-6;
            double[] plus = new double[n];
            double[] minus = new double[n];
            double js = scale;
            for (double y : jac) {
                js = Math.max(js, Math.abs(y));
            }
            for (int j = 0; j < n; j++) {
                double[] xp = x.clone();
                double[] xm = x.clone();
                xp[j] += h;
                xm[j] -= h;
                field.derivative(xp, plus);
                field.derivative(xm, minus);
                for (int i = 0; i < n; i++) {
                    assertEquals(
                            (plus[i] - minus[i]) / (2 * h),
                            jac[i * n + j],
                            1e-5 * js,
                            d + " J_" + i + j + ", seed " + seed);
                    assertEquals(jac[i * n + j], only[i * n + j], 0.0, d + " jacobian() alone, seed " + seed);
                }
            }
        }
    }

    @Test
    void enoughSeedsAreSmoothForTheJacobianComparison() {
        int smooth = 0;
        for (long seed : seeds().toArray()) {
            Game g = RandomGames.recipe(seed).build();
            double[] x = RandomStates.reduced(g, RandomStates.interior(g, new SplittableRandom(seed)));
            PayoffField payoffs = PayoffField.interpreted(g.bind());
            double[] f = new double[payoffs.size()];
            payoffs.payoffs(x, f);
            boolean tie = false;
            for (int k = 0; k < g.populations().size(); k++) {
                for (int i = payoffs.start(k); i < payoffs.start(k + 1); i++) {
                    for (int j = payoffs.start(k); j < i; j++) {
                        tie |= Math.abs(f[i] - f[j]) < 1e-3;
                    }
                }
            }
            smooth += tie ? 0 : 1;
        }
        assertTrue(smooth >= 100, smooth + " of 300 seeds without payoff ties");
    }

    static Game rps() {
        return Game.builder("RPS")
                .population("players", "rock", "paper", "scissors")
                .matrix(new String[][] {{"0", "-1", "1"}, {"1", "0", "-1"}, {"-1", "1", "0"}})
                .build();
    }

    /**
     * Standard RPS (A skew, 1ᵀA = 0): on the interior ẋ = Ax, and (x − c)·Ax = x·Ax − c·Ax = 0 − (1ᵀAx)/3
     * = 0, so the Euclidean distance to the centre c is conserved and interior orbits are circles (Lahkar
     * and Sandholm 2008). Checked pointwise and along an integrated orbit.
     */
    @Test
    void projectionOrbitsInStandardRockPaperScissorsAreCirclesAroundTheCentre() {
        VectorField field = ProjectionDynamics.INSTANCE.field(rps().bind());
        SplittableRandom r = new SplittableRandom(13);
        for (int t = 0; t < 100; t++) {
            double[][] s = RandomStates.interior(rps(), r);
            double[] v = new double[2];
            field.derivative(new double[] {s[0][0], s[0][1]}, v);
            double[] z = {v[0], v[1], -v[0] - v[1]};
            double dot = 0;
            for (int i = 0; i < 3; i++) {
                dot += (s[0][i] - 1.0 / 3) * z[i];
                assertEquals(s[0][(i + 2) % 3] - s[0][(i + 1) % 3], z[i], 1e-15, "ẋ = Ax");
            }
            assertEquals(0, dot, 1e-15, "(x − c)·ẋ = 0");
        }
        double[] x0 = {0.5, 0.3};
        double radius = distance(x0);
        DormandPrince853 solver = new DormandPrince853(SolverSettings.DEFAULT.withTolerances(1e-12, 1e-14));
        for (double t1 : new double[] {1, 5, 20, 50}) {
            double[] x = solver.integrate(field, 0, x0, t1).state();
            assertEquals(radius, distance(x), 1e-9, "distance to the centre at t = " + t1);
        }
        assertTrue(distance(solver.integrate(field, 0, x0, 1).state()) > 0, "the orbit moves");
    }

    private static double distance(double[] x) {
        double a = x[0] - 1.0 / 3;
        double b = x[1] - 1.0 / 3;
        double c = (1 - x[0] - x[1]) - 1.0 / 3;
        return Math.sqrt(a * a + b * b + c * c);
    }

    @Test
    void theCatalogueNamesTheThreeDynamics() {
        assertEquals(SmithDynamics.INSTANCE, DynamicsCatalogue.of("smith", Map.of()));
        assertEquals(BrownVonNeumannNash.INSTANCE, DynamicsCatalogue.of("bnn", Map.of()));
        assertEquals(ProjectionDynamics.INSTANCE, DynamicsCatalogue.of("projection", Map.of()));
        for (Dynamics d : dynamics()) {
            assertEquals(d.name(), d.spec());
            assertEquals(d.name(), d.toString());
            assertTrue(d.restPointsAreNashEquilibria() && !d.isImitative(), d.name());
            assertTrue(d.equations(rps()).isEmpty() && d.parameters().isEmpty(), d.name());
            assertTrue(d.formula().contains("dx"), d.name());
        }
    }
}
