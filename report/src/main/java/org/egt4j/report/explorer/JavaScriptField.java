package org.egt4j.report.explorer;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.egt4j.dynamics.BestResponseDynamics;
import org.egt4j.dynamics.BrownVonNeumannNash;
import org.egt4j.dynamics.Dynamics;
import org.egt4j.dynamics.Equation;
import org.egt4j.dynamics.LogitDynamics;
import org.egt4j.dynamics.MaynardSmith;
import org.egt4j.dynamics.ProjectionDynamics;
import org.egt4j.dynamics.ReplicatorDynamics;
import org.egt4j.dynamics.SmithDynamics;
import org.egt4j.expr.Atom;
import org.egt4j.expr.Monomial;
import org.egt4j.expr.Polynomial;
import org.egt4j.expr.Symbol;
import org.egt4j.game.Game;
import org.hipparchus.fraction.BigFraction;

/**
 * JavaScript source of a dynamic's vector field and of the vertex eigenvalues, generated from the exact
 * polynomials (the browser parses no expression): the structure of {@link org.egt4j.report.CodeExport},
 * printed for the explorer page.
 *
 * <p>The generated functions take the parameters as an array {@code p} in the game's order, the atoms
 * (definitions, {@code exp}, {@code log}, non-monomial denominators) as {@code q}, computed by {@code
 * atoms(p)} in the game's order, and the state in reduced coordinates as {@code x} (the order of {@code
 * field --json}). Because the field is evaluated thousands of times per redraw but the parameters change
 * only when a slider moves, every right-hand side is grouped by share monomial ({@link
 * Polynomial#byShares}): {@code coefficients(p, q)} evaluates the share-free coefficient of each group
 * once, and {@code field(c, x, dx)} adds c<sub>k</sub>·m<sub>k</sub>(x). Coefficients are exact
 * quotients of integers ({@code 3/20*p[2]}), as in the MATLAB/Python/R export.
 *
 * <p>The dynamics (Sandholm 2010, <i>Population Games and Evolutionary Dynamics</i>, ch. 5–6): those with
 * polynomial equations (replicator, replicator–mutator) from {@link Dynamics#equations}; per population,
 * with F the exact expected payoffs ({@link Game#expectedPayoff}) and s the full shares,
 *
 * <ul>
 *   <li>logit: ẋ<sub>i</sub> = softmax(F/η)<sub>i</sub> − x<sub>i</sub>, shifted by the largest payoff;
 *   <li>Smith: ẋ<sub>i</sub> = Σ<sub>j</sub> s<sub>j</sub>[F<sub>i</sub> − F<sub>j</sub>]<sub>+</sub> −
 *       s<sub>i</sub> Σ<sub>j</sub>[F<sub>j</sub> − F<sub>i</sub>]<sub>+</sub> (Smith 1984);
 *   <li>Brown–von Neumann–Nash: ẋ<sub>i</sub> = [F̂<sub>i</sub>]<sub>+</sub> − s<sub>i</sub>
 *       Σ<sub>j</sub>[F̂<sub>j</sub>]<sub>+</sub>, F̂ = F − s·F (Brown and von Neumann 1950);
 *   <li>Maynard Smith: the replicator's right-hand side of each population divided by its mean payoff
 *       s·F (Maynard Smith 1982);
 *   <li>projection (Nagurney and Zhang 1997; Lahkar and Sandholm 2008): ẋ<sub>i</sub> = a<sub>i</sub>(F<sub>i</sub>
 *       − λ), the Euclidean projection of F on the tangent cone of the simplex at s, with the active set
 *       a<sub>i</sub> = H(max(s<sub>i</sub> − 10<sup>−12</sup>, F<sub>i</sub> − λ)) (used, or unused with a
 *       payoff above λ; H the unit step with H(0) = 0) and the KKT multiplier λ found exactly, without
 *       sorting, by m − 1 updates λ ← mean of F over the active set from the mean of all payoffs (Michelot
 *       1986): the same active-set iteration as the MATLAB/Python/R export and egt4j's compiled kernel.
 * </ul>
 *
 * <p>Best response (Gilboa and Matsui 1991, ẋ ∈ BR(x) − x) is a differential inclusion, not a field: the page
 * follows its exact paths between switches of best reply ({@code explorer.js}, the algorithm of {@link
 * org.egt4j.dynamics.BestResponsePath}), for which this class generates only the payoffs, {@code payoffs(c, x,
 * f)} (F<sub>k,i</sub> in population order), and reports their largest share degree {@link #degree()} (along a
 * segment x(s) = b + (x₀ − b)s every payoff is a polynomial of that degree in s: expected payoffs are
 * polynomials in the shares).
 *
 * <p>Every dynamic of the catalogue is generated.
 */
