package org.egt4j.stability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.egt4j.game.Game;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Verdicts on single rest points against closed forms: Friedman's determinant/trace test on the
 * diagonal Jacobians of a 2×2 game, Nash, and Maynard Smith's ESS on the best-reply face for one
 * population (the generalized Rock–Paper–Scissors game is an ESS iff a win pays more than a loss
 * costs, Hofbauer and Sigmund 1998, §7.7; a mixed equilibrium on an edge with an inferior third
 * strategy).
 */
class JudgeTest {

    /** Two populations whose second strategies earn λ₁ and λ₂: the Jacobian at (a, c) is diag(λ₁, λ₂). */
    static RestPoint vertexAC(double l1, double l2) {
        Game g = Game.builder("diagonal")
                .population("p", List.of("a", "b"), "x")
                .population("q", List.of("c", "d"), "y")
                .fitness("p", "a", "0")
                .fitness("p", "b", Double.toString(l1))
                .fitness("q", "c", "0")
                .fitness("q", "d", Double.toString(l2))
                .build();
        return TextbookStabilityTest.at(StabilityAnalysis.of(g.bind()), new double[] {1, 0}, new double[] {1, 0});
    }

    @ParameterizedTest(name = "λ = ({0}, {1}): {2}")
    @CsvSource({
        "-1, -2, STABLE, STABLE",
        "1, -2, SADDLE, SADDLE",
        "1, 2, UNSTABLE, UNSTABLE",
        "0, -1, UNDECIDED, NON_HYPERBOLIC",
        "0, 1, UNDECIDED, NON_HYPERBOLIC",
        "0.5, 0.5, UNSTABLE, UNSTABLE"
    })
    void friedmansTestReadsDeterminantAndTrace(
            double l1, double l2, RestPoint.Friedman.Verdict verdict, Stability stability) {
        RestPoint p = vertexAC(l1, l2);
        assertEquals(l1 * l2, p.friedman().determinant(), 1e-15);
        assertEquals(l1 + l2, p.friedman().trace(), 1e-15);
        if (stability == Stability.NON_HYPERBOLIC && l2 > 0) {
            // one zero and one positive eigenvalue: unstable by the positive one, undecided by Friedman
            assertEquals(Stability.UNSTABLE, p.stability());
        } else {
            assertEquals(stability, p.stability());
        }
        assertEquals(verdict, p.friedman().verdict());
        assertEquals(l1 < 0 && l2 < 0, p.ess(), "a pure profile is an ESS iff it is a strict Nash equilibrium");
        assertEquals(l1 <= 0 && l2 <= 0, p.nash());
    }

    @Test
    void matchingPenniesCentreIsUndecidedByFriedman() {
        StabilityAnalysis a = StabilityAnalysis.of(
                org.egt4j.testing.TextbookGames.matchingPennies().bind());
        RestPoint centre = TextbookStabilityTest.at(a, new double[] {0.5, 0.5}, new double[] {0.5, 0.5});
        assertEquals(RestPoint.Friedman.Verdict.UNDECIDED, centre.friedman().verdict(), "det > 0, trace 0: a centre");
        assertTrue(centre.friedman().determinant() > 0);
        assertEquals(0, centre.friedman().trace(), 1e-15);
        assertTrue(centre.nash());
        assertFalse(centre.ess());
    }

    static Game rps(String win, String loss) {
        return Game.builder("generalized RPS")
                .population("players", List.of("rock", "paper", "scissors"), null)
                .matrix(new String[][] {
                    {"0", "-" + loss, win},
                    {win, "0", "-" + loss},
                    {"-" + loss, win, "0"}
                })
                .build();
    }

    @ParameterizedTest(name = "win {0}, loss {1}: ESS {2}")
    @CsvSource({"2, 1, true", "1, 2, false", "1, 1, false", "3, 2.9, true"})
    void theGeneralizedRpsCentreIsAnEssIffAWinPaysMoreThanALossCosts(String win, String loss, boolean ess) {
        StabilityAnalysis a = StabilityAnalysis.of(rps(win, loss).bind());
        RestPoint centre = TextbookStabilityTest.at(a, new double[] {1.0 / 3, 1.0 / 3, 1.0 / 3});
        assertTrue(centre.nash());
        assertEquals(ess, centre.ess());
        assertNull(centre.friedman(), "Friedman's test is for two populations of two strategies");
    }

    @Test
    void aMixedEquilibriumOnAnEdgeIsJudgedOnItsBestReplies() {
        // hawk–dove on the edge of a game with a third, inferior strategy: V = 2, C = 3 gives the mix
        // (2/3, 1/3, 0), an ESS; coordination [[2, 0], [0, 1]] gives (1/3, 2/3, 0), Nash but not an ESS
        Game hd = Game.builder("hawk-dove-loser")
                .population("animals", List.of("hawk", "dove", "loser"), null)
                .matrix(new String[][] {{"-1/2", "2", "5"}, {"0", "1", "5"}, {"-5", "-5", "-5"}})
                .build();
        RestPoint mix = TextbookStabilityTest.at(StabilityAnalysis.of(hd.bind()), new double[] {2.0 / 3, 1.0 / 3, 0});
        assertTrue(mix.nash());
        assertTrue(mix.ess());
        Game co = Game.builder("coordination-loser")
                .population("players", List.of("left", "right", "loser"), null)
                .matrix(new String[][] {{"2", "0", "5"}, {"0", "1", "5"}, {"-9", "-9", "-9"}})
                .build();
        RestPoint mixed = TextbookStabilityTest.at(StabilityAnalysis.of(co.bind()), new double[] {1.0 / 3, 2.0 / 3, 0});
        assertTrue(mixed.nash());
        assertFalse(mixed.ess());
    }

    @Test
    void aRestPointThatIsNotNashIsNoEss() {
        // the vertex "dove" of hawk–dove: hawks earn V = 2 > V/2 = 1 against doves
        Game hd = org.egt4j.testing.TextbookGames.hawkDove(2, 3);
        RestPoint dove = TextbookStabilityTest.at(StabilityAnalysis.of(hd.bind()), new double[] {0, 1});
        assertFalse(dove.nash());
        assertFalse(dove.ess());
        assertEquals(Stability.UNSTABLE, dove.stability());
    }
}
