package org.egt4j.stability;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.egt4j.dynamics.BestResponseDynamics;
import org.egt4j.dynamics.Dynamics;
import org.egt4j.dynamics.PayoffField;
import org.egt4j.dynamics.ReplicatorDynamics;
import org.egt4j.dynamics.StateSpace;
import org.egt4j.dynamics.VectorField;
import org.egt4j.game.BoundGame;
import org.egt4j.game.Game;

/**
 * The stability analysis of a bound game under a dynamic, the content of {@code egt4j analyze}: every
 * isolated rest point of the dynamic judged by Lyapunov's first method on the dynamic's Jacobian (and
 * the direct method where it cannot decide and the dynamic has a known Lyapunov function), with Nash
 * and ESS verdicts (properties of the game at that state); the continua of rest points; and, for the
 * replicator, the exact {@link VertexTable} with ESS conditions, thresholds and box verdicts.
 * Immutable.
 *
 * <p>Rest points of imitative dynamics are found face by face ({@link RestPoints}); those of other
 * dynamics by damped Newton from a lattice of starts on the field itself ({@link FieldRestPoints}).
 * Those of Nash-stationary dynamics ({@link Dynamics#restPointsAreNashEquilibria()}: Smith, BNN,
 * projection) are exactly the Nash equilibria: every Nash equilibrium is a rest point of the replicator
 * on the face of its support, so they are the replicator's face rest points ({@link RestPoints}, exact
 * where the face systems are linear) that pass the Nash test; continua are not reported for them. Where
 * such a field has no derivative at the point ({@link Dynamics#isDifferentiableAt}) stability is
 * decided by simulation from a ring of nearby starts and no eigenvalues are reported ({@link
 * RestPoint.Basis#SIMULATION}).
 *
 * @param game the game
 * @param parameters the bound parameter values, by name in declaration order
 * @param restPoints isolated rest points (vertices always included for imitative dynamics), vertices
 *     first in profile order, then by face
 * @param restPointSets continua of rest points
 * @param vertices the exact vertex table; empty when the dynamic has none ({@link
 *     Dynamics#hasVertexTable()})
 * @param dynamics the dynamic analysed
 * @param restPointSearch how the rest points were found and whether the list is complete (for a
 *     non-imitative polynomial dynamic: total-degree homotopy, {@link PolynomialRestPoints}; for logit:
 *     continuation from the centre and multi-start Newton, with the {@link LogitCorrespondence})
 */
