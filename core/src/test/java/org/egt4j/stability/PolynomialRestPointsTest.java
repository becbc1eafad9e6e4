package org.egt4j.stability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.egt4j.dynamics.ReplicatorDynamics;
import org.egt4j.dynamics.ReplicatorMutator;
import org.egt4j.game.BoundGame;
import org.egt4j.game.Game;
import org.egt4j.stability.HomotopyContinuation.Ending;
import org.egt4j.stability.HomotopyContinuation.PolynomialSystem;
import org.egt4j.stability.HomotopyContinuation.Term;
import org.egt4j.stability.RestPointSearch.Method;
import org.egt4j.testing.RandomGames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Rest points of the replicator–mutator by total-degree homotopy continuation, with completeness. */
class PolynomialRestPointsTest {

    static Game rpsPlusC() {
        return Game.builder("RPS+c")
                .parameter("c", 2)
                .population("players", "rock", "paper", "scissors")
                .matrix(new String[][] {{"c", "c - 1", "c + 1"}, {"c + 1", "c", "c - 1"}, {"c - 1", "c + 1", "c"}})
                .build();
    }

    /**
     * RPS+c under uniform mutation: the mean payoff x·F = c is constant (x·Ax = 0 for the antisymmetric
     * part), so both reduced equations are quadratic and there are 2² = 4 paths; the list is claimed complete, one rest point (the
     * barycentre) with the closed-form eigenvalues −3μc/2 ± i(1 − 3μ/2)/√3 (derived in
     * ReplicatorMutatorTest; issue #13).
     */
    @Test
    void rockPaperScissorsPlusCIsCompleteWithTheBarycentreOnly() {
        for (double mu : new double[] {0.01, 0.1, 0.3}) {
            for (double c : new double[] {1, 2, 5}) {
                StabilityAnalysis a =
                        StabilityAnalysis.of(rpsPlusC().bind(Map.of("c", c)), ReplicatorMutator.uniform(mu));
                RestPointSearch s = a.restPointSearch();
                assertEquals(Method.TOTAL_DEGREE_HOMOTOPY, s.method());
                assertEquals(4, s.paths());
                assertEquals(4, s.regular() + s.atInfinity(), "mu " + mu + ", c " + c);
                assertTrue(s.complete(), "mu " + mu + ", c " + c);
                assertEquals(1, a.restPoints().size());
                assertEquals(List.of(Method.TOTAL_DEGREE_HOMOTOPY), s.foundBy());
                RestPoint p = a.restPoints().get(0);
                assertEquals(1.0 / 3, p.shares()[0][0], 1e-12);
                assertEquals(1.0 / 3, p.shares()[0][1], 1e-12);
                assertEquals(-1.5 * mu * c, p.eigenvalues().get(0).re(), 1e-10);
                assertEquals(
                        (1 - 1.5 * mu) / Math.sqrt(3),
                        Math.abs(p.eigenvalues().get(0).im()),
                        1e-10);
            }
        }
    }

    /**
     * Nashpy's replicator–mutator example (docs, "Use replicator dynamics with mutation": A = (3, 2; 4, 2),
     * Q = (9/10, 1/10; 1/5, 4/5), Q_ij the probability that an i-offspring is j), whose trajectory from (½,
     * ½) ends at (0.55278214, 0.44721786) at t = 10. With x the first share, f₁ = 2 + x, f₂ = 2 + 2x, φ = 2
     * + 2x − x², the field is 0.9 x f₁ + 0.2 (1 − x) f₂ − x φ = x³ − 1.5x² − 0.2x + 0.4 = (x + ½)(x² − 2x +
     * 4/5): the roots are −½ and 1 ± 1/√5, the rest point in [0, 1] is x = 1 − 1/√5 = 0.5527864….
     */
    @Test
    void nashpysMutationExampleHasTheRestPointOneMinusOneOverRootFive() {
        PolynomialSystem s = new PolynomialSystem(
                1,
                List.of(List.of(
                        new Term(new int[] {3}, 1),
                        new Term(new int[] {2}, -1.5),
                        new Term(new int[] {1}, -0.2),
                        new Term(new int[] {0}, 0.4))));
        HomotopyContinuation.Result r = HomotopyContinuation.solve(s);
        assertTrue(r.complete());
        assertEquals(3, r.count(Ending.REGULAR));
        List<Double> inSimplex = new ArrayList<>();
        for (double[] z : r.regularRoots()) {
            if (Math.abs(z[1]) < 1e-12 && z[0] >= 0 && z[0] <= 1) {
                inSimplex.add(z[0]);
            }
        }
        assertEquals(1, inSimplex.size());
        assertEquals(1 - 1 / Math.sqrt(5), inSimplex.get(0), 1e-13);
        assertEquals(0.55278214, inSimplex.get(0), 1e-5, "Nashpy's trajectory at t = 10");
    }

