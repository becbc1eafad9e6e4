package org.egt4j.sde;

import java.util.Arrays;
import org.egt4j.ModelException;
import org.egt4j.game.Game;
import org.egt4j.game.Population;

/**
 * A noise: its {@link NoiseKind} and intensities σ ≥ 0, given as one number for every population, one
 * per population, or (for {@link NoiseKind#PAYOFF}) one per strategy in spec order; for {@link
 * NoiseKind#FINITE_SIZE} the intensity is a population size N (an integer ≥ 2), one for every
 * population or one per population. Immutable; checked against a game by {@link
 * #strategySigmas(Game)} and {@link #populationSizes(Game)}.
 */
public final class Noise {

    private final NoiseKind kind;
    private final double uniform;
    private final double[] perPopulation;
    private final double[][] perStrategy;

    private Noise(NoiseKind kind, double uniform, double[] perPopulation, double[][] perStrategy) {
        this.kind = kind;
        this.uniform = uniform;
        this.perPopulation = perPopulation;
        this.perStrategy = perStrategy;
    }

    /**
     * One intensity for every population (and, for payoff shocks, every strategy).
     *
     * @param kind the kind
     * @param sigma σ ≥ 0
     * @return the noise
     */
    public static Noise uniform(NoiseKind kind, double sigma) {
        notFiniteSize(kind);
        check(sigma, "sigma");
        return new Noise(kind, sigma, null, null);
    }

    /**
     * One intensity per population, in population order.
     *
     * @param kind the kind
     * @param sigma σ<sub>k</sub> ≥ 0 for every population k
     * @return the noise
     */
    public static Noise perPopulation(NoiseKind kind, double[] sigma) {
        notFiniteSize(kind);
        for (int k = 0; k < sigma.length; k++) {
            check(sigma[k], "sigma of population " + (k + 1));
        }
        return new Noise(kind, Double.NaN, sigma.clone(), null);
    }

    /**
     * Payoff shocks with one intensity per strategy.
     *
     * @param sigma sigma[k][i] ≥ 0: strategy i of population k, in spec order
     * @return the noise, of kind {@link NoiseKind#PAYOFF}
     */
    public static Noise perStrategy(double[][] sigma) {
        double[][] copy = new double[sigma.length][];
        for (int k = 0; k < sigma.length; k++) {
            copy[k] = sigma[k].clone();
            for (int i = 0; i < copy[k].length; i++) {
                check(copy[k][i], "sigma of strategy " + (i + 1) + " of population " + (k + 1));
            }
        }
        return new Noise(NoiseKind.PAYOFF, Double.NaN, null, copy);
    }

    /**
     * Finite-size noise with one population size for every population.
     *
     * @param size N, an integer from 2 to {@link #MAX_SIZE}
     * @return the noise, of kind {@link NoiseKind#FINITE_SIZE}
     * @throws ModelException for any other size
     */
    public static Noise finiteSize(double size) {
        checkSize(size, "size");
        return new Noise(NoiseKind.FINITE_SIZE, size, null, null);
    }

    /**
     * Finite-size noise with one population size per population, in population order.
     *
     * @param sizes N<sub>k</sub>, integers from 2 to {@link #MAX_SIZE}
     * @return the noise, of kind {@link NoiseKind#FINITE_SIZE}
     * @throws ModelException for any other size
     */
    public static Noise finiteSize(double[] sizes) {
        for (int k = 0; k < sizes.length; k++) {
            checkSize(sizes[k], "size of population " + (k + 1));
        }
        return new Noise(NoiseKind.FINITE_SIZE, Double.NaN, sizes.clone(), null);
    }

    /** The largest population size of finite-size noise (beyond it the noise is below rounding). */
    public static final double MAX_SIZE = 1e12;

    private static void notFiniteSize(NoiseKind kind) {
        if (kind == NoiseKind.FINITE_SIZE) {
            throw new ModelException(
                    "finite-size noise takes a population size, not a sigma",
                    "write e.g. `noise: {kind: finite-size, size: 100}` or --noise finite-size:size=100");
        }
    }

    private static void checkSize(double size, String what) {
        if (!(size >= 2 && size <= MAX_SIZE && Double.compare(size, Math.rint(size)) == 0)) {
            throw new ModelException(
                    what + " = " + size + " is not a population size",
                    "give a whole number of agents from 2 to 10^12, e.g. size: 100");
        }
    }

    private static void check(double sigma, String what) {
        if (!(sigma >= 0 && Double.isFinite(sigma))) {
            throw new ModelException(
                    what + " = " + sigma + " is not a noise intensity", "give a finite sigma >= 0, e.g. 0.5");
        }
    }

    /** {@return the kind} */
    public NoiseKind kind() {
        return kind;
    }

