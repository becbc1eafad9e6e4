package org.egt4j.stability;

import java.util.Map;
import java.util.function.Function;
import org.egt4j.expr.Atom;
import org.egt4j.expr.Monomial;
import org.egt4j.expr.Polynomial;
import org.egt4j.expr.Symbol;
import org.hipparchus.fraction.BigFraction;

/**
 * A closed interval [lo, hi] with outward-rounded arithmetic: an endpoint that floating point may have
 * rounded is widened by one ulp (exact sums and products, detected with TwoSum and FMA, are kept), so
 * the true value of an expression evaluated on intervals always lies inside (sound enclosures for
 * deciding signs over parameter boxes).
 *
 * @param lo lower end (may be −∞)
 * @param hi upper end (may be +∞)
 */
record Interval(double lo, double hi) {

    static final Interval EVERYTHING = new Interval(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);

    static Interval point(double v) {
        return new Interval(v, v);
    }

    static Interval of(BigFraction c) {
        double d = c.doubleValue();
        if (Double.isFinite(d) && new BigFraction(d).equals(c)) {
            return point(d);
        }
        return new Interval(Math.nextDown(d), Math.nextUp(d));
    }

    /**
     * A lower bound of a + b: the floating-point sum when it is not above the exact one (TwoSum's error
     * is non-negative), else the next double down.
     */
    private static double addDown(double a, double b) {
        double s = a + b;
        return Double.isFinite(s) && twoSumError(a, b, s) >= 0 ? s : Math.nextDown(s);
    }

    /** An upper bound of a + b, likewise. */
    private static double addUp(double a, double b) {
        double s = a + b;
        return Double.isFinite(s) && twoSumError(a, b, s) <= 0 ? s : Math.nextUp(s);
    }

    /** Knuth's TwoSum: the exact rounding error of s = a + b. */
    private static double twoSumError(double a, double b, double s) {
        double bb = s - a;
        return (a - (s - bb)) + (b - bb);
    }

    /** Whether the floating-point product p = a·b is exact (FMA recovers the rounding error). */
    private static boolean exactProduct(double a, double b, double p) {
        return a == 0 || b == 0 || (Double.isFinite(p) && Math.fma(a, b, -p) == 0);
    }

    private static Interval round(double lo, double hi) {
        if (Double.isNaN(lo) || Double.isNaN(hi)) {
            return EVERYTHING;
        }
        return new Interval(Math.nextDown(lo), Math.nextUp(hi));
    }

    Interval add(Interval o) {
        double l = addDown(lo, o.lo);
        double h = addUp(hi, o.hi);
        if (Double.isNaN(l) || Double.isNaN(h)) {
            return EVERYTHING;
        }
        return new Interval(l, h);
    }

    /** The intersection, both being enclosures of the same value (so it is never empty). */
    Interval intersect(Interval o) {
        return new Interval(Math.max(lo, o.lo), Math.min(hi, o.hi));
    }

    Interval multiply(Interval o) {
        double a = lo * o.lo;
        double b = lo * o.hi;
        double c = hi * o.lo;
        double d = hi * o.hi;
        if (Double.isNaN(a) || Double.isNaN(b) || Double.isNaN(c) || Double.isNaN(d)) {
            return EVERYTHING; // 0 × ∞
        }
        double[][] products = {{lo, o.lo, a}, {lo, o.hi, b}, {hi, o.lo, c}, {hi, o.hi, d}};
        double l = Double.POSITIVE_INFINITY;
        double h = Double.NEGATIVE_INFINITY;
        for (double[] q : products) {
            boolean exact = exactProduct(q[0], q[1], q[2]);
            l = Math.min(l, exact ? q[2] : Math.nextDown(q[2]));
            h = Math.max(h, exact ? q[2] : Math.nextUp(q[2]));
        }
        return new Interval(l, h);
    }

    Interval reciprocal() {
        if (lo <= 0 && hi >= 0) {
            return EVERYTHING;
        }
        return round(1 / hi, 1 / lo);
    }

    /**
     * x<sup>e</sup> over the interval from the powers of its ends (x<sup>e</sup> is monotone on each side
     * of 0), which avoids the dependency problem of repeated multiplication: [−2, 1]³ = [−8, 1], not
     * [−8, 4].
     */
    Interval pow(int e) {
        if (e < 0) {
            return pow(-e).reciprocal();
        }
        if (e == 0) {
            return point(1);
        }
        Interval a = point(lo).repeat(e);
        Interval b = point(hi).repeat(e);
        if ((e & 1) == 1 || lo >= 0) { // e > 0 here
            return new Interval(a.lo, b.hi);
        }
        if (hi <= 0) {
            return new Interval(b.lo, a.hi);
        }
        return new Interval(0, Math.max(a.hi, b.hi));
    }

    /** this<sup>e</sup> by e − 1 outward-rounded multiplications (tight for a point). */
    private Interval repeat(int e) {
        Interval r = this;
        for (int i = 1; i < e; i++) {
            r = r.multiply(this);
        }
        return r;
    }

    /** An enclosure of a share-free polynomial, given enclosures of its symbols. */
    static Interval of(Polynomial p, Function<Symbol, Interval> values) {
        Interval sum = point(0);
        for (Map.Entry<Monomial, BigFraction> e : p.terms().entrySet()) {
            Interval t = of(e.getValue());
            Monomial m = e.getKey();
            for (int i = 0; i < m.size(); i++) {
                t = t.multiply(values.apply(m.symbol(i)).pow(m.exponent(i)));
            }
            sum = sum.add(t);
        }
        return sum;
    }

    /** An enclosure of an atom's value from enclosures of its arguments' symbols. */
    static Interval of(Atom a, Function<Symbol, Interval> values) {
        Interval x = of(a.arguments().get(0), values);
        if (a.function() == null) {
            return x;
        }
        return switch (a.function()) {
            case "exp" -> round(Math.exp(x.lo), Math.exp(x.hi));
            case "log" -> x.lo <= 0 ? EVERYTHING : round(Math.log(x.lo), Math.log(x.hi));
            case "sqrt" -> x.lo < 0 ? EVERYTHING : round(Math.sqrt(x.lo), Math.sqrt(x.hi));
            case "min" -> {
                Interval y = of(a.arguments().get(1), values);
                yield new Interval(Math.min(x.lo, y.lo), Math.min(x.hi, y.hi));
            }
            case "max" -> {
                Interval y = of(a.arguments().get(1), values);
                yield new Interval(Math.max(x.lo, y.lo), Math.max(x.hi, y.hi));
            }
            default -> EVERYTHING;
        };
    }
}
