package org.egt4j.stability;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.egt4j.ModelException;
import org.egt4j.expr.Monomial;
import org.egt4j.expr.Polynomial;
import org.egt4j.expr.PolynomialSystem;
import org.egt4j.game.BoundGame;
import org.egt4j.game.Game;
import org.hipparchus.fraction.BigFraction;

/**
 * Finds every rest point of the replicator dynamics of a bound game, face by face.
 *
 * <p>A point is a rest point iff, in every population k, all strategies in use (the support S<sub>k</sub>)
 * earn the same payoff. So each face of the state space (one non-empty support per population) gives
 * a square system: with d<sub>k</sub> the last strategy of S<sub>k</sub>, the unknowns are the shares of
 * S<sub>k</sub> \ {d<sub>k</sub>} (x<sub>d_k</sub> = 1 − Σ of them) and the equations are
 * f<sub>k,s</sub> − f<sub>k,d_k</sub> = 0 for s ∈ S<sub>k</sub> \ {d<sub>k</sub>}. Rest points
 * in the relative interior of the face (all support shares &gt; 0) are reported there; boundary points
 * belong to lower faces.
 *
 * <ul>
 *   <li>When the face system is linear in its unknowns (always for single-population matrix games and
 *       two-population bimatrix games, and for faces of larger games where at most one population ...
 *       mixes per payoff term), it is solved exactly over the rationals (coefficients are the exact
 *       decimals of the bound values): a unique solution is an exact rest point; a consistent singular
 *       system is a continuum of rest points, reported as a {@link RestPointSet}.
 *   <li>Otherwise Newton's method runs from quasi-random starts in the face (damped, with exact
 *       Jacobians); each root is certified (residual ≤ 1e-12 relative to the payoff scale, strictly
 *       inside the face) and duplicates are merged. A root with a singular Jacobian lies on a continuum
 *       and is reported in a set with the other such roots of its face.
 * </ul>
 *
 * Vertices (pure profiles) are always rest points and always reported.
 */
public final class RestPoints {

    /** Most faces searched (Π<sub>k</sub>(2<sup>n<sub>k</sub></sup> − 1)). */
    public static final long MAX_FACES = 1 << 20;

    /** A rest point found, before judging: its coordinates, support and how it was found. */
    public record Candidate(double[] coordinates, int[][] support, boolean exact) {}

    /** The rest points and continua of a game. */
    public record Result(List<Candidate> points, List<RestPointSet> sets) {}

    private record Term(int[] exps, BigFraction coefficient) {}

    private final BoundGame bound;
    private final Game game;
    private final int pops;
    private final int n;
    private final int[] sizes;
    private final int[] offsets;
    private final PolynomialSystem gSystem;
    private final PolynomialSystem dgSystem;
    private final List<List<Term>> exactTerms = new ArrayList<>();
    private final double scale;

    private RestPoints(BoundGame bound) {
        this.bound = bound;
        this.game = bound.game();
        this.pops = game.populations().size();
        this.n = game.dimension();
        this.sizes = new int[pops];
        this.offsets = new int[pops + 1];
        for (int k = 0; k < pops; k++) {
            sizes[k] = game.populations().get(k).size();
            offsets[k + 1] = game.offset(k + 1);
        }
        List<Polynomial> g = new ArrayList<>();
        List<Polynomial> dg = new ArrayList<>();
        double s = 0;
        for (int c = 0; c < n; c++) {
            g.add(game.advantage(c));
            List<Term> terms = new ArrayList<>();
            for (Map.Entry<Monomial, Polynomial> e :
                    game.advantage(c).byShares().entrySet()) {
                BigFraction coef = e.getValue().evaluateExact(bound::exactValueOf);
                if (coef.signum() == 0) {
                    continue;
                }
                int[] exps = new int[n];
                Monomial m = e.getKey();
                for (int i = 0; i < m.size(); i++) {
                    exps[m.symbol(i).index()] = m.exponent(i);
                }
                terms.add(new Term(exps, coef));
                s = Math.max(s, Math.abs(coef.doubleValue()));
            }
            exactTerms.add(terms);
        }
        for (int c = 0; c < n; c++) {
            for (int j = 0; j < n; j++) {
                dg.add(game.advantage(c).derivative(game.coordinates().get(j)));
            }
        }
        this.scale = Math.max(1, s);
        this.gSystem = bound.compile(g);
        this.dgSystem = bound.compile(dg);
    }

