package org.egt4j.dynamics;

import org.egt4j.game.BoundGame;

/**
 * The projection dynamic (Nagurney and Zhang 1997; Lahkar and Sandholm 2008) from the payoff field with
 * loops in Java: per population, V = Π<sub>T(s)</sub>(F), the Euclidean projection of the payoff vector
 * on the tangent cone T(s) = {z : Σ z_i = 0, z_i ≥ 0 where s_i = 0} of the simplex at s. By the KKT
 * conditions of min ‖z − F‖², z_i = F_i − λ on the support and z_i = [F_i − λ]₊ off it, with λ fixed by
 * Σ z_i = 0; so z_i = F_i − λ on the active set A (the support and the unused strategies whose payoff
 * exceeds λ), λ = mean of F over A, and z_i = 0 elsewhere. A is found exactly by adding the unused
 * strategies in decreasing order of payoff while the next payoff exceeds the current mean (each
 * addition raises the mean but keeps it below the added payoff, so the result satisfies the KKT
 * conditions). On the interior V = F − mean(F)·1. A share at most {@link StateSpace#ROUND_OFF} counts as
 * unused.
 *
 * <p>The Jacobian is that of the formula with A held fixed, ∂V_i = ∂F_i − mean<sub>A</sub>(∂F) on A and
 * 0 off it: exact on the interior (where the field is as smooth as F); at the boundary the field itself
 * is discontinuous and this is the derivative of its restriction to the face. Allocation-free;
 * single-threaded.
 */
final class ProjectionField extends PayoffDrivenField {

    /** active[r]: whether strategy r is in the active set A of its population. */
    private final boolean[] active;

    private ProjectionField(PayoffField payoffs, int[] offsets, int[] sizes) {
        super(payoffs, offsets, sizes);
        this.active = new boolean[payoffs.size()];
    }

    static ProjectionField of(BoundGame bound) {
        int[][] l = layout(bound);
        return new ProjectionField(PayoffField.of(bound), l[0], l[1]);
    }

    /** Marks the active set of the population at [at, at + m) and returns λ. */
    private double activeSet(int at, int m) {
        double sum = 0;
        int count = 0;
        for (int j = 0; j < m; j++) {
            active[at + j] = s[at + j] > StateSpace.ROUND_OFF;
            if (active[at + j]) {
                sum += f[at + j];
                count++;
            }
        }
        while (true) {
            int best = -1;
            for (int j = 0; j < m; j++) {
                if (!active[at + j] && (best < 0 || f[at + j] > f[at + best])) {
                    best = j;
                }
            }
            if (best < 0 || !(count == 0 || f[at + best] > sum / count)) {
                break;
            }
            active[at + best] = true;
            sum += f[at + best];
            count++;
        }
        return sum / count;
    }

    @Override
    void velocity(int at, int m, int off, double[] out) {
        double lambda = activeSet(at, m);
        for (int i = 0; i < m - 1; i++) {
            out[off + i] = active[at + i] ? f[at + i] - lambda : 0;
        }
    }

    @Override
    void velocityJacobian(int at, int m, int off, int end, double[] out) {
        activeSet(at, m);
        int count = 0;
        for (int j = 0; j < m; j++) {
            if (active[at + j]) {
                count++;
            }
        }
        for (int c = 0; c < n; c++) {
            double mean = 0;
            for (int j = 0; j < m; j++) {
                if (active[at + j]) {
                    mean += df[(at + j) * n + c];
                }
            }
            mean /= count;
            for (int i = 0; i < m - 1; i++) {
                out[(off + i) * n + c] = active[at + i] ? df[(at + i) * n + c] - mean : 0;
            }
        }
    }

    @Override
    public ProjectionField copy() {
        return new ProjectionField(payoffs.copy(), offsets, sizes);
    }
}
