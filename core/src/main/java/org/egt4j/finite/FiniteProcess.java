package org.egt4j.finite;

import java.util.Locale;
import org.egt4j.ModelException;

/**
 * The update rules of a finite population, as named in specs and on the command line.
 *
 * <p>With k players of strategy a and N − k of strategy b (payoffs f<sub>a</sub>, f<sub>b</sub>), one step
 * raises k by one with probability T<sup>+</sup>(k) and lowers it with T<sup>−</sup>(k):
 *
 * <ul>
 *   <li>{@link #PAIRWISE_COMPARISON}: a focal player drawn uniformly (probability n<sub>j</sub>/N for a
 *       player of j) compares itself with a model drawn among the N − 1 others (n<sub>i</sub>/(N − 1)) and
 *       imitates it with the Fermi probability 1/(1 + e<sup>−β(f<sub>i</sub> − f<sub>j</sub>)</sup>), β ≥ 0
 *       the selection strength: T<sup>±</sup>(k) = k(N − k)/(N(N − 1)) · 1/(1 + e<sup>∓β(f<sub>a</sub> −
 *       f<sub>b</sub>)</sup>) (Traulsen, Nowak and Pacheco 2006, Phys. Rev. E 74, 011909).
 *   <li>{@link #MORAN}: birth–death with fitness φ = 1 − w + w·f, w ∈ [0, 1] the intensity of selection;
 *       the parent is drawn proportionally to n·φ, its offspring replaces a player drawn uniformly (itself
 *       included): T<sup>+</sup>(k) = kφ<sub>a</sub>/(kφ<sub>a</sub> + (N − k)φ<sub>b</sub>) · (N − k)/N and
 *       T<sup>−</sup>(k) = (N − k)φ<sub>b</sub>/(kφ<sub>a</sub> + (N − k)φ<sub>b</sub>) · k/N (Nowak, Sasaki,
 *       Taylor and Fudenberg 2004, Nature 428).
 * </ul>
 */
public enum FiniteProcess {
    /** Fermi imitation of a random model, selection strength β ≥ 0 (default 1). */
    PAIRWISE_COMPARISON("pairwise-comparison", "beta", 1.0),
    /** Frequency-dependent Moran birth–death process, intensity w ∈ [0, 1] (default 1). */
    MORAN("moran", "w", 1.0);

    private final String id;
    private final String intensityName;
    private final double defaultIntensity;

    FiniteProcess(String id, String intensityName, double defaultIntensity) {
        this.id = id;
        this.intensityName = intensityName;
        this.defaultIntensity = defaultIntensity;
    }

    /** {@return the name in specs and on the command line: {@code pairwise-comparison} or {@code moran}} */
    public String id() {
        return id;
    }

    /** {@return the name of the selection parameter: {@code beta} (Fermi) or {@code w} (Moran)} */
    public String intensityName() {
        return intensityName;
    }

    /** {@return the selection parameter used when none is given: β = 1, w = 1} */
    public double defaultIntensity() {
        return defaultIntensity;
    }

    /**
     * The process of a name, case-insensitive.
     *
     * @param name {@code pairwise-comparison} (also {@code fermi}) or {@code moran}
     * @return the process
     * @throws ModelException for any other name, listing the known ones
     */
    public static FiniteProcess parse(String name) {
        String n = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        if (n.equals("fermi")) {
            return PAIRWISE_COMPARISON;
        }
        for (FiniteProcess p : values()) {
            if (p.id.equals(n)) {
                return p;
            }
        }
        throw new ModelException(
                "unknown finite-population process '" + name + "'", "the processes are: pairwise-comparison, moran");
    }

    /**
     * Checks a selection parameter for this process.
     *
     * @param intensity β for the pairwise comparison, w for Moran
     * @return {@code intensity}
     * @throws ModelException when β is negative or not finite, or w is outside [0, 1]
     */
    public double checkIntensity(double intensity) {
        if (this == PAIRWISE_COMPARISON && !(intensity >= 0 && Double.isFinite(intensity))) {
            throw new ModelException(
                    "the selection strength beta must be a finite number >= 0, not " + intensity,
                    "beta = 0 is neutral drift; larger beta is stronger selection");
        }
        if (this == MORAN && !(intensity >= 0 && intensity <= 1)) {
            throw new ModelException(
                    "the intensity of selection w must be in [0, 1], not " + intensity,
                    "w = 0 is neutral drift, w = 1 makes fitness equal to payoff");
        }
        return intensity;
    }
}
