package org.egt4j.finite;

import java.util.List;
import java.util.SplittableRandom;
import org.egt4j.analysis.Wilson;
import org.egt4j.parallel.IndexedRunner;
import org.egt4j.random.RandomStreams;

/**
 * Seeded stochastic simulation of the fixation of one mutant: an independent estimate of {@link
 * FinitePopulation#fixation(int, int)} with a confidence interval.
 *
 * <p>Run r draws from {@code RandomStreams.stream(seed, r)} only, and the runs are combined in index
 * order, so the estimate depends on the seed and the number of runs, never on the number of threads.
 * Each run starts from one mutant and moves k → k + 1 with probability T<sup>+</sup>(k)/(T<sup>+</sup>(k) +
 * T<sup>−</sup>(k)) and k → k − 1 otherwise (the jump chain), counting the steps spent at k as a geometric
 * number with success probability T<sup>+</sup>(k) + T<sup>−</sup>(k), until k = 0 or k = N.
 */
public final class FixationSimulation {

    /**
     * The most moves of one run. A population whose selection holds it near a coexistence state leaves
     * it only after a time exponential in N; a run past this many moves stops with a numerical failure
     * instead of hanging.
     */
    public static final long MAX_MOVES_PER_RUN = 100_000_000L;

    private FixationSimulation() {}

    /**
     * An estimate of a fixation probability and of the conditional fixation time.
     *
     * @param runs the number of runs
     * @param fixed how many ended with the mutant fixed
     * @param probability fixed/runs
     * @param interval Wilson's 95% interval for the probability
     * @param conditionalTime the mean number of steps of the runs that fixed (NaN when none did)
     */
    public record Estimate(long runs, long fixed, double probability, Wilson interval, double conditionalTime) {}

    /**
     * Simulates runs of the fixation of one a-mutant among b-residents.
     *
     * @param population the finite population
     * @param mutant strategy a
     * @param resident strategy b ≠ a
     * @param runs the number of runs, at least 1
     * @param seed the seed (run r uses {@code RandomStreams.stream(seed, r)})
     * @param runner the parallel runner (any number of threads gives the same result)
     * @return the estimate
     * @throws org.egt4j.NumericalException when the chain cannot move at some count, or a run exceeds
     *     {@link #MAX_MOVES_PER_RUN} moves
     */
    public static Estimate estimate(
            FinitePopulation population, int mutant, int resident, int runs, long seed, IndexedRunner runner) {
        Runs work = runs(population, mutant, resident, runs, seed);
        return combine(runner.map(runs, () -> null, (state, r) -> work.compute(null, r)));
    }

    /**
     * The same estimate with the runs on any executor (e.g. Spark's); the result does not depend on it.
     *
     * @param population the finite population
     * @param mutant strategy a
     * @param resident strategy b ≠ a
     * @param runs the number of runs, at least 1
     * @param seed the seed (run r uses {@code RandomStreams.stream(seed, r)})
     * @param executor where the runs go
     * @return the estimate
     */
    public static Estimate estimate(
            FinitePopulation population,
            int mutant,
            int resident,
            int runs,
            long seed,
            org.egt4j.parallel.IndexRangeExecutor executor) {
        return combine(executor.map(runs(population, mutant, resident, runs, seed)));
    }

    /** The name of the runs' part. */
    public static final String PART = "fixation-runs";

    /**
     * The runs as indexed work (part {@value #PART}): item r is {fixed (1 or 0), steps} of run r.
     *
     * @param population the finite population
     * @param mutant strategy a
     * @param resident strategy b ≠ a
     * @param runs the number of runs, at least 1
     * @param seed the seed (run r uses {@code RandomStreams.stream(seed, r)})
     * @return the runs
     */
    public static Runs runs(FinitePopulation population, int mutant, int resident, int runs, long seed) {
        if (runs < 1) {
            throw new IllegalArgumentException("runs must be at least 1, not " + runs);
        }
        population.fixation(mutant, resident); // checks the pair
        int n = population.size();
        double[] up = new double[n];
        double[] move = new double[n];
        for (int k = 1; k < n; k++) {
            double tp = population.tPlus(mutant, resident, k);
            double tm = population.tMinus(mutant, resident, k);
            up[k] = tp / (tp + tm);
            move[k] = tp + tm;
            if (!(move[k] > 0) || !Double.isFinite(up[k])) {
                throw new org.egt4j.NumericalException(
                        "the chain cannot leave " + k + " mutants: T+ = " + tp + ", T- = " + tm,
                        "the transition probabilities vanish or are not finite there (zero or non-finite"
                                + " fitness); check the payoffs and the selection intensity",
                        Double.NaN,
                        new double[] {k});
            }
        }
        return new Runs(up, move, n, runs, seed);
    }

    /** The runs of a fixation simulation as indexed work: see {@link FixationSimulation#runs}. */
    public static final class Runs implements org.egt4j.parallel.IndexedWork<Void, double[]> {
        private final double[] up;
        private final double[] move;
        private final int n;
        private final int runs;
        private final long seed;

        private Runs(double[] up, double[] move, int n, int runs, long seed) {
            this.up = up;
            this.move = move;
            this.n = n;
            this.runs = runs;
            this.seed = seed;
        }

        @Override
        public String part() {
            return PART;
        }

        @Override
        public int size() {
            return runs;
        }

        @Override
        public Void newState() {
            return null;
        }

        @Override
        public double[] compute(Void none, int index) {
            return run(up, move, n, seed, index);
        }
    }

    /** The runs' results combined in index order (the mean time summed in that order). */
    private static Estimate combine(List<double[]> results) {
        int runs = results.size();
        long fixed = 0;
        double time = 0;
        for (double[] res : results) {
            if (res[0] == 1) {
                fixed++;
                time += res[1];
            }
        }
        return new Estimate(runs, fixed, (double) fixed / runs, Wilson.of(fixed, runs), time / fixed);
    }

    private static double[] run(double[] up, double[] move, int n, long seed, int index) {
        SplittableRandom random = RandomStreams.stream(seed, index);
        int k = 1;
        double steps = 0;
        long moves = 0;
        while (k > 0 && k < n) {
            if (++moves > MAX_MOVES_PER_RUN) {
                throw new org.egt4j.NumericalException(
                        "run " + index + " neither fixed nor died out within " + MAX_MOVES_PER_RUN + " moves",
                        "selection holds the population near a coexistence state, which it leaves only after a"
                                + " time exponential in N; use a smaller N or the exact fixation probability",
                        steps,
                        new double[] {k});
            }
            // steps until the chain moves: geometric on {1, 2, ...} with success probability move[k]
            double q = move[k];
            steps += q >= 1 ? 1 : 1 + Math.floor(Math.log(1 - random.nextDouble()) / Math.log1p(-q));
            k += random.nextDouble() < up[k] ? 1 : -1;
        }
        return new double[] {k == n ? 1 : 0, steps};
    }
}
