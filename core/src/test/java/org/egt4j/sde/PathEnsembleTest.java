package org.egt4j.sde;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.egt4j.ModelException;
import org.egt4j.dynamics.DynamicsCatalogue;
import org.egt4j.dynamics.VectorField;
import org.egt4j.game.BoundGame;
import org.egt4j.game.Game;
import org.egt4j.ode.AdaptiveRungeKutta;
import org.egt4j.ode.Sampler;
import org.egt4j.ode.SolverSettings;
import org.egt4j.testing.RandomGames;
import org.egt4j.testing.RandomStates;
import org.egt4j.testing.TextbookGames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Path ensembles: byte-identical across thread counts and runs; σ = 0 reproduces the deterministic
 * solver with Euler's first-order error; the simplex stays invariant under payoff shocks; budgets and
 * bad input are refused; the drift is the replicator's (plus the Itô correction) on random games.
 */
class PathEnsembleTest {

    private static PathEnsemble.Settings settings(int paths, double dt, Scheme scheme, long seed, int samples) {
        return new PathEnsemble.Settings(paths, dt, scheme, seed, samples, 3);
    }

    private static void assertSame(PathEnsemble.Result a, PathEnsemble.Result b, String what) {
        assertArrayEquals(a.times(), b.times(), what);
        assertTrue(java.util.Arrays.deepEquals(a.mean(), b.mean()), what + " mean");
        assertTrue(java.util.Arrays.deepEquals(a.std(), b.std()), what + " std");
        for (int q = 0; q < 3; q++) {
            assertTrue(
                    java.util.Arrays.deepEquals(
                            a.quantiles().get(q), b.quantiles().get(q)),
                    what + " q" + q);
        }
        for (int r = 0; r < a.paths().size(); r++) {
            assertTrue(java.util.Arrays.deepEquals(a.paths().get(r), b.paths().get(r)), what + " path " + r);
        }
        assertEquals(a.absorbed().size(), b.absorbed().size(), what);
        for (int i = 0; i < a.absorbed().size(); i++) {
            assertArrayEquals(a.absorbed().get(i).state(), b.absorbed().get(i).state(), what);
            assertEquals(a.absorbed().get(i).count(), b.absorbed().get(i).count(), what);
        }
        assertEquals(a.boundaryHits(), b.boundaryHits(), what);
    }

    @Test
    void ensemblesAreByteIdenticalForOneTwoAndSevenThreadsAndAcrossRuns() {
        BoundGame bos = TextbookGames.battleOfTheSexes().bind();
        for (NoiseKind kind : List.of(NoiseKind.MULTIPLICATIVE, NoiseKind.LOGISTIC, NoiseKind.PAYOFF)) {
            for (Scheme scheme : Scheme.values()) {
                ReplicatorSde sde = ReplicatorSde.of(bos, Noise.uniform(kind, 0.8));
                double[] x0 = {0.4, 0.6};
                PathEnsemble.Settings s = settings(101, 0.01, scheme, 42, 11);
                PathEnsemble.Result one = PathEnsemble.run(sde, x0, 4, s, 1);
                assertSame(one, PathEnsemble.run(sde, x0, 4, s, 2), kind + " " + scheme + " 2 threads");
                assertSame(one, PathEnsemble.run(sde, x0, 4, s, 7), kind + " " + scheme + " 7 threads");
                assertSame(one, PathEnsemble.run(sde, x0, 4, s, 1), kind + " " + scheme + " again");
                PathEnsemble.Result other = PathEnsemble.run(sde, x0, 4, settings(101, 0.01, scheme, 43, 11), 2);
                assertTrue(!java.util.Arrays.deepEquals(one.mean(), other.mean()), "another seed gives other paths");
            }
        }
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "seed {0}")
    @org.junit.jupiter.params.provider.ValueSource(longs = {0, 1, 1000, 1037})
    void pathsInAnyOrderAndBlockingOnAnyExecutorGiveTheLocalEnsemble(long seed) {
        // the seam a cluster uses: paths computed in a random order, a fresh worker per block
        BoundGame bos = TextbookGames.battleOfTheSexes().bind();
        ReplicatorSde sde = ReplicatorSde.of(bos, Noise.uniform(NoiseKind.MULTIPLICATIVE, 0.8));
        double[] x0 = {0.4, 0.6};
        PathEnsemble.Settings s = settings(101, 0.01, Scheme.MILSTEIN, 42, 11);
        PathEnsemble.Result local = PathEnsemble.run(sde, x0, 4, s, 2);
        assertSame(
                local,
                PathEnsemble.run(sde, x0, 4, s, new org.egt4j.analysis.AnalysisWorkTest.Scrambled(seed)),
                "scrambled " + seed);
        assertEquals(PathEnsemble.PART, PathEnsemble.paths(sde, x0, 4, s).part());
        assertEquals(101, PathEnsemble.paths(sde, x0, 4, s).size());
    }

