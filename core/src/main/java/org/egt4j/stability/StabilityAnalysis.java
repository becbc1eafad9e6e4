package org.egt4j.stability;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.egt4j.dynamics.Dynamics;
import org.egt4j.dynamics.ReplicatorDynamics;
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
 *
 * @param game the game
 * @param parameters the bound parameter values, by name in declaration order
 * @param restPoints isolated rest points (vertices always included for imitative dynamics), vertices
 *     first in profile order, then by face
 * @param restPointSets continua of rest points
 * @param vertices the exact vertex table; empty when the dynamic has none ({@link
 *     Dynamics#hasVertexTable()})
 * @param dynamics the dynamic analysed
 */
public record StabilityAnalysis(
        Game game,
        Map<String, Double> parameters,
        List<RestPoint> restPoints,
        List<RestPointSet> restPointSets,
        VertexTable vertices,
        Dynamics dynamics) {

    /**
     * Copies the map and the lists into immutable ones.
     *
     * @param game the game
     * @param parameters the bound parameter values, by name in declaration order
     * @param restPoints isolated rest points
     * @param restPointSets continua of rest points
     * @param vertices the exact vertex table (empty for dynamics without one)
     * @param dynamics the dynamic analysed
     */
    public StabilityAnalysis {
        restPoints = List.copyOf(restPoints);
        restPointSets = List.copyOf(restPointSets);
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
        RestPoints.Result found = dynamics.isImitative() ? RestPoints.find(bound) : FieldRestPoints.find(bound, field);
        Judge judge = new Judge(bound, field, dynamics.hasRelativeEntropyLyapunovFunction());
        List<RestPoint> vertices = new ArrayList<>();
        List<RestPoint> others = new ArrayList<>();
        Map<Integer, Boolean> vertexEss = new HashMap<>();
        for (RestPoints.Candidate c : found.points()) {
            RestPoint judged = judge.judge(c.coordinates());
            RestPoint p = new RestPoint(
                    judged.shares(),
                    judged.coordinates(),
                    c.exact(),
                    judged.eigenvalues(),
                    judged.stability(),
                    judged.nash(),
                    judged.ess(),
                    judged.direct(),
                    judged.friedman());
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
            } else {
                others.add(p);
            }
        }
        List<RestPoint> all = new ArrayList<>(vertices);
        all.addAll(others);
        return new StabilityAnalysis(
                game,
                bound.parameterValues(),
                all,
                found.sets(),
                dynamics.hasVertexTable() ? VertexTable.of(bound, vertexEss) : VertexTable.NONE,
                dynamics);
    }
}
