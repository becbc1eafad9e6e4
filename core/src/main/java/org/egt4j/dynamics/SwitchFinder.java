package org.egt4j.dynamics;

import java.util.ArrayList;
import java.util.List;

/**
 * The switch times of a best-response segment whose payoffs are polynomials of degree D ≥ 2 in the
 * shares (normal forms of three or more populations, polynomial fitness). Along the segment x(s) = b +
 * (x₀ − b)s, s = e<sup>−(t − t₀)</sup> ∈ (0, 1], every share is affine in s, so the advantage d(s) =
 * F<sub>j</sub>(x(s)) − F<sub>i</sub>(x(s)) of strategy j over the current best reply i is a polynomial
 * of degree ≤ D in s, and it is represented exactly (up to rounding) by its values at the D + 1
 * Chebyshev–Lobatto points u<sub>m</sub> = cos(πm/D) of u = 2s − 1 ∈ [−1, 1] (s = 1, the segment's start,
 * is m = 0; s = 0, the target, is m = D). The Chebyshev coefficients follow from the discrete cosine
 * transform of the values (Trefethen, <i>Approximation Theory and Approximation Practice</i>, 2013, ch. 3),
 * which is well conditioned for every D, unlike the monomial Vandermonde system.
 *
 * <p>The real roots in (−1, 1) are isolated exactly as far as rounding allows, with no grid that could
 * step over a pair of close roots: between consecutive roots of the derivative (found the same way,
 * recursively, down to degree 1) the polynomial is monotone, so each such interval holds at most one
 * root, found by bisection to full precision. Strategy j overtakes at the largest root s* &lt; 1 below
 * which d is positive (a touching root, where d returns to negative, is no switch); a positive d just
 * below s = 1 (j ties at the start and gains) gives s* = 1, a segment of length 0: a sliding state.
 */
final class SwitchFinder {

    /** The largest share degree of the payoffs accepted for exact paths. */
    static final int MAX_DEGREE = 32;

    /** Roots closer than this (in u) to the start u = 1 are the tie at the start, not a later switch. */
    private static final double START_TIE = 2e-13;

    /** d counts as positive above this multiple of the payoffs' magnitude (round-off of a zero d). */
    private static final double POSITIVE = 1e-14;

    private final int degree;
    /** The Chebyshev–Lobatto points u<sub>m</sub> = cos(πm/D). */
    private final double[] nodes;
    /** cos(πpm/D) for the discrete cosine transform. */
    private final double[][] cosines;
    /** The payoffs at the nodes: values[m][payoff index]. */
    private final double[][] values;
    /** The state at a node, reused. */
    private double[] state = new double[0];

    SwitchFinder(int degree, int payoffs) {
        this.degree = degree;
        this.nodes = new double[degree + 1];
        this.cosines = new double[degree + 1][degree + 1];
        for (int m = 0; m <= degree; m++) {
            nodes[m] = Math.cos(Math.PI * m / degree);
            for (int p = 0; p <= degree; p++) {
                cosines[p][m] = Math.cos(Math.PI * ((long) p * m % (2L * degree)) / degree);
            }
        }
        nodes[0] = 1; // exact ends: the start and the target themselves
        nodes[degree] = -1;
        this.values = new double[degree + 1][payoffs];
    }

    /**
     * Evaluates the payoffs at the nodes of one segment.
     *
     * @param payoffs the payoff field
     * @param from the segment's start x₀
     * @param target the target b
     */
    void sample(PayoffField payoffs, double[] from, double[] target) {
        if (state.length != from.length) {
            state = new double[from.length];
        }
        double[] x = state;
        for (int m = 0; m <= degree; m++) {
            double s = (nodes[m] + 1) / 2;
            for (int c = 0; c < x.length; c++) {
                x[c] = m == 0 ? from[c] : m == degree ? target[c] : target[c] + (from[c] - target[c]) * s;
            }
            payoffs.payoffs(x, values[m]);
        }
    }

