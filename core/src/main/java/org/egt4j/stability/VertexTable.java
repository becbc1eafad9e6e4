package org.egt4j.stability;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.egt4j.expr.Atom;
import org.egt4j.expr.Monomial;
import org.egt4j.expr.Polynomial;
import org.egt4j.expr.Printer;
import org.egt4j.expr.Symbol;
import org.egt4j.game.BoundGame;
import org.egt4j.game.Game;
import org.egt4j.game.Parameter;

/**
 * The exact stability table of the pure profiles (vertices), the table the papers print.
 *
 * <p>At a vertex v where population k plays s<sub>k</sub>, the reduced Jacobian has, up to the order of
 * rows, triangular structure: the rows of the unused strategies j ≠ s<sub>k</sub> hold only their
 * diagonal entry f<sub>k,j</sub>(v) − f<sub>k,s_k</sub>(v), and the rows of the used strategies
 * have no entries coupling populations. So the eigenvalues are exactly the payoff differences
 * λ<sub>k,j</sub> = f<sub>k,j</sub>(v) − f<sub>k,s_k</sub>(v), one per unused strategy (also for
 * state-dependent payoffs). They are computed here as exact expressions in the parameters; the vertex
 * is asymptotically stable, and a strict Nash equilibrium (the ESS of a multi-population game), iff all
 * are negative: the ESS conditions λ &lt; 0.
 *
 * <p>Thresholds: for each parameter P in a vertex's eigenvalues, with the other parameters fixed, the
 * critical values where an eigenvalue changes sign (exact, −a/b, when λ = a + bP; numeric otherwise),
 * and the range of P where the vertex is an ESS. Over the box of parameter ranges of the spec, whether
 * the vertex is an ESS everywhere, nowhere or somewhere is decided soundly by outward-rounded interval
 * arithmetic with bisection (proofs for "everywhere" and "nowhere", witness points for "somewhere").
 */
public final class VertexTable {

    /**
     * One eigenvalue at a vertex.
     *
     * @param population index of the population
     * @param strategy the unused strategy j (the eigenvalue is f<sub>k,j</sub> − f<sub>k,s_k</sub>)
     * @param expression exact expression in the parameters
     * @param value its value at the bound parameters
     */
    public record VertexEigenvalue(int population, int strategy, Polynomial expression, double value) {
        /** {@return the exact expression and its value, {@code R - C = -1.5}} */
        @Override
        public String toString() {
            return expression + " = " + org.egt4j.Numbers.shortDecimal(value, 6);
        }
    }

    /**
     * A critical value of a parameter for one vertex eigenvalue.
     *
     * @param eigenvalue index into the vertex's eigenvalues
     * @param split λ = a + b·P, whose zero −a/b in the other parameters is the exact critical value; null
     *     if λ is not affine in the parameter (the value is then a numeric root)
     * @param value the critical value with the other parameters at their bound values
     * @param exact that value in closed form ("0", "7/20", "(3 - sqrt(5))/2") when it is exact (a root of a
     *     linear or quadratic eigenvalue); null for a numeric root
     */
    public record Critical(int eigenvalue, AffineSplit split, double value, String exact) {}

    /**
     * The thresholds of one parameter at one vertex.
     *
     * @param parameter the parameter's name
     * @param criticals critical values, ascending
     * @param lower the vertex is an ESS for lower &lt; P &lt; upper (others fixed); NaN when never
     * @param upper see lower
     * @param statement what a paper would state (limited to the parameter's range when it has one)
     */
    public record Threshold(
            String parameter, List<Critical> criticals, double lower, double upper, ThresholdStatement statement) {}

