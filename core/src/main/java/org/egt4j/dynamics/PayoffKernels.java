package org.egt4j.dynamics;

import java.util.ArrayList;
import java.util.List;
import org.egt4j.game.BoundGame;
import org.egt4j.game.Game;

/**
 * The compiled kernels of the dynamics computed from the payoffs alone: Smith, Brown–von Neumann–Nash,
 * projection and Maynard Smith, each a register program over the payoff registers F and DF ({@link
 * KernelCompiler.PayoffProgram}) with the same formulas as the Java loops of {@link SmithField}, {@link
 * BnnField}, {@link ProjectionField} and {@link MaynardSmithField} (which stay as the second
 * implementation the tests compare against, and as the fallback for games too large for one method).
 *
 * <p>Per population with shares s (the last share 1 − Σ of the reduced coordinates, so ∂s<sub>j</sub>/∂x<sub>c</sub>
 * = δ<sub>j,c−off</sub> − δ<sub>j,last</sub> for a coordinate c of the population and 0 otherwise),
 * φ = s·F, H the unit step with H(0) = 0 ({@link KernelCompiler#step(int)}):
 *
 * <ul>
 *   <li>Smith: V<sub>i</sub> = Σ<sub>j</sub> s<sub>j</sub>[F<sub>i</sub> − F<sub>j</sub>]<sub>+</sub> −
 *       s<sub>i</sub> Σ<sub>j</sub>[F<sub>j</sub> − F<sub>i</sub>]<sub>+</sub>, with [−d]<sub>+</sub> =
 *       [d]<sub>+</sub> − d (exact in floating point) so that each pair costs one max;
 *   <li>BNN: V<sub>i</sub> = [F<sub>i</sub> − φ]<sub>+</sub> − s<sub>i</sub> Σ<sub>j</sub>[F<sub>j</sub> −
 *       φ]<sub>+</sub>;
 *   <li>Maynard Smith: V<sub>i</sub> = s<sub>i</sub>(F<sub>i</sub> − φ)/φ;
 *   <li>projection: V<sub>i</sub> = a<sub>i</sub>(F<sub>i</sub> − λ) with the active set a<sub>i</sub> =
 *       H(max(s<sub>i</sub> − ε, F<sub>i</sub> − λ)) (used, or unused with a payoff above λ; ε = {@link
 *       StateSpace#ROUND_OFF}) and λ the mean of F over the active set. λ is found without sorting and
 *       without branches by the iteration from above (the idea of Michelot 1986, "A finite algorithm for
 *       finding the projection of a point onto the canonical simplex of R<sup>n</sup>", J. Optim. Theory
 *       Appl. 50): λ<sub>0</sub> = mean of all payoffs, λ<sub>t+1</sub> = mean of F over A<sub>t+1</sub> =
 *       supp ∪ {i : F<sub>i</sub> &gt; λ<sub>t</sub>}. With h(λ) = Σ<sub>supp</sub>(F<sub>i</sub> − λ) +
 *       Σ<sub>unused</sub>[F<sub>i</sub> − λ]<sub>+</sub> (decreasing, λ* its root, the KKT multiplier),
 *       h(λ<sub>0</sub>) ≥ Σ(F<sub>i</sub> − λ<sub>0</sub>) = 0, and λ<sub>t+1</sub> − λ<sub>t</sub> =
 *       h(λ<sub>t</sub>)/|A<sub>t+1</sub>|, so λ<sub>t</sub> rises to λ* without passing it and A<sub>t</sub>
 *       shrinks strictly until it stops, at λ*; from m strategies to a support of at least one that takes at
 *       most m − 1 steps, so A<sub>m−1</sub> is the fixed active set and its mean is λ* exactly (same
 *       active set as the sorted rule). The comparisons F<sub>j</sub> &gt; λ<sub>t</sub> are made as
 *       |A<sub>t</sub>|F<sub>j</sub> − Σ<sub>A<sub>t</sub></sub>F &gt; 0, so only the final mean divides;
 *       with two strategies the one step is written out without division (V<sub>0</sub> = a(F<sub>0</sub> −
 *       F<sub>1</sub>)/2, a the product of the two strategies' activity).
 * </ul>
 *
 * Jacobians: Smith and BNN as in their Java fields (one-sided, H(0) = 0, at kinks); Maynard Smith
 * ∂V<sub>i</sub> = (∂s<sub>i</sub>(F<sub>i</sub> − φ) + s<sub>i</sub>(∂F<sub>i</sub> − ∂φ))/φ −
 * V<sub>i</sub>∂φ/φ; projection ∂V<sub>i</sub> = a<sub>i</sub>(∂F<sub>i</sub> − mean<sub>A</sub> ∂F) with
 * the active set held fixed (exact on the interior, the derivative along the face on the boundary).
 */