final class JavaScriptField {

    /** The shape of the generated field. */
    private enum Kind {
        POLYNOMIAL,
        LOGIT,
        SMITH,
        BNN,
        MAYNARD_SMITH,
        PROJECTION,
        BEST_RESPONSE,
        NONE
    }

    private final Game game;
    private final Kind kind;
    private final double eta;
    /** The polynomials whose share-free coefficients {@code coefficients(p, q)} evaluates. */
    private final List<Polynomial> grouped;

    private JavaScriptField(Game game, Kind kind, double eta, List<Polynomial> grouped) {
        this.game = game;
        this.kind = kind;
        this.eta = eta;
        this.grouped = List.copyOf(grouped);
    }

    /**
     * The generator for a dynamic of a game.
     *
     * @param game the game
     * @param dynamics the dynamic whose field is generated
     * @return the generator
     */
    static JavaScriptField of(Game game, Dynamics dynamics) {
        if (dynamics instanceof BestResponseDynamics) {
            return new JavaScriptField(game, Kind.BEST_RESPONSE, Double.NaN, payoffs(game));
        }
        if (dynamics instanceof LogitDynamics logit) {
            return new JavaScriptField(game, Kind.LOGIT, logit.eta(), payoffs(game));
        }
        if (dynamics instanceof SmithDynamics) {
            return new JavaScriptField(game, Kind.SMITH, Double.NaN, payoffs(game));
        }
        if (dynamics instanceof BrownVonNeumannNash) {
            return new JavaScriptField(game, Kind.BNN, Double.NaN, payoffs(game));
        }
        if (dynamics instanceof ProjectionDynamics) {
            return new JavaScriptField(game, Kind.PROJECTION, Double.NaN, payoffs(game));
        }
        if (dynamics instanceof MaynardSmith) {
            List<Polynomial> polys = new ArrayList<>(replicator(game).orElseThrow());
            for (int k = 0; k < game.populations().size(); k++) {
                polys.add(game.meanPayoff(k));
            }
            return new JavaScriptField(game, Kind.MAYNARD_SMITH, Double.NaN, polys);
        }
        Optional<List<Equation>> equations = dynamics.equations(game);
        if (equations.isPresent()) {
            List<Polynomial> polys = new ArrayList<>();
            equations.get().forEach(e -> polys.add(e.expanded()));
            return new JavaScriptField(game, Kind.POLYNOMIAL, Double.NaN, polys);
        }
        return new JavaScriptField(game, Kind.NONE, Double.NaN, List.of());
    }

    private static Optional<List<Polynomial>> replicator(Game game) {
        return ReplicatorDynamics.INSTANCE.equations(game).map(eqs -> {
            List<Polynomial> l = new ArrayList<>();
            eqs.forEach(e -> l.add(e.expanded()));
            return l;
        });
    }

    /** F<sub>k,i</sub> for every population k and strategy i, in population order. */
    private static List<Polynomial> payoffs(Game game) {
        List<Polynomial> l = new ArrayList<>();
        for (int k = 0; k < game.populations().size(); k++) {
            for (int i = 0; i < game.sizes()[k]; i++) {
                l.add(game.expectedPayoff(k, i));
            }
        }
        return l;
    }

    /**
     * The largest share degree of the polynomials' terms (shares have no negative powers: {@link Monomial}).
     *
     * @param polys the polynomials
     * @return the degree D (0 for share-free polynomials)
     */
    static int degree(List<Polynomial> polys) {
        int d = 0;
        for (Polynomial poly : polys) {
            for (Monomial m : poly.byShares().keySet()) {
                d = Math.max(d, m.shareDegree());
            }
        }
        return d;
    }

    /** {@return whether the page can integrate this dynamic (or follow its exact paths, for best response)} */
    boolean available() {
        return kind != Kind.NONE;
    }

