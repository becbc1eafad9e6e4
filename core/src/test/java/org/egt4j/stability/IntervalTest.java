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
}
