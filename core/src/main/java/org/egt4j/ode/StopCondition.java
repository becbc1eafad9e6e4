package org.egt4j.ode;

/**
 * A condition checked at the end of every accepted step, with the state and its derivative; true
 * ends the integration there. Conditions may keep state (e.g. a dwell timer): {@link #reset()} is
 * called at the start of every integration.
 */
public interface StopCondition {

    /**
     * Whether to stop at the end of this step.
     *
     * @param t the time at the end of the step
     * @param x the state there, read only
     * @param dx the field ẋ there, read only
     * @return whether the integration ends here
     */
    boolean stop(double t, double[] x, double[] dx);

    /** Called before each integration. */
    default void reset() {}

    /**
     * Steady state: ‖ẋ‖<sub>∞</sub> has stayed below {@code threshold} for at least {@code dwell} time
     * units (measured at step ends). Not thread-safe: one instance per integration thread.
     *
     * @param threshold the bound on ‖ẋ‖<sub>∞</sub>
     * @param dwell how long the bound must hold
     * @return a fresh condition (reset by the solver at the start of each run)
     */
    static StopCondition steadyState(double threshold, double dwell) {
        return new StopCondition() {
            private double since = Double.NaN;

            @Override
            public boolean stop(double t, double[] x, double[] dx) {
                double norm = 0;
                for (double d : dx) {
                    norm = Math.max(norm, Math.abs(d));
                }
                if (!(norm < threshold)) {
                    since = Double.NaN;
                    return false;
                }
                if (Double.isNaN(since)) {
                    since = t;
                }
                return Math.abs(t - since) >= dwell;
            }

            @Override
            public void reset() {
                since = Double.NaN;
            }
        };
    }
}
