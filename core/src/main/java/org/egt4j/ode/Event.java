package org.egt4j.ode;

/**
 * A switching function g(t, x) whose sign changes mark events. After every step the solver compares
 * the sign of g at the step's ends and locates a change on the dense output (Illinois method) to
 * within {@link #timeTolerance()}; then {@link #onEvent} decides whether to stop there.
 */
public interface Event {

    /** What to do at an event. */
    enum Action {
        /** End the integration at the event. */
        STOP,
        /** Note the event and go on. */
        CONTINUE
    }

    /**
     * The switching function; must not keep a reference to {@code x}.
     *
     * @param t the time
     * @param x the state (reduced coordinates), read only
     * @return a value whose sign change marks the event
     */
    double g(double t, double[] x);

    /**
     * Called at a located event; the default stops.
     *
     * @param t the located event time
     * @param x the state at that time, from the dense output
     * @return whether to stop or continue
     */
    default Action onEvent(double t, double[] x) {
        return Action.STOP;
    }

    /**
     * Absolute tolerance on the event time; default 1e-12.
     *
     * @return the tolerance, positive
     */
    default double timeTolerance() {
        return 1e-12;
    }

    /**
     * Stop on reaching the ball of radius r (max norm) around {@code point}.
     *
     * @param point the target state (copied)
     * @param radius r, in the max norm
     * @return an event with g = ‖x − point‖<sub>∞</sub> − r
     */
    static Event reaching(double[] point, double radius) {
        double[] p = point.clone();
        return (t, x) -> {
            double d = 0;
            for (int i = 0; i < p.length; i++) {
                d = Math.max(d, Math.abs(x[i] - p[i]));
            }
            return d - radius;
        };
    }

    /**
     * Stop when the state leaves the field's state space by more than round-off (g is its {@link
     * org.egt4j.dynamics.StateSpace#margin} plus the round-off tolerance). Use it with projection off.
     *
     * @param space the field's state space
     * @return an event whose g turns negative when a share falls below −round-off or a population's shares sum above 1 + round-off
     */
    static Event leaving(org.egt4j.dynamics.StateSpace space) {
        return (t, x) -> space.margin(x) + org.egt4j.dynamics.StateSpace.ROUND_OFF;
    }
}
