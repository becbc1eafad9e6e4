package org.egt4j.finite;

import org.egt4j.ModelException;

/**
 * The full Markov chain with mutation of several finite populations, over every combination of
 * compositions (one per population), and its stationary distribution; immutable result of {@link #of}.
 *
 * <p>Each step draws population p with probability N<sub>p</sub>/ΣN and applies the rule with mutation
 * of {@link FullChain} inside it, the payoffs of p's strategies being their expected payoffs against the
 * other populations' current shares ({@link FiniteGame#payoffs}). The states are numbered in mixed radix
 * (the first population varying slowest), so a one-player move stays within a band; the stationary
 * distribution is found by the banded GTH state reduction of {@link FullChain} (Grassmann, Taksar and
 * Heyman 1985), with the same budget of states and operations.
 *
 * @param strategies s<sub>p</sub> for each population
 * @param sizes N<sub>p</sub>
 * @param counts counts[t][p][i], the i-players of population p in state t
 * @param stationary π over the states, Σ π = 1
 * @param meanShares meanShares[p][i] = Σ<sub>t</sub> π<sub>t</sub> n<sub>p,i</sub>/N<sub>p</sub>
 * @param pureProfiles the pure profiles (one strategy per population), row-major
 * @param pureMass π on the state where every population plays its strategy of each pure profile
 */
public record FullGameChain(
        int[] strategies,
        int[] sizes,
        int[][][] counts,
        double[] stationary,
        double[][] meanShares,
        int[][] pureProfiles,
        double[] pureMass) {
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

    /**
     * The number of states: Π<sub>p</sub> C(N<sub>p</sub> + s<sub>p</sub> − 1, s<sub>p</sub> − 1).
     *
     * @param game the game
     * @return the count (a double, which may exceed any budget)
     */
    public static double stateCount(FiniteGame game) {
        int[] s = game.strategyCounts();
        double c = 1;
        for (int p = 0; p < s.length; p++) {
            c *= FullChain.stateCount(game.size(p), s[p]);
        }
        return c;
    }

    /**
     * Builds the chain with mutation and solves for its stationary distribution.
     *
     * @param game the populations, their process and intensity
     * @param mu the mutation probability, in (0, 1]
     * @return the stationary distribution and its summaries
     * @throws ModelException when μ is outside (0, 1] or the chain is over the budget of {@link FullChain}
     */
    public static FullGameChain of(FiniteGame game, double mu) {
        if (!(mu > 0 && mu <= 1)) {
            throw new ModelException(
                    "the full chain needs a mutation probability mu in (0, 1], not " + mu,
                    "with mu = 0 the chain is absorbed in a pure profile; use the small-mutation limit");
        }
        int[] strategies = game.strategyCounts();
        int k = strategies.length;
        int[] sizes = new int[k];
        long total = 0;
        for (int p = 0; p < k; p++) {
            sizes[p] = game.size(p);
            total += sizes[p];
        }
        CountStates space = CountStates.of(
                sizes,
                strategies,
                CountStates.everyStrategy(strategies),
                "the full chain of these populations",
                game.budget());
        double[] weight = new double[k];
        for (int p = 0; p < k; p++) {
            weight[p] = (double) sizes[p] / total;
        }
        int b = space.band;
        int n = space.states;
        double[][] q = new double[n][2 * b + 1];
        CountStates.Payoffs payoffs = game.statePayoffs();
        for (int t = 0; t < n; t++) {
            double[] row = q[t];
            int from = t;
            space.moves(game.process(), game.intensity(), weight, payoffs, t, mu, (to, prob) -> {
                row[to - from + b] += prob;
            });
        }
        double[] pi = FullChain.bandedGth(q, b);
        int[][][] counts = new int[n][][];
        double[][] mean = new double[k][];
        for (int p = 0; p < k; p++) {
            mean[p] = new double[strategies[p]];
        }
        int profiles = 1;
        for (int s : strategies) {
            profiles *= s;
        }
        int[][] pure = new int[profiles][];
        double[] mass = new double[profiles];
        for (int i = 0; i < profiles; i++) {
            pure[i] = game.normalForm().profile(i);
        }
        for (int t = 0; t < n; t++) {
            int[][] c = space.counts(t);
            counts[t] = new int[k][];
            int profile = 0;
            boolean isPure = true;
            for (int p = 0; p < k; p++) {
                counts[t][p] = c[p].clone();
                int at = -1;
                for (int i = 0; i < strategies[p]; i++) {
                    mean[p][i] += pi[t] * c[p][i] / sizes[p];
                    if (c[p][i] == sizes[p]) {
                        at = i;
                    }
                }
                isPure &= at >= 0;
                profile = profile * strategies[p] + Math.max(at, 0);
            }
            if (isPure) {
                mass[profile] += pi[t];
            }
        }
        return new FullGameChain(strategies, sizes, counts, pi, mean, pure, mass);
    }
}
