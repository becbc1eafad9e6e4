package org.egt4j.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.egt4j.game.Game;
import org.hipparchus.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Content, monomial and primitive part, exact division and cancellation, each checked by multiplying
 * back: c·m·q = p, (a·b)/b = a, and n·d' = n'·d for the cancelled quotient n'/d'. Seed 0 is the paper's
 * example α·k·K − α·θ·k·K = α·k·K·(1 − θ); seed 1 a single term; seed 2 negative exponents.
 */
class FactorsTest {

    static final Game GAME = Game.builder("factors")
            .parameter("alpha", 1)
            .parameter("theta", 1)
            .parameter("k", 1)
            .parameter("K", 1)
            .parameter("T", 1)
            .population("p", List.of("a", "b"), "x")
            .population("q", List.of("c", "d"), "y")
            .fitness("p", "a", "0")
            .fitness("p", "b", "0")
            .fitness("q", "c", "0")
            .fitness("q", "d", "0")
            .build();

    static final String[] ATOMS = {"alpha", "theta", "k", "K", "T", "x", "y"};

    static LongStream seeds() {
        return LongStream.range(0, 200);
    }

    static Polynomial random(SplittableRandom r, int terms) {
        StringBuilder s = new StringBuilder("0");
        for (int t = 0; t < terms; t++) {
            s.append(" + ").append(r.nextInt(-6, 7)).append("/").append(1 + r.nextInt(3));
            for (int a = 0; a < 1 + r.nextInt(3); a++) {
                s.append("*").append(ATOMS[r.nextInt(ATOMS.length)]);
            }
        }
        return GAME.expression(s.toString());
    }

    static Polynomial example(long seed) {
        return switch ((int) seed) {
            case 0 -> GAME.expression("alpha*k*K - alpha*theta*k*K");
            case 1 -> GAME.expression("-6/5*alpha*k^2*x");
            case 2 -> GAME.expression("alpha/T - alpha*theta/T^2");
            default -> {
                SplittableRandom r = new SplittableRandom(seed);
                Polynomial p = random(r, 1 + r.nextInt(4));
                yield p.isZero()
                        ? Polynomial.ONE
                        : p.multiply(random(r, 1)).add(p.isConstant() ? Polynomial.ONE : Polynomial.ZERO);
            }
        };
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void contentTimesMonomialTimesPrimitiveIsThePolynomial(long seed) {
        Polynomial p = example(seed);
        if (p.isZero()) {
            return;
        }
        Factors f = Factors.of(p);
        assertEquals(p, f.primitive().multiply(Polynomial.term(f.content(), f.monomial())), "seed " + seed);
        BigInteger g = BigInteger.ZERO;
        for (BigFraction c : f.primitive().terms().values()) {
            assertEquals(BigInteger.ONE, c.getDenominator(), "integer coefficients, seed " + seed);
            g = g.gcd(c.getNumerator());
        }
        assertEquals(BigInteger.ONE, g, "coprime coefficients, seed " + seed);
        assertTrue(Factors.of(f.primitive()).monomial().size() == 0, "no monomial left, seed " + seed);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void divisionOfAProductRecoversTheFactor(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        Polynomial a = positive(random(r, 1 + r.nextInt(3)));
        Polynomial b = positive(random(r, 1 + r.nextInt(3)));
        if (a.isZero() || b.isZero()) {
            return;
        }
        assertEquals(a, Factors.divide(a.multiply(b), b).orElseThrow(), "seed " + seed);
        if (!b.isConstant()) {
            assertTrue(Factors.divide(a.multiply(b).add(Polynomial.ONE), b).isEmpty(), "seed " + seed);
        }
        // cancelling the common factor b of (a·b·c)/(b·d) leaves a quotient equal to the original
        Polynomial c = positive(random(r, 2));
        if (c.isZero()) {
            return;
        }
        Factors.Quotient q = Factors.cancel(a.multiply(b), b.multiply(c));
        assertEquals(
                a.multiply(b).multiply(expand(q.denominator())), q.numerator().multiply(b.multiply(c)), "seed " + seed);
    }

    private static Polynomial expand(Factors f) {
        return f.primitive().multiply(Polynomial.term(f.content(), f.monomial()));
    }

    /** The polynomial with negative exponents cleared (multiplied by a monomial). */
    private static Polynomial positive(Polynomial p) {
        if (p.isZero()) {
            return p;
        }
        Factors f = Factors.of(p);
        return f.primitive().multiply(Polynomial.term(f.content(), Monomial.ONE));
    }

    @Test
    void thePapersFormPullsOutTheCommonMonomial() {
        Factors f = Factors.of(GAME.expression("alpha*k*K - alpha*theta*k*K"));
        assertEquals(BigFraction.ONE, f.content());
        assertEquals("alpha*k*K", Printer.TEXT.print(Polynomial.term(BigFraction.ONE, f.monomial())));
        assertEquals(GAME.expression("1 - theta"), f.primitive());
    }

    @Test
    void aZeroNumeratorCancelsToZeroAndAFactorOfBothCancels() {
        Factors.Quotient zero = Factors.cancel(Polynomial.ZERO, GAME.expression("alpha*T - alpha - k + k*theta + K"));
        assertEquals(Polynomial.ZERO, zero.numerator());
        assertTrue(zero.isPolynomial());
        // (T^2 - 1)/(T - 1) = T + 1 and C(T + 1)/(T + 1) = C
        assertEquals(
                GAME.expression("T + 1"),
                Factors.cancel(GAME.expression("T^2 - 1"), GAME.expression("T - 1"))
                        .numerator());
        Factors.Quotient c = Factors.cancel(GAME.expression("k*T + k"), GAME.expression("T + 1"));
        assertEquals(GAME.expression("k"), c.numerator());
        assertTrue(c.isPolynomial());
        // nothing in common but contents and monomials: 6k/(4·alpha·(T + 1)) = 3k/(2·alpha·(T + 1))
        Factors.Quotient kept = Factors.cancel(GAME.expression("6*k"), GAME.expression("4*alpha*T + 4*alpha"));
        assertEquals(GAME.expression("3*k"), kept.numerator());
        assertEquals(
                new Factors(
                        new BigFraction(2), Monomial.of(GAME.parameterSymbols().get(0), 1), GAME.expression("T + 1")),
                kept.denominator());
        assertTrue(!kept.isPolynomial());
    }
}
