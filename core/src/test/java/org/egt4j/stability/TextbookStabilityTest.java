package org.egt4j.stability;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.egt4j.expr.Printer;
import org.egt4j.game.Game;
import org.egt4j.testing.TextbookGames;
import org.junit.jupiter.api.Test;

/**
 * Stability analyses of textbook games against their published results (Hofbauer and Sigmund,
 * "Evolutionary Games and Population Dynamics", 1998; Weibull, "Evolutionary Game Theory", 1995;
 * Zeeman, "Population dynamics from game theory", 1980; Friedman, Econometrica 1991).
 */
class TextbookStabilityTest {

    static RestPoint at(StabilityAnalysis a, double[]... shares) {
        for (RestPoint p : a.restPoints()) {
            boolean same = true;
            for (int k = 0; k < shares.length; k++) {
                for (int i = 0; i < shares[k].length; i++) {
                    same &= Math.abs(p.shares()[k][i] - shares[k][i]) < 1e-9;
                }
            }
            if (same) {
                return p;
            }
        }
        throw new AssertionError("no rest point at " + java.util.Arrays.deepToString(shares) + " in "
                + a.restPoints().size() + " points");
    }

    static void assertEigenvalues(RestPoint p, double... reIm) {
        assertEquals(reIm.length / 2, p.eigenvalues().size(), p.eigenvalues().toString());
        for (int i = 0; i < p.eigenvalues().size(); i++) {
            assertEquals(
                    reIm[2 * i],
                    p.eigenvalues().get(i).re(),
                    1e-9,
                    p.eigenvalues().toString());
            assertEquals(
                    reIm[2 * i + 1],
                    p.eigenvalues().get(i).im(),
                    1e-9,
                    p.eigenvalues().toString());
        }
    }

    @Test
    void hawkDoveHasItsEssAtVOverCWithEigenvalueMinusVTimesCMinusVOverTwoC() {
        Game hd = TextbookGames.hawkDove(2, 3);
        StabilityAnalysis a = StabilityAnalysis.of(hd.bind(Map.of("V", 2.0, "C", 5.0)));
        assertEquals(3, a.restPoints().size());
        RestPoint ess = at(a, new double[] {0.4, 0.6});
        assertTrue(ess.exact());
        assertEigenvalues(ess, -2.0 * (5 - 2) / (2 * 5), 0);
        assertEquals(Stability.STABLE, ess.stability());
        assertTrue(ess.nash() && ess.ess());
        RestPoint hawks = at(a, new double[] {1, 0});
        assertEquals(Stability.UNSTABLE, hawks.stability());
        assertFalse(hawks.nash());
        // symbolic vertex table: at all-hawk, the dove's advantage is (C - V)/2
        VertexTable.Vertex allHawk = a.vertices().vertices().get(0);
        assertEquals("(hawk)", allHawk.label());
        assertEquals(
                "C/2 - V/2", Printer.TEXT.print(allHawk.eigenvalues().get(0).expression()));
        assertEquals(1.5, allHawk.eigenvalues().get(0).value(), 1e-15);
        assertEquals(List.of("C/2 - V/2 < 0"), allHawk.essConditions());
        // (hawk) is an ESS iff V > 5, and iff C < 2 (others fixed)
        ThresholdStatement v = allHawk.thresholds().get(0).statement();
        assertEquals(ThresholdStatement.Kind.ESS_ABOVE, v.kind());
        assertEquals("V", v.parameter());
        assertEquals(5, v.from(), 1e-12);
        ThresholdStatement c = allHawk.thresholds().get(1).statement();
        assertEquals(ThresholdStatement.Kind.ESS_BELOW, c.kind());
        assertEquals("C", c.parameter());
        assertEquals(2, c.to(), 1e-12);
    }

    static Game rps(String win, String lose) {
        return Game.builder("RPS")
                .parameter("a", 1)
                .parameter("b", 1)
                .population("rps", "rock", "paper", "scissors")
                .matrix(new String[][] {{"0", lose, win}, {win, "0", lose}, {lose, win, "0"}})
                .build();
    }

