package org.egt4j.stability;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The affine parametrization of a face against hand-computed shares: two populations with 3 and 2
 * strategies (reduced coordinates x<sub>0,0</sub>, x<sub>0,1</sub>, x<sub>1,0</sub>).
 */
class FaceTest {

    static final int[] SIZES = {3, 2};
    static final int[] OFFSETS = {0, 2, 3};

    @Test
    void aVertexHasNoUnknownsAndItsPureShares() {
        // population 0 on strategy 1, population 1 on strategy 1 (its last)
        Face f = new Face(SIZES, OFFSETS, new int[] {0b010, 0b10});
        assertEquals(0, f.m);
        assertArrayEquals(new double[] {0, 1, 0}, f.x(new double[0]));
        assertArrayEquals(new double[] {0, 1, 0}, f.shares(new double[0])[0]);
        assertArrayEquals(new double[] {0, 1}, f.shares(new double[0])[1]);
        assertArrayEquals(new int[][] {{1}, {1}}, f.support());
        assertFalse(f.mixing(0));
    }

    @Test
    void theUnknownsAreTheSupportSharesButTheLastOfEachMixingPopulation() {
        // S_0 = {0, 2}: unknown x_00, x_02 = 1 − x_00 is the last strategy (not a reduced coordinate);
        // S_1 = {0, 1}: unknown x_10
        Face f = new Face(SIZES, OFFSETS, new int[] {0b101, 0b11});
        assertEquals(2, f.m);
        assertEquals(2, f.populations());
        assertEquals(3, f.dimension());
        assertArrayEquals(new int[] {2, 1}, f.dependent);
        assertArrayEquals(new int[] {0, 0}, f.unknowns.get(0));
        assertArrayEquals(new int[] {1, 0}, f.unknowns.get(1));
        double[] u = {0.25, 0.625};
        assertArrayEquals(new double[] {0.25, 0, 0.625}, f.x(u));
        double[][] s = f.shares(u);
        assertArrayEquals(new double[] {0.25, 0, 0.75}, s[0]);
        assertArrayEquals(new double[] {0.625, 0.375}, s[1]);
        assertEquals(0.25, f.minSupportShare(u));
        assertArrayEquals(new int[][] {{0, 2}, {0, 1}}, f.support());
        assertTrue(f.inSupport(0, 2));
        assertFalse(f.inSupport(0, 1));
    }

    @Test
    void aDependentStrategyThatIsAReducedCoordinateTakesOneMinusTheOthers() {
        // S_0 = {0, 1}: the dependent strategy 1 is a reduced coordinate, x_01 = 1 − x_00
        Face f = new Face(SIZES, OFFSETS, new int[] {0b011, 0b01});
        assertEquals(1, f.m);
        assertArrayEquals(new double[] {0, 1, 1}, f.a);
        assertArrayEquals(new double[] {1, -1, 0}, new double[] {f.b[0][0], f.b[1][0], f.b[2][0]});
        double[][] s = f.shares(new double[] {0.125});
        assertArrayEquals(new double[] {0.125, 0.875, 0}, s[0]);
        assertArrayEquals(new double[] {1, 0}, s[1]);
        // outside the face's relative interior the smallest support share is not positive
        assertEquals(-0.5, f.minSupportShare(new double[] {1.5}));
    }

    @Test
    void theMasksAreCopied() {
        int[] masks = {0b111, 0b11};
        Face f = new Face(SIZES, OFFSETS, masks);
        masks[0] = 1;
        assertEquals(3, f.m);
    }
}