final class PayoffKernels {

    /**
     * Largest Σ<sub>k</sub> n<sub>k</sub>² · n (pairs of strategies times coordinates, the size of the Smith
     * and projection Jacobian programs) compiled; larger games use the Java loops.
     */
    static final long MAX_WORK = 400_000;

    private PayoffKernels() {}

    /** Smith's field, compiled; {@code null} when too large. */
    static Kernel smith(BoundGame bound) {
        return compile(bound, new Smith(bound.game()));
    }

    /** The Brown–von Neumann–Nash field, compiled; {@code null} when too large. */
    static Kernel bnn(BoundGame bound) {
        return compile(bound, new Bnn(bound.game()));
    }

    /** The projection field, compiled; {@code null} when too large. */
    static Kernel projection(BoundGame bound) {
        return compile(bound, new Projection(bound.game()));
    }

    /** Maynard Smith's field, compiled; {@code null} when too large. */
    static Kernel maynardSmith(BoundGame bound) {
        return compile(bound, new MaynardSmithProgram(bound.game()));
    }

    /** The compiled field of a kernel, or the fallback when there is none. */
    static VectorField fieldOr(
            Kernel kernel, BoundGame bound, java.util.function.Function<BoundGame, VectorField> loops) {
        if (kernel == null) {
            return loops.apply(bound);
        }
        Game game = bound.game();
        return new KernelField(kernel, game.dimension(), StateSpace.simplices(game.offsets()));
    }

    private static Kernel compile(BoundGame bound, KernelCompiler.PayoffProgram program) {
        Game game = bound.game();
        long work = 0;
        for (int m : game.sizes()) {
            work += (long) m * m;
        }
        if (work * Math.max(1, game.dimension()) > MAX_WORK) {
            return null;
        }
        return KernelCompiler.compilePayoffProgram(bound, program);
    }

    /** The population layout and the helpers every program shares. */
    private abstract static class Program implements KernelCompiler.PayoffProgram {

        final int[] offsets;
        final int[] sizes;
        final int n;

        Program(Game game) {
            this.offsets = game.offsets();
            this.sizes = game.sizes();
            this.n = game.dimension();
        }

        /** Index of population k's first payoff in f. */
        final int start(int k) {
            int at = 0;
            for (int q = 0; q < k; q++) {
                at += sizes[q];
            }
            return at;
        }

        /** The share registers of population k, the last one 1 − Σ. */
        final int[] shares(KernelCompiler c, int[] x, int k) {
            int m = sizes[k];
            int[] s = new int[m];
            int sum = KernelCompiler.ZERO;
            for (int i = 0; i < m - 1; i++) {
                s[i] = x[offsets[k] + i];
                sum = c.add(sum, s[i]);
            }
            s[m - 1] = c.sub(c.constant(1.0), sum);
            return s;
        }

        /** φ = Σ s<sub>j</sub> F<sub>j</sub>. */
        static int mean(KernelCompiler c, int[] s, int[] f, int at) {
            int phi = KernelCompiler.ZERO;
            for (int j = 0; j < s.length; j++) {
                phi = c.add(phi, c.mul(s[j], f[at + j]));
            }
            return phi;
        }

