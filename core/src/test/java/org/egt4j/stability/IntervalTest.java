package org.egt4j.stability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.egt4j.testing.RandomGames;
import org.hipparchus.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Interval enclosures are sound (checked against exact rational arithmetic) and tight when exact. */
class IntervalTest {

    static LongStream seeds() {
        return RandomGames.seeds(1000);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void enclosuresContainTheExactValue(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double a = r.nextDouble() * 10 - 5;
        double b = r.nextDouble() * 10 - 5;
        double c = seed == 0 ? 0.1 : r.nextDouble() * 10 - 5;
        Interval x = Interval.point(a);
        Interval y = Interval.point(b);
        Interval z = Interval.point(c);
        Interval v = x.multiply(y).add(z).multiply(x).add(y.pow(3)).add(z.pow(-1));
        BigFraction ea = new BigFraction(a);
        BigFraction eb = new BigFraction(b);
        BigFraction ec = new BigFraction(c);
        BigFraction exact = ea.multiply(eb).add(ec).multiply(ea).add(eb.pow(3)).add(ec.reciprocal());
        assertTrue(
                new BigFraction(v.lo()).compareTo(exact) <= 0 && exact.compareTo(new BigFraction(v.hi())) <= 0,
                "seed " + seed + ": " + v + " misses " + exact.doubleValue());
    }

    @Test
    void exactOperationsAreNotWidened() {
        Interval v = new Interval(0, 6).multiply(Interval.of(BigFraction.ONE)).add(Interval.point(-0.5));
        assertEquals(-0.5, v.lo(), 0.0);
        assertEquals(5.5, v.hi(), 0.0);
        Interval w = Interval.point(0.1).add(Interval.point(0.2));
        assertTrue(w.lo() < 0.30000000000000004 && w.hi() >= 0.30000000000000004);
    }

    @Test
    void productsTakeTheExtremesOfAllFourEndpointProducts() {
        assertEquals(new Interval(3, 8), new Interval(1, 2).multiply(new Interval(3, 4)));
        assertEquals(new Interval(-4, 8), new Interval(-1, 2).multiply(new Interval(3, 4)));
        assertEquals(new Interval(-8, -3), new Interval(-2, -1).multiply(new Interval(3, 4)));
        assertEquals(new Interval(-6, 3), new Interval(-1, 2).multiply(new Interval(-3, 1)));
        assertEquals(new Interval(3, 8), new Interval(-2, -1).multiply(new Interval(-4, -3)));
        Interval inexact = Interval.point(0.1).multiply(Interval.point(3));
        assertTrue(inexact.lo() < inexact.hi(), "a rounded product is widened");
        assertTrue(inexact.lo() <= 0.30000000000000004 && 0.30000000000000004 <= inexact.hi());
        assertEquals(
                Interval.EVERYTHING,
                new Interval(0, 1).multiply(new Interval(1, Double.POSITIVE_INFINITY)),
                "0 × ∞ gives no information");
    }

    @Test
    void sumsRoundOutwardOnlyWhenInexact() {
        assertEquals(new Interval(4, 6), new Interval(1, 2).add(new Interval(3, 4)));
        Interval s = Interval.point(1).add(Interval.point(1e-20));
        assertEquals(1, s.lo(), 0.0, "1 + 1e-20 rounds down to 1, which is below the true sum");
        assertEquals(Math.nextUp(1.0), s.hi(), 0.0);
        assertEquals(
                Interval.EVERYTHING,
                new Interval(Double.NEGATIVE_INFINITY, 0)
                        .add(new Interval(0, Double.POSITIVE_INFINITY))
                        .add(new Interval(Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY)));
    }

    @Test
    void reciprocalsAndPowers() {
        Interval r = new Interval(2, 4).reciprocal();
        assertTrue(r.lo() <= 0.25 && r.hi() >= 0.5 && r.hi() - r.lo() < 0.25 + 1e-15);
        assertEquals(Interval.EVERYTHING, new Interval(-1, 1).reciprocal(), "the interval holds 0");
        assertEquals(Interval.EVERYTHING, new Interval(0, 1).reciprocal());
        assertEquals(new Interval(0, 4), new Interval(-2, 1).pow(2), "an even power is non-negative");
        assertEquals(new Interval(-8, 1), new Interval(-2, 1).pow(3));
        assertEquals(new Interval(1, 1), new Interval(-2, 1).pow(0));
        Interval inverseSquare = new Interval(1, 2).pow(-2);
        assertTrue(inverseSquare.lo() <= 0.25 && inverseSquare.hi() >= 1);
    }

    @Test
    void rationalConstantsAreEnclosedByTheirNeighbours() {
        Interval third = Interval.of(new BigFraction(1, 3));
        assertTrue(third.lo() < 1.0 / 3 || third.hi() > 1.0 / 3);
        assertEquals(Math.nextDown(1.0 / 3), third.lo(), 0.0);
        assertEquals(Math.nextUp(1.0 / 3), third.hi(), 0.0);
        assertEquals(Interval.point(0.75), Interval.of(new BigFraction(3, 4)), "an exact binary fraction");
    }
}
