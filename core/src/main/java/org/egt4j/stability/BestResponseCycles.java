package org.egt4j.stability;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.egt4j.NumericalException;
import org.egt4j.dynamics.BestResponseDynamics;
import org.egt4j.dynamics.BestResponsePath;
import org.egt4j.game.BoundGame;
import org.egt4j.game.Game;

/**
 * The periodic orbits that exact best-response paths converge to: Shapley polygons (Shapley 1964, "Some
 * topics in two-person games"; Gaunersdorfer and Hofbauer 1995, "Fictitious play, Shapley polygons, and
 * the replicator equation", Games Econ. Behav. 11). In bad rock–paper–scissors with win w and loss l
 * &gt; w the path converges to a triangle; for w = 1, l = 2 its corners are the cyclic permutations of
 * (4/7, 1/7, 2/7), each leg takes ln 2 (the corner (a, b, c) moves to (c, a, b) towards the next best
 * reply with c = as, b = cs, a = 1 − (1 − b)s at s = e<sup>−τ</sup> = ½), the period is 3 ln 2.
 *
 * <p>From every start of the analysis grid: follow the exact path for {@link #SETTLE_TIME}; if it is
 * still switching, take its switches of one kind (the same old and new profile of best replies) as the
 * iterates of a return map on that switching surface, and accept a cycle when successive returns agree to
 * {@link #CLOSED}. The period is the time between the last two returns; the base point γ(0) is the
 * middle of the first leg after the last return (off every switching surface, where the flow map is
 * differentiable); the multipliers are the eigenvalues of the Jacobian of the period map φ<sub>T</sub> at
 * γ(0) by central differences of exact paths (step {@link #STEP}; one of them is the trivial 1 of the
 * flow direction). min and max are exact: every coordinate is monotone on a leg, so its extremes over
 * the orbit are at the corners. Only orbits that paths converge to are found (they are stable).
 */
public final class BestResponseCycles {

    /** The time a path is followed before its switches are read. */
    public static final double SETTLE_TIME = 200;

    /** How closely successive returns must agree (max norm) to count as one closed orbit. */
    public static final double CLOSED = 1e-11;

    /** The step of the central differences of the period map. */
    public static final double STEP = 1e-6;

    /** The most switches followed from one start. */
    private static final int MAX_SWITCHES = 20_000;

    private BestResponseCycles() {}

    /**
     * The periodic orbits exact best-response paths from the starts converge to.
     *
     * @param bound a game whose payoffs are polynomial in the shares
     * @param starts the starts, reduced coordinates
     * @return the cycles, in the order of the first start that reaches each
     */
    public static List<LimitCycle> find(BoundGame bound, List<double[]> starts) {
        List<LimitCycle> found = new ArrayList<>();
        if (bound.game().dimension() < 2) {
            return found;
        }
        for (double[] start : starts) {
            try {
                LimitCycle c = fromStart(bound, start, found);
                if (c != null) {
                    found.add(c);
                }
            } catch (NumericalException e) {
                // a path that cannot be followed (a sliding state off equilibrium) is no evidence of a cycle
            }
        }
        return List.copyOf(found);
    }

