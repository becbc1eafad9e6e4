package org.egt4j.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.egt4j.dynamics.Replicator;
import org.egt4j.game.BoundGame;
import org.egt4j.game.Game;
import org.egt4j.game.Parameter;
import org.egt4j.ode.AdaptiveRungeKutta;
import org.egt4j.ode.SolverSettings;
import org.egt4j.stability.StabilityAnalysis;
import org.junit.jupiter.api.Test;

/**
 * The full analysis behind {@code egt4j analyze}, checked in core: how unset settings are resolved
 * (sensitivity parameter, map axes, ±50% ranges), and that each part equals what its own class
 * computes directly (grid trajectories, sensitivity runs, the stability map, the basins).
 */
class FullAnalysisTest {

    /** A 2×2 bimatrix game with a subsidy-like parameter S ∈ [0, 2], a cost C ∈ [1, 3] and a bare r. */
    static Game game() {
        return Game.builder("full analysis test")
                .parameter("r", 0.5)
                .parameter("S", 1, 0, 2)
                .parameter("C", 2, 1, 3)
                .population("firm", List.of("invest", "hold"), "x")
                .population("gov", List.of("support", "ignore"), "y")
                .payoff(List.of("invest", "support"), "S + 1 - C/2", "1 - S")
                .payoff(List.of("invest", "ignore"), "1 - C/2", "r")
                .payoff(List.of("hold", "support"), "0", "-S")
                .payoff(List.of("hold", "ignore"), "0", "0")
                .build();
    }

    static AnalysisSettings settings(List<String> sensitivity, List<String> axes, int basinSamples) {
        return new AnalysisSettings(
                20, 21, new double[] {0.25, 0.75}, 3, sensitivity, 3, axes, 5, basinSamples, 200, 11, 1e-9, 1e-11);
    }

    @Test
    void unsetSettingsResolveToTheFirstRangedParameters() {
        List<String> phases = new ArrayList<>();
        FullAnalysis a = FullAnalysis.of(game().bind(), settings(List.of(), List.of(), 200), 2, phases::add);
        assertEquals(List.of("stability", "trajectories", "sensitivity", "stability map", "basins"), phases);
        assertEquals(1, a.sensitivity().size());
        assertEquals("S", a.sensitivity().get(0).parameter(), "the first parameter with a range");
        assertArrayEquals(new double[] {0, 1, 2}, a.sensitivity().get(0).values(), 0.0);
        assertEquals(
                List.of("S = 0", "S = 1", "S = 2"),
                a.sensitivity().get(0).trajectories().labels());
        assertNotNull(a.map());
        assertEquals("S", a.map().xParameter());
        assertEquals("C", a.map().yParameter());
        assertNotNull(a.basins());
    }

    @Test
    void gridTrajectoriesAreTheInitialGridIntegrated() {
        Game g = game();
        BoundGame bound = g.bind();
        AnalysisSettings s = settings(List.of("r"), List.of(), 0);
        FullAnalysis a = FullAnalysis.of(bound, s, 2, phase -> {});
        List<double[]> starts = InitialGrid.of(g, s.levels(), s.gridCap());
        assertEquals(starts.size(), a.grid().states().length);
        // the replicator is imitative: the analysis integrates it with atol 1e-300 (AnalysisSolver)
        SolverSettings solver = SolverSettings.DEFAULT.withTolerances(s.rtol(), 1e-300);
        for (int r = 0; r < starts.size(); r++) {
            assertArrayEquals(starts.get(r), a.grid().starts().get(r), 0.0);
            double[] end = AdaptiveRungeKutta.create(solver)
                    .integrate(Replicator.of(bound), 0, starts.get(r), s.time())
                    .state();
            assertArrayEquals(end, a.grid().states()[r][s.samples() - 1], 0.0, "the last sample is the end state");
        }
        assertEquals(s.time(), a.grid().times()[s.samples() - 1], 0.0);
    }

    @Test
    void aParameterWithoutRangeVariesByHalfItsValueFromTheCentre() {
        Game g = game();
        BoundGame bound = g.bind();
        AnalysisSettings s = settings(List.of("r"), List.of(), 0);
        FullAnalysis a = FullAnalysis.of(bound, s, 1, phase -> {});
        FullAnalysis.Sensitivity sens = a.sensitivity().get(0);
        assertArrayEquals(new double[] {0.25, 0.5, 0.75}, sens.values(), 1e-15);
        assertEquals(
                List.of("r = 0.25", "r = 0.5", "r = 0.75"), sens.trajectories().labels());
        // the replicator is imitative: the analysis integrates it with atol 1e-300 (AnalysisSolver)
        SolverSettings solver = SolverSettings.DEFAULT.withTolerances(s.rtol(), 1e-300);
        for (int i = 0; i < 3; i++) {
            double[] start = sens.trajectories().starts().get(i);
            assertArrayEquals(new double[] {0.5, 0.5}, start, 0.0, "every run starts at the centre");
            double[] end = AdaptiveRungeKutta.create(solver)
                    .integrate(Replicator.of(g.bind(Map.of("r", sens.values()[i]))), 0, start, s.time())
                    .state();
            assertArrayEquals(end, sens.trajectories().states()[i][s.samples() - 1], 0.0);
        }
        assertNull(a.basins(), "basinSamples 0 disables basins");
    }

