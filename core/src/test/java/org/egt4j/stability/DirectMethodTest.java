package org.egt4j.stability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.egt4j.game.Game;
import org.egt4j.testing.TextbookGames;
import org.junit.jupiter.api.Test;

/**
 * Lyapunov's direct method with the relative entropy, against closed forms: in hawk–dove dV/dt =
 * −(x* − x)(f<sub>H</sub> − f<sub>D</sub>) = −(C/2)(x − x*)² ≤ 0, in standard Rock–Paper–Scissors dV/dt
 * ≡ 0, and in the generalized game (win a, loss b) dV/dt = (a − b)(1/3 − Σx<sub>i</sub>²)/2, whose
 * sign is that of b − a since Σx<sub>i</sub>² ≥ 1/3 (Hofbauer and Sigmund 1998, §7.7).
 */
class DirectMethodTest {

    @Test
    void hawkDoveEntropyDecreasesLikeAQuadratic() {
        Game hd = TextbookGames.hawkDove(2, 3); // x* = V/C = 2/3
        DirectMethod.Verdict v = DirectMethod.relativeEntropy(hd.bind(), new double[][] {{2.0 / 3, 1.0 / 3}});
        assertEquals(DirectMethod.Outcome.DECREASING, v.verdict());
        assertEquals(DirectMethod.SAMPLES, v.samples());
        assertTrue(v.maxDerivative() < 0, "max " + v.maxDerivative());
        // the steepest decrease on the simplex is at x = 0: −(3/2)(2/3)² = −2/3
        assertTrue(v.minDerivative() >= -2.0 / 3 - 1e-12, "min " + v.minDerivative());
        assertTrue(v.minDerivative() < -0.2, "far samples reach well down: " + v.minDerivative());
    }

    @Test
    void standardRockPaperScissorsConservesTheEntropy() {
        DirectMethod.Verdict v = DirectMethod.relativeEntropy(
                TextbookGames.rockPaperScissors().bind(), new double[][] {{1.0 / 3, 1.0 / 3, 1.0 / 3}});
        assertEquals(DirectMethod.Outcome.CONSERVED, v.verdict());
        assertEquals(0, v.maxDerivative(), 1e-12);
        assertEquals(0, v.minDerivative(), 1e-12);
    }

    @Test
    void generalizedRockPaperScissorsDecreasesIffWinsPayMore() {
        double[][] centre = {{1.0 / 3, 1.0 / 3, 1.0 / 3}};
        DirectMethod.Verdict stable =
                DirectMethod.relativeEntropy(JudgeTest.rps("2", "1").bind(), centre);
        assertEquals(DirectMethod.Outcome.DECREASING, stable.verdict());
        DirectMethod.Verdict unstable =
                DirectMethod.relativeEntropy(JudgeTest.rps("1", "2").bind(), centre);
        assertEquals(DirectMethod.Outcome.INCONCLUSIVE, unstable.verdict());
        assertTrue(unstable.maxDerivative() > 0);
        assertEquals(
                -stable.minDerivative(), unstable.maxDerivative(), 1e-12, "swapping a and b flips the sign of dV/dt");
    }

    @Test
    void aVertexIsTestedAcrossItsFaceAndInItsNeighbourhood() {
        // the pure ESS "defect" of the prisoner's dilemma: V = −ln x_D decreases wherever x_D < 1
        Game pd = Game.builder("pd")
                .population("players", java.util.List.of("cooperate", "defect"), "x")
                .matrix(new String[][] {{"3", "0"}, {"5", "1"}})
                .build();
        DirectMethod.Verdict v = DirectMethod.relativeEntropy(pd.bind(), new double[][] {{0, 1}});
        assertEquals(DirectMethod.Outcome.DECREASING, v.verdict());
        assertTrue(
                v.samples() <= DirectMethod.SAMPLES && v.samples() >= DirectMethod.SAMPLES / 2,
                "samples " + v.samples());
    }
}
