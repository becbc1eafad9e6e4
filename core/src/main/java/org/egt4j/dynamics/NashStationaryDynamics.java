package org.egt4j.dynamics;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.egt4j.game.BoundGame;
import org.egt4j.game.Game;

/**
 * What Smith's, the Brown–von Neumann–Nash and the projection dynamics have in common: no parameters,
 * not imitative, no polynomial equations, and rest points that are exactly the Nash equilibria (Nash
 * stationarity, Sandholm 2010, §5.5). Each subclass supplies its compiled kernel ({@code PayoffKernels})
 * and its Java loops ({@link #interpretedField}), and says where that field has a kink ({@link
 * #isDifferentiableAt}).
 */
public abstract sealed class NashStationaryDynamics implements Dynamics
        permits SmithDynamics, BrownVonNeumannNash, ProjectionDynamics {

    private final String name;
    private final String formula;
    private final Function<BoundGame, Kernel> kernel;
    private final Function<BoundGame, VectorField> loops;

    NashStationaryDynamics(
            String name, String formula, Function<BoundGame, Kernel> kernel, Function<BoundGame, VectorField> loops) {
        this.name = name;
        this.formula = formula;
        this.kernel = kernel;
        this.loops = loops;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final Map<String, Double> parameters() {
        return Map.of();
    }

    @Override
    public final VectorField field(BoundGame bound) {
        return PayoffKernels.fieldOr(kernel.apply(bound), bound, loops);
    }

    /**
     * The same field from the payoff field with loops in Java: the second implementation the compiled
     * kernel is tested against, and the fallback for games too large for one method.
     *
     * @param bound the game at a parameter point
     * @return the field, not compiled as a whole
     */
    public final VectorField interpretedField(BoundGame bound) {
        return loops.apply(bound);
    }

    @Override
    public final boolean isImitative() {
        return false;
    }

    @Override
    public final boolean restPointsAreNashEquilibria() {
        return true;
    }

    @Override
    public final Optional<List<Equation>> equations(Game game) {
        return Optional.empty();
    }

    @Override
    public final String formula() {
        return formula;
    }

    @Override
    public final String toString() {
        return name;
    }
}