    /** {@return whether the page follows exact best-response paths instead of integrating a field} */
    boolean bestResponse() {
        return kind == Kind.BEST_RESPONSE;
    }

    /**
     * The largest share degree D of the expected payoffs under best response (1 for matrix games and
     * two-population normal forms, P − 1 for P-population normal forms), else 0.
     *
     * @return D
     */
    int degree() {
        return kind == Kind.BEST_RESPONSE ? degree(grouped) : 0;
    }

    /**
     * The generated functions {@code atoms(p)}, {@code coefficients(p, q)} and {@code field(c, x, dx)}, under
     * best response {@code payoffs(c, x, f)} instead of the field (all but {@code atoms} absent when not {@link
     * #available()}).
     *
     * @return JavaScript source, deterministic
     */
    String fieldSource() {
        StringBuilder sb = new StringBuilder();
        sb.append(atomsSource());
        if (!available()) {
            return sb.toString();
        }
        // the share monomials of every grouped polynomial, each with its coefficient slot
        List<List<Map.Entry<Monomial, Polynomial>>> groups = new ArrayList<>();
        List<String> coefficients = new ArrayList<>();
        for (Polynomial poly : grouped) {
            List<Map.Entry<Monomial, Polynomial>> g =
                    new ArrayList<>(poly.byShares().entrySet());
            groups.add(g);
            for (Map.Entry<Monomial, Polynomial> e : g) {
                coefficients.add(expression(e.getValue()));
            }
        }
        sb.append("function coefficients(p, q) {\n  var c = new Float64Array(")
                .append(Math.max(1, coefficients.size()))
                .append(");\n");
        for (int i = 0; i < coefficients.size(); i++) {
            sb.append("  c[")
                    .append(i)
                    .append("] = ")
                    .append(coefficients.get(i))
                    .append(";\n");
        }
        sb.append("  return c;\n}\n");
        List<String> values = new ArrayList<>();
        int slot = 0;
        for (int g = 0; g < groups.size(); g++) {
            List<String> terms = new ArrayList<>();
            for (Map.Entry<Monomial, Polynomial> e : groups.get(g)) {
                String m = shares(e.getKey());
                terms.add(m.isEmpty() ? "c[" + slot + "]" : "c[" + slot + "]*" + m);
                slot++;
            }
            values.add(terms.isEmpty() ? "0" : String.join(" + ", terms));
        }
        int n = game.dimension();
        if (kind == Kind.BEST_RESPONSE) {
            // no field: the payoffs f[0..], in population order, for the exact paths of explorer.js
            sb.append("function payoffs(c, x, f) {\n");
            for (int i = 0; i < values.size(); i++) {
                sb.append("  f[").append(i).append("] = ").append(values.get(i)).append(";\n");
            }
            sb.append("}\n");
            return sb.toString();
        }
        sb.append("function field(c, x, dx) {\n");
        switch (kind) {
            case POLYNOMIAL -> {
                for (int c = 0; c < n; c++) {
                    sb.append("  dx[")
                            .append(c)
                            .append("] = ")
                            .append(values.get(c))
                            .append(";\n");
                }
            }
            case MAYNARD_SMITH -> {
                for (int c = 0; c < n; c++) {
                    sb.append("  dx[")
                            .append(c)
                            .append("] = (")
                            .append(values.get(c))
                            .append(")/(")
                            .append(values.get(n + game.populationOf(c)))
                            .append(");\n");
                }
            }
            default -> payoffDriven(sb, values);
        }
        sb.append("}\n");
        return sb.toString();
    }