    static LongStream seeds() {
        return LongStream.range(0, 30);
    }

    /**
     * At μ = 0 the replicator–mutator is the replicator: homotopy continuation on its full reduced system
     * finds exactly the rest points of the face-by-face search (a second method), whenever that search finds
     * no continuum and the paths justify completeness.
     */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void atMuZeroTheHomotopyAgreesWithTheFaceSearch(long seed) {
        RandomGames.Recipe recipe = RandomGames.recipe(seed * 3); // matrix games (the form cycles mod 3)
        Game game = recipe.build();
        BoundGame bound = game.bind();
        RestPoints.Result faces = RestPoints.find(bound);
        PolynomialRestPoints.Found homotopy = PolynomialRestPoints.find(
                bound,
                ReplicatorMutator.uniform(0).equations(game).orElseThrow(),
                ReplicatorDynamics.INSTANCE.field(bound));
        if (!comparable(faces, homotopy)) {
            // a degenerate game: continua, or singular roots; both searches still agree on what they list
            for (RestPoints.Candidate c : homotopy.candidates()) {
                if (homotopy.methods().get(homotopy.candidates().indexOf(c)) == Method.TOTAL_DEGREE_HOMOTOPY) {
                    assertTrue(
                            contains(faces.points(), c.coordinates())
                                    || !faces.sets().isEmpty(),
                            "seed " + seed + ": a regular homotopy root is a face rest point");
                }
            }
            return;
        }
        assertEquals(faces.points().size(), homotopy.candidates().size(), "seed " + seed);
        for (RestPoints.Candidate c : faces.points()) {
            assertTrue(contains(homotopy.candidates(), c.coordinates()), "seed " + seed);
        }
    }

    private static boolean comparable(RestPoints.Result faces, PolynomialRestPoints.Found homotopy) {
        return faces.sets().isEmpty() && homotopy.search().complete();
    }

    /** The property above is not vacuous: most of its games are compared in full. */
    @Test
    void mostRandomGamesAreComparedInFull() {
        int full = 0;
        for (long seed : seeds().toArray()) {
            Game game = RandomGames.recipe(seed * 3).build();
            BoundGame bound = game.bind();
            full += comparable(
                            RestPoints.find(bound),
                            PolynomialRestPoints.find(
                                    bound,
                                    ReplicatorMutator.uniform(0).equations(game).orElseThrow(),
                                    ReplicatorDynamics.INSTANCE.field(bound)))
                    ? 1
                    : 0;
        }
        assertTrue(
                full >= 12,
                full + " of 30 compared in full"); // 27 of the first 60 when measured: ties make the others singular
    }

    private static boolean contains(List<RestPoints.Candidate> list, double[] x) {
        for (RestPoints.Candidate c : list) {
            double d = 0;
            for (int i = 0; i < x.length; i++) {
                d = Math.max(d, Math.abs(c.coordinates()[i] - x[i]));
            }
            if (d < 1e-8) {
                return true;
            }
        }
        return false;
    }
}
