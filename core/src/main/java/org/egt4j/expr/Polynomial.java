package org.egt4j.expr;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;
import org.hipparchus.fraction.BigFraction;

/**
 * The canonical form of a payoff expression: Σ<sub>t</sub> c<sub>t</sub> m<sub>t</sub>, with exact
 * rational coefficients c<sub>t</sub> ≠ 0 and distinct {@link Monomial}s m<sub>t</sub>. Shares occur with
 * non-negative exponents, parameters and atoms with any integer exponent, so this is a polynomial in the
 * shares whose coefficients are Laurent polynomials in the parameters. Like terms are always collected,
 * so two expressions are equal as functions (over the symbols) iff their canonical forms are equal.
 *
 * <p>Immutable. Terms iterate in {@link Monomial} order, which is the printed order.
 */
public final class Polynomial {

    /** The zero polynomial. */
    public static final Polynomial ZERO = new Polynomial(new TreeMap<>());

    /** The constant 1. */
    public static final Polynomial ONE = constant(BigFraction.ONE);

    private final TreeMap<Monomial, BigFraction> terms;

    private Polynomial(TreeMap<Monomial, BigFraction> terms) {
        this.terms = terms;
    }

    /**
     * The constant {@code c}.
     *
     * @param c the exact rational constant
     * @return the polynomial {@code c}, the zero polynomial (no terms) for zero
     */
    public static Polynomial constant(BigFraction c) {
        return term(c, Monomial.ONE);
    }

    /**
     * The constant {@code c}.
     *
     * @param c the integer constant
     * @return the polynomial {@code c}
     */
    public static Polynomial constant(long c) {
        return constant(new BigFraction(c));
    }

    /**
     * The polynomial consisting of the symbol {@code s}.
     *
     * @param s a parameter, share or atom
     * @return the polynomial {@code 1*s}
     */
    public static Polynomial of(Symbol s) {
        return term(BigFraction.ONE, Monomial.of(s, 1));
    }

    /**
     * The single term {@code c*m}.
     *
     * @param c the exact coefficient
     * @param m the product of symbol powers
     * @return the polynomial {@code c*m}, zero when {@code c} is zero
     */
    public static Polynomial term(BigFraction c, Monomial m) {
        TreeMap<Monomial, BigFraction> t = new TreeMap<>();
        if (c.signum() != 0) {
            t.put(m, c);
        }
        return new Polynomial(t);
    }

    /** {@return the terms, monomial to coefficient, in printing order; unmodifiable} */
    public Map<Monomial, BigFraction> terms() {
        return Collections.unmodifiableMap(terms);
    }

    /** {@return number of terms} */
    public int size() {
        return terms.size();
    }

    /** {@return whether this is the zero polynomial} */
    public boolean isZero() {
        return terms.isEmpty();
    }

    /** {@return whether this is a constant (no symbol at all)} */
    public boolean isConstant() {
        return terms.isEmpty() || (terms.size() == 1 && terms.firstKey().size() == 0);
    }

    /** {@return the constant value, if {@link #isConstant()}} */
    public BigFraction constantValue() {
        if (!isConstant()) {
            throw new IllegalStateException("not a constant: " + this);
        }
        return terms.isEmpty() ? BigFraction.ZERO : terms.firstEntry().getValue();
    }

