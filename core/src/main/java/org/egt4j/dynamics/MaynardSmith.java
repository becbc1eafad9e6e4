package org.egt4j.dynamics;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.egt4j.ModelException;
import org.egt4j.game.BoundGame;
import org.egt4j.game.Game;

/**
 * Maynard Smith's replicator dynamics (Maynard Smith 1982, <i>Evolution and the Theory of Games</i>;
 * Hofbauer and Sigmund 1998, §7.1), the discrete-generation form of selection in continuous time: per
 * population
 *
 * <pre>
 *   ẋ_i = x_i (F_i − x·F) / (x·F),
 * </pre>
 *
 * the replicator field of each population divided by that population's mean payoff. It needs x·F &gt;
 * 0: {@link #field} refuses a game with a payoff ≤ 0 at a pure profile (positive payoffs at every pure
 * profile make every mean payoff positive, as means of positive numbers). It is imitative with the
 * replicator's rest points; at a rest point its Jacobian is diag(1/φ<sub>k</sub>) times the replicator's,
 * so for one population the eigenvalues are the replicator's divided by the mean payoff. The field is
 * compiled to bytecode as one kernel ({@code PayoffKernels}), with the exact Jacobian DV = DR/φ − R
 * ∇φᵀ/φ² (the replicator kernel and payoff field combined in Java, {@link #interpretedField}, is the
 * second implementation).
 */
public final class MaynardSmith implements Dynamics {

    /** The dynamic (it has no parameters). */
    public static final MaynardSmith INSTANCE = new MaynardSmith();

    /** The name in specs and on the command line. */
    public static final String NAME = "maynard-smith";

    private MaynardSmith() {}

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Map<String, Double> parameters() {
        return Map.of();
    }

    @Override
    public VectorField field(BoundGame bound) {
        requirePositivePayoffs(bound);
        return PayoffKernels.fieldOr(PayoffKernels.maynardSmith(bound), bound, MaynardSmithField::of);
    }

    /**
     * The same field as the compiled replicator kernel and payoff field combined with loops in Java: the
     * second implementation the compiled kernel is tested against, and the fallback for very large games.
     *
     * @param bound the game at a parameter point, with positive payoffs
     * @return the field, not compiled as a whole
     * @throws ModelException when a payoff at a pure profile is ≤ 0
     */
    public VectorField interpretedField(BoundGame bound) {
        requirePositivePayoffs(bound);
        return MaynardSmithField.of(bound);
    }

    @Override
    public boolean isImitative() {
        return true;
    }

    @Override
    public Optional<List<Equation>> equations(Game game) {
        return Optional.empty();
    }

    @Override
    public String formula() {
        return "dx_i/dt = x_i*(F_i - x.F)/(x.F), per population (the replicator divided by the mean payoff)";
    }

    /** Refuses a payoff ≤ 0 at a pure profile (the first {@link LowestPayoff#MAX_PROFILES}). */
    private static void requirePositivePayoffs(BoundGame bound) {
        Game game = bound.game();
        LowestPayoff lowest = LowestPayoff.of(bound);
        if (!(lowest.value() > 0)) {
            throw new ModelException(
                    "maynard-smith divides by the mean payoff and needs positive payoffs, but " + lowest.who(game)
                            + " earns " + org.egt4j.Numbers.shortDecimal(lowest.value(), 6) + " at a pure profile",
                    "add a background payoff to every strategy of "
                            + game.populations().get(lowest.population()).name()
                            + " so that payoffs are > 0, or use the replicator (--dynamics replicator)");
        }
    }

    @Override
    public String toString() {
        return NAME;
    }

    /** {@inheritDoc} Its orbits are the replicator's, so its stable vertices are too. */
    @Override
    public boolean hasVertexRegimes() {
        return true;
    }
}
