package org.egt4j.ode;

import java.util.List;
import org.egt4j.dynamics.VectorField;

/**
 * Integrates ẋ = F(x) from (t<sub>0</sub>, x<sub>0</sub>) towards t<sub>1</sub> (either direction).
 * Solvers are mutable engines with their own work arrays: use one per thread.
 */
public interface Solver {

    /**
     * The method's name, as reports and manifests print it, e.g. "Dormand–Prince 8(5,3)": the method
     * that actually runs, so that a report names what computed its numbers.
     *
     * @return a short human-readable name of the method
     */
    String name();

    /**
     * Integrates with an observer, events and stop conditions.
     *
     * @param field the vector field
     * @param t0 start time
     * @param x0 start state (not modified)
     * @param t1 end time
     * @param observer called after every step, or {@code null}
     * @param events switching functions, located on the dense output
     * @param stops conditions checked at the end of every step
     * @return where, when and why the integration ended
     * @throws org.egt4j.NumericalException when the field is not finite, the step budget is exhausted
     *     or the step size underflows; it carries the time and the state
     */
    Trajectory integrate(
            VectorField field,
            double t0,
            double[] x0,
            double t1,
            StepObserver observer,
            List<Event> events,
            List<StopCondition> stops);

    /**
     * Integrates from t0 to t1 without observers or events.
     *
     * @param field the right-hand side
     * @param t0 the start time
     * @param x0 the start state (not modified)
     * @param t1 the end time
     * @return where, when and why the integration ended
     */
    default Trajectory integrate(VectorField field, double t0, double[] x0, double t1) {
        return integrate(field, t0, x0, t1, null, List.of(), List.of());
    }

    /**
     * Integrates from t0 to t1 with an observer.
     *
     * @param field the right-hand side
     * @param t0 the start time
     * @param x0 the start state (not modified)
     * @param t1 the end time
     * @param observer called after every accepted step with the dense output
     * @return where, when and why the integration ended
     */
    default Trajectory integrate(VectorField field, double t0, double[] x0, double t1, StepObserver observer) {
        return integrate(field, t0, x0, t1, observer, List.of(), List.of());
    }
}
