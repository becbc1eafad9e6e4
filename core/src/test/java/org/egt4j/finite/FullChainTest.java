package org.egt4j.finite;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.egt4j.ModelException;
import org.egt4j.random.RandomStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The full chain with mutation: banded GTH against power iteration of a dense matrix built independently
 * from the definitions, against detailed balance for two strategies, cyclic symmetry for rock–paper–scissors,
 * and the small-mutation limit as μ → 0 (Fudenberg and Imhof 2006).
 */
class FullChainTest {

    static Stream<Arguments> seeds() {
        return LongStream.range(0, 25).mapToObj(s -> Arguments.of(s));
    }

    static double fermi(double x) {
        return 1 / (1 + Math.exp(-x));
    }

    /** The payoff of a player of i, self excluded, written out. */
    static double f(double[][] a, int[] c, int i, int n) {
        double s = 0;
        for (int k = 0; k < c.length; k++) {
            s += a[i][k] * (c[k] - (k == i ? 1 : 0));
        }
        return s / (n - 1);
    }

    /** Every composition of n into s parts, in any order. */
    static void compositions(int n, int s, int[] prefix, int at, List<int[]> out) {
        if (at == s - 1) {
            prefix[at] = n;
            out.add(prefix.clone());
            return;
        }
        for (int v = 0; v <= n; v++) {
            prefix[at] = v;
            compositions(n - v, s, prefix, at + 1, out);
        }
    }

