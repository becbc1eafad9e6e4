package org.egt4j.stability;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.egt4j.expr.Atom;
import org.egt4j.expr.Monomial;
import org.egt4j.expr.Polynomial;
import org.egt4j.expr.Printer;
import org.egt4j.expr.Symbol;
import org.egt4j.game.BoundGame;
import org.egt4j.game.Game;
import org.egt4j.game.Parameter;
import org.hipparchus.fraction.BigFraction;

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
    public record VertexEigenvalue(int population, int strategy, Polynomial expression, double value) {}

    /**
     * A critical value of a parameter for one vertex eigenvalue.
     *
     * @param eigenvalue index into the vertex's eigenvalues
     * @param exact the exact expression −a/b in the other parameters (plain text), or null if λ is not
     *     linear in the parameter
     * @param value the critical value with the other parameters at their bound values
     */
    public record Critical(int eigenvalue, String exact, double value) {}

    /**
     * The thresholds of one parameter at one vertex.
     *
     * @param parameter the parameter's name
     * @param criticals critical values, ascending
     * @param lower the vertex is an ESS for lower &lt; P &lt; upper (others fixed); NaN when never
     * @param upper see lower
     * @param statement the sentence a paper would write (limited to the parameter's range when it has one)
     */
    public record Threshold(String parameter, List<Critical> criticals, double lower, double upper, String statement) {}

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
     * @param overBox "everywhere", "nowhere", "somewhere" or "undecided" over the parameter box; null
     *     when no parameter has a range
     */
    public record Vertex(
            int[] profile,
            String label,
            List<VertexEigenvalue> eigenvalues,
            Stability stability,
            boolean ess,
            List<String> essConditions,
            List<Threshold> thresholds,
            String overBox) {}

    private final List<Vertex> vertices;

    private VertexTable(List<Vertex> vertices) {
        this.vertices = List.copyOf(vertices);
    }

    /** {@return the rows, in profile order (the last population's strategy changes fastest)} */
    public List<Vertex> vertices() {
        return vertices;
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
        Box box = new Box(bound);
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
                occurs |= dependsOn(e.expression(), param, game);
            }
            if (!occurs) {
                continue;
            }
            List<Critical> criticals = new ArrayList<>();
            double lower = Double.NEGATIVE_INFINITY;
            double upper = Double.POSITIVE_INFINITY;
            boolean linear = true;
            for (int i = 0; i < eig.size(); i++) {
                Polynomial lambda = eig.get(i).expression();
                if (!dependsOn(lambda, param, game)) {
                    if (!(eig.get(i).value() < 0)) {
                        lower = Double.NaN; // this eigenvalue does not depend on P and is not negative
                    }
                    continue;
                }
                Polynomial a = Polynomial.ZERO;
                Polynomial b = Polynomial.ZERO;
                boolean isLinear = !atomsDependOn(lambda, param, game);
                for (Map.Entry<Monomial, BigFraction> t : lambda.terms().entrySet()) {
                    int e = t.getKey().exponentOf(param);
                    Polynomial rest = Polynomial.term(t.getValue(), t.getKey().without(param));
                    if (e == 0) {
                        a = a.add(rest);
                    } else if (e == 1) {
                        b = b.add(rest);
                    } else {
                        isLinear = false;
                    }
                }
                if (isLinear && !b.isZero()) {
                    double av = bound.evaluate(a);
                    double bv = bound.evaluate(b);
                    if (bv == 0) {
                        continue;
                    }
                    double critical = -av / bv;
                    String exact = b.isTerm()
                            ? Printer.TEXT.print(a.negate().multiply(b.reciprocal()))
                            : Printer.TEXT.factor(a.negate()) + "/" + Printer.TEXT.factor(b);
                    criticals.add(new Critical(i, exact, critical));
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
                        criticals.add(new Critical(i, null, root));
                    }
                }
            }
            criticals.sort((x, y) -> Double.compare(x.value(), y.value()));
            String name = parameter.name();
            String statement;
            double lo = lower;
            double hi = upper;
            if (!linear) {
                statement = label + ": an eigenvalue is not linear in " + name + "; critical values "
                        + values(criticals) + " (others fixed)";
                lo = Double.NaN;
                hi = Double.NaN;
            } else if (Double.isNaN(lower) || !(lower < upper)) {
                statement = label + " is not an ESS for any value of " + name + " (others fixed)";
                lo = Double.NaN;
                hi = Double.NaN;
            } else if (parameter.hasRange() && (upper <= parameter.min() || lower >= parameter.max())) {
                statement = label + " is not an ESS for any " + name + " in [" + fmt(parameter.min()) + ", "
                        + fmt(parameter.max()) + "] (others fixed)";
            } else if (parameter.hasRange() && lower <= parameter.min() && upper >= parameter.max()) {
                statement = label + " is an ESS for every " + name + " in [" + fmt(parameter.min()) + ", "
                        + fmt(parameter.max()) + "] (others fixed)";
            } else if (lower == Double.NEGATIVE_INFINITY && upper == Double.POSITIVE_INFINITY) {
                statement = label + " is an ESS for every value of " + name + " (others fixed)";
            } else if (lower == Double.NEGATIVE_INFINITY || (parameter.hasRange() && lower <= parameter.min())) {
                statement = label + " is an ESS iff " + name + " < " + fmt(upper) + " (others fixed)";
            } else if (upper == Double.POSITIVE_INFINITY || (parameter.hasRange() && upper >= parameter.max())) {
                statement = label + " is an ESS iff " + name + " > " + fmt(lower) + " (others fixed)";
            } else {
                statement =
                        label + " is an ESS iff " + fmt(lower) + " < " + name + " < " + fmt(upper) + " (others fixed)";
            }
            result.add(new Threshold(name, criticals, lo, hi, statement));
        }
        return result;
    }

    private static String values(List<Critical> c) {
        List<String> s = new ArrayList<>();
        c.forEach(x -> s.add(fmt(x.value())));
        return s.isEmpty() ? "none found in range" : String.join(", ", s);
    }

    static String fmt(double v) {
        return org.egt4j.Numbers.shortDecimal(v, 6);
    }

    /** Whether the polynomial depends on the parameter, directly or through atoms. */
    static boolean dependsOn(Polynomial p, Symbol param, Game game) {
        return p.contains(param) || atomsDependOn(p, param, game);
    }

    private static boolean atomsDependOn(Polynomial p, Symbol param, Game game) {
        for (Atom a : game.atoms()) {
            if (p.contains(a.symbol()) && atomDependsOn(a, param, game)) {
                return true;
            }
        }
        return false;
    }

    private static boolean atomDependsOn(Atom a, Symbol param, Game game) {
        for (Polynomial arg : a.arguments()) {
            if (dependsOn(arg, param, game)) {
                return true;
            }
        }
        return false;
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

    /** Sound decisions over the box of parameter ranges. */
    private static final class Box {
        private final BoundGame bound;
        private final List<Symbol> varying = new ArrayList<>();
        private final List<Interval> ranges = new ArrayList<>();
        private Polynomial[][] gradients;

        Box(BoundGame bound) {
            this.bound = bound;
            Game game = bound.game();
            for (int p = 0; p < game.parameters().size(); p++) {
                Parameter par = game.parameters().get(p);
                if (par.hasRange() && par.min() < par.max()) {
                    varying.add(game.parameterSymbols().get(p));
                    ranges.add(new Interval(par.min(), par.max()));
                }
            }
        }

        String decide(List<VertexEigenvalue> eig) {
            if (varying.isEmpty()) {
                return null;
            }
            boolean[] witnessEss = new boolean[1];
            boolean[] witnessNot = new boolean[1];
            boolean[] undecided = new boolean[1];
            Interval[] whole = ranges.toArray(new Interval[0]);
            // witnesses first: the centre, then corners and quasi-random points of the box
            SplittableRandom r = org.egt4j.random.RandomStreams.stream(
                    org.egt4j.random.FixedSeeds.VERTEX_WITNESSES, eig.size() * 7919L + varying.size());
            int d = whole.length;
            double[] point = new double[d];
            for (int i = 0; i < 513 && !(witnessEss[0] && witnessNot[0]); i++) {
                for (int j = 0; j < d; j++) {
                    double t = i == 0 ? 0.5 : i <= 256 ? (r.nextBoolean() ? 0 : 1) : r.nextDouble();
                    point[j] = whole[j].lo() + t * (whole[j].hi() - whole[j].lo());
                }
                (essAt(eig, point) ? witnessEss : witnessNot)[0] = true;
            }
            if (!witnessEss[0]) {
                witnessEss[0] = descend(eig, whole);
            }
            if (witnessEss[0] && witnessNot[0]) {
                return "somewhere";
            }
            // proofs: bisection with outward-rounded interval enclosures
            witnessEss[0] = false;
            witnessNot[0] = false;
            int[] budget = {512};
            gradients = gradients(eig);
            search(eig, whole, 0, witnessEss, witnessNot, undecided, budget);
            if (!witnessEss[0] && !undecided[0]) {
                return "nowhere";
            }
            if (!witnessNot[0] && !undecided[0]) {
                return "everywhere";
            }
            if (witnessEss[0] && witnessNot[0]) {
                return "somewhere";
            }
            return "undecided";
        }

        /**
         * Coordinate descent on max λ<sub>i</sub>(p) over the box, trying 9 values per parameter: finds
         * the ESS region when it is a small corner of a high-dimensional box. True if a point with all λ
         * &lt; 0 is found.
         */
        private boolean descend(List<VertexEigenvalue> eig, Interval[] box) {
            int d = box.length;
            double[] p = new double[d];
            for (int j = 0; j < d; j++) {
                p[j] = 0.5 * (box[j].lo() + box[j].hi());
            }
            double best = maxEigenvalue(eig, p);
            for (int sweep = 0; sweep < 20 && best >= 0; sweep++) {
                boolean improved = false;
                for (int j = 0; j < d; j++) {
                    double keep = p[j];
                    for (int t = 0; t <= 8; t++) {
                        p[j] = box[j].lo() + t * (box[j].hi() - box[j].lo()) / 8;
                        double v = maxEigenvalue(eig, p);
                        if (v < best) {
                            best = v;
                            keep = p[j];
                            improved = true;
                        }
                    }
                    p[j] = keep;
                }
                if (!improved) {
                    break;
                }
            }
            return best < 0 && essAt(eig, p);
        }

        private double maxEigenvalue(List<VertexEigenvalue> eig, double[] point) {
            java.util.function.ToDoubleFunction<Symbol> values = valuesAt(point);
            double max = Double.NEGATIVE_INFINITY;
            for (VertexEigenvalue e : eig) {
                max = Math.max(max, e.expression().evaluate(values));
            }
            return Double.isNaN(max) ? Double.POSITIVE_INFINITY : max;
        }

        private boolean essAt(List<VertexEigenvalue> eig, double[] point) {
            java.util.function.ToDoubleFunction<Symbol> values = valuesAt(point);
            for (VertexEigenvalue e : eig) {
                if (!(e.expression().evaluate(values) < 0)) {
                    return false;
                }
            }
            return true;
        }

        /** Parameter and atom values with the varying parameters at {@code point}. */
        private java.util.function.ToDoubleFunction<Symbol> valuesAt(double[] point) {
            Map<Symbol, Double> atomValues = new HashMap<>();
            java.util.function.ToDoubleFunction<Symbol> values = s -> {
                int i = varying.indexOf(s);
                if (i >= 0) {
                    return point[i];
                }
                return s.kind() == Symbol.Kind.ATOM ? atomValues.get(s) : bound.valueOf(s);
            };
            for (Atom a : bound.game().atoms()) {
                atomValues.put(a.symbol(), a.value(values));
            }
            return values;
        }

        private void search(
                List<VertexEigenvalue> eig,
                Interval[] box,
                int depth,
                boolean[] ess,
                boolean[] not,
                boolean[] undecided,
                int[] budget) {
            budget[0]--;
            Game game = bound.game();
            Map<Symbol, Interval> atomIntervals = new HashMap<>();
            java.util.function.Function<Symbol, Interval> values = s -> {
                int i = varying.indexOf(s);
                if (i >= 0) {
                    return box[i];
                }
                if (s.kind() == Symbol.Kind.ATOM) {
                    return atomIntervals.get(s);
                }
                return Interval.point(bound.valueOf(s));
            };
            for (Atom a : game.atoms()) {
                atomIntervals.put(a.symbol(), Interval.of(a, values));
            }
            boolean allNegative = true;
            boolean someNonNegative = false;
            for (int k = 0; k < eig.size(); k++) {
                VertexEigenvalue e = eig.get(k);
                Interval v = Interval.of(e.expression(), values);
                if (gradients[k] != null && !(v.hi() < 0 || v.lo() >= 0)) {
                    v = v.intersect(meanValue(e.expression(), gradients[k], box, values));
                }
                allNegative &= v.hi() < 0;
                someNonNegative |= v.lo() >= 0;
            }
            if (allNegative) {
                ess[0] = true;
                return;
            }
            if (someNonNegative) {
                not[0] = true;
                return;
            }
            if (depth >= 40 || budget[0] <= 0) {
                undecided[0] = true;
                // a witness at the centre still counts
                witness(eig, box, ess, not);
                return;
            }
            int widest = 0;
            for (int i = 1; i < box.length; i++) {
                if (box[i].hi() - box[i].lo() > box[widest].hi() - box[widest].lo()) {
                    widest = i;
                }
            }
            double mid = 0.5 * (box[widest].lo() + box[widest].hi());
            Interval[] left = box.clone();
            Interval[] right = box.clone();
            left[widest] = new Interval(box[widest].lo(), mid);
            right[widest] = new Interval(mid, box[widest].hi());
            search(eig, left, depth + 1, ess, not, undecided, budget);
            search(eig, right, depth + 1, ess, not, undecided, budget);
        }

        /**
         * ∂λ/∂p<sub>i</sub> for each varying parameter, exact; null for an eigenvalue with atoms (whose
         * dependence on the parameters the polynomial derivative would miss) and for one that is affine
         * in the varying parameters (the mean-value form would add nothing).
         */
        private Polynomial[][] gradients(List<VertexEigenvalue> eig) {
            Polynomial[][] g = new Polynomial[eig.size()][];
            for (int k = 0; k < eig.size(); k++) {
                Polynomial lambda = eig.get(k).expression();
                boolean atoms = false;
                for (Atom a : bound.game().atoms()) {
                    atoms |= lambda.contains(a.symbol());
                }
                if (!atoms) {
                    g[k] = new Polynomial[varying.size()];
                    boolean constant = true; // λ affine in the box: its natural enclosure is already exact
                    for (int i = 0; i < varying.size(); i++) {
                        g[k][i] = lambda.derivative(varying.get(i));
                        for (Symbol v : varying) {
                            constant &= !g[k][i].contains(v);
                        }
                    }
                    if (constant) {
                        g[k] = null;
                    }
                }
            }
            return g;
        }

        /**
         * The mean-value form λ(c) + Σ<sub>i</sub> ∂λ/∂p<sub>i</sub>(X)·(X<sub>i</sub> − c<sub>i</sub>) over the
         * box X with centre c (Moore, Interval Analysis, 1966): its overestimation shrinks with the square
         * of the box width, where the natural enclosure's shrinks only linearly, so bisection proves a
         * sign near a zero set in far fewer boxes.
         */
        private Interval meanValue(
                Polynomial lambda,
                Polynomial[] gradient,
                Interval[] box,
                java.util.function.Function<Symbol, Interval> values) {
            Interval[] centre = new Interval[box.length];
            for (int i = 0; i < box.length; i++) {
                centre[i] = Interval.point(0.5 * (box[i].lo() + box[i].hi()));
            }
            Interval sum = Interval.of(lambda, s -> {
                int i = varying.indexOf(s);
                return i >= 0 ? centre[i] : values.apply(s);
            });
            for (int i = 0; i < box.length; i++) {
                Interval offset = box[i].add(Interval.point(-centre[i].lo()));
                sum = sum.add(Interval.of(gradient[i], values).multiply(offset));
            }
            return sum;
        }

        private void witness(List<VertexEigenvalue> eig, Interval[] box, boolean[] ess, boolean[] not) {
            double[] centre = new double[box.length];
            for (int i = 0; i < box.length; i++) {
                centre[i] = 0.5 * (box[i].lo() + box[i].hi());
            }
            (essAt(eig, centre) ? ess : not)[0] = true;
        }
    }
}
