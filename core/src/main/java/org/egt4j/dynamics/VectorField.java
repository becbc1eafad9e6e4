package org.egt4j.dynamics;

/**
 * An autonomous vector field ẋ = F(x) on ℝ<sup>n</sup> with its Jacobian DF(x). Implementations write
 * into arrays the caller owns and allocate nothing, so they can sit in an integrator's inner loop.
 * They may keep scratch arrays and are then not safe for concurrent use: take one per thread
 * ({@link #copy()}).
 */
public interface VectorField {

    /**
     * The dimension n.
     *
     * @return the number of state components n
     */
    int dimension();

    /**
     * Writes F(x) into {@code out}.
     *
     * @param x the state, length n; not modified
     * @param out receives the derivative, length n; must not be {@code x}
     */
    void derivative(double[] x, double[] out);

    /**
     * Writes the Jacobian DF(x) into {@code out}, row-major: {@code out[i*n + j] = ∂F_i/∂x_j}.
     *
     * @param x the state, length n; not modified
     * @param out receives the n×n Jacobian
     */
    void jacobian(double[] x, double[] out);

    /**
     * Writes F(x) and DF(x) at once; implementations share the work of both (the default calls
     * {@link #derivative} and {@link #jacobian}).
     *
     * @param x the state, length n; not modified
     * @param out receives F(x), length n
     * @param jacobian receives DF(x), n×n row-major
     */
    default void derivativeAndJacobian(double[] x, double[] out, double[] jacobian) {
        derivative(x, out);
        jacobian(x, jacobian);
    }

    /**
     * Where the states live; unbounded unless the field says otherwise.
     *
     * @return the state space, {@link StateSpace#UNBOUNDED} by default
     */
    default StateSpace stateSpace() {
        return StateSpace.UNBOUNDED;
    }

    /**
     * An independent instance with its own scratch space, for use in another thread.
     *
     * @return a copy that shares no mutable state with this field
     */
    VectorField copy();
}
