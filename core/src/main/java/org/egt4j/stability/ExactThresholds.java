package org.egt4j.stability;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.egt4j.expr.Atom;
import org.egt4j.expr.Monomial;
import org.egt4j.expr.Polynomial;
import org.egt4j.expr.Symbol;
import org.egt4j.game.BoundGame;
import org.egt4j.game.Parameter;
import org.egt4j.stability.ThresholdStatement.End;
import org.egt4j.stability.ThresholdStatement.EndKind;
import org.egt4j.stability.ThresholdStatement.Kind;
import org.egt4j.stability.ThresholdStatement.Piece;
import org.hipparchus.fraction.BigFraction;

/**
 * The thresholds of one parameter P at one vertex in exact arithmetic, used when every eigenvalue, with
 * the other parameters at their bound values (read as the spec's exact decimals), is a Laurent polynomial
 * in P with rational coefficients whose span of exponents (counting 0) is at most 2: λ(P) =
 * P<sup>e</sup>·q(P) with e = min(lowest exponent, 0) and q of degree ≤ 2. The critical values are the real roots of each q, rational or of the closed form
 * (−b ± √(b² − 4ac))/(2a) ({@link Surd}); P = 0 is a pole where an exponent is negative. The ESS set
 * {P : every λ(P) &lt; 0} is then decided exactly: between consecutive critical values each eigenvalue has
 * one sign, taken at a rational point in between; at a critical value some eigenvalue is 0 (or undefined),
 * so the vertex is not an ESS there (not hyperbolic); a closed end of P's range belongs to the set iff
 * every eigenvalue is negative there, which is evaluated exactly. So a statement "for every P in [a, b]"
 * is never made where an eigenvalue vanishes at a or b: that end is open and named.
 */
final class ExactThresholds {

    /** λ<sub>i</sub>(P) as exponent → coefficient, or null for an eigenvalue free of P. */
    private final List<TreeMap<Integer, BigFraction>> forms;
    /** For an eigenvalue free of P: whether it is negative. */
    private final boolean[] negative;

    private final TreeMap<Surd, EndKind> points = new TreeMap<>();
    private final List<VertexTable.Critical> criticals = new ArrayList<>();

    private ExactThresholds(List<TreeMap<Integer, BigFraction>> forms, boolean[] negative) {
        this.forms = forms;
        this.negative = negative;
    }

    /**
     * The exact analysis, when it applies.
     *
     * @param bound the game at its parameter values
     * @param param the parameter P
     * @param eig the vertex's eigenvalues
     * @return the analysis, or null when some eigenvalue that depends on P has an atom (a function of
     *     the parameters), a fixed parameter in a denominator at 0, or an exponent span in P above 2
     */
    static ExactThresholds of(BoundGame bound, Symbol param, List<VertexTable.VertexEigenvalue> eig) {
        List<TreeMap<Integer, BigFraction>> forms = new ArrayList<>();
        boolean[] negative = new boolean[eig.size()];
        for (int i = 0; i < eig.size(); i++) {
            if (!AffineSplit.dependsOn(eig.get(i).expression(), param, bound.game())) {
                // free of P (possibly through functions of other parameters): its sign at the bound values
                negative[i] = eig.get(i).value() < 0;
                forms.add(null);
                continue;
            }
            TreeMap<Integer, BigFraction> f = univariate(bound, eig.get(i).expression(), param);
            if (f == null) {
                return null;
            }
            if (f.isEmpty() || (f.size() == 1 && f.firstKey() == 0)) {
                negative[i] = (f.isEmpty() ? BigFraction.ZERO : f.firstEntry().getValue()).signum() < 0;
                forms.add(null);
            } else if (f.lastKey() - Math.min(f.firstKey(), 0) > 2) {
                return null;
            } else {
                forms.add(f);
            }
        }
        ExactThresholds t = new ExactThresholds(forms, negative);
        t.findCriticals(bound, param, eig);
        return t;
    }

