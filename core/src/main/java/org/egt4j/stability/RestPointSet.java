package org.egt4j.stability;

import java.util.List;

/**
 * A continuum of rest points (a segment, line or face of rest points), reported as one set with
 * sample points instead of as many points.
 *
 * @param description what the set is, e.g. "1-dimensional set of rest points with support {row: opera,
 *     football; column: opera}"
 * @param dimension its dimension
 * @param support support[k] = the strategies of population k in use
 * @param samples sample points, each as shares per population
 */
public record RestPointSet(String description, int dimension, int[][] support, List<double[][]> samples) {

    /**
     * Copies the samples list.
     *
     * @param description what the set is, e.g. "1-dimensional set of rest points with support {row: opera,
     *     football; column: opera}"
     * @param dimension its dimension
     * @param support support[k] = the strategies of population k in use
     * @param samples sample points, each as shares per population
     */
    public RestPointSet {
        samples = List.copyOf(samples);
    }
}
