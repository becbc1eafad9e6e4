package org.egt4j.sde;

import java.util.SplittableRandom;

/**
 * Standard normal deviates from one {@link SplittableRandom} by Marsaglia's polar method (G. Marsaglia
 * and T. A. Bray, "A convenient method for generating normal variables", SIAM Review 6, 1964): draw
 * u, v uniform on (−1, 1) until 0 &lt; s = u² + v² &lt; 1; then u·√(−2 ln s / s) and v·√(−2 ln s / s)
 * are two independent N(0, 1) deviates, returned one after the other. The sequence depends only on the
 * generator's state (no shared or static state), so a path drawing from its own stream is reproducible
 * alone. Not thread-safe.
 */
public final class Normals {

    private final SplittableRandom random;
    private double spare;
    private boolean hasSpare;

    /**
     * Deviates drawn from this generator (which the caller must not use elsewhere).
     *
     * @param random the uniform source
     */
    public Normals(SplittableRandom random) {
        this.random = random;
    }

    /** {@return the next N(0, 1) deviate} */
    public double next() {
        if (hasSpare) {
            hasSpare = false;
            return spare;
        }
        double u;
        double v;
        double s;
        do {
            u = 2 * random.nextDouble() - 1;
            v = 2 * random.nextDouble() - 1;
            s = u * u + v * v;
        } while (s >= 1 || s == 0);
        double f = Math.sqrt(-2 * Math.log(s) / s);
        spare = v * f;
        hasSpare = true;
        return u * f;
    }
}
