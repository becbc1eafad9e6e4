package org.egt4j.stability;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.egt4j.random.RandomStreams;
import org.hipparchus.complex.Complex;

/**
 * Every isolated complex root of a square polynomial system F(x) = 0 (n equations in n unknowns, real
 * coefficients) by total-degree homotopy continuation (Sommese and Wampler, <i>The Numerical Solution of
 * Systems of Polynomials Arising in Engineering and Science</i>, 2005, ch. 8; Bates, Hauenstein, Sommese
 * and Wampler, <i>Numerically Solving Polynomial Systems with Bertini</i>, 2013, ch. 2 and 10).
 *
 * <p>With d<sub>k</sub> the total degree of F<sub>k</sub>, the start system G<sub>k</sub>(x) =
 * x<sub>k</sub><sup>d<sub>k</sub></sup> − 1 has the D = d<sub>1</sub>⋯d<sub>n</sub> (Bézout number) known
 * regular roots x<sub>k</sub> = e<sup>2πi j<sub>k</sub>/d<sub>k</sub></sup>. The homotopy
 *
 * <pre>
 *   H(z, s) = s γ Ĝ(z) + (1 − s) F̂(z),   s from 1 to 0,
 * </pre>
 *
 * with γ a random unit complex number (the "gamma trick": for all but finitely many γ on the circle the
 * D paths are regular for s ∈ (0, 1]) joins every start root to a root of F or to infinity, and every
 * isolated root of F is the end of at least one path. The system is homogenized (F̂<sub>k</sub>(z<sub>0</sub>,
 * z) = z<sub>0</sub><sup>d<sub>k</sub></sup> F<sub>k</sub>(z/z<sub>0</sub>)) and tracked on a random affine
 * chart a·z = 1 of projective space, so that paths going to infinity stay bounded and end at z<sub>0</sub> =
 * 0.
 *
 * <p>Tracking: fourth-order Runge–Kutta predictor on dz/ds = −H<sub>z</sub><sup>−1</sup>H<sub>s</sub>,
 * Newton corrector (at most {@value #CORRECTOR_ITERATIONS} iterations, the first correction below {@value
 * #FIRST_CORRECTION} relative to |z|, which keeps each step on its own path), step halved on failure and
 * doubled after {@value #GROWTH_AFTER} successes. Endgame: the path is tracked through the decades s =
 * 10<sup>−1</sup>, …, {@value #S_END}; at infinity when the homogenizing coordinate's share ζ =
 * |z<sub>0</sub>|/|z|<sub>∞</sub> is below {@value #INFINITY_ZETA} and falls like s<sup>r</sup> with r ≥
 * {@value #INFINITY_RATE} over the last two decades (the power-series endgame's rate, Bates et al. 2013
 * §10.3: a finite end has r → 0); finite otherwise, and then refined by Newton on F itself, regular when
 * Newton converges quadratically to a residual at round-off with a Jacobian whose condition is below
 * {@value #SINGULAR_CONDITION}, singular otherwise. These are numerical decisions in double precision, not
 * interval proofs.
 *
 * <p>The result claims completeness ({@link Result#complete()}) only when every path ended at a regular
 * finite root or at infinity and no two paths ended at the same regular root (a sign of path jumping).
 * The random choices (γ, the chart) come from {@link RandomStreams#stream(long, long)} with {@link #SEED}, so
 * the result is deterministic.
 */
final class HomotopyContinuation {

    /** Seed of γ and of the projective chart (stream 0). */
    static final long SEED = 0x40D0L;

    /** Most paths (Bézout number) tracked; larger systems are not solved by this class. */
    static final long MAX_PATHS = 2000;

    /** The last value of the path parameter s before the end-point decision. */
    static final double S_END = 1e-10;

    static final int CORRECTOR_ITERATIONS = 3;

    static final double FIRST_CORRECTION = 1e-3;

    static final int GROWTH_AFTER = 3;

    static final double INFINITY_ZETA = 1e-2;

    static final double INFINITY_RATE = 0.04;