    /**
     * The value of s at which strategy j overtakes strategy i on the sampled segment.
     *
     * @param j the payoff index of the challenger
     * @param i the payoff index of the current best reply
     * @return s* in (0, 1], or 0 when j does not overtake i before the segment's end at s → 0
     */
    double overtaking(int j, int i) {
        double[] v = new double[degree + 1];
        double scale = 0;
        for (int m = 0; m <= degree; m++) {
            v[m] = values[m][j] - values[m][i];
            scale = Math.max(scale, Math.abs(values[m][j]) + Math.abs(values[m][i]));
        }
        double[] a = coefficients(v);
        double positive = POSITIVE * scale;
        List<Double> roots = roots(a, -1, 1);
        double upper = 1;
        // roots come in increasing order; walk down from the start u = 1
        for (int q = roots.size() - 1; q >= -1; q--) {
            double lower = q >= 0 ? roots.get(q) : -1;
            if (q >= 0 && lower > 1 - START_TIE) {
                continue;
            }
            if (clenshaw(a, (lower + upper) / 2) > positive) {
                return (upper + 1) / 2;
            }
            upper = lower;
        }
        return 0;
    }

    /** The Chebyshev coefficients of the interpolant of values at the Lobatto points. */
    double[] coefficients(double[] v) {
        int d = degree;
        double[] a = new double[d + 1];
        for (int p = 0; p <= d; p++) {
            double sum = 0;
            for (int m = 0; m <= d; m++) {
                double w = m == 0 || m == d ? 0.5 : 1;
                sum += w * v[m] * cosines[p][m];
            }
            a[p] = 2 * sum / d;
        }
        a[0] /= 2;
        a[d] /= 2;
        return a;
    }

    /** f(u) = Σ a<sub>p</sub>T<sub>p</sub>(u) by Clenshaw's recurrence. */
    static double clenshaw(double[] a, double u) {
        double b1 = 0;
        double b2 = 0;
        for (int p = a.length - 1; p >= 1; p--) {
            double b = 2 * u * b1 - b2 + a[p];
            b2 = b1;
            b1 = b;
        }
        return u * b1 - b2 + a[0];
    }

    /** The coefficients of f' for f = Σ a<sub>p</sub>T<sub>p</sub> (c<sub>p−1</sub> = c<sub>p+1</sub> + 2p·a<sub>p</sub>). */
    static double[] derivative(double[] a) {
        int n = a.length - 1;
        if (n == 0) {
            return new double[] {0};
        }
        double[] c = new double[n + 1];
        for (int p = n; p >= 1; p--) {
            c[p - 1] = (p + 1 <= n ? c[p + 1] : 0) + 2 * p * a[p];
        }
        c[0] /= 2;
        double[] out = new double[n];
        System.arraycopy(c, 0, out, 0, n);
        return out;
    }

    /**
     * The real roots of f = Σ a<sub>p</sub>T<sub>p</sub> in the open interval (lo, hi), increasing: the
     * critical points split it into monotone pieces, each with at most one root.
     */
    static List<Double> roots(double[] a, double lo, double hi) {
        double max = 0;
        for (double c : a) {
            max = Math.max(max, Math.abs(c));
        }
        int n = a.length - 1;
        while (n > 0 && Math.abs(a[n]) <= 1e-14 * max) {
            n--; // a coefficient at round-off level does not raise the degree
        }
        List<Double> roots = new ArrayList<>();
        if (n == 0) {
            return roots;
        }
        double[] f = java.util.Arrays.copyOf(a, n + 1);
        List<Double> breaks = new ArrayList<>();
        breaks.add(lo);
        if (n == 1) {
            // no critical point: f is monotone on the whole interval
        } else {
            breaks.addAll(roots(derivative(f), lo, hi));
        }
        breaks.add(hi);
        double fu = clenshaw(f, lo);
        for (int k = 0; k + 1 < breaks.size(); k++) {
            double u = breaks.get(k);
            double w = breaks.get(k + 1);
            double fw = clenshaw(f, w);
            if (fw == 0 && k + 2 < breaks.size()) {
                roots.add(w); // a root exactly at a critical point
            } else if ((fu < 0 && fw > 0) || (fu > 0 && fw < 0)) {
                roots.add(bisect(f, u, w, fu));
            }
            fu = fw;
        }
        return roots;
    }

    /** The root of a monotone f on [u, w] with a sign change, to full precision. */
    private static double bisect(double[] f, double u, double w, double fu) {
        double lo = u;
        double hi = w;
        boolean negativeAtLo = fu < 0;
        for (int k = 0; k < 200; k++) {
            double mid = (lo + hi) / 2;
            if (mid <= lo || mid >= hi) {
                break;
            }
            double fm = clenshaw(f, mid);
            if (fm == 0) {
                return mid;
            }
            if ((fm < 0) == negativeAtLo) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return (lo + hi) / 2;
    }
}
