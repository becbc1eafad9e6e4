package org.egt4j.stability;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.egt4j.dynamics.Equation;
import org.egt4j.dynamics.StateSpace;
import org.egt4j.dynamics.VectorField;
import org.egt4j.expr.Monomial;
import org.egt4j.expr.Polynomial;
import org.egt4j.game.BoundGame;
import org.egt4j.game.Game;
import org.egt4j.stability.RestPointSearch.Incompleteness;
import org.egt4j.stability.RestPointSearch.Method;

/**
 * Rest points of a dynamic with polynomial right-hand sides that is not imitative (the
 * replicator–mutator with μ &gt; 0): every isolated complex root of the reduced system ẋ = P(x) = 0 by
 * total-degree homotopy continuation ({@link HomotopyContinuation}), of which the real roots in the
 * product of simplices are the rest points (each polished by real Newton on the compiled field). When the
 * paths do not justify a completeness claim, or the Bézout number is over {@link RestPointSearch#MAX_PATHS},
 * the multi-start Newton search of {@link FieldRestPoints} adds what it finds and the list is marked
 * incomplete with the reason.
 */
final class PolynomialRestPoints {

    /** Imaginary part (relative to 1 + |Re|) below which a complex root is real. */
    static final double REAL = 1e-8;

    private PolynomialRestPoints() {}

    /**
     * The rest points and how they were found.
     *
     * @param candidates the rest points
     * @param methods the method that found each one
     * @param search the search record (its per-point list is set by the analysis)
     */
    record Found(List<RestPoints.Candidate> candidates, List<Method> methods, RestPointSearch search) {}

    /**
     * The reduced system of exact equations at the bound values (coefficients exact, then rounded).
     *
     * @param bound the game at a parameter point
     * @param equations ẋ<sub>c</sub> = P<sub>c</sub>(x), one per reduced coordinate
     * @return the square system P(x) = 0
     */
    static HomotopyContinuation.PolynomialSystem system(BoundGame bound, List<Equation> equations) {
        int n = bound.game().dimension();
        List<List<HomotopyContinuation.Term>> eqs = new ArrayList<>();
        for (Equation eq : equations) {
            eqs.add(terms(bound, eq.expanded(), n));
        }
        return new HomotopyContinuation.PolynomialSystem(n, eqs);
    }

    static List<HomotopyContinuation.Term> terms(BoundGame bound, Polynomial p, int n) {
        List<HomotopyContinuation.Term> terms = new ArrayList<>();
        for (Map.Entry<Monomial, Polynomial> e : p.byShares().entrySet()) {
            double c = e.getValue().evaluateExact(bound::exactValueOf).doubleValue();
            if (c == 0) {
                continue;
            }
            int[] exps = new int[n];
            Monomial m = e.getKey();
            for (int i = 0; i < m.size(); i++) {
                exps[m.symbol(i).index()] = m.exponent(i);
            }
            terms.add(new HomotopyContinuation.Term(exps, c));
        }
        return terms;
    }

    static Found find(BoundGame bound, List<Equation> equations, VectorField prototype) {
        Game game = bound.game();
        HomotopyContinuation.PolynomialSystem system = system(bound, equations);
        long bezout = system.bezout();
        boolean degenerate = false;
        for (int d : system.degrees()) {
            degenerate |= d < 1;
        }
        if (degenerate || bezout > RestPointSearch.MAX_PATHS) {
            RestPoints.Result multi = FieldRestPoints.find(bound, prototype);
            return new Found(
                    multi.points(),
                    java.util.Collections.nCopies(multi.points().size(), Method.MULTI_START_NEWTON),
                    new RestPointSearch(
                            Method.MULTI_START_NEWTON,
                            degenerate ? 0 : bezout,
                            0,
                            0,
                            0,
                            0,
                            false,
                            degenerate ? Incompleteness.SINGULAR_ENDPOINTS : Incompleteness.OVER_PATH_LIMIT,
                            List.of(),
                            null));
        }
        HomotopyContinuation.Result result = HomotopyContinuation.solve(system);
        VectorField field = prototype.copy();
        StateSpace space = field.stateSpace();
        int n = game.dimension();
        List<double[]> roots = new ArrayList<>();
        List<Method> methods = new ArrayList<>();
        for (double[] z : result.regularRoots()) {
            double[] re = new double[n];
            boolean real = true;
            for (int i = 0; i < n; i++) {
                re[i] = z[2 * i];
                real &= Math.abs(z[2 * i + 1]) <= REAL * (1 + Math.abs(z[2 * i]));
            }
            if (!real || space.margin(re) < -1e-9) {
                continue;
            }
            double[] polished = FieldRestPoints.newton(field, re, space);
            double[] x = polished != null ? polished : re;
            if (!known(roots, x)) {
                roots.add(x);
                methods.add(Method.TOTAL_DEGREE_HOMOTOPY);
            }
        }
        Incompleteness reason = result.count(HomotopyContinuation.Ending.FAILED) > 0
                ? Incompleteness.FAILED_PATHS
                : result.count(HomotopyContinuation.Ending.SINGULAR) > 0
                        ? Incompleteness.SINGULAR_ENDPOINTS
                        : result.duplicates() > 0 ? Incompleteness.SAME_ENDPOINTS : Incompleteness.NONE;
        if (reason != Incompleteness.NONE) {
            // no claim: add what multi-start Newton finds (e.g. points of a continuum)
            for (RestPoints.Candidate c : FieldRestPoints.find(bound, prototype).points()) {
                if (!known(roots, c.coordinates())) {
                    roots.add(c.coordinates());
                    methods.add(Method.MULTI_START_NEWTON);
                }
            }
        }
        // a fixed order whatever the method: lexicographic in the reduced coordinates
        Integer[] order = new Integer[roots.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> java.util.Arrays.compare(roots.get(a), roots.get(b)));
        List<RestPoints.Candidate> candidates = new ArrayList<>();
        List<Method> sortedMethods = new ArrayList<>();
        for (int i : order) {
            candidates.add(new RestPoints.Candidate(roots.get(i), FieldRestPoints.support(game, roots.get(i)), false));
            sortedMethods.add(methods.get(i));
        }
        return new Found(
                candidates,
                sortedMethods,
                new RestPointSearch(
                        Method.TOTAL_DEGREE_HOMOTOPY,
                        bezout,
                        result.count(HomotopyContinuation.Ending.REGULAR),
                        result.count(HomotopyContinuation.Ending.INFINITE),
                        result.count(HomotopyContinuation.Ending.SINGULAR),
                        result.count(HomotopyContinuation.Ending.FAILED),
                        reason == Incompleteness.NONE,
                        reason,
                        List.of(),
                        null));
    }

    private static boolean known(List<double[]> roots, double[] x) {
        for (double[] r : roots) {
            double d = 0;
            for (int i = 0; i < x.length; i++) {
                d = Math.max(d, Math.abs(r[i] - x[i]));
            }
            if (d < FieldRestPoints.MERGE) {
                return true;
            }
        }
        return false;
    }
}