    /**
     * One row of the table.
     *
     * @param profile the strategy index of each population
     * @param label e.g. "(adopt, support, open, invest)"
     * @param eigenvalues exact eigenvalues
     * @param stability at the bound parameters
     * @param ess whether the vertex is an ESS at the bound parameters
     * @param essConditions the exact conditions, "expr &lt; 0"
     * @param thresholds per parameter occurring in the eigenvalues
     * @param overBox the verdict over the box of parameter ranges with its witnesses; null when no
     *     parameter has a range of positive width
     */
    public record Vertex(
            int[] profile,
            String label,
            List<VertexEigenvalue> eigenvalues,
            Stability stability,
            boolean ess,
            List<String> essConditions,
            List<Threshold> thresholds,
            OverBox overBox) {
        /**
         * Readable text: the strategy profile, stability, ESS verdict, eigenvalues (exact and numeric),
         * the ESS conditions and the box verdict, e.g. {@code Vertex(hawk): saddle, not ESS, eigenvalues
         * [C/2 - V/2 = 0.5], ESS iff [C/2 - V/2 < 0]}.
         *
         * @return the text, numbers to 6 significant digits
         */
        @Override
        public String toString() {
            return "Vertex" + label + ": " + stability.label() + (ess ? ", ESS" : ", not ESS") + ", eigenvalues "
                    + eigenvalues + ", ESS iff " + essConditions + (overBox == null ? "" : ", " + overBox);
        }
    }

    private final List<Vertex> vertices;

    /** The empty table, for dynamics whose linearisation at pure profiles is not the replicator's. */
    static final VertexTable NONE = new VertexTable(List.of());

    private VertexTable(List<Vertex> vertices) {
        this.vertices = List.copyOf(vertices);
    }

    /** {@return the rows, in profile order (the last population's strategy changes fastest)} */
    public List<Vertex> vertices() {
        return vertices;
    }

    /**
     * Readable text for JShell: one row per pure profile (its label, stability, ESS verdict and
     * eigenvalues, as {@link Vertex#toString()}), each on its own line.
     *
     * @return the text
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("VertexTable[");
        for (Vertex v : vertices) {
            sb.append("\n  ").append(v);
        }
        return sb.append(vertices.isEmpty() ? "]" : "\n]").toString();
    }

    /**
     * The replicator's vertex table of a bound game (exact conditions; single-population second-order
     * cases decided by the table itself).
     *
     * @param bound the game at a parameter point
     * @return the table
     */
    public static VertexTable of(BoundGame bound) {
        return of(bound, null);
    }

    /**
     * The table of a bound game.
     *
     * @param essOverride the ESS verdict of each vertex from the numeric judge (for second-order
     *     conditions of single-population games), by profile index, or null
     */
    static VertexTable of(BoundGame bound, Map<Integer, Boolean> essOverride) {
        Game game = bound.game();
        int pops = game.populations().size();
        // f_{k,i} grouped by share monomial: coordinates of the monomial -> coefficient polynomial
        List<List<List<Map.Entry<int[], Polynomial>>>> f = new ArrayList<>();
        for (int k = 0; k < pops; k++) {
            List<List<Map.Entry<int[], Polynomial>>> byStrategy = new ArrayList<>();
            for (int i = 0; i < game.populations().get(k).size(); i++) {
                List<Map.Entry<int[], Polynomial>> terms = new ArrayList<>();
                for (Map.Entry<Monomial, Polynomial> e :
                        game.expectedPayoff(k, i).byShares().entrySet()) {
                    Monomial m = e.getKey();
                    int[] coords = new int[m.size()];
                    for (int t = 0; t < m.size(); t++) {
                        coords[t] = m.symbol(t).index();
                    }
                    terms.add(Map.entry(coords, e.getValue()));
                }
                byStrategy.add(terms);
            }
            f.add(byStrategy);
        }
        List<Vertex> rows = new ArrayList<>();
        int[] profile = new int[pops];
        int index = 0;
        ParameterBox box = new ParameterBox(bound);
        while (true) {
            boolean[] one = new boolean[game.dimension()];
            for (int k = 0; k < pops; k++) {
                if (profile[k] < game.populations().get(k).size() - 1) {
                    one[game.offset(k) + profile[k]] = true;
                }
            }
            List<VertexEigenvalue> eig = new ArrayList<>();
            List<String> conditions = new ArrayList<>();
            double scale = 0;
            for (int k = 0; k < pops; k++) {
                Polynomial own = atVertex(f.get(k).get(profile[k]), one);
                for (int j = 0; j < game.populations().get(k).size(); j++) {
                    if (j == profile[k]) {
                        continue;
                    }
                    Polynomial lambda = atVertex(f.get(k).get(j), one).subtract(own);
                    double v = bound.evaluate(lambda);
                    scale = Math.max(scale, Math.abs(v));
                    eig.add(new VertexEigenvalue(k, j, lambda, v));
                    conditions.add(Printer.TEXT.print(lambda) + " < 0");
                }
            }
            double[] re = new double[eig.size()];
            for (int i = 0; i < re.length; i++) {
                re[i] = eig.get(i).value();
            }
            Stability stability = Stability.of(re, Stability.zeroTolerance(scale));
            boolean ess = essOverride != null && essOverride.containsKey(index)
                    ? essOverride.get(index)
                    : stability == Stability.STABLE;
            String label = label(game, profile);
            rows.add(new Vertex(
                    profile.clone(),
                    label,
                    eig,
                    stability,
                    ess,
                    conditions,
                    thresholds(bound, label, eig),
                    box.decide(eig)));
            index++;
            int k = pops - 1;
            while (k >= 0 && ++profile[k] == game.populations().get(k).size()) {
                profile[k--] = 0;
            }
            if (k < 0) {
                break;
            }
        }
        return new VertexTable(rows);
    }