    /**
     * λ as a Laurent polynomial in P with the other parameters at their exact values; null if not one.
     * Named quantities that are polynomials in the parameters (a definition {@code E = share*revenue})
     * are expanded where they depend on P and evaluated exactly where they do not; a function of the
     * parameters (exp, log, sqrt, min, max) or a quantity depending on P in a denominator makes it null.
     */
    private static TreeMap<Integer, BigFraction> univariate(BoundGame bound, Polynomial lambda, Symbol param) {
        List<Atom> atoms = bound.game().atoms();
        Polynomial expanded = lambda;
        for (int a = atoms.size() - 1; a >= 0; a--) {
            Atom atom = atoms.get(a);
            if (!expanded.contains(atom.symbol())
                    || !AffineSplit.dependsOn(Polynomial.of(atom.symbol()), param, bound.game())) {
                continue;
            }
            if (atom.function() != null) {
                return null;
            }
            for (Monomial m : expanded.terms().keySet()) {
                if (m.exponentOf(atom.symbol()) < 0) {
                    return null;
                }
            }
            expanded = expanded.substitute(atom.symbol(), atom.arguments().get(0));
        }
        TreeMap<Integer, BigFraction> f = new TreeMap<>();
        for (Map.Entry<Monomial, BigFraction> term : expanded.terms().entrySet()) {
            Monomial m = term.getKey();
            BigFraction c = term.getValue();
            int exponent = 0;
            for (int t = 0; t < m.size(); t++) {
                Symbol s = m.symbol(t);
                int e = m.exponent(t);
                if (s.equals(param)) {
                    exponent = e;
                    continue;
                }
                BigFraction v = exactValue(bound, s, 0);
                if (v == null || (e < 0 && v.signum() == 0)) {
                    return null;
                }
                c = c.multiply(e >= 0 ? v.pow(e) : v.reciprocal().pow(-e));
            }
            BigFraction sum = f.getOrDefault(exponent, BigFraction.ZERO).add(c);
            if (sum.signum() == 0) {
                f.remove(exponent);
            } else {
                f.put(exponent, sum);
            }
        }
        return f;
    }

    /** The exact value of a parameter, or of a named polynomial quantity of parameters; null otherwise. */
    private static BigFraction exactValue(BoundGame bound, Symbol s, int depth) {
        if (s.kind() == Symbol.Kind.PARAMETER) {
            return bound.exactValueOf(s);
        }
        if (s.kind() != Symbol.Kind.ATOM || depth > 64) {
            return null;
        }
        for (Atom atom : bound.game().atoms()) {
            if (atom.symbol().equals(s)) {
                if (atom.function() != null) {
                    return null;
                }
                boolean[] ok = {true};
                try {
                    BigFraction v = atom.arguments().get(0).evaluateExact(x -> {
                        BigFraction xv = exactValue(bound, x, depth + 1);
                        ok[0] &= xv != null;
                        return xv == null ? BigFraction.ONE : xv;
                    });
                    return ok[0] ? v : null;
                } catch (ArithmeticException zeroDenominator) {
                    return null;
                }
            }
        }
        return null;
    }

    private void findCriticals(BoundGame bound, Symbol param, List<VertexTable.VertexEigenvalue> eig) {
        for (int i = 0; i < forms.size(); i++) {
            TreeMap<Integer, BigFraction> f = forms.get(i);
            if (f == null) {
                continue;
            }
            // λ = P^low·q(P) with low = min(lowest exponent, 0), q of degree ≤ 2
            int low = Math.min(f.firstKey(), 0);
            if (low < 0) {
                points.put(Surd.rational(BigFraction.ZERO), EndKind.UNDEFINED);
            }
            BigFraction c0 = f.getOrDefault(low, BigFraction.ZERO);
            BigFraction c1 = f.getOrDefault(low + 1, BigFraction.ZERO);
            BigFraction c2 = f.getOrDefault(low + 2, BigFraction.ZERO);
            List<Surd> roots;
            if (c2.signum() != 0) {
                roots = Surd.quadraticRoots(c2, c1, c0);
            } else if (c1.signum() != 0) {
                roots = List.of(Surd.rational(c0.negate().divide(c1)));
            } else {
                roots = List.of();
            }
            AffineSplit split =
                    AffineSplit.of(eig.get(i).expression(), param, bound.game()).orElse(null);
            for (Surd r : roots) {
                if (low < 0 && r.isRational() && r.rationalValue().signum() == 0) {
                    continue; // q(0) ≠ 0 when there is a pole; kept for safety
                }
                points.putIfAbsent(r, EndKind.VANISHING);
                criticals.add(new VertexTable.Critical(i, split, r.doubleValue(), r.toString()));
            }
        }
        criticals.sort((x, y) -> Double.compare(x.value(), y.value()));
    }

    /** {@return the critical values, ascending, each with its exact text} */
    List<VertexTable.Critical> criticals() {
        return criticals;
    }