        /** ∂φ/∂x<sub>col</sub> = Σ ∂s<sub>j</sub> F<sub>j</sub> + s<sub>j</sub> ∂F<sub>j</sub> for population k. */
        final int meanDerivative(KernelCompiler c, int[] s, int[] f, int[] df, int at, int k, int col) {
            int d = KernelCompiler.ZERO;
            for (int j = 0; j < s.length; j++) {
                d = c.add(d, c.mul(s[j], df[(at + j) * n + col]));
            }
            if (own(k, col)) {
                d = c.add(d, c.sub(f[at + col - offsets[k]], f[at + s.length - 1]));
            }
            return d;
        }

        /** Whether coordinate col belongs to population k. */
        final boolean own(int k, int col) {
            return col >= offsets[k] && col < offsets[k + 1];
        }

        @Override
        public final List<int[]> velocity(KernelCompiler c, int[] x, int[] f) {
            List<int[]> dx = new ArrayList<>();
            for (int k = 0; k < sizes.length; k++) {
                population(c, x, f, null, k, dx, null);
            }
            return dx;
        }

        @Override
        public final void velocityAndJacobian(
                KernelCompiler c, int[] x, int[] f, int[] df, List<int[]> dx, List<int[]> jac) {
            for (int k = 0; k < sizes.length; k++) {
                population(c, x, f, df, k, dx, jac);
            }
        }

        /**
         * Emits population k's velocity and, when {@code df} is given, its Jacobian rows.
         *
         * @param df the payoff derivatives, or {@code null} for the velocity only
         * @param jac the Jacobian stores, or {@code null}
         */
        abstract void population(KernelCompiler c, int[] x, int[] f, int[] df, int k, List<int[]> dx, List<int[]> jac);
    }

    /** Smith's dynamic. */
    private static final class Smith extends Program {

        Smith(Game game) {
            super(game);
        }

        @Override
        void population(KernelCompiler c, int[] x, int[] f, int[] df, int k, List<int[]> dx, List<int[]> jac) {
            int m = sizes[k];
            int at = start(k);
            int[] s = shares(c, x, k);
            // pos[i][j] = [F_i − F_j]₊; the pair's other half from [−d]₊ = [d]₊ − d.
            int[][] pos = new int[m][m];
            int[][] diff = new int[m][m];
            for (int i = 0; i < m; i++) {
                for (int j = i + 1; j < m; j++) {
                    int d = c.sub(f[at + i], f[at + j]);
                    diff[i][j] = d;
                    pos[i][j] = c.max(d, KernelCompiler.ZERO);
                    pos[j][i] = c.sub(pos[i][j], d);
                }
            }
            int[] outRate = new int[m];
            for (int i = 0; i < m - 1; i++) {
                int in = KernelCompiler.ZERO;
                int out = KernelCompiler.ZERO;
                for (int j = 0; j < m; j++) {
                    if (j != i) {
                        in = c.add(in, c.mul(s[j], pos[i][j]));
                        out = c.add(out, pos[j][i]);
                    }
                }
                outRate[i] = out;
                dx.add(new int[] {offsets[k] + i, c.sub(in, c.mul(s[i], out))});
            }
            if (df == null) {
                return;
            }
            // H(F_i − F_j) for i ≠ j; H(0) = 0 in both directions, as in SmithField.
            int[][] up = new int[m][m];
            for (int i = 0; i < m; i++) {
                for (int j = i + 1; j < m; j++) {
                    up[i][j] = c.step(diff[i][j]);
                    up[j][i] = c.step(c.sub(KernelCompiler.ZERO, diff[i][j]));
                }
            }
            for (int i = 0; i < m - 1; i++) {
                int row = offsets[k] + i;
                for (int col = 0; col < n; col++) {
                    int v = KernelCompiler.ZERO;
                    int dOut = KernelCompiler.ZERO;
                    for (int j = 0; j < m; j++) {
                        if (j == i) {
                            continue;
                        }
                        int dd = c.sub(df[(at + i) * n + col], df[(at + j) * n + col]);
                        v = c.add(v, c.mul(s[j], c.mul(up[i][j], dd)));
                        dOut = c.sub(dOut, c.mul(up[j][i], dd));
                    }
                    if (own(k, col)) {
                        int own = col - offsets[k];
                        if (own != i) {
                            v = c.add(v, pos[i][own]); // ∂s_own = +1
                        }
                        v = c.sub(v, pos[i][m - 1]); // ∂s_last = −1
                        if (own == i) {
                            v = c.sub(v, outRate[i]); // ∂s_i = +1
                        }
                    }
                    v = c.sub(v, c.mul(s[i], dOut));
                    jac.add(new int[] {row * n + col, v});
                }
            }
        }
    }

