package org.egt4j.finite;

import java.util.Arrays;

/**
 * Stationary distributions of finite irreducible Markov chains by the state reduction of Grassmann,
 * Taksar and Heyman ("Regenerative analysis and steady state distributions for Markov chains",
 * Operations Research 33, 1985), carried out on logarithms.
 *
 * <p>GTH eliminates states n − 1, ..., 1 in turn: with s<sub>k</sub> = Σ<sub>j&lt;k</sub> p<sub>kj</sub>,
 * every p<sub>ij</sub> with i, j &lt; k gains p<sub>ik</sub> p<sub>kj</sub>/s<sub>k</sub>; then π<sub>0</sub>
 * = 1 and π<sub>k</sub> = Σ<sub>i&lt;k</sub> π<sub>i</sub> p<sub>ik</sub>/s<sub>k</sub>, normalised. It
 * only adds, multiplies and divides positive numbers (no subtraction, so no cancellation) and uses only
 * the off-diagonal entries. Here every quantity is held as its logarithm and sums are log-sum-exps, so
 * transition probabilities far below the smallest double (fixation probabilities of 1e-400) keep their
 * weight. Cost: n³/3 log-additions.
 */
public final class Gth {

    private Gth() {}

    /**
     * The stationary distribution of a row-stochastic matrix.
     *
     * @param p p[i][j] the probability of a step from i to j (the diagonal is ignored)
     * @return π with π P = π and Σ π = 1
     * @throws IllegalArgumentException when the matrix is not square, has a negative or non-finite
     *     entry, or the chain is not irreducible
     */
    public static double[] stationary(double[][] p) {
        int n = p.length;
        double[][] lp = new double[n][n];
        for (int i = 0; i < n; i++) {
            if (p[i].length != n) {
                throw new IllegalArgumentException("row " + i + " has " + p[i].length + " entries, not " + n);
            }
            for (int j = 0; j < n; j++) {
                if (!(p[i][j] >= 0) || !Double.isFinite(p[i][j])) {
                    throw new IllegalArgumentException("entry (" + i + ", " + j + ") is " + p[i][j]);
                }
                lp[i][j] = Math.log(p[i][j]);
            }
        }
        double[] l = logStationary(lp);
        double[] pi = new double[n];
        for (int i = 0; i < n; i++) {
            pi[i] = Math.exp(l[i]);
        }
        return pi;
    }

    /**
     * The logarithm of the stationary distribution of a chain given by the logarithms of its
     * off-diagonal transition probabilities (or of rates proportional to them: a common factor cancels).
     *
     * @param logP logP[i][j] = ln p<sub>ij</sub> for i ≠ j, −∞ where there is no transition; the diagonal
     *     is ignored; not modified
     * @return ln π, with Σ π = 1 (−∞ where π is 0)
     * @throws IllegalArgumentException when the chain is not irreducible (a state that cannot be left
     *     toward lower-numbered states once the higher ones are eliminated)
     */
    public static double[] logStationary(double[][] logP) {
        int n = logP.length;
        double[][] q = new double[n][];
        for (int i = 0; i < n; i++) {
            q[i] = logP[i].clone();
        }
        double[] s = new double[n];
        for (int k = n - 1; k >= 1; k--) {
            double sk = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < k; j++) {
                sk = LogMath.add(sk, q[k][j]);
            }
            if (sk == Double.NEGATIVE_INFINITY || Double.isNaN(sk)) {
                throw new IllegalArgumentException("the chain is not irreducible: state " + k
                        + " leads to no lower-numbered state after reduction");
            }
            s[k] = sk;
            for (int i = 0; i < k; i++) {
                double qik = q[i][k];
                if (qik == Double.NEGATIVE_INFINITY) {
                    continue;
                }
                double[] qi = q[i];
                double[] qk = q[k];
                for (int j = 0; j < k; j++) {
                    if (j != i && qk[j] != Double.NEGATIVE_INFINITY) {
                        qi[j] = LogMath.add(qi[j], qik + qk[j] - sk);
                    }
                }
            }
        }
        double[] pi = new double[n];
        Arrays.fill(pi, Double.NEGATIVE_INFINITY);
        pi[0] = 0;
        double total = 0;
        for (int k = 1; k < n; k++) {
            double v = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < k; i++) {
                v = LogMath.add(v, pi[i] + q[i][k]);
            }
            pi[k] = v - s[k];
            total = LogMath.add(total, pi[k]);
        }
        for (int k = 0; k < n; k++) {
            pi[k] -= total;
        }
        return pi;
    }
}
