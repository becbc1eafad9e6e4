package org.egt4j.dynamics;

import org.egt4j.game.BoundGame;
import org.egt4j.game.Game;

/**
 * The logit dynamic evaluated from the compiled {@link PayoffField} with loops in Java: V<sub>k,i</sub>
 * = p<sub>k,i</sub> − x<sub>k,i</sub>, p<sub>k</sub> = softmax(F<sub>k</sub>/η), with the exact Jacobian
 * (1/η) p<sub>i</sub>(∂F<sub>i</sub> − Σ<sub>m</sub> p<sub>m</sub> ∂F<sub>m</sub>) − I. It is the fallback
 * for games too large to compile as one method, and the second implementation against which the
 * compiled kernel is tested. Allocation-free; single-threaded ({@link #copy()}).
 */
final class LogitField implements VectorField {

    private final PayoffField payoffs;
    private final double eta;
    private final int n;
    private final int[] offsets;
    private final int[] sizes;
    private final double[] f;
    private final double[] df;
    private final double[] p;
    private final StateSpace space;

    private LogitField(PayoffField payoffs, double eta, int[] offsets, int[] sizes) {
        this.payoffs = payoffs;
        this.eta = eta;
        this.offsets = offsets;
        this.sizes = sizes;
        this.n = offsets[offsets.length - 1];
        this.f = new double[payoffs.size()];
        this.df = new double[payoffs.size() * n];
        this.p = new double[payoffs.size()];
        this.space = StateSpace.simplices(offsets);
    }

    static LogitField of(BoundGame bound, double eta) {
        Game game = bound.game();
        int[] offsets = game.offsets();
        int[] sizes = game.sizes();
        return new LogitField(PayoffField.of(bound), eta, offsets, sizes);
    }

    @Override
    public int dimension() {
        return n;
    }

    /** p = softmax(F/η) per population, the largest payoff subtracted first. */
    private void choice() {
        int at = 0;
        for (int size : sizes) {
            double top = f[at];
            for (int i = 1; i < size; i++) {
                top = Math.max(top, f[at + i]);
            }
            double sum = 0;
            for (int i = 0; i < size; i++) {
                p[at + i] = Math.exp((f[at + i] - top) / eta);
                sum += p[at + i];
            }
            for (int i = 0; i < size; i++) {
                p[at + i] /= sum;
            }
            at += size;
        }
    }

    @Override
    public void derivative(double[] x, double[] out) {
        payoffs.payoffs(x, f);
        choice();
        write(x, out);
    }

    private void write(double[] x, double[] out) {
        int at = 0;
        for (int k = 0; k < sizes.length; k++) {
            for (int i = 0; i < sizes[k] - 1; i++) {
                out[offsets[k] + i] = p[at + i] - x[offsets[k] + i];
            }
            at += sizes[k];
        }
    }

    @Override
    public void jacobian(double[] x, double[] out) {
        payoffs.payoffsAndJacobian(x, f, df);
        choice();
        jacobian(out);
    }

    @Override
    public void derivativeAndJacobian(double[] x, double[] out, double[] jacobian) {
        payoffs.payoffsAndJacobian(x, f, df);
        choice();
        write(x, out);
        jacobian(jacobian);
    }

    private void jacobian(double[] out) {
        int at = 0;
        for (int k = 0; k < sizes.length; k++) {
            for (int j = 0; j < n; j++) {
                double mean = 0;
                for (int m = 0; m < sizes[k]; m++) {
                    mean += p[at + m] * df[(at + m) * n + j];
                }
                for (int i = 0; i < sizes[k] - 1; i++) {
                    int c = offsets[k] + i;
                    out[c * n + j] = p[at + i] * (df[(at + i) * n + j] - mean) / eta - (c == j ? 1 : 0);
                }
            }
            at += sizes[k];
        }
    }

    @Override
    public StateSpace stateSpace() {
        return space;
    }

    @Override
    public LogitField copy() {
        return new LogitField(payoffs.copy(), eta, offsets, sizes);
    }
}
