package org.egt4j.ode;

import java.util.Arrays;
import java.util.List;
import org.egt4j.NumericalException;
import org.egt4j.dynamics.StateSpace;
import org.egt4j.dynamics.VectorField;

/**
 * An adaptive explicit Runge–Kutta engine with an embedded error estimate: the integration loop shared
 * by {@link DormandPrince54} and {@link DormandPrince853}. A step of size h from (t, y) is accepted when
 * the scaled error norm err = ‖e/sk‖ (sk<sub>i</sub> = atol<sub>i</sub> + rtol<sub>i</sub>·max(|y<sub>i</sub>|,
 * |y<sub>new,i</sub>|), see {@link Tolerances}) is at most 1; the next step is h / fac with Hairer's
 * PI controller fac = err<sup>α</sup> / err<sub>old</sub><sup>β</sup> / safety, bounded to [facMin,
 * facMax] (Hairer, Nørsett, Wanner, Solving ODE I, 2nd ed., §II.4, and their DOPRI5 and DOP853). The
 * first step is Hairer's automatic choice from ‖x‖, ‖F(x)‖ and a difference estimate of ‖F'‖ unless
 * given. Events are located on the dense output by the Illinois method; stop conditions are checked
 * at step ends; states are projected back into the field's {@link StateSpace} after each step.
 *
 * <p>A mutable engine: it owns its stage arrays (grown when a field of another dimension comes), the
 * right-hand side writes into them, and one dense-output object is reused for every step, so that a
 * step allocates nothing. Not thread-safe: one engine per thread. {@link #create} picks the pair for
 * given settings.
 */
public abstract sealed class AdaptiveRungeKutta implements Solver permits DormandPrince54, DormandPrince853 {

    /**
     * {@link #create} uses Dormand–Prince 8(5,3) when every relative tolerance is at most this. Measured
     * on the example games (windmill, knowledge, talent, funds, Rock–Paper–Scissors, the chaotic
     * competition; 32 random starts each, with and without 201 samples), the eighth-order pair is
     * faster or as fast from rtol 1e-5 down, by 1.2 to 2.2 times at 1e-8; at 1e-3 the fifth-order pair
     * is sometimes ahead when every step is sampled.
     */
    public static final double EIGHTH_ORDER_BELOW = 1e-5;

    private static final double SAFE = 0.9;
    private static final int MAX_NON_FINITE_REJECTIONS = 20;
    private static final double LOG_MIN_FACOLD = Math.log(1e-4);

    private final SolverSettings settings;
    private final int order;
    private final double alpha;
    private final double beta;
    private final double facMax;
    private final double facMin;
    private final boolean lastStageInAttempt;

    /** The dimension the work arrays have, -1 before the first run. */
    int n = -1;
    /** The state at the start of the current step. */
    double[] y;
    /** The proposed state at its end. */
    double[] yNew;
    /** Scratch state for the stages. */
    double[] yTmp;
    /** F(y): the first stage. */
    double[] k1;
    /** F(yNew): the first stage of the next step (first same as last). */
    double[] kNew;
    /** The field of the running integration (for dense output built on demand). */
    VectorField field;

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
     * @param settings tolerances, limits and projection
     * @param order the order used by the initial step choice (5 for DOPRI5, 8 for DOP853)
     * @param alpha the controller's exponent of err (1/5 − 0.75β for DOPRI5, 1/8 − 0.2β for DOP853)
     * @param beta the PI controller's β (0 gives the classical I controller)
     * @param facMin the smallest step-size ratio h/h<sub>new</sub> (the largest increase is 1/facMin)
     * @param facMax the largest ratio h/h<sub>new</sub> (the largest decrease)
     * @param lastStageInAttempt whether {@link #attempt} already evaluates F(yNew) (needed by its error
     *     estimate); otherwise it is evaluated only for accepted steps
     */
    AdaptiveRungeKutta(
            SolverSettings settings,
            int order,
            double alpha,
            double beta,
            double facMin,
            double facMax,
            boolean lastStageInAttempt) {
        this.settings = settings;
        this.order = order;
        this.beta = beta;
        this.alpha = alpha;
        this.facMin = facMin;
        this.facMax = facMax;
        this.lastStageInAttempt = lastStageInAttempt;
    }

