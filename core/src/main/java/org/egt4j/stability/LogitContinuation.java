package org.egt4j.stability;

import java.util.ArrayList;
import java.util.List;
import org.egt4j.dynamics.PayoffField;
import org.egt4j.dynamics.StateSpace;
import org.egt4j.dynamics.VectorField;
import org.egt4j.game.BoundGame;
import org.egt4j.game.Game;
import org.egt4j.stability.RestPointSearch.Incompleteness;
import org.egt4j.stability.RestPointSearch.Method;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * Logit equilibria by continuation in λ = 1/η (Turocy 2005, "A dynamic homotopy interpretation of the
 * logistic quantal response equilibrium correspondence", Games Econ. Behav. 51; Allgower and Georg,
 * <i>Introduction to Numerical Continuation Methods</i>, 1990, ch. 2): the curve
 *
 * <pre>
 *   G(x, λ) = softmax(λ F(x)) − x = 0   (per population, reduced coordinates)
 * </pre>
 *
 * starts at the centre of every simplex at λ = 0 and is followed by pseudo-arclength continuation: the
 * tangent t spans the kernel of [G<sub>x</sub> | G<sub>λ</sub>] (oriented so that successive tangents
 * agree), Euler predictor u + h t, Newton corrector on G(u) = 0, t·(u − u<sub>pred</sub>) = 0. The curve
 * may turn back in λ; a fold lies where det G<sub>x</sub> changes sign (λ is extremal there) and is
 * located by bisection in the arclength step. G<sub>x</sub> = λ D softmax · DF − I is also the Jacobian
 * of the logit dynamic at η = 1/λ, whose eigenvalues give each point's stability.
 *
 * <p>At the analysis's η the branch's crossings of λ = 1/η are refined by Newton and are rest points
 * found "by continuation from the centre"; multi-start Newton ({@link FieldRestPoints}) adds the rest
 * points of other components, whose components are followed in both directions for the
 * correspondence. No completeness claim is made: the field is not polynomial.
 */
final class LogitContinuation {

    /** The correspondence is followed to λ = {@value #BEYOND} / η. */
    static final double BEYOND = 1.5;

    /** Most steps per branch direction. */
    static final int MAX_STEPS = 4000;

    /** Largest change of any share per step (keeps the figure's lines smooth). */
    static final double MAX_SHARE_STEP = 0.02;

    private final Game game;
    private final PayoffField payoffs;
    private final int n;
    private final int[] sizes;
    private final int[] offsets;
    private final double[] f;
    private final double[] df;
    private final double[] p;

    LogitContinuation(BoundGame bound) {
        this.game = bound.game();
        this.payoffs = PayoffField.of(bound);
        this.n = game.dimension();
        this.sizes = game.sizes();
        this.offsets = game.offsets();
        this.f = new double[payoffs.size()];
        this.df = new double[payoffs.size() * n];
        this.p = new double[payoffs.size()];
    }

    /**
     * The rest points, how each was found, and the search record with the correspondence.
     *
     * @param candidates the logit equilibria at η
     * @param methods the method that found each one
     * @param search the search record, with the {@link LogitCorrespondence}
     */
    record Found(List<RestPoints.Candidate> candidates, List<Method> methods, RestPointSearch search) {}

    static Found find(BoundGame bound, double eta, VectorField logitField) {
        LogitContinuation c = new LogitContinuation(bound);
        double target = 1 / eta;
        double lambdaMax = BEYOND * target;
        List<LogitCorrespondence.Branch> branches = new ArrayList<>();
        LogitCorrespondence.Branch principal = c.follow(c.centre(), 0, 1, lambdaMax, true);
        branches.add(principal);
        VectorField field = logitField.copy();
        StateSpace space = field.stateSpace();
        List<double[]> roots = new ArrayList<>();
        List<Method> methods = new ArrayList<>();
        for (double[] x : c.crossings(principal, target)) {
            double[] r = FieldRestPoints.newton(field, x, space);
            if (r != null && !known(roots, r)) {
                roots.add(r);
                methods.add(Method.LOGIT_CONTINUATION);
            }
        }
        for (RestPoints.Candidate m : FieldRestPoints.find(bound, logitField).points()) {
            if (known(roots, m.coordinates())) {
                continue;
            }
            roots.add(m.coordinates());
            methods.add(Method.MULTI_START_NEWTON);
            boolean covered = false;
            for (LogitCorrespondence.Branch b : branches.subList(1, branches.size())) {
                for (double[] x : c.crossings(b, target)) {
                    double[] r = FieldRestPoints.newton(field, x, space);
                    covered |= r != null && distance(r, m.coordinates()) < FieldRestPoints.MERGE;
                }
            }
            if (!covered) {
                branches.add(c.component(m.coordinates(), target, lambdaMax));
            }
        }
        Integer[] order = new Integer[roots.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> java.util.Arrays.compare(roots.get(a), roots.get(b)));
        List<RestPoints.Candidate> candidates = new ArrayList<>();
        List<Method> sorted = new ArrayList<>();
        for (int i : order) {
            candidates.add(
                    new RestPoints.Candidate(roots.get(i), FieldRestPoints.support(bound.game(), roots.get(i)), false));
            sorted.add(methods.get(i));
        }
        RestPointSearch search = new RestPointSearch(
                Method.LOGIT_CONTINUATION,
                0,
                0,
                0,
                0,
                0,
                false,
                Incompleteness.NOT_POLYNOMIAL,
                List.of(),
                new LogitCorrespondence(eta, lambdaMax, branches));
        return new Found(candidates, sorted, search);
    }

