package org.egt4j.finite;

import org.hipparchus.fraction.BigFraction;

/**
 * One step of a {@link FiniteProcess} inside one population with mutation: the probability that a player of
 * strategy j becomes a player of strategy i ≠ j (formulas in {@link FullChain}), from the payoffs of the
 * current state. Shared by one population ({@link FinitePopulation}) and several ({@link FiniteGame}).
 */
final class Rule {

    private Rule() {}

    /**
     * The switch probability j → i in a population of N players.
     *
     * @param process the update rule
     * @param intensity β or w
     * @param size N
     * @param counts the population's counts, one per strategy, summing to N
     * @param f the payoff of each strategy in the current state (read only where the count is positive)
     * @param j the strategy that loses a player (n<sub>j</sub> ≥ 1)
     * @param i the strategy that gains it
     * @param mu the mutation probability, uniform over the other strategies
     * @return the probability
     */
    static double switchProbability(
            FiniteProcess process, double intensity, int size, int[] counts, double[] f, int j, int i, double mu) {
        int n = counts.length;
        double focal = (double) counts[j] / size;
        double spread = mu / (n - 1);
        if (process == FiniteProcess.PAIRWISE_COMPARISON) {
            double imitate =
                    counts[i] == 0 ? 0 : (double) counts[i] / (size - 1) / (1 + Math.exp(-intensity * (f[i] - f[j])));
            return focal * (spread + (1 - mu) * imitate);
        }
        double total = 0;
        double born = 0;
        for (int l = 0; l < n; l++) {
            if (counts[l] > 0) {
                double w = counts[l] * (1 - intensity + intensity * f[l]);
                total += w;
                if (l == i) {
                    born = w;
                }
            }
        }
        born /= total;
        return focal * ((1 - mu) * born + spread * (1 - born));
    }

    /**
     * The switch probability j → i without mutation in exact arithmetic, where the process is rational:
     * Moran (n<sub>j</sub>/N · n<sub>i</sub>φ<sub>i</sub>/Φ with φ = 1 − w + w·f) or neutral imitation
     * (β = 0: n<sub>j</sub>/N · n<sub>i</sub>/(N − 1) · 1/2).
     *
     * @param process the update rule
     * @param intensity w exactly (Moran), or 0 (pairwise comparison)
     * @param size N
     * @param counts the counts
     * @param f the exact payoffs (read only where the count is positive); null for neutral drift
     * @param j the losing strategy
     * @param i the gaining strategy
     * @return the exact probability
     */
    static BigFraction exactSwitch(
            FiniteProcess process, BigFraction intensity, int size, int[] counts, BigFraction[] f, int j, int i) {
        BigFraction focal = new BigFraction(counts[j], size);
        if (counts[i] == 0) {
            return BigFraction.ZERO;
        }
        if (process == FiniteProcess.PAIRWISE_COMPARISON) {
            return focal.multiply(new BigFraction(counts[i], 2L * (size - 1)));
        }
        BigFraction base = BigFraction.ONE.subtract(intensity);
        BigFraction total = BigFraction.ZERO;
        BigFraction born = BigFraction.ZERO;
        for (int l = 0; l < counts.length; l++) {
            if (counts[l] > 0) {
                BigFraction w = (f == null ? BigFraction.ONE : base.add(intensity.multiply(f[l]))).multiply(counts[l]);
                total = total.add(w);
                if (l == i) {
                    born = w;
                }
            }
        }
        return focal.multiply(born).divide(total);
    }
}
