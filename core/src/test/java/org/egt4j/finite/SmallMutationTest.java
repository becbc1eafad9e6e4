package org.egt4j.finite;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.egt4j.random.RandomStreams;
import org.hipparchus.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * GTH state reduction (Grassmann, Taksar and Heyman 1985) against power iteration and closed forms, and
 * the small-mutation limit (Fudenberg and Imhof 2006) against the two-strategy closed form
 * π<sub>a</sub> = ρ<sub>a,b</sub>/(ρ<sub>a,b</sub> + ρ<sub>b,a</sub>).
 */
class SmallMutationTest {

    static Stream<Arguments> seeds() {
        return LongStream.range(0, 40).mapToObj(s -> Arguments.of(s));
    }

    /** π ← π (P + I)/2 (lazy, so aperiodic) until it stops changing. */
    static double[] powerIteration(double[][] p) {
        int n = p.length;
        double[] pi = new double[n];
        java.util.Arrays.fill(pi, 1.0 / n);
        for (int it = 0; it < 1_000_000; it++) {
            double[] next = new double[n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    next[j] += pi[i] * p[i][j] / 2;
                }
                next[i] += pi[i] / 2;
            }
            double change = 0;
            for (int j = 0; j < n; j++) {
                change = Math.max(change, Math.abs(next[j] - pi[j]));
            }
            pi = next;
            if (change < 1e-17) {
                break;
            }
        }
        return pi;
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void gthAgreesWithPowerIteration(long seed) {
        SplittableRandom r = RandomStreams.stream(seed, 10);
        int n = 1 + r.nextInt(9);
        double[][] p = new double[n][n];
        for (int i = 0; i < n; i++) {
            double sum = 0;
            for (int j = 0; j < n; j++) {
                // sparse: a cycle i -> i+1 keeps it irreducible, other entries present half the time
                boolean present = j == (i + 1) % n || r.nextBoolean();
                p[i][j] = present ? r.nextDouble(0.01, 1) : 0;
                sum += p[i][j];
            }
            for (int j = 0; j < n; j++) {
                p[i][j] /= sum;
            }
        }
        double[] gth = Gth.stationary(p);
        double[] power = powerIteration(p);
        assertArrayEquals(power, gth, 1e-12);
        double total = 0;
        for (double v : gth) {
            total += v;
        }
        assertEquals(1, total, 1e-14);
    }