    @Test
    void multiplicativeNoiseAbsorbsAtZeroAndCountsClippedPaths() {
        // a prisoner's dilemma: the first strategy (cooperate) is dominated; x = 0 is absorbing
        Game pd = Game.builder("PD")
                .population("p", List.of("c", "d"), "x")
                .matrix(new String[][] {{"3", "0"}, {"5", "1"}})
                .build();
        ReplicatorSde sde = ReplicatorSde.of(pd.bind(), Noise.uniform(NoiseKind.MULTIPLICATIVE, 2.5));
        PathEnsemble.Result r =
                PathEnsemble.run(sde, new double[] {0.5}, 20, settings(400, 0.01, Scheme.EULER_MARUYAMA, 5, 5), 2);
        assertEquals(1, r.absorbed().size());
        PathEnsemble.Absorption a = r.absorbed().get(0);
        assertArrayEquals(new double[] {0}, a.state());
        assertTrue(a.fraction() > 0.9, "fraction " + a.fraction());
        assertTrue(a.ci95().lower() <= a.fraction() && a.fraction() <= a.ci95().upper() + 1e-12);
        assertTrue(r.boundaryHits() > 0 && r.boundaryHits() <= 400);
        for (double[][] p : r.paths()) {
            for (double[] s : p) {
                assertTrue(s[0] >= 0 && s[0] <= 1);
            }
        }
    }

    @Test
    void zeroNoiseReproducesTheDeterministicSolverWithEulersFirstOrderError() {
        BoundGame bos = TextbookGames.battleOfTheSexes().bind();
        double[] x0 = {0.4, 0.7};
        double time = 5;
        VectorField field = DynamicsCatalogue.of("replicator", Map.of()).field(bos);
        Sampler sampler = Sampler.evenly(0, time, 6);
        AdaptiveRungeKutta.create(SolverSettings.DEFAULT.withTolerances(1e-12, 1e-14))
                .integrate(field, 0, x0, time, sampler);
        double[][] ode = sampler.states();
        for (NoiseKind kind : List.of(NoiseKind.MULTIPLICATIVE, NoiseKind.LOGISTIC, NoiseKind.PAYOFF)) {
            for (Scheme scheme : Scheme.values()) {
                ReplicatorSde sde = ReplicatorSde.of(bos, Noise.uniform(kind, 0));
                double[] err = new double[2];
                for (int l = 0; l < 2; l++) {
                    double dt = l == 0 ? 1e-3 : 5e-4;
                    PathEnsemble.Result r = PathEnsemble.run(sde, x0, time, settings(3, dt, scheme, 1, 6), 1);
                    for (int k = 0; k < 6; k++) {
                        for (int c = 0; c < 2; c++) {
                            err[l] = Math.max(err[l], Math.abs(r.mean()[k][c] - ode[k][c]));
                            assertEquals(0, r.std()[k][c], 1e-15);
                            assertEquals(r.mean()[k][c], r.quantiles().get(0)[k][c], 1e-15);
                            assertEquals(
                                    r.quantiles().get(2)[k][c], r.quantiles().get(0)[k][c], 0.0);
                        }
                    }
                    assertEquals(0, r.boundaryHits());
                }
                // Euler's global error is C h: below 1e-2 at h = 1e-3 and halved with h
                assertTrue(err[0] < 1e-2 && err[0] > 0, kind + " " + scheme + " error " + err[0]);
                assertEquals(2, err[0] / err[1], 0.1, kind + " " + scheme + " error ratio");
            }
        }
    }

    @Test
    void payoffShocksKeepTheSimplexOnRockPaperScissors() {
        BoundGame rps = TextbookGames.rockPaperScissors().bind();
        ReplicatorSde sde = ReplicatorSde.of(rps, Noise.perStrategy(new double[][] {{0.5, 0.3, 0.7}}));
        assertEquals(3, sde.brownianDimension());
        for (Scheme scheme : Scheme.values()) {
            PathEnsemble.Result r = PathEnsemble.run(
                    sde, new double[] {0.2, 0.3}, 5, new PathEnsemble.Settings(200, 1e-3, scheme, 7, 26, 200), 2);
            assertEquals(0, r.boundaryHits(), scheme.key());
            for (double[][] p : r.paths()) {
                for (double[] s : p) {
                    assertTrue(s[0] > 0 && s[1] > 0 && s[0] + s[1] < 1, scheme + " state in the open simplex");
                }
            }
        }
        // with a step far too large the scheme leaves the simplex: clipped back and counted
        ReplicatorSde loud = ReplicatorSde.of(rps, Noise.uniform(NoiseKind.PAYOFF, 3));
        PathEnsemble.Result r = PathEnsemble.run(
                loud,
                new double[] {0.2, 0.3},
                5,
                new PathEnsemble.Settings(50, 0.5, Scheme.EULER_MARUYAMA, 7, 11, 50),
                1);
        assertTrue(r.boundaryHits() > 0);
        for (double[][] p : r.paths()) {
            for (double[] s : p) {
                assertTrue(s[0] >= 0 && s[1] >= 0 && s[0] + s[1] <= 1 + 1e-12, "clipped state in the simplex");
            }
        }
    }