    private static LimitCycle fromStart(BoundGame bound, double[] start, List<LimitCycle> found) {
        Game game = bound.game();
        BestResponsePath.Path path = BestResponsePath.of(bound, start, SETTLE_TIME, MAX_SWITCHES);
        if (path.end() != BestResponsePath.End.HORIZON) {
            return null; // at rest, sliding or switching ever faster: converging to an equilibrium
        }
        List<BestResponsePath.Segment> s = path.segments();
        if (s.size() < 8
                || s.get(s.size() - 1).isSliding()
                || s.get(s.size() - 1).start() < SETTLE_TIME / 2) {
            return null; // no switching in the late half: the path has come to rest
        }
        // the kind of the last switch and its earlier occurrences
        String kind = kind(s.get(s.size() - 2), s.get(s.size() - 1));
        List<Integer> returns = new ArrayList<>();
        for (int q = 1; q < s.size(); q++) {
            if (kind(s.get(q - 1), s.get(q)).equals(kind)) {
                returns.add(q);
            }
        }
        if (returns.size() < 3) {
            return null;
        }
        BestResponsePath.Segment last = s.get(returns.get(returns.size() - 1));
        BestResponsePath.Segment before = s.get(returns.get(returns.size() - 2));
        if (distance(last.from(), before.from()) > CLOSED) {
            return null; // not (yet) periodic: chaotic, quasi-periodic or converging slowly
        }
        double period = last.start() - before.start();
        double[] gamma0 = last.state(game, (last.start() + last.end()) / 2);
        for (LimitCycle c : found) {
            if (Math.abs(c.period() - period) <= 1e-6 * period && distanceToOrbit(gamma0, c.orbit()) <= 1e-6) {
                return null; // the same orbit, reached from another start
            }
        }
        int n = game.dimension();
        double[] end = periodMap(bound, gamma0, period);
        double residual = distance(end, gamma0);
        double[] jacobian = new double[n * n];
        for (int c = 0; c < n; c++) {
            double[] plus = gamma0.clone();
            double[] minus = gamma0.clone();
            plus[c] += STEP;
            minus[c] -= STEP;
            double[] fp = periodMap(bound, plus, period);
            double[] fm = periodMap(bound, minus, period);
            for (int r = 0; r < n; r++) {
                jacobian[r * n + c] = (fp[r] - fm[r]) / (2 * STEP);
            }
        }
        List<Eigenvalue> mult = new ArrayList<>(Eigenvalue.of(jacobian, n));
        mult.sort(Eigenvalue.ORDER);
        int trivial = LimitCycles.trivialIndex(mult);
        // the central differences carry about 1e-6 of error: a wider band around the unit circle
        Stability stability = LimitCycles.verdict(mult, trivial, 1e-4);
        // the orbit's corners over one period from γ(0): exact extremes; samples for figures
        BestResponsePath.Path one = BestResponsePath.of(bound, gamma0, period, MAX_SWITCHES);
        int width = n + game.populations().size();
        double[] lo = new double[width];
        double[] hi = new double[width];
        Arrays.fill(lo, Double.POSITIVE_INFINITY);
        Arrays.fill(hi, Double.NEGATIVE_INFINITY);
        for (BestResponsePath.Segment seg : one.segments()) {
            for (double[] corner : new double[][] {seg.from(), seg.state(game, Math.min(seg.end(), period))}) {
                double[] sh = shares(game, corner);
                for (int i = 0; i < width; i++) {
                    lo[i] = Math.min(lo[i], sh[i]);
                    hi[i] = Math.max(hi[i], sh[i]);
                }
            }
        }
        double[] times = new double[LimitCycles.ORBIT_SAMPLES + 1];
        for (int k = 0; k < times.length; k++) {
            times[k] = period * k / LimitCycles.ORBIT_SAMPLES;
        }
        double[][] orbit = Arrays.copyOf(BestResponseDynamics.trajectory(bound, gamma0, times), times.length - 1);
        return new LimitCycle(period, gamma0, lo, hi, mult, trivial, stability, residual, orbit);
    }

    /** φ<sub>T</sub>(x): the exact path's state at time T. */
    private static double[] periodMap(BoundGame bound, double[] x, double period) {
        return BestResponseDynamics.trajectory(bound, x, new double[] {0, period})[1];
    }

    /** The switch from segment a to segment b, by the best replies before and after. */
    private static String kind(BestResponsePath.Segment a, BestResponsePath.Segment b) {
        return Arrays.toString(a.target()) + ">" + Arrays.toString(b.target()) + (b.isSliding() ? "~" : "");
    }

    /** Every share of every population (the last one of each included) from reduced coordinates. */
    private static double[] shares(Game game, double[] x) {
        double[] out = new double[game.dimension() + game.populations().size()];
        int o = 0;
        for (int k = 0; k < game.populations().size(); k++) {
            int m = game.populations().get(k).size();
            double last = 1;
            for (int i = 0; i < m - 1; i++) {
                out[o++] = x[game.offset(k) + i];
                last -= x[game.offset(k) + i];
            }
            out[o++] = last;
        }
        return out;
    }

    private static double distance(double[] a, double[] b) {
        double d = 0;
        for (int i = 0; i < a.length; i++) {
            d = Math.max(d, Math.abs(a[i] - b[i]));
        }
        return d;
    }

    private static double distanceToOrbit(double[] x, double[][] orbit) {
        double best = Double.POSITIVE_INFINITY;
        for (double[] p : orbit) {
            best = Math.min(best, distance(x, p));
        }
        return best;
    }
}
