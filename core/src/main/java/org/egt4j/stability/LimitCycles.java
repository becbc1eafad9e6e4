package org.egt4j.stability;

import java.util.ArrayList;
import java.util.List;
import org.egt4j.NumericalException;
import org.egt4j.dynamics.VectorField;
import org.egt4j.ode.AdaptiveRungeKutta;
import org.egt4j.ode.DenseOutput;
import org.egt4j.ode.SolverSettings;
import org.egt4j.ode.StepObserver;
import org.egt4j.ode.StopCondition;

/**
 * Finds the periodic orbits that trajectories converge to, and their Floquet multipliers.
 *
 * <p>From every start, in order: integrate for {@link #SETTLE_TIME}; stop if the state is at rest (|F| ≤
 * {@link #REST}) or on an orbit already found. Otherwise sample the next {@link #WINDOW_TIME} time units
 * on a uniform grid, put a Poincaré section Σ = {y : ν·(y − m) = 0} through the window's mean m with
 * normal ν = F(p)/|F(p)| at the sample p farthest from m (on a cycle around m, Σ contains p − m, so the
 * orbit crosses it once in the direction of ν per period), and locate the crossings in that direction.
 * Recurrence — at least {@link #MIN_CROSSINGS} crossings, the last two crossing points and return times
 * agreeing within {@link #RECURRENCE} of the orbit's size and period — makes the last crossing and return
 * time the first guess of a shooting Newton method on (x, T) with x on Σ: the n + 1 equations φ<sub>T</sub>(x)
 * − x = 0, ν·(x − m) = 0 with Jacobian [[M − I, F(φ<sub>T</sub>(x))], [νᵀ, 0]], M = ∂φ<sub>T</sub>/∂x the monodromy
 * matrix from the variational equation Φ' = DF(φ<sub>t</sub>(x)) Φ, Φ(0) = I, integrated with the orbit
 * (Seydel 2010, "Practical Bifurcation and Stability Analysis", §7.3; Parker and Chua 1989, ch. 4). The
 * multipliers are the eigenvalues of M at the solution; the one closest to 1 is the trivial one.
 *
 * <p>Only orbitally asymptotically stable cycles are returned (every non-trivial multiplier inside the
 * unit circle by more than {@link #UNIT_CIRCLE}): those are what trajectories converge to. A closed orbit
 * of a conservative family (the replicator's centre in rock–paper–scissors, all multipliers 1) is not a
 * limit cycle and is not reported. Everything is sequential in start order, so the list is deterministic.
 */
public final class LimitCycles {

    /** Time integrated from each start before the recurrence test. */
    public static final double SETTLE_TIME = 600;
    /** Time sampled for the recurrence test. */
    public static final double WINDOW_TIME = 200;
    /** Uniform samples of the window. */
    static final int WINDOW_SAMPLES = 8000;
    /** A state with |F| at or below this counts as a rest point (no cycle from this start). */
    public static final double REST = 1e-7;
    /** Section crossings needed in the window (so at least three return times). */
    public static final int MIN_CROSSINGS = 4;
    /** Relative agreement of the last two crossings (points and return times) for recurrence. */
    public static final double RECURRENCE = 2e-2;
    /** Distance from 1 below which a non-trivial multiplier counts as on the unit circle. */
    public static final double UNIT_CIRCLE = 1e-6;
    /** The shooting iteration stops when |φ<sub>T</sub>(x) − x| is at most this times max(1, |x|). */
    public static final double CLOSED = 1e-11;
    /** Samples of the orbit kept for figures. */
    public static final int ORBIT_SAMPLES = 240;

    private static final int NEWTON_ITERATIONS = 15;
    private static final SolverSettings SEARCH = SolverSettings.DEFAULT
            .withTolerances(1e-10, 1e-12)
            .withProjection(true)
            .withMaxSteps(50_000);
    private static final SolverSettings SHOOTING = SolverSettings.DEFAULT
            .withTolerances(1e-12, 1e-14)
            .withProjection(false)
            .withMaxSteps(50_000);