    /** The Brown–von Neumann–Nash dynamic. */
    private static final class Bnn extends Program {

        Bnn(Game game) {
            super(game);
        }

        @Override
        void population(KernelCompiler c, int[] x, int[] f, int[] df, int k, List<int[]> dx, List<int[]> jac) {
            int m = sizes[k];
            int at = start(k);
            int[] s = shares(c, x, k);
            int phi = mean(c, s, f, at);
            int[] excess = new int[m];
            int[] pos = new int[m];
            int total = KernelCompiler.ZERO;
            for (int j = 0; j < m; j++) {
                excess[j] = c.sub(f[at + j], phi);
                pos[j] = c.max(excess[j], KernelCompiler.ZERO);
                total = c.add(total, pos[j]);
            }
            for (int i = 0; i < m - 1; i++) {
                dx.add(new int[] {offsets[k] + i, c.sub(pos[i], c.mul(s[i], total))});
            }
            if (df == null) {
                return;
            }
            int[] h = new int[m];
            for (int j = 0; j < m; j++) {
                h[j] = c.step(excess[j]);
            }
            for (int col = 0; col < n; col++) {
                int dPhi = meanDerivative(c, s, f, df, at, k, col);
                int[] dExcess = new int[m];
                int dTotal = KernelCompiler.ZERO;
                for (int j = 0; j < m; j++) {
                    dExcess[j] = c.sub(df[(at + j) * n + col], dPhi);
                    dTotal = c.add(dTotal, c.mul(h[j], dExcess[j]));
                }
                for (int i = 0; i < m - 1; i++) {
                    int v = c.sub(c.mul(h[i], dExcess[i]), c.mul(s[i], dTotal));
                    if (col == offsets[k] + i) {
                        v = c.sub(v, total); // ∂s_i = +1
                    }
                    jac.add(new int[] {(offsets[k] + i) * n + col, v});
                }
            }
        }
    }

    /** The projection dynamic. */
    private static final class Projection extends Program {

        Projection(Game game) {
            super(game);
        }

        @Override
        void population(KernelCompiler c, int[] x, int[] f, int[] df, int k, List<int[]> dx, List<int[]> jac) {
            int m = sizes[k];
            if (m < 2) {
                return; // no coordinate
            }
            int at = start(k);
            int[] s = shares(c, x, k);
            if (m == 2) {
                twoStrategies(c, s, f, df, k, at, dx, jac);
                return;
            }
            int[] margin = new int[m]; // > 0 exactly on the support
            int sum = KernelCompiler.ZERO;
            for (int j = 0; j < m; j++) {
                margin[j] = c.sub(s[j], c.constant(StateSpace.ROUND_OFF));
                sum = c.add(sum, f[at + j]);
            }
            // A_{t+1} = supp ∪ {F_j > λ_t} with λ_t = num/count compared as count·F_j − num > 0 (count ≥ 1),
            // so that only the last λ needs a division; A_{m−1} is already the fixed point A*.
            int num = sum;
            int count = c.constant(m);
            int[] active = new int[m];
            for (int t = 0; t < m - 1; t++) {
                int weighted = KernelCompiler.ZERO;
                int members = KernelCompiler.ZERO;
                for (int j = 0; j < m; j++) {
                    active[j] = c.either(margin[j], c.sub(c.mul(count, f[at + j]), num));
                    weighted = c.add(weighted, c.mul(active[j], f[at + j]));
                    members = c.add(members, active[j]);
                }
                num = weighted;
                count = members;
            }
            int inverse = c.div(c.constant(1.0), count);
            int lambda = c.mul(num, inverse);
            for (int i = 0; i < m - 1; i++) {
                dx.add(new int[] {offsets[k] + i, c.mul(active[i], c.sub(f[at + i], lambda))});
            }
            if (df == null) {
                return;
            }
            for (int col = 0; col < n; col++) {
                int mean = KernelCompiler.ZERO;
                for (int j = 0; j < m; j++) {
                    mean = c.add(mean, c.mul(active[j], df[(at + j) * n + col]));
                }
                mean = c.mul(mean, inverse);
                for (int i = 0; i < m - 1; i++) {
                    jac.add(new int[] {(offsets[k] + i) * n + col, c.mul(active[i], c.sub(df[(at + i) * n + col], mean))
                    });
                }
            }
        }