    /** The centre of every simplex, reduced. */
    double[] centre() {
        double[] x = new double[n];
        for (int k = 0; k < sizes.length; k++) {
            for (int i = 0; i < sizes[k] - 1; i++) {
                x[offsets[k] + i] = 1.0 / sizes[k];
            }
        }
        return x;
    }

    /** The component through a logit equilibrium at λ0, followed both ways and joined in arclength order. */
    LogitCorrespondence.Branch component(double[] x0, double lambda0, double lambdaMax) {
        LogitCorrespondence.Branch down = follow(x0, lambda0, -1, lambdaMax, false);
        LogitCorrespondence.Branch up = follow(x0, lambda0, 1, lambdaMax, false);
        List<LogitCorrespondence.Point> points = new ArrayList<>(down.points());
        java.util.Collections.reverse(points);
        points.addAll(up.points().subList(1, up.points().size()));
        List<LogitCorrespondence.Fold> folds = new ArrayList<>(down.folds());
        java.util.Collections.reverse(folds);
        folds.addAll(up.folds());
        return new LogitCorrespondence.Branch(false, points, folds);
    }

    /**
     * Follows the curve from (x0, λ0), starting with dλ of the given sign, until λ passes lambdaMax or drops
     * below 0, or the step budget is spent.
     */
    LogitCorrespondence.Branch follow(double[] x0, double lambda0, int direction, double lambdaMax, boolean principal) {
        int m = n + 1;
        double[] u = new double[m];
        System.arraycopy(x0, 0, u, 0, n);
        u[n] = lambda0;
        double[] t = tangent(u, null);
        if (t[n] * direction < 0) {
            scale(t, -1);
        }
        List<LogitCorrespondence.Point> points = new ArrayList<>();
        List<LogitCorrespondence.Fold> folds = new ArrayList<>();
        points.add(point(u));
        double h = 0.05 * Math.max(1, lambdaMax) / 10;
        double hMax = Math.max(0.05, lambdaMax / 40);
        double det = determinant(u);
        for (int step = 0; step < MAX_STEPS; step++) {
            double[] next = corrected(u, t, h);
            if (next == null || shareStep(u, next) > MAX_SHARE_STEP) {
                h /= 2;
                if (h < 1e-12 * Math.max(1, lambdaMax)) {
                    break; // cannot continue: stop the branch here
                }
                continue;
            }
            double nextDet = determinant(next);
            if (Math.signum(nextDet) != Math.signum(det) && det != 0) {
                folds.add(fold(u, t, h, det));
            }
            double[] nt = tangent(next, t);
            u = next;
            t = nt;
            det = nextDet;
            points.add(point(u));
            if (u[n] > lambdaMax || u[n] < 0 || (!principal && u[n] < 1e-9)) {
                break;
            }
            h = Math.min(hMax, h * 1.5);
        }
        return new LogitCorrespondence.Branch(principal, points, folds);
    }