    /**
     * The engine for these settings: {@link DormandPrince853} when every relative tolerance is at most
     * {@link #EIGHTH_ORDER_BELOW}, where its larger steps outweigh its larger stages, else {@link
     * DormandPrince54}.
     *
     * @param settings the solver settings
     * @return a new engine
     */
    public static AdaptiveRungeKutta create(SolverSettings settings) {
        return settings.tolerances().maxRelative() <= EIGHTH_ORDER_BELOW
                ? new DormandPrince853(settings)
                : new DormandPrince54(settings);
    }

    /** {@return the settings} */
    public SolverSettings settings() {
        return settings;
    }

    /**
     * One attempted step of size h from (t, {@link #y}), with {@link #k1} = F(y): writes the proposed
     * state into {@link #yNew} (and F(yNew) into {@link #kNew} when the pair needs it for its error
     * estimate) and returns the scaled error norm.
     */
    abstract double attempt(VectorField f, double t, double h);

    /** Builds the continuous extension of the accepted step [t, t + h]; may evaluate F (extra stages). */
    abstract void buildDense(VectorField f, double t, double h);

    /** The continuous extension at θ = (s − t)/h ∈ [0, 1] of the step whose dense output was built. */
    abstract void interpolate(double theta, double[] out);

    /** Allocates the stage arrays of the pair for dimension {@link #n}. */
    abstract void allocateStages();

