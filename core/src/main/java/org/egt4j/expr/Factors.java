package org.egt4j.expr;

import java.math.BigInteger;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.hipparchus.fraction.BigFraction;

/**
 * A polynomial as content × monomial × primitive part, p = c·m·q: c the rational content (the gcd of
 * the numerators over the lcm of the denominators, negative only when every coefficient is), m the greatest common monomial factor (the least exponent of each symbol over all terms,
 * negative exponents of parameters included), and q a polynomial with integer coprime coefficients and
 * no monomial factor. This is how papers pull factors out: α·k·K − α·θ·k·K = α·k·K·(1 − θ). With
 * {@link #divide exact division} it also cancels a common polynomial factor of a quotient.
 *
 * @param content c
 * @param monomial m
 * @param primitive q; {@link Polynomial#ONE} when p is a single term
 */
public record Factors(BigFraction content, Monomial monomial, Polynomial primitive) {

    /**
     * Splits a non-zero polynomial.
     *
     * @param p the polynomial, not zero
     * @return c, m and q with p = c·m·q
     */
    public static Factors of(Polynomial p) {
        if (p.isZero()) {
            throw new IllegalArgumentException("zero has no factors");
        }
        BigInteger num = BigInteger.ZERO;
        BigInteger den = BigInteger.ONE;
        TreeMap<Symbol, Integer> least = null;
        for (Map.Entry<Monomial, BigFraction> t : p.terms().entrySet()) {
            num = num.gcd(t.getValue().getNumerator());
            BigInteger d = t.getValue().getDenominator();
            den = den.divide(den.gcd(d)).multiply(d);
            TreeMap<Symbol, Integer> e = new TreeMap<>();
            Monomial m = t.getKey();
            for (int i = 0; i < m.size(); i++) {
                e.put(m.symbol(i), m.exponent(i));
            }
            if (least == null) {
                least = e;
            } else {
                TreeSet<Symbol> all = new TreeSet<>(least.keySet());
                all.addAll(e.keySet());
                TreeMap<Symbol, Integer> next = new TreeMap<>();
                for (Symbol s : all) {
                    int v = Math.min(least.getOrDefault(s, 0), e.getOrDefault(s, 0));
                    if (v != 0) {
                        next.put(s, v);
                    }
                }
                least = next;
            }
        }
        Monomial m = Monomial.ONE;
        for (Map.Entry<Symbol, Integer> e : least.entrySet()) {
            m = m.multiply(Monomial.of(e.getKey(), e.getValue()));
        }
        BigFraction c = new BigFraction(num, den);
        if (p.terms().values().stream().allMatch(v -> v.signum() < 0)) {
            c = c.negate();
        }
        Polynomial q = Polynomial.ZERO;
        for (Map.Entry<Monomial, BigFraction> t : p.terms().entrySet()) {
            q = q.add(Polynomial.term(t.getValue().divide(c), quotient(t.getKey(), m)));
        }
        return new Factors(c, m, q);
    }

    /**
     * x/m, exponent by exponent (a share's exponent must not become negative: m divides x in the shares).
     */
    private static Monomial quotient(Monomial x, Monomial m) {
        TreeSet<Symbol> all = new TreeSet<>();
        for (int i = 0; i < x.size(); i++) {
            all.add(x.symbol(i));
        }
        for (int i = 0; i < m.size(); i++) {
            all.add(m.symbol(i));
        }
        Monomial r = Monomial.ONE;
        for (Symbol s : all) {
            r = r.multiply(Monomial.of(s, x.exponentOf(s) - m.exponentOf(s)));
        }
        return r;
    }

    /** {@return whether anything is pulled out: a content other than ±1 or a monomial other than 1} */
    public boolean isTrivial() {
        return content.abs().equals(BigFraction.ONE) && monomial.size() == 0;
    }

