package org.egt4j.ode;

import java.util.Arrays;
import java.util.List;
import org.egt4j.ModelException;
import org.egt4j.dynamics.StateSpace;
import org.egt4j.dynamics.VectorField;

/**
 * The explicit Runge–Kutta pair of Dormand and Prince, order 5 with an embedded order-4 error
 * estimate (J. R. Dormand, P. J. Prince, "A family of embedded Runge-Kutta formulae", J. Comp. Appl.
 * Math. 6, 1980), with first-same-as-last stages, Hairer's 4th-order continuous extension for dense
 * output, his PI step-size controller (β = 0.04, safety 0.9, factor in [0.2, 10]) and his automatic
 * initial step (Hairer, Nørsett, Wanner, Solving ODE I, 2nd ed., §II.4–II.6; coefficients as in
 * their DOPRI5).
 *
 * <p>A mutable engine: it owns its stage arrays (grown when a larger field comes), the right-hand
 * side writes into them, and one dense-output object is reused for every step, so that a step
 * allocates nothing. Not thread-safe: one engine per thread.
 */
public final class DormandPrince54 implements Solver {

    private static final double C2 = 1.0 / 5;
    private static final double C3 = 3.0 / 10;
    private static final double C4 = 4.0 / 5;
    private static final double C5 = 8.0 / 9;
    private static final double A21 = 1.0 / 5;
    private static final double A31 = 3.0 / 40;
    private static final double A32 = 9.0 / 40;
    private static final double A41 = 44.0 / 45;
    private static final double A42 = -56.0 / 15;
    private static final double A43 = 32.0 / 9;
    private static final double A51 = 19372.0 / 6561;
    private static final double A52 = -25360.0 / 2187;
    private static final double A53 = 64448.0 / 6561;
    private static final double A54 = -212.0 / 729;
    private static final double A61 = 9017.0 / 3168;
    private static final double A62 = -355.0 / 33;
    private static final double A63 = 46732.0 / 5247;
    private static final double A64 = 49.0 / 176;
    private static final double A65 = -5103.0 / 18656;
    private static final double A71 = 35.0 / 384;
    private static final double A73 = 500.0 / 1113;
    private static final double A74 = 125.0 / 192;
    private static final double A75 = -2187.0 / 6784;
    private static final double A76 = 11.0 / 84;
    // error coefficients: 5th-order weights minus 4th-order weights
    private static final double E1 = 71.0 / 57600;
    private static final double E3 = -71.0 / 16695;
    private static final double E4 = 71.0 / 1920;
    private static final double E5 = -17253.0 / 339200;
    private static final double E6 = 22.0 / 525;
    private static final double E7 = -1.0 / 40;
    // dense output (Shampine's 4th-order extension as arranged in DOPRI5)
    private static final double D1 = -12715105075.0 / 11282082432.0;
    private static final double D3 = 87487479700.0 / 32700410799.0;
    private static final double D4 = -10690763975.0 / 1880347072.0;
    private static final double D5 = 701980252875.0 / 199316789632.0;
    private static final double D6 = -1453857185.0 / 822651844.0;
    private static final double D7 = 69997945.0 / 29380423.0;
    // step-size control
    private static final double SAFE = 0.9;
    private static final double BETA = 0.04;
    private static final double EXPO1 = 0.2 - BETA * 0.75;
    private static final double FACC1 = 1 / 0.2;
    private static final double FACC2 = 1 / 10.0;
    private static final double LOG_MIN_FACOLD = Math.log(1e-4);

    private final SolverSettings settings;
    private int n = -1;
    private double[] y;
    private double[] yNew;
    private double[] yTmp;
    private double[] k1;
    private double[] k2;
    private double[] k3;
    private double[] k4;
    private double[] k5;
    private double[] k6;
    private double[] k7;
    private double[] r1;
    private double[] r2;
    private double[] r3;
    private double[] r4;
    private double[] r5;
    private double[] eventState;
    private double[] gPrevious = new double[0];
    private double[] eventTimes = new double[0];
    private final Dense dense = new Dense();

