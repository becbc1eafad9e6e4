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
   * The polynomial as an expression. Terms follow {@link Monomial} order, except that the first
   * positive term, if any, is written first ({@code 3*y - 1}, not {@code -1 + 3*y}).
   */
  public String print(Polynomial p) {
    if (p.isZero()) {
      return "0";
    }
    List<Map.Entry<Monomial, BigFraction>> terms = new ArrayList<>(p.terms().entrySet());
    for (int i = 0; i < terms.size(); i++) {
      if (terms.get(i).getValue().signum() > 0) {
        terms.add(0, terms.remove(i));
        break;
      }
    }
    StringBuilder sb = new StringBuilder();
    boolean first = true;
    for (Map.Entry<Monomial, BigFraction> e : terms) {
      boolean negative = e.getValue().signum() < 0;
      if (first) {
        sb.append(negative ? "-" : "");
      } else {
        sb.append(negative ? " - " : " + ");
      }
      sb.append(term(e.getValue().abs(), e.getKey()));
      first = false;
    }
    return sb.toString();
  }

  /** The polynomial as a factor of a product: parenthesized unless it is a single positive term. */
  public String factor(Polynomial p) {
    String s = print(p);
    boolean single = p.size() <= 1 && (p.isZero() || p.terms().values().iterator().next().signum() > 0);
    if (single) {
      return s;
    }
    return this == LATEX ? "\\left(" + s + "\\right)" : "(" + s + ")";
  }

  /** The multiplication sign between two factors. */
  public String times() {
    return this == LATEX ? " " : "*";
  }

  /** One term with a positive coefficient. */
  private String term(BigFraction c, Monomial m) {
    List<String> num = new ArrayList<>();
    List<String> den = new ArrayList<>();
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
