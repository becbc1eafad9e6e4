package org.egt4j.finite;

import java.util.ArrayList;
import java.util.List;
import org.egt4j.ModelException;
import org.egt4j.expr.Polynomial;
import org.egt4j.game.BoundGame;
import org.egt4j.game.NormalForm;
import org.egt4j.game.Population;
import org.hipparchus.fraction.BigFraction;

/**
 * A game between several finite populations (population p of N<sub>p</sub> players) under a {@link
 * FiniteProcess}, in the small-mutation limit; immutable.
 *
 * <p>Each step draws population p with probability N<sub>p</sub>/ΣN and applies the update rule inside it;
 * a player of p earns its expected payoff against the other populations' current shares, f<sub>p,i</sub> =
 * Σ<sub>s</sub> [s<sub>p</sub> = i] π<sub>p</sub>(s) Π<sub>l≠p</sub> x<sub>l</sub>(s<sub>l</sub>) (the
 * multilinear form of {@link NormalForm}), so there is no self-interaction to remove. In the
 * small-mutation limit (Fudenberg and Imhof 2006) every population is monomorphic, the states are the
 * pure profiles, and a mutant m arising in population p of the profile s fixes with the other populations
 * held at s: its payoff π<sub>p</sub>(m, s<sub>−p</sub>) and the residents' π<sub>p</sub>(s) are then
 * constant, so ρ is the constant-fitness fixation probability of the process (for Moran with relative
 * fitness r = φ<sub>m</sub>/φ<sub>r</sub>, ρ = (1 − 1/r)/(1 − 1/r<sup>N<sub>p</sub></sup>)).
 *
 * <p>The chain over profiles has M<sub>s,s'</sub> = (N<sub>p</sub>/ΣN) ρ/(n<sub>p</sub> − 1) when s' is s
 * with population p switched to m (the probability μ N<sub>p</sub>/ΣN that a mutant arises in p, divided
 * by the common factor μ), and is solved by {@link Gth} on logarithms.
 */
public final class FiniteGame {

    /** Pure profiles above this many are refused by {@link #smallMutation()}: GTH costs n³/3. */
    public static final int MAX_PROFILES = 1000;

    private final FiniteBudget budget;
    private final NormalForm normalForm;
    private final FiniteProcess process;
    private final int[] sizes;
    private final double intensity;
    /** π<sub>p</sub>(s) at index(s)·K + p. */
    private final double[] payoff;
    /** Exact π, or null when some entry has atoms. */
    private final BigFraction[] exactPayoff;

    private FiniteGame(
            NormalForm normalForm,
            FiniteProcess process,
            int[] sizes,
            double intensity,
            double[] payoff,
            BigFraction[] exactPayoff,
            FiniteBudget budget) {
        this.budget = budget;
        this.normalForm = normalForm;
        this.process = process;
        this.sizes = sizes;
        this.intensity = intensity;
        this.payoff = payoff;
        this.exactPayoff = exactPayoff;
    }

    /**
     * A game between finite populations at the game's bound parameter values.
     *
     * @param game a bound game with two or more populations and a normal form ({@link NormalForm#require})
     * @param process the update rule
     * @param sizes N<sub>p</sub> ≥ 2 for each population, in order
     * @param intensity β ≥ 0 (pairwise comparison) or w ∈ [0, 1] (Moran)
     * @return the game
     * @throws ModelException for one population (use {@link FinitePopulation}), a wrong number of sizes, a
     *     size below 2, an intensity out of range, a game without a normal form, or Moran fitness that is
     *     not positive at some profile
     */
    public static FiniteGame of(BoundGame game, FiniteProcess process, int[] sizes, double intensity) {
        return of(game, process, sizes, intensity, FiniteBudget.DEFAULT);
    }

