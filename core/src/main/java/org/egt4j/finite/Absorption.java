package org.egt4j.finite;

import java.util.ArrayList;
import java.util.List;
import org.egt4j.ModelException;
import org.hipparchus.fraction.BigFraction;

/**
 * Absorption of the process without mutation from any start state: the probability of ending in each
 * monomorphic state (for several populations, each pure profile) and the mean number of steps until then;
 * immutable result of {@link FinitePopulation#absorption(int[])} and {@link FiniteGame#absorption(int[][])}.
 *
 * <p>Without mutation a strategy that is lost never returns, so from the counts n the chain stays in the
 * states whose strategies lie in the start's supports, and is absorbed in the pure profiles of those
 * supports. With Q the transitions among the transient states and R those into the absorbing ones, the
 * absorption probabilities solve (I − Q) h = R and the mean absorption time (I − Q) τ = 1 (Kemeny and
 * Snell, <i>Finite Markov Chains</i>, 1960, chapter 3). Both are solved by Gaussian elimination in the
 * state-reduction form of Grassmann, Taksar and Heyman (1985): eliminating the transient states from the
 * highest index down, every pivot 1 − q<sub>kk</sub> is recomputed as the sum of the remaining
 * off-diagonal and absorbing entries of its row, so the elimination adds, multiplies and divides
 * non-negative numbers only (no cancellation: small absorption probabilities keep their relative
 * accuracy down to the smallest double), and the fill stays in the band of {@link CountStates}. Where
 * the process is rational (Moran with rational payoffs and w, or neutral drift) the same elimination is
 * also carried out in exact fractions, for at most {@link #EXACT_STATES} states.
 *
 * @param start the start state, start[p][i] the number of i-players of population p
 * @param targets the absorbing states, targets[a][p] the strategy population p plays everywhere, in the
 *     row-major order of pure profiles
 * @param probability the probability of absorption in each target, Σ = 1
 * @param exact each probability as an exact fraction, entries null where it has more than {@link
 *     FinitePopulation#EXACT_DIGITS} digits; the array is null where the process is not rational or the
 *     chain is over {@link #EXACT_STATES} states
 * @param meanTime the mean number of steps until absorption (0 from an absorbing state)
 * @param states the number of states of the chain solved
 */
