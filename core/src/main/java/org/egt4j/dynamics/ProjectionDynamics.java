package org.egt4j.dynamics;

/**
 * The projection dynamic (Nagurney and Zhang 1997, <i>Projected Dynamical Systems and Variational
 * Inequalities</i>; Lahkar and Sandholm 2008, "The projection dynamic and the geometry of population
 * games", Games Econ. Behav. 64), per population with payoffs F and shares x:
 *
 * <pre>
 *   ẋ = Π_{T(x)}(F(x)),   T(x) = {z : Σ_i z_i = 0, z_i ≥ 0 where x_i = 0},
 * </pre>
 *
 * the closest direction to the payoff vector that keeps the state in the simplex; on the interior ẋ = F −
 * mean(F)·1. The projection is computed exactly, compiled to bytecode by the branch-free active-set
 * iteration of {@code PayoffKernels} (the sorted active-set rule of {@code ProjectionField} is the
 * second implementation and the fallback for very large games). Not
 * imitative; its rest points are exactly the Nash equilibria (x is a rest point iff F(x) lies in the
 * normal cone of the simplex at x, the definition of Nash equilibrium). The field is discontinuous at
 * the boundary; the Jacobian is exact on the interior.
 */
public final class ProjectionDynamics extends NashStationaryDynamics {

    /** The dynamic (it has no parameters). */
    public static final ProjectionDynamics INSTANCE = new ProjectionDynamics();

    /** The name in specs and on the command line. */
    public static final String NAME = "projection";

    private ProjectionDynamics() {
        super(
                NAME,
                "dx/dt = projection of F(x) on the tangent cone of the simplex at x (interior: F_i - mean_j F_j), per population",
                PayoffKernels::projection,
                ProjectionField::of);
    }

    /**
     * {@inheritDoc} The projection field is as smooth as F on the interior and jumps at the boundary
     * (where the tangent cone changes).
     */
    @Override
    public boolean isDifferentiableAt(double[][] shares, double[][] payoffs, double tolerance) {
        for (double[] s : shares) {
            for (double v : s) {
                if (v <= StateSpace.ROUND_OFF) {
                    return false;
                }
            }
        }
        return true;
    }
}
