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

    /** The switching function; must not keep a reference to {@code x}. */
    double g(double t, double[] x);

    /** Called at a located event; the default stops. */
    default Action onEvent(double t, double[] x) {
        return Action.STOP;
    }

    /** Absolute tolerance on the event time; default 1e-12. */
    default double timeTolerance() {
        return 1e-12;
    }

    /** Stop on reaching the ball of radius r (max norm) around {@code point}. */
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
     */
    static Event leaving(org.egt4j.dynamics.StateSpace space) {
        return (t, x) -> space.margin(x) + org.egt4j.dynamics.StateSpace.ROUND_OFF;
    }
}