    /** Logit, Smith, BNN and projection from the payoffs F (values, in population order) and the full shares s. */
    private void payoffDriven(StringBuilder sb, List<String> values) {
        int at = 0;
        for (int k = 0; k < game.populations().size(); k++) {
            int size = game.sizes()[k];
            int off = game.offset(k);
            sb.append("  {\n");
            for (int i = 0; i < size; i++) {
                sb.append("    var F")
                        .append(i)
                        .append(" = ")
                        .append(values.get(at + i))
                        .append(";\n");
            }
            // the full shares: the reduced coordinates and the last share 1 − Σ
            List<String> reduced = new ArrayList<>();
            for (int i = 0; i < size - 1; i++) {
                sb.append("    var s").append(i).append(" = x[").append(off + i).append("];\n");
                reduced.add("s" + i);
            }
            sb.append("    var s")
                    .append(size - 1)
                    .append(" = 1")
                    .append(reduced.isEmpty() ? "" : " - " + String.join(" - ", reduced))
                    .append(";\n");
            switch (kind) {
                case LOGIT -> {
                    List<String> f = new ArrayList<>();
                    for (int i = 0; i < size; i++) {
                        f.add("F" + i);
                    }
                    sb.append("    var top = Math.max(")
                            .append(String.join(", ", f))
                            .append(");\n");
                    List<String> w = new ArrayList<>();
                    for (int i = 0; i < size; i++) {
                        sb.append("    var w")
                                .append(i)
                                .append(" = Math.exp((F")
                                .append(i)
                                .append(" - top)/")
                                .append(Double.toString(eta))
                                .append(");\n");
                        w.add("w" + i);
                    }
                    sb.append("    var total = ").append(String.join(" + ", w)).append(";\n");
                    for (int i = 0; i < size - 1; i++) {
                        sb.append("    dx[")
                                .append(off + i)
                                .append("] = w")
                                .append(i)
                                .append("/total - s")
                                .append(i)
                                .append(";\n");
                    }
                }
                case SMITH -> {
                    for (int i = 0; i < size - 1; i++) {
                        List<String> in = new ArrayList<>();
                        List<String> out = new ArrayList<>();
                        for (int j = 0; j < size; j++) {
                            if (j != i) {
                                in.add("s" + j + "*Math.max(F" + i + " - F" + j + ", 0)");
                                out.add("Math.max(F" + j + " - F" + i + ", 0)");
                            }
                        }
                        sb.append("    dx[")
                                .append(off + i)
                                .append("] = ")
                                .append(String.join(" + ", in))
                                .append(" - s")
                                .append(i)
                                .append("*(")
                                .append(String.join(" + ", out))
                                .append(");\n");
                    }
                }
                case BNN -> {
                    List<String> mean = new ArrayList<>();
                    for (int i = 0; i < size; i++) {
                        mean.add("s" + i + "*F" + i);
                    }
                    sb.append("    var mean = ")
                            .append(String.join(" + ", mean))
                            .append(";\n");
                    List<String> excess = new ArrayList<>();
                    for (int i = 0; i < size; i++) {
                        sb.append("    var e")
                                .append(i)
                                .append(" = Math.max(F")
                                .append(i)
                                .append(" - mean, 0);\n");
                        excess.add("e" + i);
                    }
                    sb.append("    var excess = ")
                            .append(String.join(" + ", excess))
                            .append(";\n");
                    for (int i = 0; i < size - 1; i++) {
                        sb.append("    dx[")
                                .append(off + i)
                                .append("] = e")
                                .append(i)
                                .append(" - s")
                                .append(i)
                                .append("*excess;\n");
                    }
                }
                case PROJECTION -> projection(sb, size, off);
                default -> throw new IllegalStateException("not a payoff-driven kind: " + kind);
            }
            sb.append("  }\n");
            at += size;
        }
    }

    /**
     * The projection of population k's payoffs F0..F(m−1) on the tangent cone at its shares s0..s(m−1):
     * λ from the mean of all payoffs, then m − 1 updates to the mean over the active set (each update
     * can only raise λ and shrink the set, so after m − 1 the set is fixed and λ is the KKT multiplier).
     */
    private static void projection(StringBuilder sb, int size, int off) {
        List<String> all = new ArrayList<>();
        for (int j = 0; j < size; j++) {
            all.add("F" + j);
        }
        sb.append("    var lambda = (")
                .append(String.join(" + ", all))
                .append(")/")
                .append(size)
                .append(";\n");
        sb.append("    var count = 0");
        for (int j = 0; j < size; j++) {
            sb.append(", a").append(j).append(" = 0");
        }
        sb.append(";\n");
        for (int t = 0; t < size; t++) {
            List<String> weighted = new ArrayList<>();
            List<String> members = new ArrayList<>();
            for (int j = 0; j < size; j++) {
                // active: used (beyond round-off) or unused with a payoff above λ; H(0) = 0
                sb.append("    a")
                        .append(j)
                        .append(" = Math.max(s")
                        .append(j)
                        .append(" - 1e-12, F")
                        .append(j)
                        .append(" - lambda) > 0 ? 1 : 0;\n");
                weighted.add("a" + j + "*F" + j);
                members.add("a" + j);
            }
            sb.append("    count = ").append(String.join(" + ", members)).append(";\n");
            if (t < size - 1) {
                sb.append("    lambda = (").append(String.join(" + ", weighted)).append(")/count;\n");
            }
        }
        for (int i = 0; i < size - 1; i++) {
            sb.append("    dx[")
                    .append(off + i)
                    .append("] = a")
                    .append(i)
                    .append("*(F")
                    .append(i)
                    .append(" - lambda);\n");
        }
    }

