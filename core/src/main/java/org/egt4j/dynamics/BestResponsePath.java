package org.egt4j.dynamics;

import java.util.ArrayList;
import java.util.List;
import org.egt4j.ModelException;
import org.egt4j.expr.Monomial;
import org.egt4j.game.BoundGame;
import org.egt4j.game.Game;

/**
 * Exact paths of the best-response dynamic ẋ ∈ BR(x) − x (Gilboa and Matsui 1991, "Social stability and
 * equilibrium", Econometrica 59; Hofbauer 1995) for games whose payoffs are polynomial in the state
 * (matrix games, normal forms of any number of populations, polynomial fitness). While every population's
 * best reply is a single pure strategy, the profile b of best replies is fixed and the path is x(t) = b +
 * (x₀ − b)e<sup>−t</sup> for all populations at once, so each payoff is a polynomial in s = e<sup>−t</sup>
 * of at most the payoffs' degree in the shares. Where that degree is 1 (matrix games, two-population
 * normal forms, linear fitness), F(x(t)) = F(b) + (F(x₀) − F(b))s and strategy j overtakes the best reply
 * i of its population where d(s) = d<sub>b</sub> + (d<sub>0</sub> − d<sub>b</sub>)s = 0, d = F<sub>j</sub>
 * − F<sub>i</sub>, that is at s = d<sub>b</sub>/(d<sub>b</sub> − d<sub>0</sub>) when d<sub>b</sub> &gt; 0.
 * Where it is D ≥ 2 (a P-population normal form has D = P − 1), d(s) is interpolated exactly at D + 1
 * Chebyshev points and its largest overtaking root in (0, 1) isolated between the roots of its derivative
 * ({@link SwitchFinder}). The earliest overtaking ends the segment, exactly. A path stops at the horizon,
 * after the given number of switches, or where the best replies would switch at once and back again (a
 * sliding state, e.g. a mixed equilibrium reached in finite time); a best reply that would switch at once
 * but not back (a tie at the start, a population indifferent at another's switch) switches at that
 * instant.
 */
public final class BestResponsePath {

    /**
     * One segment of a path: x(t) = b + (from − b)e<sup>−(t − start)</sup> for start ≤ t ≤ end, b the
     * target state {@code point}: the vertex of the pure best replies {@code target}, or on a sliding
     * segment (a Filippov sliding mode, where a population's best replies stay tied) the mixed best reply
     * that keeps them tied.
     *
     * @param start the time the segment begins
     * @param end the time it ends (a switch, the horizon or a sliding state)
     * @param from the state at {@code start}, reduced coordinates
     * @param target the best reply of each population during the segment (on a sliding segment, the
     *     lowest-index strategy of the tied ones it mixes)
     * @param point the target state b, reduced coordinates
     */
    public record Segment(double start, double end, double[] from, int[] target, double[] point) {
        /**
         * Readable text for JShell and logs ({@link org.egt4j.Show#record}): the components with their
         * numbers to 6 significant digits, long arrays shortened to their first items and their count.
         *
         * @return the text
         */
        @Override
        public String toString() {
            return org.egt4j.Show.record(this);
        }

        /**
         * Copies the arrays (a segment is an immutable value).
         *
         * @param start the time the segment begins
         * @param end the time it ends
         * @param from the state at {@code start}
         * @param target the best reply of each population
         * @param point the target state
         */
        public Segment {
            from = from.clone();
            target = target.clone();
            point = point.clone();
        }

        /** {@return the state at {@code start}, reduced coordinates (a copy)} */
        @Override
        public double[] from() {
            return from.clone();
        }

        /** {@return the best reply of each population during the segment (a copy)} */
        @Override
        public int[] target() {
            return target.clone();
        }

        /** {@return the target state b, reduced coordinates (a copy)} */
        @Override
        public double[] point() {
            return point.clone();
        }

        /** {@return whether the target is a mixed best reply that keeps tied strategies tied (sliding)} */
        public boolean isSliding() {
            for (double v : point) {
                if (v != 0 && v != 1) {
                    return true;
                }
            }
            return false;
        }

        /**
         * The state at a time of the segment.
         *
         * @param game the game
         * @param t a time in [start, end]
         * @return x(t), reduced coordinates
         */
        public double[] state(Game game, double t) {
            double e = Math.exp(-(t - start));
            double[] b = point;
            double[] x = new double[from.length];
            for (int i = 0; i < x.length; i++) {
                x[i] = b[i] + (from[i] - b[i]) * e;
            }
            return x;
        }
    }

