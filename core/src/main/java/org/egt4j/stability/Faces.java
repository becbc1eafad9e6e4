package org.egt4j.stability;

import java.util.Arrays;
import java.util.function.Consumer;
import org.egt4j.ModelException;

/**
 * The faces of Δ<sub>n_1</sub> × … × Δ<sub>n_K</sub>: every choice of one non-empty support per
 * population, Π<sub>k</sub>(2<sup>n_k</sup> − 1) of them, within a budget of {@value #MAX_FACES}.
 *
 * <p>Order: the supports as bit sets (bit s = strategy s), odometer-style with the last population
 * fastest, from {1, …, 1} (every population on its first strategy) up to all strategies everywhere. So
 * the vertices with population 0 on strategy 0 come before any mixed face, and a face's rest points are
 * reported in this order.
 */
final class Faces {

    /** Most faces searched (Π<sub>k</sub>(2<sup>n<sub>k</sub></sup> − 1)). */
    static final long MAX_FACES = 1 << 20;

    private Faces() {}

    /**
     * The number of faces, checked against the budget.
     *
     * @param sizes n<sub>k</sub>, the strategies of each population
     * @return Π<sub>k</sub>(2<sup>n_k</sup> − 1)
     * @throws ModelException when there are more than {@value #MAX_FACES} faces
     */
    static long count(int[] sizes) {
        long faces = 1;
        for (int size : sizes) {
            faces *= (1L << size) - 1;
            // past 30 strategies the masks no longer fit an int; the budget is exceeded long before
            if (size > 30 || faces > MAX_FACES) {
                throw new ModelException(
                        "the game has more than " + MAX_FACES + " faces to search for rest points",
                        "reduce the number of strategies or populations");
            }
        }
        return faces;
    }

    /**
     * Visits every face in order (see the class comment), after checking the budget.
     *
     * @param sizes n<sub>k</sub>, the strategies of each population
     * @param action receives each face's supports as bit sets (a fresh array each time)
     * @throws ModelException when there are more than {@value #MAX_FACES} faces
     */
    static void forEach(int[] sizes, Consumer<int[]> action) {
        count(sizes);
        int pops = sizes.length;
        int[] masks = new int[pops];
        Arrays.fill(masks, 1);
        while (true) {
            action.accept(masks.clone());
            int k = pops - 1;
            while (k >= 0 && ++masks[k] == (1 << sizes[k])) {
                masks[k--] = 1;
            }
            if (k < 0) {
                break;
            }
        }
    }
}
