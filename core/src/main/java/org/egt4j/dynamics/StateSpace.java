package org.egt4j.dynamics;

/**
 * Where a vector field's states live: all of ℝ<sup>n</sup>, or (for evolutionary dynamics in reduced
 * coordinates) a product of simplices, {x<sub>k,i</sub> ≥ 0, Σ<sub>i</sub> x<sub>k,i</sub> ≤ 1} for each
 * population k. Integrators use it to keep states inside despite round-off and to detect leaving.
 */
public final class StateSpace {

    /** All of ℝ<sup>n</sup>: nothing to keep. */
    public static final StateSpace UNBOUNDED = new StateSpace(null);

    /** Tolerance below which a share or slack counts as zero rather than as having left. */
    public static final double ROUND_OFF = 1e-12;

    private final int[] offsets;

    private StateSpace(int[] offsets) {
        this.offsets = offsets;
    }

    /**
     * The product of simplices in reduced coordinates; population k owns coordinates
     * [{@code offsets[k]}, {@code offsets[k+1]}).
     *
     * @param offsets population k's first coordinate at k, the dimension at the end (copied)
     * @return the product of simplices
     */
    public static StateSpace simplices(int[] offsets) {
        return new StateSpace(offsets.clone());
    }

    /** {@return whether this is a product of simplices} */
    public boolean isBounded() {
        return offsets != null;
    }

    /**
     * The signed distance-like margin of x inside the space: the smallest of all shares and all
     * slacks 1 − Σ<sub>i</sub> x<sub>k,i</sub> (negative outside); +∞ when unbounded.
     *
     * @param x a state in reduced coordinates
     * @return the margin: positive inside, zero on the boundary, negative outside
     */
    public double margin(double[] x) {
        if (offsets == null) {
            return Double.POSITIVE_INFINITY;
        }
        double min = Double.POSITIVE_INFINITY;
        for (int k = 0; k + 1 < offsets.length; k++) {
            double sum = 0;
            for (int i = offsets[k]; i < offsets[k + 1]; i++) {
                min = Math.min(min, x[i]);
                sum += x[i];
            }
            min = Math.min(min, 1 - sum);
        }
        return min;
    }

    /**
     * Moves x back inside when it is outside by round-off: negative shares become 0 and a population
     * whose shares sum above 1 is scaled to sum 1. Returns whether x changed.
     *
     * @param x a state, changed in place
     * @return whether x changed
     */
    public boolean project(double[] x) {
        if (offsets == null) {
            return false;
        }
        boolean changed = false;
        for (int k = 0; k + 1 < offsets.length; k++) {
            double sum = 0;
            for (int i = offsets[k]; i < offsets[k + 1]; i++) {
                if (x[i] < 0) {
                    x[i] = 0;
                    changed = true;
                }
                sum += x[i];
            }
            if (sum > 1) {
                for (int i = offsets[k]; i < offsets[k + 1]; i++) {
                    x[i] /= sum;
                }
                changed = true;
            }
        }
        return changed;
    }
}
