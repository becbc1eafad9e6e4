package org.egt4j.dynamics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.egt4j.game.BoundGame;
import org.egt4j.game.Game;
import org.egt4j.game.GameBuilder;
import org.egt4j.testing.RandomGames;
import org.egt4j.testing.RandomStates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The compiled kernels of Smith, BNN, projection and Maynard Smith ({@link PayoffKernels}) against their
 * second implementations, the Java loops over the payoff field ({@link SmithField}, {@link BnnField},
 * {@link ProjectionField}, {@link MaynardSmithField}): velocity and Jacobian on seeded random games of
 * every payoff form and up to four populations, at interior states, vertices, edges and random faces
 * (edge cases: ties of payoffs at the vertices of integer matrix games, the zero game, the centre of RPS
 * where all payoffs tie). The Jacobians against central differences are in {@code
 * NashStationaryDynamicsTest} and {@code MaynardSmithTest}, which run on the compiled fields. The
 * projection's branch-free active-set iteration is checked against an independent characterisation of
 * the KKT multiplier, λ* = max over sets B of unused strategies of the mean payoff over supp ∪ B (h(λ) =
 * max<sub>B</sub> Σ<sub>supp∪B</sub>(F − λ) vanishes at λ*), by enumeration.
 */
class PayoffKernelsTest {

    static LongStream seeds() {
        return RandomGames.seeds(300);
    }

    /** Interior, vertex, edge and a random face (a random non-empty support per population). */
    static List<double[][]> states(Game g, SplittableRandom r) {
        List<double[][]> states = new ArrayList<>();
        states.add(RandomStates.interior(g, r));
        states.add(RandomStates.vertex(g, r));
        states.add(RandomStates.edge(g, r));
        double[][] face = RandomStates.interior(g, r);
        for (double[] s : face) {
            int keep = r.nextInt(s.length);
            double sum = 0;
            for (int i = 0; i < s.length; i++) {
                if (i != keep && r.nextBoolean()) {
                    s[i] = 0;
                }
                sum += s[i];
            }
            for (int i = 0; i < s.length; i++) {
                s[i] /= sum;
            }
        }
        states.add(face);
        return states;
    }

    private static void assertAgree(
            VectorField expected, VectorField actual, double[] x, String what, boolean jacobian) {
        int n = x.length;
        double[] e = new double[n];
        double[] a = new double[n];
        double[] je = new double[n * n];
        double[] ja = new double[n * n];
        double[] only = new double[n * n];
        double[] plain = new double[n];
        expected.derivativeAndJacobian(x, e, je);
        actual.derivativeAndJacobian(x, a, ja);
        actual.derivative(x, plain);
        actual.copy().jacobian(x, only);
        double scale = 1;
        for (double v : je) {
            scale = Math.max(scale, Math.abs(v));
        }
        for (int i = 0; i < n; i++) {
            assertEquals(e[i], a[i], 1e-12 * scale, what + " V_" + i);
            assertEquals(a[i], plain[i], 0.0, what + " derivative() alone V_" + i);
        }
        if (!jacobian) {
            return;
        }
        for (int i = 0; i < n * n; i++) {
            assertEquals(je[i], ja[i], 1e-12 * scale, what + " J_" + i);
            assertEquals(ja[i], only[i], 0.0, what + " jacobian() alone J_" + i);
        }
    }