    private static Polynomial atVertex(List<Map.Entry<int[], Polynomial>> terms, boolean[] one) {
        Polynomial sum = Polynomial.ZERO;
        for (Map.Entry<int[], Polynomial> t : terms) {
            boolean survives = true;
            for (int c : t.getKey()) {
                survives &= one[c];
            }
            if (survives) {
                sum = sum.add(t.getValue());
            }
        }
        return sum;
    }

    static String label(Game game, int[] profile) {
        StringBuilder sb = new StringBuilder("(");
        for (int k = 0; k < profile.length; k++) {
            sb.append(k == 0 ? "" : ", ")
                    .append(game.populations().get(k).strategies().get(profile[k]));
        }
        return sb.append(')').toString();
    }

    private static List<Threshold> thresholds(BoundGame bound, String label, List<VertexEigenvalue> eig) {
        Game game = bound.game();
        List<Threshold> result = new ArrayList<>();
        for (int p = 0; p < game.parameterSymbols().size(); p++) {
            Symbol param = game.parameterSymbols().get(p);
            Parameter parameter = game.parameters().get(p);
            boolean occurs = false;
            for (VertexEigenvalue e : eig) {
                occurs |= AffineSplit.dependsOn(e.expression(), param, game);
            }
            if (!occurs) {
                continue;
            }
            ExactThresholds exact = ExactThresholds.of(bound, param, eig);
            if (exact != null) {
                result.add(exact.threshold(label, parameter));
                continue;
            }
            // functions of P or degree above 2: numeric critical values in double arithmetic
            List<Critical> criticals = new ArrayList<>();
            double lower = Double.NEGATIVE_INFINITY;
            double upper = Double.POSITIVE_INFINITY;
            boolean linear = true;
            for (int i = 0; i < eig.size(); i++) {
                Polynomial lambda = eig.get(i).expression();
                if (!AffineSplit.dependsOn(lambda, param, game)) {
                    if (!(eig.get(i).value() < 0)) {
                        lower = Double.NaN; // this eigenvalue does not depend on P and is not negative
                    }
                    continue;
                }
                Optional<AffineSplit> split = AffineSplit.of(lambda, param, game);
                if (split.isPresent()) {
                    double av = bound.evaluate(split.get().constant());
                    double bv = bound.evaluate(split.get().slope());
                    if (bv == 0) {
                        continue;
                    }
                    double critical = -av / bv;
                    criticals.add(new Critical(i, split.get(), critical, null));
                    if (!Double.isNaN(lower)) {
                        if (bv > 0) {
                            upper = Math.min(upper, critical); // a + bP < 0  ⇔  P < -a/b
                        } else {
                            lower = Math.max(lower, critical);
                        }
                    }
                } else {
                    linear = false;
                    for (double root : roots(bound, lambda, param, parameter)) {
                        criticals.add(new Critical(i, null, root, null));
                    }
                }
            }
            criticals.sort((x, y) -> Double.compare(x.value(), y.value()));
            ThresholdStatement statement = statement(label, parameter, criticals, lower, upper, linear);
            boolean none = statement.kind() == ThresholdStatement.Kind.NOT_AFFINE
                    || statement.kind() == ThresholdStatement.Kind.NOT_ESS;
            result.add(new Threshold(
                    parameter.name(), criticals, none ? Double.NaN : lower, none ? Double.NaN : upper, statement));
        }
        return result;
    }