        /**
         * The projection with two strategies, the iteration written out: with d = F<sub>0</sub> −
         * F<sub>1</sub>, both used gives V<sub>0</sub> = d/2; only strategy 0 used, strategy 1 joins
         * A<sub>1</sub> iff F<sub>1</sub> &gt; (F<sub>0</sub> + F<sub>1</sub>)/2, i.e. −d &gt; 0, and then V<sub>0</sub>
         * = d/2, else 0; symmetrically for only 1 used. So V<sub>0</sub> = a·d/2 with a = H(max(s<sub>0</sub> −
         * ε, d))·H(max(s<sub>1</sub> − ε, −d)), and ∂V<sub>0</sub> = a(∂F<sub>0</sub> − ∂F<sub>1</sub>)/2.
         */
        private void twoStrategies(
                KernelCompiler c, int[] s, int[] f, int[] df, int k, int at, List<int[]> dx, List<int[]> jac) {
            int epsilon = c.constant(StateSpace.ROUND_OFF);
            int d = c.sub(f[at], f[at + 1]);
            int a = c.mul(
                    c.either(c.sub(s[0], epsilon), d), c.either(c.sub(s[1], epsilon), c.sub(KernelCompiler.ZERO, d)));
            int half = c.constant(0.5);
            int row = offsets[k];
            dx.add(new int[] {row, c.mul(a, c.mul(d, half))});
            if (df == null) {
                return;
            }
            for (int col = 0; col < n; col++) {
                int dd = c.sub(df[at * n + col], df[(at + 1) * n + col]);
                jac.add(new int[] {row * n + col, c.mul(a, c.mul(dd, half))});
            }
        }
    }

    /** Maynard Smith's dynamic. */
    private static final class MaynardSmithProgram extends Program {

        MaynardSmithProgram(Game game) {
            super(game);
        }

        @Override
        void population(KernelCompiler c, int[] x, int[] f, int[] df, int k, List<int[]> dx, List<int[]> jac) {
            int m = sizes[k];
            int at = start(k);
            int[] s = shares(c, x, k);
            int phi = mean(c, s, f, at);
            int inverse = c.div(c.constant(1.0), phi);
            int[] v = new int[m - 1];
            for (int i = 0; i < m - 1; i++) {
                v[i] = c.mul(c.mul(s[i], c.sub(f[at + i], phi)), inverse);
                dx.add(new int[] {offsets[k] + i, v[i]});
            }
            if (df == null) {
                return;
            }
            for (int col = 0; col < n; col++) {
                int dPhi = meanDerivative(c, s, f, df, at, k, col);
                for (int i = 0; i < m - 1; i++) {
                    int d = c.mul(s[i], c.sub(df[(at + i) * n + col], dPhi));
                    if (col == offsets[k] + i) {
                        d = c.add(d, c.sub(f[at + i], phi)); // ∂s_i = +1
                    }
                    int entry = c.sub(c.mul(d, inverse), c.mul(v[i], c.mul(dPhi, inverse)));
                    jac.add(new int[] {(offsets[k] + i) * n + col, entry});
                }
            }
        }
    }
}
