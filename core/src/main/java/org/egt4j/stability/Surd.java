package org.egt4j.stability;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.List;
import java.util.Objects;
import org.hipparchus.fraction.BigFraction;

/**
 * An exact real number p + q·√s with p, q rational and s an integer ≥ 2 free of square factors below
 * 10⁴ (q = 0 for a rational): the closed form of the roots of a quadratic with rational coefficients,
 * (−b ± √(b² − 4ac))/(2a). Two surds are equal iff their (canonical) parts are; they are ordered by their
 * values to 60 significant digits, which separates any two distinct roots of quadratics whose
 * coefficients have fewer than about 25 digits.
 */
final class Surd implements Comparable<Surd> {

    private static final MathContext DIGITS = new MathContext(60);
    private static final int TRIAL_PRIMES_BELOW = 10_000;

    private final BigFraction p;
    private final BigFraction q;
    private final BigInteger s;

    private Surd(BigFraction p, BigFraction q, BigInteger s) {
        boolean rational = q.signum() == 0 || s.equals(BigInteger.ONE);
        this.p = rational ? p.add(q) : p;
        this.q = rational ? BigFraction.ZERO : q;
        this.s = rational ? BigInteger.ONE : s;
    }

    /**
     * A rational number.
     *
     * @param r the number
     * @return r as a surd
     */
    static Surd rational(BigFraction r) {
        return new Surd(r, BigFraction.ZERO, BigInteger.ONE);
    }

    /**
     * The real roots of a x² + b x + c, ascending, each once (a double root once).
     *
     * @param a the leading coefficient, non-zero
     * @param b the linear coefficient
     * @param c the constant
     * @return zero, one or two roots
     */
    static List<Surd> quadraticRoots(BigFraction a, BigFraction b, BigFraction c) {
        BigFraction disc = b.multiply(b).subtract(a.multiply(c).multiply(4));
        BigFraction centre = b.negate().divide(a.multiply(2));
        if (disc.signum() < 0) {
            return List.of();
        }
        if (disc.signum() == 0) {
            return List.of(rational(centre));
        }
        // √(n/m) = √(n·m)/m = k√s/m with n·m = k²·s
        BigInteger nm = disc.getNumerator().multiply(disc.getDenominator());
        BigInteger[] ks = squareFree(nm);
        BigFraction half = new BigFraction(ks[0], disc.getDenominator())
                .divide(a.multiply(2).abs());
        Surd lo = new Surd(centre, half.negate(), ks[1]);
        Surd hi = new Surd(centre, half, ks[1]);
        return List.of(lo, hi);
    }

    /** n = k²·s with the square factors of primes below 10⁴ (and a square cofactor) moved into k. */
    private static BigInteger[] squareFree(BigInteger n) {
        BigInteger k = BigInteger.ONE;
        BigInteger rest = n;
        for (int f = 2; f < TRIAL_PRIMES_BELOW; f++) {
            BigInteger sq = BigInteger.valueOf((long) f * f);
            if (sq.compareTo(rest) > 0) {
                break;
            }
            while (rest.mod(sq).signum() == 0) {
                rest = rest.divide(sq);
                k = k.multiply(BigInteger.valueOf(f));
            }
        }
        BigInteger root = rest.sqrt();
        if (root.multiply(root).equals(rest)) {
            return new BigInteger[] {k.multiply(root), BigInteger.ONE};
        }
        return new BigInteger[] {k, rest};
    }

    /** {@return whether the number is rational} */
    boolean isRational() {
        return q.signum() == 0;
    }

    /** {@return the rational value; only for a rational surd} */
    BigFraction rationalValue() {
        if (!isRational()) {
            throw new IllegalStateException("irrational: " + this);
        }
        return p;
    }

    /** {@return the value to 60 significant digits} */
    BigDecimal decimal() {
        BigDecimal v = new BigDecimal(p.getNumerator()).divide(new BigDecimal(p.getDenominator()), DIGITS);
        if (isRational()) {
            return v;
        }
        BigDecimal root = new BigDecimal(s).sqrt(DIGITS);
        BigDecimal qq = new BigDecimal(q.getNumerator()).divide(new BigDecimal(q.getDenominator()), DIGITS);
        return v.add(qq.multiply(root, DIGITS), DIGITS);
    }

    /** {@return the nearest double} */
    double doubleValue() {
        return isRational() ? p.doubleValue() : decimal().doubleValue();
    }

    @Override
    public int compareTo(Surd o) {
        return equals(o) ? 0 : decimal().compareTo(o.decimal());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Surd x && p.equals(x.p) && q.equals(x.q) && s.equals(x.s);
    }

    @Override
    public int hashCode() {
        return Objects.hash(p, q, s);
    }

    /**
     * The exact text, e.g. "7/20", "-3", "sqrt(2)", "(3 - sqrt(5))/2", "2*sqrt(3)/3".
     *
     * @return the closed form
     */
    @Override
    public String toString() {
        if (isRational()) {
            return fraction(p);
        }
        BigInteger d = lcm(p.getDenominator(), q.getDenominator());
        BigInteger a = p.getNumerator().multiply(d.divide(p.getDenominator()));
        BigInteger b = q.getNumerator().multiply(d.divide(q.getDenominator()));
        String root = (b.abs().equals(BigInteger.ONE) ? "" : b.abs() + "*") + "sqrt(" + s + ")";
        String num;
        if (a.signum() == 0) {
            num = (b.signum() < 0 ? "-" : "") + root;
        } else {
            num = a + (b.signum() < 0 ? " - " : " + ") + root;
        }
        if (d.equals(BigInteger.ONE)) {
            return num;
        }
        return (a.signum() == 0 ? num : "(" + num + ")") + "/" + d;
    }

    private static String fraction(BigFraction f) {
        return f.getDenominator().equals(BigInteger.ONE)
                ? f.getNumerator().toString()
                : f.getNumerator() + "/" + f.getDenominator();
    }

    private static BigInteger lcm(BigInteger x, BigInteger y) {
        return x.divide(x.gcd(y)).multiply(y);
    }
}
