package org.egt4j.finite;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.egt4j.ModelException;
import org.egt4j.game.Population;

/**
 * The finite-population settings of a spec's {@code process:} key or of the command line: the process,
 * the population sizes, the selection parameter and the mutation probability; immutable.
 *
 * @param process the update rule
 * @param size N for every population not named in {@code sizes}
 * @param sizes N by population name (may be empty)
 * @param intensity β (pairwise comparison) or w (Moran)
 * @param mu the mutation probability, in [0, 1]
 */
public record ProcessSettings(
        FiniteProcess process, int size, Map<String, Integer> sizes, double intensity, double mu) {

    /** The size used when none is given. */
    public static final int DEFAULT_SIZE = 100;

    /** The defaults: the pairwise comparison, N = 100, β = 1, μ = 0. */
    public static final ProcessSettings DEFAULT = new ProcessSettings(
            FiniteProcess.PAIRWISE_COMPARISON,
            DEFAULT_SIZE,
            Map.of(),
            FiniteProcess.PAIRWISE_COMPARISON.defaultIntensity(),
            0);

    /**
     * Checks the settings.
     *
     * @param process the update rule
     * @param size N for every population not named in {@code sizes}
     * @param sizes N by population name; copied
     * @param intensity β ≥ 0 or w ∈ [0, 1]
     * @param mu μ ∈ [0, 1]
     * @throws ModelException for a size below 2, an intensity or μ out of range
     */
    public ProcessSettings {
        sizes = Map.copyOf(new LinkedHashMap<>(sizes));
        // only the lower bound here: the players budget is checked where the populations are built
        // (FinitePopulation.of, FiniteGame.of), so that `finite --budget players=N` can raise it
        atLeastTwo(size, "(every population)");
        for (Map.Entry<String, Integer> e : sizes.entrySet()) {
            atLeastTwo(e.getValue(), e.getKey());
        }
        process.checkIntensity(intensity);
        checkMu(mu);
    }

    private static void atLeastTwo(int size, String population) {
        if (size < 2) {
            throw new ModelException(
                    "the size of population '" + population + "' must be at least 2, not " + size,
                    "a finite population needs a mutant and a resident: give N >= 2");
        }
    }

    /**
     * Checks a mutation probability.
     *
     * @param mu the value
     * @return {@code mu}
     * @throws ModelException when μ is outside [0, 1]
     */
    public static double checkMu(double mu) {
        if (!(mu >= 0 && mu <= 1)) {
            throw new ModelException(
                    "the mutation probability mu must be in [0, 1], not " + mu,
                    "mu = 0 gives the small-mutation limit only; e.g. mu = 0.01 adds the full chain");
        }
        return mu;
    }

    /**
     * The size of every population of a game, in order.
     *
     * @param populations the game's populations
     * @return N<sub>p</sub> for each: the named size, else {@link #size()}
     * @throws ModelException when {@code sizes} names a population the game does not have
     */
    public int[] sizesOf(List<Population> populations) {
        int[] n = new int[populations.size()];
        java.util.Set<String> known = new java.util.HashSet<>();
        for (int p = 0; p < n.length; p++) {
            known.add(populations.get(p).name());
            n[p] = sizes.getOrDefault(populations.get(p).name(), size);
        }
        for (String name : sizes.keySet()) {
            if (!known.contains(name)) {
                throw new ModelException(
                        "a size is given for population '" + name + "', which the game does not have",
                        "the populations are: "
                                + String.join(
                                        ", ",
                                        populations.stream()
                                                .map(Population::name)
                                                .toList()));
            }
        }
        return n;
    }
}
