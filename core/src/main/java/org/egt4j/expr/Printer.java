package org.egt4j.expr;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hipparchus.fraction.BigFraction;

/**
 * Writes canonical {@link Polynomial}s as plain text or LaTeX.
 *
 * <p>Terms come in {@link Monomial} order, like terms are already collected by the polynomial, unit
 * coefficients are dropped ({@code x}, not {@code 1*x}), signs are folded ({@code a - b}, not
 * {@code a + -b}), and negative exponents of parameters are written as a denominator
 * ({@code V/(2*C)}, LaTeX {@code \frac{V}{2 C}}). The output is deterministic.
 */
public enum Printer {
    /** Plain text that {@link ExpressionParser} reads back: {@code *}, {@code /}, {@code ^}. */
    TEXT,
    /** LaTeX math mode: juxtaposition, {@code \frac}, {@code ^{}}. */
    LATEX;

    /**
     * The polynomial as an expression, grouped by share monomial the way papers write it: terms that
     * share a monomial in the shares print as one term with a parenthesized parameter coefficient,
     * {@code (S + F)*y}, and share-free terms print one by one. Groups follow {@link Monomial} order,
     * except that the first positive one is written first ({@code 3*y - 1}, not {@code -1 + 3*y}).
     *
     * @param p the polynomial
     * @return its text in this style, {@code "0"} for zero
     */
    public String print(Polynomial p) {
        return print(p, false);
    }

    /**
     * The polynomial with common factors pulled out as papers write them ({@link Factors}): the whole
     * polynomial's content and common monomial first, then within each share group its coefficient's,
     * {@code alpha*k*K*(1 - theta)*y} for {@code (alpha*k*K - alpha*theta*k*K)*y}. Only the layout
     * changes: the text reads back ({@link ExpressionParser}) as the same polynomial.
     *
     * @param p the polynomial
     * @return its factored text, {@code "0"} for zero
     */
    public String printFactored(Polynomial p) {
        if (p.isZero() || p.isTerm()) {
            return print(p);
        }
        Factors f = integerContent(Factors.of(p));
        if (f.isTrivial()) {
            String body = print(f.primitive(), true);
            return f.content().signum() < 0 ? "-" + paren(body) : body;
        }
        String body = paren(print(f.primitive(), true));
        return (f.content().signum() < 0 ? "-" : "") + product(f.content().abs(), f.monomial(), body, Monomial.ONE);
    }

    /**
     * Factors with only the integer part of the content pulled out: papers write {@code V/2 - S}, not
     * {@code 1/2*(V - 2*S)}.
     */
    private static Factors integerContent(Factors f) {
        if (f.content().getDenominator().equals(java.math.BigInteger.ONE)) {
            return f;
        }
        BigFraction whole = new BigFraction(f.content().getNumerator());
        return new Factors(whole, f.monomial(), f.primitive().scale(f.content().divide(whole)));
    }

    /** c·m·(body)·shares, written in the order papers use: {@code E*(B - S)*y}. */
    private String product(BigFraction c, Monomial m, String body, Monomial shares) {
        List<String> parts = new ArrayList<>();
        if (!c.equals(BigFraction.ONE) || m.size() > 0) {
            parts.add(term(c, null, m));
        }
        parts.add(body);
        if (shares.size() > 0) {
            parts.add(term(BigFraction.ONE, null, shares));
        }
        return String.join(times(), parts);
    }

    private String paren(String s) {
        return this == LATEX ? "\\left(" + s + "\\right)" : "(" + s + ")";
    }

