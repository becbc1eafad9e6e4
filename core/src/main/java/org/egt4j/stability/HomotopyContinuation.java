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
 * doubled after {@value #GROWTH_AFTER} successes. The path is tracked along the real segment from s = 1
 * to s = {@value #ENDGAME_RADIUS}; then the Cauchy endgame (Morgan, Sommese and Wampler 1991; Bates et
 * al. 2013 §10.4) tracks it around circles |s| = r (chords between {@value #CAUCHY_SAMPLES} points per
 * turn) until it closes after c turns (c the winding number) and estimates the end z(0) as the mean of
 * the samples, for r shrinking by {@value #ENDGAME_SHRINK} until two successive estimates agree (relative
 * {@value #CAUCHY_AGREEMENT}) with the same c and samples that close in on the end (spread ratio ≤
 * {@value #SPREAD_RATIO} twice in a row; a loop that also encloses a branch point where two paths meet
 * gives their agreeing mean, but its samples stay apart). The end is at infinity when its homogenizing
 * coordinate is below {@value #INFINITY_ZETA} relative to |z|; otherwise the finite end is refined by
 * Newton on F itself: regular when c = 1, Newton converges and the Jacobian's condition and inverse
 * (coefficients scaled to at most 1) are below {@value #SINGULAR_CONDITION}, singular otherwise. These are
 * numerical decisions in double precision, not interval proofs.
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
    static final long MAX_PATHS = 100;

    /** Radius |s| of the first Cauchy endgame loop. */
    static final double ENDGAME_RADIUS = 0.01;

    /** Ratio of the radii of successive Cauchy loops, whose estimates of the end must agree. */
    static final double ENDGAME_SHRINK = 4;

    /** Most loop radii tried after the first (down to {@value #ENDGAME_RADIUS}/4⁸ ≈ 1.5e-7). */
    static final int ENDGAME_LOOPS = 8;

    /** Samples per loop of the Cauchy endgame. */
    static final int CAUCHY_SAMPLES = 32;

    /** Most loops (the largest winding number, the multiplicity of a singular end) of the endgame. */
    static final int MAX_WINDING = 12;

    /**
     * Largest ratio of the spreads of the samples of successive loops (radius ratio 4, so 4<sup>−1/c</sup> ≤
     * 0.71 for winding numbers c ≤ 4 when the loops enclose no other branch point).
     */
    static final double SPREAD_RATIO = 0.75;

    /** Largest difference (relative to |z|) between the two Cauchy estimates of a path's end. */
    static final double CAUCHY_AGREEMENT = 1e-6;

    static final int CORRECTOR_ITERATIONS = 3;

    static final double FIRST_CORRECTION = 1e-3;

    static final int GROWTH_AFTER = 3;

    static final double INFINITY_ZETA = 1e-8;

    static final double SINGULAR_CONDITION = 1e12;

    private static final int MAX_STEPS = 20_000;

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
        int[] steps = {0};
        double radius = ENDGAME_RADIUS;
        Complex[] z = segment(z0, Complex.ONE, new Complex(radius), steps);
        Cauchy previous = z == null ? null : cauchy(z, radius, steps);
        Cauchy agreed = null;
        boolean closedBefore = false;
        // shrink the loop until two successive estimates agree: a loop too wide encloses other branch
        // points of the path and gives a wrong winding number
        for (int i = 0; i < ENDGAME_LOOPS && z != null && agreed == null; i++) {
            double inner = radius / ENDGAME_SHRINK;
            z = segment(z, new Complex(radius), new Complex(inner), steps);
            Cauchy next = z == null ? null : cauchy(z, inner, steps);
            if (previous != null && next != null && previous.winding() == next.winding()) {
                double size = Math.max(max(previous.end()), max(next.end()));
                double gap = 0;
                for (int j = 0; j <= n; j++) {
                    gap = Math.max(
                            gap, previous.end()[j].subtract(next.end()[j]).norm());
                }
                // the samples close in on the end like r^(1/c); when a loop also encloses a branch point
                // where this path meets another, their mean is analytic and the estimates agree with a
                // wrong winding number, but the samples stay as far apart as the two paths
                boolean closing = next.spread() <= SPREAD_RATIO * previous.spread() || next.spread() <= 1e-12 * size;
                // two closing ratios in a row: a wide loop's samples can shrink once by chance
                // at infinity the mean of paths that meet is at infinity too: no closing test needed there
                boolean infinite = previous.end()[0].norm() <= INFINITY_ZETA * max(previous.end())
                        && next.end()[0].norm() <= INFINITY_ZETA * max(next.end());
                if (gap <= CAUCHY_AGREEMENT * size
                        && (infinite || closing && (closedBefore || next.spread() <= 1e-12 * size))) {
                    agreed = next;
                }
                closedBefore = closing;
            } else {
                closedBefore = false;
            }
            previous = next;
            radius = inner;
        }
        if (agreed == null) {
            return new Path(Ending.FAILED, null, steps[0]);
        }
        Complex[] end = agreed.end();
        if (end[0].norm() <= INFINITY_ZETA * max(end)) {
            return new Path(Ending.INFINITE, null, steps[0]);
        }
        Complex[] x = new Complex[n];
        for (int i = 0; i < n; i++) {
            x[i] = end[i + 1].divide(end[0]);
        }
        return agreed.winding() > 1 ? singular(x, steps[0]) : finite(x, steps[0]);
    }

    /**
     * The end of a path at s = 0 by the Cauchy integral formula (Morgan, Sommese and Wampler 1991; Bates et
     * al. 2013 §10.4): z(s) has a Puiseux expansion in s<sup>1/c</sup> near 0, so tracking around the
     * circle |s| = r until the path closes (after c loops, the winding number) and averaging the samples
     * z(r e<sup>iθ</sup>) at equally spaced θ gives z(0) with an error that decays geometrically in the
     * number of samples.
     */
    private record Cauchy(Complex[] end, int winding, double spread) {}

    private Cauchy cauchy(Complex[] z0, double radius, int[] steps) {
        Complex[] z = z0;
        Complex[] sum = new Complex[n + 1];
        java.util.Arrays.fill(sum, Complex.ZERO);
        int samples = 0;
        List<Complex[]> seen = new ArrayList<>();
        for (int loop = 1; loop <= MAX_WINDING; loop++) {
            for (int k = 0; k < CAUCHY_SAMPLES; k++) {
                for (int i = 0; i <= n; i++) {
                    sum[i] = sum[i].add(z[i]);
                }
                seen.add(z);
                samples++;
                double a0 = 2 * Math.PI * k / CAUCHY_SAMPLES;
                double a1 = 2 * Math.PI * (k + 1) / CAUCHY_SAMPLES;
                z = segment(
                        z,
                        new Complex(radius * Math.cos(a0), radius * Math.sin(a0)),
                        k + 1 == CAUCHY_SAMPLES
                                ? new Complex(radius)
                                : new Complex(radius * Math.cos(a1), radius * Math.sin(a1)),
                        steps);
                if (z == null) {
                    return null;
                }
            }
            double d = 0;
            for (int i = 0; i <= n; i++) {
                d = Math.max(d, z[i].subtract(z0[i]).norm());
            }
            if (d <= 1e-8 * Math.max(1, max(z0))) {
                Complex[] end = new Complex[n + 1];
                for (int i = 0; i <= n; i++) {
                    end[i] = sum[i].divide(samples);
                }
                double spread = 0;
                for (Complex[] w : seen) {
                    for (int i = 0; i <= n; i++) {
                        spread = Math.max(spread, w[i].subtract(end[i]).norm());
                    }
                }
                return new Cauchy(end, loop, spread);
            }
        }
        return null; // no closed loop within MAX_WINDING turns
    }

    /**
     * Tracks the path along the straight segment from s = a to s = b in the complex s-plane (adaptive
     * steps in the segment's parameter τ ∈ [0, 1]); null when tracking fails.
     */
    private Complex[] segment(Complex[] z0, Complex a, Complex b, int[] steps) {
        Complex[] z = z0;
        Complex delta = b.subtract(a);
        double tau = 0;
        double h = Math.min(1, 0.05 / delta.norm());
        int successes = 0;
        while (tau < 1) {
            if (steps[0] > MAX_STEPS || h < 1e-12) {
                return null;
            }
            boolean last = h >= 1 - tau;
            double step = last ? 1 - tau : h;
            Complex[] next = step(z, a, delta, tau, last ? 1 : tau + step);
            if (next == null) {
                h = step / 2;
                successes = 0;
                continue;
            }
            z = next;
            tau = last ? 1 : tau + step;
            steps[0]++;
            if (++successes >= GROWTH_AFTER) {
                h = Math.min(2 * Math.max(h, step), 1);
                successes = 0;
            } else if (!last) {
                h = step; // a shortened last step does not shrink the step size
            }
        }
        return z;
    }

    /** One predictor–corrector step from τ to τ' on s = a + τ·delta; null when the corrector rejects it. */
    private Complex[] step(Complex[] z, Complex a, Complex delta, double tau, double next) {
        double dt = next - tau;
        Complex[] k1 = tangent(z, a, delta, tau);
        if (k1 == null) {
            return null;
        }
        Complex[] k2 = tangent(axpy(z, k1, dt / 2), a, delta, tau + dt / 2);
        if (k2 == null) {
            return null;
        }
        Complex[] k3 = tangent(axpy(z, k2, dt / 2), a, delta, tau + dt / 2);
        if (k3 == null) {
            return null;
        }
        Complex[] k4 = tangent(axpy(z, k3, dt), a, delta, next);
        if (k4 == null) {
            return null;
        }
        Complex[] p = new Complex[n + 1];
        for (int i = 0; i <= n; i++) {
            p[i] = z[i].add(k1[i].add(k2[i].multiply(2))
                    .add(k3[i].multiply(2))
                    .add(k4[i])
                    .multiply(dt / 6));
        }
        return correct(p, a.add(delta.multiply(next)));
    }

    private Complex[] correct(Complex[] p, Complex s) {
        Complex[] z = p;
        double size = Math.max(1, max(z));
        double previous = Double.POSITIVE_INFINITY;
        for (int it = 0; it < CORRECTOR_ITERATIONS; it++) {
            Complex[][] jac = new Complex[n + 1][n + 1];
            Complex[] h = homotopy(z, s, jac, null);
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

    /** dz/dτ = −H_z⁻¹ H_s · ds/dτ on s = a + τ·delta. */
    private Complex[] tangent(Complex[] z, Complex a, Complex delta, double tau) {
        Complex[][] jac = new Complex[n + 1][n + 1];
        Complex[] hs = new Complex[n + 1];
        homotopy(z, a.add(delta.multiply(tau)), jac, hs);
        Complex[] rhs = new Complex[n + 1];
        for (int i = 0; i <= n; i++) {
            rhs[i] = hs[i].multiply(delta).negate();
        }
        return solve(jac, rhs);
    }

    /**
     * H(z, s) (n equations and the chart), its Jacobian in z, and ∂H/∂s when {@code hs} is not null.
     */
    private Complex[] homotopy(Complex[] z, Complex s, Complex[][] jac, Complex[] hs) {
        Complex[][] pw = powers(z);
        Complex[] h = new Complex[n + 1];
        Complex sg = gamma.multiply(s);
        Complex f = Complex.ONE.subtract(s);
        Complex[] grad = new Complex[n + 1];
        for (int k = 0; k < n; k++) {
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

    /**
     * F̂_k(z) and its gradient in z = (z_0, z_1, …, z_n), scaled by 1/scale; the gradient of each monomial
     * from prefix and suffix products of its factors (3(n + 1) products instead of (n + 1)²).
     */
    private Complex target(int k, Complex[][] pw, Complex[] grad) {
        java.util.Arrays.fill(grad, Complex.ZERO);
        Complex value = Complex.ZERO;
        int d = degrees[k];
        int[] e = new int[n + 1];
        Complex[] prefix = new Complex[n + 2];
        Complex[] suffix = new Complex[n + 2];
        for (Term t : system.equations().get(k)) {
            int sum = 0;
            for (int i = 0; i < n; i++) {
                e[i + 1] = t.exponents()[i];
                sum += e[i + 1];
            }
            e[0] = d - sum;
            double c = t.coefficient() / scale;
            prefix[0] = new Complex(c);
            for (int i = 0; i <= n; i++) {
                prefix[i + 1] = prefix[i].multiply(pw[i][e[i]]);
            }
            suffix[n + 1] = Complex.ONE;
            for (int i = n; i >= 0; i--) {
                suffix[i] = suffix[i + 1].multiply(pw[i][e[i]]);
            }
            value = value.add(prefix[n + 1]);
            for (int j = 0; j <= n; j++) {
                if (e[j] > 0) {
                    grad[j] = grad[j].add(prefix[j]
                            .multiply(suffix[j + 1])
                            .multiply(pw[j][e[j] - 1])
                            .multiply(e[j]));
                }
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
                if (c <= 1e-10 * size) {
                    break; // stagnating at round-off: converged
                }
                return singular(x, steps); // linear convergence: a multiple root
            }
            last = c;
        }
        Complex[][] jac = new Complex[n][n];
        Complex[] f = affine(x, jac);
        if (max(f) > 1e-10 * Math.max(1, Math.pow(Math.max(1, max(x)), maxDegree))
                || condition(jac) > SINGULAR_CONDITION
                || inverseNorm(jac) > SINGULAR_CONDITION) {
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

    /** ‖A⁻¹‖₁ (F is scaled to coefficients of at most 1, so a huge inverse means a singular Jacobian). */
    private static double inverseNorm(Complex[][] a) {
        int m = a.length;
        double inverse = 0;
        for (int j = 0; j < m; j++) {
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
        return inverse;
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
