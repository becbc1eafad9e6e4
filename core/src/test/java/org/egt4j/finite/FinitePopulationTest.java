package org.egt4j.finite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.egt4j.ModelException;
import org.egt4j.game.Game;
import org.egt4j.game.Population;
import org.egt4j.random.RandomStreams;
import org.hipparchus.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fixation in finite populations against closed forms (constant fitness: (1 − 1/r)/(1 − 1/r<sup>N</sup>);
 * neutral drift: 1/N; Nowak, Sasaki, Taylor and Fudenberg 2004, Nature 428: Moran [[3,1],[1,2]] at N = 4
 * gives 7/32) and against a second method, the dense linear solve of the absorbing birth–death chain.
 */
class FinitePopulationTest {

    static final Population AB = new Population("p", List.of("A", "B"), "x");
    static final Population ABC = new Population("p", List.of("A", "B", "C"), "x");

    static FinitePopulation pop(double[][] a, FiniteProcess process, int size, double intensity) {
        Population p = a.length == 2 ? AB : a.length == 3 ? ABC : new Population("p", names(a.length), "x");
        return FinitePopulation.ofMatrix(p, a, process, size, intensity);
    }

    static List<String> names(int n) {
        String[] s = new String[n];
        for (int i = 0; i < n; i++) {
            s[i] = "s" + i;
        }
        return List.of(s);
    }

