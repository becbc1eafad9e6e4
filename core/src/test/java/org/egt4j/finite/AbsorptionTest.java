package org.egt4j.finite;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.egt4j.ModelException;
import org.egt4j.random.RandomStreams;
import org.hipparchus.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Absorption from any start state against two independent references: the absorbing-chain equations (I −
 * Q) h = R, (I − Q) τ = 1 (Kemeny and Snell 1960, chapter 3) built here from the definitions of the
 * processes over every state and solved densely by Gauss–Jordan elimination in exact fractions; and,
 * for two strategies, the birth–death closed form φ<sub>k</sub> = Σ<sub>j&lt;k</sub> Π<sub>i≤j</sub>
 * γ<sub>i</sub> / Σ<sub>j&lt;N</sub> Π<sub>i≤j</sub> γ<sub>i</sub> (Karlin and Taylor 1975; Nowak 2006,
 * chapter 6).
 */
class AbsorptionTest {

    static Stream<Arguments> seeds() {
        return LongStream.range(0, 30).mapToObj(s -> Arguments.of(s));
    }

    /** Every composition of n into s parts. */
    static List<int[]> compositions(int n, int s) {
        List<int[]> all = new ArrayList<>();
        compose(new int[s], 0, n, all);
        return all;
    }

    private static void compose(int[] c, int at, int left, List<int[]> out) {
        if (at == c.length - 1) {
            c[at] = left;
            out.add(c.clone());
            return;
        }
        for (int v = 0; v <= left; v++) {
            c[at] = v;
            compose(c, at + 1, left - v, out);
        }
    }

    /** The reference: a dense chain given by its states and exact transition probabilities. */
    record Chain(List<int[][]> states, BigFraction[][] p) {

        int indexOf(int[][] counts) {
            for (int t = 0; t < states.size(); t++) {
                if (Arrays.deepEquals(states.get(t), counts)) {
                    return t;
                }
            }
            throw new AssertionError("no state " + Arrays.deepToString(counts));
        }

        boolean pure(int t) {
            for (int[] c : states.get(t)) {
                int present = 0;
                for (int v : c) {
                    present += v > 0 ? 1 : 0;
                }
                if (present > 1) {
                    return false;
                }
            }
            return true;
        }

        /** h[t] for every state and target column (index of the absorbing state), then τ in the last column. */
        BigFraction[] solve(int start, List<Integer> absorbing) {
            List<Integer> moving = new ArrayList<>();
            for (int t = 0; t < states.size(); t++) {
                if (!pure(t)) {
                    moving.add(t);
                }
            }
            int m = moving.size();
            int a = absorbing.size();
            BigFraction[][] aug = new BigFraction[m][m + a + 1];
            for (int r = 0; r < m; r++) {
                int t = moving.get(r);
                for (int c = 0; c < m; c++) {
                    BigFraction q = p[t][moving.get(c)];
                    aug[r][c] = (r == c ? BigFraction.ONE : BigFraction.ZERO).subtract(q);
                }
                for (int c = 0; c < a; c++) {
                    aug[r][m + c] = p[t][absorbing.get(c)];
                }
                aug[r][m + a] = BigFraction.ONE;
            }
            for (int col = 0; col < m; col++) {
                int piv = col;
                while (aug[piv][col].signum() == 0) {
                    piv++;
                }
                BigFraction[] tmp = aug[piv];
                aug[piv] = aug[col];
                aug[col] = tmp;
                BigFraction inv = aug[col][col].reciprocal();
                for (int c = col; c < m + a + 1; c++) {
                    aug[col][c] = aug[col][c].multiply(inv);
                }
                for (int r = 0; r < m; r++) {
                    if (r != col && aug[r][col].signum() != 0) {
                        BigFraction f = aug[r][col];
                        for (int c = col; c < m + a + 1; c++) {
                            aug[r][c] = aug[r][c].subtract(f.multiply(aug[col][c]));
                        }
                    }
                }
            }
            int row = moving.indexOf(start);
            return Arrays.copyOfRange(aug[row], m, m + a + 1);
        }
    }

