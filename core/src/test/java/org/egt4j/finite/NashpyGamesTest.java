package org.egt4j.finite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.hipparchus.fraction.BigFraction;
import org.junit.jupiter.api.Test;

/**
 * The games of Nashpy's Moran-process tests and documentation (Knight and Campbell, "Nashpy: a Python
 * library for the computation of Nash equilibria", JOSS 3, 2018; tests/unit/test_moran_process.py and
 * docs/how-to/obtain-fixation-probabilities.rst). Nashpy's process is Moran's at w = 1 with the total
 * payoff against the N − 1 others (proportional to f, so the same birth probabilities) and uniform death,
 * and it estimates fixation from 10 or 200 runs; here the exact values are compared with the exact dense
 * solve of the absorbing chain ({@link AbsorptionTest.Chain}), and Nashpy's estimates only have to be
 * plausible samples of them.
 */
class NashpyGamesTest {

    static final int[][] THREE = {{4, 3, 2}, {1, 2, 5}, {6, 1, 3}};

    static BigFraction[] reference(int[][] a, int[] start) {
        int n = 0;
        for (int c : start) {
            n += c;
        }
        AbsorptionTest.Chain chain = AbsorptionTest.onePopulation(a, FiniteProcess.MORAN, n, BigFraction.ONE);
        List<Integer> absorbing = new ArrayList<>();
        for (int i = 0; i < a.length; i++) {
            int[] c = new int[a.length];
            c[i] = n;
            absorbing.add(chain.indexOf(new int[][] {c}));
        }
        return chain.solve(chain.indexOf(new int[][] {start}), absorbing);
    }

    static Absorption ours(int[][] a, int[] start) {
        int n = 0;
        for (int c : start) {
            n += c;
        }
        return FinitePopulationTest.pop(AbsorptionTest.toDouble(a), FiniteProcess.MORAN, n, 1)
                .absorption(start);
    }

    @Test
    void nashpyThreeStrategyGameFromThreeTwoTwo() {
        // test_fixation_probablities_0 and _1: initial population (0, 0, 0, 1, 1, 2, 2)
        int[] start = {3, 2, 2};
        Absorption got = ours(THREE, start);
        BigFraction[] ref = reference(THREE, start);
        double sum = 0;
        for (int i = 0; i < 3; i++) {
            assertEquals(ref[i], got.exact()[i], "strategy " + i);
            sum += got.probability()[i];
            // Nashpy's 10-run estimates (0.5, 0.3, 0.2) and (0.2, 0.3, 0.5) are samples of Binomial(10, p):
            // each count lies within 4 standard deviations of 10 p
            double p = got.probability()[i];
            double sd = Math.sqrt(10 * p * (1 - p));
            for (double estimate : new double[] {new double[] {0.5, 0.3, 0.2}[i], new double[] {0.2, 0.3, 0.5}[i]}) {
                assertTrue(Math.abs(10 * estimate - 10 * p) <= 4 * sd, "estimate " + estimate + " of " + p);
            }
        }
        assertEquals(1, sum, 1e-15);
        assertEquals(ref[3].doubleValue(), got.meanTime(), 1e-12 * got.meanTime());
    }

    @Test
    void nashpyThreeStrategyGameFromSmallMixedStarts() {
        // test_specific_moran_process_*: (0, 1, 2) and (0, 1, 2, 1)
        for (int[] start : new int[][] {{1, 1, 1}, {1, 2, 1}}) {
            Absorption got = ours(THREE, start);
            BigFraction[] ref = reference(THREE, start);
            for (int i = 0; i < 3; i++) {
                assertEquals(ref[i], got.exact()[i]);
            }
        }
    }

    @Test
    void nashpyDocumentationGameIsSevenThirtySeconds() {
        // docs: A = [[3, 1], [1, 2]], initial population (0, 1, 1, 1), estimate 0.235 from 200 runs
        int[][] a = {{3, 1}, {1, 2}};
        Absorption got = ours(a, new int[] {1, 3});
        assertEquals(new BigFraction(7, 32), got.exact()[0]);
        assertEquals(reference(a, new int[] {1, 3})[0], got.exact()[0]);
        double sd = Math.sqrt(0.21875 * 0.78125 / 200);
        assertTrue(Math.abs(0.235 - 0.21875) < 3 * sd, "Nashpy's estimate is a plausible sample");
    }
}