    private long steps;
    private long rejected;
    private long evaluations;
    private Trajectory.Reason reason;
    private int stoppingEvent;
    private double finalTime;

    /**
     * An engine with these settings.
     *
     * @param settings tolerances, step limits and projection
     */
    public DormandPrince54(SolverSettings settings) {
        this.settings = settings;
    }

    /** An engine with {@link SolverSettings#DEFAULT} settings. */
    public DormandPrince54() {
        this(SolverSettings.DEFAULT);
    }

    /** {@return the settings} */
    public SolverSettings settings() {
        return settings;
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
        double[] x = x0.clone();
        advance(field, t0, x, t1, observer, events, stops);
        return new Trajectory(finalTime, x, reason, stoppingEvent, steps, rejected, evaluations);
    }

    /**
     * Integrates in place without allocating: {@code x} holds the start state on entry and the final
     * state on return. Statistics of the run are then available from {@link #reason()}, {@link
     * #steps()}, {@link #rejectedSteps()}, {@link #evaluations()}, {@link #stoppingEvent()}.
     *
     * @param field the right-hand side (its work arrays are used; not thread-safe)
     * @param t0 the start time
     * @param x the start state on entry, the final state on return
     * @param t1 the end time (either side of t0)
     * @param observer called after every accepted step, or {@code null}
     * @param events switching functions located on the dense output
     * @param stops conditions checked at the end of every accepted step
     * @return the final time
     */
    public double advance(
            VectorField field,
            double t0,
            double[] x,
            double t1,
            StepObserver observer,
            List<Event> events,
            List<StopCondition> stops) {
        int dim = field.dimension();
        if (x.length != dim) {
            throw new IllegalArgumentException("state has " + x.length + " components, the field " + dim);
        }
        settings.tolerances().checkDimension(dim);
        ensureCapacity(dim, events.size());
        steps = 0;
        rejected = 0;
        evaluations = 0;
        reason = Trajectory.Reason.END;
        stoppingEvent = -1;
        System.arraycopy(x, 0, y, 0, dim);
        StateSpace space = settings.project() ? field.stateSpace() : StateSpace.UNBOUNDED;
        space.project(y);
        this.dense.space = space;
        double t = t0;
        finalTime = t0;
        if (observer != null) {
            observer.start(t0, y, t1);
        }
        for (int s = 0; s < stops.size(); s++) {
            stops.get(s).reset();
        }
        if (t1 == t0) {
            System.arraycopy(y, 0, x, 0, dim);
            return t0;
        }
        double dir = Math.signum(t1 - t0);
        for (int e = 0; e < events.size(); e++) {
            gPrevious[e] = events.get(e).g(t, y);
        }
        boolean dense = observer != null || !events.isEmpty();
        evaluate(field, y, k1, t);
        double h = Double.isNaN(settings.initialStep()) ? initialStep(field, t, dir) : settings.initialStep() * dir;
        h = dir * Math.min(Math.abs(h), Math.abs(t1 - t0));
        double logFacold = Math.log(1e-4);
        boolean lastRejected = false;
        while (true) {
            if (steps + rejected >= settings.maxSteps()) {
                throw new ModelException(
                        "the integration needed more than " + settings.maxSteps() + " steps and stopped at t = " + t
                                + ", x = " + Arrays.toString(y),
                        "loosen the tolerances, shorten the time span, or raise the step budget (the system may be stiff)");
            }
            if (Math.abs(h) <= 16 * Math.ulp(Math.max(Math.abs(t), 1e-300))) {
                throw new ModelException(
                        "the step size underflowed at t = " + t + ", x = " + Arrays.toString(y),
                        "the solution is probably singular here; check the field and parameter values");
            }
            boolean last = false;
            if ((t + 1.01 * h - t1) * dir >= 0) {
                h = t1 - t;
                last = true;
            }
            step(field, t, h);
            double err = 0;
            for (int i = 0; i < dim; i++) {
                double e = h * (E1 * k1[i] + E3 * k3[i] + E4 * k4[i] + E5 * k5[i] + E6 * k6[i] + E7 * k7[i]);
                double sk = settings.tolerances().scale(i, y[i], yNew[i]);
                err += (e / sk) * (e / sk);
            }
            err = Math.sqrt(err / dim);
            if (!Double.isFinite(err)) {
                throw new ModelException(
                        "the vector field is not finite near t = " + t + ", x = " + Arrays.toString(y),
                        "check the parameter values and the model; the state may have left the region where the field is defined");
            }
            // PI controller: fac = err^EXPO1 / facold^BETA, as one exp of logs (pow is the costliest
            // operation of a small step); err = 0 gives log = -inf and the largest increase.
            double logErr = Math.log(err);
            double fac11 = Math.exp(EXPO1 * logErr);
            if (err <= 1) {
                double fac = Math.exp(EXPO1 * logErr - BETA * logFacold);
                fac = Math.max(FACC2, Math.min(FACC1, fac / SAFE));
                double hnew = h / fac;
                logFacold = Math.max(logErr, LOG_MIN_FACOLD);
                steps++;
                double tNew = last ? t1 : t + h;
                if (space.project(yNew)) {
                    evaluate(field, yNew, k7, tNew);
                }
                if (dense) {
                    for (int i = 0; i < dim; i++) {
                        double dy = yNew[i] - y[i];
                        double b = h * k1[i] - dy;
                        r1[i] = y[i];
                        r2[i] = dy;
                        r3[i] = b;
                        r4[i] = dy - h * k7[i] - b;
                        r5[i] = h * (D1 * k1[i] + D3 * k3[i] + D4 * k4[i] + D5 * k5[i] + D6 * k6[i] + D7 * k7[i]);
                    }
                    this.dense.set(t, tNew, h);
                }
                if (!events.isEmpty()) {
                    double tEvent = events(events, t, tNew);
                    if (!Double.isNaN(tEvent)) {
                        this.dense.state(tEvent, yNew);
                        this.dense.truncate(tEvent);
                        if (observer != null) {
                            observer.step(this.dense, true);
                        }
                        reason = Trajectory.Reason.EVENT;
                        return finish(tEvent, yNew, x);
                    }
                }
                boolean stop = false;
                for (int s = 0; s < stops.size() && !stop; s++) {
                    stop = stops.get(s).stop(tNew, yNew, k7);
                }
                if (observer != null) {
                    observer.step(this.dense, last || stop);
                }
                double[] swap = y;
                y = yNew;
                yNew = swap;
                swap = k1;
                k1 = k7;
                k7 = swap;
                t = tNew;
                if (stop) {
                    reason = Trajectory.Reason.CONDITION;
                    return finish(t, y, x);
                }
                if (last) {
                    return finish(t, y, x);
                }
                if (Math.abs(hnew) > settings.maxStep()) {
                    hnew = dir * settings.maxStep();
                }
                if (lastRejected) {
                    hnew = dir * Math.min(Math.abs(hnew), Math.abs(h));
                }
                lastRejected = false;
                h = hnew;
            } else {
                rejected++;
                h = h / Math.min(FACC1, fac11 / SAFE);
                lastRejected = true;
            }
        }
    }