    static final double SINGULAR_CONDITION = 1e10;

    private static final int MAX_STEPS = 100_000;

    /**
     * One monomial c·x<sup>α</sup> of an equation.
     *
     * @param exponents α, one exponent per unknown
     * @param coefficient c, nonzero
     */
    record Term(int[] exponents, double coefficient) {}

    /**
     * A square polynomial system: equations.get(k) are the terms of F<sub>k</sub>.
     *
     * @param variables the number of unknowns n (= the number of equations)
     * @param equations the terms of each equation
     */
    record PolynomialSystem(int variables, List<List<Term>> equations) {

        PolynomialSystem {
            equations = List.copyOf(equations);
            if (equations.size() != variables) {
                throw new IllegalArgumentException("a square system needs as many equations as unknowns");
            }
        }

        /** {@return the total degree of every equation (0 for an empty or constant one)} */
        int[] degrees() {
            int[] d = new int[variables];
            for (int k = 0; k < variables; k++) {
                for (Term t : equations.get(k)) {
                    int sum = 0;
                    for (int e : t.exponents()) {
                        sum += e;
                    }
                    d[k] = Math.max(d[k], sum);
                }
            }
            return d;
        }

        /** {@return the Bézout number d<sub>1</sub>⋯d<sub>n</sub>, saturated at Long.MAX_VALUE} */
        long bezout() {
            long b = 1;
            for (int d : degrees()) {
                b = Math.multiplyHigh(b, d) != 0 ? Long.MAX_VALUE : b * d;
                if (b < 0) {
                    return Long.MAX_VALUE;
                }
            }
            return b;
        }

        /** {@return the largest absolute coefficient, at least 1} */
        double scale() {
            double s = 1;
            for (List<Term> eq : equations) {
                for (Term t : eq) {
                    s = Math.max(s, Math.abs(t.coefficient()));
                }
            }
            return s;
        }
    }

    /** How a path ended. */
    enum Ending {
        /** At a finite root where F's Jacobian is regular. */
        REGULAR,
        /** At a finite point where the Jacobian is singular (a multiple root or a positive-dimensional set). */
        SINGULAR,
        /** At infinity: the homogenizing coordinate tends to zero. */
        INFINITE,
        /** Tracking failed (step size underflow, too many steps) or the end could not be classified. */
        FAILED
    }

    /**
     * One tracked path.
     *
     * @param ending how it ended
     * @param root the finite end point (re, im per unknown: root[2i], root[2i + 1]); null at infinity or on
     *     failure
     * @param steps the accepted steps
     */
    record Path(Ending ending, double[] root, int steps) {}

    /**
     * The paths of one solve.
     *
     * @param paths one per start root, in start-root order
     * @param duplicates the pairs of paths that ended at the same regular root
     */
    record Result(List<Path> paths, int duplicates) {

        Result {
            paths = List.copyOf(paths);
        }

        /** {@return the number of paths that ended this way} */
        int count(Ending e) {
            int c = 0;
            for (Path p : paths) {
                c += p.ending() == e ? 1 : 0;
            }
            return c;
        }

        /** {@return whether every path ended at a regular finite root or at infinity, without duplicates} */
        boolean complete() {
            return count(Ending.SINGULAR) == 0 && count(Ending.FAILED) == 0 && duplicates == 0;
        }

        /** {@return the distinct regular roots} */
        List<double[]> regularRoots() {
            List<double[]> roots = new ArrayList<>();
            for (Path p : paths) {
                if (p.ending() == Ending.REGULAR && !contains(roots, p.root())) {
                    roots.add(p.root());
                }
            }
            return roots;
        }
    }

    private final PolynomialSystem system;
    private final int n;
    private final int[] degrees;
    private final Complex gamma;
    private final Complex[] chart;
    private final int maxDegree;
    private final double scale;