    @Test
    void givenMapAxesGiveTheSameMapAsStabilityMapItself() {
        BoundGame bound = game().bind();
        FullAnalysis a = FullAnalysis.of(bound, settings(List.of("S"), List.of("C", "S"), 0), 2, phase -> {});
        StabilityMap direct = StabilityMap.of(
                bound, StabilityAnalysis.of(bound).vertices(), "C", new double[] {1, 3}, "S", new double[] {0, 2}, 5);
        assertEquals("C", a.map().xParameter());
        assertArrayEquals(direct.x(), a.map().x(), 0.0);
        assertArrayEquals(direct.y(), a.map().y(), 0.0);
        for (int j = 0; j < direct.cells().length; j++) {
            assertArrayEquals(direct.cells()[j], a.map().cells()[j], "row " + j);
        }
    }

    @Test
    void basinsAreTheBasinEstimateWithTheSameSeed() {
        BoundGame bound = game().bind();
        AnalysisSettings s = settings(List.of("S"), List.of(), 300);
        FullAnalysis a = FullAnalysis.of(bound, s, 2, phase -> {});
        BasinEstimate direct = BasinEstimate.of(
                bound,
                StabilityAnalysis.of(bound),
                s.basinSamples(),
                s.seed(),
                s.basinTime(),
                SolverSettings.DEFAULT.withTolerances(s.rtol(), 1e-300), // the replicator's (AnalysisSolver)
                1);
        assertEquals(direct.attractors().size(), a.basins().attractors().size());
        for (int i = 0; i < direct.attractors().size(); i++) {
            assertEquals(
                    direct.attractors().get(i).label(),
                    a.basins().attractors().get(i).label());
            assertEquals(
                    direct.attractors().get(i).count(),
                    a.basins().attractors().get(i).count());
        }
    }

    @Test
    void aGameWithoutRangesHasNoMapAndVariesItsFirstParameter() {
        Game g = Game.builder("no ranges")
                .parameter("V", 2)
                .parameter("C", 4)
                .population("animals", List.of("hawk", "dove"), "x")
                .matrix(new String[][] {{"(V - C)/2", "V"}, {"0", "V/2"}})
                .build();
        FullAnalysis a = FullAnalysis.of(g.bind(), settings(List.of(), List.of(), 0), 1, phase -> {});
        assertNull(a.map());
        assertEquals("V", a.sensitivity().get(0).parameter());
        assertArrayEquals(new double[] {1, 2, 3}, a.sensitivity().get(0).values(), 0.0);
        // the hawk share tends to V/C at every V
        for (int i = 0; i < 3; i++) {
            double v = a.sensitivity().get(0).values()[i];
            assertEquals(v / 4, a.sensitivity().get(0).trajectories().states()[i][20][0], 1e-3, "V = " + v);
        }
    }

    @Test
    void rangesAroundZeroAndFormattedValues() {
        assertArrayEquals(new double[] {-1, 1}, FullAnalysis.range(Parameter.of("z", 0), 0), 0.0);
        assertArrayEquals(new double[] {-3, -1}, FullAnalysis.range(Parameter.of("n", -2), -2), 0.0);
        assertArrayEquals(new double[] {0.5, 4}, FullAnalysis.range(new Parameter("p", 1, 0.5, 4), 1), 0.0);
        // a degenerate range counts as none
        assertArrayEquals(new double[] {1, 3}, FullAnalysis.range(new Parameter("q", 2, 2, 2), 2), 0.0);
        assertEquals("2", FullAnalysis.format(2));
        assertEquals("-7", FullAnalysis.format(-7));
        assertEquals("0.25", FullAnalysis.format(0.25));
        assertEquals("0.3333", FullAnalysis.format(1.0 / 3));
        assertEquals("1.5e+20", FullAnalysis.format(1.5e20), "zeros of the exponent stay");
        assertEquals("1e-07", FullAnalysis.format(1e-7));
        assertEquals("100", FullAnalysis.format(100));
    }

    @Test
    void centreIsHalfForTwoStrategiesAndTheBarycentreOtherwise() {
        Game g = Game.builder("mixed")
                .population("a", List.of("p", "q"), "x")
                .population("b", List.of("r", "s", "t"), null)
                .fitness("a", "p", "1")
                .fitness("a", "q", "0")
                .fitness("b", "r", "1")
                .fitness("b", "s", "0")
                .fitness("b", "t", "0")
                .build();
        assertArrayEquals(new double[] {0.5, 1.0 / 3, 1.0 / 3}, FullAnalysis.centre(g), 0.0);
    }

    @Test
    void settingsOutOfRangeAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> settings(List.of(), List.of("S"), 0));
        assertThrows(
                IllegalArgumentException.class,
                () -> new AnalysisSettings(
                        0, 2, new double[] {0.5}, 1, List.of(), 2, List.of(), 2, 0, 1, 1, 1e-8, 1e-10));
    }
}
