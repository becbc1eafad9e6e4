package org.egt4j.stability;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.egt4j.game.BoundGame;
import org.egt4j.game.Game;

/**
 * The stability analysis of a bound game, the content of {@code egt4j analyze}: every isolated rest
 * point judged by Lyapunov's first method (and the direct method where it cannot decide), with Nash
 * and ESS verdicts; the continua of rest points; and the exact {@link VertexTable} with ESS
 * conditions, thresholds and box verdicts. Immutable.
 *
 * @param game the game
 * @param parameters the bound parameter values, by name in declaration order
 * @param restPoints isolated rest points (vertices always included), vertices first in profile order,
 *     then by face
 * @param restPointSets continua of rest points
 * @param vertices the exact vertex table
 */
public record StabilityAnalysis(
        Game game,
        Map<String, Double> parameters,
        List<RestPoint> restPoints,
        List<RestPointSet> restPointSets,
        VertexTable vertices) {

    /**
     * Copies the map and the lists into immutable ones.
     *
     * @param game the game
     * @param parameters the bound parameter values, by name in declaration order
     * @param restPoints isolated rest points
     * @param restPointSets continua of rest points
     * @param vertices the exact vertex table
     */
    public StabilityAnalysis {
        restPoints = List.copyOf(restPoints);
        restPointSets = List.copyOf(restPointSets);
    }

    /**
     * Analyses a bound game.
     *
     * @param bound the game at a parameter point
     * @return rest points with verdicts, continua and the vertex table
     */
    public static StabilityAnalysis of(BoundGame bound) {
        Game game = bound.game();
        RestPoints.Result found = RestPoints.find(bound);
        Judge judge = new Judge(bound);
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
                game, bound.parameterValues(), all, found.sets(), VertexTable.of(bound, vertexEss));
    }
}
