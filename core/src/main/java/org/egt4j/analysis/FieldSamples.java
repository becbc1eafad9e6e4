package org.egt4j.analysis;

import org.egt4j.dynamics.VectorField;

/**
 * A dynamic's vector field sampled on a regular grid of a two-dimensional state space, the data behind
 * the arrows of a phase portrait: the points ((i + ½)/m, (j + ½)/m) for i, j = 0 … m − 1 (i outer) and
 * the velocity V(x) at each.
 *
 * @param resolution m, the points per axis
 * @param points points[r] = (x, y) of sample r
 * @param velocities velocities[r] = V(points[r])
 */
public record FieldSamples(int resolution, double[][] points, double[][] velocities) {
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

    /** Points per axis of the phase-portrait arrows. */
    public static final int RESOLUTION = 15;

    /**
     * Samples a two-dimensional field.
     *
     * @param field a field of dimension 2
     * @param resolution points per axis
     * @return the samples, i outer and j inner
     */
    public static FieldSamples grid(VectorField field, int resolution) {
        if (field.dimension() != 2) {
            throw new IllegalArgumentException("a grid of field samples needs dimension 2, not " + field.dimension());
        }
        VectorField f = field.copy();
        double[][] points = new double[resolution * resolution][];
        double[][] velocities = new double[resolution * resolution][];
        int r = 0;
        for (int i = 0; i < resolution; i++) {
            for (int j = 0; j < resolution; j++) {
                points[r] = new double[] {(i + 0.5) / resolution, (j + 0.5) / resolution};
                velocities[r] = new double[2];
                f.derivative(points[r], velocities[r]);
                r++;
            }
        }
        return new FieldSamples(resolution, points, velocities);
    }
}
