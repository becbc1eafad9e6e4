package org.egt4j.finite;

import java.util.ArrayList;
import java.util.List;
import org.egt4j.ModelException;
import org.egt4j.game.BoundGame;
import org.egt4j.game.Population;

/**
 * Everything the finite-population part of a report shows, for a game and its {@code process:} settings;
 * immutable data, no sentences (the report module writes them).
 *
 * <p>For one population: every fixation, the small-mutation limit, the gradient of selection on every
 * edge (pair of strategies), the fixation probabilities against the selection parameter (β from 0 to
 * 2β, or w from 0 to 1, {@link #SWEEP_POINTS} values) and, with μ &gt; 0 and within budget, the full
 * chain. For several populations: every fixation against every background, the small-mutation limit
 * over pure profiles and, with μ &gt; 0 and within budget, the full chain of {@link FullGameChain}.
 *
 * @param game the game at its base parameter point
 * @param process the update rule
 * @param sizes N<sub>p</sub>
 * @param intensity β or w
 * @param mu the mutation probability
 * @param fixations every fixation (with its population and background profile)
 * @param smallMutation the small-mutation limit
 * @param gradients the gradient of selection on every edge of every one-population game
 * @param sweep the fixation probabilities against the selection parameter, one curve per fixation (with
 *     its population and background for several populations)
 * @param chain the full chain with mutation of one population, or null (several populations, μ = 0 or
 *     over budget)
 * @param gameChain the full chain with mutation of several populations, or null (one population, μ = 0
 *     or over budget)
 * @param chainStates the number of states of the full chain (also when it is over budget), 0 when μ = 0
 */
