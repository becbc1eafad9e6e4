package org.egt4j.analysis;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.egt4j.ModelException;
import org.egt4j.game.Game;
import org.junit.jupiter.api.Test;

/**
 * Budgets are checked before work starts and refusals state the size asked (counted here by hand from
 * the settings: runs × samples × (dimension + 1), resolution², starts), the budget and the flag.
 */
class AnalysisBudgetTest {

    private static AnalysisSettings settings(int samples, int gridCap, int resolution, int basins) {
        AnalysisSettings d = AnalysisSettings.DEFAULT;
        return new AnalysisSettings(
                d.time(),
                samples,
                new double[] {0.1, 0.5, 0.9},
                gridCap,
                List.of(),
                5,
                List.of("a", "b"),
                resolution,
                basins,
                d.basinTime(),
                d.seed(),
                d.rtol(),
                d.atol());
    }

    /** Two populations of two strategies (dimension 2), both parameters with ranges. */
    static Game game() {
        return Game.builder("coordination")
                .parameter("a", 2, 1, 3)
                .parameter("b", 1, 0.5, 2)
                .population("row", List.of("left", "right"), "x")
                .population("column", List.of("left", "right"), "y")
                .payoff(List.of("left", "left"), "a", "a")
                .payoff(List.of("left", "right"), "0", "0")
                .payoff(List.of("right", "left"), "0", "0")
                .payoff(List.of("right", "right"), "b", "b")
                .build();
    }

    @Test
    void trajectoryValuesAreCountedAsRunsTimesSamplesTimesColumns() {
        // 3 levels in each of 2 populations: 9 grid runs; sensitivity of the first ranged parameter: 5 runs;
        // 14 runs x 101 samples x (2 + 1) columns = 4242 values
        AnalysisSettings s = settings(101, 10_000, 11, 10);
        assertDoesNotThrow(() -> new AnalysisBudget(4242, 1000, 1000).check(game(), s));
        ModelException e =
                assertThrows(ModelException.class, () -> new AnalysisBudget(4241, 1000, 1000).check(game(), s));
        assertTrue(e.problem().contains("14 trajectories x 101 samples x 3 columns = 4242 values"), e.problem());
        assertTrue(e.problem().contains("over the budget of 4241 values"), e.problem());
        assertTrue(e.hint().contains("--budget values=4242"), e.hint());
    }

    @Test
    void mapCellsAndBasinStartsAreRefusedWithTheSizeTheBudgetAndTheFlag() {
        ModelException map = assertThrows(
                ModelException.class, () -> AnalysisBudget.DEFAULT.check(game(), settings(11, 10, 1000, 10)));
        assertTrue(map.problem().contains("1000 x 1000 = 1000000 cells"), map.problem());
        assertTrue(map.problem().contains("250000 map cells"), map.problem());
        assertTrue(map.hint().contains("--budget map-cells=1000000"), map.hint());
        assertDoesNotThrow(
                () -> AnalysisBudget.DEFAULT.with("map-cells=1000000").check(game(), settings(11, 10, 1000, 10)));
        ModelException basins = assertThrows(
                ModelException.class, () -> AnalysisBudget.DEFAULT.check(game(), settings(11, 10, 11, 10_000_000)));
        assertTrue(basins.problem().contains("10000000 basin starts"), basins.problem());
        assertTrue(basins.hint().contains("--budget basin-starts=10000000"), basins.hint());
    }

    @Test
    void theDefaultsPassTheDefaultSettingsAndBadFlagsAreRefused() {
        assertDoesNotThrow(() -> AnalysisBudget.DEFAULT.check(game(), AnalysisSettings.DEFAULT));
        assertEquals(7, AnalysisBudget.DEFAULT.with("values=7").values());
        assertEquals(8, AnalysisBudget.DEFAULT.with("basin-starts=8").basinStarts());
        for (String bad : List.of("values", "values=0", "values=x", "cells=10", "=5")) {
            assertThrows(ModelException.class, () -> AnalysisBudget.DEFAULT.with(bad), bad);
        }
        assertThrows(IllegalArgumentException.class, () -> new AnalysisBudget(0, 1, 1));
    }
}