    /**
     * All rest points and continua of the bound game.
     *
     * @param bound the game at a parameter point
     * @return the isolated rest points (vertices first) and the continua
     * @throws ModelException when the game has more than {@value #MAX_FACES} faces
     */
    public static Result find(BoundGame bound) {
        return new RestPoints(bound).search();
    }

    private Result search() {
        long faces = 1;
        for (int k = 0; k < pops; k++) {
            faces *= (1L << sizes[k]) - 1;
            if (sizes[k] > 30 || faces > MAX_FACES) {
                throw new ModelException(
                        "the game has more than " + MAX_FACES + " faces to search for rest points",
                        "reduce the number of strategies or populations");
            }
        }
        List<Candidate> points = new ArrayList<>();
        List<RestPointSet> sets = new ArrayList<>();
        int[] masks = new int[pops];
        java.util.Arrays.fill(masks, 1);
        while (true) {
            face(masks, points, sets);
            int k = pops - 1;
            while (k >= 0 && ++masks[k] == (1 << sizes[k])) {
                masks[k--] = 1;
            }
            if (k < 0) {
                break;
            }
        }
        // a point on the closure of a segment of rest points is not isolated (vertices are kept for the table)
        List<Candidate> isolated = new ArrayList<>();
        for (Candidate c : points) {
            boolean vertex = true;
            for (int[] sup : c.support()) {
                vertex &= sup.length == 1;
            }
            if (vertex || !onSegment(c, sets)) {
                isolated.add(c);
            }
        }
        return new Result(List.copyOf(isolated), List.copyOf(sets));
    }