    /** Why a path ends. */
    public enum End {
        /** The horizon was reached. */
        HORIZON,
        /** The allowed number of switches was used. */
        SWITCHES,
        /** The best reply would switch again at once: a sliding state. */
        SLIDING,
        /** The caller's {@link Visitor} stopped the path. */
        STOPPED
    }

    /** Receives the segments of a path as they are found, in time order. */
    @FunctionalInterface
    interface Visitor {
        /**
         * One segment.
         *
         * @param segment the segment
         * @return whether to go on with the path
         */
        boolean segment(Segment segment);
    }

    /**
     * A path: its segments in time order and why it ends.
     *
     * @param segments the segments
     * @param end why the path ends
     */
    public record Path(List<Segment> segments, End end) {

        /**
         * Copies the list.
         *
         * @param segments the segments
         * @param end why the path ends
         */
        public Path {
            segments = List.copyOf(segments);
        }
    }

    private BestResponsePath() {}

    /**
     * The exact best-response path from a state.
     *
     * @param bound a game whose payoffs are polynomial in the shares
     * @param x0 the initial state, reduced coordinates
     * @param horizon the final time
     * @param maxSwitches the largest number of switches
     * @return the path
     * @throws ModelException when the payoffs are not polynomial in the shares (of degree at most {@link
     *     SwitchFinder#MAX_DEGREE})
     */
    public static Path of(BoundGame bound, double[] x0, double horizon, int maxSwitches) {
        return of(new Prepared(bound), x0, horizon, maxSwitches);
    }

    /** {@link #of(BoundGame, double[], double, int)} on a game prepared once for many paths. */
    static Path of(Prepared game, double[] x0, double horizon, int maxSwitches) {
        List<Segment> segments = new ArrayList<>();
        End end = walk(game, x0, horizon, maxSwitches, segments::add);
        return new Path(segments, end);
    }

    /**
     * A bound game prepared once for many paths (every basin start, every sample of a report): its share
     * degree and its compiled payoffs, which each path copies instead of compiling them again.
     */
    static final class Prepared {
        final BoundGame bound;
        final int degree;
        private final PayoffField payoffs;

        /**
         * @throws ModelException when the payoffs are not polynomial in the shares (of degree at most
         *     {@link SwitchFinder#MAX_DEGREE})
         */
        Prepared(BoundGame bound) {
            this.bound = bound;
            this.degree = shareDegree(bound.game());
            this.payoffs = PayoffField.of(bound);
        }

        /** {@return the payoffs for one path or one thread} */
        PayoffField payoffs() {
            return payoffs.copy();
        }
    }

