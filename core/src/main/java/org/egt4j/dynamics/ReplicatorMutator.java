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
import org.egt4j.game.Population;
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

    /** Largest number of pure profiles at which non-negativity of payoffs is checked. */
    static final long MAX_PROFILES_CHECKED = 1 << 16;

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
        return PolynomialField.of(bound, polynomials(bound.game()), StateSpace.simplices(offsets(bound.game())), true);
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

    private static int[] offsets(Game game) {
        int[] offsets = new int[game.populations().size() + 1];
        for (int k = 0; k <= game.populations().size(); k++) {
            offsets[k] = game.offset(k);
        }
        return offsets;
    }

    /** Refuses a negative expected payoff at a pure profile (checked up to {@link #MAX_PROFILES_CHECKED}). */
    private static void requireNonNegativePayoffs(BoundGame bound) {
        Game game = bound.game();
        PayoffField payoffs = PayoffField.of(bound);
        List<Population> pops = game.populations();
        long profiles = 1;
        for (Population p : pops) {
            profiles = Math.min(Long.MAX_VALUE / 1024, profiles * p.size());
        }
        int[] pure = new int[pops.size()];
        double[] x = new double[game.dimension()];
        double[] f = new double[payoffs.size()];
        for (long count = 0; count < Math.min(profiles, MAX_PROFILES_CHECKED); count++) {
            java.util.Arrays.fill(x, 0);
            for (int k = 0; k < pops.size(); k++) {
                if (pure[k] < pops.get(k).size() - 1) {
                    x[game.offset(k) + pure[k]] = 1;
                }
            }
            payoffs.payoffs(x, f);
            for (int k = 0; k < pops.size(); k++) {
                for (int i = 0; i < pops.get(k).size(); i++) {
                    double v = f[payoffs.start(k) + i];
                    if (v < 0) {
                        throw new ModelException(
                                "replicator-mutator needs non-negative payoffs (offspring are proportional to"
                                        + " payoff), but " + pops.get(k).name() + "."
                                        + pops.get(k).strategies().get(i)
                                        + " earns " + org.egt4j.Numbers.shortDecimal(v, 6) + " at the profile ("
                                        + profile(pops, pure) + ")",
                                "add a background payoff to every strategy of "
                                        + pops.get(k).name()
                                        + " so that payoffs are >= 0, or use the replicator (--dynamics replicator)");
                    }
                }
            }
            for (int k = pops.size() - 1; k >= 0; k--) {
                if (++pure[k] < pops.get(k).size()) {
                    break;
                }
                pure[k] = 0;
            }
        }
    }

    private static String profile(List<Population> pops, int[] pure) {
        List<String> s = new ArrayList<>();
        for (int k = 0; k < pops.size(); k++) {
            s.add(pops.get(k).strategies().get(pure[k]));
        }
        return String.join(", ", s);
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
