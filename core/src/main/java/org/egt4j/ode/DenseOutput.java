package org.egt4j.ode;

/**
 * The solution over the last accepted step [t<sub>prev</sub>, t<sub>cur</sub>], as a continuous
 * extension (for Dormand–Prince 5(4): Hairer's 4th-order interpolant). The same object is reused for
 * every step; read it during the callback only.
 */
public interface DenseOutput {

    /**
     * Start of the step.
     *
     * @return t<sub>prev</sub>
     */
    double previousTime();

    /**
     * End of the step (for a step cut by an event: the event time).
     *
     * @return t<sub>cur</sub>
     */
    double currentTime();

    /**
     * Writes the interpolated state at {@code t} ∈ [previousTime, currentTime] into {@code out}; at
     * currentTime it is exactly the solver's state.
     *
     * @param t a time in the step
     * @param out receives the state, of the field's dimension
     */
    void state(double t, double[] out);
}
