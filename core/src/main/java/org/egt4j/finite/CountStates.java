package org.egt4j.finite;

import org.egt4j.ModelException;
import org.hipparchus.fraction.BigFraction;

/**
 * The states of one or several finite populations as counts: for each population p a composition of
 * N<sub>p</sub> over the strategies of a support (the strategies that may be present), numbered in
 * mixed radix (the first population varying slowest, each population's compositions in the
 * lexicographic order of {@link FullChain}). A step changes one population by one player, so every
 * transition stays within a band of half-width max<sub>p</sub> b<sub>p</sub> · stride<sub>p</sub>, which
 * is what the banded eliminations of {@link FullChain} and {@link Absorption} exploit.
 */
final class CountStates {

    /** The payoffs of the strategies of one population in a state of counts. */
    interface Payoffs {
        /**
         * The payoffs of population p.
         *
         * @param p the population
         * @param counts the state, counts[p][i] over every strategy of every population
         * @return one payoff per strategy of p (read only where the count is positive)
         */
        double[] of(int p, int[][] counts);

        /**
         * The exact payoffs, or null when they are not rational.
         *
         * @param p the population
         * @param counts the state
         * @return one exact payoff per strategy of p, or null
         */
        BigFraction[] exactOf(int p, int[][] counts);
    }

    final int[] sizes;
    final int[] strategies;
    /** support[p] the strategy indices that may be present in p, increasing. */
    final int[][] support;
    /** compositions[p][c] the full-length counts of p's composition c. */
    final int[][][] compositions;

    final long[] stride;
    final int states;
    final int band;

    private CountStates(
            int[] sizes,
            int[] strategies,
            int[][] support,
            int[][][] compositions,
            long[] stride,
            int states,
            int band) {
        this.sizes = sizes;
        this.strategies = strategies;
        this.support = support;
        this.compositions = compositions;
        this.stride = stride;
        this.states = states;
        this.band = band;
    }

    /**
     * The state space over the given supports, within the budget of {@link FullChain}.
     *
     * @param sizes N<sub>p</sub>
     * @param strategies s<sub>p</sub>, the number of strategies of p
     * @param support the strategies of p that may be present (non-empty, increasing)
     * @param what the name of the computation, for the over-budget message
     * @param budget the states budget
     * @return the space
     * @throws ModelException over the budget's states or operations
     */
    static CountStates of(int[] sizes, int[] strategies, int[][] support, String what, FiniteBudget budget) {
        int k = sizes.length;
        long[] counts = new long[k];
        double total = 1;
        for (int p = 0; p < k; p++) {
            counts[p] = FullChain.stateCount(sizes[p], support[p].length);
            total *= counts[p];
        }
        long[] stride = new long[k];
        double band = 0;
        double s = 1;
        for (int p = k - 1; p >= 0; p--) {
            stride[p] = (long) Math.min(s, Long.MAX_VALUE / 2);
            double bp = support[p].length < 2 ? 0 : FullChain.bandOf(sizes[p], support[p].length);
            band = Math.max(band, bp * s);
            s *= counts[p];
        }
        double work = total * band * band;
        budget.checkChain(
                what,
                total,
                band,
                work,
                "use smaller populations or fewer strategies, or the small-mutation limit (mu -> 0)");
        int[][][] comps = new int[k][][];
        for (int p = 0; p < k; p++) {
            int m = support[p].length;
            comps[p] = new int[(int) counts[p]][];
            int[] c = new int[m];
            c[m - 1] = sizes[p];
            for (int t = 0; t < counts[p]; t++) {
                int[] full = new int[strategies[p]];
                for (int i = 0; i < m; i++) {
                    full[support[p][i]] = c[i];
                }
                comps[p][t] = full;
                if (m > 1) {
                    FullChain.next(c, sizes[p]);
                }
            }
        }
        return new CountStates(sizes.clone(), strategies.clone(), support, comps, stride, (int) total, (int) band);
    }

    /** The supports of every strategy: the whole space. */
    static int[][] everyStrategy(int[] strategies) {
        int[][] support = new int[strategies.length][];
        for (int p = 0; p < strategies.length; p++) {
            support[p] = new int[strategies[p]];
            for (int i = 0; i < strategies[p]; i++) {
                support[p][i] = i;
            }
        }
        return support;
    }

    /** The counts of state t, one full-length array per population (shared arrays: do not modify). */
    int[][] counts(int t) {
        int k = sizes.length;
        int[][] c = new int[k][];
        long r = t;
        for (int p = 0; p < k; p++) {
            c[p] = compositions[p][(int) (r / stride[p])];
            r %= stride[p];
        }
        return c;
    }

    /** The index of a state whose counts lie in the supports. */
    int index(int[][] counts) {
        long idx = 0;
        for (int p = 0; p < sizes.length; p++) {
            int m = support[p].length;
            int[] sub = new int[m];
            for (int i = 0; i < m; i++) {
                sub[i] = counts[p][support[p][i]];
            }
            idx += (m < 2 ? 0 : FullChain.index(sub, sizes[p])) * stride[p];
        }
        return (int) idx;
    }

    /** {@return whether every population of state t is monomorphic} */
    boolean pure(int t) {
        int[][] c = counts(t);
        for (int p = 0; p < c.length; p++) {
            for (int v : c[p]) {
                if (v != 0 && v != sizes[p]) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Every one-player move out of a state with its probability: population p drawn with weight[p], one
     * of its j-players becomes an i-player.
     *
     * @param process the rule
     * @param intensity β or w
     * @param weight the probability of drawing each population
     * @param payoffs the payoffs
     * @param t the state
     * @param mu the mutation probability
     * @param sink receives (target state, probability) for each move with positive probability
     */
    void moves(
            FiniteProcess process,
            double intensity,
            double[] weight,
            Payoffs payoffs,
            int t,
            double mu,
            MoveSink sink) {
        int[][] from = counts(t);
        int[][] to = from.clone();
        for (int p = 0; p < sizes.length; p++) {
            if (support[p].length < 2) {
                continue;
            }
            double[] f = payoffs.of(p, from);
            int[] base = from[p];
            int[] moved = base.clone();
            to[p] = moved;
            for (int j : support[p]) {
                if (base[j] == 0) {
                    continue;
                }
                for (int i : support[p]) {
                    if (i == j) {
                        continue;
                    }
                    double prob = weight[p] * Rule.switchProbability(process, intensity, sizes[p], base, f, j, i, mu);
                    if (prob > 0) {
                        moved[j]--;
                        moved[i]++;
                        sink.accept(index(to), prob);
                        moved[j]++;
                        moved[i]--;
                    }
                }
            }
            to[p] = base;
        }
    }

    /** Receives one move. */
    interface MoveSink {
        /**
         * One move.
         *
         * @param target the state moved to
         * @param probability its probability
         */
        void accept(int target, double probability);
    }
}
