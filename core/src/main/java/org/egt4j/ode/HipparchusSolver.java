package org.egt4j.ode;

import java.util.List;
import org.egt4j.NumericalException;
import org.egt4j.dynamics.VectorField;
import org.hipparchus.exception.MathIllegalStateException;
import org.hipparchus.ode.ODEIntegrator;
import org.hipparchus.ode.ODEState;
import org.hipparchus.ode.ODEStateAndDerivative;
import org.hipparchus.ode.OrdinaryDifferentialEquation;
import org.hipparchus.ode.nonstiff.AdaptiveStepsizeIntegrator;
import org.hipparchus.ode.nonstiff.DormandPrince54Integrator;
import org.hipparchus.ode.nonstiff.DormandPrince853Integrator;
import org.hipparchus.ode.sampling.ODEStateInterpolator;
import org.hipparchus.ode.sampling.ODEStepHandler;

/**
 * The bridge to Hipparchus in both directions: {@link #ode(VectorField)} makes any egt4j field a
 * Hipparchus {@link OrdinaryDifferentialEquation} (so every Hipparchus integrator and event detector
 * works on it), and a {@code HipparchusSolver} puts a Hipparchus integrator behind egt4j's {@link
 * Solver} interface. Dormand–Prince 8(5,3), for tolerances of 1e-10 and tighter, is reached this way.
 * Hipparchus allocates on every step; egt4j's {@link DormandPrince54} does not.
 *
 * <p>Events and stop conditions are not supported here (use Hipparchus detectors on {@link #ode}).
 */
public final class HipparchusSolver implements Solver {

    private final AdaptiveStepsizeIntegrator integrator;
    private final String name;

    private HipparchusSolver(AdaptiveStepsizeIntegrator integrator, String name, SolverSettings settings) {
        this.integrator = integrator;
        this.name = name;
        integrator.setMaxEvaluations((int) Math.min(Integer.MAX_VALUE, settings.maxSteps() * 13));
        if (!Double.isNaN(settings.initialStep())) {
            integrator.setInitialStepSize(settings.initialStep());
        }
    }

    /**
     * Hipparchus's Dormand–Prince 8(5,3) with these settings (scalar or per-component tolerances).
     *
     * @param s the settings
     * @return the solver
     */
    public static HipparchusSolver dormandPrince853(SolverSettings s) {
        Tolerances t = s.tolerances();
        return new HipparchusSolver(
                t.isPerComponent()
                        ? new DormandPrince853Integrator(0, s.maxStep(), t.absolutes(), t.relatives())
                        : new DormandPrince853Integrator(0, s.maxStep(), t.absolute(0), t.relative(0)),
                "Dormand–Prince 8(5,3) (Hipparchus DormandPrince853Integrator)",
                s);
    }

    /**
     * Hipparchus's Dormand–Prince 5(4) with these settings (scalar or per-component tolerances).
     *
     * @param s the settings
     * @return the solver
     */
    public static HipparchusSolver dormandPrince54(SolverSettings s) {
        Tolerances t = s.tolerances();
        return new HipparchusSolver(
                t.isPerComponent()
                        ? new DormandPrince54Integrator(0, s.maxStep(), t.absolutes(), t.relatives())
                        : new DormandPrince54Integrator(0, s.maxStep(), t.absolute(0), t.relative(0)),
                "Dormand–Prince 5(4) (Hipparchus DormandPrince54Integrator)",
                s);
    }

    /**
     * The field as a Hipparchus ODE (autonomous: t is ignored). Each call allocates the result array.
     *
     * @param field the vector field (copied, so the ODE owns its work arrays)
     * @return a Hipparchus ODE of the field's dimension
     */
    public static OrdinaryDifferentialEquation ode(VectorField field) {
        VectorField f = field.copy();
        return new OrdinaryDifferentialEquation() {
            @Override
            public int getDimension() {
                return f.dimension();
            }

            @Override
            public double[] computeDerivatives(double t, double[] y) {
                double[] out = new double[y.length];
                f.derivative(y, out);
                return out;
            }
        };
    }

    /** {@return the method and the Hipparchus integrator behind it} */
    @Override
    public String name() {
        return name;
    }

    /** {@return the underlying Hipparchus integrator} */
    public ODEIntegrator integrator() {
        return integrator;
    }

    @Override
    public Trajectory integrate(
            VectorField field,
            double t0,
            double[] x0,
            double t1,
            StepObserver observer,
            List<Event> events,
            List<StopCondition> stops) {
        if (!events.isEmpty() || !stops.isEmpty()) {
            throw new UnsupportedOperationException(
                    name
                            + " takes no egt4j events or stop conditions; add Hipparchus detectors to HipparchusSolver.ode(field) instead");
        }
        integrator.clearStepHandlers();
        long[] steps = new long[1];
        // where the integration last was, for the failure report (Hipparchus's exception says only why)
        double[] last = {t0};
        double[][] lastState = {x0.clone()};
        integrator.addStepHandler(new ODEStepHandler() {
            @Override
            public void init(ODEStateAndDerivative s0, double t) {
                if (observer != null) {
                    observer.start(s0.getTime(), s0.getPrimaryState(), t);
                }
            }

            @Override
            public void handleStep(ODEStateInterpolator interpolator) {
                steps[0]++;
                last[0] = interpolator.getCurrentState().getTime();
                lastState[0] = interpolator.getCurrentState().getPrimaryState();
                if (observer != null) {
                    observer.step(
                            new DenseOutput() {
                                @Override
                                public double previousTime() {
                                    return interpolator.getPreviousState().getTime();
                                }

                                @Override
                                public double currentTime() {
                                    return interpolator.getCurrentState().getTime();
                                }

                                @Override
                                public void state(double t, double[] out) {
                                    double[] s = t == currentTime()
                                            ? interpolator.getCurrentState().getPrimaryState()
                                            : interpolator
                                                    .getInterpolatedState(t)
                                                    .getPrimaryState();
                                    System.arraycopy(s, 0, out, 0, out.length);
                                }
                            },
                            interpolator.getCurrentState().getTime() == t1);
                }
            }
        });
        try {
            ODEStateAndDerivative end = integrator.integrate(ode(field), new ODEState(t0, x0.clone()), t1);
            return new Trajectory(
                    end.getTime(),
                    end.getPrimaryState(),
                    Trajectory.Reason.END,
                    -1,
                    steps[0],
                    0,
                    integrator.getEvaluations());
        } catch (MathIllegalStateException e) {
            throw new NumericalException(
                    name + " failed (" + e.getMessage() + ") after the step that ended",
                    "the step size may have underflowed or the evaluation budget run out; loosen the"
                            + " tolerances or check the field",
                    last[0],
                    lastState[0]);
        }
    }
}
