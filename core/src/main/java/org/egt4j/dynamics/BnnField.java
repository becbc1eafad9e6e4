package org.egt4j.dynamics;

import org.egt4j.game.BoundGame;

/**
 * The Brown–von Neumann–Nash dynamic (Brown and von Neumann 1950) from the payoff field with loops in
 * Java, per population, with excess payoffs F̂_i = F_i − s·F:
 *
 * <pre>
 *   V_i = [F̂_i]₊ − s_i Σ_j [F̂_j]₊,
 * </pre>
 *
 * and where no excess payoff is 0, its exact Jacobian (H the unit step, ∂s from
 * {@link PayoffDrivenField#shareDerivative}, ∂(s·F) = Σ_j ∂s_j F_j + s_j ∂F_j):
 *
 * <pre>
 *   ∂V_i = H(F̂_i) ∂F̂_i − ∂s_i Σ_j [F̂_j]₊ − s_i Σ_j H(F̂_j) ∂F̂_j,   ∂F̂_j = ∂F_j − ∂(s·F).
 * </pre>
 *
 * Where an excess payoff is 0 the field is not differentiable; the Jacobian returned there is the
 * one-sided value with H(0) = 0. Allocation-free; single-threaded.
 */
final class BnnField extends PayoffDrivenField {

    private BnnField(PayoffField payoffs, int[] offsets, int[] sizes) {
        super(payoffs, offsets, sizes);
    }

    static BnnField of(BoundGame bound) {
        int[][] l = layout(bound);
        return new BnnField(PayoffField.of(bound), l[0], l[1]);
    }

    private double mean(int at, int m) {
        double mean = 0;
        for (int j = 0; j < m; j++) {
            mean += s[at + j] * f[at + j];
        }
        return mean;
    }

    @Override
    void velocity(int at, int m, int off, double[] out) {
        double mean = mean(at, m);
        double total = 0;
        for (int j = 0; j < m; j++) {
            total += Math.max(0, f[at + j] - mean);
        }
        for (int i = 0; i < m - 1; i++) {
            out[off + i] = Math.max(0, f[at + i] - mean) - s[at + i] * total;
        }
    }

    @Override
    void velocityJacobian(int at, int m, int off, int end, double[] out) {
        double mean = mean(at, m);
        double total = 0;
        for (int j = 0; j < m; j++) {
            total += Math.max(0, f[at + j] - mean);
        }
        for (int c = 0; c < n; c++) {
            double dMean = 0;
            for (int j = 0; j < m; j++) {
                dMean += shareDerivative(j, m, off, end, c) * f[at + j] + s[at + j] * df[(at + j) * n + c];
            }
            double dTotal = 0;
            for (int j = 0; j < m; j++) {
                if (f[at + j] - mean > 0) {
                    dTotal += df[(at + j) * n + c] - dMean;
                }
            }
            for (int i = 0; i < m - 1; i++) {
                double v = f[at + i] - mean > 0 ? df[(at + i) * n + c] - dMean : 0;
                out[(off + i) * n + c] = v - shareDerivative(i, m, off, end, c) * total - s[at + i] * dTotal;
            }
        }
    }

    @Override
    public BnnField copy() {
        return new BnnField(payoffs.copy(), offsets, sizes);
    }
}