    /**
     * The shape of the ESS set {lower &lt; P &lt; upper}, limited to P's range when it has one: e.g. an
     * upper threshold at or beyond the range's maximum makes "P &gt; lower" the whole condition.
     */
    private static ThresholdStatement statement(
            String label, Parameter parameter, List<Critical> criticals, double lower, double upper, boolean linear) {
        String name = parameter.name();
        double nan = Double.NaN;
        if (!linear) {
            List<Double> values = new ArrayList<>();
            criticals.forEach(c -> values.add(c.value()));
            return new ThresholdStatement(ThresholdStatement.Kind.NOT_AFFINE, label, name, nan, nan, values);
        }
        ThresholdStatement.Kind kind;
        double from = nan;
        double to = nan;
        if (Double.isNaN(lower) || !(lower < upper)) {
            kind = ThresholdStatement.Kind.NOT_ESS;
        } else if (parameter.hasRange() && (upper <= parameter.min() || lower >= parameter.max())) {
            kind = ThresholdStatement.Kind.NOT_ESS_IN_RANGE;
            from = parameter.min();
            to = parameter.max();
        } else if (parameter.hasRange() && lower <= parameter.min() && upper >= parameter.max()) {
            kind = ThresholdStatement.Kind.ESS_ACROSS_RANGE;
            from = parameter.min();
            to = parameter.max();
        } else if (lower == Double.NEGATIVE_INFINITY && upper == Double.POSITIVE_INFINITY) {
            kind = ThresholdStatement.Kind.ESS_EVERYWHERE;
        } else if (lower == Double.NEGATIVE_INFINITY || (parameter.hasRange() && lower <= parameter.min())) {
            kind = ThresholdStatement.Kind.ESS_BELOW;
            to = upper;
        } else if (upper == Double.POSITIVE_INFINITY || (parameter.hasRange() && upper >= parameter.max())) {
            kind = ThresholdStatement.Kind.ESS_ABOVE;
            from = lower;
        } else {
            kind = ThresholdStatement.Kind.ESS_BETWEEN;
            from = lower;
            to = upper;
        }
        return new ThresholdStatement(kind, label, name, from, to, List.of());
    }

    /** Sign changes of λ(P) with the other parameters fixed, over P's range (or a wide default). */
    private static List<Double> roots(BoundGame bound, Polynomial lambda, Symbol param, Parameter parameter) {
        double lo = parameter.hasRange()
                ? parameter.min()
                : parameter.value() - 10 * Math.max(1, Math.abs(parameter.value()));
        double hi = parameter.hasRange()
                ? parameter.max()
                : parameter.value() + 10 * Math.max(1, Math.abs(parameter.value()));
        List<Double> roots = new ArrayList<>();
        int steps = 2000;
        double prev = Double.NaN;
        double prevP = lo;
        for (int i = 0; i <= steps; i++) {
            double p = lo + (hi - lo) * i / steps;
            double v = evaluateWith(bound, lambda, param, p);
            if (!Double.isNaN(prev) && Double.isFinite(v) && Double.isFinite(prev) && (prev < 0) != (v < 0)) {
                double a = prevP;
                double b = p;
                double fa = prev;
                for (int it = 0; it < 100; it++) {
                    double m = 0.5 * (a + b);
                    double fm = evaluateWith(bound, lambda, param, m);
                    if ((fm < 0) == (fa < 0)) {
                        a = m;
                        fa = fm;
                    } else {
                        b = m;
                    }
                }
                roots.add(0.5 * (a + b));
            }
            prev = v;
            prevP = p;
        }
        return roots;
    }

    /** λ with parameter P set to p, atoms recomputed. */
    static double evaluateWith(BoundGame bound, Polynomial lambda, Symbol param, double p) {
        Game game = bound.game();
        Map<Symbol, Double> atomValues = new HashMap<>();
        java.util.function.ToDoubleFunction<Symbol> values =
                s -> s.equals(param) ? p : s.kind() == Symbol.Kind.ATOM ? atomValues.get(s) : bound.valueOf(s);
        for (Atom a : game.atoms()) {
            atomValues.put(a.symbol(), a.value(values));
        }
        return lambda.evaluate(values);
    }
}
