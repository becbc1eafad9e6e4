package org.egt4j.stability;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.egt4j.ModelException;
import org.egt4j.Numbers;
import org.egt4j.NumericalException;
import org.egt4j.dynamics.BestResponseDynamics;
import org.egt4j.dynamics.BestResponsePath;
import org.egt4j.dynamics.PayoffField;
import org.egt4j.game.BoundGame;
import org.egt4j.game.Game;
import org.egt4j.random.FixedSeeds;
import org.egt4j.random.RandomStreams;

/**
 * The Lyapunov spectrum of an exact best-response path ({@link BestResponsePath}), ẋ ∈ BR(x) − x, a
 * piecewise-smooth (Filippov) flow whose tangent dynamics are exact:
 *
 * <ul>
 *   <li>inside a segment with pure best-reply profile b the flow is x(t) = b + (x₀ − b)e<sup>−(t − t₀)</sup>,
 *       so its Jacobian is e<sup>−Δt</sup>·I;
 *   <li>at a transversal switch of population k from best reply i to j, on the surface h(x) = F<sub>k,j</sub>(x)
 *       − F<sub>k,i</sub>(x) = 0 with gradient n = ∇h (reduced coordinates, from the game's payoff
 *       polynomials), tangent vectors jump by the saltation matrix (Müller 1995, "Lyapunov exponents of
 *       dynamic systems with discontinuities", Chaos, Solitons &amp; Fractals 5(9); Leine and Nijmeijer 2004,
 *       <i>Dynamics and Bifurcations of Non-Smooth Mechanical Systems</i>; Dieci and Lopez 2011,
 *       "Fundamental matrix solutions of piecewise smooth differential systems", Math. Comput. Simul. 81,
 *       for Filippov systems): S = I + (f⁺ − f⁻) nᵀ / (nᵀ f⁻), with f<sup>∓</sup> = b<sup>∓</sup> − x the
 *       field before and after; S f⁻ = f⁺ (the flow direction goes to the flow direction) and, by the
 *       matrix determinant lemma, det S = nᵀf⁺ / nᵀf⁻.
 * </ul>
 *
 * <p>So the Jacobian of the flow map over [0, T] is e<sup>−T</sup>·S<sub>m</sub>⋯S<sub>1</sub> (the scalar
 * factors commute with the saltations). Benettin's method (Benettin et al. 1980, as {@link
 * LyapunovSpectrum}) follows a seeded orthonormal frame Φ through the saltations and re-orthonormalizes
 * it by modified Gram–Schmidt (QR) after each of them; the exponents are (Σ ln |R<sub>jj</sub>|)/T − 1,
 * the −1 being the exact contribution of the e<sup>−Δt</sup> factors (they scale Φ without turning it, so
 * between switches R is the identity). Since the diagonals of the R factors multiply, this equals
 * re-orthonormalizing every {@code interval} in exact arithmetic, and in floating point it keeps a long
 * interval's product of many saltations from losing its contracting directions to round-off; the
 * {@code interval} sets the times of the running estimates (the history), one per interval, at most
 * about 1000 of them. A
 * start in the basin of a strict Nash equilibrium never switches, and every exponent is exactly −1. The
 * result's {@code averageDivergence} is the exponent sum computed independently of the QR steps, (1/T) ln
 * det of the flow map's Jacobian = −n + (1/T) Σ ln(nᵀf⁺/nᵀf⁻).
 *
 * <p>Several populations switching at the same instant: their saltations are applied in sequence, each
 * with the field left by the previous ones. The flow map is differentiable there only when the product
 * is the same in every order (it is when the populations' switching surfaces do not depend on each
 * other's shares, e.g. uncoupled copies of a game); when the orders differ, perturbed paths cross the
 * surfaces in different orders and the flow map has a kink, so the computation is refused ({@link
 * ModelException} naming the populations, the time and the state).
 *
 * <p>A path that reaches a Nash equilibrium x* in finite time t* and stays there (a sliding state: the
 * best reply would switch again at once, as at the mixed equilibrium of hawk–dove or the centre of good
 * rock–paper–scissors) is refused with the reason: the path and its own time shifts x(t + ε) meet at x*
 * and coincide after t*, so the tangent vector along the flow is mapped to 0 and the smallest exponent
 * is −∞ (every exponent, in hawk–dove's one dimension); and at x* the flow map has no derivative, since
 * nearby paths reach it at different times or leave it. No finite spectrum describes that solution
 * honestly, so none is printed; the refusal names t* and x* and the hint says to measure a window
 * ending before t*.
 */
