package org.egt4j.dynamics;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.egt4j.ModelException;
import org.egt4j.NumericalException;
import org.egt4j.game.BoundGame;
import org.egt4j.game.Game;

/**
 * The best-response dynamic (Gilboa and Matsui 1991, "Social stability and equilibrium", Econometrica 59;
 * Hofbauer 1995; Sandholm 2010, §6.1), per population with payoffs F:
 *
 * <pre>
 *   ẋ ∈ BR(x) − x,   BR(x) = the mixed strategies that put weight only on strategies of largest payoff,
 * </pre>
 *
 * a differential inclusion: where the best reply b of every population is unique the field is b − x
 * and the path x(t) = b + (x₀ − b)e<sup>−t</sup> ({@link BestResponsePath}, exact for payoffs polynomial
 * in the state). Not imitative; its rest points are exactly the Nash equilibria (0 ∈ BR(x) − x iff x ∈
 * BR(x)).
 *
 * <p>{@link #field} evaluates one selection of the inclusion, {@link #SELECTION}: at a tie (payoffs
 * within {@link #TIE} relative of the largest) the uniform mix over the tied best replies; its Jacobian
 * is −I, exact wherever the best reply is unique (there BR is locally constant) and the derivative on
 * either side of a tie. Trajectories ({@link #trajectory}) are not integrated from this field but
 * follow the exact piecewise paths, and so do the stability of its rest points where the field has no
 * derivative ({@code StabilityAnalysis}: the ring of starts followed along exact paths) and every part
 * of the full analysis ({@link #exactPaths}: trajectories, sensitivity runs, basins with the exact
 * first entry into each attractor's ball, basin maps, comparisons), and so do its Lyapunov exponents
 * ({@code org.egt4j.stability.BestResponseLyapunov}: saltation matrices at the switches).
 */
public final class BestResponseDynamics implements Dynamics {

    /** The dynamic (it has no parameters). */
    public static final BestResponseDynamics INSTANCE = new BestResponseDynamics();

    /** The name in specs and on the command line. */
    public static final String NAME = "best-response";

    /** Relative tolerance of a tie of best payoffs in the field's selection. */
    public static final double TIE = 1e-12;

    /** The selection the field evaluates at ties, as {@code field --json} states it. */
    public static final String SELECTION = "uniform mix over the tied best replies";

    /** The method of its trajectories, as the report and the manifest name it. */
    public static final String PATH_METHOD =
            "exact piecewise paths (Gilboa–Matsui), held after 100000 switches at a Nash equilibrium to 1e-4";

    /** The most switches of best reply a trajectory may take before it is refused as too long. */
    public static final int MAX_SWITCHES = 100_000;

    /** Relative tolerance of the Nash test at a sliding state, where an exact path stays for good. */
    static final double NASH_TOLERANCE = 1e-8;

    /**
     * Relative tolerance of the Nash test where a path has used {@link #MAX_SWITCHES}: a path spiralling
     * into a Nash equilibrium reached only in the limit (zero-sum games: the largest regret decays as
     * e<sup>−t</sup>, Hofbauer 1995, while the time between switches shrinks with it) is held at its
     * last state once that state is a Nash equilibrium to this tolerance.
     */
    public static final double HOLD_TOLERANCE = 1e-4;

    private BestResponseDynamics() {}

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Map<String, Double> parameters() {
        return Map.of();
    }

    @Override
    public VectorField field(BoundGame bound) {
        return BestResponseField.of(bound);
    }

    @Override
    public boolean isImitative() {
        return false;
    }

    @Override
    public boolean restPointsAreNashEquilibria() {
        return true;
    }

    /** {@inheritDoc} The selection jumps wherever two best payoffs of a population tie. */
    @Override
    public boolean isDifferentiableAt(double[][] shares, double[][] payoffs, double tolerance) {
        for (double[] f : payoffs) {
            double best = Double.NEGATIVE_INFINITY;
            for (double v : f) {
                best = Math.max(best, v);
            }
            int tied = 0;
            for (double v : f) {
                tied += v >= best - tolerance ? 1 : 0;
            }
            if (tied > 1) {
                return false;
            }
        }
        return true;
    }