    static LongStream seeds() {
        return RandomGames.seeds(100);
    }

    /** With σ = 0 the drift is the replicator field; payoff shocks add −x_i(σ_i² x_i − Σ σ_j² x_j²). */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theDriftIsTheReplicatorFieldPlusTheItoCorrection(long seed) {
        Game g = RandomGames.recipe(seed).build();
        BoundGame b = g.bind();
        VectorField field = DynamicsCatalogue.of("replicator", Map.of()).field(b);
        SplittableRandom random = new SplittableRandom(seed);
        double[][] shares = RandomStates.interior(g, random);
        double[] full = RandomStates.full(g, shares);
        double[] x = RandomStates.reduced(g, shares);
        int n = g.dimension();
        double[] expected = new double[n];
        field.derivative(x, expected);
        double[] sigma = new double[full.length];
        double[][] perStrategy = new double[g.populations().size()][];
        int r = 0;
        for (int k = 0; k < perStrategy.length; k++) {
            perStrategy[k] = new double[g.populations().get(k).size()];
            for (int i = 0; i < perStrategy[k].length; i++) {
                perStrategy[k][i] = random.nextDouble();
                sigma[r++] = perStrategy[k][i];
            }
        }
        ReplicatorSde quiet = ReplicatorSde.of(b, Noise.uniform(NoiseKind.PAYOFF, 0));
        double[] drift = new double[n];
        quiet.drift(x, drift);
        assertArrayEquals(expected, drift, 1e-12 * (1 + max(expected)), "seed " + seed);
        ReplicatorSde loud = ReplicatorSde.of(b, Noise.perStrategy(perStrategy));
        loud.copy().drift(x, drift);
        r = 0;
        for (int k = 0; k < perStrategy.length; k++) {
            int size = perStrategy[k].length;
            double s2 = 0;
            for (int i = 0; i < size; i++) {
                s2 += sigma[r + i] * sigma[r + i] * full[r + i] * full[r + i];
            }
            for (int i = 0; i < size - 1; i++) {
                double z = full[r + i];
                double correction = -z * (sigma[r + i] * sigma[r + i] * z - s2);
                int c = g.offset(k) + i;
                assertEquals(expected[c] + correction, drift[c], 1e-12 * (1 + max(expected)), "seed " + seed);
            }
            r += size;
        }
    }

    private static double max(double[] v) {
        double m = 0;
        for (double d : v) {
            m = Math.max(m, Math.abs(d));
        }
        return m;
    }