    @Test
    void standardRockPaperScissorsHasACentreAtTheBarycentreAndSaddleVertices() {
        StabilityAnalysis a = StabilityAnalysis.of(rps("a", "-b").bind());
        assertEquals(4, a.restPoints().size(), "three vertices and the barycentre; no edge rest points");
        RestPoint centre = at(a, new double[] {1.0 / 3, 1.0 / 3, 1.0 / 3});
        assertEigenvalues(centre, 0, 1 / Math.sqrt(3), 0, -1 / Math.sqrt(3));
        assertEquals(Stability.NON_HYPERBOLIC, centre.stability());
        assertTrue(centre.nash());
        assertFalse(centre.ess());
        assertNotNull(centre.direct());
        assertEquals(DirectMethod.Outcome.CONSERVED, centre.direct().verdict());
        RestPoint rock = at(a, new double[] {1, 0, 0});
        assertEquals(Stability.SADDLE, rock.stability());
        assertEigenvalues(rock, 1, 0, -1, 0);
    }

    @Test
    void rockPaperScissorsWithWinsAboveLossesHasAnAsymptoticallyStableEssCentre() {
        StabilityAnalysis a = StabilityAnalysis.of(rps("a", "-b").bind(Map.of("a", 2.0, "b", 1.0)));
        RestPoint centre = at(a, new double[] {1.0 / 3, 1.0 / 3, 1.0 / 3});
        assertEquals(Stability.STABLE, centre.stability());
        assertTrue(centre.ess(), "a > b: the barycentre is an ESS (Hofbauer–Sigmund §7.7)");
    }

    @Test
    void zeemansGameHasAStableInteriorPointThatIsNotAnEss() {
        Game zeeman = Game.builder("Zeeman")
                .population("p", "e1", "e2", "e3")
                .matrix(new String[][] {{"0", "6", "-4"}, {"-3", "0", "5"}, {"-1", "3", "0"}})
                .build();
        StabilityAnalysis a = StabilityAnalysis.of(zeeman.bind());
        RestPoint interior = at(a, new double[] {1.0 / 3, 1.0 / 3, 1.0 / 3});
        assertEquals(Stability.STABLE, interior.stability());
        assertTrue(interior.nash());
        assertFalse(interior.ess());
        RestPoint e1 = at(a, new double[] {1, 0, 0});
        assertTrue(e1.ess());
        assertEquals(Stability.STABLE, e1.stability());
    }

    @Test
    void battleOfTheSexesHasTwoStableVerticesAndAnInteriorSaddle() {
        Game bos = TextbookGames.battleOfTheSexes();
        StabilityAnalysis a = StabilityAnalysis.of(bos.bind());
        assertEquals(5, a.restPoints().size());
        RestPoint mixed = at(a, new double[] {2.0 / 3, 1.0 / 3}, new double[] {1.0 / 3, 2.0 / 3});
        assertEigenvalues(mixed, 2.0 / 3, 0, -2.0 / 3, 0);
        assertEquals(Stability.SADDLE, mixed.stability());
        assertTrue(mixed.nash());
        assertFalse(mixed.ess());
        assertEquals(RestPoint.Friedman.Verdict.SADDLE, mixed.friedman().verdict());
        RestPoint opera = at(a, new double[] {1, 0}, new double[] {1, 0});
        assertEquals(Stability.STABLE, opera.stability());
        assertTrue(opera.ess());
        assertEquals(RestPoint.Friedman.Verdict.STABLE, opera.friedman().verdict());
        long stableVertices = a.vertices().vertices().stream()
                .filter(v -> v.stability() == Stability.STABLE)
                .count();
        assertEquals(2, stableVertices);
    }

