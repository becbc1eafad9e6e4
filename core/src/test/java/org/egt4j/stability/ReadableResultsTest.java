package org.egt4j.stability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.egt4j.game.Game;
import org.egt4j.testing.TextbookGames;
import org.junit.jupiter.api.Test;

/**
 * The results print readably in JShell: numbers, strategy labels and verdicts, never array identities.
 * Reference: hawk–dove with V = 2, C = 5 has its ESS at x* = V/C = 0.4 with eigenvalue −V(C − V)/(2C) =
 * −0.6 (Maynard Smith 1982), all-hawk has the eigenvalue (C − V)/2 = 1.5.
 */
class ReadableResultsTest {

    @Test
    void restPointsPrintSharesEigenvaluesAndVerdicts() {
        Game hd = TextbookGames.hawkDove(2, 3);
        StabilityAnalysis a = StabilityAnalysis.of(hd.bind(Map.of("V", 2.0, "C", 5.0)));
        RestPoint ess = TextbookStabilityTest.at(a, new double[] {0.4, 0.6});
        assertEquals("RestPoint[shares [[0.4, 0.6]], stable, eigenvalues [-0.6], exact, Nash, ESS]", ess.toString());
        RestPoint hawks = TextbookStabilityTest.at(a, new double[] {1, 0});
        assertEquals("RestPoint[shares [[1, 0]], unstable, eigenvalues [1.5], exact, not Nash]", hawks.toString());
        for (RestPoint p : a.restPoints()) {
            assertFalse(p.toString().contains("@"), p.toString());
        }
    }

    @Test
    void verticesPrintTheirExactEigenvaluesAndConditions() {
        Game hd = TextbookGames.hawkDove(2, 3);
        StabilityAnalysis a = StabilityAnalysis.of(hd.bind(Map.of("V", 2.0, "C", 5.0)));
        VertexTable.Vertex allHawk = a.vertices().vertices().get(0);
        String text = allHawk.toString();
        assertTrue(
                text.startsWith(
                        "Vertex(hawk): unstable, not ESS, eigenvalues [C/2 - V/2 = 1.5], ESS iff [C/2 - V/2 < 0]"),
                text);
        assertFalse(text.contains("@"), text);
    }

    @Test
    void boxVerdictsPrintTheirWitnessesByParameterName() {
        OverBox box = new OverBox(BoxVerdict.SOMEWHERE, List.of("S", "F"), new double[] {0.5, 1}, null, true);
        assertEquals(
                "OverBox[somewhere (exact) over S, F; ESS at {S=0.5, F=1}; not ESS at none found]", box.toString());
        OverBox undecided = new OverBox(BoxVerdict.UNDECIDED, List.of("S"), null, new double[] {0.25}, false);
        assertEquals(
                "OverBox[undecided (enclosures) over S; ESS at none found; not ESS at {S=0.25}]", undecided.toString());
    }
}