    @Override
    public Optional<List<Equation>> equations(Game game) {
        return Optional.empty();
    }

    @Override
    public String formula() {
        return "dx/dt in BR(x) - x, BR(x) the mixed best replies to x, per population (a differential inclusion)";
    }

    /**
     * The exact path sampled at given times: x(t) on each segment between switches of best reply
     * ({@link BestResponsePath}); where the path reaches a Nash equilibrium in finite time and the best
     * reply would switch at once (a sliding state), it stays there, since x(t) = x* solves the inclusion
     * (x* ∈ BR(x*)).
     *
     * @param bound a game whose payoffs are polynomial in the shares
     * @param x0 the start, reduced coordinates
     * @param times the sample times, increasing, from 0
     * @return the states at the times
     * @throws ModelException when the payoffs are not polynomial in the shares
     * <p>A path that needs more than {@link #MAX_SWITCHES} switches (a spiral into an equilibrium
     * reached only in the limit, as in zero-sum games) is held at its state after the last switch once
     * that state is a Nash equilibrium to {@link #HOLD_TOLERANCE} (relative): the samples after it carry
     * that error, stated in the report's method.
     *
     * @throws NumericalException when the path slides at a state that is not a Nash equilibrium, or needs
     *     more than {@link #MAX_SWITCHES} switches without coming close to one
     */
    public static double[][] trajectory(BoundGame bound, double[] x0, double[] times) {
        return trajectory(new BestResponsePath.Prepared(bound), x0, times);
    }

    private static double[][] trajectory(BestResponsePath.Prepared prepared, double[] x0, double[] times) {
        BoundGame bound = prepared.bound;
        Game game = bound.game();
        double horizon = times[times.length - 1];
        BestResponsePath.Path path = BestResponsePath.of(prepared, x0, horizon, MAX_SWITCHES);
        List<BestResponsePath.Segment> segments = path.segments();
        BestResponsePath.Segment last = segments.get(segments.size() - 1);
        double[] rest = last.state(game, last.end());
        if (path.end() == BestResponsePath.End.SWITCHES && !isNash(bound, prepared.payoffs(), rest, HOLD_TOLERANCE)) {
            throw new NumericalException(
                    "the best-response path switches best reply more than " + MAX_SWITCHES + " times before t = "
                            + horizon + " without coming close to a Nash equilibrium",
                    "simulate a shorter time, or use a smooth dynamic close to it (logit with a small eta)",
                    last.end(),
                    rest);
        }
        if (path.end() == BestResponsePath.End.SLIDING && !isNash(bound, prepared.payoffs(), rest, NASH_TOLERANCE)) {
            throw new NumericalException(
                    "the best-response path reaches a sliding state that is not a Nash equilibrium (the best reply"
                            + " would switch at once); exact paths stop there",
                    "simulate up to t = " + last.end() + ", or use a smooth dynamic (logit with a small eta)",
                    last.end(),
                    rest);
        }
        double[][] x = new double[times.length][];
        int s = 0;
        for (int k = 0; k < times.length; k++) {
            double t = times[k];
            while (s < segments.size() - 1 && t > segments.get(s).end()) {
                s++;
            }
            BestResponsePath.Segment seg = segments.get(s);
            x[k] = t <= seg.end() ? seg.state(game, Math.max(t, seg.start())) : rest.clone();
        }
        return x;
    }

    /**
     * The first of several targets the exact path comes within a radius of (max norm): on a segment
     * x<sub>c</sub>(s) = b<sub>c</sub> + (x₀<sub>c</sub> − b<sub>c</sub>)s every coordinate is affine in s
     * = e<sup>−(t − t₀)</sup>, so the set of s where |x<sub>c</sub>(s) − p<sub>c</sub>| ≤ r for every c
     * is an interval, and the earliest time in it is its largest s: exact, no sampling.
     *
     * @param bound a game whose payoffs are polynomial in the shares
     * @param x0 the start, reduced coordinates
     * @param timeLimit the time the path is followed for at most
     * @param targets the targets, reduced coordinates
     * @param radius the radius, max norm
     * @return the index of the target reached first (the lowest index on a tie), or −1 when none is
     *     reached by the limit, by {@link #MAX_SWITCHES} switches or before a sliding state that is not
     *     a Nash equilibrium
     */
    public static int reach(BoundGame bound, double[] x0, double timeLimit, List<double[]> targets, double radius) {
        return reach(new BestResponsePath.Prepared(bound), x0, timeLimit, targets, radius);
    }

