package org.egt4j.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.egt4j.spec.SpecLoader;
import org.egt4j.stability.RestPoint;
import org.egt4j.stability.Stability;
import org.egt4j.stability.StabilityAnalysis;
import org.egt4j.stability.VertexTable;
import org.junit.jupiter.api.Test;

/** The key results each example's description states. */
class ExampleResultsTest {

    static StabilityAnalysis analyse(String name) {
        return StabilityAnalysis.of(
                SpecLoader.load(Path.of("games", name + ".yaml")).bind());
    }

    static List<RestPoint> ess(StabilityAnalysis a) {
        return a.restPoints().stream().filter(RestPoint::ess).toList();
    }

    @Test
    void hawkDoveEssIsAShareVOverCOfHawks() {
        List<RestPoint> ess = ess(analyse("hawk-dove"));
        assertEquals(1, ess.size());
        assertEquals(2.0 / 3, ess.get(0).shares()[0][0], 1e-12);
    }

    @Test
    void rockPaperScissorsHasAConservativeCentre() {
        StabilityAnalysis a = analyse("rock-paper-scissors");
        assertTrue(ess(a).isEmpty());
        RestPoint centre = a.restPoints().stream()
                .filter(p -> p.shares()[0][0] > 0.3 && p.shares()[0][0] < 0.4)
                .findFirst()
                .orElseThrow();
        assertEquals(Stability.NON_HYPERBOLIC, centre.stability());
        assertEquals(
                org.egt4j.stability.DirectMethod.Outcome.CONSERVED,
                centre.direct().verdict());
    }

    @Test
    void prisonersDilemmaOnlyEssIsMutualDefection() {
        List<RestPoint> ess = ess(analyse("prisoners-dilemma"));
        assertEquals(1, ess.size());
        assertEquals(0, ess.get(0).shares()[0][0], 0);
        assertEquals(0, ess.get(0).shares()[1][0], 0);
    }

    @Test
    void battleOfTheSexesHasTwoStrictEquilibria() {
        assertEquals(2, ess(analyse("battle-of-the-sexes")).size());
    }

    @Test
    void matchingPenniesCentreConservesTheRelativeEntropy() {
        StabilityAnalysis a = analyse("matching-pennies");
        assertTrue(ess(a).isEmpty());
        RestPoint centre = a.restPoints().get(a.restPoints().size() - 1);
        assertEquals(0.5, centre.shares()[0][0], 1e-12);
        assertEquals(
                org.egt4j.stability.DirectMethod.Outcome.CONSERVED,
                centre.direct().verdict());
    }

    @Test
    void windmillDefaultsGiveFullAdoptionWithAPassiveGovernment() {
        StabilityAnalysis a = analyse("windmill");
        List<RestPoint> ess = ess(a);
        assertEquals(1, ess.size());
        VertexTable.Vertex v = a.vertices().vertices().stream()
                .filter(VertexTable.Vertex::ess)
                .findFirst()
                .orElseThrow();
        assertEquals("(adopt, passive, open, invest)", v.label());
        VertexTable.Threshold s = v.thresholds().stream()
                .filter(t -> t.parameter().equals("S"))
                .findFirst()
                .orElseThrow();
        assertEquals(1, s.lower(), 1e-12, "passivity is stable once the subsidy exceeds V/2 - Cg - Sp = 1");
        assertFalse(
                a.vertices().vertices().get(0).ess(), "(adopt, support, open, invest) is not an ESS at the defaults");
    }

    @Test
    void knowledgeCollaborationIsBistableAndPenaltiesAbove125EndTheWithholdingRegime() {
        for (String name : List.of("knowledge", "knowledge-zh")) {
            StabilityAnalysis a = analyse(name);
            List<VertexTable.Vertex> ess = a.vertices().vertices().stream()
                    .filter(VertexTable.Vertex::ess)
                    .toList();
            assertEquals(2, ess.size(), name);
            VertexTable.Vertex withhold = ess.get(1);
            VertexTable.Threshold p = withhold.thresholds().stream()
                    .filter(t -> t.parameter().equals("P") || t.parameter().equals("违约金"))
                    .findFirst()
                    .orElseThrow();
            assertEquals(1.25, p.upper(), 1e-12, name + ": (L + C_E)/2 for the enterprise");
        }
    }