    private HomotopyContinuation(PolynomialSystem system) {
        this.system = system;
        this.n = system.variables();
        this.degrees = system.degrees();
        int m = 1;
        for (int d : degrees) {
            m = Math.max(m, d);
        }
        this.maxDegree = m;
        this.scale = system.scale();
        SplittableRandom random = RandomStreams.stream(SEED, 0);
        double theta = 2 * Math.PI * random.nextDouble();
        this.gamma = new Complex(Math.cos(theta), Math.sin(theta));
        this.chart = new Complex[n + 1];
        for (int i = 0; i <= n; i++) {
            double phi = 2 * Math.PI * random.nextDouble();
            chart[i] = new Complex(Math.cos(phi), Math.sin(phi));
        }
    }

    /**
     * Tracks all D paths.
     *
     * @param system the square system, every equation of degree ≥ 1, D ≤ {@value #MAX_PATHS}
     * @return the paths and how they ended
     */
    static Result solve(PolynomialSystem system) {
        int[] d = system.degrees();
        for (int k = 0; k < d.length; k++) {
            if (d[k] < 1) {
                throw new IllegalArgumentException("equation " + k + " is constant");
            }
        }
        if (system.bezout() > MAX_PATHS) {
            throw new IllegalArgumentException("Bezout number " + system.bezout() + " > " + MAX_PATHS);
        }
        return new HomotopyContinuation(system).run();
    }

    private Result run() {
        int total = (int) system.bezout();
        List<Path> paths = new ArrayList<>(total);
        int[] index = new int[n];
        for (int p = 0; p < total; p++) {
            paths.add(track(start(index)));
            for (int k = 0; k < n; k++) { // next multi-index, mixed radix d_k
                if (++index[k] < degrees[k]) {
                    break;
                }
                index[k] = 0;
            }
        }
        int duplicates = 0;
        List<double[]> seen = new ArrayList<>();
        for (Path p : paths) {
            if (p.ending() == Ending.REGULAR) {
                if (contains(seen, p.root())) {
                    duplicates++;
                } else {
                    seen.add(p.root());
                }
            }
        }
        return new Result(paths, duplicates);
    }

    /** The start root with x_k = exp(2πi j_k/d_k), z_0 = 1, scaled onto the chart. */
    private Complex[] start(int[] j) {
        Complex[] z = new Complex[n + 1];
        z[0] = Complex.ONE;
        for (int k = 0; k < n; k++) {
            double a = 2 * Math.PI * j[k] / degrees[k];
            z[k + 1] = new Complex(Math.cos(a), Math.sin(a));
        }
        return onChart(z);
    }

    private Complex[] onChart(Complex[] z) {
        Complex dot = Complex.ZERO;
        for (int i = 0; i <= n; i++) {
            dot = dot.add(chart[i].multiply(z[i]));
        }
        Complex[] w = new Complex[n + 1];
        for (int i = 0; i <= n; i++) {
            w[i] = z[i].divide(dot);
        }
        return w;
    }

    private Path track(Complex[] z0) {
        Complex[] z = z0;
        double s = 1;
        double h = 0.05;
        int steps = 0;
        int successes = 0;
        double[] zeta = new double[11]; // ζ at s = 10^-m
        for (int m = 1; m <= 10; m++) {
            double target = Math.pow(10, -m);
            while (s > target) {
                if (steps > MAX_STEPS || h < 1e-9 * s) {
                    return new Path(Ending.FAILED, null, steps);
                }
                double step = Math.min(h, s - target);
                boolean last = step == s - target;
                if (last && step <= 1e-12 * s) {
                    s = target; // already there up to round-off
                    break;
                }
                Complex[] next = step(z, s, last ? target : s - step);
                if (next == null) {
                    h = step / 2;
                    successes = 0;
                    continue;
                }
                z = next;
                s = last ? target : s - step; // land on the decade exactly
                steps++;
                if (++successes >= GROWTH_AFTER) {
                    h = Math.min(2 * Math.max(h, step), 0.1);
                    successes = 0;
                } else if (!last) {
                    h = step; // a shortened last step of a decade does not shrink the step size
                }
            }
            s = target;
            zeta[m] = z[0].norm() / max(z);
        }
        return end(z, zeta, steps);
    }