    /**
     * The threshold of P with the statement a paper would make.
     *
     * @param label the vertex's label
     * @param parameter P
     * @return the threshold
     */
    VertexTable.Threshold threshold(String label, Parameter parameter) {
        List<Piece> everywhere = pieces(null, null);
        List<Piece> set = everywhere;
        boolean range = parameter.hasRange();
        if (range) {
            set = pieces(
                    Surd.rational(BoundGame.exact(parameter.min())), Surd.rational(BoundGame.exact(parameter.max())));
        }
        double nan = Double.NaN;
        Kind kind;
        double from = nan;
        double to = nan;
        if (everywhere.isEmpty()) {
            kind = Kind.NOT_ESS;
            set = List.of();
        } else if (set.isEmpty()) {
            kind = Kind.NOT_ESS_IN_RANGE;
            from = parameter.min();
            to = parameter.max();
        } else if (set.size() > 1) {
            kind = Kind.ESS_UNION;
            from = set.get(0).from().value();
            to = set.get(set.size() - 1).to().value();
        } else {
            Piece p = set.get(0);
            boolean fromEnd =
                    p.from().kind() == EndKind.INFINITE || (range && p.from().kind() == EndKind.CLOSED);
            boolean toEnd = p.to().kind() == EndKind.INFINITE || (range && p.to().kind() == EndKind.CLOSED);
            boolean atMin = range && p.from().value() == parameter.min();
            boolean atMax = range && p.to().value() == parameter.max();
            if (range && atMin && atMax) {
                kind = Kind.ESS_ACROSS_RANGE;
                from = parameter.min();
                to = parameter.max();
            } else if (fromEnd && toEnd) {
                kind = Kind.ESS_EVERYWHERE;
            } else if (fromEnd) {
                kind = Kind.ESS_BELOW;
                to = p.to().value();
            } else if (toEnd) {
                kind = Kind.ESS_ABOVE;
                from = p.from().value();
            } else {
                kind = Kind.ESS_BETWEEN;
                from = p.from().value();
                to = p.to().value();
            }
        }
        double lower = nan;
        double upper = nan;
        if (everywhere.size() == 1 && kind != Kind.NOT_ESS) {
            lower = everywhere.get(0).from().value();
            upper = everywhere.get(0).to().value();
        }
        ThresholdStatement statement = new ThresholdStatement(kind, label, parameter.name(), from, to, List.of(), set);
        return new VertexTable.Threshold(parameter.name(), criticals, lower, upper, statement);
    }

    /**
     * The ESS set within [lo, hi] (null: unbounded) as disjoint intervals.
     */
    private List<Piece> pieces(Surd lo, Surd hi) {
        List<Surd> bounds = new ArrayList<>();
        bounds.add(lo);
        for (Surd p : points.keySet()) {
            if ((lo == null || p.compareTo(lo) > 0) && (hi == null || p.compareTo(hi) < 0)) {
                bounds.add(p);
            }
        }
        bounds.add(hi);
        List<Piece> pieces = new ArrayList<>();
        if (lo != null && hi != null && lo.compareTo(hi) == 0) {
            End e = end(lo);
            if (e.closed()) {
                pieces.add(new Piece(e, e));
            }
            return pieces;
        }
        for (int j = 0; j + 1 < bounds.size(); j++) {
            Surd a = bounds.get(j);
            Surd b = bounds.get(j + 1);
            if (!essAt(between(a, b))) {
                continue;
            }
            End from = a == null ? infinite(false) : end(a);
            End to = b == null ? infinite(true) : end(b);
            // neighbouring pieces stay apart: the critical value between them is outside the set
            pieces.add(new Piece(from, to));
        }
        return pieces;
    }

    private static End infinite(boolean positive) {
        return new End(positive ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY, null, EndKind.INFINITE);
    }

    /** The status of a finite end: in the set if every eigenvalue is negative there, else why not. */
    private End end(Surd x) {
        String radical = x.isRational() ? null : x.toString();
        EndKind kind = points.get(x);
        if (kind == null) {
            kind = essAt(x.rationalValue()) ? EndKind.CLOSED : EndKind.VANISHING;
        }
        return new End(x.doubleValue(), radical, kind);
    }

    /** A rational point strictly between a and b (either may be null: unbounded). */
    private static BigFraction between(Surd a, Surd b) {
        if (a == null && b == null) {
            return BigFraction.ZERO;
        }
        if (a == null) {
            return new BigFraction(
                    b.decimal().setScale(0, RoundingMode.FLOOR).toBigInteger().subtract(BigInteger.ONE));
        }
        if (b == null) {
            return new BigFraction(
                    a.decimal().setScale(0, RoundingMode.CEILING).toBigInteger().add(BigInteger.ONE));
        }
        return BoundGame.exact(a.decimal().add(b.decimal()).divide(BigDecimal.valueOf(2)));
    }

    /** Whether every eigenvalue is negative at a rational point (undefined at a pole: not). */
    private boolean essAt(BigFraction t) {
        for (int i = 0; i < forms.size(); i++) {
            TreeMap<Integer, BigFraction> f = forms.get(i);
            if (f == null) {
                if (!negative[i]) {
                    return false;
                }
                continue;
            }
            if (t.signum() == 0 && f.firstKey() < 0) {
                return false;
            }
            BigFraction v = BigFraction.ZERO;
            for (Map.Entry<Integer, BigFraction> e : f.entrySet()) {
                int k = e.getKey();
                v = v.add(
                        e.getValue().multiply(k >= 0 ? t.pow(k) : t.reciprocal().pow(-k)));
            }
            if (v.signum() >= 0) {
                return false;
            }
        }
        return true;
    }
}