    static Map<String, Double> reference(double[][] a, FiniteProcess process, int n, double x, double mu) {
        int s = a.length;
        List<int[]> states = new ArrayList<>();
        compositions(n, s, new int[s], 0, states);
        Map<String, Integer> index = new HashMap<>();
        for (int t = 0; t < states.size(); t++) {
            index.put(Arrays.toString(states.get(t)), t);
        }
        int m = states.size();
        double[][] p = new double[m][m];
        for (int t = 0; t < m; t++) {
            int[] c = states.get(t);
            double phiSum = 0;
            for (int l = 0; l < s; l++) {
                phiSum += c[l] == 0 ? 0 : c[l] * (1 - x + x * f(a, c, l, n));
            }
            double out = 0;
            for (int j = 0; j < s; j++) {
                for (int i = 0; i < s; i++) {
                    if (i == j || c[j] == 0) {
                        continue;
                    }
                    double prob;
                    if (process == FiniteProcess.PAIRWISE_COMPARISON) {
                        double imitate =
                                c[i] == 0 ? 0 : (double) c[i] / (n - 1) * fermi(x * (f(a, c, i, n) - f(a, c, j, n)));
                        prob = (double) c[j] / n * (mu / (s - 1) + (1 - mu) * imitate);
                    } else {
                        double born = c[i] == 0 ? 0 : c[i] * (1 - x + x * f(a, c, i, n)) / phiSum;
                        prob = (double) c[j] / n * ((1 - mu) * born + mu / (s - 1) * (1 - born));
                    }
                    int[] d = c.clone();
                    d[j]--;
                    d[i]++;
                    p[t][index.get(Arrays.toString(d))] += prob;
                    out += prob;
                }
            }
            p[t][t] = 1 - out;
        }
        double[] pi = SmallMutationTest.powerIteration(p);
        Map<String, Double> byState = new HashMap<>();
        for (int t = 0; t < m; t++) {
            byState.put(Arrays.toString(states.get(t)), pi[t]);
        }
        return byState;
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void bandedGthAgreesWithPowerIterationOfTheDenseChain(long seed) {
        SplittableRandom r = RandomStreams.stream(seed, 40);
        int s = 2 + r.nextInt(3);
        int n = 2 + r.nextInt(s == 4 ? 6 : 10);
        double[][] a = FinitePopulationTest.randomMatrix(r, s, false);
        FiniteProcess process = FiniteProcess.values()[r.nextInt(2)];
        double x = process == FiniteProcess.MORAN ? r.nextDouble() : r.nextDouble(0, 2);
        double mu = r.nextDouble(0.05, 0.5);
        FullChain chain = FullChain.of(FinitePopulationTest.pop(a, process, n, x), mu);
        Map<String, Double> ref = reference(a, process, n, x, mu);
        assertEquals(ref.size(), chain.counts().length);
        assertEquals(FullChain.stateCount(n, s), chain.counts().length);
        double[] mean = new double[s];
        for (int t = 0; t < chain.counts().length; t++) {
            double expected = ref.get(Arrays.toString(chain.counts()[t]));
            assertEquals(expected, chain.stationary()[t], 1e-10, Arrays.toString(chain.counts()[t]));
            assertEquals(t, FullChain.index(chain.counts()[t], n));
            for (int i = 0; i < s; i++) {
                mean[i] += expected * chain.counts()[t][i] / n;
            }
        }
        assertArrayEquals(mean, chain.meanShares(), 1e-10);
        assertEquals(s, chain.strategies());
        assertEquals(n, chain.size());
    }

    @Test
    void twoStrategiesSatisfyDetailedBalance() {
        // a birth-death chain: pi_{k+1}/pi_k = P(k -> k+1)/P(k+1 -> k)
        double[][] a = {{3, 0}, {5, 1}};
        int n = 40;
        double mu = 0.01;
        FinitePopulation p = FinitePopulationTest.pop(a, FiniteProcess.PAIRWISE_COMPARISON, n, 2);
        FullChain chain = FullChain.of(p, mu);
        // states in order (0, n), (1, n-1), ...: k players of strategy 0 at t = k
        for (int k = 0; k < n; k++) {
            int[] c = {k, n - k};
            int[] d = {k + 1, n - k - 1};
            double up = p.switchProbability(c, 1, 0, mu);
            double down = p.switchProbability(d, 0, 1, mu);
            assertEquals(up / down, chain.stationary()[k + 1] / chain.stationary()[k], 1e-10 * up / down);
        }
    }

    /**
     * At N = 5000 the stationary weights span far more than the range of a double (found by fuzzing the
     * command line: {@code finite hawk-dove.yaml --size 5000 --mu 0.01} printed NaN mean shares): the
     * distribution stays finite, sums to 1, and satisfies detailed balance in log space, ln π<sub>k+1</sub>
     * − ln π<sub>k</sub> = ln P(k → k+1) − ln P(k+1 → k) (Karlin and Taylor 1975, birth–death chains),
     * wherever both neighbours are representable.
     */
    @Test
    void largeChainsStayFiniteAndKeepDetailedBalance() {
        double[][] hawkDove = {{-0.5, 2}, {0, 1}};
        int n = 5000;
        double mu = 0.01;
        FinitePopulation p = FinitePopulationTest.pop(hawkDove, FiniteProcess.PAIRWISE_COMPARISON, n, 1);
        FullChain chain = FullChain.of(p, mu);
        double sum = 0;
        for (double v : chain.stationary()) {
            assertTrue(Double.isFinite(v) && v >= 0, "finite: " + v);
            sum += v;
        }
        assertEquals(1, sum, 1e-9);
        assertTrue(Double.isFinite(chain.meanShares()[0]), "mean shares are numbers");
        int checked = 0;
        for (int k = 0; k < n; k++) {
            double a = chain.stationary()[k];
            double b = chain.stationary()[k + 1];
            if (a > 1e-280 && b > 1e-280) {
                double up = p.switchProbability(new int[] {k, n - k}, 1, 0, mu);
                double down = p.switchProbability(new int[] {k + 1, n - k - 1}, 0, 1, mu);
                assertEquals(Math.log(up) - Math.log(down), Math.log(b) - Math.log(a), 1e-8, "k = " + k);
                checked++;
            }
        }
        assertTrue(checked > 100, "detailed balance checked at " + checked + " states");
    }

    @Test
    void rockPaperScissorsIsCyclicallySymmetric() {
        double[][] rps = {{1, 0, 2}, {2, 1, 0}, {0, 2, 1}};
        int n = 30;
        FullChain chain = FullChain.of(FinitePopulationTest.pop(rps, FiniteProcess.PAIRWISE_COMPARISON, n, 1), 0.01);
        Map<String, Double> pi = new HashMap<>();
        for (int t = 0; t < chain.counts().length; t++) {
            pi.put(Arrays.toString(chain.counts()[t]), chain.stationary()[t]);
        }
        for (int[] c : chain.counts()) {
            int[] rotated = {c[2], c[0], c[1]};
            double v = pi.get(Arrays.toString(c));
            assertEquals(v, pi.get(Arrays.toString(rotated)), 1e-12 * v);
        }
        assertArrayEquals(new double[] {1.0 / 3, 1.0 / 3, 1.0 / 3}, chain.meanShares(), 1e-12);
        assertEquals(chain.monomorphicMass()[0], chain.monomorphicMass()[1], 1e-14);
    }

    @Test
    void smallMutationsConcentrateOnTheSmallMutationLimit() {
        double[][] a = {{1, 3, 0}, {0, 2, 4}, {2, 1, 1}};
        FinitePopulation p = FinitePopulationTest.pop(a, FiniteProcess.PAIRWISE_COMPARISON, 12, 1);
        double[] limit = p.smallMutation().stationary();
        double[] previous = null;
        for (double mu : new double[] {1e-4, 1e-5, 1e-6}) {
            FullChain chain = FullChain.of(p, mu);
            double[] mass = chain.monomorphicMass();
            double error = 0;
            for (int i = 0; i < 3; i++) {
                error = Math.max(error, Math.abs(mass[i] - limit[i]));
            }
            // the error shrinks in proportion to mu
            assertTrue(error < 2e3 * mu, "mu " + mu + ": " + Arrays.toString(mass) + " vs " + Arrays.toString(limit));
            previous = mass;
        }
        assertTrue(previous != null);
    }

    @Test
    void theBudgetAndMutationAreChecked() {
        FinitePopulation p = FinitePopulationTest.pop(new double[][] {{1, 2}, {3, 4}}, FiniteProcess.MORAN, 10, 1);
        assertThrows(ModelException.class, () -> FullChain.of(p, 0));
        assertThrows(ModelException.class, () -> FullChain.of(p, 1.5));
        double[][] big = new double[10][10];
        FinitePopulation large = FinitePopulationTest.pop(big, FiniteProcess.PAIRWISE_COMPARISON, 100, 1);
        ModelException e = assertThrows(ModelException.class, () -> FullChain.of(large, 0.01));
        assertTrue(e.problem().contains("budget"), e.problem());
        assertEquals(1891, FullChain.stateCount(60, 3));
    }
}
