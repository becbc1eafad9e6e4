package org.egt4j.dynamics;

import org.egt4j.game.BoundGame;

/**
 * Smith's dynamic (Smith 1984) from the payoff field with loops in Java, per population:
 *
 * <pre>
 *   V_i = Σ_j s_j [F_i − F_j]₊ − s_i Σ_j [F_j − F_i]₊,
 * </pre>
 *
 * and where no two payoffs of a population tie, its exact Jacobian (H the unit step, ∂s from
 * {@link PayoffDrivenField#shareDerivative}):
 *
 * <pre>
 *   ∂V_i = Σ_j ∂s_j [F_i − F_j]₊ + Σ_j s_j H(F_i − F_j)(∂F_i − ∂F_j)
 *          − ∂s_i Σ_j [F_j − F_i]₊ − s_i Σ_j H(F_j − F_i)(∂F_j − ∂F_i).
 * </pre>
 *
 * At a tie the field is not differentiable; the Jacobian returned there is the one-sided value with
 * H(0) = 0. Allocation-free; single-threaded.
 */
final class SmithField extends PayoffDrivenField {

    private SmithField(PayoffField payoffs, int[] offsets, int[] sizes) {
        super(payoffs, offsets, sizes);
    }

    static SmithField of(BoundGame bound) {
        int[][] l = layout(bound);
        return new SmithField(PayoffField.of(bound), l[0], l[1]);
    }

    @Override
    void velocity(int at, int m, int off, double[] out) {
        for (int i = 0; i < m - 1; i++) {
            double fi = f[at + i];
            double in = 0;
            double outRate = 0;
            for (int j = 0; j < m; j++) {
                double d = fi - f[at + j];
                if (d > 0) {
                    in += s[at + j] * d;
                } else if (d < 0) {
                    outRate -= d;
                }
            }
            out[off + i] = in - s[at + i] * outRate;
        }
    }

    @Override
    void velocityJacobian(int at, int m, int off, int end, double[] out) {
        for (int i = 0; i < m - 1; i++) {
            int row = (at + i) * n;
            double fi = f[at + i];
            for (int c = 0; c < n; c++) {
                double dfi = df[row + c];
                double v = 0;
                double outRate = 0;
                double dOut = 0;
                for (int j = 0; j < m; j++) {
                    double d = fi - f[at + j];
                    double dd = dfi - df[(at + j) * n + c];
                    if (d > 0) {
                        v += shareDerivative(j, m, off, end, c) * d + s[at + j] * dd;
                    } else if (d < 0) {
                        outRate -= d;
                        dOut -= dd;
                    }
                }
                v -= shareDerivative(i, m, off, end, c) * outRate + s[at + i] * dOut;
                out[(off + i) * n + c] = v;
            }
        }
    }

    @Override
    public SmithField copy() {
        return new SmithField(payoffs.copy(), offsets, sizes);
    }
}
