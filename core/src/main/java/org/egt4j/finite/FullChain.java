package org.egt4j.finite;

import org.egt4j.ModelException;

/**
 * The full Markov chain of one finite population with mutation, over every composition n = (n<sub>1</sub>,
 * ..., n<sub>s</sub>) of N, and its stationary distribution; immutable result of {@link #of}.
 *
 * <p>One step changes one player of strategy j into strategy i ≠ j with probability (Traulsen, Nowak and
 * Pacheco 2006; Nowak, Sasaki, Taylor and Fudenberg 2004, both with uniform mutation μ to each other
 * strategy equally):
 *
 * <ul>
 *   <li>pairwise comparison: the focal j (probability n<sub>j</sub>/N) mutates with probability μ to each
 *       other strategy with μ/(s − 1); otherwise it imitates a model i drawn among the N − 1 others with
 *       the Fermi probability: P = n<sub>j</sub>/N · [μ/(s − 1) + (1 − μ) n<sub>i</sub>/(N − 1) · 1/(1 +
 *       e<sup>−β(f<sub>i</sub> − f<sub>j</sub>)</sup>)];
 *   <li>Moran: a parent l drawn ∝ n<sub>l</sub>φ<sub>l</sub> (Φ = Σ n<sub>l</sub>φ<sub>l</sub>) has an
 *       offspring of its strategy with probability 1 − μ, else of each other strategy with μ/(s − 1), which
 *       replaces a uniformly drawn j: P = n<sub>j</sub>/N · [(1 − μ) n<sub>i</sub>φ<sub>i</sub>/Φ + μ/(s − 1)
 *       (Φ − n<sub>i</sub>φ<sub>i</sub>)/Φ].
 * </ul>
 *
 * <p>The states are ordered lexicographically in (n<sub>1</sub>, ..., n<sub>s−1</sub>); a step moves one
 * player, so every transition stays within a band of half-width b (b = N + 1 for three strategies), and
 * GTH state reduction (Grassmann, Taksar and Heyman 1985) keeps its fill inside that band: the stationary
 * distribution costs about S b² operations for S states, with no iteration and no tolerance. It works in
 * doubles (μ &gt; 0 keeps the chain irreducible; stationary probabilities below about 1e-308 underflow to
 * 0).
 *
 * @param strategies s
 * @param size N
 * @param counts counts[t] the composition of state t, in the lexicographic order
 * @param stationary π over the states, Σ π = 1
 * @param meanShares Σ<sub>t</sub> π<sub>t</sub> n<sub>t</sub>/N, one per strategy
 * @param monomorphicMass π on the s states where everyone plays one strategy, one per strategy
 */
