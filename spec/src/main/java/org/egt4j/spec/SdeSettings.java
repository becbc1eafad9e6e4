package org.egt4j.spec;

import org.egt4j.sde.Noise;
import org.egt4j.sde.Scheme;

/**
 * The stochastic part of a spec: the optional {@code noise:} block and the {@code analysis:} keys
 * {@code paths}, {@code dt}, {@code scheme} and {@code from} (docs/sde.md).
 *
 * @param noise the noise, or null when the spec has no {@code noise:} block
 * @param paths the number of paths of an ensemble (default 1000)
 * @param dt the largest step (default 0.01)
 * @param scheme the scheme (default Euler–Maruyama)
 * @param from the start of the report's ensembles as a state text ({@code POP=v,...}, checked
 *     against the game when the spec loads; parse it with {@link States#parse}), or null for the
 *     barycentre of every simplex
 */
public record SdeSettings(Noise noise, int paths, double dt, Scheme scheme, String from) {

    /** No noise; 1000 paths, dt = 0.01, Euler–Maruyama, from the barycentre. */
    public static final SdeSettings DEFAULT = new SdeSettings(null, 1000, 0.01, Scheme.EULER_MARUYAMA, null);

    /**
     * Settings whose ensembles start at the barycentre.
     *
     * @param noise the noise, or null
     * @param paths the number of paths
     * @param dt the largest step
     * @param scheme the scheme
     */
    public SdeSettings(Noise noise, int paths, double dt, Scheme scheme) {
        this(noise, paths, dt, scheme, null);
    }
}
