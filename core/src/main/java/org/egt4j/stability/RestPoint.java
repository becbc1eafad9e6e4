package org.egt4j.stability;

import java.util.List;

/**
 * An isolated rest point of a dynamic with its verdicts.
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
 * @param basis how the stability verdict was decided: {@link Basis#LINEARIZATION} from the eigenvalues,
 *     or {@link Basis#SIMULATION} where the field has no derivative at the point (then the eigenvalue
 *     list is empty)
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
        Friedman friedman,
        Basis basis) {

    /** How a rest point's stability was decided. */
    public enum Basis {
        /** Lyapunov's first method: the eigenvalues of the reduced Jacobian. */
        LINEARIZATION,
        /**
         * The field has no derivative at the point; trajectories from a ring of nearby starts were
         * integrated, stable iff every one moves at least halfway to the point, unstable if one leaves the ring ({@link StabilityAnalysis#RING_RADIUS},
         * {@link StabilityAnalysis#RING_TIME}).
         */
        SIMULATION
    }

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
     * @param basis how the stability verdict was decided
     */
    public RestPoint {
        eigenvalues = List.copyOf(eigenvalues);
        java.util.Objects.requireNonNull(basis, "basis");
    }

    /**
     * Readable text for JShell and logs: the shares of every population, the stability (and how it was
     * decided when not by eigenvalues), the eigenvalues as numbers and the Nash/ESS verdicts, e.g.
     * {@code RestPoint[shares [[0.666667, 0.333333]], stable, eigenvalues [-0.833333], exact, Nash, ESS]}.
     *
     * @return the text, numbers to 6 significant digits
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("RestPoint[shares [");
        for (int k = 0; k < shares.length; k++) {
            sb.append(k == 0 ? "" : ", ").append(numbers(shares[k]));
        }
        sb.append("], ").append(stability.label());
        if (basis == Basis.SIMULATION) {
            sb.append(" (by simulation)");
        } else {
            List<String> values = new java.util.ArrayList<>();
            eigenvalues.forEach(e -> values.add(number(e)));
            sb.append(", eigenvalues ").append(values);
        }
        sb.append(exact ? ", exact" : ", certified Newton");
        sb.append(nash ? ", Nash" : ", not Nash");
        sb.append(ess ? ", ESS" : "");
        if (direct != null) {
            sb.append(", direct method ").append(direct.verdict());
        }
        return sb.append(']').toString();
    }

    static String numbers(double[] v) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < v.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(org.egt4j.Numbers.shortDecimal(v[i], 6));
        }
        return sb.append(']').toString();
    }

    static String number(Eigenvalue e) {
        String re = org.egt4j.Numbers.shortDecimal(e.re(), 6);
        if (e.im() == 0) {
            return re;
        }
        return re + (e.im() < 0 ? " - " : " + ") + org.egt4j.Numbers.shortDecimal(Math.abs(e.im()), 6) + "i";
    }

    /**
     * A rest point whose stability was decided by linearisation.
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
    public RestPoint(
            double[][] shares,
            double[] coordinates,
            boolean exact,
            List<Eigenvalue> eigenvalues,
            Stability stability,
            boolean nash,
            boolean ess,
            DirectMethod.Verdict direct,
            Friedman friedman) {
        this(shares, coordinates, exact, eigenvalues, stability, nash, ess, direct, friedman, Basis.LINEARIZATION);
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
