package org.egt4j.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.egt4j.dynamics.BestResponseDynamics;
import org.egt4j.dynamics.BrownVonNeumannNash;
import org.egt4j.dynamics.Dynamics;
import org.egt4j.dynamics.LogitDynamics;
import org.egt4j.dynamics.MaynardSmith;
import org.egt4j.dynamics.ProjectionDynamics;
import org.egt4j.dynamics.ReplicatorDynamics;
import org.egt4j.dynamics.SmithDynamics;
import org.egt4j.game.Game;
import org.egt4j.stability.RestPoint;
import org.egt4j.stability.Stability;
import org.egt4j.stability.StabilityAnalysis;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The stability map under dynamics whose stable vertices the replicator's exact vertex conditions decide
 * (Maynard Smith, Smith, BNN, projection, best response): the map equals the replicator's, and at cells
 * across it the dynamic's own stability analysis (the second method) finds exactly the mapped vertex
 * stable among the vertices.
 */
class VertexRegimeMapTest {

    /**
     * A two-population coordination game whose strict equilibria switch with a and b: (up, left) is strict
     * iff a &gt; 0, (down, right) iff b &gt; 0 (every payoff raised by 2, so the mean payoff of Maynard
     * Smith's dynamic stays positive).
     */
    static Game game() {
        return Game.builder("two thresholds")
                .parameter("a", 1, -1, 2)
                .parameter("b", 1, -1, 2)
                .population("row", "up", "down")
                .population("column", "left", "right")
                .payoff(List.of("up", "left"), "a + 2", "a + 2")
                .payoff(List.of("up", "right"), "2", "2")
                .payoff(List.of("down", "left"), "2", "2")
                .payoff(List.of("down", "right"), "b + 2", "b + 2")
                .build();
    }

    /** The defaults with a map of r × r cells, a short horizon and no basins. */
    private static AnalysisSettings settings(int r) {
        AnalysisSettings d = AnalysisSettings.DEFAULT;
        return new AnalysisSettings(
                10,
                11,
                d.levels(),
                d.gridCap(),
                d.sensitivity(),
                2,
                d.mapAxes(),
                r,
                0,
                d.basinTime(),
                d.seed(),
                d.rtol(),
                d.atol());
    }

    static List<Dynamics> dynamics() {
        return List.of(
                MaynardSmith.INSTANCE,
                SmithDynamics.INSTANCE,
                BrownVonNeumannNash.INSTANCE,
                ProjectionDynamics.INSTANCE,
                BestResponseDynamics.INSTANCE);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dynamics")
    void theMapIsTheReplicatorsAndEachMappedVertexIsStableUnderTheDynamic(Dynamics d) {
        Game g = game();
        AnalysisSettings s = settings(9);
        StabilityMap replicator = AnalysisWork.of(g.bind(), ReplicatorDynamics.INSTANCE, s)
                .run(org.egt4j.parallel.IndexRangeExecutor.local(1), p -> {})
                .map();
        StabilityMap map = AnalysisWork.of(g.bind(), d, s)
                .run(org.egt4j.parallel.IndexRangeExecutor.local(1), p -> {})
                .map();
        assertNotNull(map, d + " has a map");
        for (int j = 0; j < map.y().length; j++) {
            for (int i = 0; i < map.x().length; i++) {
                assertEquals(replicator.cells()[j][i], map.cells()[j][i], d + " cell " + i + ", " + j);
            }
        }
        // a = 2, b = −1: (up, left) the only strict equilibrium; a = −1, b = 2: (down, right)
        for (double[] ab : new double[][] {{2, -1}, {-1, 2}, {2, 2}}) {
            Map<String, Double> p = new HashMap<>();
            p.put("a", ab[0]);
            p.put("b", ab[1]);
            List<RestPoint> points = StabilityAnalysis.of(g.bind(p), d).restPoints();
            for (RestPoint r : points) {
                double[][] x = r.shares();
                boolean vertex = (x[0][0] == 0 || x[0][0] == 1) && (x[1][0] == 0 || x[1][0] == 1);
                if (!vertex) {
                    continue;
                }
                boolean upLeft = x[0][0] == 1 && x[1][0] == 1;
                boolean downRight = x[0][0] == 0 && x[1][0] == 0;
                boolean strict = (upLeft && ab[0] > 0) || (downRight && ab[1] > 0);
                assertEquals(strict, r.stability() == Stability.STABLE, d + " at a, b = " + ab[0] + ", " + ab[1]);
            }
        }
    }

    @org.junit.jupiter.api.Test
    void logitHasNoVertexMap() {
        assertFalse(LogitDynamics.of(0.1).hasVertexRegimes());
        AnalysisSettings s = settings(5);
        assertNull(AnalysisWork.of(game().bind(), LogitDynamics.of(0.1), s)
                .run(org.egt4j.parallel.IndexRangeExecutor.local(1), p -> {})
                .map());
    }
}