    @Test
    void guidanceFundGameHasAnInvestmentAndACollapseRegimeSeparatedBySubsidyThresholds() {
        StabilityAnalysis a = analyse("funds");
        List<VertexTable.Vertex> ess =
                a.vertices().vertices().stream().filter(VertexTable.Vertex::ess).toList();
        assertEquals(
                List.of("(invest, coinvest, follow)", "(abstain, freeride, stayout)"),
                ess.stream().map(VertexTable.Vertex::label).toList());
        VertexTable.Threshold s = ess.get(0).thresholds().stream()
                .filter(t -> t.parameter().equals("S"))
                .findFirst()
                .orElseThrow();
        // the fund invests while (B - S)E > G(1 + cg - (p + d)(1 + r)) + rs(1 - p - d) lev G: S < 1.32182
        assertEquals(1.5 - (1.4 * (1 + 0.2 - 0.85 * 1.3) + 0.3 * 0.15 * 1.4) / 1.1, s.upper(), 1e-12);
    }

    @Test
    void talentSecondmentIsBistableAndNeedsKnowHowAboveOne() {
        StabilityAnalysis a = analyse("talent");
        List<VertexTable.Vertex> ess =
                a.vertices().vertices().stream().filter(VertexTable.Vertex::ess).toList();
        assertEquals(
                List.of("(second, return, cofund)", "(keep, retain, abstain)"),
                ess.stream().map(VertexTable.Vertex::label).toList());
        VertexTable.Threshold k = ess.get(0).thresholds().stream()
                .filter(t -> t.parameter().equals("K"))
                .findFirst()
                .orElseThrow();
        assertEquals(1, k.lower(), 1e-12, "K > W - hW = 1");
    }

    @Test
    void instrumentSharingNeedsBuildingCostsAbove15() {
        StabilityAnalysis a = analyse("infrastructure");
        List<VertexTable.Vertex> ess =
                a.vertices().vertices().stream().filter(VertexTable.Vertex::ess).toList();
        assertEquals(
                List.of("(share, rent, subsidise)", "(exclusive, build, abstain)"),
                ess.stream().map(VertexTable.Vertex::label).toList());
        VertexTable.Threshold cb = ess.get(0).thresholds().stream()
                .filter(t -> t.parameter().equals("Cb"))
                .findFirst()
                .orElseThrow();
        assertEquals(1.5, cb.lower(), 1e-12, "Cb > F = 1.5");
    }

    /**
     * The instrument-sharing model under Smith's dynamic: its rest points are the Nash equilibria (the
     * replicator's Nash rest points, Sandholm 2010, Theorem 5.5.2); at a strict equilibrium of a game of
     * two-strategy populations Smith's field is V_j = −x_j (F_b − F_j) + o(x), so its eigenvalues are the
     * replicator's F_j − F_b; the mixed equilibrium is unstable.
     */
    @Test
    void instrumentSharingUnderSmithKeepsBothRegimesWithTheReplicatorsEigenvalues() {
        org.egt4j.game.BoundGame b =
                SpecLoader.load(Path.of("games", "infrastructure.yaml")).bind();
        StabilityAnalysis replicator = StabilityAnalysis.of(b);
        StabilityAnalysis smith = StabilityAnalysis.of(b, org.egt4j.dynamics.SmithDynamics.INSTANCE);
        List<RestPoint> nash =
                replicator.restPoints().stream().filter(RestPoint::nash).toList();
        assertEquals(3, nash.size());
        assertEquals(nash.size(), smith.restPoints().size());
        for (int i = 0; i < nash.size(); i++) {
            RestPoint r = nash.get(i);
            RestPoint s = smith.restPoints().get(i);
            assertEquals(java.util.Arrays.deepToString(r.shares()), java.util.Arrays.deepToString(s.shares()));
            if (r.ess()) {
                assertEquals(Stability.STABLE, s.stability());
                assertEquals(RestPoint.Basis.LINEARIZATION, s.basis());
                for (int k = 0; k < 3; k++) {
                    assertEquals(
                            r.eigenvalues().get(k).re(), s.eigenvalues().get(k).re(), 1e-12);
                }
            } else {
                assertEquals(Stability.UNSTABLE, s.stability(), "the mixed equilibrium");
                assertEquals(RestPoint.Basis.SIMULATION, s.basis());
            }
        }
    }