public final class BestResponseLyapunov {

    /** The method's name, as {@code lyapunov --json} states it under best response. */
    public static final String METHOD = "benettin-saltation";

    /** The most populations switching at one instant for which every order of saltations is compared. */
    static final int MAX_SIMULTANEOUS = 5;

    /**
     * The spectrum and the number of switches of best reply it went through.
     *
     * @param spectrum the exponents (descending), the Kaplan–Yorke dimension, the exponent sum by the
     *     determinant lemma (as {@code averageDivergence}) and the running estimates
     * @param switches the switches of best reply in the measured time (a simultaneous switch of several
     *     populations counts once)
     */
    public record Result(LyapunovSpectrum.Result spectrum, int switches) {
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
    }

    private BestResponseLyapunov() {}

    /**
     * The Lyapunov spectrum of the exact best-response path from a state.
     *
     * @param bound a game whose payoffs are affine in the state (as {@link BestResponsePath} requires)
     * @param x0 the start, reduced coordinates
     * @param time the measured time after the transient
     * @param transientTime the time followed first and discarded
     * @param interval the time between re-orthonormalizations
     * @return the spectrum and the number of switches
     * @throws ModelException when the payoffs are not affine, the path reaches a Nash equilibrium in finite
     *     time within {@code transientTime + time} (see the class comment), or several populations switch at
     *     once with saltations that depend on the order
     * @throws NumericalException when the path slides off a Nash equilibrium or needs more than {@link
     *     BestResponseDynamics#MAX_SWITCHES} switches (as {@link BestResponseDynamics#trajectory})
     */
    public static Result compute(BoundGame bound, double[] x0, double time, double transientTime, double interval) {
        if (!(time > 0 && time < Double.POSITIVE_INFINITY)
                || !(transientTime >= 0 && transientTime < Double.POSITIVE_INFINITY)
                || !(interval > 0)) {
            throw new IllegalArgumentException(
                    "time and interval must be positive, the transient non-negative, both finite");
        }
        List<BestResponsePath.Segment> segments = checkedPath(bound, x0, transientTime + time, transientTime);
        int n = bound.game().dimension();
        Saltations saltations = new Saltations(bound);
        double[] y = new double[n + n * n]; // Φ row-major at y[n..), the layout of LyapunovSpectrum
        java.util.SplittableRandom random = RandomStreams.stream(FixedSeeds.LYAPUNOV_SPECTRUM, 0);
        for (int i = 0; i < n * n; i++) {
            y[n + i] = random.nextDouble() - 0.5;
        }
        double[] col = new double[n];
        LyapunovSpectrum.orthonormalize(y, n, col, null);
        double[] sums = new double[n];
        double logDet = 0;
        int switches = 0;
        int next = 1; // the segment that begins at the next switch
        while (next < segments.size() && segments.get(next).start() <= transientTime) {
            next++;
        }
        long chunks = (long) Math.ceil(time / interval - 1e-9);
        long every = Math.max(1, chunks / 1000);
        List<Double> times = new ArrayList<>();
        List<double[]> history = new ArrayList<>();
        double[] product = new double[n * n];
        for (long c = 0; c < chunks; c++) {
            // jump to the chunk of the next switch (or at most two before it, for round-off): in the chunks
            // between, Φ only scales by e^{-Δt}, its R is the identity, and only the history is written
            long stop = chunks - 1;
            if (next < segments.size()) {
                double ts = segments.get(next).start() - transientTime;
                stop = Math.min(stop, Math.max(c, (long) Math.floor(ts / interval) - 1));
            }
            for (long m = (c + every) / every; m * every - 1 < stop; m++) {
                double t1 = Math.min(time, m * every * interval);
                times.add(t1);
                history.add(exponents(sums, t1));
            }
            c = stop;
            double t1 = Math.min(time, (c + 1) * interval);
            while (next < segments.size() && segments.get(next).start() - transientTime <= t1) {
                Jump jump = saltations.at(segments.get(next - 1), segments.get(next));
                multiply(jump.matrix(), y, n, product);
                // QR after every switch: the R factors multiply, so this is re-orthonormalizing every
                // interval in exact arithmetic, and it keeps a long interval's product of saltations from
                // losing its contracting directions to round-off
                LyapunovSpectrum.orthonormalize(y, n, col, sums);
                logDet += jump.logDeterminant();
                switches++;
                next++;
            }
            if ((c + 1) % every == 0 || c == chunks - 1) {
                times.add(t1);
                history.add(exponents(sums, t1));
            }
        }
        double[] ts = new double[times.size()];
        for (int i = 0; i < ts.length; i++) {
            ts[i] = times.get(i);
        }
        double[] exponents = exponents(sums, time);
        LyapunovSpectrum.Result spectrum = new LyapunovSpectrum.Result(
                exponents,
                LyapunovSpectrum.kaplanYorke(exponents),
                -n + logDet / time,
                ts,
                history.toArray(new double[0][]));
        return new Result(spectrum, switches);
    }

