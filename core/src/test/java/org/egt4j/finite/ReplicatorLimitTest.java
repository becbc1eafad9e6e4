package org.egt4j.finite;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.function.IntFunction;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.egt4j.random.RandomStreams;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The finite process approaches the deterministic dynamics as N → ∞ with error O(1/N), measured on N =
 * 10, 20, ..., 2560: the expected drift per N steps of the pairwise comparison, G(k) = T⁺ − T⁻, tends to
 * x(1 − x) tanh(β(π<sub>a</sub> − π<sub>b</sub>)/2) and, at weak selection, to the replicator with the
 * factor β/2 (Traulsen, Claussen and Hauert, "Coevolutionary dynamics: from finite to infinite
 * populations", PRL 95, 238701, 2005; Traulsen, Nowak and Pacheco, PRE 74, 011909, 2006); Moran's to the
 * adjusted replicator w x(1 − x)(π<sub>a</sub> − π<sub>b</sub>)/(1 − w + w π̄) (same references); with
 * three strategies the drift of every share to Σ<sub>j</sub> x<sub>i</sub>x<sub>j</sub> tanh(β(π<sub>i</sub> −
 * π<sub>j</sub>)/2). The gradient along an edge of a three-strategy population is the gradient of the
 * two-strategy game on that edge.
 */
class ReplicatorLimitTest {

    static Stream<Arguments> seeds() {
        return LongStream.range(0, 20).mapToObj(s -> Arguments.of(s));
    }

    static final double[] XS = {0.2, 0.4, 0.5, 0.6, 0.8};

    /** Errors e_N for N = 10 · 2^m; checks N e_N bounded and the halving of the error at the largest N. */
    static void assertFirstOrder(IntFunction<Double> error, String what) {
        int m = 9;
        double[] e = new double[m];
        for (int i = 0; i < m; i++) {
            e[i] = error.apply(10 << i);
        }
        double first = 10 * e[0];
        for (int i = 0; i < m; i++) {
            int n = 10 << i;
            assertTrue(n * e[i] <= 2 * first + 1e-12, what + ": N e_N grows at N = " + n + ": " + n * e[i]);
        }
        double ratio = e[m - 2] / e[m - 1];
        assertTrue(ratio > 1.8 && ratio < 2.2, what + ": e_N / e_2N = " + ratio + " (first order: 2)");
    }

    static double[][] game(SplittableRandom r, int s) {
        double[][] a = FinitePopulationTest.randomMatrix(r, s, false);
        // a non-zero diagonal correction keeps the O(1/N) term from vanishing by accident
        a[0][0] += 1;
        return a;
    }

    static double pi(double[][] a, int i, double[] x) {
        double v = 0;
        for (int k = 0; k < x.length; k++) {
            v += a[i][k] * x[k];
        }
        return v;
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void pairwiseComparisonDriftTendsToTheTanhReplicatorAtRateOneOverN(long seed) {
        SplittableRandom r = RandomStreams.stream(seed, 60);
        double[][] a = game(r, 2);
        double beta = r.nextDouble(0.1, 2);
        assertFirstOrder(
                n -> {
                    FinitePopulation p = FinitePopulationTest.pop(a, FiniteProcess.PAIRWISE_COMPARISON, n, beta);
                    double[] g = p.gradient(0, 1);
                    double err = 0;
                    for (double x : XS) {
                        int k = (int) Math.round(x * n);
                        double[] s = {x, 1 - x};
                        double limit = x * (1 - x) * Math.tanh(beta / 2 * (pi(a, 0, s) - pi(a, 1, s)));
                        // the form: k(N - k)/(N(N - 1)) tanh(beta/2 (f_a - f_b)) itself
                        int[] c = {k, n - k};
                        double finite = (double) k
                                * (n - k)
                                / ((double) n * (n - 1))
                                * Math.tanh(beta / 2 * (p.payoff(0, c) - p.payoff(1, c)));
                        assertEquals(finite, g[k], 1e-14, "G(k) is the tanh form of Traulsen et al. 2006");
                        err = Math.max(err, Math.abs(g[k] - limit));
                    }
                    return err;
                },
                "Fermi");
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void weakSelectionGivesTheReplicatorWithFactorHalfBeta(long seed) {
        SplittableRandom r = RandomStreams.stream(seed, 61);
        double[][] a = game(r, 2);
        // beta_N = 1/N: G / (beta/2) -> x(1 - x)(pi_a - pi_b), tanh's cubic term is O(1/N^2)
        assertFirstOrder(
                n -> {
                    double beta = 1.0 / n;
                    FinitePopulation p = FinitePopulationTest.pop(a, FiniteProcess.PAIRWISE_COMPARISON, n, beta);
                    double[] g = p.gradient(0, 1);
                    double err = 0;
                    for (double x : XS) {
                        int k = (int) Math.round(x * n);
                        double[] s = {x, 1 - x};
                        double replicator = x * (1 - x) * (pi(a, 0, s) - pi(a, 1, s));
                        err = Math.max(err, Math.abs(g[k] / (beta / 2) - replicator));
                    }
                    return err;
                },
                "weak selection");
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void moranDriftTendsToTheAdjustedReplicatorAtRateOneOverN(long seed) {
        SplittableRandom r = RandomStreams.stream(seed, 62);
        double[][] a = game(r, 2);
        double w = r.nextDouble(0.1, 1);
        assertFirstOrder(
                n -> {
                    FinitePopulation p = FinitePopulationTest.pop(a, FiniteProcess.MORAN, n, w);
                    double[] g = p.gradient(0, 1);
                    double err = 0;
                    for (double x : XS) {
                        int k = (int) Math.round(x * n);
                        double[] s = {x, 1 - x};
                        double mean = x * pi(a, 0, s) + (1 - x) * pi(a, 1, s);
                        double limit = w * x * (1 - x) * (pi(a, 0, s) - pi(a, 1, s)) / (1 - w + w * mean);
                        err = Math.max(err, Math.abs(g[k] - limit));
                    }
                    return err;
                },
                "Moran");
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void threeStrategyDriftTendsToThePairwiseTanhDynamics(long seed) {
        SplittableRandom r = RandomStreams.stream(seed, 63);
        double[][] a = game(r, 3);
        double beta = r.nextDouble(0.1, 2);
        double[] x = {0.3, 0.5, 0.2};
        assertFirstOrder(
                n -> {
                    FinitePopulation p = FinitePopulationTest.pop(a, FiniteProcess.PAIRWISE_COMPARISON, n, beta);
                    int[] c = {(int) Math.round(0.3 * n), (int) Math.round(0.5 * n), 0};
                    c[2] = n - c[0] - c[1];
                    double err = 0;
                    for (int i = 0; i < 3; i++) {
                        double drift = 0;
                        double limit = 0;
                        for (int j = 0; j < 3; j++) {
                            if (j != i) {
                                drift += p.switchProbability(c, j, i, 0) - p.switchProbability(c, i, j, 0);
                                limit += x[i] * x[j] * Math.tanh(beta / 2 * (pi(a, i, x) - pi(a, j, x)));
                            }
                        }
                        err = Math.max(err, Math.abs(drift - limit));
                    }
                    return err;
                },
                "three strategies");
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theGradientAlongAnEdgeIsTheTwoStrategyGradientOfThatEdge(long seed) {
        SplittableRandom r = RandomStreams.stream(seed, 64);
        double[][] a = game(r, 3);
        int n = 2 + r.nextInt(60);
        FiniteProcess process = FiniteProcess.values()[r.nextInt(2)];
        double intensity = process == FiniteProcess.MORAN ? r.nextDouble() : r.nextDouble(0, 3);
        FinitePopulation p = FinitePopulationTest.pop(a, process, n, intensity);
        for (int i = 0; i < 3; i++) {
            for (int j = i + 1; j < 3; j++) {
                double[][] edge = {{a[i][i], a[i][j]}, {a[j][i], a[j][j]}};
                double[] expected =
                        FinitePopulationTest.pop(edge, process, n, intensity).gradient(0, 1);
                assertArrayEquals(expected, p.gradient(i, j), 1e-15, "edge " + i + "-" + j);
                // on the edge the full chain's drift of i is the gradient (only i and j present)
                for (int k = 1; k < n; k++) {
                    int[] c = new int[3];
                    c[i] = k;
                    c[j] = n - k;
                    double drift = p.switchProbability(c, j, i, 0) - p.switchProbability(c, i, j, 0);
                    assertEquals(drift, p.gradient(i, j)[k], 1e-14);
                }
            }
        }
    }
}