    /** One predictor–corrector step from s to t; null when the corrector does not accept it. */
    private Complex[] step(Complex[] z, double s, double t) {
        double ds = t - s;
        Complex[] k1 = tangent(z, s);
        if (k1 == null) {
            return null;
        }
        Complex[] k2 = tangent(axpy(z, k1, ds / 2), s + ds / 2);
        if (k2 == null) {
            return null;
        }
        Complex[] k3 = tangent(axpy(z, k2, ds / 2), s + ds / 2);
        if (k3 == null) {
            return null;
        }
        Complex[] k4 = tangent(axpy(z, k3, ds), t);
        if (k4 == null) {
            return null;
        }
        Complex[] p = new Complex[n + 1];
        for (int i = 0; i <= n; i++) {
            p[i] = z[i].add(k1[i].add(k2[i].multiply(2))
                    .add(k3[i].multiply(2))
                    .add(k4[i])
                    .multiply(ds / 6));
        }
        return correct(p, t);
    }

    private Complex[] correct(Complex[] p, double t) {
        Complex[] z = p;
        double size = Math.max(1, max(z));
        double previous = Double.POSITIVE_INFINITY;
        for (int it = 0; it < CORRECTOR_ITERATIONS; it++) {
            Complex[][] jac = new Complex[n + 1][n + 1];
            Complex[] h = homotopy(z, t, jac, null);
            Complex[] dz = solve(jac, negate(h));
            if (dz == null) {
                return null;
            }
            double c = max(dz);
            if (it == 0 && c > FIRST_CORRECTION * size) {
                return null;
            }
            if (it > 0 && c > previous / 4 && c > 1e-13 * size) {
                return null; // not converging quadratically
            }
            z = axpy(z, dz, 1);
            if (c <= 1e-12 * size) {
                return z;
            }
            previous = c;
        }
        return previous <= 1e-8 * size ? z : null;
    }

    /** dz/ds = −H_z⁻¹ H_s. */
    private Complex[] tangent(Complex[] z, double s) {
        Complex[][] jac = new Complex[n + 1][n + 1];
        Complex[] hs = new Complex[n + 1];
        homotopy(z, s, jac, hs);
        return solve(jac, negate(hs));
    }

    /**
     * H(z, s) (n equations and the chart), its Jacobian in z, and ∂H/∂s when {@code hs} is not null.
     */
    private Complex[] homotopy(Complex[] z, double s, Complex[][] jac, Complex[] hs) {
        Complex[][] pw = powers(z);
        Complex[] h = new Complex[n + 1];
        Complex sg = gamma.multiply(s);
        double f = 1 - s;
        for (int k = 0; k < n; k++) {
            Complex[] grad = new Complex[n + 1];
            Complex fk = target(k, pw, grad);
            int d = degrees[k];
            // Ĝ_k = z_k^d − z_0^d
            Complex gk = pw[k + 1][d].subtract(pw[0][d]);
            h[k] = sg.multiply(gk).add(fk.multiply(f));
            for (int i = 0; i <= n; i++) {
                jac[k][i] = grad[i].multiply(f);
            }
            jac[k][k + 1] = jac[k][k + 1].add(sg.multiply(pw[k + 1][d - 1].multiply(d)));
            jac[k][0] = jac[k][0].subtract(sg.multiply(pw[0][d - 1].multiply(d)));
            if (hs != null) {
                hs[k] = gamma.multiply(gk).subtract(fk);
            }
        }
        Complex dot = Complex.ZERO;
        for (int i = 0; i <= n; i++) {
            dot = dot.add(chart[i].multiply(z[i]));
            jac[n][i] = chart[i];
        }
        h[n] = dot.subtract(Complex.ONE);
        if (hs != null) {
            hs[n] = Complex.ZERO;
        }
        return h;
    }