    /** {@return whether no share occurs, i.e. the value depends on parameters only} */
    public boolean isShareFree() {
        for (Monomial m : terms.keySet()) {
            if (!m.isShareFree()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the symbol occurs.
     *
     * @param s the symbol looked for
     * @return whether some term has {@code s} with a nonzero exponent
     */
    public boolean contains(Symbol s) {
        for (Monomial m : terms.keySet()) {
            if (m.exponentOf(s) != 0) {
                return true;
            }
        }
        return false;
    }

    /** {@return highest exponent of any share in any term (0 for share-free polynomials)} */
    public int maxShareExponent() {
        int max = 0;
        for (Monomial m : terms.keySet()) {
            for (int i = 0; i < m.size(); i++) {
                if (m.symbol(i).isShare()) {
                    max = Math.max(max, m.exponent(i));
                }
            }
        }
        return max;
    }

    /**
     * {@code this + o}.
     *
     * @param o the other polynomial
     * @return the sum, with like terms collected and zero terms dropped
     */
    public Polynomial add(Polynomial o) {
        if (o.isZero()) {
            return this;
        }
        TreeMap<Monomial, BigFraction> t = new TreeMap<>(terms);
        for (Map.Entry<Monomial, BigFraction> e : o.terms.entrySet()) {
            accumulate(t, e.getKey(), e.getValue());
        }
        return new Polynomial(t);
    }

    /**
     * {@code this - o}.
     *
     * @param o the polynomial subtracted
     * @return the difference, with like terms collected and zero terms dropped
     */
    public Polynomial subtract(Polynomial o) {
        return add(o.negate());
    }

    /** {@return {@code -this}} */
    public Polynomial negate() {
        return scale(BigFraction.MINUS_ONE);
    }

    /**
     * {@code c * this}.
     *
     * @param c the exact factor
     * @return every coefficient multiplied by {@code c}
     */
    public Polynomial scale(BigFraction c) {
        if (c.signum() == 0) {
            return ZERO;
        }
        TreeMap<Monomial, BigFraction> t = new TreeMap<>();
        terms.forEach((m, v) -> t.put(m, v.multiply(c)));
        return new Polynomial(t);
    }

    /**
     * {@code this * o}, expanded.
     *
     * @param o the other factor
     * @return the product, every pair of terms multiplied and like terms collected
     */
    public Polynomial multiply(Polynomial o) {
        TreeMap<Monomial, BigFraction> t = new TreeMap<>();
        for (Map.Entry<Monomial, BigFraction> a : terms.entrySet()) {
            for (Map.Entry<Monomial, BigFraction> b : o.terms.entrySet()) {
                accumulate(t, a.getKey().multiply(b.getKey()), a.getValue().multiply(b.getValue()));
            }
        }
        return new Polynomial(t);
    }

    /**
     * {@code this^p} for p ≥ 0, by repeated squaring.
     *
     * @param p the exponent, at least zero
     * @return the power, {@code 1} for p = 0
     */
    public Polynomial pow(int p) {
        if (p < 0) {
            throw new IllegalArgumentException("negative power of a polynomial; use a monomial");
        }
        Polynomial result = ONE;
        Polynomial base = this;
        int e = p;
        while (e > 0) {
            if ((e & 1) == 1) {
                result = result.multiply(base);
            }
            e >>= 1;
            if (e > 0) {
                base = base.multiply(base);
            }
        }
        return result;
    }

    /** {@return whether this is a single term (a coefficient times a monomial), which has an exact inverse} */
    public boolean isTerm() {
        return terms.size() == 1;
    }

    /**
     * The inverse of a single share-free term, {@code 1/(c*m) = (1/c) * m^-1}.
     *
     * @return the reciprocal as one term with negated exponents
     * @throws ArithmeticException for zero
     * @throws IllegalArgumentException when this is not a single share-free term
     */
    public Polynomial reciprocal() {
        if (isZero()) {
            throw new ArithmeticException("division by zero");
        }
        if (!isTerm() || !isShareFree()) {
            throw new IllegalArgumentException("no exact inverse: " + this);
        }
        Map.Entry<Monomial, BigFraction> e = terms.firstEntry();
        return term(e.getValue().reciprocal(), e.getKey().pow(-1));
    }

    /**
     * The partial derivative with respect to {@code s}.
     *
     * @param s the symbol to differentiate by
     * @return ∂(this)/∂s by the power rule, term by term (an atom counts as a symbol of its own)
     */
    public Polynomial derivative(Symbol s) {
        TreeMap<Monomial, BigFraction> t = new TreeMap<>();
        for (Map.Entry<Monomial, BigFraction> e : terms.entrySet()) {
            int k = e.getKey().exponentOf(s);
            if (k != 0) {
                Monomial rest = e.getKey().without(s).multiply(Monomial.of(s, k - 1));
                accumulate(t, rest, e.getValue().multiply(k));
            }
        }
        return new Polynomial(t);
    }

    /**
     * This polynomial with every occurrence of {@code s} replaced by {@code value}, expanded.
     *
     * @param s the symbol replaced
     * @param value the polynomial put in its place
     * @return the expanded result
     */
    public Polynomial substitute(Symbol s, Polynomial value) {
        Polynomial result = ZERO;
        for (Map.Entry<Monomial, BigFraction> e : terms.entrySet()) {
            int k = e.getKey().exponentOf(s);
            Polynomial rest = term(e.getValue(), e.getKey().without(s));
            result = result.add(
                    k == 0
                            ? rest
                            : rest.multiply(
                                    k > 0 ? value.pow(k) : value.reciprocal().pow(-k)));
        }
        return result;
    }

    /**
     * Groups terms by their share part: share monomial to the share-free coefficient polynomial
     * (parameters and atoms), in share-monomial order.
     *
     * @return share monomial to its coefficient, in share-monomial order
     */
    public Map<Monomial, Polynomial> byShares() {
        TreeMap<Monomial, TreeMap<Monomial, BigFraction>> g = new TreeMap<>();
        terms.forEach(
                (m, c) -> g.computeIfAbsent(m.part(true), k -> new TreeMap<>()).put(m.part(false), c));
        TreeMap<Monomial, Polynomial> result = new TreeMap<>();
        g.forEach((k, v) -> result.put(k, new Polynomial(v)));
        return Collections.unmodifiableMap(result);
    }

    /**
     * Numeric value, given the value of every symbol.
     *
     * @param values the numeric value of each symbol
     * @return the sum of the terms, each coefficient times its symbol powers
     */
    public double evaluate(ToDoubleFunction<Symbol> values) {
        double sum = 0;
        for (Map.Entry<Monomial, BigFraction> e : terms.entrySet()) {
            Monomial m = e.getKey();
            double v = e.getValue().doubleValue();
            for (int i = 0; i < m.size(); i++) {
                v *= intPow(values.applyAsDouble(m.symbol(i)), m.exponent(i));
            }
            sum += v;
        }
        return sum;
    }

    /**
     * Exact value, given the exact value of every symbol (zero values with negative powers throw).
     *
     * @param values the exact value of each symbol
     * @return the exact sum of the terms
     */
    public BigFraction evaluateExact(java.util.function.Function<Symbol, BigFraction> values) {
        BigFraction sum = BigFraction.ZERO;
        for (Map.Entry<Monomial, BigFraction> e : terms.entrySet()) {
            Monomial m = e.getKey();
            BigFraction v = e.getValue();
            for (int i = 0; i < m.size(); i++) {
                v = v.multiply(values.apply(m.symbol(i)).pow(m.exponent(i)));
            }
            sum = sum.add(v);
        }
        return sum;
    }

    /**
     * x<sup>e</sup> for any integer e, by repeated squaring (exact for small integers).
     *
     * @param x the base
     * @param e the exponent, any sign
     * @return x<sup>e</sup>, {@code 1/x^|e|} for negative e
     */
    public static double intPow(double x, int e) {
        if (e < 0) {
            return 1.0 / intPow(x, -e);
        }
        double r = 1;
        double b = x;
        int k = e;
        while (k > 0) {
            if ((k & 1) == 1) {
                r *= b;
            }
            k >>= 1;
            b *= b;
        }
        return r;
    }

    private static void accumulate(TreeMap<Monomial, BigFraction> t, Monomial m, BigFraction c) {
        BigFraction sum = t.merge(m, c, BigFraction::add);
        if (sum.signum() == 0) {
            t.remove(m);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Polynomial p && terms.equals(p.terms);
    }

    @Override
    public int hashCode() {
        return terms.hashCode();
    }

    /** {@return plain-text form, as {@link Printer#TEXT} prints it} */
    @Override
    public String toString() {
        return Printer.TEXT.print(this);
    }
}
