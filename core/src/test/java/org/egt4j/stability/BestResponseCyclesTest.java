package org.egt4j.stability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.egt4j.analysis.AnalysisSettings;
import org.egt4j.analysis.CycleSearch;
import org.egt4j.dynamics.BestResponseDynamics;
import org.egt4j.dynamics.BestResponsePath;
import org.egt4j.game.BoundGame;
import org.egt4j.game.Game;
import org.junit.jupiter.api.Test;

/** Shapley polygons of the best-response dynamic against their closed form and the return map. */
class BestResponseCyclesTest {

    /** Bad RPS with win 1 and loss 2, written as the example's matrix (the same up to a constant). */
    private static Game badRps() {
        return Game.builder("bad RPS")
                .population("players", "rock", "paper", "scissors")
                .matrix(new String[][] {{"2", "0", "3"}, {"3", "2", "0"}, {"0", "3", "2"}})
                .build();
    }

    /**
     * The Shapley triangle of bad RPS (w = 1, l = 2): corners the cyclic permutations of (4/7, 1/7, 2/7),
     * legs of time ln 2, period 3 ln 2 (derived in {@link BestResponseCycles}; Gaunersdorfer and Hofbauer
     * 1995), so every share ranges over [1/7, 4/7]; one trivial multiplier 1 and one inside the unit
     * circle, equal to the contraction ratio of the return map's iterates (the second method).
     */
    @Test
    void badRpsConvergesToTheShapleyTriangleOfPeriodThreeLogTwo() {
        BoundGame b = badRps().bind();
        List<LimitCycle> cycles = CycleSearch.of(b, BestResponseDynamics.INSTANCE, AnalysisSettings.DEFAULT);
        assertEquals(1, cycles.size(), "one triangle from every start off the centre");
        LimitCycle c = cycles.get(0);
        assertEquals(3 * Math.log(2), c.period(), 1e-11);
        for (int i = 0; i < 3; i++) {
            assertEquals(1.0 / 7, c.min()[i], 1e-11, "min share " + i);
            assertEquals(4.0 / 7, c.max()[i], 1e-11, "max share " + i);
        }
        assertTrue(c.residual() < 1e-12, "closes: " + c.residual());
        assertEquals(Stability.STABLE, c.stability());
        assertEquals(1, c.multipliers().get(c.trivial()).re(), 1e-5, "trivial multiplier");
        Eigenvalue other = c.multipliers().get(1 - c.trivial());
        // the return map on the switching line: deviations of successive returns shrink by the multiplier
        BestResponsePath.Path p = BestResponsePath.of(b, new double[] {0.5, 0.3}, 40, 10_000);
        List<double[]> returns = new ArrayList<>();
        List<BestResponsePath.Segment> s = p.segments();
        for (int q = 1; q < s.size(); q++) {
            if (s.get(q).target()[0] == 1 && s.get(q - 1).target()[0] == 0) {
                returns.add(s.get(q).from());
            }
        }
        double[] corner = returns.get(returns.size() - 1);
        double d1 = Math.abs(returns.get(2)[0] - corner[0]);
        double d2 = Math.abs(returns.get(3)[0] - corner[0]);
        assertEquals(d2 / d1, Math.abs(other.re()), 1e-3 * Math.abs(other.re()), "contraction per period");
        assertEquals(0, other.im(), 0.0);
    }

    /** Good RPS: every path reaches the centre in finite time, so no cycle. */
    @Test
    void goodRpsHasNoCycle() {
        Game g = Game.builder("good RPS")
                .population("players", "rock", "paper", "scissors")
                .matrix(new String[][] {{"0", "-1", "2"}, {"2", "0", "-1"}, {"-1", "2", "0"}})
                .build();
        assertTrue(CycleSearch.of(g.bind(), BestResponseDynamics.INSTANCE, AnalysisSettings.DEFAULT)
                .isEmpty());
    }
}
