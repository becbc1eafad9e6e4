package org.egt4j.dynamics;

import org.egt4j.game.BoundGame;

/**
 * The selection of the best-response inclusion ẋ ∈ BR(x) − x that {@link BestResponseDynamics#field}
 * evaluates, per population: V = β(x) − s with β the uniform mix over the tied best replies (the
 * strategies whose payoff is within {@link BestResponseDynamics#TIE} × max(1, |max F|) of the largest),
 * so β is the pure best reply wherever that is unique. There BR is locally constant and the Jacobian is
 * exactly −I (in reduced coordinates, ∂(β<sub>i</sub> − x<sub>i</sub>)/∂x<sub>c</sub> = −δ<sub>ic</sub>);
 * at a tie the field jumps and −I is the derivative of the selection on either side. Allocation-free;
 * single-threaded.
 */
final class BestResponseField extends PayoffDrivenField {

    private BestResponseField(PayoffField payoffs, int[] offsets, int[] sizes) {
        super(payoffs, offsets, sizes);
    }

    static BestResponseField of(BoundGame bound) {
        int[][] l = layout(bound);
        return new BestResponseField(PayoffField.of(bound), l[0], l[1]);
    }

    /** The tolerance below the best payoff that still counts as a tie. */
    static double tolerance(double best) {
        return BestResponseDynamics.TIE * Math.max(1, Math.abs(best));
    }

    @Override
    void velocity(int at, int m, int off, double[] out) {
        double best = f[at];
        for (int j = 1; j < m; j++) {
            best = Math.max(best, f[at + j]);
        }
        double floor = best - tolerance(best);
        int tied = 0;
        for (int j = 0; j < m; j++) {
            if (f[at + j] >= floor) {
                tied++;
            }
        }
        for (int i = 0; i < m - 1; i++) {
            out[off + i] = (f[at + i] >= floor ? 1.0 / tied : 0) - s[at + i];
        }
    }

    @Override
    void velocityJacobian(int at, int m, int off, int end, double[] out) {
        for (int i = off; i < end; i++) {
            for (int c = 0; c < n; c++) {
                out[i * n + c] = i == c ? -1 : 0;
            }
        }
    }

    @Override
    public BestResponseField copy() {
        return new BestResponseField(payoffs.copy(), offsets, sizes);
    }
}