    private LimitCycles() {}

    /**
     * The stable periodic orbits reached from these starts, in the order they are first reached.
     *
     * @param field the vector field (a copy is used; it is not modified)
     * @param starts start states, in the field's coordinates
     * @param offsets population k's first reduced coordinate at k and the dimension at the end, to report
     *     {@code min}/{@code max} of every share; null for a plain field (ranges of the coordinates)
     * @return the cycles, none when every trajectory comes to rest or does not recur
     */
    public static List<LimitCycle> find(VectorField field, List<double[]> starts, int[] offsets) {
        VectorField f = field.copy();
        int n = f.dimension();
        List<LimitCycle> found = new ArrayList<>();
        if (n < 2) {
            return found; // a flow on a line has no periodic orbit
        }
        for (double[] start : starts) {
            try {
                LimitCycle c = fromStart(f, start, offsets, found);
                if (c != null) {
                    found.add(c);
                }
            } catch (NumericalException e) {
                // an integration that fails (a blow-up, a step budget) is no evidence of a cycle: next start
            }
        }
        return List.copyOf(found);
    }

    private static LimitCycle fromStart(VectorField f, double[] start, int[] offsets, List<LimitCycle> found) {
        int n = f.dimension();
        AdaptiveRungeKutta solver = AdaptiveRungeKutta.create(SEARCH);
        // a trajectory that comes to rest ends early (steady for 20 time units): no cycle from it
        double[] x = solver.integrate(
                        f, 0, start, SETTLE_TIME, null, List.of(), List.of(StopCondition.steadyState(REST / 10, 20)))
                .state();
        double[] dx = new double[n];
        f.derivative(x, dx);
        if (norm(dx) <= REST) {
            return null;
        }
        for (LimitCycle c : found) {
            if (distanceToOrbit(x, c.orbit()) <= 1e-3 * size(c.orbit())) {
                return null; // already on a cycle found from an earlier start
            }
        }
        double[][] window = uniform(solver, f, x, WINDOW_TIME, WINDOW_SAMPLES);
        double dt = WINDOW_TIME / WINDOW_SAMPLES;
        double[] m = new double[n];
        for (double[] y : window) {
            for (int i = 0; i < n; i++) {
                m[i] += y[i] / window.length;
            }
        }
        int far = 0;
        double amplitude = 0;
        for (int k = 0; k < window.length; k++) {
            double d = distance(window[k], m);
            if (d > amplitude) {
                amplitude = d;
                far = k;
            }
        }
        if (amplitude <= 1e-9) {
            return null;
        }
        double[] nu = new double[n];
        f.derivative(window[far], nu);
        double speed = norm(nu);
        if (speed <= REST) {
            return null;
        }
        for (int i = 0; i < n; i++) {
            nu[i] /= speed;
        }
        List<Double> times = new ArrayList<>();
        List<double[]> points = new ArrayList<>();
        for (int k = 0; k + 1 < window.length; k++) {
            double s0 = dot(nu, window[k], m);
            double s1 = dot(nu, window[k + 1], m);
            if (s0 < 0 && s1 >= 0) {
                double w = s0 / (s0 - s1);
                double[] p = new double[n];
                for (int i = 0; i < n; i++) {
                    p[i] = window[k][i] + w * (window[k + 1][i] - window[k][i]);
                }
                times.add((k + w) * dt);
                points.add(p);
            }
        }
        int c = times.size();
        if (c < MIN_CROSSINGS) {
            return null;
        }
        double t1 = times.get(c - 1) - times.get(c - 2);
        double t0 = times.get(c - 2) - times.get(c - 3);
        if (Math.abs(t1 - t0) > RECURRENCE * t1
                || distance(points.get(c - 1), points.get(c - 2)) > RECURRENCE * amplitude) {
            return null; // no recurrence yet: a slow approach, quasi-periodic or chaotic motion
        }
        return shoot(f, points.get(c - 1), t1, nu, m, amplitude, offsets, found);
    }