    @Test
    void gthOfTwoStatesIsTheClosedFormEvenBelowTheSmallestDouble() {
        // pi_0 = q/(p + q) for P = [[1-p, p], [q, 1-q]]
        double[] pi = Gth.stationary(new double[][] {{0.7, 0.3}, {0.1, 0.9}});
        assertArrayEquals(new double[] {0.25, 0.75}, pi, 1e-15);
        // in logarithms: p = e^-2000, q = e^-1000: pi_0 = 1/(1 + e^-1000)
        double[] l = Gth.logStationary(new double[][] {{0, -2000}, {-1000, 0}});
        assertEquals(0, l[0], 1e-300);
        assertEquals(-1000, l[1], 1e-12);
        assertThrows(IllegalArgumentException.class, () -> Gth.stationary(new double[][] {{1, 0}, {0, 1}}));
        assertThrows(IllegalArgumentException.class, () -> Gth.stationary(new double[][] {{1, 0}}));
        assertThrows(IllegalArgumentException.class, () -> Gth.stationary(new double[][] {{1, -1}, {1, 0}}));
        assertThrows(IllegalArgumentException.class, () -> Gth.stationary(new double[][] {{0, Double.NaN}, {1, 0}}));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void twoStrategiesGiveTheClosedForm(long seed) {
        SplittableRandom r = RandomStreams.stream(seed, 11);
        int n = 2 + r.nextInt(100);
        double[][] a = FinitePopulationTest.randomMatrix(r, 2, false);
        FiniteProcess process = FiniteProcess.values()[r.nextInt(2)];
        double intensity = process == FiniteProcess.MORAN ? r.nextDouble() : r.nextDouble(0, 5);
        FinitePopulation p = FinitePopulationTest.pop(a, process, n, intensity);
        SmallMutation sm = p.smallMutation();
        double rhoAB = p.fixation(0, 1).probability();
        double rhoBA = p.fixation(1, 0).probability();
        assertEquals(rhoAB / (rhoAB + rhoBA), sm.stationary()[0], 1e-12);
        assertEquals(rhoBA / (rhoAB + rhoBA), sm.stationary()[1], 1e-12);
        assertArrayEquals(new int[][] {{0}, {1}}, sm.states());
        // with two strategies, M_rm = rho_{m,r}/(n - 1) = rho_{m,r}
        assertEquals(rhoAB, sm.transition()[1][0], 1e-15);
        assertEquals(1 - rhoAB, sm.transition()[1][1], 1e-15);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void manyStrategiesAgreeWithPowerIterationOfTheirTransitionMatrix(long seed) {
        SplittableRandom r = RandomStreams.stream(seed, 12);
        int s = 2 + r.nextInt(6);
        int n = 2 + r.nextInt(30);
        double[][] a = FinitePopulationTest.randomMatrix(r, s, false);
        FinitePopulation p = FinitePopulationTest.pop(a, FiniteProcess.PAIRWISE_COMPARISON, n, r.nextDouble(0, 0.5));
        SmallMutation sm = p.smallMutation();
        for (double[] row : sm.transition()) {
            double sum = 0;
            for (double v : row) {
                assertTrue(v >= 0);
                sum += v;
            }
            assertEquals(1, sum, 1e-14);
        }
        for (int i = 0; i < s; i++) {
            for (int m = 0; m < s; m++) {
                if (m != i) {
                    assertEquals(p.fixation(m, i).probability() / (s - 1), sm.transition()[i][m], 1e-16);
                }
            }
        }
        assertArrayEquals(powerIteration(sm.transition()), sm.stationary(), 1e-10);
    }

    @Test
    void cyclicRockPaperScissorsIsUniform() {
        double[][] rps = {{1, 0, 2}, {2, 1, 0}, {0, 2, 1}};
        SmallMutation sm = FinitePopulationTest.pop(rps, FiniteProcess.PAIRWISE_COMPARISON, 30, 1)
                .smallMutation();
        assertArrayEquals(new double[] {1.0 / 3, 1.0 / 3, 1.0 / 3}, sm.stationary(), 1e-15);
    }

    /**
     * The EGTTools regression: a stag hunt (stag, hare) = [[4, 0], [3, 3]] at Z = 100, β = 10. For a
     * birth–death chain ρ<sub>a,b</sub>/ρ<sub>b,a</sub> = Π<sub>k=1</sub><sup>N−1</sup>
     * T<sup>+</sup>(k)/T<sup>−</sup>(k) (Nowak 2006, Evolutionary Dynamics, chapter 6), so π<sub>stag</sub>
     * = 1/(1 + e<sup>−β S</sup>) with S = Σ<sub>k</sub> (f<sub>stag</sub>(k) − f<sub>hare</sub>(k)), here
     * computed exactly as a fraction: S = −(N + 1) = −101, π<sub>stag</sub> = e<sup>−1010</sup>/(1 +
     * e<sup>−1010</sup>). Both fixation probabilities are below 1e-7, which EGTTools truncates to 0 (and
     * reports [1, 0]); here the distribution is [e<sup>−1010</sup>, 1].
     */
    @Test
    void stagHuntAtOneHundredAndBetaTenPutsItsMassOnHare() {
        int n = 100;
        double beta = 10;
        double[][] a = {{4, 0}, {3, 3}};
        FinitePopulation p = FinitePopulationTest.pop(a, FiniteProcess.PAIRWISE_COMPARISON, n, beta);
        BigFraction sum = BigFraction.ZERO;
        for (int k = 1; k < n; k++) {
            BigFraction fa = new BigFraction(4 * (k - 1), n - 1);
            BigFraction fb = new BigFraction(3 * k + 3 * (n - k - 1), n - 1);
            sum = sum.add(fa.subtract(fb));
        }
        assertEquals(new BigFraction(-(n + 1)), sum);
        double logStag = beta * sum.doubleValue() - LogMath.softplus(beta * sum.doubleValue());
        SmallMutation sm = p.smallMutation();
        assertEquals(logStag, sm.logStationary()[0], 1e-9);
        assertEquals(-1010, sm.logStationary()[0], 1e-9);
        assertEquals(1.0, sm.stationary()[1]);
        assertEquals(0.0, sm.stationary()[0]);
        assertTrue(p.fixation(0, 1).probability() < 1e-7 && p.fixation(1, 0).probability() < 1e-7);
        // and the ratio of the two fixation probabilities itself, in logs
        assertEquals(beta * sum.doubleValue(), p.logFixation(0, 1) - p.logFixation(1, 0), 1e-9);
    }
}
