package org.egt4j.sde;

import java.util.Arrays;
import org.egt4j.ModelException;
import org.egt4j.game.Game;
import org.egt4j.game.Population;

/**
 * A noise: its {@link NoiseKind} and intensities σ ≥ 0, given as one number for every population, one
 * per population, or (for {@link NoiseKind#PAYOFF}) one per strategy in spec order. Immutable; checked
 * against a game by {@link #strategySigmas(Game)}.
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
     *     multiplicative and logistic noise both strategies of a population carry its σ
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
                    perPopulation.length + " noise intensities for " + pops + " populations",
                    "give one sigma per population, or one number for all");
        }
        if (perStrategy != null && perStrategy.length != pops) {
            throw new ModelException(
                    perStrategy.length + " lists of noise intensities for " + pops + " populations",
                    "give one list per population");
        }
        int r = 0;
        for (int k = 0; k < pops; k++) {
            Population p = game.populations().get(k);
            if (kind != NoiseKind.PAYOFF && p.size() != 2) {
                throw new ModelException(
                        kind.key() + " noise needs two strategies, but population " + p.name() + " has " + p.size(),
                        "use payoff noise (aggregate payoff shocks) for populations of three or more strategies");
            }
            if (perStrategy != null && perStrategy[k].length != p.size()) {
                throw new ModelException(
                        perStrategy[k].length + " noise intensities for the " + p.size() + " strategies of " + p.name(),
                        "give one sigma per strategy, in spec order");
            }
            for (int i = 0; i < p.size(); i++) {
                out[r++] = perStrategy != null ? perStrategy[k][i] : perPopulation != null ? perPopulation[k] : uniform;
            }
        }
        return out;
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
