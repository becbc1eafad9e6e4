package org.egt4j.stability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.Arrays;
import org.hipparchus.fraction.BigFraction;
import org.junit.jupiter.api.Test;

/**
 * The Halton sequence against its definition: the radical inverse φ<sub>b</sub>(i) mirrors the base-b
 * digits of i about the radix point, computed here exactly from the digit string, and the bases are the
 * primes in order.
 */
class HaltonTest {

    /** φ_b(i) exactly: the base-b digit string of i, reversed after "0." (bases up to 36). */
    static BigFraction mirrored(int i, int base) {
        if (i == 0) {
            return BigFraction.ZERO;
        }
        String digits = new StringBuilder(Integer.toString(i, base)).reverse().toString();
        BigInteger numerator = new BigInteger(digits, base);
        return new BigFraction(numerator, BigInteger.valueOf(base).pow(digits.length()));
    }

    /** φ_b(i) exactly, for any base: Σ_r d_r b^(−r−1) in rationals. */
    static BigFraction digitSum(int i, int base) {
        BigFraction sum = BigFraction.ZERO;
        BigFraction weight = new BigFraction(1, base);
        for (int k = i; k > 0; k /= base) {
            sum = sum.add(weight.multiply(k % base));
            weight = weight.divide(base);
        }
        return sum;
    }

    @Test
    void radicalInversesHaveTheirClosedFormsInBasesTwoAndThree() {
        // van der Corput: 1 = 1b -> .1b, 2 = 10b -> .01b, 3 = 11b -> .11b, 6 = 110b -> .011b
        assertEquals(0.0, Halton.radicalInverse(0, 2));
        assertEquals(0.5, Halton.radicalInverse(1, 2));
        assertEquals(0.25, Halton.radicalInverse(2, 2));
        assertEquals(0.75, Halton.radicalInverse(3, 2));
        assertEquals(0.375, Halton.radicalInverse(6, 2));
        // 5 = 12 in base 3 -> 0.21 in base 3 = 2/3 + 1/9
        assertEquals(7.0 / 9, Halton.radicalInverse(5, 3), Math.ulp(1.0));
        assertEquals(1.0 / 3, Halton.radicalInverse(1, 3), Math.ulp(1.0));
    }

    @Test
    void radicalInversesMatchTheMirroredDigitsInEveryPrimeBase() {
        for (int j = 0; j < 25; j++) {
            int base = Halton.base(j);
            for (int i = 0; i < 2000; i += 7) {
                BigFraction exact = digitSum(i, base);
                if (base <= 36) {
                    assertEquals(mirrored(i, base), exact);
                }
                double expected = exact.doubleValue();
                double actual = Halton.value(i, j);
                // each digit's term is rounded once: a few ulps at most
                assertEquals(expected, actual, 8 * Math.ulp(1.0), "i = " + i + ", base " + base);
                assertTrue(actual >= 0 && actual < 1);
            }
        }
    }

    @Test
    void theBasesAreTheFirstTwentyFivePrimesInOrderThenRepeat() {
        int[] expected = new int[25];
        int found = 0;
        for (int p = 2; found < 25; p++) {
            if (BigInteger.valueOf(p).isProbablePrime(50)) {
                expected[found++] = p;
            }
        }
        int[] actual = new int[25];
        for (int j = 0; j < 25; j++) {
            actual[j] = Halton.base(j);
            assertEquals(Halton.base(j), Halton.base(j + 25), "coordinate " + (j + 25) + " reuses base " + j);
        }
        assertEquals(Arrays.toString(expected), Arrays.toString(actual));
    }

    @Test
    void theFirstBToTheKPointsInBaseBAreTheGridOfStepBToTheMinusK() {
        // a base-b digit reversal permutes {0, ..., b^k − 1}: φ_b takes every value j / b^k once
        for (int base : new int[] {2, 3, 5}) {
            int count = base * base * base;
            boolean[] seen = new boolean[count];
            for (int i = 0; i < count; i++) {
                double scaled = Halton.radicalInverse(i, base) * count;
                int j = (int) Math.round(scaled);
                assertEquals(j, scaled, 1e-9);
                assertTrue(!seen[j], "value " + j + "/" + count + " twice");
                seen[j] = true;
            }
        }
    }
}
