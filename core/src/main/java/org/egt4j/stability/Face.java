package org.egt4j.stability;

import java.util.ArrayList;
import java.util.List;

/**
 * One face of the product of simplices Δ<sub>n_1</sub> × … × Δ<sub>n_K</sub>: a non-empty support
 * S<sub>k</sub> per population (bit s of {@code masks[k]} set iff strategy s is in S<sub>k</sub>), with its
 * affine parametrization in reduced coordinates x<sub>c</sub> = a<sub>c</sub> + Σ<sub>t</sub>
 * b<sub>c,t</sub> u<sub>t</sub>.
 *
 * <p>With d<sub>k</sub> the last strategy of S<sub>k</sub>, the unknowns u are the shares of S<sub>k</sub>
 * \ {d<sub>k</sub>} of the populations that mix (|S<sub>k</sub>| ≥ 2), population by population in
 * strategy order, and x<sub>d_k</sub> = 1 − Σ of them; shares outside the support are 0. Reduced
 * coordinates leave out each population's last strategy, so a row of b is 0, ±1.
 */
final class Face {

    final int[] masks;
    final int[] sizes;
    final int[] offsets;
    /** d<sub>k</sub>, the last strategy of each support. */
    final int[] dependent;
    /** {population, strategy} of each unknown. */
    final List<int[]> unknowns = new ArrayList<>();

    final double[] a;
    final double[][] b;
    /** The number of unknowns (the face's dimension). */
    final int m;

    /**
     * The face with the given supports.
     *
     * @param sizes n<sub>k</sub>, the strategies of each population
     * @param offsets offsets[k] = the first reduced coordinate of population k (offsets[K] = dimension)
     * @param masks the supports as bit sets (copied)
     */
    Face(int[] sizes, int[] offsets, int[] masks) {
        int pops = sizes.length;
        int n = offsets[pops];
        this.masks = masks.clone();
        this.sizes = sizes;
        this.offsets = offsets;
        this.dependent = new int[pops];
        this.a = new double[n];
        for (int k = 0; k < pops; k++) {
            int d = 31 - Integer.numberOfLeadingZeros(masks[k]);
            dependent[k] = d;
            if (Integer.bitCount(masks[k]) >= 2) {
                for (int s = 0; s < d; s++) {
                    if ((masks[k] & (1 << s)) != 0) {
                        unknowns.add(new int[] {k, s});
                    }
                }
            }
        }
        m = unknowns.size();
        b = new double[n][m];
        for (int k = 0; k < pops; k++) {
            int d = dependent[k];
            if (d < sizes[k] - 1) {
                a[offsets[k] + d] = 1;
            }
        }
        for (int t = 0; t < m; t++) {
            int k = unknowns.get(t)[0];
            int s = unknowns.get(t)[1];
            b[offsets[k] + s][t] = 1;
            if (dependent[k] < sizes[k] - 1) {
                b[offsets[k] + dependent[k]][t] = -1;
            }
        }
    }

    /** {@return the number of populations} */
    int populations() {
        return sizes.length;
    }

    /** {@return the dimension of the reduced coordinates} */
    int dimension() {
        return a.length;
    }

    /**
     * Whether population k mixes on this face.
     *
     * @param k a population
     * @return |S<sub>k</sub>| ≥ 2
     */
    boolean mixing(int k) {
        return Integer.bitCount(masks[k]) >= 2;
    }

    /**
     * Whether strategy s of population k is in the support.
     *
     * @param k a population
     * @param s a strategy of k
     * @return s ∈ S<sub>k</sub>
     */
    boolean inSupport(int k, int s) {
        return (masks[k] & (1 << s)) != 0;
    }

    /**
     * The reduced coordinates at u.
     *
     * @param u the face's unknowns
     * @return x = a + b u
     */
    double[] x(double[] u) {
        int n = a.length;
        double[] x = a.clone();
        for (int c = 0; c < n; c++) {
            for (int t = 0; t < m; t++) {
                x[c] += b[c][t] * u[t];
            }
        }
        return x;
    }

    /**
     * Shares of every population at u, as full vectors (the last share is 1 − the others).
     *
     * @param u the face's unknowns
     * @return shares[k][i]
     */
    double[][] shares(double[] u) {
        double[] x = x(u);
        int pops = sizes.length;
        double[][] s = new double[pops][];
        for (int k = 0; k < pops; k++) {
            s[k] = new double[sizes[k]];
            double sum = 0;
            for (int i = 0; i < sizes[k] - 1; i++) {
                s[k][i] = x[offsets[k] + i];
                sum += s[k][i];
            }
            s[k][sizes[k] - 1] = 1 - sum;
        }
        return s;
    }

    /** {@return support[k] = the strategies of S<sub>k</sub> in increasing order} */
    int[][] support() {
        int pops = sizes.length;
        int[][] sup = new int[pops][];
        for (int k = 0; k < pops; k++) {
            sup[k] = new int[Integer.bitCount(masks[k])];
            int j = 0;
            for (int s = 0; s < sizes[k]; s++) {
                if (inSupport(k, s)) {
                    sup[k][j++] = s;
                }
            }
        }
        return sup;
    }

    /**
     * The smallest share of a support strategy at u; the face's relative interior is where it is &gt; 0.
     *
     * @param u the face's unknowns
     * @return min over k and s ∈ S<sub>k</sub> of x<sub>k,s</sub>
     */
    double minSupportShare(double[] u) {
        double[][] s = shares(u);
        double min = Double.POSITIVE_INFINITY;
        for (int k = 0; k < sizes.length; k++) {
            for (int i = 0; i < sizes[k]; i++) {
                if (inSupport(k, i)) {
                    min = Math.min(min, s[k][i]);
                }
            }
        }
        return min;
    }
}