    /** F̂_k(z) and its gradient in z = (z_0, z_1, …, z_n), scaled by 1/scale. */
    private Complex target(int k, Complex[][] pw, Complex[] grad) {
        java.util.Arrays.fill(grad, Complex.ZERO);
        Complex value = Complex.ZERO;
        int d = degrees[k];
        int[] e = new int[n + 1];
        for (Term t : system.equations().get(k)) {
            int sum = 0;
            for (int i = 0; i < n; i++) {
                e[i + 1] = t.exponents()[i];
                sum += e[i + 1];
            }
            e[0] = d - sum;
            double c = t.coefficient() / scale;
            Complex mono = new Complex(c);
            for (int i = 0; i <= n; i++) {
                mono = mono.multiply(pw[i][e[i]]);
            }
            value = value.add(mono);
            for (int j = 0; j <= n; j++) {
                if (e[j] == 0) {
                    continue;
                }
                Complex g = new Complex(c * e[j]);
                for (int i = 0; i <= n; i++) {
                    g = g.multiply(pw[i][i == j ? e[i] - 1 : e[i]]);
                }
                grad[j] = grad[j].add(g);
            }
        }
        return value;
    }

    private Complex[][] powers(Complex[] z) {
        Complex[][] pw = new Complex[n + 1][maxDegree + 1];
        for (int i = 0; i <= n; i++) {
            pw[i][0] = Complex.ONE;
            for (int e = 1; e <= maxDegree; e++) {
                pw[i][e] = pw[i][e - 1].multiply(z[i]);
            }
        }
        return pw;
    }

    /** Classifies the end of a path from its last point and the decay of ζ over the decades. */
    private Path end(Complex[] z, double[] zeta, int steps) {
        double rate = Math.log10(zeta[8] / zeta[10]) / 2;
        double earlier = Math.log10(zeta[6] / zeta[8]) / 2;
        if (zeta[10] < INFINITY_ZETA && rate >= INFINITY_RATE && earlier >= INFINITY_RATE / 2) {
            return new Path(Ending.INFINITE, null, steps);
        }
        if (zeta[10] == 0 || !(rate < INFINITY_RATE || zeta[10] >= INFINITY_ZETA)) {
            return new Path(Ending.FAILED, null, steps);
        }
        Complex[] x = new Complex[n];
        for (int i = 0; i < n; i++) {
            x[i] = z[i + 1].divide(z[0]);
        }
        return finite(x, steps);
    }

    /** Newton on F itself from the path's end: regular when it converges with a well-conditioned Jacobian. */
    private Path finite(Complex[] x0, int steps) {
        Complex[] x = x0;
        double last = Double.POSITIVE_INFINITY;
        for (int it = 0; it < 12; it++) {
            Complex[][] jac = new Complex[n][n];
            Complex[] f = affine(x, jac);
            Complex[] dx = solve(jac, negate(f));
            if (dx == null) {
                return singular(x0, steps);
            }
            double size = Math.max(1, max(x));
            double c = max(dx);
            x = axpy(x, dx, 1);
            if (c <= 1e-14 * size) {
                break;
            }
            if (it >= 3 && c > last / 4) {
                return singular(x, steps); // linear convergence: a multiple root
            }
            last = c;
        }
        Complex[][] jac = new Complex[n][n];
        Complex[] f = affine(x, jac);
        if (max(f) > 1e-10 * Math.max(1, Math.pow(Math.max(1, max(x)), maxDegree))
                || condition(jac) > SINGULAR_CONDITION) {
            return singular(x, steps);
        }
        return new Path(Ending.REGULAR, flat(x), steps);
    }

    private Path singular(Complex[] x, int steps) {
        return new Path(Ending.SINGULAR, flat(x), steps);
    }

    /** F(x)/scale and its Jacobian, x affine. */
    Complex[] affine(Complex[] x, Complex[][] jac) {
        Complex[] z = new Complex[n + 1];
        z[0] = Complex.ONE;
        System.arraycopy(x, 0, z, 1, n);
        Complex[][] pw = powers(z);
        Complex[] f = new Complex[n];
        Complex[] grad = new Complex[n + 1];
        for (int k = 0; k < n; k++) {
            f[k] = target(k, pw, grad);
            System.arraycopy(grad, 1, jac[k], 0, n);
        }
        return f;
    }

