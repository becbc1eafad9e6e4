package org.egt4j.dynamics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.egt4j.ModelException;
import org.egt4j.expr.Polynomial;
import org.egt4j.game.BoundGame;
import org.egt4j.game.Game;
import org.hipparchus.fraction.BigFraction;

/**
 * The replicator–mutator dynamics (Page and Nowak 2002, "Unifying evolutionary dynamics", J. Theor.
 * Biol. 219), per population with payoffs F and mean payoff x·F:
 *
 * <pre>
 *   ẋ_i = Σ_j x_j F_j Q_ji − x_i (x·F),
 * </pre>
 *
 * where Q<sub>ji</sub> is the probability that an offspring of a j-player plays i (rows of Q sum to 1).
 * With uniform mutation at rate μ, Q<sub>jj</sub> = 1 − μ and Q<sub>ji</sub> = μ/(n − 1); μ = 0 gives
 * the replicator. Offspring counts are proportional to payoffs, so the payoffs must be non-negative:
 * {@link #field} refuses a game with a negative payoff at a pure profile (where multilinear payoffs take
 * their extremes). The right-hand sides are polynomials with the exact μ, so the field is compiled like
 * the replicator's ({@link PolynomialField}) and the equations are printed exactly.
 */
public final class ReplicatorMutator implements Dynamics {

    /** The name in specs and on the command line. */
    public static final String NAME = "replicator-mutator";

    private final double mu;

    private ReplicatorMutator(double mu) {
        this.mu = mu;
    }

    /**
     * Uniform mutation at rate μ.
     *
     * @param mu the mutation probability, in [0, 1]
     * @return the dynamic
     * @throws ModelException when μ is outside [0, 1]
     */
    public static ReplicatorMutator uniform(double mu) {
        if (!(mu >= 0 && mu <= 1)) {
            throw new ModelException(
                    "the mutation rate mu of replicator-mutator must be in [0, 1], not " + mu,
                    "write e.g. --dynamics replicator-mutator:mu=0.01");
        }
        return new ReplicatorMutator(mu);
    }

    /** {@return the mutation probability μ} */
    public double mu() {
        return mu;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Map<String, Double> parameters() {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("mu", mu);
        return java.util.Collections.unmodifiableMap(m);
    }

    @Override
    public VectorField field(BoundGame bound) {
        requireNonNegativePayoffs(bound);
        return PolynomialField.of(
                bound,
                polynomials(bound.game()),
                StateSpace.simplices(bound.game().offsets()),
                true);
    }

    @Override
    public boolean isImitative() {
        return mu == 0;
    }

    @Override
    public Optional<List<Equation>> equations(Game game) {
        List<Polynomial> p = polynomials(game);
        List<Equation> list = new ArrayList<>();
        for (int c = 0; c < p.size(); c++) {
            list.add(Equation.expanded(game.coordinates().get(c), p.get(c)));
        }
        return Optional.of(List.copyOf(list));
    }

    /** The right-hand sides Σ_j x_j F_j Q_ji − x_i (x·F) in reduced coordinates, with μ exact. */
    List<Polynomial> polynomials(Game game) {
        BigFraction exactMu = BoundGame.exact(mu);
        List<Polynomial> rhs = new ArrayList<>();
        for (int k = 0; k < game.populations().size(); k++) {
            int n = game.populations().get(k).size();
            Polynomial[] share = new Polynomial[n];
            Polynomial last = Polynomial.ONE;
            for (int i = 0; i < n - 1; i++) {
                share[i] = Polynomial.of(game.coordinates().get(game.offset(k) + i));
                last = last.subtract(share[i]);
            }
            share[n - 1] = last;
            Polynomial[] weighted = new Polynomial[n]; // x_j F_j
            Polynomial mean = Polynomial.ZERO;
            for (int j = 0; j < n; j++) {
                weighted[j] = share[j].multiply(game.expectedPayoff(k, j));
                mean = mean.add(weighted[j]);
            }
            BigFraction stay = BigFraction.ONE.subtract(exactMu);
            BigFraction move = n == 1 ? BigFraction.ZERO : exactMu.divide(n - 1);
            for (int i = 0; i < n - 1; i++) {
                Polynomial inflow = Polynomial.ZERO;
                for (int j = 0; j < n; j++) {
                    inflow = inflow.add(weighted[j].scale(j == i ? stay : move));
                }
                rhs.add(inflow.subtract(share[i].multiply(mean)));
            }
        }
        return List.copyOf(rhs);
    }

    /** Refuses a negative expected payoff at a pure profile (the first {@link LowestPayoff#MAX_PROFILES}). */
    private static void requireNonNegativePayoffs(BoundGame bound) {
        Game game = bound.game();
        LowestPayoff lowest = LowestPayoff.of(bound);
        if (lowest.value() < 0) {
            String population = game.populations().get(lowest.population()).name();
            throw new ModelException(
                    "replicator-mutator needs non-negative payoffs (offspring are proportional to payoff), but "
                            + lowest.who(game) + " earns " + org.egt4j.Numbers.shortDecimal(lowest.value(), 6)
                            + " at the profile " + lowest.where(game),
                    "add a background payoff to every strategy of " + population
                            + " so that payoffs are >= 0, or use the replicator (--dynamics replicator)");
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReplicatorMutator r && Double.compare(r.mu, mu) == 0;
    }

    @Override
    public int hashCode() {
        return Double.hashCode(mu);
    }

    @Override
    public String toString() {
        return spec();
    }
}
