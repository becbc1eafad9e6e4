package org.egt4j.analysis;

import org.egt4j.dynamics.Dynamics;
import org.egt4j.ode.SolverSettings;

/**
 * The solver settings with which an analysis integrates the trajectories of one dynamic: its
 * trajectories, sensitivity runs, basin starts and basin maps.
 *
 * <p>Under an imitative dynamic (replicator, Maynard Smith) every face of the simplex is invariant:
 * ẋ<sub>i</sub> = x<sub>i</sub>·g<sub>i</sub>(x), so a positive share stays positive and may regrow after
 * decaying to 10<sup>−20</sup> or less (a heteroclinic approach, Hofbauer &amp; Sigmund, <i>Evolutionary
 * Games and Population Dynamics</i>, 1998, §7). With the mixed error scale atol + rtol·|x<sub>i</sub>| and
 * atol 10<sup>−10</sup>, a share below about 10<sup>−10</sup> is no longer controlled: a step may
 * undershoot it below 0, the projection clips it to exactly 0, and the invariant face then keeps it at 0
 * for ever although the true share regrows. So these dynamics integrate with atol
 * min(atol, {@value #IMITATIVE_ATOL}): pure relative error control of each share, as {@code egt4j
 * simulate} does by default. This is chosen rather than a projection that keeps a positive share
 * positive, because such a share would still carry an absolute error of about 10<sup>−10</sup>, i.e. no
 * correct digit once it is that small; relative control keeps its digits, and costs only a few more
 * steps where a share is small. Other dynamics (best response, logit, BNN, Smith,
 * replicator–mutator) move shares onto and off faces in finite time or keep them away from faces, so
 * they keep the settings' atol.
 */
public final class AnalysisSolver {
    /** The absolute tolerance of imitative dynamics: 10<sup>−300</sup>, pure relative control. */
    public static final double IMITATIVE_ATOL = 1e-300;

    private AnalysisSolver() {}

    /**
     * The solver settings of the analysis' integrations under a dynamic.
     *
     * @param s the analysis settings (rtol, atol)
     * @param dynamics the dynamic integrated
     * @return rtol of the settings and atol of the settings, or min(atol, {@value #IMITATIVE_ATOL}) when
     *     the dynamic is imitative
     */
    public static SolverSettings of(AnalysisSettings s, Dynamics dynamics) {
        return SolverSettings.DEFAULT.withTolerances(s.rtol(), atol(s, dynamics));
    }

    /**
     * The absolute tolerance the analysis' integrations use under a dynamic.
     *
     * @param s the analysis settings
     * @param dynamics the dynamic integrated
     * @return the settings' atol, or min(atol, {@value #IMITATIVE_ATOL}) when the dynamic is imitative
     */
    public static double atol(AnalysisSettings s, Dynamics dynamics) {
        return dynamics.isImitative() ? Math.min(s.atol(), IMITATIVE_ATOL) : s.atol();
    }
}
