package org.egt4j.dynamics;

/**
 * Smith's dynamic (Smith 1984, "The stability of equilibrium in a transportation network", Transp.
 * Sci. 18; Sandholm 2010, §5.6), per population with payoffs F and shares x:
 *
 * <pre>
 *   ẋ_i = Σ_j x_j [F_i − F_j]₊ − x_i Σ_j [F_j − F_i]₊,
 * </pre>
 *
 * the mean dynamic of the pairwise-difference protocol ρ<sub>ij</sub> = [π<sub>j</sub> −
 * π<sub>i</sub>]<sub>+</sub> ({@link PairwiseDifference}). It is not imitative (an unused strategy that
 * earns more than a used one gains share), and its rest points are exactly the Nash equilibria
 * (Sandholm 2010, Theorem 5.5.2: it satisfies Nash stationarity and positive correlation). The field is
 * compiled to bytecode ({@code PayoffKernels}; the Java loops of {@code SmithField} are the second
 * implementation and the fallback for very large games), with the exact Jacobian where no two
 * payoffs of a population tie.
 */
public final class SmithDynamics extends NashStationaryDynamics {

    /** The dynamic (it has no parameters). */
    public static final SmithDynamics INSTANCE = new SmithDynamics();

    /** The name in specs and on the command line. */
    public static final String NAME = "smith";

    private SmithDynamics() {
        super(
                NAME,
                "dx_i/dt = sum_j x_j*max(F_i - F_j, 0) - x_i*sum_j max(F_j - F_i, 0), per population",
                PayoffKernels::smith,
                SmithField::of);
    }

    /**
     * {@inheritDoc} Smith's field has a kink where two payoffs of a population tie and one of the two
     * strategies is used (the term x<sub>j</sub>[F<sub>i</sub> − F<sub>j</sub>]<sub>+</sub>); at a tie of
     * two unused strategies both terms carry a zero share and the field is differentiable.
     */
    @Override
    public boolean isDifferentiableAt(double[][] shares, double[][] payoffs, double tolerance) {
        for (int k = 0; k < shares.length; k++) {
            for (int i = 0; i < shares[k].length; i++) {
                for (int j = 0; j < i; j++) {
                    if (Math.abs(payoffs[k][i] - payoffs[k][j]) <= tolerance
                            && (shares[k][i] > 0 || shares[k][j] > 0)) {
                        return false;
                    }
                }
            }
        }
        return true;
    }
}
