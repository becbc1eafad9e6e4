package org.egt4j.stability;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.egt4j.ModelException;
import org.egt4j.game.Game;
import org.junit.jupiter.api.Test;

/** Face enumeration against the count Π<sub>k</sub>(2<sup>n_k</sup> − 1) and the odometer order. */
class FacesTest {

    static long product(int[] sizes) {
        long p = 1;
        for (int n : sizes) {
            p *= (1L << n) - 1;
        }
        return p;
    }

    @Test
    void everyNonEmptySupportPerPopulationIsVisitedOnce() {
        int[][] games = {{2}, {3}, {4}, {2, 2}, {2, 3}, {3, 3}, {2, 2, 2}, {3, 2, 4}, {2, 2, 2, 2}};
        for (int[] sizes : games) {
            List<int[]> seen = new ArrayList<>();
            Faces.forEach(sizes, seen::add);
            assertEquals(product(sizes), Faces.count(sizes));
            assertEquals(product(sizes), seen.size());
            Set<List<Integer>> distinct = new HashSet<>();
            for (int[] masks : seen) {
                List<Integer> key = new ArrayList<>();
                for (int k = 0; k < sizes.length; k++) {
                    assertTrue(masks[k] >= 1 && masks[k] < 1 << sizes[k], "a non-empty subset of the strategies");
                    key.add(masks[k]);
                }
                distinct.add(key);
            }
            assertEquals(seen.size(), distinct.size(), "no face twice");
        }
    }

    @Test
    void facesComeInOdometerOrderWithTheLastPopulationFastest() {
        List<int[]> seen = new ArrayList<>();
        Faces.forEach(new int[] {2, 2}, seen::add);
        int[][] expected = {{1, 1}, {1, 2}, {1, 3}, {2, 1}, {2, 2}, {2, 3}, {3, 1}, {3, 2}, {3, 3}};
        assertEquals(expected.length, seen.size());
        for (int i = 0; i < expected.length; i++) {
            assertArrayEquals(expected[i], seen.get(i));
        }
    }

    @Test
    void eachFaceGetsItsOwnArray() {
        List<int[]> seen = new ArrayList<>();
        Faces.forEach(new int[] {3}, seen::add);
        seen.get(0)[0] = 99;
        assertArrayEquals(new int[] {2}, seen.get(1));
    }

    @Test
    void theBudgetIsTwoToTheTwentyFaces() {
        assertEquals(1L << 20, Faces.MAX_FACES);
        assertEquals(RestPoints.MAX_FACES, Faces.MAX_FACES);
        assertEquals((1L << 20) - 1, Faces.count(new int[] {20}), "just within");
        assertThrows(ModelException.class, () -> Faces.count(new int[] {21}));
        assertThrows(ModelException.class, () -> Faces.count(new int[] {31}));
        // 1023 * 1023 = 1046529 < 2^20, one more population is over
        assertEquals(1023L * 1023, Faces.count(new int[] {10, 10}));
        assertThrows(ModelException.class, () -> Faces.count(new int[] {10, 10, 2}));
        assertThrows(ModelException.class, () -> Faces.forEach(new int[] {21}, m -> {}));
    }

    @Test
    void aGameOverTheBudgetIsAModelErrorOfTheSearch() {
        String[] strategies = new String[21];
        String[][] matrix = new String[21][21];
        for (int i = 0; i < 21; i++) {
            strategies[i] = "s" + i;
            java.util.Arrays.fill(matrix[i], "0");
        }
        Game g = Game.builder("big").population("p", strategies).matrix(matrix).build();
        ModelException e = assertThrows(ModelException.class, () -> RestPoints.find(g.bind()));
        assertTrue(e.getMessage().contains("faces"), e.getMessage());
    }
}