    private double finish(double t, double[] state, double[] x) {
        System.arraycopy(state, 0, x, 0, n);
        finalTime = t;
        return t;
    }

    /** The six new stages of a step of size h from (t, y); yNew and k7 = F(yNew) at the end. */
    private void step(VectorField f, double t, double h) {
        for (int i = 0; i < n; i++) {
            yTmp[i] = y[i] + h * A21 * k1[i];
        }
        evaluate(f, yTmp, k2, t + C2 * h);
        for (int i = 0; i < n; i++) {
            yTmp[i] = y[i] + h * (A31 * k1[i] + A32 * k2[i]);
        }
        evaluate(f, yTmp, k3, t + C3 * h);
        for (int i = 0; i < n; i++) {
            yTmp[i] = y[i] + h * (A41 * k1[i] + A42 * k2[i] + A43 * k3[i]);
        }
        evaluate(f, yTmp, k4, t + C4 * h);
        for (int i = 0; i < n; i++) {
            yTmp[i] = y[i] + h * (A51 * k1[i] + A52 * k2[i] + A53 * k3[i] + A54 * k4[i]);
        }
        evaluate(f, yTmp, k5, t + C5 * h);
        for (int i = 0; i < n; i++) {
            yTmp[i] = y[i] + h * (A61 * k1[i] + A62 * k2[i] + A63 * k3[i] + A64 * k4[i] + A65 * k5[i]);
        }
        evaluate(f, yTmp, k6, t + h);
        for (int i = 0; i < n; i++) {
            yNew[i] = y[i] + h * (A71 * k1[i] + A73 * k3[i] + A74 * k4[i] + A75 * k5[i] + A76 * k6[i]);
        }
        evaluate(f, yNew, k7, t + h);
    }

