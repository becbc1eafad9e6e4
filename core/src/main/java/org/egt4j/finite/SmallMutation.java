package org.egt4j.finite;

/**
 * The small-mutation limit of a finite population process (Fudenberg and Imhof, "Imitation processes
 * with small mutations", Journal of Economic Theory 131, 2006): as μ → 0 the population is monomorphic
 * almost all the time, a mutant fixes or goes extinct before the next one arises, and the process becomes
 * a Markov chain on the monomorphic states; immutable.
 *
 * <p>From the state where all play r, a mutation turns one player into each other strategy m with
 * probability μ/(n − 1), and that mutant fixes with probability ρ<sub>m,r</sub>. The transition matrix here
 * is the embedded chain with the common factor μ divided out: M<sub>rm</sub> = ρ<sub>m,r</sub>/(n − 1) for m
 * ≠ r and M<sub>rr</sub> = 1 − Σ<sub>m≠r</sub> M<sub>rm</sub>. The stationary distribution does not depend
 * on that normalisation (any common factor cancels), and is computed by {@link Gth} on the logarithms of
 * the ρ, so that fixation probabilities below the smallest double keep their weight.
 *
 * @param states the monomorphic states in order: states[s] is the profile, the strategy index everyone
 *     plays in each population (one entry for one population)
 * @param transition M, row-stochastic: row = from, column = to, in the order of {@code states}
 * @param stationary π, Σ π = 1
 * @param logStationary ln π (finite where π underflows to 0)
 */
public record SmallMutation(int[][] states, double[][] transition, double[] stationary, double[] logStationary) {
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