    static double[][] randomMatrix(SplittableRandom r, int n, boolean integers) {
        double[][] a = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                a[i][j] = integers ? r.nextInt(0, 6) : r.nextDouble(0, 5);
            }
        }
        return a;
    }

    static Stream<Arguments> seeds() {
        return LongStream.range(0, 40).mapToObj(s -> Arguments.of(s));
    }

    @Test
    void nowakSasakiTaylorFudenberg2004MoranAtFourGivesSevenThirtySecondsExactly() {
        FinitePopulation p = pop(new double[][] {{3, 1}, {1, 2}}, FiniteProcess.MORAN, 4, 1);
        Fixation f = p.fixation(0, 1);
        assertEquals(new BigFraction(7, 32), f.exact());
        assertEquals(7.0 / 32, f.probability()); // the rounded exact value, not the log-space one
        assertEquals(Math.log10(7.0 / 32), f.log10(), 1e-14);
        assertEquals(0.25, f.neutral());
        assertEquals(7.0 / 8, f.relativeToNeutral(), 1e-14);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void constantFitnessMatchesTheMoranClosedForm(long seed) {
        SplittableRandom r = RandomStreams.stream(seed, 0);
        int n = 2 + r.nextInt(60);
        // r in tenths, so the exact value is the fraction of the closed form
        int tenths = 5 + r.nextInt(20);
        double fit = tenths / 10.0;
        FinitePopulation p = pop(new double[][] {{fit, fit}, {1, 1}}, FiniteProcess.MORAN, n, 1);
        Fixation f = p.fixation(0, 1);
        if (tenths == 10) {
            assertEquals(1.0 / n, f.probability(), 1e-14);
            assertEquals(new BigFraction(1, n), f.exact());
            return;
        }
        double closed = (1 - 1 / fit) / (1 - Math.pow(1 / fit, n));
        assertEquals(closed, f.probability(), 1e-12 * closed);
        BigFraction inv = new BigFraction(10, tenths);
        BigFraction exact = BigFraction.ONE.subtract(inv).divide(BigFraction.ONE.subtract(inv.pow(n)));
        if (f.exact() != null) {
            assertEquals(exact, f.exact());
        } else {
            assertTrue(exact.getDenominator().toString().length() > FinitePopulation.EXACT_DIGITS
                    || exact.getNumerator().toString().length() > FinitePopulation.EXACT_DIGITS);
        }
    }

    @Test
    void fixationAtTenThousandKeepsValuesFarBelowTheSmallestDouble() {
        int n = 10_000;
        double fit = 0.9;
        FinitePopulation p = pop(new double[][] {{fit, fit}, {1, 1}}, FiniteProcess.MORAN, n, 1);
        Fixation f = p.fixation(0, 1);
        // ln rho = ln(1/r - 1) - ln(r^-N - 1) = ln(1/r - 1) - N ln(1/r) - ln(1 - r^N)
        double logRho = Math.log(1 / fit - 1) - n * Math.log(1 / fit) - Math.log1p(-Math.pow(fit, n));
        assertEquals(logRho / Math.log(10), f.log10(), 1e-9 * Math.abs(logRho));
        assertTrue(f.log10() < -400, "rho = 10^" + f.log10());
        assertEquals(0.0, f.probability());
        assertNull(f.exact(), "beyond " + FinitePopulation.EXACT_DIGITS + " digits");
        // the advantageous mutant: rho = (1 - 1/r)/(1 - r^-N) ~ 1 - 1/r
        Fixation g = pop(new double[][] {{1.1, 1.1}, {1, 1}}, FiniteProcess.MORAN, n, 1)
                .fixation(0, 1);
        assertEquals(1 - 1 / 1.1, g.probability(), 1e-12);
        // and the pairwise comparison at 1e-300 and below
        FinitePopulation fermi = pop(new double[][] {{0, 0}, {1, 1}}, FiniteProcess.PAIRWISE_COMPARISON, n, 0.1);
        // Delta f = -1 everywhere: gamma = e^beta, rho = (1 - e^-beta)/(1 - e^(-beta N)) e^(-beta (N-1))
        double beta = 0.1;
        double expected =
                (Math.log1p(-Math.exp(-beta)) - Math.log1p(-Math.exp(-beta * n)) - beta * (n - 1)) / Math.log(10);
        assertEquals(expected, fermi.fixation(0, 1).log10(), 1e-9 * Math.abs(expected));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void neutralDriftFixesWithOneOverN(long seed) {
        SplittableRandom r = RandomStreams.stream(seed, 1);
        int n = 2 + r.nextInt(200);
        double[][] a = randomMatrix(r, 3, false);
        for (FiniteProcess process : FiniteProcess.values()) {
            FinitePopulation p = pop(a, process, n, 0);
            for (Fixation f : p.fixations()) {
                assertEquals(1.0 / n, f.probability(), 1e-13 / n);
                assertEquals(new BigFraction(1, n), f.exact());
                // neutral drift: conditional fixation time N(N-1) (Moran) -- Ewens; here checked via the solve
            }
            assertTrue(p.isRational());
        }
    }

    static final java.math.MathContext MC = new java.math.MathContext(80);

    /**
     * The second method: the absorbing-chain equations for states 1..N-1 (x the absorption probability in
     * N, t the unconditional time, theta = x t^A), with T+ and T- read exactly from their doubles and
     * solved by Gaussian elimination in 80-digit decimal arithmetic, so that the cancellations of the
     * elimination (which cost a double solve up to 8 digits on tiny fixation probabilities) do not reach
     * the 9 digits compared.
     */
    static double[] precise(FinitePopulation p, int m, int r) {
        int n = p.size();
        int d = n - 1;
        BigDecimal[] up = new BigDecimal[d];
        BigDecimal[] down = new BigDecimal[d];
        for (int k = 1; k < n; k++) {
            up[k - 1] = new BigDecimal(p.tPlus(m, r, k));
            down[k - 1] = new BigDecimal(p.tMinus(m, r, k));
        }
        BigDecimal[] b = new BigDecimal[d];
        Arrays.fill(b, BigDecimal.ZERO);
        b[d - 1] = up[d - 1];
        BigDecimal[] x = tridiagonal(up, down, b);
        BigDecimal[] ones = new BigDecimal[d];
        Arrays.fill(ones, BigDecimal.ONE);
        BigDecimal[] t = tridiagonal(up, down, ones);
        BigDecimal[] theta = tridiagonal(up, down, x);
        return new double[] {x[0].doubleValue(), theta[0].divide(x[0], MC).doubleValue(), t[0].doubleValue()};
    }

    /** Solves -down_k y_{k-1} + (up_k + down_k) y_k - up_k y_{k+1} = b_k (Thomas algorithm). */
    static BigDecimal[] tridiagonal(BigDecimal[] up, BigDecimal[] down, BigDecimal[] b) {
        int d = b.length;
        BigDecimal[] c = new BigDecimal[d];
        BigDecimal[] e = new BigDecimal[d];
        for (int k = 0; k < d; k++) {
            BigDecimal diag = up[k].add(down[k]);
            BigDecimal rhs = b[k];
            if (k > 0) {
                // y_{k-1} = e_{k-1} + c_{k-1} y_k
                diag = diag.subtract(down[k].multiply(c[k - 1], MC), MC);
                rhs = rhs.add(down[k].multiply(e[k - 1], MC), MC);
            }
            c[k] = up[k].divide(diag, MC);
            e[k] = rhs.divide(diag, MC);
        }
        BigDecimal[] y = new BigDecimal[d];
        y[d - 1] = e[d - 1];
        for (int k = d - 2; k >= 0; k--) {
            y[k] = e[k].add(c[k].multiply(y[k + 1], MC), MC);
        }
        return y;
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void fixationAndTimesMatchThePreciseSolveOfTheAbsorbingChain(long seed) {
        SplittableRandom r = RandomStreams.stream(seed, 2);
        int n = 2 + r.nextInt(40);
        double[][] a = randomMatrix(r, 3, r.nextBoolean());
        FiniteProcess process = FiniteProcess.values()[r.nextInt(2)];
        double intensity = process == FiniteProcess.MORAN ? r.nextDouble() : r.nextDouble(0, 2);
        FinitePopulation p = pop(a, process, n, intensity);
        for (Fixation f : p.fixations()) {
            double[] ref = precise(p, f.mutant(), f.resident());
            assertEquals(ref[0], f.probability(), 1e-9 * ref[0], "rho");
            assertEquals(ref[1], f.conditionalTime(), 1e-8 * ref[1], "conditional time");
            assertEquals(ref[2], f.unconditionalTime(), 1e-8 * ref[2], "unconditional time");
            if (f.exact() != null) {
                assertEquals(f.probability(), f.exact().doubleValue(), 1e-12 * f.probability());
            }
        }
    }

    @Test
    void neutralMoranTimesAreTheClassicalOnes() {
        // neutral Moran (w = 0): T+ = T- = k(N-k)/N^2; conditional fixation time N(N-1) (Ewens 2004,
        // Mathematical Population Genetics, 3.24 in steps of one birth-death event)
        int n = 50;
        Fixation f =
                pop(new double[][] {{1, 2}, {3, 4}}, FiniteProcess.MORAN, n, 0).fixation(0, 1);
        assertEquals((double) n * (n - 1), f.conditionalTime(), 1e-8 * n * n);
        // unconditional: t_1 = N * H_{N-1} (sum of 1/j, j = 1..N-1)
        double h = 0;
        for (int j = 1; j < n; j++) {
            h += 1.0 / j;
        }
        assertEquals(n * h, f.unconditionalTime(), 1e-9 * n * h);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void transitionsFollowTheirDefinitions(long seed) {
        SplittableRandom r = RandomStreams.stream(seed, 3);
        int n = 2 + r.nextInt(30);
        double[][] a = randomMatrix(r, 2, false);
        double beta = r.nextDouble(0, 3);
        double w = r.nextDouble();
        FinitePopulation fermi = pop(a, FiniteProcess.PAIRWISE_COMPARISON, n, beta);
        FinitePopulation moran = pop(a, FiniteProcess.MORAN, n, w);
        for (int k = 0; k <= n; k++) {
            int[] counts = {k, n - k};
            double fa = fermi.payoff(0, counts);
            double fb = fermi.payoff(1, counts);
            // self-interaction excluded, written out directly
            if (k > 0) {
                assertEquals((a[0][0] * (k - 1) + a[0][1] * (n - k)) / (n - 1), fa, 1e-12);
            }
            double pair = (double) k * (n - k) / ((double) n * (n - 1));
            double up = pair / (1 + Math.exp(-beta * (fa - fb)));
            double down = pair / (1 + Math.exp(beta * (fa - fb)));
            assertEquals(k == 0 || k == n ? 0 : up, fermi.tPlus(0, 1, k), 1e-14);
            assertEquals(k == 0 || k == n ? 0 : down, fermi.tMinus(0, 1, k), 1e-14);
            double pa = k * (1 - w + w * fa);
            double pb = (n - k) * (1 - w + w * fb);
            double mUp = pa / (pa + pb) * (n - k) / n;
            double mDown = pb / (pa + pb) * k / n;
            assertEquals(k == 0 || k == n ? 0 : mUp, moran.tPlus(0, 1, k), 1e-14);
            assertEquals(k == 0 || k == n ? 0 : mDown, moran.tMinus(0, 1, k), 1e-14);
            // gradient of selection, pairwise comparison: k(N-k)/(N(N-1)) tanh(beta/2 (fa - fb))
            double g = k == 0 || k == n ? 0 : pair * Math.tanh(beta / 2 * (fa - fb));
            assertEquals(g, fermi.gradient(0, 1)[k], 1e-14);
            assertEquals(k == 0 || k == n ? 0 : mUp - mDown, moran.gradient(0, 1)[k], 1e-14);
        }
    }

    @Test
    void aGameFromASpecIsBoundAndExact() {
        Game g = Game.builder("coordination")
                .parameter("b", 3)
                .population("p", List.of("A", "B"), "x")
                .matrix(new String[][] {{"b", "1"}, {"1", "2"}})
                .build();
        FinitePopulation p = FinitePopulation.of(g.bind(), FiniteProcess.MORAN, 4, 1);
        assertEquals(new BigFraction(7, 32), p.fixation(0, 1).exact());
        assertEquals(2, p.strategies());
        assertEquals(4, p.size());
        assertEquals(FiniteProcess.MORAN, p.process());
        assertEquals(1.0, p.intensity());
        assertEquals("p", p.population().name());
        // an atom (exp of a parameter) makes the payoffs irrational: no exact value
        Game irr = Game.builder("irrational")
                .parameter("b", 3)
                .population("p", List.of("A", "B"), "x")
                .matrix(new String[][] {{"exp(b)", "1"}, {"1", "2"}})
                .build();
        FinitePopulation q = FinitePopulation.of(irr.bind(), FiniteProcess.MORAN, 4, 1);
        assertNull(q.fixation(0, 1).exact());
        assertNotNull(q.fixation(0, 1).log10());
        // the pairwise comparison with beta > 0 is not rational
        assertNull(FinitePopulation.of(g.bind(), FiniteProcess.PAIRWISE_COMPARISON, 4, 1)
                .fixation(0, 1)
                .exact());
    }

    @Test
    void badInputIsRefusedWithAHint() {
        double[][] a = {{1, 2}, {3, 4}};
        ModelException e = assertThrows(ModelException.class, () -> pop(a, FiniteProcess.MORAN, 1, 1));
        assertTrue(e.problem().contains("at least 2"), e.problem());
        assertTrue(!e.hint().isEmpty());
        assertThrows(ModelException.class, () -> pop(a, FiniteProcess.PAIRWISE_COMPARISON, 10, -1));
        assertThrows(ModelException.class, () -> pop(a, FiniteProcess.PAIRWISE_COMPARISON, 10, Double.NaN));
        assertThrows(ModelException.class, () -> pop(a, FiniteProcess.MORAN, 10, 1.5));
        assertThrows(ModelException.class, () -> pop(a, FiniteProcess.MORAN, 10, -0.1));
        ModelException neg = assertThrows(
                ModelException.class, () -> pop(new double[][] {{0, 1}, {1, 1}}, FiniteProcess.MORAN, 10, 1));
        assertTrue(neg.problem().contains("not positive"), neg.problem());
        assertThrows(IllegalArgumentException.class, () -> pop(a, FiniteProcess.MORAN, 10, 1)
                .fixation(0, 0));
        assertThrows(IllegalArgumentException.class, () -> pop(a, FiniteProcess.MORAN, 10, 1)
                .gradient(0, 2));
        assertThrows(IllegalArgumentException.class, () -> pop(a, FiniteProcess.MORAN, 10, 1)
                .payoff(0, new int[3]));
        assertEquals(FiniteProcess.MORAN, FiniteProcess.parse(" Moran "));
        assertEquals(FiniteProcess.PAIRWISE_COMPARISON, FiniteProcess.parse("fermi"));
        assertEquals(FiniteProcess.PAIRWISE_COMPARISON, FiniteProcess.parse("pairwise-comparison"));
        ModelException unknown = assertThrows(ModelException.class, () -> FiniteProcess.parse("wright-fisher"));
        assertTrue(unknown.hint().contains("moran"));
        assertEquals("beta", FiniteProcess.PAIRWISE_COMPARISON.intensityName());
        assertEquals(1.0, FiniteProcess.MORAN.defaultIntensity());
        Game two = Game.builder("two")
                .population("row", List.of("a", "b"), "x")
                .population("col", List.of("a", "b"), "y")
                .fitness("row", "a", "y")
                .fitness("row", "b", "1")
                .fitness("col", "a", "x")
                .fitness("col", "b", "1")
                .build();
        assertThrows(ModelException.class, () -> FinitePopulation.of(two.bind(), FiniteProcess.MORAN, 10, 1));
        Game quadratic = Game.builder("quadratic")
                .population("p", List.of("a", "b"), "x")
                .fitness("p", "a", "x^2")
                .fitness("p", "b", "1")
                .build();
        ModelException nl = assertThrows(
                ModelException.class, () -> FinitePopulation.of(quadratic.bind(), FiniteProcess.MORAN, 10, 0.5));
        assertTrue(nl.problem().contains("moran process"), nl.problem());
    }

    /**
     * Weak selection (Nowak, Sasaki, Taylor and Fudenberg 2004, Nature 428, eq. 3): for the Moran process
     * of [[a, b], [c, d]], ρ<sub>A</sub> = 1/N + w (αN − β)/(6N) + O(w²) with α = a + 2b − c − 2d and β = 2a
     * + b + c − 4d; hence the one-third rule for large N. The slope is checked by a central difference.
     */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void weakSelectionHasTheSlopeOfNowakEtAl2004(long seed) {
        SplittableRandom r = RandomStreams.stream(seed, 4);
        int n = 2 + r.nextInt(200);
        double[][] m = randomMatrix(r, 2, true);
        double a = m[0][0];
        double b = m[0][1];
        double c = m[1][0];
        double d = m[1][1];
        double h = 1e-5;
        double up = pop(m, FiniteProcess.MORAN, n, h).fixation(0, 1).probability();
        // w = -h is outside [0, 1]: the difference uses w = h and w = 2h instead (second-order one-sided)
        double up2 = pop(m, FiniteProcess.MORAN, n, 2 * h).fixation(0, 1).probability();
        double slope = (4 * up - up2 - 3.0 / n) / (2 * h);
        double expected = ((a + 2 * b - c - 2 * d) * n - (2 * a + b + c - 4 * d)) / (6.0 * n);
        assertEquals(expected, slope, 1e-6 * (1 + Math.abs(expected)));
    }
}
