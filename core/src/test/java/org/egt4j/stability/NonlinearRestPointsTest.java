package org.egt4j.stability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.egt4j.game.Game;
import org.junit.jupiter.api.Test;

/**
 * Rest points of games whose face systems are not linear (fitness polynomials of higher degree), found
 * by the certified Newton path and checked against closed forms: roots of a cubic, an interior saddle
 * with eigenvalues ±√(1/27), and a curve of non-isolated rest points.
 */
class NonlinearRestPointsTest {

    static Game cubic() {
        // ẋ = x(1 − x)(x − 1/5)(x − 1/2)(x − 4/5)
        return Game.builder("cubic")
                .population("p", List.of("a", "b"), "x")
                .fitness("p", "a", "(x - 1/5)*(x - 1/2)*(x - 4/5)")
                .fitness("p", "b", "0")
                .build();
    }

    static List<Double> interior(StabilityAnalysis a) {
        List<Double> xs = new ArrayList<>();
        for (RestPoint p : a.restPoints()) {
            double x = p.shares()[0][0];
            if (x > 0 && x < 1) {
                xs.add(x);
            }
        }
        return xs;
    }

    @Test
    void aCubicAdvantageHasItsThreeRootsAsRestPointsInOrder() {
        StabilityAnalysis a = StabilityAnalysis.of(cubic().bind());
        List<Double> xs = interior(a);
        assertEquals(3, xs.size(), "rest points " + xs);
        assertEquals(0.2, xs.get(0), 1e-12);
        assertEquals(0.5, xs.get(1), 1e-12);
        assertEquals(0.8, xs.get(2), 1e-12);
        assertEquals(5, a.restPoints().size(), "two vertices and three interior points");
        assertTrue(a.restPointSets().isEmpty());
    }

    @Test
    void theCubicsRootsAlternateInStabilityWithTheDerivativeAsEigenvalue() {
        // λ(x*) = x*(1 − x*) g'(x*), g' = 3x² − 3x + 0.66
        StabilityAnalysis a = StabilityAnalysis.of(cubic().bind());
        for (RestPoint p : a.restPoints()) {
            double x = p.shares()[0][0];
            if (x > 0 && x < 1) {
                double lambda = x * (1 - x) * (3 * x * x - 3 * x + 0.66);
                assertFalse(p.exact(), "found by Newton, not by the exact linear solve");
                assertEquals(lambda, p.eigenvalues().get(0).re(), 1e-10, "x = " + x);
                assertEquals(lambda < 0 ? Stability.STABLE : Stability.UNSTABLE, p.stability(), "x = " + x);
                assertEquals(lambda < 0, p.ess(), "x = " + x);
            }
        }
    }

    @Test
    void aQuadraticTwoPopulationGameHasAnInteriorSaddleAtTheClosedForm() {
        // ẋ = x(1 − x)(y² − 1/4), ẏ = y(1 − y)(x² − 1/9): interior rest point (1/3, 1/2) with
        // J = [[0, x(1−x)·2y], [y(1−y)·2x, 0]] = [[0, 2/9], [1/6, 0]], eigenvalues ±√(1/27)
        Game g = Game.builder("quadratic")
                .population("firms", List.of("invest", "hold"), "x")
                .population("gov", List.of("support", "ignore"), "y")
                .fitness("firms", "invest", "y^2 - 1/4")
                .fitness("firms", "hold", "0")
                .fitness("gov", "support", "x^2 - 1/9")
                .fitness("gov", "ignore", "0")
                .build();
        StabilityAnalysis a = StabilityAnalysis.of(g.bind());
        assertEquals(5, a.restPoints().size(), "four vertices and the interior point");
        RestPoint p = TextbookStabilityTest.at(a, new double[] {1.0 / 3, 2.0 / 3}, new double[] {0.5, 0.5});
        assertEquals(Stability.SADDLE, p.stability());
        assertEquals(Math.sqrt(1.0 / 27), p.eigenvalues().get(0).re(), 1e-10);
        assertEquals(-Math.sqrt(1.0 / 27), p.eigenvalues().get(1).re(), 1e-10);
        assertFalse(p.ess());
        assertTrue(p.nash(), "an interior rest point is a Nash equilibrium");
    }

    @Test
    void aCurveOfRestPointsWithSingularJacobianIsReportedAsASet() {
        // ẋ = x(1 − x)(x − y)(1 + x), ẏ = y(1 − y)(y − x)(1 + y): every point of the diagonal rests
        Game g = Game.builder("diagonal")
                .population("p", List.of("a", "b"), "x")
                .population("q", List.of("c", "d"), "y")
                .fitness("p", "a", "(x - y)*(1 + x)")
                .fitness("p", "b", "0")
                .fitness("q", "c", "(y - x)*(1 + y)")
                .fitness("q", "d", "0")
                .build();
        StabilityAnalysis a = StabilityAnalysis.of(g.bind());
        RestPointSet set = a.restPointSets().stream()
                .filter(s -> java.util.Arrays.deepEquals(s.support(), new int[][] {{0, 1}, {0, 1}}))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no interior set in " + a.restPointSets()));
        assertEquals(RestPointSet.SINGULAR, set.dimension(), "found by its singular Jacobian");
        assertFalse(set.samples().isEmpty());
        for (double[][] s : set.samples()) {
            assertEquals(s[0][0], s[1][0], 1e-9, "a sample on the diagonal x = y");
            assertTrue(s[0][0] > 0 && s[0][0] < 1);
        }
        for (RestPoint p : a.restPoints()) {
            double x = p.shares()[0][0];
            double y = p.shares()[1][0];
            assertTrue(
                    x == 0 || x == 1 || y == 0 || y == 1, "no interior point is listed as isolated: " + x + ", " + y);
        }
    }
}