    /**
     * A game between finite populations within a budget (players per population, chain states).
     *
     * @param game a bound game with two or more populations and a normal form
     * @param process the update rule
     * @param sizes N<sub>p</sub> ≥ 2 for each population, in order
     * @param intensity β ≥ 0 (pairwise comparison) or w ∈ [0, 1] (Moran)
     * @param budget the budgets its sizes and chains are checked against
     * @return the game
     * @throws ModelException as {@link #of(BoundGame, FiniteProcess, int[], double)}, and for a size over
     *     the budget
     */
    public static FiniteGame of(
            BoundGame game, FiniteProcess process, int[] sizes, double intensity, FiniteBudget budget) {
        List<Population> pops = game.game().populations();
        if (pops.size() < 2) {
            throw new ModelException(
                    "'" + game.game().name() + "' has one population; a game between finite populations needs two"
                            + " or more",
                    "a one-population game is a FinitePopulation (the matrix game with self-interaction removed)");
        }
        if (sizes.length != pops.size()) {
            throw new ModelException(
                    "'" + game.game().name() + "' has " + pops.size() + " populations but " + sizes.length
                            + " sizes were given",
                    "give one size per population, or one size for all");
        }
        for (int p = 0; p < sizes.length; p++) {
            budget.checkSize(sizes[p], pops.get(p).name());
        }
        process.checkIntensity(intensity);
        NormalForm nf = NormalForm.require(game.game(), "the " + process.id() + " process");
        int k = pops.size();
        int count = nf.profileCount();
        double[] pay = new double[count * k];
        BigFraction[] exact = new BigFraction[count * k];
        boolean rational = true;
        for (int s = 0; s < count; s++) {
            int[] profile = nf.profile(s);
            for (int p = 0; p < k; p++) {
                Polynomial e = nf.payoff(p, profile);
                pay[s * k + p] = game.evaluate(e);
                if (!Double.isFinite(pay[s * k + p])) {
                    throw new ModelException(
                            "the payoff of population '" + pops.get(p).name() + "' at profile " + s + " is "
                                    + pay[s * k + p],
                            "check the parameter values");
                }
                if (FinitePopulation.atomFree(e)) {
                    exact[s * k + p] = e.evaluateExact(game::exactValueOf);
                } else {
                    rational = false;
                }
            }
        }
        if (process == FiniteProcess.MORAN) {
            for (int s = 0; s < count; s++) {
                for (int p = 0; p < k; p++) {
                    double phi = 1 - intensity + intensity * pay[s * k + p];
                    if (!(phi > 0)) {
                        throw new ModelException(
                                "the Moran fitness 1 - w + w*f of population '"
                                        + pops.get(p).name()
                                        + "' is " + phi + " at profile " + profileName(nf, s) + " (w = "
                                        + intensity + "), not positive",
                                "lower w, or add a constant to the payoffs so that 1 - w + w*f > 0 everywhere");
                    }
                }
            }
        }
        return new FiniteGame(nf, process, sizes.clone(), intensity, pay, rational ? exact : null, budget);
    }

    private static String profileName(NormalForm nf, int s) {
        int[] profile = nf.profile(s);
        StringBuilder b = new StringBuilder("(");
        for (int p = 0; p < profile.length; p++) {
            b.append(p == 0 ? "" : ", ")
                    .append(nf.populations().get(p).strategies().get(profile[p]));
        }
        return b.append(')').toString();
    }

    /** {@return the normal form the payoffs come from} */
    public NormalForm normalForm() {
        return normalForm;
    }

    /** {@return the update rule} */
    public FiniteProcess process() {
        return process;
    }

    /** {@return β (pairwise comparison) or w (Moran)} */
    public double intensity() {
        return intensity;
    }

    /**
     * The size of one population.
     *
     * @param population its index
     * @return N<sub>p</sub>
     */
    public int size(int population) {
        return sizes[population];
    }

    /**
     * The payoff of population p at a pure profile.
     *
     * @param population p
     * @param profile one strategy per population
     * @return π<sub>p</sub>(s)
     */
    public double payoff(int population, int[] profile) {
        return payoff[normalForm.index(profile) * sizes.length + population];
    }