    private static int reach(
            BestResponsePath.Prepared prepared, double[] x0, double timeLimit, List<double[]> targets, double radius) {
        int[] reached = {-1};
        // segment by segment, stopping at the first entry: a spiral is not followed to its switch budget
        BestResponsePath.walk(prepared, x0, timeLimit, MAX_SWITCHES, seg -> {
            reached[0] = entered(seg, targets, radius);
            return reached[0] < 0;
        });
        return reached[0];
    }

    /** The target whose ball the segment enters first, or −1. */
    private static int entered(BestResponsePath.Segment seg, List<double[]> targets, double radius) {
        double[] from = seg.from();
        double[] b = seg.point();
        double sEnd = Math.exp(-(seg.end() - seg.start()));
        int first = -1;
        double earliest = -1;
        for (int q = 0; q < targets.size(); q++) {
            double[] p = targets.get(q);
            double lo = sEnd;
            double hi = 1;
            for (int c = 0; c < from.length && lo <= hi; c++) {
                double offset = b[c] - p[c];
                double slope = from[c] - b[c];
                if (slope == 0) {
                    if (Math.abs(offset) > radius) {
                        hi = -1;
                    }
                } else {
                    double u = (-radius - offset) / slope;
                    double w = (radius - offset) / slope;
                    lo = Math.max(lo, Math.min(u, w));
                    hi = Math.min(hi, Math.max(u, w));
                }
            }
            if (lo <= hi && hi > earliest) {
                earliest = hi;
                first = q;
            }
        }
        return first;
    }

    @Override
    public Optional<ExactPaths> exactPaths(BoundGame bound) {
        return Optional.of(new Paths(bound));
    }

    /**
     * The exact paths of one bound game: the game is prepared (share degree, compiled payoffs) on first
     * use and shared by every later path, so that the basin starts of a report do not compile the payoffs
     * once each. Two threads racing to prepare it build equal copies; either is kept.
     */
    private static final class Paths implements ExactPaths {
        private final BoundGame bound;
        private volatile BestResponsePath.Prepared prepared;

        Paths(BoundGame bound) {
            this.bound = bound;
        }

        private BestResponsePath.Prepared prepared() {
            BestResponsePath.Prepared p = prepared;
            if (p == null) {
                p = new BestResponsePath.Prepared(bound);
                prepared = p;
            }
            return p;
        }

        @Override
        public String method() {
            return PATH_METHOD;
        }

        @Override
        public double[][] sample(double[] x0, double[] times) {
            return trajectory(prepared(), x0, times);
        }

        @Override
        public int reach(double[] x0, double timeLimit, List<double[]> targets, double radius) {
            return BestResponseDynamics.reach(prepared(), x0, timeLimit, targets, radius);
        }
    }

    /** Whether x is a Nash equilibrium to a relative tolerance (no strategy beats the mean payoff by more). */
    static boolean isNash(BoundGame bound, double[] x, double tolerance) {
        return isNash(bound, PayoffField.of(bound), x, tolerance);
    }

    private static boolean isNash(BoundGame bound, PayoffField payoffs, double[] x, double tolerance) {
        Game game = bound.game();
        double[] f = new double[payoffs.size()];
        payoffs.payoffs(x, f);
        for (int k = 0; k < game.populations().size(); k++) {
            int m = game.sizes()[k];
            double last = 1;
            double mean = 0;
            double best = Double.NEGATIVE_INFINITY;
            double scale = 1;
            for (int i = 0; i < m; i++) {
                double share = i < m - 1 ? x[game.offset(k) + i] : last;
                if (i < m - 1) {
                    last -= share;
                }
                double v = f[payoffs.start(k) + i];
                mean += share * v;
                best = Math.max(best, v);
                scale = Math.max(scale, Math.abs(v));
            }
            if (best - mean > tolerance * scale) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return NAME;
    }
}
