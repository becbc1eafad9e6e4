package org.egt4j.stability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.egt4j.NumericalException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A Jacobian the eigenvalue routine cannot handle is a numerical failure ({@link NumericalException},
 * exit status 3), never an {@code ArithmeticException} or a user error; where the eigenvalues exist they
 * match the closed form of a 2×2 matrix, λ = tr/2 ± √((tr/2)² − det).
 */
class EigenvalueFailureTest {

    @Test
    void aNonFiniteEntryIsANumericalFailureNamingItsPlace() {
        NumericalException e =
                assertThrows(NumericalException.class, () -> Eigenvalue.of(new double[] {1, 2, Double.NaN, 4}, 2));
        assertTrue(e.problem().contains("row 2, column 1"), e.problem());
        assertThrows(
                NumericalException.class, () -> Eigenvalue.of(new double[] {Double.POSITIVE_INFINITY, 0, 0, 1}, 2));
    }

    static Stream<Arguments> extremeMatrices() {
        double[] magnitudes = {0, 1e-300, 1e-12, 1, 1e12, 1e150, 1e300, Double.MAX_VALUE};
        return IntStream.range(0, 200).mapToObj(seed -> {
            SplittableRandom r = new SplittableRandom(seed);
            double[] m = new double[4];
            for (int i = 0; i < 4; i++) {
                double mag = magnitudes[r.nextInt(magnitudes.length)];
                m[i] = (r.nextBoolean() ? 1 : -1) * mag * (0.5 + r.nextDouble());
                if (seed % 50 == 0 && i == seed % 4) {
                    m[i] = Double.NaN; // always include a non-finite entry among the edge cases
                }
            }
            return Arguments.of("seed " + seed, m);
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("extremeMatrices")
    void extremeEntriesGiveTheClosedFormOrANumericalFailure(String seed, double[] m) {
        List<Eigenvalue> values;
        try {
            values = Eigenvalue.of(m, 2);
        } catch (NumericalException expected) {
            return;
        }
        assertEquals(2, values.size());
        double half = (m[0] + m[3]) / 2;
        double det = m[0] * m[3] - m[1] * m[2];
        double disc = half * half - det;
        double scale = Math.max(Math.max(Math.abs(m[0]), Math.abs(m[1])), Math.max(Math.abs(m[2]), Math.abs(m[3])));
        if (!Double.isFinite(disc) || !Double.isFinite(det) || scale > 1e100 || scale < 1e-100) {
            return; // the closed form itself over- or underflows here; finishing without an exception is the claim
        }
        double sumRe = values.get(0).re() + values.get(1).re();
        assertEquals(2 * half, sumRe, 1e-9 * Math.max(1, scale), seed + ": trace");
        if (disc >= 0) {
            double root = Math.sqrt(disc);
            assertEquals(half + root, values.get(0).re(), 1e-6 * Math.max(1, scale), seed);
        } else {
            assertEquals(Math.sqrt(-disc), Math.abs(values.get(0).im()), 1e-6 * Math.max(1, scale), seed);
        }
    }
}
