package org.egt4j.stability;

import java.util.List;
import org.egt4j.dynamics.VectorField;
import org.egt4j.expr.Polynomial;
import org.egt4j.expr.PolynomialSystem;
import org.egt4j.game.BoundGame;
import org.egt4j.game.Game;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/**
 * Judges rest points: eigenvalues and Lyapunov's first method, the Nash test, the ESS test
 * (Maynard Smith's first- and second-order conditions for one population, strict Nash for several —
 * Selten 1980), Friedman's test for two-population 2×2 games, and the direct method for
 * non-hyperbolic points.
 *
 * <p>ESS for one population: x* is a Nash equilibrium and the payoff derivative is negative definite
 * on the best-reply face, z·Df(x*)z &lt; 0 for z ≠ 0 with Σz = 0 and z supported on the best replies
 * (Haigh 1975 for matrix games, where Df = A; the linearization of Maynard Smith's condition for
 * state-dependent payoffs). When the best replies are exactly the support this is necessary and
 * sufficient; with alternative best replies outside the support it is sufficient only.
 */
final class Judge {

    private final BoundGame bound;
    private final Game game;
    private final VectorField field;
    private final boolean relativeEntropy;
    private final PolynomialSystem payoffs;
    private final PolynomialSystem payoffGradients;
    private final int n;
    private final int[] sizes;

    /**
     * A judge of rest points of one dynamic.
     *
     * @param field the dynamic's field, whose Jacobian decides Lyapunov's first method
     * @param relativeEntropy whether the relative entropy is the dynamic's Lyapunov candidate for
     *     non-hyperbolic points (the replicator's)
     */
    Judge(BoundGame bound, VectorField field, boolean relativeEntropy) {
        this.bound = bound;
        this.game = bound.game();
        this.field = field;
        this.relativeEntropy = relativeEntropy;
        this.payoffs = bound.expectedPayoffs();
        this.n = game.dimension();
        int pops = game.populations().size();
        this.sizes = new int[pops];
        java.util.List<Polynomial> grads = new java.util.ArrayList<>();
        for (int k = 0; k < pops; k++) {
            sizes[k] = game.populations().get(k).size();
            for (int i = 0; i < sizes[k]; i++) {
                for (int c = 0; c < n; c++) {
                    grads.add(game.expectedPayoff(k, i)
                            .derivative(game.coordinates().get(c)));
                }
            }
        }
        this.payoffGradients = bound.compile(grads);
    }

    RestPoint judge(double[] x) {
        double[][] shares = shares(x);
        double[] jac = new double[n * n];
        field.jacobian(x, jac);
        double jscale = 0;
        for (double v : jac) {
            jscale = Math.max(jscale, Math.abs(v));
        }
        List<Eigenvalue> eig = Eigenvalue.of(jac, n);
        double tol = Stability.zeroTolerance(jscale);
        Stability stability = Stability.of(eig, tol);
        double[] f = new double[payoffs.size()];
        payoffs.evaluate(x, f);
        double fscale = 0;
        for (double v : f) {
            fscale = Math.max(fscale, Math.abs(v));
        }
        double ftol = 1e-9 * Math.max(1, fscale);
        boolean nash = true;
        boolean strict = true;
        int at = 0;
        for (int k = 0; k < sizes.length; k++) {
            double mean = 0;
            for (int i = 0; i < sizes[k]; i++) {
                mean += shares[k][i] * f[at + i];
            }
            for (int i = 0; i < sizes[k]; i++) {
                if (f[at + i] > mean + ftol) {
                    nash = false;
                }
                if (shares[k][i] < 1 - 1e-12 && f[at + i] >= mean - ftol) {
                    strict = false; // a strategy other than the pure one is a best reply (or x is mixed)
                }
            }
            at += sizes[k];
        }
        boolean ess;
        if (!nash) {
            ess = false;
        } else if (sizes.length > 1) {
            ess = strict;
        } else {
            ess = strict || negativeDefiniteOnBestReplies(x, shares[0], f, ftol);
        }
        DirectMethod.Verdict direct = stability == Stability.NON_HYPERBOLIC && relativeEntropy
                ? DirectMethod.relativeEntropy(bound, shares)
                : null;
        RestPoint.Friedman friedman = null;
        if (sizes.length == 2 && sizes[0] == 2 && sizes[1] == 2) {
            double det = jac[0] * jac[3] - jac[1] * jac[2];
            double tr = jac[0] + jac[3];
            double dtol = tol * Math.max(1, jscale);
            RestPoint.Friedman.Verdict verdict = det > dtol && tr < -tol
                    ? RestPoint.Friedman.Verdict.STABLE
                    : det < -dtol
                            ? RestPoint.Friedman.Verdict.SADDLE
                            : det > dtol && tr > tol
                                    ? RestPoint.Friedman.Verdict.UNSTABLE
                                    : RestPoint.Friedman.Verdict.UNDECIDED;
            friedman = new RestPoint.Friedman(det, tr, verdict);
        }
        return new RestPoint(shares, x.clone(), false, eig, stability, nash, ess, direct, friedman);
    }