    @Test
    void matchingPenniesHasACentreWithConservedRelativeEntropy() {
        Game mp = TextbookGames.matchingPennies();
        StabilityAnalysis a = StabilityAnalysis.of(mp.bind());
        RestPoint centre = at(a, new double[] {0.5, 0.5}, new double[] {0.5, 0.5});
        assertEigenvalues(centre, 0, 1, 0, -1);
        assertEquals(Stability.NON_HYPERBOLIC, centre.stability());
        assertEquals(DirectMethod.Outcome.CONSERVED, centre.direct().verdict());
        assertEquals(RestPoint.Friedman.Verdict.UNDECIDED, centre.friedman().verdict());
        for (VertexTable.Vertex v : a.vertices().vertices()) {
            assertEquals(Stability.SADDLE, v.stability());
        }
    }

    @Test
    void prisonersDilemmaDefectionIsTheOnlyEss() {
        Game pd = Game.builder("PD")
                .parameter("R", 3)
                .parameter("S", 0)
                .parameter("T", 5)
                .parameter("P", 1)
                .population("players", List.of("cooperate", "defect"), "x")
                .matrix(new String[][] {{"R", "S"}, {"T", "P"}})
                .build();
        StabilityAnalysis a = StabilityAnalysis.of(pd.bind());
        assertEquals(2, a.restPoints().size());
        assertTrue(at(a, new double[] {0, 1}).ess());
        assertFalse(at(a, new double[] {1, 0}).ess());
        VertexTable.Vertex defect = a.vertices().vertices().get(1);
        assertEquals(List.of("S - P < 0"), defect.essConditions());
        assertTrue(defect.overBox() == null || defect.overBox().verdict() == BoxVerdict.EVERYWHERE);
    }

    @Test
    void aThreePopulationVertexTableDerivedByHand() {
        // government (support/ignore, share y), firms (cooperate/defect, x), universities (share/withhold, z)
        Game g = Game.builder("triad")
                .parameter("S", 2, 0, 6)
                .parameter("C", 3)
                .parameter("F", 1)
                .parameter("B", 4)
                .population("firms", List.of("cooperate", "defect"), "x")
                .population("gov", List.of("support", "ignore"), "y")
                .population("uni", List.of("share", "withhold"), "z")
                .fitness("firms", "cooperate", "S*y + B*z - C")
                .fitness("firms", "defect", "-F*y")
                .fitness("gov", "support", "B*x - S*x")
                .fitness("gov", "ignore", "0")
                .fitness("uni", "share", "B*x - C/2")
                .fitness("uni", "withhold", "0")
                .build();
        StabilityAnalysis a = StabilityAnalysis.of(g.bind());
        // at (cooperate, support, share): λ_firms = -F - (S + B - C), λ_gov = -(B - S), λ_uni = -(B - C/2)
        VertexTable.Vertex v = a.vertices().vertices().get(0);
        assertEquals("(cooperate, support, share)", v.label());
        assertEquals(g.expression("-F - S - B + C"), v.eigenvalues().get(0).expression());
        assertEquals(g.expression("S - B"), v.eigenvalues().get(1).expression());
        assertEquals(g.expression("C/2 - B"), v.eigenvalues().get(2).expression());
        assertArrayEquals(
                new double[] {-4, -2, -2.5},
                v.eigenvalues().stream()
                        .mapToDouble(VertexTable.VertexEigenvalue::value)
                        .toArray(),
                1e-15);
        assertTrue(v.ess());
        // S: λ_firms < 0 iff S > C - F - B = -2; λ_gov < 0 iff S < B = 4: an ESS iff -2 < S < 4
        VertexTable.Threshold s = v.thresholds().stream()
                .filter(t -> t.parameter().equals("S"))
                .findFirst()
                .orElseThrow();
        assertEquals(-2, s.lower(), 1e-12);
        assertEquals(4, s.upper(), 1e-12);
        // the lower threshold -2 lies below the range [0, 6]: an ESS iff S < 4
        assertEquals(ThresholdStatement.Kind.ESS_BELOW, s.statement().kind());
        assertEquals(4, s.statement().to(), 1e-12);
        assertEquals(g.expression("C - F - B"), s.criticals().get(0).split().constant());
        assertEquals(g.expression("-1"), s.criticals().get(0).split().slope());
        assertEquals(BoxVerdict.SOMEWHERE, v.overBox().verdict(), "S ranges over [0, 6], the threshold 4 lies inside");
        assertEquals(List.of("S"), v.overBox().parameters());
        assertTrue(v.overBox().essWitness()[0] < 4 && v.overBox().nonEssWitness()[0] > 4);
        // at (defect, ignore, withhold): λ_firms = B*0 + ... = S*0 + B*0 - C - 0 = -C, λ_gov = 0, λ_uni = -C/2
        VertexTable.Vertex w = a.vertices().vertices().get(7);
        assertEquals("(defect, ignore, withhold)", w.label());
        assertEquals(Stability.NON_HYPERBOLIC, w.stability());
        assertFalse(w.ess());
    }