    /** Whether the point lies on the closed segment between the end samples of a 1-dimensional set. */
    private boolean onSegment(Candidate c, List<RestPointSet> sets) {
        double[] p = fullVector(c.coordinates());
        for (RestPointSet set : sets) {
            if (set.dimension() != 1) {
                continue;
            }
            double[] a = flatten(set.samples().get(0));
            double[] b = flatten(set.samples().get(set.samples().size() - 1));
            double len2 = 0;
            double dot = 0;
            for (int i = 0; i < a.length; i++) {
                len2 += (b[i] - a[i]) * (b[i] - a[i]);
                dot += (p[i] - a[i]) * (b[i] - a[i]);
            }
            double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, dot / len2));
            double dist = 0;
            for (int i = 0; i < a.length; i++) {
                dist = Math.max(dist, Math.abs(a[i] + t * (b[i] - a[i]) - p[i]));
            }
            if (dist < 1e-9) {
                return true;
            }
        }
        return false;
    }

    private double[] fullVector(double[] x) {
        double[] full = new double[n + pops];
        int at = 0;
        for (int k = 0; k < pops; k++) {
            double sum = 0;
            for (int c = offsets[k]; c < offsets[k + 1]; c++) {
                full[at++] = x[c];
                sum += x[c];
            }
            full[at++] = 1 - sum;
        }
        return full;
    }

    private static double[] flatten(double[][] s) {
        int len = 0;
        for (double[] p : s) {
            len += p.length;
        }
        double[] f = new double[len];
        int at = 0;
        for (double[] p : s) {
            System.arraycopy(p, 0, f, at, p.length);
            at += p.length;
        }
        return f;
    }

    /** The affine parametrization of one face: x_c = a_c + Σ_t b[c][t] u_t. */
    private final class Face {
        final int[] masks;
        final int[] dependent = new int[pops];
        final List<int[]> unknowns = new ArrayList<>(); // {population, strategy}
        final double[] a = new double[n];
        final double[][] b;
        final int m;

        Face(int[] masks) {
            this.masks = masks.clone();
            for (int k = 0; k < pops; k++) {
                int d = 31 - Integer.numberOfLeadingZeros(masks[k]);
                dependent[k] = d;
                if (Integer.bitCount(masks[k]) >= 2) {
                    for (int s = 0; s < d; s++) {
                        if ((masks[k] & (1 << s)) != 0) {
                            unknowns.add(new int[] {k, s});
                        }
                    }
                }
            }
            m = unknowns.size();
            b = new double[n][m];
            for (int k = 0; k < pops; k++) {
                int d = dependent[k];
                if (d < sizes[k] - 1) {
                    a[offsets[k] + d] = 1;
                }
            }
            for (int t = 0; t < m; t++) {
                int k = unknowns.get(t)[0];
                int s = unknowns.get(t)[1];
                b[offsets[k] + s][t] = 1;
                if (dependent[k] < sizes[k] - 1) {
                    b[offsets[k] + dependent[k]][t] = -1;
                }
            }
        }

        boolean mixing(int k) {
            return Integer.bitCount(masks[k]) >= 2;
        }

        double[] x(double[] u) {
            double[] x = a.clone();
            for (int c = 0; c < n; c++) {
                for (int t = 0; t < m; t++) {
                    x[c] += b[c][t] * u[t];
                }
            }
            return x;
        }

        /** Row of g for (k, s), or -1 for the last strategy (g = 0). */
        int row(int k, int s) {
            return s == sizes[k] - 1 ? -1 : offsets[k] + s;
        }

        /** Whether a monomial survives on this face, and its degree in the mixing populations' shares. */
        int mixingDegree(int[] exps) {
            int degree = 0;
            for (int k = 0; k < pops; k++) {
                for (int c = offsets[k]; c < offsets[k + 1]; c++) {
                    if (exps[c] == 0) {
                        continue;
                    }
                    int s = c - offsets[k];
                    boolean inSupport = (masks[k] & (1 << s)) != 0;
                    if (!inSupport) {
                        return -1; // the monomial vanishes on the face
                    }
                    if (mixing(k)) {
                        degree += exps[c];
                    }
                }
            }
            return degree;
        }

        boolean linear() {
            for (int[] t : unknowns) {
                for (int r : new int[] {row(t[0], t[1]), row(t[0], dependent[t[0]])}) {
                    if (r < 0) {
                        continue;
                    }
                    for (Term term : exactTerms.get(r)) {
                        if (mixingDegree(term.exps()) > 1) {
                            return false;
                        }
                    }
                }
            }
            return true;
        }

        /** Shares of every population at u, as full vectors. */
        double[][] shares(double[] u) {
            double[] x = x(u);
            double[][] s = new double[pops][];
            for (int k = 0; k < pops; k++) {
                s[k] = new double[sizes[k]];
                double sum = 0;
                for (int i = 0; i < sizes[k] - 1; i++) {
                    s[k][i] = x[offsets[k] + i];
                    sum += s[k][i];
                }
                s[k][sizes[k] - 1] = 1 - sum;
            }
            return s;
        }

        int[][] support() {
            int[][] sup = new int[pops][];
            for (int k = 0; k < pops; k++) {
                sup[k] = new int[Integer.bitCount(masks[k])];
                int j = 0;
                for (int s = 0; s < sizes[k]; s++) {
                    if ((masks[k] & (1 << s)) != 0) {
                        sup[k][j++] = s;
                    }
                }
            }
            return sup;
        }

        /** The smallest share of a support strategy at u (the face's relative interior is where it is > 0). */
        double minSupportShare(double[] u) {
            double[][] s = shares(u);
            double min = Double.POSITIVE_INFINITY;
            for (int k = 0; k < pops; k++) {
                for (int i = 0; i < sizes[k]; i++) {
                    if ((masks[k] & (1 << i)) != 0) {
                        min = Math.min(min, s[k][i]);
                    }
                }
            }
            return min;
        }
    }

    private void face(int[] masks, List<Candidate> points, List<RestPointSet> sets) {
        Face f = new Face(masks);
        if (f.m == 0) {
            points.add(new Candidate(f.x(new double[0]), f.support(), true));
            return;
        }
        if (f.linear()) {
            exact(f, points, sets);
        } else {
            newton(f, points, sets);
        }
    }

    // ---- exact path -------------------------------------------------------------------------

    private void exact(Face f, List<Candidate> points, List<RestPointSet> sets) {
        int m = f.m;
        BigFraction[][] aug = new BigFraction[m][m + 1];
        for (int t = 0; t < m; t++) {
            java.util.Arrays.fill(aug[t], BigFraction.ZERO);
            int k = f.unknowns.get(t)[0];
            accumulate(f, f.row(k, f.unknowns.get(t)[1]), BigFraction.ONE, aug[t]);
            accumulate(f, f.row(k, f.dependent[k]), BigFraction.MINUS_ONE, aug[t]);
        }
        // Gauss-Jordan over the rationals: aug = [A | -E0], solve A u = -E0
        int[] pivotColumn = new int[m];
        int rank = 0;
        for (int col = 0; col < m && rank < m; col++) {
            int p = -1;
            for (int r = rank; r < m; r++) {
                if (aug[r][col].signum() != 0) {
                    p = r;
                    break;
                }
            }
            if (p < 0) {
                continue;
            }
            BigFraction[] tmp = aug[p];
            aug[p] = aug[rank];
            aug[rank] = tmp;
            BigFraction inv = aug[rank][col].reciprocal();
            for (int c = col; c <= m; c++) {
                aug[rank][c] = aug[rank][c].multiply(inv);
            }
            for (int r = 0; r < m; r++) {
                if (r != rank && aug[r][col].signum() != 0) {
                    BigFraction factor = aug[r][col];
                    for (int c = col; c <= m; c++) {
                        aug[r][c] = aug[r][c].subtract(factor.multiply(aug[rank][c]));
                    }
                }
            }
            pivotColumn[rank++] = col;
        }
        for (int r = rank; r < m; r++) {
            if (aug[r][m].signum() != 0) {
                return; // inconsistent: no rest point in this face
            }
        }
        BigFraction[] u0 = new BigFraction[m];
        java.util.Arrays.fill(u0, BigFraction.ZERO);
        boolean[] isPivot = new boolean[m];
        for (int r = 0; r < rank; r++) {
            u0[pivotColumn[r]] = aug[r][m];
            isPivot[pivotColumn[r]] = true;
        }
        if (rank == m) {
            double[][] s = exactShares(f, u0);
            if (s != null) {
                double[] u = new double[m];
                for (int t = 0; t < m; t++) {
                    u[t] = u0[t].doubleValue();
                }
                points.add(new Candidate(f.x(u), f.support(), true));
            }
            return;
        }
        // continuum: u = u0 + Σ_free w_j N_j
        List<double[]> basis = new ArrayList<>();
        for (int free = 0; free < m; free++) {
            if (isPivot[free]) {
                continue;
            }
            double[] v = new double[m];
            v[free] = 1;
            for (int r = 0; r < rank; r++) {
                v[pivotColumn[r]] = -aug[r][free].doubleValue();
            }
            basis.add(v);
        }
        double[] base = new double[m];
        for (int t = 0; t < m; t++) {
            base[t] = u0[t].doubleValue();
        }
        continuum(f, base, basis, sets);
    }

    /** Adds sign·(row r of g restricted to the face) to aug as coefficients of u and the negated constant. */
    private void accumulate(Face f, int r, BigFraction sign, BigFraction[] aug) {
        if (r < 0) {
            return;
        }
        int m = f.m;
        for (Term term : exactTerms.get(r)) {
            int degree = f.mixingDegree(term.exps());
            if (degree < 0) {
                continue;
            }
            BigFraction c = term.coefficient().multiply(sign);
            if (degree == 0) {
                aug[m] = aug[m].subtract(c);
                continue;
            }
            int coord = -1;
            for (int k = 0; k < pops && coord < 0; k++) {
                if (f.mixing(k)) {
                    for (int i = offsets[k]; i < offsets[k + 1]; i++) {
                        if (term.exps()[i] != 0) {
                            coord = i;
                            break;
                        }
                    }
                }
            }
            // x_coord = a + Σ b u
            BigFraction a = new BigFraction((long) f.a[coord]);
            aug[m] = aug[m].subtract(c.multiply(a));
            for (int t = 0; t < m; t++) {
                if (f.b[coord][t] != 0) {
                    aug[t] = aug[t].add(c.multiply(new BigFraction((long) f.b[coord][t])));
                }
            }
        }
    }

    /** Shares at exact u if all support shares are strictly positive, else null. */
    private double[][] exactShares(Face f, BigFraction[] u) {
        int t = 0;
        for (int k = 0; k < pops; k++) {
            if (!f.mixing(k)) {
                continue;
            }
            BigFraction sum = BigFraction.ZERO;
            for (int[] unk : f.unknowns) {
                if (unk[0] == k) {
                    if (u[t].signum() <= 0) {
                        return null;
                    }
                    sum = sum.add(u[t]);
                    t++;
                }
            }
            if (BigFraction.ONE.subtract(sum).signum() <= 0) {
                return null;
            }
        }
        double[] ud = new double[u.length];
        for (int i = 0; i < u.length; i++) {
            ud[i] = u[i].doubleValue();
        }
        return f.shares(ud);
    }

    /** Samples a continuum u = base + Σ w_j basis_j inside the face; reports it when it meets the interior. */
    private void continuum(Face f, double[] base, List<double[]> basis, List<RestPointSet> sets) {
        int dim = basis.size();
        List<double[][]> samples = new ArrayList<>();
        if (dim == 1) {
            double lo = Double.NEGATIVE_INFINITY;
            double hi = Double.POSITIVE_INFINITY;
            // every support share is affine in w: s(w) = s0 + s1 w > 0
            double[][] s0 = f.shares(base);
            double[] shifted = base.clone();
            for (int t = 0; t < f.m; t++) {
                shifted[t] += basis.get(0)[t];
            }
            double[][] s1 = f.shares(shifted);
            for (int k = 0; k < pops; k++) {
                for (int i = 0; i < sizes[k]; i++) {
                    if ((f.masks[k] & (1 << i)) == 0) {
                        continue;
                    }
                    double c0 = s0[k][i];
                    double c1 = s1[k][i] - s0[k][i];
                    if (Math.abs(c1) < 1e-15) {
                        if (c0 <= 0) {
                            return;
                        }
                    } else if (c1 > 0) {
                        lo = Math.max(lo, -c0 / c1);
                    } else {
                        hi = Math.min(hi, -c0 / c1);
                    }
                }
            }
            if (!(hi - lo > 1e-12)) {
                return;
            }
            for (double w : new double[] {lo, 0.5 * (lo + hi), hi}) {
                double[] u = base.clone();
                for (int t = 0; t < f.m; t++) {
                    u[t] += w * basis.get(0)[t];
                }
                samples.add(clean(f.shares(u)));
            }
        } else {
            SplittableRandom r = org.egt4j.random.RandomStreams.stream(
                    org.egt4j.random.FixedSeeds.REST_POINT_SETS,
                    f.masks.length * 31L + java.util.Arrays.hashCode(f.masks));
            double radius = 2 * Math.sqrt(f.m) + 2;
            for (int attempt = 0; attempt < 20_000 && samples.size() < 5; attempt++) {
                double[] u = base.clone();
                for (int j = 0; j < dim; j++) {
                    double w = (2 * r.nextDouble() - 1) * radius;
                    for (int t = 0; t < f.m; t++) {
                        u[t] += w * basis.get(j)[t];
                    }
                }
                if (f.minSupportShare(u) > 1e-9) {
                    samples.add(f.shares(u));
                }
            }
            if (samples.isEmpty()) {
                return;
            }
        }
        sets.add(new RestPointSet(
                dim + "-dimensional set of rest points with support " + describe(f.support()),
                dim,
                f.support(),
                samples));
    }

    private static double[][] clean(double[][] s) {
        for (double[] p : s) {
            for (int i = 0; i < p.length; i++) {
                if (Math.abs(p[i]) < 1e-15) {
                    p[i] = 0;
                }
            }
        }
        return s;
    }

    /** "{row: opera, football; column: opera}". */
    String describe(int[][] support) {
        StringBuilder sb = new StringBuilder("{");
        for (int k = 0; k < pops; k++) {
            sb.append(k == 0 ? "" : "; ")
                    .append(game.populations().get(k).name())
                    .append(": ");
            for (int j = 0; j < support[k].length; j++) {
                sb.append(j == 0 ? "" : ", ")
                        .append(game.populations().get(k).strategies().get(support[k][j]));
            }
        }
        return sb.append('}').toString();
    }

    // ---- Newton path ------------------------------------------------------------------------

    private void newton(Face f, List<Candidate> points, List<RestPointSet> sets) {
        int m = f.m;
        double[] g = new double[n];
        double[] dg = new double[n * n];
        double[] e = new double[m];
        double[][] jac = new double[m][m];
        List<double[]> roots = new ArrayList<>();
        List<double[]> singular = new ArrayList<>();
        int starts = Math.min(160, 24 + 12 * m);
        int sinceNew = 0;
        for (int start = 0; start < starts && sinceNew < 24; start++) {
            sinceNew++;
            double[] u = start == 0 ? barycentre(f) : halton(f, start);
            boolean converged = false;
            for (int it = 0; it < 50; it++) {
                double norm = residual(f, u, g, dg, e, jac);
                if (norm <= 1e-14 * scale) {
                    converged = true;
                    break;
                }
                double[] delta = solve(jac, e);
                if (delta == null) {
                    break;
                }
                double lambda = 1;
                double[] next = new double[m];
                while (true) {
                    for (int t = 0; t < m; t++) {
                        next[t] = u[t] - lambda * delta[t];
                    }
                    double trial = residual(f, next, g, dg, e, null);
                    if (trial < norm || lambda < 1e-6) {
                        break;
                    }
                    lambda *= 0.5;
                }
                double step = 0;
                for (int t = 0; t < m; t++) {
                    step = Math.max(step, Math.abs(next[t] - u[t]));
                }
                u = next.clone();
                if (step < 1e-16) {
                    converged = residual(f, u, g, dg, e, jac) <= 1e-12 * scale;
                    break;
                }
            }
            if (!converged) {
                converged = residual(f, u, g, dg, e, jac) <= 1e-12 * scale;
            }
            if (!converged || f.minSupportShare(u) <= 1e-9) {
                continue;
            }
            boolean duplicate = false;
            for (List<double[]> known : List.of(roots, singular)) {
                for (double[] r : known) {
                    double d = 0;
                    for (int t = 0; t < m; t++) {
                        d = Math.max(d, Math.abs(r[t] - u[t]));
                    }
                    duplicate |= d < 1e-8;
                }
            }
            if (duplicate) {
                continue;
            }
            residual(f, u, g, dg, e, jac);
            (smallestSingularValue(jac) < 1e-7 * scale ? singular : roots).add(u);
            sinceNew = 0;
        }
        roots.sort(RestPoints::lexicographic);
        for (double[] r : roots) {
            points.add(new Candidate(f.x(r), f.support(), false));
        }
        if (!singular.isEmpty()) {
            singular.sort(RestPoints::lexicographic);
            List<double[][]> samples = new ArrayList<>();
            for (double[] s : singular.subList(0, Math.min(5, singular.size()))) {
                samples.add(f.shares(s));
            }
            sets.add(new RestPointSet(
                    "set of non-isolated rest points (singular Jacobian) with support " + describe(f.support()),
                    -1,
                    f.support(),
                    samples));
        }
    }

    private static int lexicographic(double[] a, double[] b) {
        for (int i = 0; i < a.length; i++) {
            int c = Double.compare(a[i], b[i]);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    /** Max-norm of the face equations at u; fills e and (unless null) the Jacobian. */
    private double residual(Face f, double[] u, double[] g, double[] dg, double[] e, double[][] jac) {
        double[] x = f.x(u);
        gSystem.evaluate(x, g);
        if (jac != null) {
            dgSystem.evaluate(x, dg);
        }
        double norm = 0;
        for (int t = 0; t < f.m; t++) {
            int k = f.unknowns.get(t)[0];
            int r1 = f.row(k, f.unknowns.get(t)[1]);
            int r2 = f.row(k, f.dependent[k]);
            e[t] = (r1 < 0 ? 0 : g[r1]) - (r2 < 0 ? 0 : g[r2]);
            norm = Math.max(norm, Math.abs(e[t]));
            if (jac != null) {
                for (int t2 = 0; t2 < f.m; t2++) {
                    double v = 0;
                    for (int c = 0; c < n; c++) {
                        double bc = f.b[c][t2];
                        if (bc != 0) {
                            v += ((r1 < 0 ? 0 : dg[r1 * n + c]) - (r2 < 0 ? 0 : dg[r2 * n + c])) * bc;
                        }
                    }
                    jac[t][t2] = v;
                }
            }
        }
        return norm;
    }

    /** Solves J δ = e by Gaussian elimination with partial pivoting; null if singular. */
    private static double[] solve(double[][] jac, double[] e) {
        int m = e.length;
        double[][] a = new double[m][m + 1];
        for (int i = 0; i < m; i++) {
            System.arraycopy(jac[i], 0, a[i], 0, m);
            a[i][m] = e[i];
        }
        for (int col = 0; col < m; col++) {
            int p = col;
            for (int r = col + 1; r < m; r++) {
                if (Math.abs(a[r][col]) > Math.abs(a[p][col])) {
                    p = r;
                }
            }
            if (Math.abs(a[p][col]) < 1e-300) {
                return null;
            }
            double[] t = a[p];
            a[p] = a[col];
            a[col] = t;
            for (int r = col + 1; r < m; r++) {
                double factor = a[r][col] / a[col][col];
                for (int c = col; c <= m; c++) {
                    a[r][c] -= factor * a[col][c];
                }
            }
        }
        double[] x = new double[m];
        for (int r = m - 1; r >= 0; r--) {
            double s = a[r][m];
            for (int c = r + 1; c < m; c++) {
                s -= a[r][c] * x[c];
            }
            x[r] = s / a[r][r];
        }
        return x;
    }

    private static double smallestSingularValue(double[][] jac) {
        int m = jac.length;
        org.ejml.data.DMatrixRMaj a = new org.ejml.data.DMatrixRMaj(jac);
        var svd = org.ejml.dense.row.factory.DecompositionFactory_DDRM.svd(m, m, false, false, true);
        if (!svd.decompose(a)) {
            return 0;
        }
        double min = Double.POSITIVE_INFINITY;
        for (double s : svd.getSingularValues()) {
            min = Math.min(min, s);
        }
        return min;
    }

    private double[] barycentre(Face f) {
        double[] u = new double[f.m];
        for (int t = 0; t < f.m; t++) {
            u[t] = 1.0 / Integer.bitCount(f.masks[f.unknowns.get(t)[0]]);
        }
        return u;
    }

    private static final int[] PRIMES = {
        2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53, 59, 61, 67, 71, 73, 79, 83, 89, 97
    };

    /** The i-th Halton point mapped into the face (uniform on each population's support simplex). */
    private double[] halton(Face f, int index) {
        double[] u = new double[f.m];
        int dim = 0;
        int t = 0;
        for (int k = 0; k < pops; k++) {
            if (!f.mixing(k)) {
                continue;
            }
            int size = Integer.bitCount(f.masks[k]);
            double[] w = new double[size];
            double sum = 0;
            for (int j = 0; j < size; j++) {
                double h = radicalInverse(index, PRIMES[dim++ % PRIMES.length]);
                w[j] = -Math.log(1 - 0.999 * h);
                sum += w[j];
            }
            for (int j = 0; j < size - 1; j++) {
                u[t++] = w[j] / sum;
            }
        }
        return u;
    }

    private static double radicalInverse(int i, int base) {
        double inv = 1.0 / base;
        double f = inv;
        double r = 0;
        int k = i;
        while (k > 0) {
            r += f * (k % base);
            k /= base;
            f *= inv;
        }
        return r;
    }
}
