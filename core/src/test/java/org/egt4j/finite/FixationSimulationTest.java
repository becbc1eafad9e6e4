package org.egt4j.finite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.egt4j.parallel.IndexedRunner;
import org.egt4j.random.RandomStreams;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The simulation against the exact fixation probabilities and times, and its thread independence. */
class FixationSimulationTest {

    static Stream<Arguments> seeds() {
        return LongStream.range(0, 6).mapToObj(s -> Arguments.of(s));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theEstimateCoversTheExactValueAndIgnoresTheThreadCount(long seed) {
        SplittableRandom r = RandomStreams.stream(seed, 30);
        int n = 3 + r.nextInt(15);
        double[][] a = FinitePopulationTest.randomMatrix(r, 2, false);
        FiniteProcess process = FiniteProcess.values()[r.nextInt(2)];
        FinitePopulation p = FinitePopulationTest.pop(a, process, n, process == FiniteProcess.MORAN ? 0.5 : 0.7);
        Fixation exact = p.fixation(0, 1);
        int runs = 4000;
        FixationSimulation.Estimate one = FixationSimulation.estimate(p, 0, 1, runs, seed, new IndexedRunner(1, null));
        for (int threads : new int[] {2, 7}) {
            assertEquals(one, FixationSimulation.estimate(p, 0, 1, runs, seed, new IndexedRunner(threads, null)));
        }
        // the seam a cluster uses: runs in a random order, in blocks, on another executor
        assertEquals(
                one,
                FixationSimulation.estimate(
                        p, 0, 1, runs, seed, new org.egt4j.analysis.AnalysisWorkTest.Scrambled(seed)));
        // 95% Wilson interval, widened to z = 4 (the seeds are fixed: the test passes or fails for good)
        var wide = org.egt4j.analysis.Wilson.of(one.fixed(), runs, 4);
        assertTrue(
                wide.lower() <= exact.probability() && exact.probability() <= wide.upper(),
                exact.probability() + " outside " + wide);
        assertTrue(one.interval().lower() <= one.probability()
                && one.probability() <= one.interval().upper());
        if (one.fixed() > 200) {
            assertEquals(exact.conditionalTime(), one.conditionalTime(), 0.25 * exact.conditionalTime());
        }
    }

    @org.junit.jupiter.api.Test
    void zeroRunsAreRefused() {
        FinitePopulation p = FinitePopulationTest.pop(new double[][] {{1, 1}, {1, 1}}, FiniteProcess.MORAN, 5, 1);
        assertThrows(
                IllegalArgumentException.class,
                () -> FixationSimulation.estimate(p, 0, 1, 0, 1, new IndexedRunner(1, null)));
    }

    /**
     * Hawk–Dove-like coexistence A = [[0, 3], [1, 2]] (payoffs equal at x* = 1/2, stable in the replicator
     * dynamics): under strong selection (β = 10) at N = 200 the chain stays near N/2 for a time exponential
     * in N, so a run must stop at the move budget with a numerical failure (exit 3), not hang.
     */
    @org.junit.jupiter.api.Test
    void aRunHeldAtCoexistenceStopsAtTheMoveBudget() {
        FinitePopulation p =
                FinitePopulationTest.pop(new double[][] {{0, 3}, {1, 2}}, FiniteProcess.PAIRWISE_COMPARISON, 200, 10);
        org.egt4j.NumericalException e = assertThrows(
                org.egt4j.NumericalException.class,
                () -> FixationSimulation.estimate(p, 0, 1, 1, 1, new IndexedRunner(1, null)));
        assertTrue(e.problem().contains("within " + FixationSimulation.MAX_MOVES_PER_RUN + " moves"), e.problem());
        double k = e.state()[0];
        assertTrue(k > 0 && k < 200, "stopped inside the chain at k = " + k);
    }
}