    /** Newton's method on (x, T) with x on the section; null when it does not converge to a stable cycle. */
    private static LimitCycle shoot(
            VectorField f,
            double[] guess,
            double period,
            double[] nu,
            double[] m,
            double amplitude,
            int[] offsets,
            List<LimitCycle> found) {
        int n = f.dimension();
        double[] x = guess.clone();
        double t = period;
        Variational v = new Variational(f);
        AdaptiveRungeKutta solver = AdaptiveRungeKutta.create(SHOOTING);
        double[] end = new double[n];
        double[] monodromy = new double[n * n];
        double residual = Double.POSITIVE_INFINITY;
        for (int it = 0; it < NEWTON_ITERATIONS; it++) {
            flow(solver, v, x, t, end, monodromy);
            double previous = residual;
            residual = distance(end, x);
            if (residual <= CLOSED * Math.max(1, norm(x))) {
                break;
            }
            if (it >= 1 && residual > previous) {
                return null; // Newton is not converging: no isolated periodic orbit near the guess
            }
            double[][] jac = new double[n + 1][n + 1];
            double[] rhs = new double[n + 1];
            double[] fEnd = new double[n];
            f.derivative(end, fEnd);
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    jac[i][j] = monodromy[i * n + j] - (i == j ? 1 : 0);
                }
                jac[i][n] = fEnd[i];
                jac[n][i] = nu[i];
                rhs[i] = x[i] - end[i];
            }
            rhs[n] = -dot(nu, x, m);
            double[] delta = CertifiedNewton.solve(jac, rhs);
            if (delta == null) {
                return null;
            }
            // damped: a step never moves T by more than half of it, nor x by more than a tenth of the orbit
            double scale = Math.abs(delta[n]) > 0.5 * t ? 0.5 * t / Math.abs(delta[n]) : 1;
            double step = norm(java.util.Arrays.copyOf(delta, n));
            if (scale * step > 0.1 * amplitude) {
                scale = 0.1 * amplitude / step;
            }
            for (int i = 0; i < n; i++) {
                x[i] += scale * delta[i];
            }
            t += scale * delta[n];
            if (!(t > 0) || !(distance(x, guess) <= amplitude) || f.stateSpace().margin(x) < -1e-9) {
                return null; // Newton left the orbit's neighbourhood or the state space
            }
        }
        if (!(residual <= CLOSED * Math.max(1, norm(x)) * 10)) {
            return null;
        }
        flow(solver, v, x, t, end, monodromy);
        List<Eigenvalue> mult = new ArrayList<>(Eigenvalue.of(monodromy, n));
        mult.sort(Eigenvalue.ORDER);
        int trivial = trivialIndex(mult);
        Stability stability = verdict(mult, trivial, UNIT_CIRCLE);
        if (stability != Stability.STABLE) {
            return null; // not what a trajectory converges to (a centre's family, or a start on an unstable orbit)
        }
        // the orbit and the range of every share (or coordinate), sampled finely on the dense output
        AdaptiveRungeKutta sampler = AdaptiveRungeKutta.create(SHOOTING);
        double[][] orbit = uniform(sampler, f, x, t, ORBIT_SAMPLES);
        int width = offsets == null ? n : n + offsets.length - 1;
        double[] lo = new double[width];
        double[] hi = new double[width];
        java.util.Arrays.fill(lo, Double.POSITIVE_INFINITY);
        java.util.Arrays.fill(hi, Double.NEGATIVE_INFINITY);
        double[][] fine = uniform(sampler, f, x, t, 20 * ORBIT_SAMPLES);
        double[][] s = new double[fine.length - 1][]; // one period, the closing sample dropped
        for (int k = 0; k < s.length; k++) {
            s[k] = offsets == null ? fine[k] : shares(fine[k], offsets);
        }
        for (int i = 0; i < width; i++) {
            lo[i] = extreme(s, i, -1);
            hi[i] = extreme(s, i, 1);
        }
        double[][] closed = java.util.Arrays.copyOf(orbit, orbit.length - 1); // the last sample is the first again
        for (LimitCycle c : found) {
            if (Math.abs(c.period() - t) <= 1e-6 * t && distanceToOrbit(x, c.orbit()) <= 1e-3 * size(c.orbit())) {
                return null; // the same cycle, reached from another start
            }
        }
        return new LimitCycle(t, x, lo, hi, mult, trivial, stability, residual, closed);
    }

    /** The index of the multiplier closest to 1: the trivial one of the flow direction. */
    static int trivialIndex(List<Eigenvalue> mult) {
        int trivial = 0;
        for (int i = 1; i < mult.size(); i++) {
            if (offOne(mult.get(i)) < offOne(mult.get(trivial))) {
                trivial = i;
            }
        }
        return trivial;
    }

    /**
     * The orbit's verdict from its non-trivial multipliers: stable when all lie inside the unit circle by
     * more than {@code band}, unstable when all lie outside, a saddle when some lie on each side,
     * non-hyperbolic when one is within {@code band} of it.
     */
    static Stability verdict(List<Eigenvalue> mult, int trivial, double band) {
        boolean inside = true;
        boolean outside = true;
        boolean onCircle = false;
        for (int i = 0; i < mult.size(); i++) {
            if (i == trivial) {
                continue;
            }
            double r = Math.hypot(mult.get(i).re(), mult.get(i).im());
            onCircle |= Math.abs(r - 1) <= band;
            inside &= r < 1 - band;
            outside &= r > 1 + band;
        }
        return onCircle
                ? Stability.NON_HYPERBOLIC
                : inside ? Stability.STABLE : outside ? Stability.UNSTABLE : Stability.SADDLE;
    }

    /**
     * The largest (sign 1) or smallest (sign −1) value of component i over a periodic sampling, refined by
     * the vertex of the parabola through the extreme sample and its two neighbours (the sampling error
     * h²·|y''|/8 becomes O(h⁴)).
     */
    private static double extreme(double[][] s, int i, int sign) {
        int n = s.length;
        int best = 0;
        for (int k = 1; k < n; k++) {
            if (sign * s[k][i] > sign * s[best][i]) {
                best = k;
            }
        }
        double ym = s[(best - 1 + n) % n][i];
        double y0 = s[best][i];
        double yp = s[(best + 1) % n][i];
        double curvature = yp - 2 * y0 + ym;
        if (sign * curvature >= 0) {
            return y0; // a flat or kinked extreme: the sample itself
        }
        return y0 - (yp - ym) * (yp - ym) / (8 * curvature);
    }

    private static double offOne(Eigenvalue e) {
        return Math.hypot(e.re() - 1, e.im());
    }

    /** Every share of every population from reduced coordinates (the last share of each is 1 − Σ). */
    static double[] shares(double[] y, int[] offsets) {
        int pops = offsets.length - 1;
        double[] s = new double[y.length + pops];
        int w = 0;
        for (int k = 0; k < pops; k++) {
            double sum = 0;
            for (int i = offsets[k]; i < offsets[k + 1]; i++) {
                s[w++] = y[i];
                sum += y[i];
            }
            s[w++] = 1 - sum;
        }
        return s;
    }

    /** Integrates the orbit and its variational equation from (x, I) over [0, t]. */
    private static void flow(
            AdaptiveRungeKutta solver, Variational v, double[] x, double t, double[] end, double[] monodromy) {
        int n = x.length;
        double[] z = new double[n + n * n];
        System.arraycopy(x, 0, z, 0, n);
        for (int i = 0; i < n; i++) {
            z[n + i * n + i] = 1;
        }
        double[] out = solver.integrate(v, 0, z, t).state();
        System.arraycopy(out, 0, end, 0, n);
        System.arraycopy(out, n, monodromy, 0, n * n);
    }

    /** samples + 1 states at equal time steps over [0, time], from the dense output. */
    private static double[][] uniform(AdaptiveRungeKutta solver, VectorField f, double[] x, double time, int samples) {
        int n = f.dimension();
        double[][] out = new double[samples + 1][];
        out[0] = x.clone();
        int[] next = {1};
        solver.integrate(f, 0, x, time, new StepObserver() {
            @Override
            public void step(DenseOutput step, boolean last) {
                while (next[0] <= samples) {
                    double tk = time * next[0] / samples;
                    if (tk > step.currentTime() && !(last && next[0] == samples)) {
                        return;
                    }
                    double[] y = new double[n];
                    step.state(Math.min(tk, step.currentTime()), y);
                    out[next[0]++] = y;
                }
            }
        });
        for (int k = 1; k <= samples; k++) {
            if (out[k] == null) {
                out[k] = out[k - 1].clone();
            }
        }
        return out;
    }

    /** The least distance from x to the closed polygon through the samples. */
    static double distanceToOrbit(double[] x, double[][] orbit) {
        double best = Double.POSITIVE_INFINITY;
        for (int k = 0; k < orbit.length; k++) {
            double[] a = orbit[k];
            double[] b = orbit[(k + 1) % orbit.length];
            double ab = 0;
            double ax = 0;
            for (int i = 0; i < x.length; i++) {
                ab += (b[i] - a[i]) * (b[i] - a[i]);
                ax += (x[i] - a[i]) * (b[i] - a[i]);
            }
            double w = ab == 0 ? 0 : Math.max(0, Math.min(1, ax / ab));
            double d = 0;
            for (int i = 0; i < x.length; i++) {
                double e = x[i] - a[i] - w * (b[i] - a[i]);
                d += e * e;
            }
            best = Math.min(best, Math.sqrt(d));
        }
        return best;
    }

    /** The largest distance between two samples of the orbit (its diameter, from the samples). */
    static double size(double[][] orbit) {
        double d = 0;
        for (int i = 0; i < orbit.length; i++) {
            for (int j = i + 1; j < orbit.length; j++) {
                d = Math.max(d, distance(orbit[i], orbit[j]));
            }
        }
        return d;
    }

    private static double dot(double[] nu, double[] y, double[] m) {
        double s = 0;
        for (int i = 0; i < nu.length; i++) {
            s += nu[i] * (y[i] - m[i]);
        }
        return s;
    }

    private static double norm(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x * x;
        }
        return Math.sqrt(s);
    }

    private static double distance(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += (a[i] - b[i]) * (a[i] - b[i]);
        }
        return Math.sqrt(s);
    }

    /**
     * The field with its variational equation: (y, Φ)' = (F(y), DF(y) Φ), Φ row-major n×n; dimension
     * n + n², unbounded (Φ is no state of the simplex).
     */
    static final class Variational implements VectorField {
        private final VectorField f;
        private final int n;
        private final double[] y;
        private final double[] fy;
        private final double[] jac;

        Variational(VectorField f) {
            this.f = f;
            this.n = f.dimension();
            this.y = new double[n];
            this.fy = new double[n];
            this.jac = new double[n * n];
        }

        @Override
        public int dimension() {
            return n + n * n;
        }

        @Override
        public void derivative(double[] z, double[] out) {
            System.arraycopy(z, 0, y, 0, n);
            f.derivativeAndJacobian(y, fy, jac);
            System.arraycopy(fy, 0, out, 0, n);
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    double s = 0;
                    for (int k = 0; k < n; k++) {
                        s += jac[i * n + k] * z[n + k * n + j];
                    }
                    out[n + i * n + j] = s;
                }
            }
        }

        @Override
        public void jacobian(double[] z, double[] out) {
            throw new UnsupportedOperationException("the explicit solvers need no Jacobian of the variational system");
        }

        @Override
        public VectorField copy() {
            return new Variational(f.copy());
        }
    }
}