    /**
     * The expected payoffs of population p's strategies against the other populations' current shares,
     * f<sub>p,i</sub> = Σ π<sub>p</sub>(s) Π<sub>l≠p</sub> n<sub>l</sub>(s<sub>l</sub>)/N<sub>l</sub>, the sum over
     * the pure profiles s with s<sub>p</sub> = i and n<sub>l</sub>(j) the number of j-players of l.
     *
     * @param population p
     * @param counts counts[l][i], the i-players of population l
     * @return one payoff per strategy of p
     */
    public double[] payoffs(int population, int[][] counts) {
        int k = sizes.length;
        double[] f = new double[normalForm.strategies(population)];
        for (int s = 0; s < normalForm.profileCount(); s++) {
            int[] profile = normalForm.profile(s);
            double w = 1;
            for (int l = 0; l < k && w != 0; l++) {
                if (l != population) {
                    w *= (double) counts[l][profile[l]] / sizes[l];
                }
            }
            if (w != 0) {
                f[profile[population]] += w * payoff[s * k + population];
            }
        }
        return f;
    }

    private BigFraction[] exactPayoffs(int population, int[][] counts) {
        int k = sizes.length;
        BigFraction[] f = new BigFraction[normalForm.strategies(population)];
        java.util.Arrays.fill(f, BigFraction.ZERO);
        for (int s = 0; s < normalForm.profileCount(); s++) {
            int[] profile = normalForm.profile(s);
            BigFraction w = BigFraction.ONE;
            for (int l = 0; l < k && w.signum() != 0; l++) {
                if (l != population) {
                    w = w.multiply(new BigFraction(counts[l][profile[l]], sizes[l]));
                }
            }
            if (w.signum() != 0) {
                f[profile[population]] = f[profile[population]].add(w.multiply(exactPayoff[s * k + population]));
            }
        }
        return f;
    }

    /** The payoffs of every state, for the chains over counts. */
    CountStates.Payoffs statePayoffs() {
        return new CountStates.Payoffs() {
            @Override
            public double[] of(int p, int[][] counts) {
                return payoffs(p, counts);
            }

            @Override
            public BigFraction[] exactOf(int p, int[][] counts) {
                return exactPayoff == null ? null : exactPayoffs(p, counts);
            }
        };
    }

    /** {@return s<sub>p</sub> for every population} */
    int[] strategyCounts() {
        int[] s = new int[sizes.length];
        for (int p = 0; p < s.length; p++) {
            s[p] = normalForm.strategies(p);
        }
        return s;
    }

    /** {@return the budgets this game's sizes and chains are checked against} */
    public FiniteBudget budget() {
        return budget;
    }

    /**
     * Absorption from any start state of the process without mutation: each step draws population p with
     * probability N<sub>p</sub>/ΣN and applies the rule inside it against the others' current shares; the
     * chain ends in a pure profile of the strategies present at the start (method in {@link Absorption}),
     * exactly where the process is rational (Moran with rational payoffs and w, or neutral drift).
     *
     * @param counts counts[p][i], the i-players of population p at the start, summing to N<sub>p</sub>
     * @return the absorption probabilities into every reachable pure profile and the mean time
     * @throws ModelException for counts of the wrong shape, negative or not summing to N<sub>p</sub>, or a
     *     chain over the budget of {@link FullChain}
     */
    public Absorption absorption(int[][] counts) {
        BigFraction exactIntensity = intensity == 0
                ? BigFraction.ZERO
                : process == FiniteProcess.MORAN && exactPayoff != null ? BoundGame.exact(intensity) : null;
        return Absorption.solve(
                process,
                intensity,
                exactIntensity,
                sizes,
                strategyCounts(),
                statePayoffs(),
                counts,
                normalForm.populations().stream().map(Population::name).toList(),
                budget);
    }

    /**
     * The fixation of one mutant in population p, the other populations held at the profile: a
     * constant-fitness birth–death chain of N<sub>p</sub> players.
     *
     * @param population p
     * @param mutant the mutant's strategy in p, different from {@code profile[p]}
     * @param profile the resident profile (its entry p is the resident strategy)
     * @return the fixation, exact where the process is rational
     */
    public Fixation fixation(int population, int mutant, int[] profile) {
        int resident = profile[population];
        Fixation f = pairOf(population, mutant, profile).fixation(0, 1);
        return new Fixation(
                mutant,
                resident,
                f.probability(),
                f.logProbability(),
                f.log10(),
                f.exact(),
                f.neutral(),
                f.conditionalTime(),
                f.unconditionalTime());
    }