    @Test
    void badInputIsRefusedWithAHint() {
        BoundGame bos = TextbookGames.battleOfTheSexes().bind();
        BoundGame rps = TextbookGames.rockPaperScissors().bind();
        ReplicatorSde sde = ReplicatorSde.of(bos, Noise.uniform(NoiseKind.LOGISTIC, 1));
        double[] x0 = {0.5, 0.5};
        List<Runnable> bad = List.of(
                () -> Noise.uniform(NoiseKind.MULTIPLICATIVE, -1),
                () -> Noise.uniform(NoiseKind.MULTIPLICATIVE, Double.NaN),
                () -> Noise.perPopulation(NoiseKind.LOGISTIC, new double[] {1, -0.5}),
                () -> Noise.perStrategy(new double[][] {{1, -2}}),
                () -> ReplicatorSde.of(rps, Noise.uniform(NoiseKind.MULTIPLICATIVE, 1)),
                () -> ReplicatorSde.of(rps, Noise.uniform(NoiseKind.LOGISTIC, 1)),
                () -> ReplicatorSde.of(bos, Noise.perPopulation(NoiseKind.LOGISTIC, new double[] {1})),
                () -> ReplicatorSde.of(bos, Noise.perStrategy(new double[][] {{1, 2}})),
                () -> ReplicatorSde.of(bos, Noise.perStrategy(new double[][] {{1, 2}, {3}})),
                () -> NoiseKind.parse("gaussian"),
                () -> Scheme.parse("heun"),
                () -> PathEnsemble.run(sde, x0, 1, settings(10, 0, Scheme.MILSTEIN, 1, 5), 1),
                () -> PathEnsemble.run(sde, x0, 1, settings(10, 2, Scheme.MILSTEIN, 1, 5), 1),
                () -> PathEnsemble.run(sde, x0, 0, settings(10, 0.1, Scheme.MILSTEIN, 1, 5), 1),
                () -> PathEnsemble.run(sde, x0, 1, settings(0, 0.1, Scheme.MILSTEIN, 1, 5), 1),
                () -> PathEnsemble.run(sde, x0, 1, settings(10, 0.1, Scheme.MILSTEIN, 1, 1), 1),
                () -> PathEnsemble.run(sde, x0, 100, settings(1_000_000, 1e-4, Scheme.MILSTEIN, 1, 5), 1),
                () -> PathEnsemble.run(sde, x0, 1, settings(1_000_000, 0.1, Scheme.MILSTEIN, 1, 100), 1));
        for (int i = 0; i < bad.size(); i++) {
            ModelException e = assertThrows(ModelException.class, bad.get(i)::run, "case " + i);
            assertTrue(!e.hint().isEmpty(), "case " + i + " has a hint");
        }
        assertEquals(NoiseKind.PAYOFF, NoiseKind.parse(" Payoff "));
        assertEquals(Scheme.EULER_MARUYAMA, Scheme.parse("euler-maruyama"));
        assertEquals(
                "multiplicative [1.0, 2.0]",
                Noise.perPopulation(NoiseKind.MULTIPLICATIVE, new double[] {1, 2})
                        .toString());
        assertEquals(Noise.uniform(NoiseKind.LOGISTIC, 1), Noise.uniform(NoiseKind.LOGISTIC, 1));
        assertEquals(
                Noise.uniform(NoiseKind.LOGISTIC, 1).hashCode(),
                Noise.uniform(NoiseKind.LOGISTIC, 1).hashCode());
        assertTrue(!Noise.uniform(NoiseKind.LOGISTIC, 1).equals(Noise.uniform(NoiseKind.PAYOFF, 1)));
    }

    @Test
    void typeSevenQuantilesInterpolateBetweenOrderStatistics() {
        double[] v = {1, 2, 4, 8};
        assertEquals(1, PathEnsemble.quantile(v, 0), 0.0);
        assertEquals(8, PathEnsemble.quantile(v, 1), 0.0);
        assertEquals(3, PathEnsemble.quantile(v, 0.5), 0.0); // position 1.5
        assertEquals(1.15, PathEnsemble.quantile(v, 0.05), 1e-15); // position 0.15
        assertEquals(5, PathEnsemble.quantile(new double[] {5}, 0.95), 0.0);
    }

    @Test
    void stepsAllocateNothing() {
        com.sun.management.ThreadMXBean bean =
                (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        BoundGame bos = TextbookGames.battleOfTheSexes().bind();
        BoundGame rps = TextbookGames.rockPaperScissors().bind();
        for (ReplicatorSde sde : List.of(
                ReplicatorSde.of(bos, Noise.uniform(NoiseKind.MULTIPLICATIVE, 0.5)),
                ReplicatorSde.of(bos, Noise.uniform(NoiseKind.LOGISTIC, 0.5)),
                ReplicatorSde.of(rps, Noise.uniform(NoiseKind.PAYOFF, 0.5)),
                ReplicatorSde.of(rps, Noise.finiteSize(50)))) {
            for (Scheme scheme : Scheme.values()) {
                if (!sde.supports(scheme)) {
                    continue;
                }
                double[] dw = new double[sde.brownianDimension()];
                Normals z = new Normals(new SplittableRandom(1));
                // the smallest of several runs: one-time costs (JIT, coverage probes) land in one run at most
                long least = Long.MAX_VALUE;
                for (int run = 0; run < 5; run++) {
                    double[] x = {0.3, 0.3};
                    long before = bean.getCurrentThreadAllocatedBytes();
                    for (int s = 0; s < 20_000; s++) {
                        for (int j = 0; j < dw.length; j++) {
                            dw[j] = 0.03 * z.next();
                        }
                        sde.step(scheme, x, 1e-3, dw);
                    }
                    least = Math.min(least, bean.getCurrentThreadAllocatedBytes() - before);
                }
                assertTrue(least < 64, sde.kind() + " " + scheme + " allocated " + least + " bytes in 20000 steps");
            }
        }
    }
}
