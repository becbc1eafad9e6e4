package org.egt4j.stability;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.egt4j.game.Game;
import org.hipparchus.fraction.BigFraction;
import org.junit.jupiter.api.Test;

/**
 * The face-by-face search with a dynamic's own equations plugged in through {@link FaceSystem}: hand-
 * written systems on one population with two strategies, whose rest points are known.
 */
class RestPointsTest {

    static final Game EDGE = Game.builder("edge")
            .population("p", List.of("a", "b"), "x")
            .matrix(new String[][] {{"0", "0"}, {"0", "0"}})
            .build();

    @Test
    void aNonLinearSystemGivesTheVerticesThenItsInteriorRootsByNewton() {
        RestPoints.Result r = RestPoints.find(
                EDGE, new CertifiedNewtonTest.Polynomial1(new double[] {0.7, 0.2, 1.5}, new int[] {1, 1, 1}));
        assertEquals(4, r.points().size());
        // faces in order: {a} (x = 1), {b} (x = 0), {a, b}
        assertArrayEquals(new double[] {1}, r.points().get(0).coordinates());
        assertArrayEquals(new double[] {0}, r.points().get(1).coordinates());
        assertTrue(r.points().get(0).exact() && r.points().get(1).exact());
        assertEquals(0.2, r.points().get(2).coordinates()[0], 1e-14);
        assertEquals(0.7, r.points().get(3).coordinates()[0], 1e-14);
        assertFalse(r.points().get(2).exact());
        assertArrayEquals(new int[][] {{0, 1}}, r.points().get(3).support());
        assertTrue(r.sets().isEmpty());
    }

    /** E(u) = A u − c on the edge, given exactly. */
    static FaceSystem linear(BigFraction a, BigFraction c) {
        return new FaceSystem() {
            @Override
            public double scale() {
                return 1;
            }

            @Override
            public BigFraction[][] exactLinearSystem(Face face) {
                return new BigFraction[][] {{a, c}};
            }

            @Override
            public double residual(Face face, double[] u, double[] e, double[][] jacobian) {
                throw new AssertionError("a linear system is solved exactly");
            }
        };
    }

    @Test
    void aLinearSystemIsSolvedExactly() {
        RestPoints.Result r = RestPoints.find(EDGE, linear(new BigFraction(3), BigFraction.ONE));
        assertEquals(3, r.points().size());
        assertEquals(1.0 / 3, r.points().get(2).coordinates()[0]);
        assertTrue(r.points().get(2).exact());
        // the root x = 2 is outside the edge: only the vertices
        assertEquals(
                2,
                RestPoints.find(EDGE, linear(BigFraction.ONE, new BigFraction(2)))
                        .points()
                        .size());
        // 0 u = 1 has no solution
        assertEquals(
                2,
                RestPoints.find(EDGE, linear(BigFraction.ZERO, BigFraction.ONE))
                        .points()
                        .size());
    }

    @Test
    void aVanishingSystemIsASegmentOfRestPoints() {
        RestPoints.Result r = RestPoints.find(EDGE, linear(BigFraction.ZERO, BigFraction.ZERO));
        assertEquals(1, r.sets().size());
        RestPointSet s = r.sets().get(0);
        assertEquals(1, s.dimension());
        assertArrayEquals(new int[] {0, 1}, s.support()[0]);
        assertEquals(2, r.points().size(), "the vertices stay, though they are the segment's ends");
    }
}
