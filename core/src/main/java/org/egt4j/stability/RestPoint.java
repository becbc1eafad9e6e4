package org.egt4j.stability;

import java.util.List;

/**
 * An isolated rest point of the replicator dynamics with its verdicts.
 *
 * @param shares shares[k][i]: the share of strategy i of population k
 * @param coordinates the point in reduced coordinates
 * @param exact whether the point was found by exact rational arithmetic (otherwise by certified Newton)
 * @param eigenvalues eigenvalues of the reduced Jacobian, in {@link Eigenvalue#ORDER}
 * @param stability Lyapunov's first method
 * @param nash whether no strategy earns more than its population's mean payoff
 * @param ess whether it is evolutionarily stable (Maynard Smith for one population, strict Nash for
 *     several)
 * @param direct Lyapunov's direct method (relative entropy) for non-hyperbolic points, else null
 * @param friedman Friedman's determinant/trace test for two-population 2×2 games, else null
 */
public record RestPoint(
        double[][] shares,
        double[] coordinates,
        boolean exact,
        List<Eigenvalue> eigenvalues,
        Stability stability,
        boolean nash,
        boolean ess,
        DirectMethod.Verdict direct,
        Friedman friedman) {

    /**
     * Copies the eigenvalue list.
     *
     * @param shares shares[k][i]: the share of strategy i of population k
     * @param coordinates the point in reduced coordinates
     * @param exact whether the point was found by exact rational arithmetic (otherwise by certified Newton)
     * @param eigenvalues eigenvalues of the reduced Jacobian, in {@link Eigenvalue#ORDER}
     * @param stability Lyapunov's first method
     * @param nash whether no strategy earns more than its population's mean payoff
     * @param ess whether it is evolutionarily stable (Maynard Smith for one population, strict Nash for
     *     several)
     * @param direct Lyapunov's direct method (relative entropy) for non-hyperbolic points, else null
     * @param friedman Friedman's determinant/trace test for two-population 2×2 games, else null
     */
    public RestPoint {
        eigenvalues = List.copyOf(eigenvalues);
    }

    /**
     * Friedman's (1991) test for two-population 2×2 games: a rest point is stable iff det J &gt; 0 and tr J
     * &lt; 0, a saddle iff det J &lt; 0.
     *
     * @param determinant det J
     * @param trace tr J
     * @param verdict stable, saddle, unstable or undecided
     */
    public record Friedman(double determinant, double trace, Verdict verdict) {

        /** Friedman's verdict from the signs of det J and tr J, each tested against a zero tolerance. */
        public enum Verdict {
            /** det J &gt; 0 and tr J &lt; 0: both eigenvalues have negative real part. */
            STABLE,
            /** det J &lt; 0: real eigenvalues of opposite signs. */
            SADDLE,
            /** det J &gt; 0 and tr J &gt; 0: both eigenvalues have positive real part. */
            UNSTABLE,
            /** det J = 0, or tr J = 0 with det J &gt; 0 (a centre of the linearization): no verdict. */
            UNDECIDED
        }
    }
}
