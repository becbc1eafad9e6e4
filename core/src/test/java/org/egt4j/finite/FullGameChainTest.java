package org.egt4j.finite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
 * The full chain with mutation of two populations against power iteration of a dense chain built here
 * from the definitions (docs/finite.md: population p drawn with N<sub>p</sub>/ΣN, the rule with uniform
 * mutation inside it, payoffs against the other population's shares), and a symmetric game between two
 * equal populations giving a distribution symmetric under exchanging them.
 */
class FullGameChainTest {

    static Stream<Arguments> seeds() {
        return LongStream.range(0, 20).mapToObj(s -> Arguments.of(s));
    }

    /** The stationary distribution of the dense chain by power iteration, with its states. */
    static double[] powerIteration(FiniteGame fg, int[] strategies, double mu, List<int[][]> states) {
        for (int[] c0 : AbsorptionTest.compositions(fg.size(0), strategies[0])) {
            for (int[] c1 : AbsorptionTest.compositions(fg.size(1), strategies[1])) {
                states.add(new int[][] {c0, c1});
            }
        }
        int n = states.size();
        double[][] p = new double[n][n];
        double total = fg.size(0) + fg.size(1);
        for (int t = 0; t < n; t++) {
            int[][] c = states.get(t);
            double stay = 1;
            for (int q = 0; q < 2; q++) {
                int other = 1 - q;
                int s = strategies[q];
                int size = fg.size(q);
                double[] f = new double[s];
                for (int i = 0; i < s; i++) {
                    for (int o = 0; o < strategies[other]; o++) {
                        int[] profile = q == 0 ? new int[] {i, o} : new int[] {o, i};
                        f[i] += (double) c[other][o] / fg.size(other) * fg.payoff(q, profile);
                    }
                }
                double phiTotal = 0;
                for (int i = 0; i < s; i++) {
                    phiTotal += c[q][i] * (1 - fg.intensity() + fg.intensity() * f[i]);
                }
                for (int j = 0; j < s; j++) {
                    for (int i = 0; i < s; i++) {
                        if (i == j || c[q][j] == 0) {
                            continue;
                        }
                        double prob;
                        if (fg.process() == FiniteProcess.PAIRWISE_COMPARISON) {
                            double imitate =
                                    (double) c[q][i] / (size - 1) / (1 + Math.exp(-fg.intensity() * (f[i] - f[j])));
                            prob = (double) c[q][j] / size * (mu / (s - 1) + (1 - mu) * imitate);
                        } else {
                            double born = c[q][i] * (1 - fg.intensity() + fg.intensity() * f[i]) / phiTotal;
                            prob = (double) c[q][j] / size * ((1 - mu) * born + mu / (s - 1) * (1 - born));
                        }
                        prob *= size / total;
                        int[][] d = {c[0].clone(), c[1].clone()};
                        d[q][j]--;
                        d[q][i]++;
                        int u = indexOf(states, d);
                        p[t][u] += prob;
                        stay -= prob;
                    }
                }
            }
            p[t][t] += stay;
        }
        double[] pi = new double[n];
        Arrays.fill(pi, 1.0 / n);
        for (int it = 0; it < 200_000; it++) {
            double[] next = new double[n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    next[j] += pi[i] * p[i][j];
                }
            }
            double diff = 0;
            for (int i = 0; i < n; i++) {
                diff = Math.max(diff, Math.abs(next[i] - pi[i]));
            }
            pi = next;
            if (diff < 1e-17) {
                break;
            }
        }
        return pi;
    }

    static int indexOf(List<int[][]> states, int[][] c) {
        for (int t = 0; t < states.size(); t++) {
            if (Arrays.deepEquals(states.get(t), c)) {
                return t;
            }
        }
        throw new AssertionError(Arrays.deepToString(c));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void twoPopulationsMatchPowerIterationOfTheDenseChain(long seed) {
        SplittableRandom r = RandomStreams.stream(seed, 70);
        int rows = 2 + r.nextInt(2);
        var game = FiniteGameTest.randomGame(r, rows, false);
        int[] sizes = {2 + r.nextInt(4), 2 + r.nextInt(4)};
        FiniteProcess process = FiniteProcess.values()[r.nextInt(2)];
        double intensity = process == FiniteProcess.MORAN ? r.nextDouble(0, 0.9) : r.nextDouble(0, 2);
        double mu = seed == 0 ? 1 : r.nextDouble(0.01, 0.3);
        FiniteGame fg = FiniteGame.of(game.bind(), process, sizes, intensity);
        FullGameChain chain = FullGameChain.of(fg, mu);
        List<int[][]> states = new ArrayList<>();
        double[] ref = powerIteration(fg, new int[] {rows, 2}, mu, states);
        assertEquals(states.size(), chain.counts().length);
        double[][] mean = new double[2][];
        mean[0] = new double[rows];
        mean[1] = new double[2];
        for (int t = 0; t < chain.counts().length; t++) {
            int u = indexOf(states, chain.counts()[t]);
            assertEquals(ref[u], chain.stationary()[t], 1e-10 * ref[u] + 1e-15, "state " + t);
            for (int p = 0; p < 2; p++) {
                for (int i = 0; i < mean[p].length; i++) {
                    mean[p][i] += ref[u] * chain.counts()[t][p][i] / sizes[p];
                }
            }
        }
        for (int p = 0; p < 2; p++) {
            for (int i = 0; i < mean[p].length; i++) {
                assertEquals(mean[p][i], chain.meanShares()[p][i], 1e-10);
            }
        }
        double mass = 0;
        for (double m : chain.pureMass()) {
            mass += m;
        }
        assertTrue(mass > 0 && mass < 1);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aSymmetricGameOfTwoEqualPopulationsHasASymmetricDistribution(long seed) {
        SplittableRandom r = RandomStreams.stream(seed, 71);
        var game = FiniteGameTest.randomGame(r, 2, true);
        int n = 2 + r.nextInt(15);
        FiniteGame fg = FiniteGame.of(game.bind(), FiniteProcess.PAIRWISE_COMPARISON, new int[] {n, n}, 1);
        FullGameChain chain = FullGameChain.of(fg, 0.05);
        List<int[][]> states = Arrays.asList(chain.counts());
        for (int t = 0; t < states.size(); t++) {
            int[][] c = states.get(t);
            int u = indexOf(states, new int[][] {c[1], c[0]});
            assertEquals(chain.stationary()[t], chain.stationary()[u], 1e-12 * chain.stationary()[t]);
        }
        assertEquals(chain.meanShares()[0][0], chain.meanShares()[1][0], 1e-12);
        // (a, b) and (b, a) carry the same mass
        assertEquals(chain.pureMass()[1], chain.pureMass()[2], 1e-12 * chain.pureMass()[1]);
    }

    @Test
    void overBudgetAndBadMutationAreRefused() {
        var game = FiniteGameTest.randomGame(new SplittableRandom(1), 3, false);
        FiniteGame big = FiniteGame.of(game.bind(), FiniteProcess.MORAN, new int[] {400, 400}, 0.5);
        ModelException e = assertThrows(ModelException.class, () -> FullGameChain.of(big, 0.1));
        assertTrue(e.getMessage().contains("budget"), e.getMessage());
        assertThrows(ModelException.class, () -> FullGameChain.of(big, 0));
    }
}