    /** {@code atoms(p)}: the game's atoms in its order (an atom refers only to parameters and earlier atoms). */
    private String atomsSource() {
        StringBuilder sb = new StringBuilder("function atoms(p) {\n  var q = new Float64Array(")
                .append(Math.max(1, game.atoms().size()))
                .append(");\n");
        for (Atom a : game.atoms()) {
            List<String> args = new ArrayList<>();
            a.arguments().forEach(arg -> args.add(expression(arg)));
            String v =
                    a.function() == null ? args.get(0) : "Math." + a.function() + "(" + String.join(", ", args) + ")";
            sb.append("  q[")
                    .append(a.symbol().index())
                    .append("] = ")
                    .append(v)
                    .append(";\n");
        }
        sb.append("  return q;\n}\n");
        return sb.toString();
    }

    /**
     * A polynomial as a JavaScript expression of {@code p}, {@code q} and {@code x}: terms with exact
     * quotients of integers as coefficients, e.g. {@code 3/20*p[2]*x[0]*x[0] - p[1]/q[0]}.
     *
     * @param poly the polynomial
     * @return the expression ({@code 0} for the zero polynomial)
     */
    static String expression(Polynomial poly) {
        if (poly.isZero()) {
            return "0";
        }
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<Monomial, BigFraction> e : poly.terms().entrySet()) {
            BigFraction c = e.getValue();
            String term = term(c.abs(), e.getKey());
            if (sb.length() == 0) {
                sb.append(c.signum() < 0 ? "-" : "").append(term);
            } else {
                sb.append(c.signum() < 0 ? " - " : " + ").append(term);
            }
        }
        return sb.toString();
    }

    /** c·m for c &gt; 0; a negative exponent goes to the denominator. */
    private static String term(BigFraction c, Monomial m) {
        List<String> num = new ArrayList<>();
        List<String> den = new ArrayList<>();
        for (int i = 0; i < m.size(); i++) {
            int k = m.exponent(i);
            (k > 0 ? num : den).add(power(name(m.symbol(i)), Math.abs(k)));
        }
        BigInteger p = c.getNumerator();
        BigInteger q = c.getDenominator();
        String coefficient = q.equals(BigInteger.ONE) ? p.toString() : p + "/" + q;
        if (!c.equals(BigFraction.ONE) || num.isEmpty()) {
            num.add(0, coefficient);
        }
        String s = String.join("*", num);
        if (!den.isEmpty()) {
            // a/(b*b), never a/b*b: a power is printed as a product, so it needs the parentheses too
            String d = String.join("*", den);
            s += "/" + (d.contains("*") || d.contains("(") ? "(" + d + ")" : d);
        }
        return s;
    }

    /** The share part of a monomial as a product ({@code x[0]*x[0]*x[2]}), empty for the monomial 1. */
    private static String shares(Monomial m) {
        List<String> f = new ArrayList<>();
        for (int i = 0; i < m.size(); i++) {
            f.add(power(name(m.symbol(i)), m.exponent(i)));
        }
        return String.join("*", f);
    }

    /** Small powers as products (faster than Math.pow and exact in the same way as egt4j's intPow). */
    private static String power(String name, int e) {
        if (e == 1) {
            return name;
        }
        if (e <= 4) {
            return String.join("*", java.util.Collections.nCopies(e, name));
        }
        return "Math.pow(" + name + ", " + e + ")";
    }

    private static String name(Symbol s) {
        return switch (s.kind()) {
            case PARAMETER -> "p[" + s.index() + "]";
            case ATOM -> "q[" + s.index() + "]";
            case SHARE -> "x[" + s.index() + "]";
        };
    }
}
