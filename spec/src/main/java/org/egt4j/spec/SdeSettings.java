package org.egt4j.spec;

import org.egt4j.sde.Noise;
import org.egt4j.sde.Scheme;

/**
 * The stochastic part of a spec: the optional {@code noise:} block and the {@code analysis:} keys
 * {@code paths}, {@code dt} and {@code scheme} (docs/sde.md).
 *
 * @param noise the noise, or null when the spec has no {@code noise:} block
 * @param paths the number of paths of an ensemble (default 1000)
 * @param dt the largest step (default 0.01)
 * @param scheme the scheme (default Euler–Maruyama)
 */
public record SdeSettings(Noise noise, int paths, double dt, Scheme scheme) {

    /** No noise; 1000 paths, dt = 0.01, Euler–Maruyama. */
    public static final SdeSettings DEFAULT = new SdeSettings(null, 1000, 0.01, Scheme.EULER_MARUYAMA);
}