public record FiniteAnalysis(
        BoundGame game,
        FiniteProcess process,
        int[] sizes,
        double intensity,
        double mu,
        List<FiniteGame.ProfileFixation> fixations,
        SmallMutation smallMutation,
        List<Gradient> gradients,
        Sweep sweep,
        FullChain chain,
        FullGameChain gameChain,
        double chainStates) {
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

    /** The number of selection-parameter values of {@link #sweep()}. */
    public static final int SWEEP_POINTS = 21;

    /**
     * The gradient of selection on the edge of strategies a and b of one population.
     *
     * @param population the population's index
     * @param a the strategy counted by k
     * @param b the other strategy
     * @param values G(k) for k = 0..N
     */
    public record Gradient(int population, int a, int b, double[] values) {
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
     * Fixation probabilities against the selection parameter.
     *
     * @param intensities the values of β or w
     * @param curves the fixations swept, at the analysis's own intensity: population, resident
     *     profile (the background for several populations), mutant and resident; in the order of
     *     {@link FinitePopulation#fixations()} or {@link FiniteGame#fixations()}
     * @param log10 log10[i][c] = log<sub>10</sub> ρ of curve c at intensities[i] (NaN where the process
     *     is not defined, e.g. Moran fitness ≤ 0)
     */
    public record Sweep(double[] intensities, List<FiniteGame.ProfileFixation> curves, double[][] log10) {
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
     * Runs the finite-population analysis.
     *
     * @param game the game at its base parameter point
     * @param settings the spec's {@code process:} settings
     * @return the analysis
     * @throws ModelException as {@link FinitePopulation#of} and {@link FiniteGame#of}
     */
    public static FiniteAnalysis of(BoundGame game, ProcessSettings settings) {
        return of(game, settings, FiniteBudget.DEFAULT);
    }

    /**
     * Runs the finite-population analysis within a budget: sizes over its players budget are refused
     * before any work; a full chain over its states budget is left out ({@link #chainStates()} says how
     * large it would have been).
     *
     * @param game the game at its base parameter point
     * @param settings the spec's {@code process:} settings
     * @param budget the players and chain-states budgets
     * @return the analysis
     * @throws ModelException as {@link FinitePopulation#of} and {@link FiniteGame#of}
     */
    public static FiniteAnalysis of(BoundGame game, ProcessSettings settings, FiniteBudget budget) {
        List<Population> pops = game.game().populations();
        int[] sizes = settings.sizesOf(pops);
        FiniteProcess process = settings.process();
        double intensity = settings.intensity();
        double mu = settings.mu();
        List<FiniteGame.ProfileFixation> fixations = new ArrayList<>();
        List<Gradient> gradients = new ArrayList<>();
        SmallMutation sm;
        Sweep sweep = null;
        FullChain chain = null;
        FullGameChain gameChain = null;
        double states = 0;
        if (pops.size() == 1) {
            FinitePopulation fp = FinitePopulation.of(game, process, sizes[0], intensity, budget);
            for (Fixation f : fp.fixations()) {
                fixations.add(new FiniteGame.ProfileFixation(0, new int[] {f.resident()}, f));
            }
            sm = fp.smallMutation();
            int s = fp.strategies();
            for (int a = 0; a < s; a++) {
                for (int b = a + 1; b < s; b++) {
                    gradients.add(new Gradient(0, a, b, fp.gradient(a, b)));
                }
            }
            sweep = sweep(game, process, intensity, sizes, fixations, budget);
            if (mu > 0) {
                states = FullChain.stateCount(sizes[0], s);
                chain = withinBudget(() -> FullChain.of(fp, mu));
            }
        } else {
            FiniteGame fg = FiniteGame.of(game, process, sizes, intensity, budget);
            fixations.addAll(fg.fixations());
            sweep = sweep(game, process, intensity, sizes, fg.fixations(), budget);
            sm = fg.smallMutation();
            if (mu > 0) {
                states = FullGameChain.stateCount(fg);
                gameChain = withinBudget(() -> FullGameChain.of(fg, mu));
            }
        }
        return new FiniteAnalysis(
                game,
                process,
                sizes,
                intensity,
                mu,
                List.copyOf(fixations),
                sm,
                List.copyOf(gradients),
                sweep,
                chain,
                gameChain,
                states);
    }

    private static <T> T withinBudget(java.util.function.Supplier<T> chain) {
        try {
            return chain.get();
        } catch (ModelException overBudget) {
            // the report says the chain was over budget (chainStates); the rest of the analysis stands
            return null;
        }
    }

    private static Sweep sweep(
            BoundGame game,
            FiniteProcess process,
            double intensity,
            int[] sizes,
            List<FiniteGame.ProfileFixation> base,
            FiniteBudget budget) {
        double top = process == FiniteProcess.MORAN ? 1 : intensity > 0 ? 2 * intensity : 2;
        double[] xs = new double[SWEEP_POINTS];
        double[][] log10 = new double[SWEEP_POINTS][base.size()];
        for (int i = 0; i < SWEEP_POINTS; i++) {
            xs[i] = top * i / (SWEEP_POINTS - 1);
            try {
                if (sizes.length == 1) {
                    FinitePopulation p = FinitePopulation.of(game, process, sizes[0], xs[i], budget);
                    for (int c = 0; c < base.size(); c++) {
                        Fixation f = base.get(c).fixation();
                        log10[i][c] = p.logFixation(f.mutant(), f.resident()) / Math.log(10);
                    }
                } else {
                    // the same game and sizes list the fixations in the same order at every intensity
                    List<FiniteGame.ProfileFixation> at =
                            FiniteGame.of(game, process, sizes, xs[i], budget).fixations();
                    for (int c = 0; c < base.size(); c++) {
                        log10[i][c] = at.get(c).fixation().log10();
                    }
                }
            } catch (ModelException nonPositiveFitness) {
                // Moran fitness 1 - w + w f must stay positive: beyond that w the curve stops (NaN)
                java.util.Arrays.fill(log10[i], Double.NaN);
            }
        }
        return new Sweep(xs, List.copyOf(base), log10);
    }
}
