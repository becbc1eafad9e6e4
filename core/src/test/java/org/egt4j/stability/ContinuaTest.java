package org.egt4j.stability;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.egt4j.game.Game;
import org.junit.jupiter.api.Test;

/**
 * Continua on a face against hand-computed segments: the 2-simplex of one population with strategies a,
 * b, c (reduced coordinates x<sub>a</sub>, x<sub>b</sub>).
 */
class ContinuaTest {

    static final Game GAME = Game.builder("three")
            .population("p", "a", "b", "c")
            .matrix(new String[][] {{"0", "0", "0"}, {"0", "0", "0"}, {"0", "0", "0"}})
            .build();
    static final Face INTERIOR = new Face(new int[] {3}, new int[] {0, 2}, new int[] {0b111});

    @Test
    void aLineThroughTheSimplexIsSampledAtItsEndsAndMidpoint() {
        // x_c = 1/3: u = (1/3, 1/3) + w (1, −1), inside for w ∈ (−1/3, 1/3)
        RestPointSet s =
                Continua.affine(GAME, INTERIOR, new double[] {1.0 / 3, 1.0 / 3}, List.of(new double[] {1, -1}));
        assertEquals(1, s.dimension());
        assertEquals(3, s.samples().size());
        assertArrayEquals(new double[] {0, 2.0 / 3, 1.0 / 3}, s.samples().get(0)[0], 1e-15);
        assertArrayEquals(new double[] {1.0 / 3, 1.0 / 3, 1.0 / 3}, s.samples().get(1)[0], 1e-15);
        assertArrayEquals(new double[] {2.0 / 3, 0, 1.0 / 3}, s.samples().get(2)[0], 1e-15);
        assertEquals(0.0, s.samples().get(0)[0][0], "round-off at the end is cleaned to 0");
        assertEquals(1, s.dimension());
        assertArrayEquals(new int[] {0, 1, 2}, s.support()[0]);
        assertArrayEquals(new int[][] {{0, 1, 2}}, s.support());
    }

    @Test
    void aLineMissingTheInteriorIsNoSet() {
        // x_c = −1: u = (1, 1) + w (1, −1) never has all three shares positive
        assertNull(Continua.affine(GAME, INTERIOR, new double[] {1, 1}, List.of(new double[] {1, -1})));
        // a direction along which a share is constant and not positive
        assertNull(Continua.affine(GAME, INTERIOR, new double[] {0, 0.5}, List.of(new double[] {0, 1})));
    }

    @Test
    void aWholeFaceOfRestPointsIsSampledInsideWithTheFacesOwnStream() {
        RestPointSet s =
                Continua.affine(GAME, INTERIOR, new double[] {0, 0}, List.of(new double[] {1, 0}, new double[] {0, 1}));
        assertEquals(2, s.dimension());
        assertEquals(5, s.samples().size());
        for (double[][] p : s.samples()) {
            assertTrue(Arrays.stream(p[0]).allMatch(v -> v > 1e-9), Arrays.toString(p[0]));
            assertEquals(1, p[0][0] + p[0][1] + p[0][2], 1e-15);
        }
        assertEquals(2, s.dimension());
        assertArrayEquals(new int[] {0, 1, 2}, s.support()[0]);
        RestPointSet again =
                Continua.affine(GAME, INTERIOR, new double[] {0, 0}, List.of(new double[] {1, 0}, new double[] {0, 1}));
        assertTrue(Arrays.deepEquals(s.samples().get(4), again.samples().get(4)), "deterministic");
    }

    @Test
    void theRandomStreamIsSeededByTheFace() {
        int[] masks = {0b111, 0b01};
        SplittableRandom expected = org.egt4j.random.RandomStreams.stream(
                org.egt4j.random.FixedSeeds.REST_POINT_SETS, 2 * 31L + Arrays.hashCode(masks));
        assertEquals(expected.nextLong(), Continua.random(masks).nextLong());
    }

    @Test
    void singularRootsAreOneSetOfUnknownDimensionWithAtMostFiveSamples() {
        List<double[]> roots = List.of(
                new double[] {0.1, 0.2},
                new double[] {0.2, 0.2},
                new double[] {0.3, 0.2},
                new double[] {0.4, 0.2},
                new double[] {0.5, 0.2},
                new double[] {0.6, 0.2});
        RestPointSet s = Continua.singular(GAME, INTERIOR, roots);
        assertEquals(-1, s.dimension());
        assertEquals(5, s.samples().size());
        assertArrayEquals(new double[] {0.5, 0.2, 1 - 0.7}, s.samples().get(4)[0], 1e-15);
        assertEquals(RestPointSet.SINGULAR, s.dimension());
        assertArrayEquals(new int[] {0, 1, 2}, s.support()[0]);
    }

    @Test
    void aPointIsOnASegmentWhenWithinOneInABillionOfIt() {
        RestPointSet segment =
                Continua.affine(GAME, INTERIOR, new double[] {1.0 / 3, 1.0 / 3}, List.of(new double[] {1, -1}));
        List<RestPointSet> sets = List.of(segment);
        assertTrue(Continua.onSegment(new double[][] {{0.5, 1.0 / 6, 1.0 / 3}}, sets));
        assertTrue(Continua.onSegment(new double[][] {{0, 2.0 / 3, 1.0 / 3}}, sets), "an end");
        assertFalse(Continua.onSegment(new double[][] {{0.5, 0.2, 0.3}}, sets));
        assertFalse(Continua.onSegment(new double[][] {{1, 0, 0}}, sets), "beyond the end, on the line");
        RestPointSet face =
                Continua.affine(GAME, INTERIOR, new double[] {0, 0}, List.of(new double[] {1, 0}, new double[] {0, 1}));
        assertFalse(Continua.onSegment(new double[][] {{0.5, 0.2, 0.3}}, List.of(face)), "only segments count");
    }
}