    /**
     * The exact Jacobian of the best-response flow map x₀ ↦ x(T), e<sup>−T</sup>·S<sub>m</sub>⋯S<sub>1</sub>
     * over the switches in (0, T] (see the class comment).
     *
     * @param bound a game whose payoffs are affine in the state
     * @param x0 the start, reduced coordinates
     * @param horizon T &gt; 0
     * @return ∂x(T)/∂x₀, rows indexed by the component of x(T)
     * @throws ModelException as {@link #compute}
     * @throws NumericalException as {@link #compute}
     */
    public static double[][] flowJacobian(BoundGame bound, double[] x0, double horizon) {
        if (!(horizon > 0)) {
            throw new IllegalArgumentException("the horizon must be positive");
        }
        List<BestResponsePath.Segment> segments = checkedPath(bound, x0, horizon, 0);
        int n = bound.game().dimension();
        Saltations saltations = new Saltations(bound);
        double[] y = new double[n + n * n];
        for (int i = 0; i < n; i++) {
            y[n + i * n + i] = 1;
        }
        double[] product = new double[n * n];
        for (int s = 1; s < segments.size(); s++) {
            if (segments.get(s).start() > 0) {
                multiply(saltations.at(segments.get(s - 1), segments.get(s)).matrix(), y, n, product);
            }
        }
        double e = Math.exp(-horizon);
        double[][] jacobian = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                jacobian[i][j] = e * y[n + i * n + j];
            }
        }
        return jacobian;
    }

    /**
     * The exact path to the horizon, refused where no finite spectrum exists: the checks of {@link
     * BestResponseDynamics#trajectory} (sliding off a Nash equilibrium, runaway switches far from one), a
     * path that needs more than {@link BestResponseDynamics#MAX_SWITCHES} switches at all (the exponents
     * need every switch; a trajectory may hold a spiral at its equilibrium, a tangent map may not), and a
     * path that slides (a Filippov sliding mode, or a Nash equilibrium reached in finite time) after the
     * transient.
     */
    private static List<BestResponsePath.Segment> checkedPath(
            BoundGame bound, double[] x0, double horizon, double transientTime) {
        BestResponseDynamics.trajectory(bound, x0, new double[] {0, horizon});
        BestResponsePath.Path path = BestResponsePath.of(bound, x0, horizon, BestResponseDynamics.MAX_SWITCHES);
        List<BestResponsePath.Segment> segments = path.segments();
        BestResponsePath.Segment last = segments.get(segments.size() - 1);
        if (path.end() == BestResponsePath.End.SWITCHES) {
            throw new NumericalException(
                    "the best-response path switches best reply more than " + BestResponseDynamics.MAX_SWITCHES
                            + " times before t = " + horizon + " (a spiral into an equilibrium approached only in"
                            + " the limit switches ever faster), and its Lyapunov exponents need every switch",
                    "measure a shorter time (--transient + --time below " + Numbers.shortDecimal(last.end(), 9) + ")",
                    last.end(),
                    last.state(bound.game(), last.end()));
        }
        if (path.end() == BestResponsePath.End.SLIDING) {
            throw arrival(last.from(), last.start());
        }
        for (BestResponsePath.Segment seg : segments) {
            if (seg.isSliding() && seg.end() > transientTime) {
                double[] from = seg.from();
                double[] point = seg.point();
                double moved = 0;
                for (int c = 0; c < from.length; c++) {
                    moved = Math.max(moved, Math.abs(point[c] - from[c]));
                }
                if (moved <= 1e-9) {
                    throw arrival(from, seg.start()); // x* ∈ BR(x*): the sliding state is the equilibrium itself
                }
                throw new ModelException(
                        "the best-response path slides from t = " + Numbers.shortDecimal(seg.start(), 9) + " at "
                                + vector(from) + " (a Filippov sliding mode: best replies of "
                                + tied(bound, from) + " stay tied): paths on both sides of the tie reach it in"
                                + " finite time, so the tangent vector across it becomes 0 and the smallest"
                                + " Lyapunov exponent is -infinity; no finite spectrum describes this solution",
                        "measure a window that ends before the sliding (--transient + --time below "
                                + Numbers.shortDecimal(seg.start(), 9) + ")"
                                + (seg.end() < horizon
                                        ? ", or one that starts after it ends (--transient above "
                                                + Numbers.shortDecimal(seg.end(), 9) + ")"
                                        : ""));
            }
        }
        return segments;
    }

    /** The refusal of a path that reaches a Nash equilibrium x* at time t* and stays (see the class comment). */
    private static ModelException arrival(double[] equilibrium, double time) {
        String at = vector(equilibrium);
        if (time <= 0) {
            return new ModelException(
                    "the start " + at + " is a Nash equilibrium at which best replies tie, where the"
                            + " best-response path stays (sliding): nearby paths reach it in finite time or"
                            + " leave it, so the flow map has no derivative there and the Lyapunov exponents"
                            + " are not defined",
                    "start off the equilibrium; near a strict equilibrium (a pure best reply to itself)"
                            + " every exponent is -1");
        }
        return new ModelException(
                "the best-response path reaches the Nash equilibrium " + at + " at t = "
                        + Numbers.shortDecimal(time, 9) + " and stays there (sliding, best replies"
                        + " tie): the path and its own time shifts coincide after that, so the tangent vector"
                        + " along the flow becomes 0 and the smallest Lyapunov exponent is -infinity; no"
                        + " finite spectrum describes this solution",
                "measure a window that ends before the arrival (--transient + --time below "
                        + Numbers.shortDecimal(time, 9) + "), or start in the basin of a strict"
                        + " equilibrium (every exponent -1) or of a cycle");
    }

    /** The populations with tied best replies at x, as {@code pop (a, b)}, for messages. */
    private static String tied(BoundGame bound, double[] x) {
        Game game = bound.game();
        PayoffField payoffs = PayoffField.of(bound);
        double[] f = new double[payoffs.size()];
        payoffs.payoffs(x, f);
        List<String> out = new ArrayList<>();
        for (int k = 0; k < game.populations().size(); k++) {
            int at = payoffs.start(k);
            int m = game.sizes()[k];
            double best = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < m; i++) {
                best = Math.max(best, f[at + i]);
            }
            List<String> names = new ArrayList<>();
            for (int i = 0; i < m; i++) {
                if (f[at + i] >= best - 1e-9 * Math.max(1, Math.abs(best))) {
                    names.add(game.populations().get(k).strategies().get(i));
                }
            }
            if (names.size() > 1) {
                out.add(game.populations().get(k).name() + " (" + String.join(", ", names) + ")");
            }
        }
        return String.join(" and ", out);
    }

    private static double[] exponents(double[] sums, double t) {
        double[] est = new double[sums.length];
        for (int j = 0; j < est.length; j++) {
            est[j] = sums[j] / t - 1; // −1: the e^{−Δt}·I factors, exactly
        }
        Arrays.sort(est);
        LyapunovSpectrum.reverse(est);
        return est;
    }

    /** Φ ← SΦ with Φ row-major at y[n..). */
    private static void multiply(double[] s, double[] y, int n, double[] product) {
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double sum = 0;
                for (int k = 0; k < n; k++) {
                    sum += s[i * n + k] * y[n + k * n + j];
                }
                product[i * n + j] = sum;
            }
        }
        System.arraycopy(product, 0, y, n, n * n);
    }

    private static String vector(double[] x) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < x.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(Numbers.shortDecimal(x[i], 9));
        }
        return sb.append(']').toString();
    }

    /** A switch's saltation matrix (row-major) and ln of its determinant by the determinant lemma. */
    private record Jump(double[] matrix, double logDeterminant) {}

    /** The saltation matrices of the switches of one game. */
    private static final class Saltations {
        private final Game game;
        private final PayoffField payoffs;
        private final int n;
        private final double[] f;
        private final double[] df;

        Saltations(BoundGame bound) {
            this.game = bound.game();
            this.payoffs = PayoffField.of(bound);
            this.n = game.dimension();
            this.f = new double[payoffs.size()];
            this.df = new double[payoffs.size() * n];
        }

        /** The jump of tangent vectors where {@code before} ends and {@code after} begins. */
        Jump at(BestResponsePath.Segment before, BestResponsePath.Segment after) {
            double[] x = after.from();
            int[] from = before.target();
            int[] to = after.target();
            List<Integer> switching = new ArrayList<>();
            for (int k = 0; k < from.length; k++) {
                if (from[k] != to[k]) {
                    switching.add(k);
                }
            }
            payoffs.payoffsAndJacobian(x, f, df);
            if (switching.size() == 1) {
                Jump jump = sequence(x, from, to, switching);
                if (jump == null) {
                    int k = switching.get(0);
                    throw new NumericalException(
                            "the switch of population "
                                    + game.populations().get(k).name() + " from "
                                    + game.populations().get(k).strategies().get(from[k]) + " to "
                                    + game.populations().get(k).strategies().get(to[k])
                                    + " is not transversal (the field is tangent to the switching surface on one"
                                    + " side), so its saltation matrix is unbounded",
                            "start elsewhere or measure a window that ends before this switch",
                            after.start(),
                            x);
                }
                return jump;
            }
            if (switching.size() > MAX_SIMULTANEOUS) {
                throw simultaneous(switching, after.start(), x);
            }
            Jump first = null;
            for (List<Integer> order : permutations(switching)) {
                Jump jump = sequence(x, from, to, order);
                if (jump == null) {
                    throw simultaneous(switching, after.start(), x);
                }
                if (first == null) {
                    first = jump;
                    continue;
                }
                double scale = 1;
                double diff = 0;
                for (int i = 0; i < n * n; i++) {
                    scale = Math.max(scale, Math.abs(first.matrix()[i]));
                    diff = Math.max(diff, Math.abs(jump.matrix()[i] - first.matrix()[i]));
                }
                if (diff > 1e-9 * scale) {
                    throw simultaneous(switching, after.start(), x);
                }
            }
            return first;
        }

        /**
         * The product of the saltations of the populations in the given order, each with the field left by
         * the ones before; null when a crossing in this order is not transversal (nᵀf⁻ or nᵀf⁺ not positive).
         */
        private Jump sequence(double[] x, int[] from, int[] to, List<Integer> order) {
            double[] total = identity();
            double logDet = 0;
            int[] profile = from.clone();
            double[] normal = new double[n];
            double[] fieldBefore = new double[n];
            double[] jumpOfField = new double[n];
            double[] s = new double[n * n];
            double[] product = new double[n * n];
            for (int k : order) {
                int at = payoffs.start(k);
                for (int c = 0; c < n; c++) {
                    normal[c] = df[(at + to[k]) * n + c] - df[(at + from[k]) * n + c];
                }
                double[] b = vertex(profile);
                profile[k] = to[k];
                double[] bAfter = vertex(profile);
                double before = 0;
                double after = 0;
                double normN = 0;
                double normF = 0;
                for (int c = 0; c < n; c++) {
                    fieldBefore[c] = b[c] - x[c];
                    jumpOfField[c] = bAfter[c] - b[c];
                    before += normal[c] * fieldBefore[c];
                    after += normal[c] * (bAfter[c] - x[c]);
                    normN += normal[c] * normal[c];
                    normF += fieldBefore[c] * fieldBefore[c];
                }
                double floor = 1e-12 * Math.sqrt(normN * normF);
                if (!(before > floor) || !(after > floor)) {
                    return null;
                }
                for (int i = 0; i < n; i++) {
                    for (int j = 0; j < n; j++) {
                        s[i * n + j] = (i == j ? 1 : 0) + jumpOfField[i] * normal[j] / before;
                    }
                }
                for (int i = 0; i < n; i++) {
                    for (int j = 0; j < n; j++) {
                        double sum = 0;
                        for (int m = 0; m < n; m++) {
                            sum += s[i * n + m] * total[m * n + j];
                        }
                        product[i * n + j] = sum;
                    }
                }
                System.arraycopy(product, 0, total, 0, n * n);
                logDet += Math.log(after / before); // det S = nᵀf⁺/nᵀf⁻ (matrix determinant lemma)
            }
            return new Jump(total, logDet);
        }

        private ModelException simultaneous(List<Integer> switching, double t, double[] x) {
            List<String> names = new ArrayList<>();
            for (int k : switching) {
                names.add(game.populations().get(k).name());
            }
            return new ModelException(
                    "populations " + String.join(", ", names) + " switch best reply at the same instant t = "
                            + Numbers.shortDecimal(t, 9) + " at " + vector(x) + ", and the tangent map depends on"
                            + " which switches first (their saltation matrices do not commute): the flow map has"
                            + " no derivative along this path, so its Lyapunov exponents are not defined",
                    "start elsewhere: a generic start crosses one switching surface at a time (a symmetric start"
                            + " of a symmetric game crosses them together)");
        }

        private double[] identity() {
            double[] id = new double[n * n];
            for (int i = 0; i < n; i++) {
                id[i * n + i] = 1;
            }
            return id;
        }

        /** The reduced coordinates of a pure profile. */
        private double[] vertex(int[] profile) {
            double[] b = new double[n];
            for (int k = 0; k < profile.length; k++) {
                if (profile[k] < game.populations().get(k).size() - 1) {
                    b[game.offset(k) + profile[k]] = 1;
                }
            }
            return b;
        }
    }

    /** Every order of a short list (Heap's algorithm would do; the lists have at most five items). */
    private static List<List<Integer>> permutations(List<Integer> items) {
        List<List<Integer>> out = new ArrayList<>();
        if (items.size() <= 1) {
            out.add(new ArrayList<>(items));
            return out;
        }
        for (int i = 0; i < items.size(); i++) {
            List<Integer> rest = new ArrayList<>(items);
            Integer head = rest.remove(i);
            for (List<Integer> tail : permutations(rest)) {
                tail.add(0, head);
                out.add(tail);
            }
        }
        return out;
    }
}
