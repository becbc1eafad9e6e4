package org.egt4j.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.egt4j.dynamics.Equation;
import org.egt4j.dynamics.ReplicatorDynamics;
import org.egt4j.game.Game;
import org.egt4j.testing.RandomGames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The factored layout never changes the value: the text of {@link Printer#printFactored} reads back as
 * the same polynomial, for random polynomials in parameters and shares and for the replicator equations
 * of random games (the right-hand side of each equation expanded back).
 */
class FactoredPrintingTest {

    static LongStream seeds() {
        return LongStream.range(0, 200);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theFactoredTextReadsBackAsThePolynomial(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        Polynomial common = FactorsTest.random(r, 1);
        Polynomial p = FactorsTest.random(r, 1 + r.nextInt(5)).multiply(common.isZero() ? Polynomial.ONE : common);
        String text = Printer.TEXT.printFactored(p);
        assertEquals(p, FactorsTest.GAME.expression(text), "seed " + seed + ": " + text);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void factoredReplicatorEquationsExpandBack(long seed) {
        Game g = RandomGames.recipe(seed).build();
        for (Equation e : ReplicatorDynamics.replicatorEquations(g)) {
            String rhs = e.format(Printer.TEXT, true).split(" = ", 2)[1];
            assertEquals(e.expanded(), g.expression(rhs), "seed " + seed + ": " + rhs);
        }
    }

    @Test
    void thePapersExampleIsWrittenWithItsFactorPulledOut() {
        Polynomial p = FactorsTest.GAME.expression("(alpha*k*K - alpha*theta*k*K)*y + alpha*x");
        assertEquals("alpha*(x + k*K*(1 - theta)*y)", Printer.TEXT.printFactored(p));
    }
}
