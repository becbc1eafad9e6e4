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
 * the replicator. A full mutation matrix may be given per population ({@link #withMatrices}): Q is
 * then any row-stochastic n×n matrix of exact fractions (rows summing to 1 within 10<sup>−12</sup>);
 * populations without a matrix mutate uniformly at μ, or not at all when no μ is given. Offspring counts are proportional to payoffs, so the payoffs must be non-negative:
 * {@link #field} refuses a game with a negative payoff at a pure profile (where multilinear payoffs take
 * their extremes). The right-hand sides are polynomials with the exact μ, so the field is compiled like
 * the replicator's ({@link PolynomialField}) and the equations are printed exactly.
 */
public final class ReplicatorMutator implements Dynamics {

    /** The name in specs and on the command line. */
    public static final String NAME = "replicator-mutator";

    /** The rows of a mutation matrix may miss 1 by this much (rounded decimals such as 0.333...). */
    public static final double ROW_SUM_TOLERANCE = 1e-12;

    private final double mu;
    /** Whether μ was given (uniform mutation of the populations without a matrix) or not (none). */
    private final boolean uniform;
    /** Q per population name, Q[j][i]: the probability that a j-offspring plays i; insertion order. */
    private final Map<String, BigFraction[][]> matrices;

    private ReplicatorMutator(double mu, boolean uniform, Map<String, BigFraction[][]> matrices) {
        this.mu = mu;
        this.uniform = uniform;
        this.matrices = matrices;
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
        return new ReplicatorMutator(mu, true, Map.of());
    }

    /**
     * Full mutation matrices for some populations (Page and Nowak 2002): Q<sub>ji</sub>, the probability
     * that an offspring of a j-player plays i. The other populations mutate uniformly at μ, or not at
     * all when {@code mu} is null.
     *
     * @param mu the uniform rate of the populations without a matrix, in [0, 1], or null for none
     * @param matrices per population name its n×n row-stochastic matrix of exact fractions
     * @return the dynamic
     * @throws ModelException when μ is outside [0, 1] or a matrix is not square, has a negative entry
     *     or a row that does not sum to 1 within {@link #ROW_SUM_TOLERANCE}
     */
    public static ReplicatorMutator withMatrices(Double mu, Map<String, BigFraction[][]> matrices) {
        double m = mu == null ? 0 : uniform(mu).mu();
        Map<String, BigFraction[][]> copy = new LinkedHashMap<>();
        for (Map.Entry<String, BigFraction[][]> e : matrices.entrySet()) {
            copy.put(e.getKey(), checked(e.getKey(), e.getValue()));
        }
        return new ReplicatorMutator(m, mu != null, java.util.Collections.unmodifiableMap(copy));
    }

    /** A deep copy of Q after checking that it is square, non-negative and row-stochastic. */
    private static BigFraction[][] checked(String population, BigFraction[][] q) {
        BigFraction[][] c = new BigFraction[q.length][];
        for (int j = 0; j < q.length; j++) {
            checkRow(population, j, q[j], q.length);
            c[j] = q[j].clone();
        }
        return c;
    }

    /**
     * Checks one row of a mutation matrix: n entries, none negative, summing to 1 within {@link
     * #ROW_SUM_TOLERANCE} (the spec loader calls it row by row to place its errors).
     *
     * @param population the population's name, for the message
     * @param j the row's index, from 0
     * @param row Q[j][·]
     * @param n the number of rows of the matrix
     * @throws ModelException naming the row (and entry) and how to fix it
     */
    public static void checkRow(String population, int j, BigFraction[] row, int n) {
        String hint = "give, for population " + population
                + ", one row per strategy j with the probabilities Q[j][i] that a j-offspring plays i"
                + " (non-negative, each row summing to 1)";
        if (row.length != n) {
            throw new ModelException(
                    "the mutation matrix of " + population + " is not square: row " + (j + 1) + " has " + row.length
                            + " entries, the matrix " + n + " rows",
                    hint);
        }
        BigFraction sum = BigFraction.ZERO;
        for (int i = 0; i < n; i++) {
            if (row[i].signum() < 0) {
                throw new ModelException(
                        "the mutation matrix of " + population + " has a negative entry Q[" + (j + 1) + "][" + (i + 1)
                                + "] = " + row[i].doubleValue(),
                        hint);
            }
            sum = sum.add(row[i]);
        }
        if (Math.abs(sum.subtract(BigFraction.ONE).doubleValue()) > ROW_SUM_TOLERANCE) {
            throw new ModelException(
                    "row " + (j + 1) + " of the mutation matrix of " + population + " sums to " + sum.doubleValue()
                            + ", not 1",
                    hint + "; fractions such as 1/3 are exact");
        }
    }

    /**
     * The mutation matrices given per population name (empty for uniform mutation).
     *
     * @return Q per population name, as copies
     */
    public Map<String, double[][]> matrices() {
        Map<String, double[][]> m = new LinkedHashMap<>();
        matrices.forEach((name, q) -> {
            double[][] d = new double[q.length][q.length];
            for (int j = 0; j < q.length; j++) {
                for (int i = 0; i < q.length; i++) {
                    d[j][i] = q[j][i].doubleValue();
                }
            }
            m.put(name, d);
        });
        return java.util.Collections.unmodifiableMap(m);
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
        if (uniform) {
            m.put("mu", mu);
        }
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
        if (mu != 0) {
            return false;
        }
        for (BigFraction[][] q : matrices.values()) {
            for (int j = 0; j < q.length; j++) {
                for (int i = 0; i < q.length; i++) {
                    if (i != j && q[j][i].signum() != 0) {
                        return false;
                    }
                }
            }
        }
        return true;
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

    /** The right-hand sides Σ_j x_j F_j Q_ji − x_i (x·F) in reduced coordinates, with μ and Q exact. */
    List<Polynomial> polynomials(Game game) {
        requireKnownPopulations(game);
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
            BigFraction[][] q = matrices.get(game.populations().get(k).name());
            for (int i = 0; i < n - 1; i++) {
                Polynomial inflow = Polynomial.ZERO;
                for (int j = 0; j < n; j++) {
                    inflow = inflow.add(weighted[j].scale(q != null ? q[j][i] : j == i ? stay : move));
                }
                rhs.add(inflow.subtract(share[i].multiply(mean)));
            }
        }
        return List.copyOf(rhs);
    }

    /** Refuses a matrix for a population the game does not have, or of the wrong size. */
    private void requireKnownPopulations(Game game) {
        for (Map.Entry<String, BigFraction[][]> e : matrices.entrySet()) {
            org.egt4j.game.Population p = null;
            for (org.egt4j.game.Population candidate : game.populations()) {
                if (candidate.name().equals(e.getKey())) {
                    p = candidate;
                }
            }
            if (p == null) {
                List<String> names = new ArrayList<>();
                game.populations().forEach(x -> names.add(x.name()));
                throw new ModelException(
                        "the mutation matrix is for an unknown population '" + e.getKey() + "'",
                        "the populations are: " + String.join(", ", names));
            }
            if (e.getValue().length != p.size()) {
                throw new ModelException(
                        "the mutation matrix of " + p.name() + " is " + e.getValue().length + "x" + e.getValue().length
                                + ", but " + p.name() + " has " + p.size() + " strategies",
                        "give a " + p.size() + "x" + p.size() + " matrix, rows and columns in the order "
                                + String.join(", ", p.strategies()));
            }
        }
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
        return o instanceof ReplicatorMutator r
                && Double.compare(r.mu, mu) == 0
                && r.uniform == uniform
                && sameMatrices(r.matrices, matrices);
    }

    private static boolean sameMatrices(Map<String, BigFraction[][]> a, Map<String, BigFraction[][]> b) {
        if (!a.keySet().equals(b.keySet())) {
            return false;
        }
        for (Map.Entry<String, BigFraction[][]> e : a.entrySet()) {
            if (!java.util.Arrays.deepEquals(e.getValue(), b.get(e.getKey()))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return Double.hashCode(mu) * 31 + matrices.keySet().hashCode();
    }

    @Override
    public String toString() {
        return spec();
    }

    /**
     * The command-line form; with matrices, {@code replicator-mutator:mu=M} followed by the populations
     * that have one, e.g. {@code replicator-mutator+mutation(p)} (matrices are given in a spec only).
     *
     * @return the dynamic as text
     */
    @Override
    public String spec() {
        String s = Dynamics.super.spec();
        return matrices.isEmpty() ? s : s + "+mutation(" + String.join(" ", matrices.keySet()) + ")";
    }
}