    /**
     * The exact quotient a/b when b divides a, by multivariate division in the lexicographic order of
     * the symbols (the remainder of dividing by one polynomial is zero iff it divides, for any monomial
     * order). Both must have non-negative exponents.
     *
     * @param a the dividend
     * @param b the divisor, not zero
     * @return the quotient, or empty when b does not divide a (or an exponent is negative)
     */
    public static Optional<Polynomial> divide(Polynomial a, Polynomial b) {
        if (b.isZero() || negativeExponent(a) || negativeExponent(b)) {
            return Optional.empty();
        }
        Map.Entry<Monomial, BigFraction> lb = leading(b);
        Polynomial rest = a;
        Polynomial quotient = Polynomial.ZERO;
        for (int guard = 0; !rest.isZero(); guard++) {
            if (guard > 10_000) {
                return Optional.empty();
            }
            Map.Entry<Monomial, BigFraction> lr = leading(rest);
            Monomial x = lr.getKey();
            Monomial y = lb.getKey();
            for (int i = 0; i < y.size(); i++) {
                if (x.exponentOf(y.symbol(i)) < y.exponent(i)) {
                    return Optional.empty();
                }
            }
            Monomial m = quotient(x, y);
            Polynomial t = Polynomial.term(lr.getValue().divide(lb.getValue()), m);
            quotient = quotient.add(t);
            rest = rest.subtract(t.multiply(b));
        }
        return Optional.of(quotient);
    }

    private static boolean negativeExponent(Polynomial p) {
        for (Monomial m : p.terms().keySet()) {
            for (int i = 0; i < m.size(); i++) {
                if (m.exponent(i) < 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The leading term in lexicographic order of (symbol, exponent) vectors. */
    private static Map.Entry<Monomial, BigFraction> leading(Polynomial p) {
        Map.Entry<Monomial, BigFraction> best = null;
        for (Map.Entry<Monomial, BigFraction> t : p.terms().entrySet()) {
            if (best == null || lex(t.getKey(), best.getKey()) > 0) {
                best = t;
            }
        }
        return best;
    }

    private static int lex(Monomial x, Monomial y) {
        TreeSet<Symbol> all = new TreeSet<>();
        for (int i = 0; i < x.size(); i++) {
            all.add(x.symbol(i));
        }
        for (int i = 0; i < y.size(); i++) {
            all.add(y.symbol(i));
        }
        for (Symbol s : all) {
            int c = Integer.compare(x.exponentOf(s), y.exponentOf(s));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    /**
     * A quotient n/d after cancelling: the numerator expanded, the denominator kept as factors.
     *
     * @param numerator n', a Laurent polynomial (the whole quotient when the denominator is 1)
     * @param denominator d' as content × monomial × primitive part: content a positive integer, monomial
     *     with positive exponents; {@link Factors#ONE} when the quotient is a Laurent polynomial
     */
    public record Quotient(Polynomial numerator, Factors denominator) {

        /** {@return whether the denominator cancelled completely} */
        public boolean isPolynomial() {
            return denominator.equals(ONE);
        }
    }

    /** The factors of 1. */
    public static final Factors ONE = new Factors(BigFraction.ONE, Monomial.ONE, Polynomial.ONE);

    /**
     * The quotient n/d with common factors cancelled: contents, common monomials, and the primitive part
     * of d when it divides that of n. When d's primitive part cancels (or d is a single term) the result
     * is the Laurent polynomial n/d; otherwise the numerator keeps the integer numerator of the content
     * and the positive part of the monomial ratio, the denominator the rest.
     *
     * @param n the numerator, free of shares
     * @param d the denominator, not zero, free of shares
     * @return the cancelled quotient; numerator zero (and denominator 1) when n is zero
     */
    public static Quotient cancel(Polynomial n, Polynomial d) {
        if (n.isZero()) {
            return new Quotient(Polynomial.ZERO, ONE);
        }
        Factors fn = of(n);
        Factors fd = of(d);
        BigFraction ratio = fn.content.divide(fd.content);
        Monomial mono = quotient(fn.monomial, fd.monomial);
        Optional<Polynomial> q = divide(fn.primitive, fd.primitive);
        if (q.isPresent()) {
            return new Quotient(q.get().multiply(Polynomial.term(ratio, mono)), ONE);
        }
        Monomial up = Monomial.ONE;
        Monomial down = Monomial.ONE;
        for (int i = 0; i < mono.size(); i++) {
            Monomial f = Monomial.of(mono.symbol(i), Math.abs(mono.exponent(i)));
            if (mono.exponent(i) > 0) {
                up = up.multiply(f);
            } else {
                down = down.multiply(f);
            }
        }
        Polynomial num = fn.primitive.multiply(Polynomial.term(new BigFraction(ratio.getNumerator()), up));
        return new Quotient(num, new Factors(new BigFraction(ratio.getDenominator()), down, fd.primitive));
    }
}