    private void evaluate(VectorField f, double[] state, double[] out, double t) {
        f.derivative(state, out);
        evaluations++;
    }

    /** Hairer's initial step: from the sizes of x, F(x) and an estimate of the second derivative. */
    private double initialStep(VectorField f, double t, double dir) {
        Tolerances tol = settings.tolerances();
        double dnf = 0;
        double dny = 0;
        for (int i = 0; i < n; i++) {
            double sk = tol.scale(i, y[i], 0);
            dnf += (k1[i] / sk) * (k1[i] / sk);
            dny += (y[i] / sk) * (y[i] / sk);
        }
        double h = (dnf <= 1e-10 || dny <= 1e-10) ? 1e-6 : Math.sqrt(dny / dnf) * 0.01;
        h = Math.min(h, settings.maxStep());
        for (int i = 0; i < n; i++) {
            yTmp[i] = y[i] + dir * h * k1[i];
        }
        evaluate(f, yTmp, k2, t + dir * h);
        double der2 = 0;
        for (int i = 0; i < n; i++) {
            double sk = tol.scale(i, y[i], 0);
            der2 += ((k2[i] - k1[i]) / sk) * ((k2[i] - k1[i]) / sk);
        }
        der2 = Math.sqrt(der2) / h;
        double der12 = Math.max(Math.abs(der2), Math.sqrt(dnf));
        double h1 = der12 <= 1e-15 ? Math.max(1e-6, h * 1e-3) : Math.pow(0.01 / der12, 1.0 / 5);
        if (!Double.isFinite(der12)) {
            throw new ModelException(
                    "the vector field is not finite at t = " + t + ", x = " + Arrays.toString(y),
                    "check the start state and the parameter values");
        }
        return dir * Math.min(Math.min(100 * h, h1), settings.maxStep());
    }

    /**
     * Checks every event for a sign change over the step, locates the changes on the dense output,
     * calls them in time order, and returns the time of the first that stops (NaN if none).
     */
    private double events(List<Event> events, double t, double tNew) {
        int m = events.size();
        boolean any = false;
        for (int e = 0; e < m; e++) {
            Event ev = events.get(e);
            double g1 = ev.g(tNew, yNew);
            double g0 = gPrevious[e];
            eventTimes[e] = Double.NaN;
            if (g0 != 0 && (g1 == 0 || (g0 < 0) != (g1 < 0))) {
                eventTimes[e] = locate(ev, t, g0, tNew, g1);
                any = true;
            }
            gPrevious[e] = g1;
        }
        if (!any) {
            return Double.NaN;
        }
        double dir = Math.signum(tNew - t);
        while (true) {
            int first = -1;
            for (int e = 0; e < m; e++) {
                if (!Double.isNaN(eventTimes[e]) && (first < 0 || (eventTimes[e] - eventTimes[first]) * dir < 0)) {
                    first = e;
                }
            }
            if (first < 0) {
                return Double.NaN;
            }
            double te = eventTimes[first];
            eventTimes[first] = Double.NaN;
            dense.state(te, eventState);
            if (events.get(first).onEvent(te, eventState) == Event.Action.STOP) {
                stoppingEvent = first;
                for (int e = 0; e < m; e++) {
                    gPrevious[e] = events.get(e).g(te, eventState);
                }
                return te;
            }
        }
    }

