package org.egt4j.dynamics;

import java.util.ArrayList;
import java.util.List;
import org.egt4j.game.Game;

/**
 * The sliding mode of the best-response inclusion at a state where pure best replies would chatter
 * (Filippov 1988, <i>Differential Equations with Discontinuous Righthand Sides</i>, §2.4; for the best
 * response dynamic Hofbauer 1995): the path moves towards a mixed best reply b that keeps the tied
 * strategies tied. With payoffs affine in the state, along x(s) = b + (x₀ − b)s every advantage h =
 * F<sub>i</sub> − F<sub>j</sub> is h(b)(1 − s) + h(x₀)s, so two strategies tied at x₀ stay tied for
 * the whole segment exactly when they tie at b. For the tied sets T<sub>k</sub> at x₀, the supports
 * S<sub>k</sub> ⊆ T<sub>k</sub> are tried smallest first; the weights of b on S<sub>k</sub> solve the
 * linear system F<sub>k,i</sub>(b) = F<sub>k,i₀</sub>(b) (i ∈ S<sub>k</sub>), Σ<sub>i</sub> w<sub>k,i</sub>
 * = 1, with F(b) = F(x₀) + DF(b − x₀); a solution counts when its weights are non-negative, no tied
 * strategy outside S<sub>k</sub> beats S<sub>k</sub> at b (so it stays behind) and no other strategy
 * overtakes at once.
 */
final class Sliding {

    /** The largest number of support combinations tried. */
    private static final int MAX_COMBINATIONS = 4096;

    /** The mixed target, reduced coordinates. */
    final double[] point;

    /** A representative best reply per population (the lowest-index strategy of its support). */
    final int[] target;

    /** By payoff index: the strategies of a mixed support (never overtaking each other). */
    final boolean[] tied;

    private Sliding(double[] point, int[] target, boolean[] tied) {
        this.point = point;
        this.target = target;
        this.tied = tied;
    }

    /**
     * The sliding mode at a state, or null when there is none (no support gives a valid mixed target).
     *
     * @param game the game, payoffs affine in the state
     * @param payoffs its payoff field
     * @param x the state
     * @param f the payoffs at x
     */
    static Sliding find(Game game, PayoffField payoffs, double[] x, double[] f) {
        int n = game.dimension();
        int pops = game.populations().size();
        double[] value = new double[payoffs.size()];
        double[] jacobian = new double[payoffs.size() * n];
        payoffs.payoffsAndJacobian(x, value, jacobian);
        List<int[]> tiedSets = new ArrayList<>();
        long combinations = 1;
        for (int k = 0; k < pops; k++) {
            int at = payoffs.start(k);
            int m = game.populations().get(k).size();
            double best = Double.NEGATIVE_INFINITY;
            double scale = 1;
            for (int i = 0; i < m; i++) {
                best = Math.max(best, f[at + i]);
                scale = Math.max(scale, Math.abs(f[at + i]));
            }
            List<Integer> t = new ArrayList<>();
            for (int i = 0; i < m; i++) {
                if (f[at + i] >= best - 1e-10 * scale) {
                    t.add(i);
                }
            }
            tiedSets.add(t.stream().mapToInt(Integer::intValue).toArray());
            combinations *= (1L << t.size()) - 1;
            if (combinations > MAX_COMBINATIONS) {
                return null;
            }
        }
        // supports: per population a non-empty subset (bit mask) of its tied set, smallest total first
        List<int[]> masks = new ArrayList<>();
        enumerate(tiedSets, 0, new int[pops], masks);
        masks.sort(java.util.Comparator.comparingInt(Sliding::size));
        for (int[] mask : masks) {
            if (size(mask) == pops) {
                continue; // all pure: what chattered
            }
            Sliding s = solve(game, payoffs, x, value, jacobian, tiedSets, mask);
            if (s != null) {
                return s;
            }
        }
        return null;
    }

    private static void enumerate(List<int[]> tied, int k, int[] mask, List<int[]> out) {
        if (k == tied.size()) {
            out.add(mask.clone());
            return;
        }
        for (int bits = 1; bits < (1 << tied.get(k).length); bits++) {
            mask[k] = bits;
            enumerate(tied, k + 1, mask, out);
        }
    }

    private static int size(int[] mask) {
        int s = 0;
        for (int m : mask) {
            s += Integer.bitCount(m);
        }
        return s;
    }