    /** The one-population chain of the definitions (docs/finite.md), Moran with exact payoffs or neutral Fermi. */
    static Chain onePopulation(int[][] a, FiniteProcess process, int n, BigFraction w) {
        int s = a.length;
        List<int[][]> states = new ArrayList<>();
        for (int[] c : compositions(n, s)) {
            states.add(new int[][] {c});
        }
        Chain chain = new Chain(states, new BigFraction[states.size()][states.size()]);
        for (BigFraction[] row : chain.p) {
            Arrays.fill(row, BigFraction.ZERO);
        }
        for (int t = 0; t < states.size(); t++) {
            int[] c = states.get(t)[0];
            BigFraction[] phi = new BigFraction[s];
            BigFraction total = BigFraction.ZERO;
            for (int i = 0; i < s; i++) {
                BigFraction f = BigFraction.ZERO;
                for (int k = 0; k < s; k++) {
                    f = f.add(new BigFraction(a[i][k] * (c[k] - (i == k ? 1 : 0))));
                }
                f = f.divide(n - 1);
                phi[i] = BigFraction.ONE.subtract(w).add(w.multiply(f));
                total = total.add(phi[i].multiply(c[i]));
            }
            BigFraction stay = BigFraction.ONE;
            for (int j = 0; j < s; j++) {
                for (int i = 0; i < s; i++) {
                    if (i == j || c[j] == 0 || c[i] == 0) {
                        continue;
                    }
                    // the dying (or imitating) j, the reproducing (or imitated) i
                    BigFraction prob = process == FiniteProcess.MORAN
                            ? new BigFraction(c[j], n)
                                    .multiply(phi[i].multiply(c[i]).divide(total))
                            : new BigFraction(c[j], n)
                                    .multiply(new BigFraction(c[i], n - 1))
                                    .divide(2);
                    int[] d = c.clone();
                    d[j]--;
                    d[i]++;
                    int u = chain.indexOf(new int[][] {d});
                    chain.p[t][u] = chain.p[t][u].add(prob);
                    stay = stay.subtract(prob);
                }
            }
            chain.p[t][t] = stay;
        }
        return chain;
    }

    static int[][] randomMatrix(SplittableRandom r, int s) {
        int[][] a = new int[s][s];
        for (int[] row : a) {
            for (int j = 0; j < s; j++) {
                row[j] = 1 + r.nextInt(5);
            }
        }
        return a;
    }