    /** Illinois (modified regula falsi) on g(s, interpolated x(s)); returns a time just past the change. */
    private double locate(Event ev, double ta, double ga, double tb, double gb) {
        double tol = ev.timeTolerance();
        double lo = ta;
        double glo = ga;
        double hi = tb;
        double ghi = gb;
        int side = 0;
        for (int iter = 0; iter < 200 && ghi != 0 && Math.abs(hi - lo) > tol; iter++) {
            double c = iter < 100 ? hi - ghi * (hi - lo) / (ghi - glo) : 0.5 * (lo + hi);
            if (!(c > Math.min(lo, hi) && c < Math.max(lo, hi))) {
                c = 0.5 * (lo + hi);
            }
            dense.state(c, eventState);
            double gc = ev.g(c, eventState);
            if (gc == 0) {
                return c;
            }
            if ((gc < 0) == (glo < 0)) {
                lo = c;
                glo = gc;
                if (side == 1) {
                    ghi *= 0.5;
                }
                side = 1;
            } else {
                hi = c;
                ghi = gc;
                if (side == -1) {
                    glo *= 0.5;
                }
                side = -1;
            }
        }
        return hi;
    }

    private void ensureCapacity(int dim, int eventCount) {
        if (dim != n) {
            n = dim;
            y = new double[dim];
            yNew = new double[dim];
            yTmp = new double[dim];
            k1 = new double[dim];
            k2 = new double[dim];
            k3 = new double[dim];
            k4 = new double[dim];
            k5 = new double[dim];
            k6 = new double[dim];
            k7 = new double[dim];
            r1 = new double[dim];
            r2 = new double[dim];
            r3 = new double[dim];
            r4 = new double[dim];
            r5 = new double[dim];
            eventState = new double[dim];
        }
        if (gPrevious.length < eventCount) {
            gPrevious = new double[eventCount];
            eventTimes = new double[eventCount];
        }
    }

    /**
     * Why the last integration ended.
     *
     * @return the reason, {@code null} before the first run
     */
    public Trajectory.Reason reason() {
        return reason;
    }

    /** {@return index of the event that stopped the last integration, or -1} */
    public int stoppingEvent() {
        return stoppingEvent;
    }

    /** {@return accepted steps of the last integration} */
    public long steps() {
        return steps;
    }

    /** {@return rejected steps of the last integration} */
    public long rejectedSteps() {
        return rejected;
    }

    /** {@return right-hand-side evaluations of the last integration} */
    public long evaluations() {
        return evaluations;
    }

    /** The reused continuous extension of the current step. */
    private final class Dense implements DenseOutput {
        private double t0;
        private double t1;
        private double tEnd;
        private double h;
        private boolean truncated;
        private StateSpace space = StateSpace.UNBOUNDED;

        void set(double t0, double t1, double h) {
            this.t0 = t0;
            this.t1 = t1;
            this.tEnd = t1;
            this.h = h;
            this.truncated = false;
        }

        void truncate(double t) {
            tEnd = t;
            truncated = true;
        }

        @Override
        public double previousTime() {
            return t0;
        }

        @Override
        public double currentTime() {
            return tEnd;
        }

        @Override
        public void state(double t, double[] out) {
            if (t == t1 && !truncated) {
                System.arraycopy(yNew, 0, out, 0, n);
                return;
            }
            double theta = (t - t0) / h;
            double theta1 = 1 - theta;
            for (int i = 0; i < n; i++) {
                out[i] = r1[i] + theta * (r2[i] + theta1 * (r3[i] + theta * (r4[i] + theta1 * r5[i])));
            }
            space.project(out); // the interpolant may overshoot a face by about the tolerance
        }
    }
}