public record FullChain(
        int strategies, int size, int[][] counts, double[] stationary, double[] meanShares, double[] monomorphicMass) {
    /**
     * Readable text for JShell and logs ({@link org.egt4j.Show#record}): the components with their
     * numbers to 6 significant digits, long arrays shortened to their first items and their count.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return org.egt4j.Show.record(this);
    }

    /** The most states {@link #of} accepts. */
    public static final int MAX_STATES = 100_000;

    /** The most work (states × band²) {@link #of} accepts: about ten seconds. */
    public static final double MAX_WORK = 1e10;

    /**
     * The number of states: the compositions of N into s parts, C(N + s − 1, s − 1).
     *
     * @param size N
     * @param strategies s
     * @return the count, saturating at {@link Long#MAX_VALUE}
     */
    public static long stateCount(int size, int strategies) {
        double c = 1;
        for (int i = 1; i < strategies; i++) {
            c = c * (size + i) / i;
        }
        return c >= Long.MAX_VALUE ? Long.MAX_VALUE : Math.round(c);
    }

    /**
     * Builds the chain of a population with mutation and solves for its stationary distribution.
     *
     * @param population the finite population (its process, N and intensity)
     * @param mu the mutation probability, in (0, 1]
     * @return the chain's stationary distribution and summaries
     * @throws ModelException when μ is outside (0, 1] or the chain has more states or work than the
     *     population's budget ({@link FinitePopulation#budget()}; by default {@link #MAX_STATES} states
     *     and {@link #MAX_WORK} operations)
     */
    public static FullChain of(FinitePopulation population, double mu) {
        if (!(mu > 0 && mu <= 1)) {
            throw new ModelException(
                    "the full chain needs a mutation probability mu in (0, 1], not " + mu,
                    "with mu = 0 the chain is absorbed in a monomorphic state; use the small-mutation limit");
        }
        int s = population.strategies();
        int n = population.size();
        long count = stateCount(n, s);
        int band = bandOf(n, s);
        double work = (double) count * band * band;
        population
                .budget()
                .checkChain(
                        "the full chain of " + s + " strategies at N = " + n,
                        count,
                        band,
                        work,
                        "use a smaller N or the small-mutation limit (mu -> 0)");
        int states = (int) count;
        int[][] counts = new int[states][];
        int[] c = new int[s];
        c[s - 1] = n;
        for (int t = 0; t < states; t++) {
            counts[t] = c.clone();
            next(c, n);
        }
        // band storage: q[i][j - i + band] for |i - j| <= band
        int width = 2 * band + 1;
        double[][] q = new double[states][width];
        int[] to = new int[s];
        for (int t = 0; t < states; t++) {
            int[] from = counts[t];
            double[] f = population.payoffs(from);
            for (int j = 0; j < s; j++) {
                if (from[j] == 0) {
                    continue;
                }
                for (int i = 0; i < s; i++) {
                    if (i == j) {
                        continue;
                    }
                    double p =
                            Rule.switchProbability(population.process(), population.intensity(), n, from, f, j, i, mu);
                    if (p > 0) {
                        System.arraycopy(from, 0, to, 0, s);
                        to[j]--;
                        to[i]++;
                        int u = index(to, n);
                        q[t][u - t + band] += p;
                    }
                }
            }
        }
        double[] pi = bandedGth(q, band);
        double[] mean = new double[s];
        double[] mono = new double[s];
        for (int t = 0; t < states; t++) {
            for (int i = 0; i < s; i++) {
                mean[i] += pi[t] * counts[t][i] / n;
                if (counts[t][i] == n) {
                    mono[i] += pi[t];
                }
            }
        }
        return new FullChain(s, n, counts, pi, mean, mono);
    }

    /** The lexicographic successor in (n_1, ..., n_{s-1}) with n_s = N - the rest; from (0, ..., 0, N). */
    static void next(int[] c, int n) {
        int s = c.length;
        // increment the last free coordinate that can grow, resetting those after it
        for (int k = s - 2; k >= 0; k--) {
            int rest = 0;
            for (int l = 0; l <= k; l++) {
                rest += c[l];
            }
            if (rest < n) {
                c[k]++;
                for (int l = k + 1; l < s - 1; l++) {
                    c[l] = 0;
                }
                int used = 0;
                for (int l = 0; l < s - 1; l++) {
                    used += c[l];
                }
                c[s - 1] = n - used;
                return;
            }
        }
    }

    /**
     * The lexicographic index of a composition: the number of compositions before it, counting for each
     * coordinate k the compositions with a smaller value there and equal values before.
     */
    static int index(int[] c, int n) {
        int s = c.length;
        long idx = 0;
        int left = n;
        for (int k = 0; k < s - 1; k++) {
            for (int v = 0; v < c[k]; v++) {
                idx += stateCount(left - v, s - 1 - k);
            }
            left -= c[k];
        }
        return (int) idx;
    }

    /** The largest |index(from) − index(to)| of a one-player move, bounded by moving one unit in n_1. */
    static int bandOf(int n, int s) {
        if (s == 2) {
            return 1;
        }
        // moving one unit of n_1 against the last strategy skips the block of compositions of the rest
        return (int) Math.min(Integer.MAX_VALUE / 4, stateCount(n, s - 1));
    }

    /** GTH on a banded matrix (off-diagonal entries within the band): fill stays in the band. */
    /** The unnormalised total past which the back-substitution rescales (headroom for one step's growth). */
    private static final double RESCALE = 1e150;

    static double[] bandedGth(double[][] q, int band) {
        int states = q.length;
        double[] sum = new double[states];
        for (int k = states - 1; k >= 1; k--) {
            double[] qk = q[k];
            double sk = 0;
            int lo = Math.max(0, k - band);
            for (int j = lo; j < k; j++) {
                sk += qk[j - k + band];
            }
            if (!(sk > 0)) {
                throw new IllegalStateException("state " + k + " leads to no lower state: the chain is reducible");
            }
            sum[k] = sk;
            for (int i = lo; i < k; i++) {
                double[] qi = q[i];
                double qik = qi[k - i + band];
                if (qik == 0) {
                    continue;
                }
                double f = qik / sk;
                for (int j = lo; j < k; j++) {
                    if (j != i) {
                        qi[j - i + band] += f * qk[j - k + band];
                    }
                }
            }
        }
        double[] pi = new double[states];
        pi[0] = 1;
        double total = 1;
        for (int k = 1; k < states; k++) {
            double v = 0;
            for (int i = Math.max(0, k - band); i < k; i++) {
                v += pi[i] * q[i][k - i + band];
            }
            pi[k] = v / sum[k];
            total += pi[k];
            if (total > RESCALE) {
                // the unnormalised weights grow like a product of rate ratios along the chain and overflowed
                // to Infinity (then NaN) from N ~ 5000 on: scale the ones so far down, ratios are kept
                double scale = 1 / total;
                for (int i = 0; i <= k; i++) {
                    pi[i] *= scale;
                }
                total = 1;
            }
        }
        for (int k = 0; k < states; k++) {
            pi[k] /= total;
        }
        return pi;
    }
}