    /**
     * The instrument-sharing model under best response (docs/models/infrastructure.md): the same three Nash
     * equilibria, the two strict ones stable with eigenvalues −1 (the best reply is unique there, the
     * field b − x), the mixed one unstable; of the 2 000 basin starts (seed 1) 58% reach sharing. The
     * counts of the analysis (first entry into a ball of radius 10<sup>−3</sup>) are checked against a
     * second route: every start's exact path sampled at t = 1000 and assigned to the attractor it ends at.
     */
    @Test
    void instrumentSharingUnderBestResponseShiftsTheBasinsTowardsSharing() {
        org.egt4j.game.BoundGame b =
                SpecLoader.load(Path.of("games", "infrastructure.yaml")).bind();
        org.egt4j.dynamics.BestResponseDynamics br = org.egt4j.dynamics.BestResponseDynamics.INSTANCE;
        StabilityAnalysis a = StabilityAnalysis.of(b, br);
        assertEquals(3, a.restPoints().size());
        for (RestPoint p : a.restPoints()) {
            if (p.ess()) {
                assertEquals(Stability.STABLE, p.stability());
                p.eigenvalues().forEach(e -> assertEquals(-1, e.re(), 1e-12));
            } else {
                assertEquals(Stability.UNSTABLE, p.stability());
            }
        }
        var s = org.egt4j.analysis.AnalysisSettings.DEFAULT;
        var basins = org.egt4j.analysis.BasinEstimate.of(
                b, a, s.basinSamples(), s.seed(), s.basinTime(), org.egt4j.ode.SolverSettings.DEFAULT, 2);
        var sharing = basins.attractors().stream()
                .filter(t -> t.shares()[0][0] == 1)
                .findFirst()
                .orElseThrow();
        assertEquals(0.58, sharing.share(), 0.005, "58% reach sharing");
        long ends = 0;
        for (int i = 0; i < s.basinSamples(); i++) {
            double[] x = org.egt4j.analysis.BasinEstimate.startOf(b.game(), s.seed(), i);
            double[] end = org.egt4j.dynamics.BestResponseDynamics.trajectory(b, x, new double[] {0, 1000})[1];
            ends += end[0] > 0.999 ? 1 : 0;
        }
        assertEquals(sharing.count(), ends, "the same starts end at sharing");
    }

    /**
     * The instrument-sharing model under the logit dynamic, η = 0.1: three logit equilibria, stable near
     * the two strict equilibria and a saddle near the mixed one; each satisfies the logit fixed point per
     * population, e.g. z = 1/(1 + e^{−(Axy − sx − g0)/η}) for the government, which near duplication (x,
     * y ≈ 0) is about 1/(1 + e^{g0/η}) = 1/(1 + e).
     */
    @Test
    void instrumentSharingUnderLogitKeepsTwoStableRegimesAndNoiseMovesTheGovernment() {
        org.egt4j.game.BoundGame b =
                SpecLoader.load(Path.of("games", "infrastructure.yaml")).bind();
        double eta = 0.1;
        List<RestPoint> points = StabilityAnalysis.of(b, org.egt4j.dynamics.LogitDynamics.of(eta))
                .restPoints();
        assertEquals(3, points.size());
        assertEquals(
                2,
                points.stream().filter(p -> p.stability() == Stability.STABLE).count());
        assertEquals(
                1,
                points.stream().filter(p -> p.stability() == Stability.SADDLE).count());
        for (RestPoint p : points) {
            double x = p.shares()[0][0];
            double y = p.shares()[1][0];
            double z = p.shares()[2][0];
            // A = 3, s = 0.8, g0 = 0.1 (the spec's defaults)
            assertEquals(1 / (1 + Math.exp(-(3 * x * y - 0.8 * x - 0.1) / eta)), z, 1e-9, "government's logit choice");
            if (x < 0.01) {
                assertEquals(1 / (1 + Math.E), z, 1e-2, "duplication regime");
            }
        }
    }