    static double[][] toDouble(int[][] a) {
        double[][] d = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            d[i] = Arrays.stream(a[i]).asDoubleStream().toArray();
        }
        return d;
    }

    static int[] randomStart(SplittableRandom r, int n, int s) {
        int[] c = new int[s];
        for (int k = 0; k < n; k++) {
            c[r.nextInt(s)]++;
        }
        return c;
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void oneMoranPopulationMatchesTheExactDenseSolveOfTheAbsorbingChain(long seed) {
        SplittableRandom r = RandomStreams.stream(seed, 40);
        int s = 2 + r.nextInt(2);
        int n = 2 + r.nextInt(s == 2 ? 9 : 5);
        int[][] a = randomMatrix(r, s);
        BigFraction w = new BigFraction(r.nextInt(11), 10);
        // edge cases always: a single mutant, every strategy present, neutral drift
        int[] start = seed == 0 ? new int[s] : randomStart(r, n, s);
        if (seed == 0) {
            start[0] = 1;
            start[s - 1] = n - 1;
        }
        FinitePopulation p = FinitePopulationTest.pop(toDouble(a), FiniteProcess.MORAN, n, w.doubleValue());
        Absorption got = p.absorption(start);
        Chain ref = onePopulation(a, FiniteProcess.MORAN, n, w);
        List<Integer> absorbing = new ArrayList<>();
        for (int i = 0; i < s; i++) {
            int[] c = new int[s];
            c[i] = n;
            absorbing.add(ref.indexOf(new int[][] {c}));
        }
        int t0 = ref.indexOf(new int[][] {start});
        BigFraction[] h = ref.pure(t0) ? null : ref.solve(t0, absorbing);
        double sum = 0;
        for (int k = 0; k < got.targets().length; k++) {
            int i = got.targets()[k][0];
            BigFraction expected = h == null ? (start[i] == n ? BigFraction.ONE : BigFraction.ZERO) : h[i];
            assertNotNull(got.exact(), "Moran with integer payoffs and w in tenths is rational");
            assertEquals(expected, got.exact()[k], "exact absorption in " + i);
            assertEquals(expected.doubleValue(), got.probability()[k], 0.0, "the rounded exact value");
            sum += got.probability()[k];
        }
        // strategies absent at the start are never reached
        for (int i = 0; i < s; i++) {
            if (start[i] == 0 && h != null) {
                assertEquals(BigFraction.ZERO, h[i]);
            }
        }
        assertEquals(1, sum, 1e-12);
        double tau = h == null ? 0 : h[s].doubleValue();
        assertEquals(tau, got.meanTime(), 1e-11 * Math.max(1, tau), "mean absorption time");
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void neutralImitationMatchesTheExactSolveAndTheVoterModel(long seed) {
        SplittableRandom r = RandomStreams.stream(seed, 41);
        int s = 2 + r.nextInt(2);
        int n = 2 + r.nextInt(5);
        int[][] a = randomMatrix(r, s);
        int[] start = randomStart(r, n, s);
        Absorption got = FinitePopulationTest.pop(toDouble(a), FiniteProcess.PAIRWISE_COMPARISON, n, 0)
                .absorption(start);
        Chain ref = onePopulation(a, FiniteProcess.PAIRWISE_COMPARISON, n, BigFraction.ZERO);
        int t0 = ref.indexOf(new int[][] {start});
        for (int k = 0; k < got.targets().length; k++) {
            int i = got.targets()[k][0];
            // neutral drift is a martingale: absorption in i with probability n_i/N (Moran 1958)
            assertEquals(new BigFraction(start[i], n), got.exact()[k]);
        }
        if (!ref.pure(t0)) {
            List<Integer> absorbing = new ArrayList<>();
            for (int i = 0; i < s; i++) {
                int[] c = new int[s];
                c[i] = n;
                absorbing.add(ref.indexOf(new int[][] {c}));
            }
            double tau = ref.solve(t0, absorbing)[s].doubleValue();
            assertEquals(tau, got.meanTime(), 1e-11 * tau);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void twoStrategiesFollowTheBirthDeathClosedForm(long seed) {
        SplittableRandom r = RandomStreams.stream(seed, 42);
        int n = 2 + r.nextInt(seed < 3 ? 2000 : 80);
        double[][] a = FinitePopulationTest.randomMatrix(r, 2, false);
        FiniteProcess process = FiniteProcess.values()[r.nextInt(2)];
        double intensity = process == FiniteProcess.MORAN ? r.nextDouble() : r.nextDouble(0, 3);
        FinitePopulation p = FinitePopulationTest.pop(a, process, n, intensity);
        int k = seed == 1 ? 1 : seed == 2 ? n - 1 : 1 + r.nextInt(n - 1);
        Absorption got = p.absorption(new int[] {k, n - k});
        // phi_k = sum_{j<k} prod_{i<=j} gamma_i / sum_{j<N} prod_{i<=j} gamma_i in 80 digits
        BigDecimal num = BigDecimal.ZERO;
        BigDecimal den = BigDecimal.ZERO;
        BigDecimal prod = BigDecimal.ONE;
        for (int j = 0; j < n; j++) {
            if (j > 0) {
                prod = prod.multiply(new BigDecimal(p.tMinus(0, 1, j)), FinitePopulationTest.MC)
                        .divide(new BigDecimal(p.tPlus(0, 1, j)), FinitePopulationTest.MC);
            }
            den = den.add(prod);
            if (j < k) {
                num = num.add(prod);
            }
        }
        double phi = num.divide(den, FinitePopulationTest.MC).doubleValue();
        assertArrayEquals(new int[] {0}, got.targets()[0]);
        assertEquals(phi, got.probability()[0], 1e-9 * phi, "absorption in the mutants' state");
        assertEquals(1 - phi, got.probability()[1], 1e-9 * Math.max(1 - phi, 1e-300) + 1e-15);
        if (k == 1) {
            assertEquals(p.fixation(0, 1).probability(), got.probability()[0], 1e-9 * phi, "rho from one mutant");
            assertEquals(p.fixation(0, 1).unconditionalTime(), got.meanTime(), 1e-8 * got.meanTime());
        }
        // the mean time against the tridiagonal solve in 80 digits
        BigDecimal[] up = new BigDecimal[n - 1];
        BigDecimal[] down = new BigDecimal[n - 1];
        BigDecimal[] ones = new BigDecimal[n - 1];
        for (int j = 1; j < n; j++) {
            up[j - 1] = new BigDecimal(p.tPlus(0, 1, j));
            down[j - 1] = new BigDecimal(p.tMinus(0, 1, j));
            ones[j - 1] = BigDecimal.ONE;
        }
        double tau = FinitePopulationTest.tridiagonal(up, down, ones)[k - 1].doubleValue();
        assertEquals(tau, got.meanTime(), 1e-8 * tau, "mean absorption time");
    }

    /** Two populations (3 × 2 strategies) under Moran, the reference chain built from the pure payoffs. */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void twoMoranPopulationsMatchTheExactDenseSolve(long seed) {
        SplittableRandom r = RandomStreams.stream(seed, 43);
        int rows = 2 + r.nextInt(2);
        var game = FiniteGameTest.randomGame(r, rows, false);
        int[] sizes = {2 + r.nextInt(3), 2 + r.nextInt(3)};
        BigFraction w = new BigFraction(1 + r.nextInt(10), 10);
        FiniteGame fg = FiniteGame.of(game.bind(), FiniteProcess.MORAN, sizes, w.doubleValue());
        int[][] start = {randomStart(r, sizes[0], rows), randomStart(r, sizes[1], 2)};
        if (seed == 0) {
            start = new int[][] {new int[rows], {1, sizes[1] - 1}};
            start[0][0] = sizes[0];
        }
        Absorption got = fg.absorption(start);
        int[] strategies = {rows, 2};
        List<int[][]> states = new ArrayList<>();
        for (int[] c0 : compositions(sizes[0], rows)) {
            for (int[] c1 : compositions(sizes[1], 2)) {
                states.add(new int[][] {c0, c1});
            }
        }
        Chain ref = new Chain(states, new BigFraction[states.size()][states.size()]);
        for (BigFraction[] row : ref.p) {
            Arrays.fill(row, BigFraction.ZERO);
        }
        int total = sizes[0] + sizes[1];
        for (int t = 0; t < states.size(); t++) {
            int[][] c = states.get(t);
            BigFraction stay = BigFraction.ONE;
            for (int q = 0; q < 2; q++) {
                int other = 1 - q;
                BigFraction[] phi = new BigFraction[strategies[q]];
                BigFraction all = BigFraction.ZERO;
                for (int i = 0; i < strategies[q]; i++) {
                    BigFraction f = BigFraction.ZERO;
                    for (int o = 0; o < strategies[other]; o++) {
                        int[] profile = q == 0 ? new int[] {i, o} : new int[] {o, i};
                        f = f.add(new BigFraction(c[other][o], sizes[other])
                                .multiply(new BigFraction((long) fg.payoff(q, profile))));
                    }
                    phi[i] = BigFraction.ONE.subtract(w).add(w.multiply(f));
                    all = all.add(phi[i].multiply(c[q][i]));
                }
                for (int j = 0; j < strategies[q]; j++) {
                    for (int i = 0; i < strategies[q]; i++) {
                        if (i == j || c[q][j] == 0 || c[q][i] == 0) {
                            continue;
                        }
                        BigFraction prob = new BigFraction(sizes[q], total)
                                .multiply(new BigFraction(c[q][j], sizes[q]))
                                .multiply(phi[i].multiply(c[q][i]).divide(all));
                        int[][] d = {c[0].clone(), c[1].clone()};
                        d[q][j]--;
                        d[q][i]++;
                        int u = ref.indexOf(d);
                        ref.p[t][u] = ref.p[t][u].add(prob);
                        stay = stay.subtract(prob);
                    }
                }
            }
            ref.p[t][t] = stay;
        }
        List<Integer> absorbing = new ArrayList<>();
        for (int[] target : got.targets()) {
            int[][] c = {new int[rows], new int[2]};
            c[0][target[0]] = sizes[0];
            c[1][target[1]] = sizes[1];
            absorbing.add(ref.indexOf(c));
        }
        int t0 = ref.indexOf(start);
        if (ref.pure(t0)) {
            assertEquals(1, got.targets().length);
            assertEquals(0, got.meanTime());
            return;
        }
        BigFraction[] h = ref.solve(t0, absorbing);
        for (int k = 0; k < absorbing.size(); k++) {
            assertEquals(h[k], got.exact()[k], "exact absorption in " + Arrays.toString(got.targets()[k]));
        }
        double tau = h[absorbing.size()].doubleValue();
        assertEquals(tau, got.meanTime(), 1e-11 * tau, "mean absorption time");
    }

    @Test
    void fermiAboveZeroHasNoExactValueAndSmallProbabilitiesKeepTheirDigits() {
        // the stag hunt at N = 30, beta = 10: one stag hunter takes over with about e^(-10 * 31)
        FinitePopulation p =
                FinitePopulationTest.pop(new double[][] {{4, 0}, {3, 3}}, FiniteProcess.PAIRWISE_COMPARISON, 30, 10);
        Absorption one = p.absorption(new int[] {1, 29});
        assertNull(one.exact());
        assertEquals(p.fixation(0, 1).logProbability(), Math.log(one.probability()[0]), 1e-9);
        assertTrue(one.probability()[0] < 1e-100, "far below EGTTools' cut-off of 1e-7: " + one.probability()[0]);
    }

    @Test
    void badStartStatesAreRefusedWithAHint() {
        FinitePopulation p = FinitePopulationTest.pop(
                new double[][] {{1, 2, 3}, {3, 1, 2}, {2, 3, 1}}, FiniteProcess.MORAN, 10, 0.5);
        ModelException sum = assertThrows(ModelException.class, () -> p.absorption(new int[] {1, 2, 3}));
        assertTrue(sum.getMessage().contains("sum to 6"), sum.getMessage());
        ModelException len = assertThrows(ModelException.class, () -> p.absorption(new int[] {5, 5}));
        assertTrue(len.getMessage().contains("3 strategies"), len.getMessage());
        ModelException neg = assertThrows(ModelException.class, () -> p.absorption(new int[] {11, -1, 0}));
        assertTrue(neg.getMessage().contains("negative"), neg.getMessage());
        FinitePopulation big = FinitePopulationTest.pop(
                new double[][] {{1, 2, 3}, {3, 1, 2}, {2, 3, 1}}, FiniteProcess.MORAN, 2000, 0.5);
        ModelException budget = assertThrows(ModelException.class, () -> big.absorption(new int[] {1000, 500, 500}));
        assertTrue(budget.getMessage().contains("budget"), budget.getMessage());
    }
}