    @Test
    void continuaOfRestPointsAreReportedAsSetsNotAsManyPoints() {
        // a and b earn the same against everything: the edge a–b is all rest points, and inside the
        // simplex f_a = f_b = x_a + x_b equals f_c = 2 x_c on the segment x_c = 1/3
        Game g = Game.builder("edge")
                .population("p", "a", "b", "c")
                .matrix(new String[][] {{"1", "1", "0"}, {"1", "1", "0"}, {"0", "0", "2"}})
                .build();
        StabilityAnalysis a = StabilityAnalysis.of(g.bind());
        assertEquals(2, a.restPointSets().size(), a.restPointSets().toString());
        RestPointSet edge = a.restPointSets().get(0);
        assertEquals(1, edge.dimension());
        assertArrayEquals(new int[] {0, 1}, edge.support()[0]);
        for (double[][] s : edge.samples()) {
            assertEquals(0, s[0][2], 1e-15);
        }
        RestPointSet segment = a.restPointSets().get(1);
        assertArrayEquals(new int[] {0, 1, 2}, segment.support()[0]);
        for (double[][] s : segment.samples()) {
            assertEquals(1.0 / 3, s[0][2], 1e-12);
        }
        assertEquals(3, a.restPoints().size(), "only the three vertices are isolated points");
    }

    @Test
    void aLineOfEquilibriaInATwoPopulationGameIsFoundByExactAlgebra() {
        // the column player is indifferent: every column mix with the row at a best reply is a rest point
        Game g = Game.builder("indifferent")
                .population("row", List.of("up", "down"), "x")
                .population("column", List.of("left", "right"), "y")
                .payoff(List.of("up", "left"), "1", "0")
                .payoff(List.of("up", "right"), "0", "0")
                .payoff(List.of("down", "left"), "0", "0")
                .payoff(List.of("down", "right"), "0", "0")
                .build();
        StabilityAnalysis a = StabilityAnalysis.of(g.bind());
        // with the row at 'up', the column earns 0 whatever it plays: the whole edge {up} x [left, right] is rest
        // points
        assertTrue(
                a.restPointSets().stream()
                        .anyMatch(s -> s.dimension() == 1 && s.support()[0].length == 1 && s.support()[1].length == 2),
                a.restPointSets().toString());
    }

    @Test
    void userSuppliedLyapunovCandidatesAreTestedAlongTheField() {
        Game mp = TextbookGames.matchingPennies();
        double[][] centre = {{0.5, 0.5}, {0.5, 0.5}};
        DirectMethod.Verdict conserved =
                DirectMethod.candidate(mp.bind(), centre, s -> -Math.log(s[0][0] * s[0][1] * s[1][0] * s[1][1]));
        assertEquals(DirectMethod.Outcome.CONSERVED, conserved.verdict());
        Game hd = TextbookGames.hawkDove(2, 3);
        DirectMethod.Verdict decreasing = DirectMethod.candidate(
                hd.bind(), new double[][] {{2.0 / 3, 1.0 / 3}}, s -> (s[0][0] - 2.0 / 3) * (s[0][0] - 2.0 / 3));
        assertEquals(DirectMethod.Outcome.DECREASING, decreasing.verdict());
        DirectMethod.Verdict wrong =
                DirectMethod.candidate(hd.bind(), new double[][] {{2.0 / 3, 1.0 / 3}}, s -> s[0][0]);
        assertEquals(DirectMethod.Outcome.INCONCLUSIVE, wrong.verdict());
    }
}