    private String print(Polynomial p, boolean factored) {
        if (p.isZero()) {
            return "0";
        }
        List<String> bodies = new ArrayList<>();
        List<Boolean> negative = new ArrayList<>();
        for (Map.Entry<Monomial, Polynomial> g : p.byShares().entrySet()) {
            Polynomial c = g.getValue();
            if (g.getKey().size() == 0 || c.isTerm()) {
                for (Map.Entry<Monomial, BigFraction> e : c.terms().entrySet()) {
                    bodies.add(term(e.getValue().abs(), null, e.getKey().multiply(g.getKey())));
                    negative.add(e.getValue().signum() < 0);
                }
                continue;
            }
            boolean allNegative = c.terms().values().stream().allMatch(v -> v.signum() < 0);
            Polynomial shown = allNegative ? c.negate() : c;
            Factors f = factored ? integerContent(Factors.of(shown)) : null;
            if (f != null && !f.isTrivial()) {
                // the coefficient's own common factors in front of its parenthesis
                bodies.add(product(f.content().abs(), f.monomial(), paren(print(f.primitive())), g.getKey()));
                negative.add(allNegative);
                continue;
            }
            bodies.add(term(BigFraction.ONE, paren(print(shown)), g.getKey()));
            negative.add(allNegative);
        }
        int lead = negative.indexOf(Boolean.FALSE);
        if (lead > 0) {
            bodies.add(0, bodies.remove(lead));
            negative.add(0, negative.remove(lead));
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < bodies.size(); i++) {
            if (i == 0) {
                sb.append(negative.get(i) ? "-" : "");
            } else {
                sb.append(negative.get(i) ? " - " : " + ");
            }
            sb.append(bodies.get(i));
        }
        return sb.toString();
    }

    /**
     * The polynomial as a factor of a product: parenthesized unless it is a single positive term.
     *
     * @param p the polynomial
     * @return its text, in parentheses when needed
     */
    public String factor(Polynomial p) {
        return factor(p, false);
    }

    /**
     * The polynomial as a factor of a product, optionally with its common factors pulled out.
     *
     * @param p the polynomial
     * @param factored whether to write it as {@link #printFactored}
     * @return its text, in parentheses when needed
     */
    public String factor(Polynomial p, boolean factored) {
        if (factored && !p.isZero() && !p.isTerm()) {
            Factors f = integerContent(Factors.of(p));
            if (!f.isTrivial() && f.content().signum() > 0) {
                return printFactored(p); // already a product
            }
        }
        String s = factored ? printFactored(p) : print(p);
        boolean single = p.size() <= 1
                && (p.isZero() || p.terms().values().iterator().next().signum() > 0);
        if (single) {
            return s;
        }
        return this == LATEX ? "\\left(" + s + "\\right)" : "(" + s + ")";
    }

    /** {@return the multiplication sign between two factors} */
    public String times() {
        return this == LATEX ? " " : "*";
    }

    /**
     * One term with a positive coefficient {@code c}, an optional already printed factor placed before
     * the monomial's factors ({@code (S + F)} in {@code (S + F)*y}), and the monomial.
     */
    private String term(BigFraction c, String factor, Monomial m) {
        List<String> num = new ArrayList<>();
        List<String> den = new ArrayList<>();
        if (factor != null) {
            num.add(factor);
        }
        for (int i = 0; i < m.size(); i++) {
            int e = m.exponent(i);
            (e > 0 ? num : den).add(power(m.symbol(i), Math.abs(e)));
        }
        BigInteger p = c.getNumerator();
        BigInteger q = c.getDenominator();
        if (!p.equals(BigInteger.ONE) || num.isEmpty()) {
            num.add(0, p.toString());
        }
        if (!q.equals(BigInteger.ONE)) {
            den.add(0, q.toString());
        }
        String numerator = String.join(times(), num);
        if (den.isEmpty()) {
            return numerator;
        }
        String denominator = String.join(times(), den);
        if (this == LATEX) {
            return "\\frac{" + numerator + "}{" + denominator + "}";
        }
        return numerator + "/" + (den.size() > 1 ? "(" + denominator + ")" : denominator);
    }

    private String power(Symbol s, int e) {
        String name = this == LATEX ? s.latex() : s.name();
        if (e == 1) {
            return name;
        }
        return this == LATEX ? name + "^{" + e + "}" : name + "^" + e;
    }
}
