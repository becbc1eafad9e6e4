package org.egt4j.dynamics;

import org.egt4j.game.BoundGame;
import org.egt4j.game.Game;

/**
 * The common frame of the non-imitative dynamics computed from the compiled {@link PayoffField} with
 * loops in Java (Smith, Brown–von Neumann–Nash, projection): it evaluates F(x) (and DF(x)), recovers the
 * full shares s<sub>k,i</sub> of every population (the last share 1 − Σ of the others), and lets the
 * dynamic write each population's velocity and its rows of the Jacobian. In reduced coordinates the
 * share of strategy j of population k depends on coordinate c of the same population by ∂s<sub>j</sub>/∂x<sub>c</sub>
 * = δ<sub>jc</sub> − δ<sub>j,last</sub> ({@link #shareDerivative}) and on no other coordinate.
 * Allocation-free; single-threaded ({@link #copy()}).
 */
abstract class PayoffDrivenField implements VectorField {

    /** The payoff field F, DF. */
    final PayoffField payoffs;
    /** offsets[k]: population k's first reduced coordinate; offsets[pops] = n. */
    final int[] offsets;
    /** sizes[k]: population k's number of strategies. */
    final int[] sizes;
    /** The state dimension. */
    final int n;
    /** F(x), all strategies in population order. */
    final double[] f;
    /** DF(x), row-major (Σ sizes) × n. */
    final double[] df;
    /** The full shares, laid out like f. */
    final double[] s;

    private final StateSpace space;

    PayoffDrivenField(PayoffField payoffs, int[] offsets, int[] sizes) {
        this.payoffs = payoffs;
        this.offsets = offsets;
        this.sizes = sizes;
        this.n = offsets[offsets.length - 1];
        this.f = new double[payoffs.size()];
        this.df = new double[payoffs.size() * n];
        this.s = new double[payoffs.size()];
        this.space = StateSpace.simplices(offsets);
    }

    /** Population offsets and sizes of a game, {offsets, sizes}. */
    static int[][] layout(BoundGame bound) {
        Game game = bound.game();
        int[] offsets = game.offsets();
        int[] sizes = game.sizes();
        return new int[][] {offsets, sizes};
    }

    @Override
    public final int dimension() {
        return n;
    }

    @Override
    public final StateSpace stateSpace() {
        return space;
    }

    private void shares(double[] x) {
        int at = 0;
        for (int k = 0; k < sizes.length; k++) {
            int m = sizes[k];
            double last = 1;
            for (int i = 0; i < m - 1; i++) {
                s[at + i] = x[offsets[k] + i];
                last -= s[at + i];
            }
            s[at + m - 1] = last;
            at += m;
        }
    }

    @Override
    public final void derivative(double[] x, double[] out) {
        payoffs.payoffs(x, f);
        shares(x);
        writeAll(out);
    }

    private void writeAll(double[] out) {
        int at = 0;
        for (int k = 0; k < sizes.length; k++) {
            velocity(at, sizes[k], offsets[k], out);
            at += sizes[k];
        }
    }

    @Override
    public final void jacobian(double[] x, double[] out) {
        payoffs.payoffsAndJacobian(x, f, df);
        shares(x);
        jacobianAll(out);
    }

    @Override
    public final void derivativeAndJacobian(double[] x, double[] out, double[] jacobian) {
        payoffs.payoffsAndJacobian(x, f, df);
        shares(x);
        writeAll(out);
        jacobianAll(jacobian);
    }

    private void jacobianAll(double[] out) {
        int at = 0;
        for (int k = 0; k < sizes.length; k++) {
            velocityJacobian(at, sizes[k], offsets[k], offsets[k + 1], out);
            at += sizes[k];
        }
    }

    /**
     * ∂s<sub>at+j</sub>/∂x<sub>c</sub> for a population whose reduced coordinates are [from, to).
     *
     * @param j the local strategy index
     * @param m the population's number of strategies
     * @param from its first reduced coordinate
     * @param to one past its last
     * @param c a reduced coordinate
     * @return 1, −1 or 0
     */
    static double shareDerivative(int j, int m, int from, int to, int c) {
        if (c < from || c >= to) {
            return 0;
        }
        if (j == m - 1) {
            return -1;
        }
        return j == c - from ? 1 : 0;
    }

    /**
     * Writes one population's velocity in reduced coordinates, out[off + i] for i &lt; m − 1, from
     * {@link #f} and {@link #s} at [at, at + m).
     *
     * @param at the population's first index in f and s
     * @param m its number of strategies
     * @param off its first reduced coordinate
     * @param out the velocity
     */
    abstract void velocity(int at, int m, int off, double[] out);

    /**
     * Writes one population's rows of the Jacobian, out[(off + i)·n + c], from {@link #f}, {@link #df}
     * and {@link #s}.
     *
     * @param at the population's first index in f and s
     * @param m its number of strategies
     * @param off its first reduced coordinate
     * @param end one past its last reduced coordinate
     * @param out the Jacobian, row-major n × n
     */
    abstract void velocityJacobian(int at, int m, int off, int end, double[] out);
}
