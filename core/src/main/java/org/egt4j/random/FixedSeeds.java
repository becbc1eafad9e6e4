package org.egt4j.random;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The fixed seeds of the library's internal random choices, each drawn through {@link
 * RandomStreams#stream(long, long)}: the sample points of Lyapunov's direct method, the generic start
 * frame of the Lyapunov spectrum, the witness points of the vertex table's parameter box and the
 * sample points of continua of rest points. They are constants (a result must not depend on a clock
 * or on a user's seed it was not given), and {@link #all()} lists them for the manifest.
 */
public final class FixedSeeds {

    /** Seed of the sample points at which the direct method evaluates dV/dt (stream 0). */
    public static final long DIRECT_METHOD = 20261128L;

    /** Seed of the random orthonormal frame the Lyapunov spectrum starts from (stream 0). */
    public static final long LYAPUNOV_SPECTRUM = 0x5EEDL;

    /**
     * Seed of the corner and interior witness points of the vertex table's parameter box; the stream
     * index is derived from the shape of the problem (eigenvalue count and varying parameters).
     */
    public static final long VERTEX_WITNESSES = 7919L;

    /**
     * Seed of the sample points of a continuum of rest points; the stream index is derived from the
     * face's support masks.
     */
    public static final long REST_POINT_SETS = 31L;

    private FixedSeeds() {}

    /**
     * Every fixed seed by name, in a fixed order, for manifests.
     *
     * @return an unmodifiable map from the seed's name to its value
     */
    public static Map<String, Long> all() {
        Map<String, Long> m = new LinkedHashMap<>();
        m.put("directMethod", DIRECT_METHOD);
        m.put("lyapunovSpectrum", LYAPUNOV_SPECTRUM);
        m.put("vertexWitnesses", VERTEX_WITNESSES);
        m.put("restPointSets", REST_POINT_SETS);
        return java.util.Collections.unmodifiableMap(m);
    }
}