public record Absorption(
        int[][] start, int[][] targets, double[] probability, BigFraction[] exact, double meanTime, int states) {
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

    /** The most states the exact elimination is attempted on. */
    public static final int EXACT_STATES = 400;

    /** The exact elimination is abandoned when an entry exceeds this many digits. */
    static final int EXACT_WORK_DIGITS = 2000;

    /**
     * Solves the absorption from a start state.
     *
     * @param process the rule
     * @param intensity β or w
     * @param exactIntensity w exactly (or 0 for neutral drift) when the process is rational, else null
     * @param sizes N<sub>p</sub>
     * @param strategies s<sub>p</sub>
     * @param payoffs the payoffs of each state
     * @param start the counts, validated here
     * @param names the population names, for messages
     * @param budget the states budget of the absorbing chain
     * @return the absorption
     */
    static Absorption solve(
            FiniteProcess process,
            double intensity,
            BigFraction exactIntensity,
            int[] sizes,
            int[] strategies,
            CountStates.Payoffs payoffs,
            int[][] start,
            List<String> names,
            FiniteBudget budget) {
        int k = sizes.length;
        if (start.length != k) {
            throw new ModelException(
                    "the start state gives counts for " + start.length + " populations, the game has " + k,
                    "give one list of counts per population");
        }
        int[][] support = new int[k][];
        int[][] copy = new int[k][];
        for (int p = 0; p < k; p++) {
            if (start[p].length != strategies[p]) {
                throw new ModelException(
                        "the start state of population '" + names.get(p) + "' has " + start[p].length
                                + " counts, the population has " + strategies[p] + " strategies",
                        "give one count per strategy, e.g. " + example(strategies[p], sizes[p]));
            }
            long sum = 0;
            List<Integer> present = new ArrayList<>();
            for (int i = 0; i < strategies[p]; i++) {
                if (start[p][i] < 0) {
                    throw new ModelException(
                            "the start state of population '" + names.get(p) + "' has a negative count " + start[p][i],
                            "counts are numbers of players, 0 or more");
                }
                sum += start[p][i];
                if (start[p][i] > 0) {
                    present.add(i);
                }
            }
            if (sum != sizes[p]) {
                throw new ModelException(
                        "the start counts of population '" + names.get(p) + "' sum to " + sum + ", not to its size "
                                + sizes[p],
                        "the counts of a population must add up to N = " + sizes[p]);
            }
            support[p] = present.stream().mapToInt(Integer::intValue).toArray();
            copy[p] = start[p].clone();
        }
        CountStates space = CountStates.of(sizes, strategies, support, "the absorbing chain from this start", budget);
        long total = 0;
        for (int n : sizes) {
            total += n;
        }
        double[] weight = new double[k];
        for (int p = 0; p < k; p++) {
            weight[p] = (double) sizes[p] / total;
        }
        // the absorbing targets: the pure profiles of the supports, row-major
        List<int[]> targets = new ArrayList<>();
        int[] pick = new int[k];
        while (true) {
            int[] t = new int[k];
            for (int p = 0; p < k; p++) {
                t[p] = support[p][pick[p]];
            }
            targets.add(t);
            int p = k - 1;
            while (p >= 0 && ++pick[p] == support[p].length) {
                pick[p] = 0;
                p--;
            }
            if (p < 0) {
                break;
            }
        }
        int a = targets.size();
        int[] targetOf = new int[space.states];
        java.util.Arrays.fill(targetOf, -1);
        for (int i = 0; i < a; i++) {
            int[][] c = new int[k][];
            for (int p = 0; p < k; p++) {
                c[p] = new int[strategies[p]];
                c[p][targets.get(i)[p]] = sizes[p];
            }
            targetOf[space.index(c)] = i;
        }
        int s0 = space.index(copy);
        int[][] targetArray = targets.toArray(new int[0][]);
        if (targetOf[s0] >= 0) {
            double[] prob = new double[a];
            prob[targetOf[s0]] = 1;
            BigFraction[] ex = new BigFraction[a];
            java.util.Arrays.fill(ex, BigFraction.ZERO);
            ex[targetOf[s0]] = BigFraction.ONE;
            return new Absorption(copy, targetArray, prob, ex, 0, space.states);
        }
        double[] h = solveDouble(space, process, intensity, weight, payoffs, targetOf, a, s0);
        double[] prob = java.util.Arrays.copyOf(h, a);
        BigFraction[] ex = exactIntensity == null || space.states > EXACT_STATES
                ? null
                : solveExact(space, process, exactIntensity, sizes, total, payoffs, targetOf, a, s0);
        if (ex != null) {
            for (int i = 0; i < a; i++) {
                prob[i] = ex[i].doubleValue();
                if (digits(ex[i]) > FinitePopulation.EXACT_DIGITS) {
                    ex[i] = null;
                }
            }
        }
        return new Absorption(copy, targetArray, prob, ex, h[a], space.states);
    }

    private static String example(int s, int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s; i++) {
            b.append(i == 0 ? "" : ":").append(i == 0 ? n - (s - 1) : 1);
        }
        return b.toString();
    }

    static int digits(BigFraction f) {
        return Math.max(
                f.getNumerator().abs().toString().length(),
                f.getDenominator().toString().length());
    }

    /** The elimination in doubles; returns h for every target, then τ, at the start state. */
    private static double[] solveDouble(
            CountStates space,
            FiniteProcess process,
            double intensity,
            double[] weight,
            CountStates.Payoffs payoffs,
            int[] targetOf,
            int a,
            int s0) {
        int n = space.states;
        int b = space.band;
        double[][] q = new double[n][];
        double[][] rhs = new double[n][];
        for (int t = 0; t < n; t++) {
            if (targetOf[t] >= 0) {
                continue;
            }
            double[] row = new double[2 * b + 1];
            double[] r = new double[a + 1];
            r[a] = 1;
            int from = t;
            space.moves(process, intensity, weight, payoffs, t, 0, (to, p) -> {
                if (targetOf[to] >= 0) {
                    r[targetOf[to]] += p;
                } else {
                    row[to - from + b] += p;
                }
            });
            q[t] = row;
            rhs[t] = r;
        }
        double[] d = new double[n];
        for (int k = n - 1; k >= 0; k--) {
            if (q[k] == null) {
                continue;
            }
            double[] qk = q[k];
            double[] rk = rhs[k];
            int lo = Math.max(0, k - b);
            double dk = 0;
            for (int j = lo; j < k; j++) {
                dk += qk[j - k + b];
            }
            for (int i = 0; i < a; i++) {
                dk += rk[i];
            }
            if (!(dk > 0)) {
                throw new IllegalStateException("state " + k + " of the absorbing chain cannot be left");
            }
            d[k] = dk;
            for (int i = lo; i < k; i++) {
                if (q[i] == null) {
                    continue;
                }
                double qik = q[i][k - i + b];
                if (qik == 0) {
                    continue;
                }
                double f = qik / dk;
                double[] qi = q[i];
                for (int j = lo; j < k; j++) {
                    if (j != i) {
                        qi[j - i + b] += f * qk[j - k + b];
                    }
                }
                double[] ri = rhs[i];
                for (int c = 0; c <= a; c++) {
                    ri[c] += f * rk[c];
                }
            }
        }
        double[][] h = new double[n][];
        for (int k = 0; k <= s0; k++) {
            if (q[k] == null) {
                continue;
            }
            double[] v = rhs[k].clone();
            for (int j = Math.max(0, k - b); j < k; j++) {
                double qkj = q[k][j - k + b];
                if (qkj != 0 && h[j] != null) {
                    for (int c = 0; c <= a; c++) {
                        v[c] += qkj * h[j][c];
                    }
                }
            }
            for (int c = 0; c <= a; c++) {
                v[c] /= d[k];
            }
            h[k] = v;
        }
        return h[s0];
    }

    /** The same elimination in exact fractions (probabilities only); null when the digits exceed the budget. */
    private static BigFraction[] solveExact(
            CountStates space,
            FiniteProcess process,
            BigFraction intensity,
            int[] sizes,
            long total,
            CountStates.Payoffs payoffs,
            int[] targetOf,
            int a,
            int s0) {
        int n = space.states;
        int b = space.band;
        int k0 = sizes.length;
        BigFraction[][] q = new BigFraction[n][];
        BigFraction[][] rhs = new BigFraction[n][];
        for (int t = 0; t < n; t++) {
            if (targetOf[t] >= 0) {
                continue;
            }
            BigFraction[] row = new BigFraction[2 * b + 1];
            BigFraction[] r = new BigFraction[a];
            java.util.Arrays.fill(row, BigFraction.ZERO);
            java.util.Arrays.fill(r, BigFraction.ZERO);
            int[][] from = space.counts(t);
            int[][] to = from.clone();
            for (int p = 0; p < k0; p++) {
                if (space.support[p].length < 2) {
                    continue;
                }
                BigFraction[] f = intensity.signum() == 0 ? null : payoffs.exactOf(p, from);
                if (f == null && intensity.signum() != 0) {
                    return null;
                }
                BigFraction weight = new BigFraction(sizes[p], total);
                int[] base = from[p];
                int[] moved = base.clone();
                to[p] = moved;
                for (int j : space.support[p]) {
                    for (int i : space.support[p]) {
                        if (i == j || base[j] == 0 || base[i] == 0) {
                            continue;
                        }
                        BigFraction prob =
                                weight.multiply(Rule.exactSwitch(process, intensity, sizes[p], base, f, j, i));
                        moved[j]--;
                        moved[i]++;
                        int u = space.index(to);
                        moved[j]++;
                        moved[i]--;
                        if (targetOf[u] >= 0) {
                            r[targetOf[u]] = r[targetOf[u]].add(prob);
                        } else {
                            row[u - t + b] = row[u - t + b].add(prob);
                        }
                    }
                }
                to[p] = base;
            }
            q[t] = row;
            rhs[t] = r;
        }
        BigFraction[] d = new BigFraction[n];
        for (int k = n - 1; k >= 0; k--) {
            if (q[k] == null) {
                continue;
            }
            BigFraction[] qk = q[k];
            BigFraction[] rk = rhs[k];
            int lo = Math.max(0, k - b);
            BigFraction dk = BigFraction.ZERO;
            for (int j = lo; j < k; j++) {
                dk = dk.add(qk[j - k + b]);
            }
            for (int i = 0; i < a; i++) {
                dk = dk.add(rk[i]);
            }
            if (digits(dk) > EXACT_WORK_DIGITS) {
                return null;
            }
            d[k] = dk;
            for (int i = lo; i < k; i++) {
                if (q[i] == null || q[i][k - i + b].signum() == 0) {
                    continue;
                }
                BigFraction f = q[i][k - i + b].divide(dk);
                BigFraction[] qi = q[i];
                for (int j = lo; j < k; j++) {
                    if (j != i && qk[j - k + b].signum() != 0) {
                        qi[j - i + b] = qi[j - i + b].add(f.multiply(qk[j - k + b]));
                    }
                }
                BigFraction[] ri = rhs[i];
                for (int c = 0; c < a; c++) {
                    if (rk[c].signum() != 0) {
                        ri[c] = ri[c].add(f.multiply(rk[c]));
                    }
                }
            }
        }
        BigFraction[][] h = new BigFraction[n][];
        for (int k = 0; k <= s0; k++) {
            if (q[k] == null) {
                continue;
            }
            BigFraction[] v = rhs[k].clone();
            for (int j = Math.max(0, k - b); j < k; j++) {
                BigFraction qkj = q[k][j - k + b];
                if (qkj.signum() != 0 && h[j] != null) {
                    for (int c = 0; c < a; c++) {
                        v[c] = v[c].add(qkj.multiply(h[j][c]));
                    }
                }
            }
            for (int c = 0; c < a; c++) {
                v[c] = v[c].divide(d[k]);
            }
            h[k] = v;
        }
        return h[s0];
    }
}
