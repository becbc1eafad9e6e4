package org.egt4j.stability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.LongStream;
import org.egt4j.dynamics.LogitDynamics;
import org.egt4j.dynamics.VectorField;
import org.egt4j.game.BoundGame;
import org.egt4j.game.Game;
import org.egt4j.stability.RestPointSearch.Method;
import org.egt4j.testing.RandomGames;
import org.egt4j.testing.TextbookGames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The logit correspondence by continuation in λ = 1/η against closed forms, the field and multi-start Newton. */
class LogitContinuationTest {

    /** Coordination (a, 0; 0, b), one population: F₁ = a x, F₂ = b(1 − x). */
    static Game coordination(double a, double b) {
        return Game.builder("coordination")
                .population("p", "s1", "s2")
                .matrix(new String[][] {{Double.toString(a), "0"}, {"0", Double.toString(b)}})
                .build();
    }

    /**
     * The logit equilibria of the coordination game solve x = σ(λ((a + b)x − b)), so on every branch λ(x) =
     * ln(x/(1 − x)) / ((a + b)x − b) (McKelvey and Palfrey 1995, §4 for 2×2 games). The component below x*
     * = b/(a + b) has a fold at the minimum of λ(x): where λ'(x) = 0, i.e. (a + b)x − b = (a + b)x(1 −
     * x)ln(x/(1 − x)), solved here by bisection.
     */
    @Test
    void coordinationBranchesFollowTheClosedFormAndTheFoldIsWhereItsDerivativeVanishes() {
        double a = 2;
        double b = 1;
        double eta = 0.1;
        StabilityAnalysis an = StabilityAnalysis.of(coordination(a, b).bind(), LogitDynamics.of(eta));
        LogitCorrespondence lc = an.restPointSearch().logit();
        assertNotNull(lc);
        assertEquals(3, an.restPoints().size(), "three logit equilibria at eta = 0.1");
        assertEquals(2, lc.branches().size(), "the principal branch and the component with the fold");
        for (LogitCorrespondence.Branch br : lc.branches()) {
            for (LogitCorrespondence.Point p : br.points()) {
                double x = p.shares()[0][0];
                if (p.lambda() > 1e-6 && Math.abs((a + b) * x - b) > 1e-3 && Math.min(x, 1 - x) > 1e-6) {
                    double closed = Math.log(x / (1 - x)) / ((a + b) * x - b);
                    assertEquals(closed, p.lambda(), 1e-8 * Math.max(1, closed), "lambda(x) at x = " + x);
                }
            }
        }
        LogitCorrespondence.Branch principal = lc.branches().get(0);
        assertTrue(principal.principal());
        assertTrue(principal.folds().isEmpty());
        for (LogitCorrespondence.Point p : principal.points()) {
            assertEquals(Stability.STABLE, p.stability(), "the principal branch of a coordination game is stable");
        }
        LogitCorrespondence.Branch other = lc.branches().get(1);
        assertEquals(1, other.folds().size());
        double lo = 1e-6;
        double hi = b / (a + b) - 1e-9;
        for (int it = 0; it < 200; it++) { // λ'(x) < 0 left of the fold, > 0 right of it
            double mid = (lo + hi) / 2;
            double g = (a + b) * mid - b - (a + b) * mid * (1 - mid) * Math.log(mid / (1 - mid));
            if (g < 0) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        double xFold = (lo + hi) / 2;
        double lambdaFold = Math.log(xFold / (1 - xFold)) / ((a + b) * xFold - b);
        LogitCorrespondence.Fold fold = other.folds().get(0);
        assertEquals(lambdaFold, fold.lambda(), 1e-8, "the fold's lambda");
        assertEquals(xFold, fold.shares()[0][0], 1e-4, "the fold's share (lambda is flat there)");
        // stability changes at the fold: the part towards x* is unstable (one dimension: one eigenvalue), towards 0
        // stable
        for (LogitCorrespondence.Point p : other.points()) {
            double x = p.shares()[0][0];
            if (Math.abs(x - xFold) > 1e-3) {
                assertEquals(x < xFold ? Stability.STABLE : Stability.UNSTABLE, p.stability(), "at x = " + x);
            }
        }
        List<Method> foundBy = an.restPointSearch().foundBy();
        assertEquals(
                1, foundBy.stream().filter(m -> m == Method.LOGIT_CONTINUATION).count());
        assertEquals(
                2, foundBy.stream().filter(m -> m == Method.MULTI_START_NEWTON).count());
    }

    /**
     * Rock–paper–scissors: by symmetry the centre is the logit equilibrium for every λ, and there the
     * logit Jacobian has eigenvalues −1 ± iλ/√3 (issue #13: −1 ± i/(√3η)).
     */
    @Test
    void rockPaperScissorsStaysAtTheCentreWithEigenvaluesMinusOnePlusMinusILambdaOverRootThree() {
        BoundGame bound = TextbookGames.rockPaperScissors().bind();
        StabilityAnalysis an = StabilityAnalysis.of(bound, LogitDynamics.of(0.2));
        LogitCorrespondence lc = an.restPointSearch().logit();
        assertEquals(1, lc.branches().size());
        LogitCorrespondence.Branch br = lc.branches().get(0);
        assertTrue(br.points().get(br.points().size() - 1).lambda() >= 5, "followed past lambda = 1/eta");
        for (LogitCorrespondence.Point p : br.points()) {
            for (double s : p.shares()[0]) {
                assertEquals(1.0 / 3, s, 1e-12, "lambda " + p.lambda());
            }
            assertEquals(Stability.STABLE, p.stability());
        }
        assertEquals(1, an.restPoints().size());
        RestPoint centre = an.restPoints().get(0);
        assertEquals(-1, centre.eigenvalues().get(0).re(), 1e-10);
        assertEquals(5 / Math.sqrt(3), Math.abs(centre.eigenvalues().get(0).im()), 1e-10);
        assertEquals(List.of(Method.LOGIT_CONTINUATION), an.restPointSearch().foundBy());
    }

    /** Asymmetric matching pennies (matcher 2, −1; −1, 1 against the mismatcher): Nash at x = y = 2/5. */
    static Game asymmetricPennies() {
        return Game.builder("pennies")
                .population("matcher", List.of("heads", "tails"), "x")
                .population("mismatcher", List.of("heads", "tails"), "y")
                .fitness("matcher", "heads", "3*y - 1")
                .fitness("matcher", "tails", "1 - 2*y")
                .fitness("mismatcher", "heads", "1 - 3*x")
                .fitness("mismatcher", "tails", "2*x - 1")
                .build();
    }

    /** Matching pennies has a unique logit equilibrium for every λ, and it tends to the Nash point. */
    @Test
    void matchingPenniesHasOneBranchThatTendsToTheNashPoint() {
        StabilityAnalysis an = StabilityAnalysis.of(asymmetricPennies().bind(), LogitDynamics.of(0.005));
        LogitCorrespondence lc = an.restPointSearch().logit();
        assertEquals(1, lc.branches().size());
        assertEquals(1, an.restPoints().size());
        LogitCorrespondence.Branch br = lc.branches().get(0);
        assertTrue(br.folds().isEmpty());
        double previous = Double.POSITIVE_INFINITY;
        for (LogitCorrespondence.Point p : br.points()) {
            if (p.lambda() > 20) {
                double d = Math.max(Math.abs(p.shares()[0][0] - 0.4), Math.abs(p.shares()[1][0] - 0.4));
                assertTrue(d <= previous + 1e-12, "distance to Nash decreases along the branch");
                previous = d;
            }
        }
        assertTrue(previous < 0.01, "at lambda = 300 within 0.01 of Nash: " + previous);
        RestPoint p = an.restPoints().get(0);
        assertEquals(0.4, p.shares()[0][0], 0.01);
        assertEquals(0.4, p.shares()[1][0], 0.01);
    }

    static LongStream seeds() {
        return RandomGames.seeds(24);
    }

    /**
     * Random games: every branch point is a zero of the logit field at η = 1/λ (the dynamic's own field,
     * compiled), consecutive points are close (continuity), and every rest point found by multi-start
     * Newton at η lies on one of the branches.
     */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void everyBranchPointIsALogitEquilibriumAndTheBranchesAreContinuous(long seed) {
        Game game = RandomGames.recipe(seed).build();
        BoundGame bound = game.bind();
        double eta = 0.5;
        StabilityAnalysis an = StabilityAnalysis.of(bound, LogitDynamics.of(eta));
        LogitCorrespondence lc = an.restPointSearch().logit();
        for (LogitCorrespondence.Branch br : lc.branches()) {
            LogitCorrespondence.Point prev = null;
            for (LogitCorrespondence.Point p : br.points()) {
                if (p.lambda() > 1e-9) {
                    VectorField field = LogitDynamics.of(1 / p.lambda()).field(bound);
                    double[] x = reduced(game, p.shares());
                    double[] v = new double[x.length];
                    field.derivative(x, v);
                    for (double c : v) {
                        assertEquals(0, c, 1e-10, "seed " + seed + ", lambda " + p.lambda());
                    }
                }
                if (prev != null) {
                    double[] a = reduced(game, prev.shares());
                    double[] b = reduced(game, p.shares());
                    for (int i = 0; i < a.length; i++) {
                        assertTrue(
                                Math.abs(a[i] - b[i]) <= LogitContinuation.MAX_SHARE_STEP + 1e-12,
                                "continuity, seed " + seed);
                    }
                }
                prev = p;
            }
        }
        LogitContinuation c = new LogitContinuation(bound);
        for (RestPoints.Candidate m :
                FieldRestPoints.find(bound, LogitDynamics.of(eta).field(bound)).points()) {
            boolean onBranch = false;
            for (LogitCorrespondence.Branch br : lc.branches()) {
                for (double[] x : c.crossings(br, 1 / eta)) {
                    double d = 0;
                    for (int i = 0; i < x.length; i++) {
                        d = Math.max(d, Math.abs(x[i] - m.coordinates()[i]));
                    }
                    onBranch |= d < 1e-3;
                }
            }
            assertTrue(onBranch, "seed " + seed + ": a multi-start root lies on a branch");
        }
    }

    private static double[] reduced(Game game, double[][] shares) {
        double[] x = new double[game.dimension()];
        for (int k = 0; k < shares.length; k++) {
            for (int i = 0; i < shares[k].length - 1; i++) {
                x[game.offset(k) + i] = shares[k][i];
            }
        }
        return x;
    }
}