    /** The two-strategy population of the mutant and the resident of p, with constant payoffs. */
    private FinitePopulation pairOf(int population, int mutant, int[] profile) {
        int resident = profile[population];
        if (mutant == resident || mutant < 0 || mutant >= normalForm.strategies(population)) {
            throw new IllegalArgumentException("mutant " + mutant + " against resident " + resident);
        }
        int[] with = profile.clone();
        with[population] = mutant;
        int k = sizes.length;
        int r = normalForm.index(profile) * k + population;
        int m = normalForm.index(with) * k + population;
        double[][] a = {{payoff[m], payoff[m]}, {payoff[r], payoff[r]}};
        BigFraction[][] exact = exactPayoff == null
                ? null
                : new BigFraction[][] {{exactPayoff[m], exactPayoff[m]}, {exactPayoff[r], exactPayoff[r]}};
        Population pop = normalForm.populations().get(population);
        Population pair = new Population(
                pop.name(),
                List.of(pop.strategies().get(mutant), pop.strategies().get(resident)),
                pop.shareSymbol());
        return FinitePopulation.pair(pair, a, exact, process, sizes[population], intensity);
    }

    /**
     * The fixation of a mutant against a background: which population, which resident profile.
     *
     * @param population the population the mutant arises in
     * @param profile the resident profile, one strategy per population
     * @param fixation the fixation of {@link Fixation#mutant()} into {@code profile[population]}
     */
    public record ProfileFixation(int population, int[] profile, Fixation fixation) {
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
    }

    /**
     * Every fixation of the small-mutation limit.
     *
     * @return for every pure profile (row-major order), every population, every mutant strategy other
     *     than the resident: the fixation with the other populations held fixed
     */
    public List<ProfileFixation> fixations() {
        List<ProfileFixation> all = new ArrayList<>();
        for (int s = 0; s < normalForm.profileCount(); s++) {
            int[] profile = normalForm.profile(s);
            for (int p = 0; p < sizes.length; p++) {
                for (int m = 0; m < normalForm.strategies(p); m++) {
                    if (m != profile[p]) {
                        all.add(new ProfileFixation(p, profile, fixation(p, m, profile)));
                    }
                }
            }
        }
        return all;
    }

    /**
     * The small-mutation limit over pure profiles: M<sub>s,s'</sub> = (N<sub>p</sub>/ΣN) ρ/(n<sub>p</sub> −
     * 1) for a profile s' that differs from s in population p only, and its stationary distribution by
     * log-space GTH.
     *
     * @return the chain; {@link SmallMutation#states()} are the pure profiles in row-major order
     * @throws ModelException when the game has more than {@link #MAX_PROFILES} pure profiles
     */
    public SmallMutation smallMutation() {
        int count = normalForm.profileCount();
        if (count > MAX_PROFILES) {
            throw new ModelException(
                    "the small-mutation chain of '" + normalForm + "' has " + count + " pure profiles, more than "
                            + MAX_PROFILES,
                    "reduce the number of strategies or populations");
        }
        int k = sizes.length;
        long total = 0;
        for (int n : sizes) {
            total += n;
        }
        double[][] logP = new double[count][count];
        double[][] p = new double[count][count];
        int[][] states = new int[count][];
        for (int s = 0; s < count; s++) {
            java.util.Arrays.fill(logP[s], Double.NEGATIVE_INFINITY);
            int[] profile = normalForm.profile(s);
            states[s] = profile;
            double off = 0;
            for (int q = 0; q < k; q++) {
                double weight = Math.log((double) sizes[q] / total) - Math.log(normalForm.strategies(q) - 1);
                int[] to = profile.clone();
                for (int m = 0; m < normalForm.strategies(q); m++) {
                    if (m != profile[q]) {
                        to[q] = m;
                        int t = normalForm.index(to);
                        logP[s][t] = pairOf(q, m, profile).logFixation(0, 1) + weight;
                        p[s][t] = Math.exp(logP[s][t]);
                        off += p[s][t];
                    }
                }
            }
            p[s][s] = Math.max(0, 1 - off);
        }
        double[] logPi = Gth.logStationary(logP);
        double[] pi = new double[count];
        for (int s = 0; s < count; s++) {
            pi[s] = Math.exp(logPi[s]);
        }
        return new SmallMutation(states, p, pi, logPi);
    }
}
