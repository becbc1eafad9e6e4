package org.egt4j.stability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.egt4j.dynamics.ReplicatorDynamics;
import org.egt4j.dynamics.VectorField;
import org.egt4j.game.Game;
import org.egt4j.game.GameBuilder;
import org.egt4j.ode.AdaptiveRungeKutta;
import org.egt4j.ode.Sampler;
import org.egt4j.ode.SolverSettings;
import org.junit.jupiter.api.Test;

/**
 * Continua classified by their transverse eigenvalues, against closed forms and against simulation. In the
 * games below the column population is indifferent (all its payoffs equal), so every line {row pure,
 * column any} is a line of rest points whose transverse eigenvalue is the row's payoff difference
 * f<sub>other</sub> − f<sub>own</sub> (Hofbauer and Sigmund 1998, §10.2); a third population adds a
 * second transverse direction. Simulations started 10⁻³ away from the set's midpoint approach it
 * (attracting) or leave it (repelling, saddle) as the verdict says.
 */
class ContinuumStabilityTest {

    static Game game(String rowA, String rowB, String thirdE, String thirdF) {
        GameBuilder b = Game.builder("continua")
                .parameter("g", 0.5)
                .population("row", List.of("a", "b"), "x")
                .population("column", List.of("c", "d"), "y");
        if (thirdE != null) {
            b.population("third", List.of("e", "f"), "z");
        }
        b.fitness("row", "a", rowA)
                .fitness("row", "b", rowB)
                .fitness("column", "c", "0")
                .fitness("column", "d", "0");
        if (thirdE != null) {
            b.fitness("third", "e", thirdE).fitness("third", "f", thirdF);
        }
        return b.build();
    }

    /** The set whose row plays {@code rowStrategy} (and third plays {@code third}, when given). */
    static RestPointSet set(StabilityAnalysis a, int rowStrategy, int third) {
        for (RestPointSet s : a.restPointSets()) {
            boolean row = s.support()[0].length == 1 && s.support()[0][0] == rowStrategy;
            boolean col = s.support()[1].length == 2;
            boolean thr = third < 0 || (s.support()[2].length == 1 && s.support()[2][0] == third);
            if (row && col && thr) {
                return s;
            }
        }
        throw new AssertionError("no such set in " + a.restPointSets());
    }

    @Test
    void aLineWhereTheRowPlaysItsDominantStrategyAttracts() {
        StabilityAnalysis a = StabilityAnalysis.of(game("1", "0", null, null).bind());
        RestPointSet good = set(a, 0, -1);
        assertEquals(1, good.dimension());
        assertEquals(ContinuumStability.Verdict.ATTRACTING, good.stability().verdict());
        assertEquals(-1, good.stability().transverse().get(0).get(0).re(), 1e-12, "f_b - f_a");
        RestPointSet bad = set(a, 1, -1);
        assertEquals(ContinuumStability.Verdict.REPELLING, bad.stability().verdict());
        assertEquals(1, bad.stability().transverse().get(0).get(0).re(), 1e-12);
        assertApproaches(a, good, true);
        assertApproaches(a, bad, false);
    }

    @Test
    void oneAttractingAndOneRepellingTransverseDirectionMakeASaddle() {
        StabilityAnalysis a = StabilityAnalysis.of(game("1", "0", "1", "0").bind());
        RestPointSet s = set(a, 0, 1); // row a attracts, third f is dominated by e
        assertEquals(ContinuumStability.Verdict.SADDLE, s.stability().verdict());
        List<Eigenvalue> t = s.stability().transverse().get(0);
        assertEquals(-1, Math.min(t.get(0).re(), t.get(1).re()), 1e-12);
        assertEquals(1, Math.max(t.get(0).re(), t.get(1).re()), 1e-12);
        assertApproaches(a, s, false);
        assertEquals(
                ContinuumStability.Verdict.ATTRACTING, set(a, 0, 0).stability().verdict());
    }

    @Test
    void aTransverseEigenvalueVanishingOnTheSetLeavesItUndecided() {
        // f_b − f_a = y − 1/2 on the line row = a: zero at its midpoint, the only interior sample
        StabilityAnalysis a =
                StabilityAnalysis.of(game("0", "y - g", null, null).bind());
        RestPointSet s = set(a, 0, -1);
        assertEquals(ContinuumStability.Verdict.UNDECIDED, s.stability().verdict());
        assertTrue(
                s.stability().reason() == ContinuumStability.Reason.NOT_NORMALLY_HYPERBOLIC
                        || s.stability().reason() == ContinuumStability.Reason.VARIES_ALONG_THE_SET,
                s.stability().toString());
    }

    @Test
    void aSetOfUnknownDimensionIsUndecided() {
        RestPointSet s = new RestPointSet(RestPointSet.SINGULAR, new int[][] {{0}, {0, 1}}, List.of());
        ContinuumStability c = ContinuumStability.of(
                game("1", "0", null, null),
                ReplicatorDynamics.INSTANCE.field(game("1", "0", null, null).bind()),
                s);
        assertEquals(ContinuumStability.Reason.DIMENSION_UNKNOWN, c.reason());
        assertFalse(c.verdict() != ContinuumStability.Verdict.UNDECIDED);
    }

    /** Starts 10⁻³ off the set's midpoint in random directions; the row share's distance to the set shrinks or grows. */
    static void assertApproaches(StabilityAnalysis a, RestPointSet s, boolean attracting) {
        Game g = a.game();
        VectorField field = ReplicatorDynamics.INSTANCE.field(g.bind());
        double[][] mid = s.samples().get(s.samples().size() / 2);
        SplittableRandom r = new SplittableRandom(7);
        for (int trial = 0; trial < 5; trial++) {
            double[] x = new double[g.dimension()];
            int c = 0;
            for (double[] pop : mid) {
                for (int i = 0; i + 1 < pop.length; i++) {
                    x[c++] = pop[i];
                }
            }
            double before = 0;
            for (int k = 0; k < mid.length; k++) {
                if (s.support()[k].length == 1) {
                    int coord = coordinate(g, k);
                    double target = x[coord];
                    x[coord] = target == 1 ? 1 - 1e-3 * (1 + r.nextDouble()) : 1e-3 * (1 + r.nextDouble());
                    before = Math.max(before, Math.abs(x[coord] - target));
                }
            }
            Sampler sampler = Sampler.evenly(0, 10, 2);
            AdaptiveRungeKutta.create(SolverSettings.DEFAULT).integrate(field, 0, x, 10, sampler);
            double[] end = sampler.states()[1];
            double after = 0;
            for (int k = 0; k < mid.length; k++) {
                if (s.support()[k].length == 1) {
                    int coord = coordinate(g, k);
                    after = Math.max(after, Math.abs(end[coord] - mid[k][0]));
                }
            }
            if (attracting) {
                assertTrue(after < 0.01 * before, "approaches: " + before + " -> " + after);
            } else {
                assertTrue(after > 10 * before, "leaves: " + before + " -> " + after);
            }
        }
    }

    private static int coordinate(Game g, int population) {
        int c = 0;
        for (int k = 0; k < population; k++) {
            c += g.populations().get(k).size() - 1;
        }
        return c;
    }
}
