package org.egt4j.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.egt4j.dynamics.ReplicatorDynamics;
import org.egt4j.game.BoundGame;
import org.egt4j.parallel.IndexRangeExecutor;
import org.egt4j.parallel.IndexedWork;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The seam between an analysis and where its items run ({@link IndexRangeExecutor}): a full analysis
 * on an executor that computes the items in a seeded random order, in random-sized blocks with a
 * fresh worker state each (as Spark tasks would), equals the one on the local runner, part by part,
 * bit for bit: the second method here is the local run itself, and what is checked is that every
 * item is a pure function of its index.
 */
public class AnalysisWorkTest {

    private static final AnalysisSettings SMALL = new AnalysisSettings(
            20, 21, InitialGrid.defaultLevels(), 9, List.of(), 3, List.of(), 9, 400, 200, 7, 1e-8, 1e-10);

    /**
     * Items in a seeded random permutation, a fresh state for every block of 1 to 40 items.
     *
     * @param seed the seed of the order and the blocks
     */
    public record Scrambled(long seed) implements IndexRangeExecutor {
        @Override
        public <S, R> List<R> map(IndexedWork<S, R> work) {
            int n = work.size();
            Integer[] order = new Integer[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            SplittableRandom r = new SplittableRandom(seed);
            for (int i = n - 1; i > 0; i--) {
                int j = r.nextInt(i + 1);
                Integer t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            List<R> out = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                out.add(null);
            }
            int k = 0;
            while (k < n) {
                int block = 1 + r.nextInt(40);
                S state = work.newState();
                for (int m = k; m < Math.min(n, k + block); m++) {
                    out.set(order[m], work.compute(state, order[m]));
                }
                k += block;
            }
            return out;
        }
    }

    static Stream<Long> seeds() {
        return Stream.concat(
                Stream.of(0L, 1L),
                LongStream.range(0, 3).map(i -> 1000 + 37 * i).boxed());
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void anyOrderAndBlockingGivesTheLocalResult(long seed) {
        BoundGame bound = FullAnalysisTest.game().bind(Map.of());
        FullAnalysis local = FullAnalysis.of(bound, ReplicatorDynamics.INSTANCE, SMALL, 2, phase -> {});
        FullAnalysis scrambled =
                FullAnalysis.of(bound, ReplicatorDynamics.INSTANCE, SMALL, new Scrambled(seed), phase -> {});
        assertSame(local, scrambled);
    }

    static void assertSame(FullAnalysis a, FullAnalysis b) {
        assertTrajectories(a.grid(), b.grid());
        assertEquals(a.sensitivity().size(), b.sensitivity().size());
        for (int i = 0; i < a.sensitivity().size(); i++) {
            assertEquals(
                    a.sensitivity().get(i).parameter(), b.sensitivity().get(i).parameter());
            assertArrayEquals(
                    a.sensitivity().get(i).values(), b.sensitivity().get(i).values());
            assertTrajectories(
                    a.sensitivity().get(i).trajectories(),
                    b.sensitivity().get(i).trajectories());
        }
        assertNotNull(a.map());
        assertArrayEquals(a.map().cells(), b.map().cells());
        assertArrayEquals(a.map().x(), b.map().x());
        assertEquals(a.map().curves().size(), b.map().curves().size());
        assertNotNull(a.basins());
        assertEquals(a.basins().unresolved(), b.basins().unresolved());
        for (int i = 0; i < a.basins().attractors().size(); i++) {
            assertEquals(
                    a.basins().attractors().get(i).count(),
                    b.basins().attractors().get(i).count());
        }
    }

    static void assertTrajectories(TrajectorySet a, TrajectorySet b) {
        assertEquals(a.labels(), b.labels());
        assertArrayEquals(a.times(), b.times());
        assertEquals(a.states().length, b.states().length);
        for (int r = 0; r < a.states().length; r++) {
            assertTrue(Arrays.deepEquals(a.states()[r], b.states()[r]), "trajectory " + r);
        }
    }

    @Test
    void partsAreNamedAndSizedFromTheSettings() {
        BoundGame bound = FullAnalysisTest.game().bind(Map.of());
        AnalysisWork work = AnalysisWork.of(bound, ReplicatorDynamics.INSTANCE, SMALL);
        // S is the first parameter with a range (sensitivity), S and C are the map's axes
        assertEquals(List.of("trajectories", "sensitivity:S", "map", "basins"), work.parts());
        assertEquals(9, work.part("trajectories").size());
        assertEquals(3, work.part("sensitivity:S").size());
        assertEquals(81, work.part("map").size());
        assertEquals(400, work.part("basins").size());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> work.part("paths"));
        assertTrue(e.getMessage().contains("no part 'paths'"), e.getMessage());
    }

    /**
     * Basin items against an independent count: in a one-population coordination game with payoffs
     * a = 2 (first strategy meets itself) and b = 1 (second meets itself), the replicator has the
     * unstable rest point x* = b / (a + b) = 1/3 between the two stable vertices, so a start x reaches
     * the first strategy's vertex iff x &gt; 1/3 (Hofbauer and Sigmund 1998, §2.1). The starts are
     * drawn here directly (a flat Dirichlet on two strategies is uniform: x = E₁/(E₁ + E₂)).
     */
    @Test
    void basinItemsAgreeWithTheThresholdOfACoordinationGame() {
        BoundGame bound = org.egt4j.game.Game.builder("coordination")
                .population("p", List.of("a", "b"), "x")
                .matrix(new String[][] {{"2", "0"}, {"0", "1"}})
                .build()
                .bind(Map.of());
        AnalysisSettings s = new AnalysisSettings(
                20, 21, InitialGrid.defaultLevels(), 3, List.of(), 2, List.of(), 2, 3000, 400, 11, 1e-8, 1e-10);
        BasinEstimate basins = FullAnalysis.of(
                        bound, ReplicatorDynamics.INSTANCE, s, IndexRangeExecutor.local(2), p -> {})
                .basins();
        long above = 0;
        for (int i = 0; i < 3000; i++) {
            SplittableRandom r = org.egt4j.random.RandomStreams.stream(11, i);
            double e1 = -Math.log(1 - r.nextDouble());
            double e2 = -Math.log(1 - r.nextDouble());
            if (e1 / (e1 + e2) > 1.0 / 3) {
                above++;
            }
        }
        assertEquals(0, basins.unresolved());
        int first = basins.attractors().get(0).shares()[0][0] == 1 ? 0 : 1;
        assertEquals(above, basins.attractors().get(first).count());
        assertEquals(3000 - above, basins.attractors().get(1 - first).count());
    }
}
