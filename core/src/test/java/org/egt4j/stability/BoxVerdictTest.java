package org.egt4j.stability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.egt4j.game.Game;
import org.junit.jupiter.api.Test;

/**
 * The vertex table's verdicts over the box of parameter ranges. In the one-population game [[0, b],
 * [c, d]] the vertex "first" has the single eigenvalue c (Hofbauer and Sigmund 1998, §7.1: f₂ − f₁ at
 * x = 1), so choosing c chooses λ(p) exactly; expressions whose natural interval enclosure is too wide
 * force the bisection proofs, and λ = 0 on a line or at a point probes the witnesses.
 */
class BoxVerdictTest {

    static BoxVerdict verdict(String lambda, String... ranges) {
        Game.builder("box");
        var b = Game.builder("box");
        for (String r : ranges) {
            String[] p = r.split(":");
            b.parameter(p[0], Double.parseDouble(p[1]), Double.parseDouble(p[2]), Double.parseDouble(p[3]));
        }
        Game g = b.population("p", List.of("first", "second"), "x")
                .matrix(new String[][] {{"0", "1"}, {lambda, "0"}})
                .build();
        VertexTable.Vertex first =
                StabilityAnalysis.of(g.bind()).vertices().vertices().get(0);
        assertEquals("(first)", first.label());
        assertEquals(g.expression(lambda), first.eigenvalues().get(0).expression(), "λ at the vertex");
        OverBox box = first.overBox();
        // the witnesses agree with the verdict: both for somewhere, none against a proof
        if (box.verdict() == BoxVerdict.SOMEWHERE) {
            assertTrue(box.essWitness() != null && box.nonEssWitness() != null);
        }
        if (box.verdict() == BoxVerdict.EVERYWHERE) {
            assertNull(box.nonEssWitness());
        }
        if (box.verdict() == BoxVerdict.NOWHERE) {
            assertNull(box.essWitness());
        }
        assertEquals(box.parameters().size(), ranges.length);
        return box.verdict();
    }

    @Test
    void positiveEverywhereIsProvedByBisectionDespiteTheDependencyProblem() {
        // (S - C)^2 + 1/10 > 0 but its expanded enclosure over [0, 1]^2 is [-1.9, 2.1]: needs bisection
        assertEquals(BoxVerdict.NOWHERE, verdict("S*S - 2*S*C + C*C + 1/10", "S:0.5:0:1", "C:0.5:0:1"));
    }

    @Test
    void negativeEverywhereIsProvedByBisectionDespiteTheDependencyProblem() {
        assertEquals(BoxVerdict.EVERYWHERE, verdict("-(S*S - 2*S*C + C*C) - 1/10", "S:0.5:0:1", "C:0.5:0:1"));
    }

    @Test
    void aSignChangeInsideTheBoxIsFoundByWitnesses() {
        assertEquals(BoxVerdict.SOMEWHERE, verdict("S - C", "S:0.5:0:1", "C:0.5:0:1"));
    }

    @Test
    void aSmallEssCornerIsFoundByDescent() {
        // λ < 0 only where S + C + D + E > 3.9 in [0, 1]^4: 1/10^4-ish of the box, found by descent
        assertEquals(
                BoxVerdict.SOMEWHERE,
                verdict("39/10 - S - C - D - E", "S:0.5:0:1", "C:0.5:0:1", "D:0.5:0:1", "E:0.5:0:1"));
    }

    @Test
    void aZeroAtOneCornerOnlyIsNotProvedEitherWay() {
        // λ = -(S^2 + C^2) < 0 except at the corner (0, 0), where it is 0 (not an ESS): no witness
        // hits the corner exactly except the corners themselves
        BoxVerdict v = verdict("-(S*S + C*C)", "S:0.5:0:1", "C:0.5:0:1");
        assertEquals(BoxVerdict.SOMEWHERE, v, "the corner (0, 0) is among the witnesses and is not an ESS");
    }

    @Test
    void aZeroOnAnInteriorPointIsUndecided() {
        // λ = -((S - 1/3)^2 + (C - 1/3)^2): negative except at (1/3, 1/3), which no witness, corner or
        // bisection midpoint hits, and every box around it encloses 0: the search runs out
        assertEquals(BoxVerdict.UNDECIDED, verdict("-((S - 1/3)^2 + (C - 1/3)^2)", "S:0.5:0:1", "C:0.5:0:1"));
    }

    @Test
    void noRangeMeansNoBoxVerdict() {
        Game g = Game.builder("no box")
                .parameter("S", 1)
                .population("p", List.of("first", "second"), "x")
                .matrix(new String[][] {{"0", "1"}, {"-S", "0"}})
                .build();
        assertNull(StabilityAnalysis.of(g.bind()).vertices().vertices().get(0).overBox());
    }

    @Test
    void atomsAreEnclosedToo() {
        // λ = exp(S) - 3 with S in [0, 2]: negative below ln 3, positive above
        assertEquals(BoxVerdict.SOMEWHERE, verdict("exp(S) - 3", "S:1:0:2"));
        // λ = sqrt(S) + 1/10 > 0 on [0, 4]
        assertEquals(BoxVerdict.NOWHERE, verdict("sqrt(S) + 1/10", "S:1:0:4"));
        // λ = -exp(S) < 0 on [-1, 1]
        assertEquals(BoxVerdict.EVERYWHERE, verdict("-exp(S)", "S:0:-1:1"));
    }
}