    private boolean negativeDefiniteOnBestReplies(double[] x, double[] s, double[] f, double ftol) {
        int size = sizes[0];
        double mean = 0;
        for (int i = 0; i < size; i++) {
            mean += s[i] * f[i];
        }
        int[] best = new int[size];
        int m = 0;
        for (int i = 0; i < size; i++) {
            if (f[i] >= mean - ftol) {
                best[m++] = i;
            }
        }
        if (m <= 1) {
            return true;
        }
        double[] grads = new double[payoffGradients.size()];
        payoffGradients.evaluate(x, grads);
        // basis z_j = e_{best[j]} - e_{best[m-1]}; bilinear form β(z, w) = Σ_i z_i Σ_{c<n} G[i][c] w_c
        int d = m - 1;
        double[] w = new double[d * d];
        for (int a = 0; a < d; a++) {
            for (int b = 0; b < d; b++) {
                double v = 0;
                for (int[] zi : new int[][] {{best[a], 1}, {best[m - 1], -1}}) {
                    int i = zi[0];
                    double zsign = zi[1];
                    double dir = 0;
                    for (int[] wc : new int[][] {{best[b], 1}, {best[m - 1], -1}}) {
                        if (wc[0] < size - 1) {
                            dir += wc[1] * grads[i * n + wc[0]];
                        }
                    }
                    v += zsign * dir;
                }
                w[a * d + b] = v;
            }
        }
        DMatrixRMaj sym = new DMatrixRMaj(d, d);
        double scale = 0;
        for (int a = 0; a < d; a++) {
            for (int b = 0; b < d; b++) {
                sym.set(a, b, 0.5 * (w[a * d + b] + w[b * d + a]));
                scale = Math.max(scale, Math.abs(sym.get(a, b)));
            }
        }
        if (d == 1) {
            return sym.get(0, 0) < -1e-9 * Math.max(1, scale);
        }
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(d, false, true);
        if (!eig.decompose(sym)) {
            return false;
        }
        for (int i = 0; i < d; i++) {
            if (!(eig.getEigenvalue(i).real < -1e-9 * Math.max(1, scale))) {
                return false;
            }
        }
        return true;
    }

    double[][] shares(double[] x) {
        double[][] s = new double[sizes.length][];
        for (int k = 0; k < sizes.length; k++) {
            s[k] = new double[sizes[k]];
            double sum = 0;
            for (int i = 0; i < sizes[k] - 1; i++) {
                s[k][i] = x[game.offset(k) + i];
                sum += s[k][i];
            }
            s[k][sizes[k] - 1] = Math.abs(1 - sum) < 1e-15 ? 0 : 1 - sum;
        }
        return s;
    }
}
