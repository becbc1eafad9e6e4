package org.egt4j.stability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.egt4j.stability.HomotopyContinuation.Ending;
import org.egt4j.stability.HomotopyContinuation.PolynomialSystem;
import org.egt4j.stability.HomotopyContinuation.Term;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.EigenDecompositionNonSymmetric;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Total-degree homotopy continuation on systems whose root counts are known: for a system with generic
 * (random) dense coefficients the Bézout number d<sub>1</sub>⋯d<sub>n</sub> is attained (Bézout's theorem;
 * Sommese and Wampler 2005, Theorem 8.4.1), so every path must end at a distinct regular finite root; each
 * root is checked by an evaluation of F written here (not the solver's) and, for one unknown, against the
 * eigenvalues of the companion matrix (a second method).
 */
class HomotopyContinuationTest {

    static LongStream seeds() {
        return LongStream.range(0, 40);
    }

    /** A dense system: every monomial of degree ≤ d_k in F_k, coefficients uniform in [−1, 1]. */
    static PolynomialSystem dense(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int n = seed < 4 ? 1 + (int) seed % 2 : 1 + r.nextInt(3); // edge cases first: n = 1, 2
        List<List<Term>> eqs = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            int d = seed == 0 ? 1 : 1 + r.nextInt(n == 3 ? 2 : 3);
            List<Term> terms = new ArrayList<>();
            for (int[] e : exponents(n, d)) {
                terms.add(new Term(e, r.nextDouble(-1, 1)));
            }
            eqs.add(terms);
        }
        return new PolynomialSystem(n, eqs);
    }

    static List<int[]> exponents(int n, int d) {
        List<int[]> out = new ArrayList<>();
        collect(n, d, 0, new int[n], out);
        return out;
    }

    private static void collect(int n, int left, int at, int[] e, List<int[]> out) {
        if (at == n) {
            out.add(e.clone());
            return;
        }
        for (int v = 0; v <= left; v++) {
            e[at] = v;
            collect(n, left - v, at + 1, e, out);
        }
    }

    /** F(x) at a complex point (re, im interleaved), by plain loops. */
    static double residual(PolynomialSystem s, double[] x) {
        double worst = 0;
        for (List<Term> eq : s.equations()) {
            double re = 0;
            double im = 0;
            for (Term t : eq) {
                double mr = t.coefficient();
                double mi = 0;
                for (int i = 0; i < s.variables(); i++) {
                    for (int p = 0; p < t.exponents()[i]; p++) {
                        double nr = mr * x[2 * i] - mi * x[2 * i + 1];
                        mi = mr * x[2 * i + 1] + mi * x[2 * i];
                        mr = nr;
                    }
                }
                re += mr;
                im += mi;
            }
            worst = Math.max(worst, Math.hypot(re, im));
        }
        return worst;
    }

    /**
     * One Newton step for F at the double root, in 60-digit decimal arithmetic (F, its Jacobian and the
     * linear solve evaluated with {@link java.math.BigDecimal}, independent of the solver's double
     * arithmetic): its length bounds how far the double root is from the Newton iterate, which converges
     * quadratically to the true root from there.
     */
    static double exactNewtonStep(PolynomialSystem s, double[] z) {
        java.math.MathContext mc = new java.math.MathContext(60);
        int n = s.variables();
        java.math.BigDecimal[][] x = new java.math.BigDecimal[n][];
        for (int i = 0; i < n; i++) {
            x[i] = new java.math.BigDecimal[] {
                new java.math.BigDecimal(z[2 * i]), new java.math.BigDecimal(z[2 * i + 1])
            };
        }
        java.math.BigDecimal[][][] a = new java.math.BigDecimal[n][n + 1][];
        for (int k = 0; k < n; k++) {
            java.math.BigDecimal[] f = {java.math.BigDecimal.ZERO, java.math.BigDecimal.ZERO};
            java.math.BigDecimal[][] grad = new java.math.BigDecimal[n][];
            for (int j = 0; j < n; j++) {
                grad[j] = new java.math.BigDecimal[] {java.math.BigDecimal.ZERO, java.math.BigDecimal.ZERO};
            }
            for (Term t : s.equations().get(k)) {
                java.math.BigDecimal[] c = {new java.math.BigDecimal(t.coefficient()), java.math.BigDecimal.ZERO};
                f = add(f, mul(c, monomial(x, t.exponents(), -1, mc), mc));
                for (int j = 0; j < n; j++) {
                    if (t.exponents()[j] > 0) {
                        java.math.BigDecimal[] d = mul(c, monomial(x, t.exponents(), j, mc), mc);
                        java.math.BigDecimal e = java.math.BigDecimal.valueOf(t.exponents()[j]);
                        grad[j] = add(grad[j], new java.math.BigDecimal[] {d[0].multiply(e, mc), d[1].multiply(e, mc)});
                    }
                }
            }
            System.arraycopy(grad, 0, a[k], 0, n);
            a[k][n] = new java.math.BigDecimal[] {f[0].negate(), f[1].negate()};
        }
        for (int c = 0; c < n; c++) { // Gaussian elimination, pivot of largest modulus
            int p = c;
            for (int r = c + 1; r < n; r++) {
                if (norm(a[r][c]) > norm(a[p][c])) {
                    p = r;
                }
            }
            java.math.BigDecimal[][] tmp = a[p];
            a[p] = a[c];
            a[c] = tmp;
            for (int r = c + 1; r < n; r++) {
                java.math.BigDecimal[] factor = div(a[r][c], a[c][c], mc);
                for (int j = c; j <= n; j++) {
                    a[r][j] = sub(a[r][j], mul(factor, a[c][j], mc));
                }
            }
        }
        double step = 0;
        java.math.BigDecimal[][] dx = new java.math.BigDecimal[n][];
        for (int r = n - 1; r >= 0; r--) {
            java.math.BigDecimal[] sum = a[r][n];
            for (int j = r + 1; j < n; j++) {
                sum = sub(sum, mul(a[r][j], dx[j], mc));
            }
            dx[r] = div(sum, a[r][r], mc);
            step = Math.max(step, norm(dx[r]));
        }
        return step;
    }

    private static java.math.BigDecimal[] monomial(
            java.math.BigDecimal[][] x, int[] e, int skip, java.math.MathContext mc) {
        java.math.BigDecimal[] m = {java.math.BigDecimal.ONE, java.math.BigDecimal.ZERO};
        for (int i = 0; i < x.length; i++) {
            for (int p = 0; p < e[i] - (i == skip ? 1 : 0); p++) {
                m = mul(m, x[i], mc);
            }
        }
        return m;
    }

    private static java.math.BigDecimal[] add(java.math.BigDecimal[] a, java.math.BigDecimal[] b) {
        return new java.math.BigDecimal[] {a[0].add(b[0]), a[1].add(b[1])};
    }

    private static java.math.BigDecimal[] sub(java.math.BigDecimal[] a, java.math.BigDecimal[] b) {
        return new java.math.BigDecimal[] {a[0].subtract(b[0]), a[1].subtract(b[1])};
    }

    private static java.math.BigDecimal[] mul(
            java.math.BigDecimal[] a, java.math.BigDecimal[] b, java.math.MathContext mc) {
        return new java.math.BigDecimal[] {
            a[0].multiply(b[0], mc).subtract(a[1].multiply(b[1], mc), mc),
            a[0].multiply(b[1], mc).add(a[1].multiply(b[0], mc), mc)
        };
    }

    private static java.math.BigDecimal[] div(
            java.math.BigDecimal[] a, java.math.BigDecimal[] b, java.math.MathContext mc) {
        java.math.BigDecimal d = b[0].multiply(b[0], mc).add(b[1].multiply(b[1], mc), mc);
        java.math.BigDecimal[] num = mul(a, new java.math.BigDecimal[] {b[0], b[1].negate()}, mc);
        return new java.math.BigDecimal[] {num[0].divide(d, mc), num[1].divide(d, mc)};
    }

    private static double norm(java.math.BigDecimal[] a) {
        return Math.hypot(a[0].doubleValue(), a[1].doubleValue());
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aGenericDenseSystemHasBezoutManyRegularRootsAndEveryPathFindsOne(long seed) {
        PolynomialSystem s = dense(seed);
        HomotopyContinuation.Result r = HomotopyContinuation.solve(s);
        assertEquals(s.bezout(), r.paths().size());
        assertEquals(s.bezout(), r.count(Ending.REGULAR), "every path at a regular finite root");
        assertTrue(r.complete());
        List<double[]> roots = r.regularRoots();
        assertEquals(s.bezout(), roots.size(), "distinct roots");
        for (double[] x : roots) {
            double size = 1;
            for (double v : x) {
                size = Math.max(size, Math.abs(v));
            }
            assertTrue(residual(s, x) < 1e-9 * Math.pow(size, 3), "residual at a root, seed " + seed);
            assertTrue(exactNewtonStep(s, x) < 1e-12 * size, "a 60-digit Newton step stays put, seed " + seed);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void univariateRootsAreTheCompanionMatrixEigenvalues(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int d = 1 + (int) (seed % 6);
        double[] c = new double[d + 1];
        for (int i = 0; i <= d; i++) {
            c[i] = r.nextDouble(-1, 1);
        }
        c[d] = c[d] >= 0 ? c[d] + 0.5 : c[d] - 0.5; // leading coefficient away from 0
        List<Term> terms = new ArrayList<>();
        for (int i = 0; i <= d; i++) {
            terms.add(new Term(new int[] {i}, c[i]));
        }
        HomotopyContinuation.Result res = HomotopyContinuation.solve(new PolynomialSystem(1, List.of(terms)));
        double[][] companion = new double[d][d];
        for (int i = 0; i < d; i++) {
            companion[0][i] = -c[d - 1 - i] / c[d];
            if (i > 0) {
                companion[i][i - 1] = 1;
            }
        }
        var eig = new EigenDecompositionNonSymmetric(new Array2DRowRealMatrix(companion));
        assertEquals(d, res.regularRoots().size());
        for (var e : eig.getEigenvalues()) {
            boolean found = false;
            for (double[] x : res.regularRoots()) {
                found |= Math.hypot(x[0] - e.getReal(), x[1] - e.getImaginary()) < 1e-7;
            }
            assertTrue(found, "eigenvalue " + e + " is a root, seed " + seed);
        }
    }

    /**
     * x² − 1 = 0 and x·y − 1 = 0 (Bézout 4): two finite roots (±1, ±1) and two paths to infinity (the
     * homogenized system has the root (0 : 0 : 1) of multiplicity 2).
     */
    @Test
    void pathsToInfinityAreRecognized() {
        PolynomialSystem s = new PolynomialSystem(
                2,
                List.of(
                        List.of(new Term(new int[] {2, 0}, 1), new Term(new int[] {0, 0}, -1)),
                        List.of(new Term(new int[] {1, 1}, 1), new Term(new int[] {0, 0}, -1))));
        HomotopyContinuation.Result r = HomotopyContinuation.solve(s);
        assertEquals(4, r.paths().size());
        assertEquals(2, r.count(Ending.REGULAR));
        assertEquals(2, r.count(Ending.INFINITE));
        assertTrue(r.complete());
    }

    /**
     * (x − 1)² = 0: both paths go to the double root, where the Jacobian vanishes; no path may claim a
     * regular root and the list is not claimed complete.
     */
    @Test
    void aDoubleRootIsSingularAndMakesTheListIncomplete() {
        PolynomialSystem s = new PolynomialSystem(
                1,
                List.of(List.of(new Term(new int[] {2}, 1), new Term(new int[] {1}, -2), new Term(new int[] {0}, 1))));
        HomotopyContinuation.Result r = HomotopyContinuation.solve(s);
        assertEquals(0, r.count(Ending.REGULAR));
        assertTrue(r.count(Ending.SINGULAR) >= 1);
        assertFalse(r.complete());
    }
}
