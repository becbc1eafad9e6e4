package org.egt4j.dynamics;

import java.util.List;

/**
 * The paths of a dynamic that an analysis follows exactly instead of integrating its field: the
 * best-response inclusion ẋ ∈ BR(x) − x, whose field jumps where best replies tie, so that a Runge–Kutta
 * integration of any selection would chatter across the switching surfaces while the exact path is
 * piecewise x(t) = b + (x₀ − b)e<sup>−t</sup> ({@link BestResponsePath}). One object serves one bound
 * game; it is safe for use by several threads at once (every call builds its own path).
 */
public interface ExactPaths {

    /** {@return the name of the method, as the report and the manifest state it} */
    String method();

    /**
     * The path sampled at given times.
     *
     * @param x0 the start, reduced coordinates
     * @param times the sample times, increasing, from 0
     * @return the states at the times, reduced coordinates
     * @throws org.egt4j.NumericalException when the path cannot be followed up to the last time
     */
    double[][] sample(double[] x0, double[] times);

    /**
     * The first target the path comes within a radius of (max norm), before a time limit.
     *
     * @param x0 the start, reduced coordinates
     * @param timeLimit the time the path is followed for at most
     * @param targets the target states, reduced coordinates
     * @param radius the radius of the ball around each target, in the max norm
     * @return the index of the target reached first, or −1 when none is reached by the limit (or the
     *     path cannot be followed that far)
     */
    int reach(double[] x0, double timeLimit, List<double[]> targets, double radius);
}