    /**
     * The intensity of every strategy of the game, checking the noise fits it.
     *
     * @param game the game
     * @return σ per strategy, all populations in order (length Σ<sub>k</sub> n<sub>k</sub>); for
     *     multiplicative and logistic noise both strategies of a population carry its σ; all 0 for
     *     finite-size noise, whose intensity is {@link #populationSizes(Game)}
     * @throws ModelException when the counts do not match the game, or multiplicative or logistic noise
     *     is put on a population without exactly two strategies
     */
    public double[] strategySigmas(Game game) {
        int pops = game.populations().size();
        int total = 0;
        for (Population p : game.populations()) {
            total += p.size();
        }
        double[] out = new double[total];
        if (perPopulation != null && perPopulation.length != pops) {
            throw new ModelException(
                    perPopulation.length + (kind == NoiseKind.FINITE_SIZE ? " population sizes" : " noise intensities")
                            + " for " + pops + " populations",
                    kind == NoiseKind.FINITE_SIZE
                            ? "give one size per population, or one number for all"
                            : "give one sigma per population, or one number for all");
        }
        if (perStrategy != null && perStrategy.length != pops) {
            throw new ModelException(
                    perStrategy.length + " lists of noise intensities for " + pops + " populations",
                    "give one list per population");
        }
        int r = 0;
        for (int k = 0; k < pops; k++) {
            Population p = game.populations().get(k);
            if (kind != NoiseKind.PAYOFF && kind != NoiseKind.FINITE_SIZE && p.size() != 2) {
                throw new ModelException(
                        kind.key() + " noise needs two strategies, but population " + p.name() + " has " + p.size(),
                        "use payoff noise (aggregate payoff shocks) or finite-size noise for populations of three or more"
                                + " strategies");
            }
            if (perStrategy != null && perStrategy[k].length != p.size()) {
                throw new ModelException(
                        perStrategy[k].length + " noise intensities for the " + p.size() + " strategies of " + p.name(),
                        "give one sigma per strategy, in spec order");
            }
            for (int i = 0; i < p.size(); i++) {
                out[r++] = kind == NoiseKind.FINITE_SIZE
                        ? 0
                        : perStrategy != null ? perStrategy[k][i] : perPopulation != null ? perPopulation[k] : uniform;
            }
        }
        return out;
    }

    /**
     * The population size N<sub>k</sub> of every population under finite-size noise, checking the noise
     * fits the game.
     *
     * @param game the game
     * @return N per population, in population order; empty for the other kinds
     * @throws ModelException when the number of sizes does not match the game
     */
    public double[] populationSizes(Game game) {
        strategySigmas(game);
        if (kind != NoiseKind.FINITE_SIZE) {
            return new double[0];
        }
        double[] out = new double[game.populations().size()];
        for (int k = 0; k < out.length; k++) {
            out[k] = perPopulation != null ? perPopulation[k] : uniform;
        }
        return out;
    }

    /**
     * The same noise made louder or quieter: every σ times the factor, or, for finite-size noise,
     * every population size divided by the factor squared (the noise scales as 1/√N), rounded to a
     * whole number and at least 2.
     *
     * @param factor a positive factor
     * @return the scaled noise
     */
    public Noise scaled(double factor) {
        if (!(factor > 0 && Double.isFinite(factor))) {
            throw new IllegalArgumentException("factor " + factor);
        }
        if (kind == NoiseKind.FINITE_SIZE) {
            if (perPopulation == null) {
                return finiteSize(scaledSize(uniform, factor));
            }
            double[] n = new double[perPopulation.length];
            for (int k = 0; k < n.length; k++) {
                n[k] = scaledSize(perPopulation[k], factor);
            }
            return finiteSize(n);
        }
        if (perStrategy != null) {
            double[][] s = new double[perStrategy.length][];
            for (int k = 0; k < s.length; k++) {
                s[k] = perStrategy[k].clone();
                for (int i = 0; i < s[k].length; i++) {
                    s[k][i] *= factor;
                }
            }
            return perStrategy(s);
        }
        if (perPopulation != null) {
            double[] s = perPopulation.clone();
            for (int k = 0; k < s.length; k++) {
                s[k] *= factor;
            }
            return perPopulation(kind, s);
        }
        return uniform(kind, uniform * factor);
    }

    private static double scaledSize(double size, double factor) {
        return Math.min(MAX_SIZE, Math.max(2, Math.rint(size / (factor * factor))));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Noise n
                && kind == n.kind
                && Double.compare(uniform, n.uniform) == 0
                && Arrays.equals(perPopulation, n.perPopulation)
                && Arrays.deepEquals(perStrategy, n.perStrategy);
    }

    @Override
    public int hashCode() {
        return kind.hashCode() * 31 + Arrays.hashCode(perPopulation) + Arrays.deepHashCode(perStrategy);
    }

    @Override
    public String toString() {
        String s = perStrategy != null
                ? Arrays.deepToString(perStrategy)
                : perPopulation != null ? Arrays.toString(perPopulation) : Double.toString(uniform);
        return kind.key() + " " + s;
    }
}