    static List<NashStationaryDynamics> nashStationary() {
        return List.of(SmithDynamics.INSTANCE, BrownVonNeumannNash.INSTANCE, ProjectionDynamics.INSTANCE);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void compiledSmithBnnAndProjectionEqualTheJavaLoops(long seed) {
        Game g = RandomGames.recipe(seed).build();
        BoundGame b = g.bind();
        for (NashStationaryDynamics d : nashStationary()) {
            VectorField compiled = d.field(b);
            VectorField loops = d.interpretedField(b);
            assertTrue(compiled instanceof KernelField, d + " compiled, seed " + seed);
            SplittableRandom r = new SplittableRandom(seed);
            int at = 0;
            for (double[][] s : states(g, r)) {
                assertAgree(
                        loops, compiled, RandomStates.reduced(g, s), d + ", state " + at++ + ", seed " + seed, true);
            }
        }
    }

    /**
     * Maynard Smith's compiled kernel against the replicator kernel and payoff field combined in Java, on
     * the same random games (whatever the sign of their payoffs: both compute the formula; states with a
     * mean payoff |φ| &lt; 0.1 are skipped, where both are ill-conditioned). At least half of the states
     * are compared.
     */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void compiledMaynardSmithEqualsTheReplicatorDividedByTheMeanPayoff(long seed) {
        Game g = RandomGames.recipe(seed).build();
        BoundGame b = g.bind();
        Kernel kernel = PayoffKernels.maynardSmith(b);
        assertNotNull(kernel, "compiled, seed " + seed);
        VectorField compiled = PayoffKernels.fieldOr(kernel, b, MaynardSmithField::of);
        VectorField loops = MaynardSmithField.of(b);
        PayoffField payoffs = PayoffField.interpreted(b);
        SplittableRandom r = new SplittableRandom(seed);
        int compared = 0;
        List<double[][]> states = states(g, r);
        for (double[][] s : states) {
            double[] f = new double[payoffs.size()];
            double[] x = RandomStates.reduced(g, s);
            payoffs.payoffs(x, f);
            boolean conditioned = true;
            for (int k = 0; k < s.length; k++) {
                double phi = 0;
                for (int i = 0; i < s[k].length; i++) {
                    phi += s[k][i] * f[payoffs.start(k) + i];
                }
                conditioned &= Math.abs(phi) >= 0.1;
            }
            if (conditioned) {
                assertAgree(loops, compiled, x, "maynard-smith, seed " + seed, true);
                compared++;
            }
        }
        assertTrue(compared > 0 || seed % 2 == 1, "no state compared, seed " + seed);
    }

    /** Games with ties everywhere: every payoff zero, and RPS at its centre and vertices. */
    @Test
    void tiesAndZeroPayoffsAgree() {
        Game zero = Game.builder("zero")
                .population("p", "a", "b", "c")
                .population("q", "d", "e")
                .fitness("p", "a", "0")
                .fitness("p", "b", "0")
                .fitness("p", "c", "0")
                .fitness("q", "d", "0")
                .fitness("q", "e", "0")
                .build();
        Game rps = NashStationaryDynamicsTest.rps();
        double third = 1.0 / 3;
        List<double[][]> rpsStates = new ArrayList<>(RandomStates.allVertices(rps));
        rpsStates.add(new double[][] {{third, third, 1 - 2 * third}});
        rpsStates.add(new double[][] {{0.5, 0.5, 0}});
        for (Game g : List.of(zero, rps)) {
            BoundGame b = g.bind();
            List<double[][]> states = g == rps ? rpsStates : RandomStates.allVertices(g);
            for (NashStationaryDynamics d : nashStationary()) {
                for (double[][] s : states) {
                    double[] x = RandomStates.reduced(g, s);
                    assertAgree(d.interpretedField(b), d.field(b), x, d + " on " + g.name(), true);
                    double[] v = new double[x.length];
                    d.field(b).derivative(x, v);
                    if (g == zero) {
                        for (double y : v) {
                            assertEquals(0.0, y, 0.0, d + ": the zero game does not move");
                        }
                    }
                }
            }
        }
    }

    /**
     * The projection of a constant payoff vector F (a matrix game with constant rows) at a state with a
     * random support: z = F − λ* on the support, [F − λ*]₊ off it, with λ* the largest mean of F over
     * supp ∪ B for the subsets B of unused strategies (enumerated; m up to 7 strategies, payoffs with
     * ties drawn from a few integers).
     */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void projectionMultiplierIsTheLargestMeanOverTheSupportAndUnusedSubsets(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int m = 2 + r.nextInt(6);
        double[] f = new double[m];
        String[] names = new String[m];
        String[][] a = new String[m][m];
        for (int i = 0; i < m; i++) {
            names[i] = "s" + i;
            f[i] = seed % 3 == 0 ? r.nextInt(4) : Math.scalb((double) r.nextInt(1 << 20), -14) - 32;
            for (int j = 0; j < m; j++) {
                a[i][j] = Double.toString(f[i]);
            }
        }
        GameBuilder builder =
                Game.builder("constant " + seed).population("p", names).matrix(a);
        Game g = builder.build();
        double[] s = new double[m];
        boolean[] used = new boolean[m];
        used[r.nextInt(m)] = true;
        double sum = 0;
        for (int i = 0; i < m; i++) {
            used[i] |= r.nextInt(3) == 0;
            s[i] = used[i] ? 0.1 + r.nextDouble() : 0;
            sum += s[i];
        }
        for (int i = 0; i < m; i++) {
            s[i] /= sum;
        }
        double lambda = Double.NEGATIVE_INFINITY;
        for (int mask = 0; mask < 1 << m; mask++) {
            double total = 0;
            int count = 0;
            boolean valid = true;
            for (int i = 0; i < m; i++) {
                boolean in = (mask >> i & 1) == 1;
                valid &= !used[i] || in;
                if (in) {
                    total += f[i];
                    count++;
                }
            }
            if (valid) {
                lambda = Math.max(lambda, total / count);
            }
        }
        double[] v = new double[m - 1];
        VectorField field = ProjectionDynamics.INSTANCE.field(g.bind());
        assertTrue(field instanceof KernelField, "compiled");
        field.derivative(RandomStates.reduced(g, new double[][] {s}), v);
        for (int i = 0; i < m - 1; i++) {
            double expected = used[i] ? f[i] - lambda : Math.max(f[i] - lambda, 0);
            assertEquals(expected, v[i], 1e-12 * 64, "z_" + i + ", m = " + m + ", seed " + seed);
        }
    }

    /** A game whose Smith program would exceed the size bound gets no kernel and uses the loops. */
    @Test
    void aGameTooLargeForTheKernelFallsBackToTheLoops() {
        int m = 80;
        String[] names = new String[m];
        String[][] a = new String[m][m];
        for (int i = 0; i < m; i++) {
            names[i] = "s" + i;
            for (int j = 0; j < m; j++) {
                a[i][j] = Integer.toString((i * 7 + j * 3) % 11);
            }
        }
        Game g = Game.builder("large").population("p", names).matrix(a).build();
        BoundGame b = g.bind();
        assertNull(PayoffKernels.smith(b));
        VectorField field = SmithDynamics.INSTANCE.field(b);
        assertTrue(field instanceof SmithField, "the loops");
    }
}
