package org.egt4j.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.egt4j.ModelException;
import org.egt4j.dynamics.ReplicatorDynamics;
import org.egt4j.game.BoundGame;
import org.egt4j.game.Game;
import org.egt4j.parallel.IndexRangeExecutor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The basin map against a closed form. For the coordination game A = [[a, 0], [0, b]] of one
 * population the replicator's interior rest point x* = b/(a + b) separates the basins (Hofbauer and
 * Sigmund, <i>Evolutionary Games and Population Dynamics</i>, 1998, §7.1): a start with x &gt; x*
 * reaches the first strategy, one with x &lt; x* the second. So the second method counts, in every
 * cell, the starts the map drew (stream k·S + s for start s of cell k) above the cell's own x*, with
 * no integration; the map's counts must equal it exactly, for 1, 2 and 7 threads.
 */
class BasinMapTest {

    private static Game coordination(double aMin, double aMax, double bMin, double bMax) {
        return Game.builder("coordination")
                .parameter("a", (aMin + aMax) / 2, aMin, aMax)
                .parameter("b", (bMin + bMax) / 2, bMin, bMax)
                .population("p", List.of("first", "second"), "x")
                .matrix(new String[][] {{"a", "0"}, {"0", "b"}})
                .build();
    }

    private static AnalysisSettings settings(int resolution, int starts, long seed) {
        AnalysisSettings d = AnalysisSettings.DEFAULT;
        return new AnalysisSettings(
                d.time(),
                d.samples(),
                d.levels(),
                d.gridCap(),
                d.sensitivity(),
                d.sensitivityValues(),
                List.of(),
                resolution,
                starts,
                500,
                seed,
                d.rtol(),
                d.atol());
    }

    /** (seed, resolution, starts, a range, b range); the edge cases first: a 2 × 2 map, one start per cell. */
    static Stream<Arguments> maps() {
        List<Arguments> cases = new ArrayList<>();
        cases.add(Arguments.of(1L, 2, 1, 0.5, 3.0, 0.5, 3.0));
        cases.add(Arguments.of(2L, 2, 40, 1.0, 1.0 + 1e-9, 0.2, 5.0)); // a nearly constant axis
        SplittableRandom r = new SplittableRandom(1402L);
        for (int k = 0; k < 6; k++) {
            double a0 = 0.2 + 2 * r.nextDouble();
            double b0 = 0.2 + 2 * r.nextDouble();
            cases.add(Arguments.of(
                    100L + k,
                    2 + r.nextInt(4),
                    1 + r.nextInt(150),
                    a0,
                    a0 + 0.1 + 3 * r.nextDouble(),
                    b0,
                    b0 + 0.1 + 3 * r.nextDouble()));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "seed {0}: {1} x {1} cells, {2} starts each, a in [{3}, {4}], b in [{5}, {6}]")
    @MethodSource("maps")
    void everyCellCountsTheStartsOnEachSideOfTheClosedFormBoundary(
            long seed, int resolution, int starts, double aMin, double aMax, double bMin, double bMax) {
        Game game = coordination(aMin, aMax, bMin, bMax);
        BoundGame bound = game.bind();
        AnalysisSettings s = settings(resolution, starts, seed);
        BasinMap map = BasinMap.of(bound, ReplicatorDynamics.INSTANCE, s, IndexRangeExecutor.local(1));
        assertEquals(List.of("a", "b"), List.of(map.xName(), map.yName()));
        assertEquals(resolution * resolution, map.cells().size());
        double[] x = new double[1];
        for (int k = 0; k < map.cells().size(); k++) {
            double a = map.xs()[k % resolution];
            double b = map.ys()[k / resolution];
            double boundary = b / (a + b);
            long above = 0;
            for (int i = 0; i < starts; i++) {
                BasinEstimate.start(game, seed, (long) k * starts + i, x);
                if (x[0] > boundary) {
                    above++;
                }
            }
            BasinEstimate cell = map.cells().get(k);
            assertEquals(2, cell.attractors().size(), "cell " + k);
            assertEquals(0, cell.unresolved(), "cell " + k);
            BasinEstimate.Attractor first = cell.attractors().stream()
                    .filter(t -> t.label().equals("(first)"))
                    .findFirst()
                    .orElseThrow();
            assertEquals(above, first.count(), "cell " + k + " at a = " + a + ", b = " + b);
            assertEquals(starts, cell.samples());
        }
        for (int threads : new int[] {2, 7}) {
            BasinMap again = BasinMap.of(bound, ReplicatorDynamics.INSTANCE, s, IndexRangeExecutor.local(threads));
            assertArrayEquals(counts(map), counts(again), threads + " threads");
        }
    }

    /** Every cell's counts in order, attractors then unresolved. */
    static long[][] counts(BasinMap map) {
        long[][] c = new long[map.cells().size()][];
        for (int k = 0; k < c.length; k++) {
            BasinEstimate e = map.cells().get(k);
            c[k] = new long[e.attractors().size() + 1];
            for (int a = 0; a < e.attractors().size(); a++) {
                c[k][a] = e.attractors().get(a).count();
            }
            c[k][c[k].length - 1] = e.unresolved();
        }
        return c;
    }

    @Test
    void aGameWithoutTwoAxesOrAMapWithoutStartsIsRefusedBeforeWork() {
        Game one = Game.builder("one axis")
                .parameter("a", 2, 1, 3)
                .parameter("b", 1)
                .population("p", List.of("first", "second"), "x")
                .matrix(new String[][] {{"a", "0"}, {"0", "b"}})
                .build();
        ModelException e = assertThrows(
                ModelException.class, () -> BasinMap.work(one.bind(), ReplicatorDynamics.INSTANCE, settings(3, 10, 1)));
        assertTrue(e.problem().contains("needs two parameters"), e.problem());
        assertTrue(e.hint().contains("map: [A, B]"), e.hint());
        ModelException z = assertThrows(
                ModelException.class,
                () -> BasinMap.work(coordination(1, 2, 1, 2).bind(), ReplicatorDynamics.INSTANCE, settings(3, 0, 1)));
        assertTrue(z.problem().contains("basins: 0"), z.problem());
    }
}
