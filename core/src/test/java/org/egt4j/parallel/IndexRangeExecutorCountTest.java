package org.egt4j.parallel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.egt4j.random.RandomStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link IndexRangeExecutor#count}: the outcome counts of integer-valued work against a second method,
 * a sequential loop over the items tallying each result (element r for result r, the last element for
 * −1), for any thread count; edge cases first (no items, no outcome but −1, a single item).
 */
class IndexRangeExecutorCountTest {

    /** Item i's outcome: a pure function of (seed, i) in [−1, outcomes). */
    private record Outcomes(long seed, int size, int outcomes) implements IndexedWork<Object, Integer> {
        @Override
        public String part() {
            return "outcomes";
        }

        @Override
        public Object newState() {
            return new Object();
        }

        @Override
        public Integer compute(Object state, int index) {
            return RandomStreams.stream(seed, index).nextInt(outcomes + 1) - 1;
        }
    }

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        cases.add(Arguments.of(0L, 0, 3)); // no items
        cases.add(Arguments.of(1L, 50, 0)); // only -1 is possible
        cases.add(Arguments.of(2L, 1, 1)); // a single item
        SplittableRandom r = new SplittableRandom(20261201L);
        for (int k = 0; k < 12; k++) {
            cases.add(Arguments.of(100L + k, r.nextInt(1, 5000), r.nextInt(0, 6)));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "seed {0}: {1} items, {2} outcomes")
    @MethodSource("cases")
    void countsEqualASequentialTally(long seed, int size, int outcomes) {
        Outcomes work = new Outcomes(seed, size, outcomes);
        long[] expected = new long[outcomes + 1];
        Object state = work.newState();
        for (int i = 0; i < size; i++) {
            int result = work.compute(state, i);
            expected[result < 0 ? outcomes : result]++;
        }
        for (int threads : new int[] {1, 2, 7}) {
            assertArrayEquals(expected, IndexRangeExecutor.local(threads).count(work, outcomes), threads + " threads");
        }
    }

    @Test
    void aResultOutsideTheOutcomesIsRefusedNamingThePartAndIndex() {
        Outcomes work = new Outcomes(3L, 100, 4);
        IllegalStateException e = assertThrows(
                IllegalStateException.class, () -> IndexRangeExecutor.local(2).count(work, 2));
        assertTrue(e.getMessage().startsWith("outcomes gave "), e.getMessage());
        assertTrue(e.getMessage().contains("not an outcome in [-1, 2)"), e.getMessage());
    }
}