    /**
     * The exact path handed to a visitor segment by segment, without holding them all (what {@link #of}
     * collects).
     *
     * @param prepared a game whose payoffs are polynomial in the shares, prepared
     * @param x0 the initial state, reduced coordinates
     * @param horizon the final time
     * @param maxSwitches the largest number of switches
     * @param visitor told each segment; it may stop the path
     * @return why the path ended
     */
    static End walk(Prepared prepared, double[] x0, double horizon, int maxSwitches, Visitor visitor) {
        Game game = prepared.bound.game();
        int degree = prepared.degree;
        PayoffField payoffs = prepared.payoffs();
        SwitchFinder finder = degree <= 1 ? null : new SwitchFinder(degree, payoffs.size());
        double[] f0 = new double[payoffs.size()];
        double[] fb = new double[payoffs.size()];
        int pops = game.populations().size();
        double t = 0;
        double[] x = x0.clone();
        payoffs.payoffs(x, f0);
        int[] target = new int[pops];
        for (int k = 0; k < pops; k++) {
            target[k] = best(f0, payoffs.start(k), game.populations().get(k).size());
        }
        double[] sw = new double[pops];
        int[] overtaker = new int[pops];
        java.util.Set<String> triedHere = new java.util.HashSet<>();
        double[] point = null; // a mixed target while sliding, else the vertex of target
        boolean[] sliding = new boolean[payoffs.size()]; // strategies kept tied by the mixed target
        for (int count = 0; ; count++) {
            double[] b = point != null ? point : vertex(game, target);
            payoffs.payoffs(b, fb);
            if (finder != null) {
                finder.sample(payoffs, x, b);
            }
            double sMax = 0; // the largest s < 1 at which some strategy overtakes: the earliest switch
            for (int k = 0; k < pops; k++) {
                int at = payoffs.start(k);
                int i = at + target[k];
                sw[k] = 0;
                overtaker[k] = -1;
                for (int j = at; j < at + game.populations().get(k).size(); j++) {
                    if (j == i || sliding[j]) {
                        continue;
                    }
                    double s;
                    if (finder == null) {
                        double db = fb[j] - fb[i];
                        double d0 = f0[j] - f0[i];
                        s = db > 0 ? db / (db - Math.min(d0, 0)) : 0;
                    } else {
                        s = finder.overtaking(j, i);
                    }
                    if (s > sw[k]) {
                        sw[k] = s;
                        overtaker[k] = j - at;
                    }
                }
                sMax = Math.max(sMax, sw[k]);
            }
            double length = sMax > 0 ? -Math.log(sMax) : Double.POSITIVE_INFINITY;
            if (length <= 1e-14) {
                // a best reply that would switch at once: switch it at this instant (a tie at the start, or
                // a population indifferent when another switches); only a profile met again at the same
                // instant is a sliding state (the best replies would chatter)
                triedHere.add(java.util.Arrays.toString(target));
                int[] next = target.clone();
                for (int k = 0; k < pops; k++) {
                    if (overtaker[k] >= 0 && sw[k] >= sMax * (1 - 1e-12)) {
                        next[k] = overtaker[k];
                    }
                }
                if (triedHere.contains(java.util.Arrays.toString(next))) {
                    Sliding slide = point == null && degree <= 1 ? Sliding.find(game, payoffs, x, f0) : null;
                    if (slide == null) {
                        visitor.segment(new Segment(t, t, x, target, b));
                        return End.SLIDING;
                    }
                    point = slide.point;
                    target = slide.target;
                    sliding = slide.tied;
                    continue;
                }
                target = next;
                continue;
            }
            triedHere.clear();
            double end = Math.min(t + length, horizon);
            Segment seg = new Segment(t, end, x, target, b);
            if (!visitor.segment(seg)) {
                return End.STOPPED;
            }
            if (end >= horizon) {
                return End.HORIZON;
            }
            if (count + 1 >= maxSwitches) {
                return End.SWITCHES;
            }
            x = seg.state(game, end);
            t = end;
            payoffs.payoffs(x, f0);
            point = null; // the next segment starts from pure best replies again
            sliding = new boolean[payoffs.size()];
            int[] next = target.clone();
            for (int k = 0; k < pops; k++) {
                if (overtaker[k] >= 0 && sw[k] >= sMax * (1 - 1e-12)) {
                    next[k] = overtaker[k]; // the strategy whose advantage reached 0 first
                }
            }
            target = next;
        }
    }

    /**
     * The largest total degree in the shares of any expected payoff (reduced coordinates): the degree in
     * s of the payoffs along a segment, since every share is affine in s there.
     *
     * @throws ModelException when a payoff is not a polynomial in the shares of at most {@link
     *     SwitchFinder#MAX_DEGREE}
     */
    static int shareDegree(Game game) {
        int degree = 0;
        for (int k = 0; k < game.populations().size(); k++) {
            for (int i = 0; i < game.populations().get(k).size(); i++) {
                for (Monomial m : game.expectedPayoff(k, i).terms().keySet()) {
                    for (int c = 0; c < m.size(); c++) {
                        if (m.symbol(c).isShare() && m.exponent(c) < 0) {
                            throw notPolynomial(game, k, i, "a share in a denominator");
                        }
                    }
                    degree = Math.max(degree, m.shareDegree());
                }
                if (degree > SwitchFinder.MAX_DEGREE) {
                    throw notPolynomial(game, k, i, "degree " + degree + " in the shares");
                }
            }
        }
        return degree;
    }

    private static ModelException notPolynomial(Game game, int k, int i, String what) {
        return new ModelException(
                "exact best-response paths need payoffs polynomial in the shares of degree at most "
                        + SwitchFinder.MAX_DEGREE + ", but the payoff of "
                        + game.populations().get(k).name() + "."
                        + game.populations().get(k).strategies().get(i) + " has " + what,
                "use a matrix game, a normal form of any number of populations or polynomial fitness, or a smooth"
                        + " dynamic close to best response such as --dynamics logit:eta=0.01");
    }

    /** The lowest-index strategy of largest payoff of one population. */
    private static int best(double[] f, int at, int m) {
        int best = 0;
        for (int i = 1; i < m; i++) {
            if (f[at + i] > f[at + best]) {
                best = i;
            }
        }
        return best;
    }

    /** The reduced coordinates of a pure profile. */
    static double[] vertex(Game game, int[] profile) {
        double[] b = new double[game.dimension()];
        for (int k = 0; k < profile.length; k++) {
            if (profile[k] < game.populations().get(k).size() - 1) {
                b[game.offset(k) + profile[k]] = 1;
            }
        }
        return b;
    }
}