    /** ‖A‖₁‖A⁻¹‖₁ by explicit inversion (small systems). */
    private static double condition(Complex[][] a) {
        int m = a.length;
        double norm = 0;
        double inverse = 0;
        for (int j = 0; j < m; j++) {
            double col = 0;
            for (Complex[] row : a) {
                col += row[j].norm();
            }
            norm = Math.max(norm, col);
            Complex[] e = new Complex[m];
            java.util.Arrays.fill(e, Complex.ZERO);
            e[j] = Complex.ONE;
            Complex[] c = solve(a, e);
            if (c == null) {
                return Double.POSITIVE_INFINITY;
            }
            double sum = 0;
            for (Complex v : c) {
                sum += v.norm();
            }
            inverse = Math.max(inverse, sum);
        }
        return norm * inverse;
    }

    /** Gaussian elimination with partial pivoting by modulus; null when a pivot is zero or not finite. */
    static Complex[] solve(Complex[][] a0, Complex[] b0) {
        int m = b0.length;
        Complex[][] a = new Complex[m][];
        for (int i = 0; i < m; i++) {
            a[i] = a0[i].clone();
        }
        Complex[] b = b0.clone();
        for (int c = 0; c < m; c++) {
            int p = c;
            for (int r = c + 1; r < m; r++) {
                if (a[r][c].norm() > a[p][c].norm()) {
                    p = r;
                }
            }
            double pivot = a[p][c].norm();
            if (!(pivot > 0) || Double.isInfinite(pivot)) {
                return null;
            }
            Complex[] tr = a[p];
            a[p] = a[c];
            a[c] = tr;
            Complex tb = b[p];
            b[p] = b[c];
            b[c] = tb;
            for (int r = c + 1; r < m; r++) {
                Complex factor = a[r][c].divide(a[c][c]);
                for (int j = c; j < m; j++) {
                    a[r][j] = a[r][j].subtract(factor.multiply(a[c][j]));
                }
                b[r] = b[r].subtract(factor.multiply(b[c]));
            }
        }
        Complex[] x = new Complex[m];
        for (int r = m - 1; r >= 0; r--) {
            Complex sum = b[r];
            for (int j = r + 1; j < m; j++) {
                sum = sum.subtract(a[r][j].multiply(x[j]));
            }
            x[r] = sum.divide(a[r][r]);
            if (x[r].isNaN() || x[r].isInfinite()) {
                return null;
            }
        }
        return x;
    }

    private static Complex[] axpy(Complex[] z, Complex[] v, double f) {
        Complex[] w = new Complex[z.length];
        for (int i = 0; i < z.length; i++) {
            w[i] = z[i].add(v[i].multiply(f));
        }
        return w;
    }

    private static Complex[] negate(Complex[] v) {
        Complex[] w = new Complex[v.length];
        for (int i = 0; i < v.length; i++) {
            w[i] = v[i].negate();
        }
        return w;
    }

    private static double max(Complex[] v) {
        double m = 0;
        for (Complex c : v) {
            m = Math.max(m, Math.max(Math.abs(c.getReal()), Math.abs(c.getImaginary())));
        }
        return m;
    }

    private static double[] flat(Complex[] x) {
        double[] r = new double[2 * x.length];
        for (int i = 0; i < x.length; i++) {
            r[2 * i] = x[i].getReal();
            r[2 * i + 1] = x[i].getImaginary();
        }
        return r;
    }

    /** Whether {@code roots} holds a point within 1e-8 (relative, max norm) of {@code x}. */
    static boolean contains(List<double[]> roots, double[] x) {
        for (double[] r : roots) {
            double d = 0;
            double size = 1;
            for (int i = 0; i < x.length; i++) {
                d = Math.max(d, Math.abs(r[i] - x[i]));
                size = Math.max(size, Math.abs(x[i]));
            }
            if (d <= 1e-8 * size) {
                return true;
            }
        }
        return false;
    }
}
