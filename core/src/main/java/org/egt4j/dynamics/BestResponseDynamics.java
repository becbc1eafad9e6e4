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
 * follow the exact piecewise paths, and so does the stability of its rest points where the field has no
 * derivative ({@code StabilityAnalysis}: the ring of starts followed along exact paths). Lyapunov
 * exponents and the full report are refused ({@link #refuse}): the first need a differentiable flow,
 * the second would integrate the discontinuous selection.
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

    /** The most switches of best reply a trajectory may take before it is refused as too long. */
    public static final int MAX_SWITCHES = 100_000;

    /** Relative tolerance of the Nash test at a sliding state, where an exact path stays for good. */
    static final double NASH_TOLERANCE = 1e-8;

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
     * @throws NumericalException when the path slides off a Nash equilibrium or needs more than {@link
     *     #MAX_SWITCHES} switches
     */
    public static double[][] trajectory(BoundGame bound, double[] x0, double[] times) {
        Game game = bound.game();
        double horizon = times[times.length - 1];
        BestResponsePath.Path path = BestResponsePath.of(bound, x0, horizon, MAX_SWITCHES);
        List<BestResponsePath.Segment> segments = path.segments();
        BestResponsePath.Segment last = segments.get(segments.size() - 1);
        if (path.end() == BestResponsePath.End.SWITCHES) {
            throw new NumericalException(
                    "the best-response path switches best reply more than " + MAX_SWITCHES + " times before t = "
                            + horizon,
                    "simulate a shorter time (near an equilibrium approached only in the limit, e.g. the centre of"
                            + " zero-sum RPS, the switches come ever faster)",
                    last.end(),
                    last.state(game, last.end()));
        }
        double[] rest = last.state(game, last.end());
        if (path.end() == BestResponsePath.End.SLIDING && !isNash(bound, rest)) {
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

    /** Whether x is a Nash equilibrium to {@link #NASH_TOLERANCE} (no strategy beats the mean payoff). */
    static boolean isNash(BoundGame bound, double[] x) {
        Game game = bound.game();
        PayoffField payoffs = PayoffField.of(bound);
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
            if (best - mean > NASH_TOLERANCE * scale) {
                return false;
            }
        }
        return true;
    }

    /**
     * The refusal of a command that cannot run under the best-response dynamic.
     *
     * @param command the command, e.g. {@code "lyapunov"}
     * @return the error to throw (exit 2)
     */
    public static ModelException refuse(String command) {
        String why = command.equals("lyapunov")
                ? "Lyapunov exponents need a differentiable flow, and the best-response dynamic is a differential"
                        + " inclusion whose field jumps where best replies tie"
                : "its trajectories, basins and maps would integrate the jumping field of the inclusion, and only"
                        + " simulate and the rest points (analyze --json, --markdown, --latex) follow the exact"
                        + " piecewise paths so far";
        return new ModelException(
                command + " does not run under --dynamics best-response: " + why,
                "use simulate (exact piecewise paths), field or analyze --json, or a smooth dynamic close to it"
                        + " such as --dynamics logit:eta=0.01");
    }

    @Override
    public String toString() {
        return NAME;
    }
}
