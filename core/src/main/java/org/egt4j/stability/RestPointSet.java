package org.egt4j.stability;

import java.util.List;

/**
 * A continuum of rest points (a segment, line or face of rest points), reported as one set with
 * sample points instead of as many points. What it is in words ("1-dimensional set of rest points with
 * support {row: opera, football; column: opera}") is the report's to say, from these data.
 *
 * @param dimension its dimension, or {@link #SINGULAR} for a set of non-isolated rest points found by a
 *     singular Jacobian (dimension unknown)
 * @param support support[k] = the strategies of population k in use
 * @param samples sample points, each as shares per population
 * @param stability its stability from the transverse eigenvalues ({@link ContinuumStability}), or null
 *     when not classified
 */
public record RestPointSet(int dimension, int[][] support, List<double[][]> samples, ContinuumStability stability) {
    /**
     * Readable text for JShell and logs ({@link org.egt4j.Show#record}): the components with their
     * numbers to 6 significant digits, long arrays shortened to their first items and their count.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return org.egt4j.Show.record(this);
    }

    /** The dimension of a set known only by its singular Jacobian. */
    public static final int SINGULAR = -1;

    /**
     * Copies the samples list.
     *
     * @param dimension its dimension, or {@link #SINGULAR}
     * @param support support[k] = the strategies of population k in use
     * @param samples sample points, each as shares per population
     * @param stability its stability, or null
     */
    public RestPointSet {
        samples = List.copyOf(samples);
    }

    /**
     * A set not yet classified.
     *
     * @param dimension its dimension, or {@link #SINGULAR}
     * @param support support[k] = the strategies of population k in use
     * @param samples sample points, each as shares per population
     */
    public RestPointSet(int dimension, int[][] support, List<double[][]> samples) {
        this(dimension, support, samples, null);
    }

    /**
     * This set with its stability.
     *
     * @param s the stability
     * @return the classified set
     */
    public RestPointSet withStability(ContinuumStability s) {
        return new RestPointSet(dimension, support, samples, s);
    }
}
