package org.egt4j.dynamics;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.egt4j.game.BoundGame;
import org.egt4j.game.Game;

/**
 * An evolutionary dynamic: a rule that turns a game's payoffs into a vector field on the product of
 * simplices, ẋ = V(x), in reduced coordinates (the shares of every strategy but the last of each
 * population). The game says who earns what; the dynamic says how shares respond. Every analysis
 * (rest points, stability, trajectories, basins, reports) takes a {@code Dynamics}; the replicator
 * ({@link ReplicatorDynamics#INSTANCE}) is the default everywhere.
 *
 * <p>A new dynamic is one class implementing this interface (and one entry in {@link DynamicsCatalogue}
 * so that specs and the command line can name it). Instances are immutable values: equal names and
 * parameters mean the same dynamic.
 */
public interface Dynamics {

    /** {@return the name used in specs and on the command line, e.g. {@code replicator-mutator}} */
    String name();

    /** {@return the dynamic's numeric parameters by name, in a fixed order (empty when it has none)} */
    Map<String, Double> parameters();

    /**
     * The vector field of this dynamic for a bound game, with its Jacobian.
     *
     * @param bound the game at a parameter point
     * @return the field in reduced coordinates, state space the product of simplices
     * @throws org.egt4j.ModelException when the dynamic does not apply to this game (e.g. it needs
     *     non-negative payoffs)
     */
    VectorField field(BoundGame bound);

    /**
     * Whether the dynamic is imitative: a strategy that is absent stays absent, so every face of the
     * product of simplices is invariant and rest points can be found face by face, and the vertices are
     * rest points (the replicator, Maynard Smith's dynamic).
     *
     * @return true for imitative dynamics
     */
    boolean isImitative();

    /**
     * Whether the rest points of this dynamic are exactly the Nash equilibria of the game (Nash
     * stationarity: Smith, Brown–von Neumann–Nash, projection; Sandholm 2010, ch. 5), so that they can be
     * found as the face rest points of the replicator that pass the Nash test.
     *
     * @return true for the Nash-stationary dynamics
     */
    default boolean restPointsAreNashEquilibria() {
        return false;
    }

    /**
     * Whether the field is differentiable at a state, so that its linearisation decides stability there.
     * Dynamics built from [·]₊ or from a projection are not differentiable where the arguments vanish
     * (a tie of payoffs, a zero excess payoff, the boundary); their rest points are judged otherwise.
     *
     * @param shares shares[k][i], the state
     * @param payoffs payoffs[k][i], F at that state
     * @param tolerance the size below which a payoff difference counts as a tie
     * @return true unless the field has a kink or a jump at the state (true for every smooth dynamic)
     */
    default boolean isDifferentiableAt(double[][] shares, double[][] payoffs, double tolerance) {
        return true;
    }

    /**
     * The exact equations ẋ<sub>c</sub> = P<sub>c</sub>(x), one per reduced coordinate, when the
     * right-hand sides are polynomials in the shares (coefficients in the game's parameters).
     *
     * @param game the symbolic game
     * @return the equations, or empty when the field is not polynomial (logit, Smith, ...)
     */
    Optional<List<Equation>> equations(Game game);

    /**
     * The paths the analysis follows exactly instead of integrating {@link #field}, for a dynamic whose
     * field is not the right-hand side of an ordinary differential equation (the best-response
     * inclusion).
     *
     * @param bound the game at a parameter point
     * @return the exact paths, or empty when trajectories integrate the field (every smooth or Lipschitz
     *     dynamic)
     */
    default Optional<ExactPaths> exactPaths(BoundGame bound) {
        return Optional.empty();
    }

    /**
     * The field as a formula in plain-text mathematics, per population, for dynamics whose equations are
     * not polynomial (printed in place of {@link #equations}).
     *
     * @return e.g. {@code dx/dt = softmax(F(x)/eta) - x}; empty for polynomial dynamics
     */
    default String formula() {
        return "";
    }

    /**
     * Whether the relative entropy Σ x*<sub>i</sub> log(x*<sub>i</sub>/x<sub>i</sub>) is the Lyapunov
     * candidate of this dynamic's direct method (true for the replicator: Hofbauer, Schuster and Sigmund
     * 1979). Dynamics without a known Lyapunov function leave non-hyperbolic points undecided.
     *
     * @return whether the relative-entropy test applies
     */
    default boolean hasRelativeEntropyLyapunovFunction() {
        return false;
    }

    /**
     * Whether the exact vertex table (eigenvalues at pure profiles as expressions in the parameters,
     * ESS conditions, thresholds) describes this dynamic: the replicator's linearisation at a pure
     * profile has the payoff differences as eigenvalues.
     *
     * @return true for the replicator
     */
    default boolean hasVertexTable() {
        return false;
    }

    /**
     * Whether the replicator's exact vertex conditions tell which pure profiles are asymptotically stable
     * under this dynamic, so that the stability map over two parameters can be drawn from them: for the
     * replicator; for Maynard Smith's dynamic, whose orbits are the replicator's (the field divided by the
     * positive mean payoff); and for the dynamics whose rest points are the Nash equilibria (Smith, BNN,
     * projection, best response), under each of which a strict equilibrium is asymptotically stable
     * (Sandholm 2010, <i>Population Games and Evolutionary Dynamics</i>, §8.2; Hofbauer 1995 for best
     * response). Their eigenvalues at a vertex may differ from the replicator's (−1 under best
     * response), so the vertex table itself stays the replicator's ({@link #hasVertexTable}).
     *
     * @return true for these dynamics
     */
    default boolean hasVertexRegimes() {
        return hasVertexTable() || restPointsAreNashEquilibria();
    }

    /** {@return the dynamic as written on the command line, e.g. {@code replicator-mutator:mu=0.1}} */
    default String spec() {
        StringBuilder sb = new StringBuilder(name());
        String sep = ":";
        for (Map.Entry<String, Double> e : parameters().entrySet()) {
            sb.append(sep).append(e.getKey()).append('=').append(org.egt4j.Numbers.shortDecimal(e.getValue(), 6));
            sep = ",";
        }
        return sb.toString();
    }
}
