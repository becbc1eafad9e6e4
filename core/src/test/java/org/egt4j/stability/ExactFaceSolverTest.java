package org.egt4j.stability;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hipparchus.fraction.BigFraction;
import org.junit.jupiter.api.Test;

/** The exact rational solve against systems with known solutions, null spaces and inconsistencies. */
class ExactFaceSolverTest {

    static BigFraction[][] augmented(long[][] rows) {
        BigFraction[][] a = new BigFraction[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            a[i] = new BigFraction[rows[i].length];
            for (int j = 0; j < rows[i].length; j++) {
                a[i][j] = new BigFraction(rows[i][j]);
            }
        }
        return a;
    }

    @Test
    void aRegularSystemHasItsUniqueSolutionExactly() {
        // 3v = 1, 3u = 1 (the first column needs a row swap): u = v = 1/3 exactly
        ExactFaceSolver.Solution s = ExactFaceSolver.solve(augmented(new long[][] {{0, 3, 1}, {3, 0, 1}}));
        assertTrue(s.unique());
        assertEquals(new BigFraction(1, 3), s.particular()[0]);
        assertEquals(new BigFraction(1, 3), s.particular()[1]);
        // 3u + v = 1, u − 2v = 5: u = 1, v = −2
        s = ExactFaceSolver.solve(augmented(new long[][] {{3, 1, 1}, {1, -2, 5}}));
        assertTrue(s.unique());
        assertEquals(BigFraction.ONE, s.particular()[0]);
        assertEquals(new BigFraction(-2), s.particular()[1]);
    }

    @Test
    void aThreeByThreeSystemWithAKnownSolution() {
        // A = [[2, 1, -1], [-3, -1, 2], [-2, 1, 2]], x = (2, 3, -1), b = A x = (8, -11, -3)
        ExactFaceSolver.Solution s =
                ExactFaceSolver.solve(augmented(new long[][] {{2, 1, -1, 8}, {-3, -1, 2, -11}, {-2, 1, 2, -3}}));
        assertArrayEquals(
                new BigFraction[] {new BigFraction(2), new BigFraction(3), new BigFraction(-1)}, s.particular());
    }

    @Test
    void anInconsistentSystemHasNoSolution() {
        // u + v = 1 and 2u + 2v = 3
        assertNull(ExactFaceSolver.solve(augmented(new long[][] {{1, 1, 1}, {2, 2, 3}})));
    }

    @Test
    void aConsistentSingularSystemIsAParticularSolutionPlusTheNullSpace() {
        // u + 2v − w = 3, 2u + 4v − 2w = 6, w = 1: rank 2, free v; u = 4 − 2v, w = 1
        long[][] rows = {{1, 2, -1, 3}, {2, 4, -2, 6}, {0, 0, 1, 1}};
        ExactFaceSolver.Solution s = ExactFaceSolver.solve(augmented(rows));
        assertFalse(s.unique());
        assertEquals(1, s.directions().size());
        assertArrayEquals(new BigFraction[] {new BigFraction(4), BigFraction.ZERO, BigFraction.ONE}, s.particular());
        double[] n = s.directions().get(0);
        assertArrayEquals(new double[] {-2, 1, 0}, n, 0.0);
        for (long[] row : rows) {
            assertEquals(0, row[0] * n[0] + row[1] * n[1] + row[2] * n[2], 0.0, "A N = 0");
        }
    }

    @Test
    void aZeroSystemIsTheWholeSpace() {
        ExactFaceSolver.Solution s = ExactFaceSolver.solve(augmented(new long[][] {{0, 0, 0}, {0, 0, 0}}));
        assertEquals(2, s.directions().size());
        assertArrayEquals(new double[] {1, 0}, s.directions().get(0));
        assertArrayEquals(new double[] {0, 1}, s.directions().get(1));
        assertArrayEquals(new BigFraction[] {BigFraction.ZERO, BigFraction.ZERO}, s.particular());
    }
}