    private static Sliding solve(
            Game game, PayoffField payoffs, double[] x, double[] f, double[] jac, List<int[]> tiedSets, int[] mask) {
        int n = game.dimension();
        int pops = game.populations().size();
        // the unknowns: the weights of every population's support, in population order
        List<int[]> unknowns = new ArrayList<>(); // {population, strategy}
        for (int k = 0; k < pops; k++) {
            int[] t = tiedSets.get(k);
            for (int q = 0; q < t.length; q++) {
                if ((mask[k] & (1 << q)) != 0) {
                    unknowns.add(new int[] {k, t[q]});
                }
            }
        }
        int u = unknowns.size();
        // b = Σ w·e (reduced: e of a last strategy is 0), F(b) = f + J(b − x) = c + Σ w·(J e)
        double[] c = f.clone();
        for (int r = 0; r < c.length; r++) {
            for (int a = 0; a < n; a++) {
                c[r] -= jac[r * n + a] * x[a];
            }
        }
        double[][] a = new double[u][u + 1];
        int row = 0;
        int first = 0;
        for (int k = 0; k < pops; k++) {
            int count = Integer.bitCount(mask[k]);
            int at = payoffs.start(k);
            for (int q = first; q < first + count; q++) {
                a[row][q] = 1;
            }
            a[row][u] = 1;
            row++;
            int i0 = unknowns.get(first)[1];
            for (int q = first + 1; q < first + count; q++) {
                int i = unknowns.get(q)[1];
                // F_{k,i}(b) − F_{k,i0}(b) = 0
                for (int v = 0; v < u; v++) {
                    int[] w = unknowns.get(v);
                    int coord = reduced(game, w[0], w[1]);
                    if (coord >= 0) {
                        a[row][v] = jac[(at + i) * n + coord] - jac[(at + i0) * n + coord];
                    }
                }
                a[row][u] = -(c[at + i] - c[at + i0]);
                row++;
            }
            first += count;
        }
        double[] w = gauss(a);
        if (w == null) {
            return null;
        }
        double[] b = new double[n];
        int[] target = new int[pops];
        boolean[] tied = new boolean[payoffs.size()];
        first = 0;
        for (int k = 0; k < pops; k++) {
            int count = Integer.bitCount(mask[k]);
            target[k] = unknowns.get(first)[1];
            for (int q = first; q < first + count; q++) {
                if (w[q] < -1e-12 || w[q] > 1 + 1e-12) {
                    return null;
                }
                double weight = Math.min(1, Math.max(0, w[q]));
                int coord = reduced(game, k, unknowns.get(q)[1]);
                if (coord >= 0) {
                    b[coord] = weight;
                }
                if (count > 1) {
                    tied[payoffs.start(k) + unknowns.get(q)[1]] = true;
                }
            }
            first += count;
        }
        double[] fb = new double[payoffs.size()];
        payoffs.payoffs(b, fb);
        for (int k = 0; k < pops; k++) {
            int at = payoffs.start(k);
            int i0 = target[k];
            double scale = 1 + Math.abs(fb[at + i0]);
            for (int i = 0; i < game.populations().get(k).size(); i++) {
                double db = fb[at + i] - fb[at + i0];
                if (tied[at + i] || i == i0) {
                    continue;
                }
                double d0 = f[at + i] - f[at + i0];
                // overtaking at s = d_b/(d_b − d_0): at once when it is 1 (a tied strategy gaining)
                if (db > 1e-12 * scale && db / (db - Math.min(d0, 0)) >= 1 - 1e-12) {
                    return null;
                }
            }
        }
        return new Sliding(b, target, tied);
    }

    /** The reduced coordinate of a strategy, or −1 for a population's last strategy. */
    private static int reduced(Game game, int k, int i) {
        return i < game.populations().get(k).size() - 1 ? game.offset(k) + i : -1;
    }

    /** Gaussian elimination with partial pivoting of an augmented u × (u + 1) system; null if singular. */
    private static double[] gauss(double[][] a) {
        int u = a.length;
        double norm = 0;
        for (double[] r : a) {
            for (double v : r) {
                norm = Math.max(norm, Math.abs(v));
            }
        }
        for (int col = 0; col < u; col++) {
            int p = col;
            for (int r = col + 1; r < u; r++) {
                if (Math.abs(a[r][col]) > Math.abs(a[p][col])) {
                    p = r;
                }
            }
            if (Math.abs(a[p][col]) <= 1e-12 * Math.max(1, norm)) {
                return null;
            }
            double[] tmp = a[p];
            a[p] = a[col];
            a[col] = tmp;
            for (int r = col + 1; r < u; r++) {
                double factor = a[r][col] / a[col][col];
                for (int q = col; q <= u; q++) {
                    a[r][q] -= factor * a[col][q];
                }
            }
        }
        double[] w = new double[u];
        for (int r = u - 1; r >= 0; r--) {
            double sum = a[r][u];
            for (int q = r + 1; q < u; q++) {
                sum -= a[r][q] * w[q];
            }
            w[r] = sum / a[r][r];
        }
        return w;
    }
}
