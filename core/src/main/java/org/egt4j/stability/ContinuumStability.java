package org.egt4j.stability;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.egt4j.dynamics.VectorField;
import org.egt4j.game.Game;

/**
 * The stability of a continuum of rest points from its transverse eigenvalues (normal hyperbolicity).
 * At a point of a d-dimensional manifold of rest points the Jacobian has d zero eigenvalues whose
 * eigenvectors span the tangent space; the other n − d are the transverse ones. When all transverse
 * eigenvalues have negative real parts at every point the manifold is normally hyperbolic and attracting:
 * every nearby orbit converges to some point of the set, each point being stable but not asymptotically
 * stable (Hirsch, Pugh and Shub, Invariant Manifolds, 1977; Aulbach, Continuous and Discrete Dynamics near
 * Manifolds of Equilibria, 1984). All positive: repelling; both signs: saddle-type (orbits approach along
 * the stable directions and leave along the unstable ones). A transverse eigenvalue with zero real part
 * (the set is not normally hyperbolic there), a verdict that changes along the set, or a set whose
 * dimension is unknown leaves it undecided with that reason.
 *
 * <p>The eigenvalues are computed at the set's sample points in the relative interior of its face (a
 * sample where a support share vanishes is an end of the set, where it meets another face and the
 * transverse spectrum may degenerate); the d eigenvalues of least modulus are the tangent ones and must
 * vanish to the zero tolerance of {@link Stability#zeroTolerance}.
 *
 * @param verdict attracting, repelling, saddle-type or undecided
 * @param reason why it is undecided; {@link Reason#NONE} otherwise
 * @param transverse the transverse eigenvalues at each interior sample, in the order of the samples
 */
public record ContinuumStability(Verdict verdict, Reason reason, List<List<Eigenvalue>> transverse) {

    /** The verdict on a continuum. */
    public enum Verdict {
        /** Every transverse eigenvalue has a negative real part at every sample: nearby orbits converge to it. */
        ATTRACTING,
        /** Every transverse eigenvalue has a positive real part at every sample. */
        REPELLING,
        /** Transverse eigenvalues of both signs at every sample, the same signs at each. */
        SADDLE,
        /** Not decided; see the reason. */
        UNDECIDED
    }

    /** Why a continuum is undecided. */
    public enum Reason {
        /** Decided. */
        NONE,
        /** A transverse eigenvalue has zero real part: the set is not normally hyperbolic there. */
        NOT_NORMALLY_HYPERBOLIC,
        /** The verdict differs between sample points of the set. */
        VARIES_ALONG_THE_SET,
        /** The set was found through a singular Jacobian and its dimension is not known. */
        DIMENSION_UNKNOWN,
        /** No sample lies in the relative interior of the set's face. */
        NO_INTERIOR_SAMPLE,
        /** Fewer eigenvalues vanish than the set has dimensions (the samples are not rest points to tolerance). */
        TANGENT_NOT_ZERO
    }

    /**
     * Copies the eigenvalue lists.
     *
     * @param verdict the verdict
     * @param reason why undecided, or NONE
     * @param transverse the transverse eigenvalues per interior sample
     */
    public ContinuumStability {
        List<List<Eigenvalue>> copy = new ArrayList<>();
        transverse.forEach(t -> copy.add(List.copyOf(t)));
        transverse = List.copyOf(copy);
    }

    /**
     * Classifies a set.
     *
     * @param game the game (population sizes)
     * @param field the dynamic's field
     * @param set the continuum
     * @return its stability
     */
    static ContinuumStability of(Game game, VectorField field, RestPointSet set) {
        if (set.dimension() == RestPointSet.SINGULAR) {
            return new ContinuumStability(Verdict.UNDECIDED, Reason.DIMENSION_UNKNOWN, List.of());
        }
        int n = game.dimension();
        int d = set.dimension();
        List<List<Eigenvalue>> transverse = new ArrayList<>();
        Verdict common = null;
        Reason reason = Reason.NONE;
        for (double[][] shares : set.samples()) {
            if (!interior(shares, set.support())) {
                continue;
            }
            double[] x = reduced(game, shares);
            double[] jac = new double[n * n];
            field.jacobian(x, jac);
            double scale = 0;
            for (double v : jac) {
                scale = Math.max(scale, Math.abs(v));
            }
            double tol = Stability.zeroTolerance(scale);
            List<Eigenvalue> eig = new ArrayList<>(Eigenvalue.of(jac, n));
            eig.sort(Comparator.comparingDouble(e -> Math.hypot(e.re(), e.im())));
            for (int i = 0; i < d; i++) {
                if (Math.hypot(eig.get(i).re(), eig.get(i).im()) > 1e3 * tol) {
                    reason = Reason.TANGENT_NOT_ZERO;
                }
            }
            List<Eigenvalue> rest = new ArrayList<>(eig.subList(d, n));
            rest.sort(Eigenvalue.ORDER);
            transverse.add(rest);
            boolean negative = false;
            boolean positive = false;
            boolean zero = false;
            for (Eigenvalue e : rest) {
                negative |= e.re() < -tol;
                positive |= e.re() > tol;
                zero |= Math.abs(e.re()) <= tol;
            }
            Verdict here;
            if (zero) {
                here = Verdict.UNDECIDED;
                if (reason == Reason.NONE) {
                    reason = Reason.NOT_NORMALLY_HYPERBOLIC;
                }
            } else if (negative && positive) {
                here = Verdict.SADDLE;
            } else {
                here = negative || rest.isEmpty() ? Verdict.ATTRACTING : Verdict.REPELLING;
            }
            if (common == null) {
                common = here;
            } else if (common != here && reason == Reason.NONE) {
                reason = Reason.VARIES_ALONG_THE_SET;
            }
        }
        if (common == null) {
            return new ContinuumStability(Verdict.UNDECIDED, Reason.NO_INTERIOR_SAMPLE, transverse);
        }
        if (reason != Reason.NONE) {
            return new ContinuumStability(Verdict.UNDECIDED, reason, transverse);
        }
        return new ContinuumStability(common, Reason.NONE, transverse);
    }

    private static boolean interior(double[][] shares, int[][] support) {
        for (int k = 0; k < shares.length; k++) {
            if (support[k].length < 2) {
                continue;
            }
            for (int s : support[k]) {
                if (!(shares[k][s] > 1e-9)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Shares to reduced coordinates: every strategy's share but the last of each population. */
    private static double[] reduced(Game game, double[][] shares) {
        double[] x = new double[game.dimension()];
        int c = 0;
        for (double[] pop : shares) {
            for (int i = 0; i + 1 < pop.length; i++) {
                x[c++] = pop[i];
            }
        }
        return x;
    }
}