    /** The fold between u and its corrected step of length h: bisection on the sign of det G_x. */
    private LogitCorrespondence.Fold fold(double[] u, double[] t, double h, double det) {
        double lo = 0;
        double hi = h;
        double[] best = corrected(u, t, h);
        for (int it = 0; it < 60 && hi - lo > 1e-13 * Math.max(1, h); it++) {
            double mid = (lo + hi) / 2;
            double[] v = corrected(u, t, mid);
            if (v == null) {
                break;
            }
            best = v;
            if (Math.signum(determinant(v)) == Math.signum(det)) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return new LogitCorrespondence.Fold(best[n], shares(best));
    }

    /** The points of a branch where it crosses λ = target, interpolated linearly between steps. */
    List<double[]> crossings(LogitCorrespondence.Branch b, double target) {
        List<double[]> out = new ArrayList<>();
        List<LogitCorrespondence.Point> pts = b.points();
        for (int i = 1; i < pts.size(); i++) {
            double l0 = pts.get(i - 1).lambda();
            double l1 = pts.get(i).lambda();
            if ((l0 - target) * (l1 - target) <= 0 && l0 != l1) {
                double w = (target - l0) / (l1 - l0);
                double[] a = reduced(pts.get(i - 1).shares());
                double[] c = reduced(pts.get(i).shares());
                double[] x = new double[n];
                for (int j = 0; j < n; j++) {
                    x[j] = a[j] + w * (c[j] - a[j]);
                }
                out.add(x);
            }
        }
        return out;
    }

    /** Predictor u + h t, then Newton on (G(v), t·(v − u − h t)) = 0; null when Newton does not converge. */
    double[] corrected(double[] u, double[] t, double h) {
        int m = n + 1;
        double[] pred = new double[m];
        for (int i = 0; i < m; i++) {
            pred[i] = u[i] + h * t[i];
        }
        double[] v = pred.clone();
        double[] g = new double[n];
        double[] gx = new double[n * n];
        double[] gl = new double[n];
        DMatrixRMaj a = new DMatrixRMaj(m, m);
        DMatrixRMaj rhs = new DMatrixRMaj(m, 1);
        DMatrixRMaj dv = new DMatrixRMaj(m, 1);
        for (int it = 0; it < 8; it++) {
            if (!inside(v)) {
                return null;
            }
            evaluate(v, g, gx, gl);
            double along = 0;
            for (int i = 0; i < m; i++) {
                along += t[i] * (v[i] - pred[i]);
            }
            double res = Math.abs(along);
            for (int i = 0; i < n; i++) {
                res = Math.max(res, Math.abs(g[i]));
            }
            if (res < 1e-13) {
                return v;
            }
            for (int r = 0; r < n; r++) {
                for (int c = 0; c < n; c++) {
                    a.set(r, c, gx[r * n + c]);
                }
                a.set(r, n, gl[r]);
                rhs.set(r, 0, -g[r]);
            }
            for (int c = 0; c < m; c++) {
                a.set(n, c, t[c]);
            }
            rhs.set(n, 0, -along);
            if (!CommonOps_DDRM.solve(a, rhs, dv)) {
                return null;
            }
            for (int i = 0; i < m; i++) {
                v[i] += dv.get(i, 0);
            }
            if (it >= 5) {
                return null; // too slow: a smaller step
            }
        }
        return null;
    }

    /** The unit tangent: kernel of [G_x | G_λ], oriented along {@code previous} (or dλ > 0 when null). */
    double[] tangent(double[] u, double[] previous) {
        int m = n + 1;
        double[] g = new double[n];
        double[] gx = new double[n * n];
        double[] gl = new double[n];
        evaluate(u, g, gx, gl);
        DMatrixRMaj a = new DMatrixRMaj(m, m);
        DMatrixRMaj rhs = new DMatrixRMaj(m, 1);
        DMatrixRMaj t = new DMatrixRMaj(m, 1);
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                a.set(r, c, gx[r * n + c]);
            }
            a.set(r, n, gl[r]);
        }
        // last row: the previous tangent (or e_λ), so that t·previous = 1 fixes scale and orientation
        for (int c = 0; c < m; c++) {
            a.set(n, c, previous == null ? (c == n ? 1 : 0) : previous[c]);
        }
        rhs.set(n, 0, 1);
        double[] out = new double[m];
        if (!CommonOps_DDRM.solve(a, rhs, t)) {
            out[n] = 1;
            return out;
        }
        double norm = 0;
        for (int i = 0; i < m; i++) {
            out[i] = t.get(i, 0);
            norm += out[i] * out[i];
        }
        scale(out, 1 / Math.sqrt(norm));
        return out;
    }

    /** det G_x at u. */
    double determinant(double[] u) {
        double[] g = new double[n];
        double[] gx = new double[n * n];
        double[] gl = new double[n];
        evaluate(u, g, gx, gl);
        DMatrixRMaj a = new DMatrixRMaj(n, n);
        a.setData(gx);
        return CommonOps_DDRM.det(a);
    }

    /**
     * G(x, λ), G_x and G_λ at u = (x, λ): per population p = softmax(λF), G = p − x (reduced), G_x[i][j] =
     * λ p_i (∂_j F_i − Σ_m p_m ∂_j F_m) − δ_ij, G_λ[i] = p_i (F_i − Σ_m p_m F_m).
     */
    void evaluate(double[] u, double[] g, double[] gx, double[] gl) {
        double lambda = u[n];
        payoffs.payoffsAndJacobian(java.util.Arrays.copyOf(u, n), f, df);
        int at = 0;
        for (int k = 0; k < sizes.length; k++) {
            int size = sizes[k];
            double top = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < size; i++) {
                top = Math.max(top, lambda * f[at + i]);
            }
            double sum = 0;
            for (int i = 0; i < size; i++) {
                p[at + i] = Math.exp(lambda * f[at + i] - top);
                sum += p[at + i];
            }
            double meanF = 0;
            for (int i = 0; i < size; i++) {
                p[at + i] /= sum;
                meanF += p[at + i] * f[at + i];
            }
            for (int i = 0; i < size - 1; i++) {
                int row = offsets[k] + i;
                g[row] = p[at + i] - u[row];
                gl[row] = p[at + i] * (f[at + i] - meanF);
                for (int j = 0; j < n; j++) {
                    double meanD = 0;
                    for (int q = 0; q < size; q++) {
                        meanD += p[at + q] * df[(at + q) * n + j];
                    }
                    gx[row * n + j] = lambda * p[at + i] * (df[(at + i) * n + j] - meanD) - (row == j ? 1 : 0);
                }
            }
            at += size;
        }
    }

    private LogitCorrespondence.Point point(double[] u) {
        double[] g = new double[n];
        double[] gx = new double[n * n];
        double[] gl = new double[n];
        evaluate(u, g, gx, gl);
        double residual = 0;
        double scale = 1;
        for (int i = 0; i < n; i++) {
            residual = Math.max(residual, Math.abs(g[i]));
        }
        for (double v : gx) {
            scale = Math.max(scale, Math.abs(v));
        }
        List<Eigenvalue> eig = Eigenvalue.of(gx, n);
        Stability s = Stability.of(eig, Stability.zeroTolerance(scale));
        return new LogitCorrespondence.Point(u[n], shares(u), s, residual);
    }

    private double[][] shares(double[] u) {
        double[][] s = new double[sizes.length][];
        for (int k = 0; k < sizes.length; k++) {
            s[k] = new double[sizes[k]];
            double last = 1;
            for (int i = 0; i < sizes[k] - 1; i++) {
                s[k][i] = u[offsets[k] + i];
                last -= s[k][i];
            }
            s[k][sizes[k] - 1] = last;
        }
        return s;
    }

    private double[] reduced(double[][] shares) {
        double[] x = new double[n];
        for (int k = 0; k < sizes.length; k++) {
            for (int i = 0; i < sizes[k] - 1; i++) {
                x[offsets[k] + i] = shares[k][i];
            }
        }
        return x;
    }

    /** Whether every share of v is in (0, 1): logit equilibria are interior. */
    private boolean inside(double[] v) {
        for (int k = 0; k < sizes.length; k++) {
            double last = 1;
            for (int i = 0; i < sizes[k] - 1; i++) {
                double s = v[offsets[k] + i];
                if (!(s > 0 && s < 1)) {
                    return false;
                }
                last -= s;
            }
            if (!(last > 0)) {
                return false;
            }
        }
        return Double.isFinite(v[n]);
    }

    private double shareStep(double[] u, double[] v) {
        double d = 0;
        for (int i = 0; i < n; i++) {
            d = Math.max(d, Math.abs(u[i] - v[i]));
        }
        return d;
    }

    private static void scale(double[] v, double c) {
        for (int i = 0; i < v.length; i++) {
            v[i] *= c;
        }
    }

    private static boolean known(List<double[]> roots, double[] x) {
        for (double[] r : roots) {
            if (distance(r, x) < FieldRestPoints.MERGE) {
                return true;
            }
        }
        return false;
    }

    private static double distance(double[] a, double[] b) {
        double d = 0;
        for (int i = 0; i < a.length; i++) {
            d = Math.max(d, Math.abs(a[i] - b[i]));
        }
        return d;
    }
}