public record StabilityAnalysis(
        Game game,
        Map<String, Double> parameters,
        List<RestPoint> restPoints,
        List<RestPointSet> restPointSets,
        VertexTable vertices,
        Dynamics dynamics,
        RestPointSearch restPointSearch) {

    /**
     * Copies the map and the lists into immutable ones.
     *
     * @param game the game
     * @param parameters the bound parameter values, by name in declaration order
     * @param restPoints isolated rest points
     * @param restPointSets continua of rest points
     * @param vertices the exact vertex table (empty for dynamics without one)
     * @param dynamics the dynamic analysed
     * @param restPointSearch how the rest points were found and whether the list is complete
     */
    public StabilityAnalysis {
        restPoints = List.copyOf(restPoints);
        restPointSets = List.copyOf(restPointSets);
        java.util.Objects.requireNonNull(restPointSearch, "restPointSearch");
    }

    /**
     * An analysis whose rest points were found face by face (no completeness claim recorded).
     *
     * @param game the game
     * @param parameters the bound parameter values, by name in declaration order
     * @param restPoints isolated rest points
     * @param restPointSets continua of rest points
     * @param vertices the exact vertex table (empty for dynamics without one)
     * @param dynamics the dynamic analysed
     */
    public StabilityAnalysis(
            Game game,
            Map<String, Double> parameters,
            List<RestPoint> restPoints,
            List<RestPointSet> restPointSets,
            VertexTable vertices,
            Dynamics dynamics) {
        this(game, parameters, restPoints, restPointSets, vertices, dynamics, RestPointSearch.faces(restPoints.size()));
    }

    /**
     * Analyses a bound game under the replicator dynamics.
     *
     * @param bound the game at a parameter point
     * @return rest points with verdicts, continua and the vertex table
     */
    public static StabilityAnalysis of(BoundGame bound) {
        return of(bound, ReplicatorDynamics.INSTANCE);
    }

    /**
     * Analyses a bound game under a dynamic.
     *
     * @param bound the game at a parameter point
     * @param dynamics the dynamic
     * @return rest points with verdicts, continua and (for the replicator) the vertex table
     */
    public static StabilityAnalysis of(BoundGame bound, Dynamics dynamics) {
        Game game = bound.game();
        VectorField field = dynamics.field(bound);
        boolean nashStationary = dynamics.restPointsAreNashEquilibria();
        boolean faces = dynamics.isImitative() || nashStationary;
        RestPoints.Result found;
        List<RestPointSearch.Method> methods;
        RestPointSearch search;
        java.util.Optional<List<org.egt4j.dynamics.Equation>> polynomial =
                faces ? java.util.Optional.empty() : dynamics.equations(game);
        if (faces) {
            found = RestPoints.find(bound);
            methods = java.util.Collections.nCopies(found.points().size(), RestPointSearch.Method.FACES);
            search = RestPointSearch.faces(0);
        } else if (polynomial.isPresent()) {
            PolynomialRestPoints.Found f = PolynomialRestPoints.find(bound, polynomial.get(), field);
            found = new RestPoints.Result(f.candidates(), List.of());
            methods = f.methods();
            search = f.search();
        } else if (dynamics instanceof org.egt4j.dynamics.LogitDynamics logit) {
            LogitContinuation.Found f = LogitContinuation.find(bound, logit.eta(), field);
            found = new RestPoints.Result(f.candidates(), List.of());
            methods = f.methods();
            search = f.search();
        } else {
            found = FieldRestPoints.find(bound, field);
            methods = java.util.Collections.nCopies(found.points().size(), RestPointSearch.Method.MULTI_START_NEWTON);
            search = new RestPointSearch(
                    RestPointSearch.Method.MULTI_START_NEWTON,
                    0,
                    0,
                    0,
                    0,
                    0,
                    false,
                    RestPointSearch.Incompleteness.NOT_POLYNOMIAL,
                    List.of(),
                    null);
        }
        List<RestPointSearch.Method> vertexMethods = new ArrayList<>();
        List<RestPointSearch.Method> otherMethods = new ArrayList<>();
        int candidateIndex = -1;
        Judge judge = new Judge(bound, field, dynamics.hasRelativeEntropyLyapunovFunction());
        PayoffField payoffField = PayoffField.of(bound);
        List<RestPoint> vertices = new ArrayList<>();
        List<RestPoint> others = new ArrayList<>();
        Map<Integer, Boolean> vertexEss = new HashMap<>();
        for (RestPoints.Candidate c : found.points()) {
            candidateIndex++;
            RestPoint judged = judge.judge(c.coordinates());
            if (nashStationary && !judged.nash()) {
                continue; // a rest point of the replicator on its face, not of a Nash-stationary dynamic
            }
            if (nashStationary && !differentiable(dynamics, payoffField, judged)) {
                judged = new RestPoint(
                        judged.shares(),
                        judged.coordinates(),
                        false,
                        List.of(),
                        dynamics instanceof BestResponseDynamics
                                ? byExactPaths(bound, judged.coordinates())
                                : bySimulation(field, judged.coordinates()),
                        judged.nash(),
                        judged.ess(),
                        null,
                        null,
                        RestPoint.Basis.SIMULATION);
            }
            RestPoint p = new RestPoint(
                    judged.shares(),
                    judged.coordinates(),
                    c.exact(),
                    judged.eigenvalues(),
                    judged.stability(),
                    judged.nash(),
                    judged.ess(),
                    judged.direct(),
                    judged.friedman(),
                    judged.basis());
            boolean vertex = true;
            int index = 0;
            for (int k = 0; k < c.support().length; k++) {
                vertex &= c.support()[k].length == 1;
                if (vertex) {
                    index = index * game.populations().get(k).size() + c.support()[k][0];
                }
            }
            if (vertex) {
                vertices.add(p);
                vertexEss.put(index, p.ess());
                vertexMethods.add(methods.get(candidateIndex));
            } else {
                others.add(p);
                otherMethods.add(methods.get(candidateIndex));
            }
        }
        List<RestPoint> all = new ArrayList<>(vertices);
        all.addAll(others);
        List<RestPointSearch.Method> allMethods = new ArrayList<>(vertexMethods);
        allMethods.addAll(otherMethods);
        return new StabilityAnalysis(
                game,
                bound.parameterValues(),
                all,
                nashStationary ? List.of() : classified(game, field, found.sets()),
                dynamics.hasVertexTable() ? VertexTable.of(bound, vertexEss) : VertexTable.NONE,
                dynamics,
                search.withFoundBy(allMethods));
    }

    private static List<RestPointSet> classified(Game game, VectorField field, List<RestPointSet> sets) {
        List<RestPointSet> out = new ArrayList<>();
        for (RestPointSet s : sets) {
            out.add(s.withStability(ContinuumStability.of(game, field, s)));
        }
        return out;
    }

    /**
     * The global convergence theorem that applies to this game under this dynamic (stable and potential
     * games under Smith, BNN and projection; {@link GlobalStability#of}).
     *
     * @return the theorem, or empty
     */
    public java.util.Optional<GlobalStability> globalStability() {
        return GlobalStability.of(game.bind(parameters), dynamics);
    }

    /** Radius of the ring of starts around a rest point judged by simulation (max norm, reduced coordinates). */
    public static final double RING_RADIUS = 1e-2;

    /** Integration time of each start of the ring. */
    public static final double RING_TIME = 200;

    private static boolean differentiable(Dynamics dynamics, PayoffField payoffField, RestPoint p) {
        double[] f = new double[payoffField.size()];
        payoffField.payoffs(p.coordinates(), f);
        double[][] pay = new double[p.shares().length][];
        double scale = 1;
        for (int k = 0; k < pay.length; k++) {
            pay[k] = java.util.Arrays.copyOfRange(f, payoffField.start(k), payoffField.start(k + 1));
            for (double v : pay[k]) {
                scale = Math.max(scale, Math.abs(v));
            }
        }
        return dynamics.isDifferentiableAt(p.shares(), pay, 1e-9 * scale);
    }

    /**
     * Stability where the field has no derivative: from each start x* ± r·e<sub>c</sub> (r = {@link
     * #RING_RADIUS}, every reduced coordinate c, moved into the state space; starts that the move brings
     * within r/2 of x* are skipped) the trajectory is integrated for {@link #RING_TIME} with Dormand–Prince
     * 8(5,3). The point is {@link Stability#STABLE} iff every trajectory ends within r/2 of x* (it moved at
     * least halfway in; convergence at a kink can be algebraic rather than exponential), {@link
     * Stability#UNSTABLE} if some trajectory ends farther than r from x*, and otherwise undecided ({@link
     * Stability#NON_HYPERBOLIC}).
     */
    private static Stability bySimulation(VectorField prototype, double[] x) {
        VectorField field = prototype.copy();
        org.egt4j.ode.DormandPrince853 solver = new org.egt4j.ode.DormandPrince853();
        int n = x.length;
        boolean converged = true;
        for (int c = 0; c < n; c++) {
            for (int sign = -1; sign <= 1; sign += 2) {
                double[] start = x.clone();
                start[c] += sign * RING_RADIUS;
                field.stateSpace().project(start);
                if (distance(start, x) < RING_RADIUS / 2) {
                    continue;
                }
                double end =
                        distance(solver.integrate(field, 0, start, RING_TIME).state(), x);
                if (!(end <= RING_RADIUS)) {
                    return Stability.UNSTABLE;
                }
                converged &= end <= RING_RADIUS / 2;
            }
        }
        return converged ? Stability.STABLE : Stability.NON_HYPERBOLIC;
    }

    /**
     * {@link #bySimulation}'s test for the best-response inclusion, whose field jumps: the same ring of
     * starts, followed along the exact piecewise paths ({@link BestResponseDynamics#trajectory}) instead
     * of integrated. A path that stops early (at a sliding state off a Nash equilibrium, or when its
     * switches of best reply accumulate) counts as converged if it stopped within r/2 of x*, and leaves
     * the verdict undecided ({@link Stability#NON_HYPERBOLIC}) otherwise.
     */
    private static Stability byExactPaths(BoundGame bound, double[] x) {
        StateSpace space = StateSpace.simplices(bound.game().offsets());
        boolean converged = true;
        for (int c = 0; c < x.length; c++) {
            for (int sign = -1; sign <= 1; sign += 2) {
                double[] start = x.clone();
                start[c] += sign * RING_RADIUS;
                space.project(start);
                if (distance(start, x) < RING_RADIUS / 2) {
                    continue;
                }
                double end;
                try {
                    end = distance(BestResponseDynamics.trajectory(bound, start, new double[] {0, RING_TIME})[1], x);
                } catch (org.egt4j.NumericalException stopped) {
                    // the path stopped early: at a sliding state off Nash, or out of switches (they come ever
                    // faster near a point approached only in the limit, e.g. zero-sum RPS); judged where it is
                    double[] at = stopped.state();
                    if (at.length != x.length || !(distance(at, x) <= RING_RADIUS / 2)) {
                        converged = false;
                    }
                    continue;
                }
                if (!(end <= RING_RADIUS)) {
                    return Stability.UNSTABLE;
                }
                converged &= end <= RING_RADIUS / 2;
            }
        }
        return converged ? Stability.STABLE : Stability.NON_HYPERBOLIC;
    }

    private static double distance(double[] a, double[] b) {
        double d = 0;
        for (int i = 0; i < a.length; i++) {
            d = Math.max(d, Math.abs(a[i] - b[i]));
        }
        return d;
    }
}
