package org.egt4j.dynamics;

/**
 * The Brown–von Neumann–Nash dynamic (Brown and von Neumann 1950, "Solutions of games by differential
 * equations", Ann. Math. Stud. 24; Sandholm 2010, §5.5), per population with payoffs F, shares x and
 * excess payoffs F̂ = F − (x·F)·1:
 *
 * <pre>
 *   ẋ_i = [F̂_i]₊ − x_i Σ_j [F̂_j]₊,
 * </pre>
 *
 * the mean dynamic of the excess-payoff protocol ρ<sub>ij</sub> = [π<sub>j</sub> − x·π]<sub>+</sub>
 * ({@link ExcessPayoff}). Not imitative; its rest points are exactly the Nash equilibria (Sandholm 2010,
 * Theorem 5.5.2). The field is compiled to bytecode ({@code PayoffKernels}; the Java loops of {@code
 * BnnField} are the second implementation and the fallback for very large games), with the exact
 * Jacobian where no excess payoff is 0.
 */
public final class BrownVonNeumannNash extends NashStationaryDynamics {

    /** The dynamic (it has no parameters). */
    public static final BrownVonNeumannNash INSTANCE = new BrownVonNeumannNash();

    /** The name in specs and on the command line. */
    public static final String NAME = "bnn";

    private BrownVonNeumannNash() {
        super(
                NAME,
                "dx_i/dt = max(F_i - x.F, 0) - x_i*sum_j max(F_j - x.F, 0), per population",
                PayoffKernels::bnn,
                BnnField::of);
    }

    /**
     * {@inheritDoc} The BNN field has a kink wherever an excess payoff F<sub>i</sub> − x·F is 0 (the term
     * [F̂<sub>i</sub>]<sub>+</sub> carries no share), hence at every Nash equilibrium.
     */
    @Override
    public boolean isDifferentiableAt(double[][] shares, double[][] payoffs, double tolerance) {
        for (int k = 0; k < shares.length; k++) {
            double mean = 0;
            for (int i = 0; i < shares[k].length; i++) {
                mean += shares[k][i] * payoffs[k][i];
            }
            for (int i = 0; i < shares[k].length; i++) {
                if (Math.abs(payoffs[k][i] - mean) <= tolerance) {
                    return false;
                }
            }
        }
        return true;
    }
}
