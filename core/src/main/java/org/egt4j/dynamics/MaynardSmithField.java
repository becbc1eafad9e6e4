package org.egt4j.dynamics;

import org.egt4j.game.BoundGame;
import org.egt4j.game.Game;

/**
 * V = R/φ per population (R the replicator field, φ<sub>k</sub> = x·F<sub>k</sub> the mean payoff), with
 * DV = DR/φ − R ∇φᵀ/φ² and ∇φ<sub>k</sub> = Σ<sub>i</sub> (∂x<sub>k,i</sub>) F<sub>k,i</sub> + x<sub>k,i</sub>
 * ∇F<sub>k,i</sub>. Allocation-free; single-threaded ({@link #copy()}).
 */
final class MaynardSmithField implements VectorField {

    private final Replicator replicator;
    private final PayoffField payoffs;
    private final int[] offsets;
    private final int[] sizes;
    private final int n;
    private final double[] f;
    private final double[] df;
    private final double[] phi;
    private final double[] gradPhi;
    private final double[] r;
    private final double[] dr;
    private final double[] unused;
    private final StateSpace space;

    private MaynardSmithField(Replicator replicator, PayoffField payoffs, int[] offsets, int[] sizes) {
        this.replicator = replicator;
        this.payoffs = payoffs;
        this.offsets = offsets;
        this.sizes = sizes;
        this.n = offsets[offsets.length - 1];
        this.f = new double[payoffs.size()];
        this.df = new double[payoffs.size() * n];
        this.phi = new double[sizes.length];
        this.gradPhi = new double[sizes.length * n];
        this.r = new double[n];
        this.dr = new double[n * n];
        this.unused = new double[n];
        this.space = StateSpace.simplices(offsets);
    }

    static MaynardSmithField of(BoundGame bound) {
        Game game = bound.game();
        int[] offsets = game.offsets();
        int[] sizes = game.sizes();
        return new MaynardSmithField(Replicator.of(bound), PayoffField.of(bound), offsets, sizes);
    }

    @Override
    public int dimension() {
        return n;
    }

    /** φ_k = Σ_i x_i F_i (the last share 1 − Σ), and with {@code gradient} also ∇φ_k. */
    private void means(double[] x, boolean gradient) {
        int at = 0;
        for (int k = 0; k < sizes.length; k++) {
            int size = sizes[k];
            double last = 1;
            double mean = 0;
            for (int i = 0; i < size - 1; i++) {
                last -= x[offsets[k] + i];
                mean += x[offsets[k] + i] * f[at + i];
            }
            mean += last * f[at + size - 1];
            phi[k] = mean;
            if (gradient) {
                for (int j = 0; j < n; j++) {
                    double g = 0;
                    for (int i = 0; i < size - 1; i++) {
                        g += x[offsets[k] + i] * df[(at + i) * n + j];
                    }
                    g += last * df[(at + size - 1) * n + j];
                    if (j >= offsets[k] && j < offsets[k + 1]) {
                        g += f[at + j - offsets[k]] - f[at + size - 1];
                    }
                    gradPhi[k * n + j] = g;
                }
            }
            at += size;
        }
    }

    @Override
    public void derivative(double[] x, double[] out) {
        replicator.derivative(x, out);
        payoffs.payoffs(x, f);
        means(x, false);
        for (int k = 0; k < sizes.length; k++) {
            for (int c = offsets[k]; c < offsets[k + 1]; c++) {
                out[c] /= phi[k];
            }
        }
    }

    @Override
    public void jacobian(double[] x, double[] out) {
        derivativeAndJacobian(x, unused, out);
    }

    @Override
    public void derivativeAndJacobian(double[] x, double[] out, double[] jacobian) {
        replicator.derivativeAndJacobian(x, r, dr);
        payoffs.payoffsAndJacobian(x, f, df);
        means(x, true);
        for (int k = 0; k < sizes.length; k++) {
            double p = phi[k];
            for (int c = offsets[k]; c < offsets[k + 1]; c++) {
                for (int j = 0; j < n; j++) {
                    jacobian[c * n + j] = dr[c * n + j] / p - r[c] * gradPhi[k * n + j] / (p * p);
                }
                out[c] = r[c] / p;
            }
        }
    }

    @Override
    public StateSpace stateSpace() {
        return space;
    }

    @Override
    public MaynardSmithField copy() {
        return new MaynardSmithField(replicator.copy(), payoffs.copy(), offsets, sizes);
    }
}
