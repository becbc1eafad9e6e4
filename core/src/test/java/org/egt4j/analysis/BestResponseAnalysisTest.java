package org.egt4j.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.egt4j.dynamics.BestResponseDynamics;
import org.egt4j.game.BoundGame;
import org.egt4j.game.Game;
import org.junit.jupiter.api.Test;

/**
 * The full analysis under the best-response dynamic follows exact paths: its trajectories, sensitivity
 * runs and basins against closed forms of one-population 2×2 games.
 */
class BestResponseAnalysisTest {

    /**
     * Hawk–dove with V = 2, C = 3: the mixed equilibrium is x* = V/C = 2/3 (x the share of hawks). Below it
     * hawk is the best reply and x(t) = 1 − (1 − x₀)e<sup>−t</sup> until x reaches 2/3 at t* = ln(3(1 −
     * x₀)); above it x(t) = x₀e<sup>−t</sup> until t* = ln(3x₀/2); then the path rests at 2/3 (a Nash
     * equilibrium reached in finite time). Every sample of every grid run and sensitivity run is checked.
     */
    @Test
    void trajectoriesAreTheExactPathsOfHawkDove() {
        Game g = Game.builder("Hawk-Dove")
                .parameter("V", 2, 1, 3)
                .parameter("C", 3)
                .population("animals", "hawk", "dove")
                .matrix(new String[][] {{"(V - C)/2", "V"}, {"0", "V/2"}})
                .build();
        BoundGame b = g.bind();
        FullAnalysis a = FullAnalysis.of(b, BestResponseDynamics.INSTANCE, AnalysisSettings.DEFAULT, 2, p -> {});
        TrajectorySet grid = a.grid();
        assertTrue(grid.starts().size() >= 3, "the grid has runs");
        for (int r = 0; r < grid.starts().size(); r++) {
            double x0 = grid.starts().get(r)[0];
            for (int k = 0; k < grid.times().length; k++) {
                double t = grid.times()[k];
                assertEquals(hawkDove(x0, t, 2.0 / 3), grid.states()[r][k][0], 1e-14, "run " + r + " t = " + t);
            }
        }
        FullAnalysis.Sensitivity v = a.sensitivity().get(0);
        assertEquals("V", v.parameter());
        for (int r = 0; r < v.values().length; r++) {
            double star = v.values()[r] / 3; // x* = V/C
            for (int k = 0; k < v.trajectories().times().length; k++) {
                double t = v.trajectories().times()[k];
                assertEquals(
                        hawkDove(0.5, t, star),
                        v.trajectories().states()[r][k][0],
                        1e-14,
                        "V = " + v.values()[r] + ", t = " + t);
            }
        }
    }

    private static double hawkDove(double x0, double t, double star) {
        if (x0 < star) {
            return t < Math.log((1 - x0) / (1 - star)) ? 1 - (1 - x0) * Math.exp(-t) : star;
        }
        return t < Math.log(x0 / star) ? x0 * Math.exp(-t) : star;
    }

    /**
     * A coordination game with payoffs a = 2 on (1, 1) and b = 1 on (2, 2): best response leads every
     * start with x &gt; b/(a + b) = 1/3 to the first strategy and every start below to the second, so the
     * count of each basin equals the count of random starts on each side of 1/3, computed here from the
     * same random streams (an exact count, no integration).
     */
    @Test
    void basinCountsAreTheStartsOnEachSideOfTheThreshold() {
        Game g = Game.builder("coordination")
                .population("p", "one", "two")
                .matrix(new String[][] {{"2", "0"}, {"0", "1"}})
                .build();
        AnalysisSettings s = AnalysisSettings.DEFAULT;
        FullAnalysis a = FullAnalysis.of(g.bind(), BestResponseDynamics.INSTANCE, s, 2, p -> {});
        BasinEstimate basins = a.basins();
        long above = 0;
        double[] x = new double[1];
        for (int i = 0; i < s.basinSamples(); i++) {
            BasinEstimate.start(g, s.seed(), i, x);
            above += x[0] > 1.0 / 3 ? 1 : 0;
        }
        List<BasinEstimate.Attractor> at = basins.attractors();
        assertEquals(2, at.size());
        long toOne =
                at.get(0).shares()[0][0] == 1 ? at.get(0).count() : at.get(1).count();
        long toTwo =
                at.get(0).shares()[0][0] == 1 ? at.get(1).count() : at.get(0).count();
        assertEquals(above, toOne);
        assertEquals(s.basinSamples() - above, toTwo);
        assertEquals(0, basins.unresolved());
    }
}