    /**
     * The stag hunt under logit choice (η = 0.2, S = 4): with x the stag share, the logit equilibria solve
     * x = 1/(1 + e^{−λ(4x − 3)}), so on every branch λ(x) = ln(x/(1 − x))/(4x − 3) (McKelvey and Palfrey
     * 1995). Three equilibria at λ = 5: the hare equilibrium on the branch from the centre, and on the
     * second component a stable stag equilibrium and an unstable one, separated by the fold at the minimum
     * of λ(x) over x ∈ (3/4, 1), λ ≈ 3.5890 (bisection on λ'(x) = 0 below).
     */
    @Test
    void stagHuntUnderLogitHasThreeEquilibriaAndAFoldAboveThreeAndAHalf() {
        var spec = SpecLoader.loadSpec(Path.of("games", "stag-hunt-logit.yaml"));
        StabilityAnalysis a = StabilityAnalysis.of(spec.game().bind(), spec.dynamics());
        assertEquals(3, a.restPoints().size());
        for (RestPoint p : a.restPoints()) {
            double x = p.shares()[0][0];
            assertEquals(1 / (1 + Math.exp(-5 * (4 * x - 3))), x, 1e-12, "the logit fixed point");
            assertEquals(x > 0.9 || x < 0.1 ? Stability.STABLE : Stability.UNSTABLE, p.stability(), "x = " + x);
        }
        var lc = a.restPointSearch().logit();
        assertEquals(2, lc.branches().size());
        assertTrue(lc.branches().get(0).principal());
        assertEquals(1, lc.branches().get(1).folds().size());
        double lo = 0.75 + 1e-9;
        double hi = 1 - 1e-12;
        for (int i = 0; i < 200; i++) { // λ'(x) has the sign of (4x − 3) − 4x(1 − x) ln(x/(1 − x)): − then +
            double mid = (lo + hi) / 2;
            double g = (4 * mid - 3) - 4 * mid * (1 - mid) * Math.log(mid / (1 - mid));
            if (g < 0) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        double x = (lo + hi) / 2;
        assertEquals(
                Math.log(x / (1 - x)) / (4 * x - 3),
                lc.branches().get(1).folds().get(0).lambda(),
                1e-8);
    }

    @Test
    void windmillWithTheAllianceKeepsTheEssAndAddsDeepCooperation() {
        List<RestPoint> ess = ess(analyse("windmill-iur"));
        assertEquals(1, ess.size());
        assertEquals(1.0, ess.get(0).shares()[4][0], 0, "the alliance cooperates deeply");
    }

    @Test
    void everyModelDocumentHoldsTheCurrentSpec() throws java.io.IOException {
        for (String name : List.of("windmill", "windmill-iur", "knowledge", "talent", "funds", "infrastructure")) {
            String doc = java.nio.file.Files.readString(Path.of("..", "docs", "models", name + ".md"));
            String spec = java.nio.file.Files.readString(Path.of("games", name + ".yaml"))
                    .strip();
            assertTrue(doc.contains(spec), name + ".md is stale: run python3 docs/models/regenerate.py " + name);
        }
    }
}
