package org.egt4j.ode;

/** Watches an integration step by step (Hipparchus's {@code ODEStepHandler} in egt4j's shape). */
public interface StepObserver {

    /**
     * Called once before the first step.
     *
     * @param t0 the start time
     * @param x0 the start state, read only
     * @param t1 the requested end time
     */
    default void start(double t0, double[] x0, double t1) {}

    /**
     * Called after every accepted step.
     *
     * @param step the reused dense output of the step
     * @param last whether this is the final step (end time, stop event or stop condition)
     */
    void step(DenseOutput step, boolean last);
}