    /** Evaluates F and counts the evaluation. */
    final void evaluate(VectorField f, double[] state, double[] out, double t) {
        f.derivative(state, out);
        evaluations++;
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
     * @throws NumericalException when the field is not finite, the step budget is exhausted or the
     *     step size underflows; it carries the time and the state
     */
    public final double advance(
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
        this.field = field;
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
        evaluate(field, y, k1, t);
        double h = Double.isNaN(settings.initialStep()) ? initialStep(field, t, dir) : settings.initialStep() * dir;
        h = dir * Math.min(Math.abs(h), Math.abs(t1 - t0));
        double logFacold = LOG_MIN_FACOLD;
        boolean lastRejected = false;
        int nonFinite = 0;
        while (true) {
            if (steps + rejected >= settings.maxSteps()) {
                throw new NumericalException(
                        "the integration needed more than " + settings.maxSteps() + " steps and stopped",
                        "the system may be stiff or the solution may oscillate fast here; loosen the tolerances,"
                                + " shorten the time span, or raise the step budget",
                        t,
                        Arrays.copyOf(y, dim));
            }
            if (Math.abs(h) <= 16 * Math.ulp(Math.max(Math.abs(t), 1e-300)) && nonFinite > 0
                    || nonFinite > MAX_NON_FINITE_REJECTIONS) {
                throw notFinite(t);
            }
            if (Math.abs(h) <= 16 * Math.ulp(Math.max(Math.abs(t), 1e-300))) {
                throw new NumericalException(
                        "the step size underflowed",
                        "the solution probably blows up here (a singularity in finite time); check the field"
                                + " and the parameter values",
                        t,
                        Arrays.copyOf(y, dim));
            }
            boolean last = false;
            if ((t + 1.01 * h - t1) * dir >= 0) {
                h = t1 - t;
                last = true;
            }
            double err = attempt(field, t, h);
            if (!Double.isFinite(err)) {
                // a stage left the region where the field is finite: either the step was too large
                // for the stages (they grow like (h·F)^k) or the solution itself runs into it; retry
                // with a much smaller step, and fail only when that does not help
                if (!isFinite(k1)) {
                    throw notFinite(t);
                }
                rejected++;
                nonFinite++;
                h /= 10;
                lastRejected = true;
                continue;
            }
            nonFinite = 0;
            // PI controller: fac = err^alpha / facold^beta, as one exp of logs (pow is the costliest
            // operation of a small step); err = 0 gives log = -inf and the largest increase.
            double logErr = Math.log(err);
            if (err <= 1) {
                double fac = Math.exp(alpha * logErr - beta * logFacold);
                fac = Math.max(facMin, Math.min(facMax, fac / SAFE));
                double hnew = h / fac;
                logFacold = Math.max(logErr, LOG_MIN_FACOLD);
                steps++;
                double tNew = last ? t1 : t + h;
                if (space.project(yNew) || !lastStageInAttempt) {
                    evaluate(field, yNew, kNew, tNew);
                }
                this.dense.set(t, tNew, h);
                if (!events.isEmpty()) {
                    double tEvent = events(events, t, tNew);
                    if (!Double.isNaN(tEvent)) {
                        this.dense.state(tEvent, eventState);
                        System.arraycopy(eventState, 0, yNew, 0, dim);
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
                    stop = stops.get(s).stop(tNew, yNew, kNew);
                }
                if (observer != null) {
                    observer.step(this.dense, last || stop);
                }
                double[] swap = y;
                y = yNew;
                yNew = swap;
                swap = k1;
                k1 = kNew;
                kNew = swap;
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
                h = h / Math.min(facMax, Math.exp(alpha * logErr) / SAFE);
                lastRejected = true;
            }
        }
    }

    private NumericalException notFinite(double t) {
        return new NumericalException(
                "the vector field is not finite in the step that starts",
                "the state has probably left the region where the field is defined or finite (e.g. a payoff"
                        + " that overflows or divides by zero); check the parameter values and the model",
                t,
                Arrays.copyOf(y, n));
    }

    private static boolean isFinite(double[] v) {
        for (double d : v) {
            if (!Double.isFinite(d)) {
                return false;
            }
        }
        return true;
    }

    private double finish(double t, double[] state, double[] x) {
        System.arraycopy(state, 0, x, 0, n);
        finalTime = t;
        this.field = null;
        return t;
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
        evaluate(f, yTmp, kNew, t + dir * h);
        double der2 = 0;
        for (int i = 0; i < n; i++) {
            double sk = tol.scale(i, y[i], 0);
            der2 += ((kNew[i] - k1[i]) / sk) * ((kNew[i] - k1[i]) / sk);
        }
        der2 = Math.sqrt(der2) / h;
        double der12 = Math.max(Math.abs(der2), Math.sqrt(dnf));
        double h1 = der12 <= 1e-15 ? Math.max(1e-6, h * 1e-3) : Math.pow(0.01 / der12, 1.0 / order);
        if (!Double.isFinite(der12)) {
            throw new NumericalException(
                    "the vector field is not finite at the start state",
                    "the field overflows or is undefined there; check the start state and the parameter values",
                    t,
                    Arrays.copyOf(y, n));
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
            kNew = new double[dim];
            eventState = new double[dim];
            allocateStages();
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

    /** The reused continuous extension of the current step, built on first use. */
    private final class Dense implements DenseOutput {
        private double t0;
        private double t1;
        private double tEnd;
        private double h;
        private boolean truncated;
        private boolean built;
        private StateSpace space = StateSpace.UNBOUNDED;

        void set(double t0, double t1, double h) {
            this.t0 = t0;
            this.t1 = t1;
            this.tEnd = t1;
            this.h = h;
            this.truncated = false;
            this.built = false;
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
            if (!built) {
                buildDense(field, t0, h);
                built = true;
            }
            interpolate((t - t0) / h, out);
            space.project(out); // the interpolant may overshoot a face by about the tolerance
        }
    }
}
