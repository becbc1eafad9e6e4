package org.egt4j.stability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.egt4j.dynamics.BrownVonNeumannNash;
import org.egt4j.dynamics.Dynamics;
import org.egt4j.dynamics.ProjectionDynamics;
import org.egt4j.dynamics.SmithDynamics;
import org.egt4j.dynamics.VectorField;
import org.egt4j.game.BoundGame;
import org.egt4j.game.Game;
import org.egt4j.testing.RandomGames;
import org.egt4j.testing.TextbookGames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Rest points of the Nash-stationary dynamics (Smith, BNN, projection) are exactly the Nash equilibria
 * (Sandholm 2010, Theorem 5.5.2 and §6.3 for the projection), with stability by linearisation where the
 * field is differentiable and by simulation from a ring of starts where it is not.
 */
class NashStationaryRestPointsTest {

    static List<Dynamics> dynamics() {
        return List.of(SmithDynamics.INSTANCE, BrownVonNeumannNash.INSTANCE, ProjectionDynamics.INSTANCE);
    }

    /** Hawk–dove with V = 2, C = 4: the only Nash equilibrium is x = V/C = ½, and it attracts. */
    @Test
    void hawkDoveHasTheMixedEquilibriumOnlyAndItIsStable() {
        for (Dynamics d : dynamics()) {
            StabilityAnalysis a =
                    StabilityAnalysis.of(TextbookGames.hawkDove(2, 4).bind(), d);
            assertEquals(1, a.restPoints().size(), d + ": the pure profiles are not Nash");
            RestPoint p = a.restPoints().get(0);
            assertEquals(0.5, p.shares()[0][0], 1e-12, d.name());
            assertEquals(Stability.STABLE, p.stability(), d.name());
            assertTrue(p.nash());
            boolean smooth = d instanceof ProjectionDynamics;
            assertEquals(smooth ? RestPoint.Basis.LINEARIZATION : RestPoint.Basis.SIMULATION, p.basis(), d.name());
            assertEquals(smooth ? 1 : 0, p.eigenvalues().size(), d.name());
            if (smooth) {
                // A = ((V − C)/2, V; 0, V/2) = (−1, 2; 0, 1): F_H − F_D = 1 − 2x, V_H = (F_H − F_D)/2, slope −1
                assertEquals(-1, p.eigenvalues().get(0).re(), 1e-12);
            }
        }
    }

    /**
     * A coordination game (1, 0; 0, 1): three Nash equilibria, the two strict pure ones stable and the
     * mixed one (½, ½) unstable under every Nash-stationary dynamic.
     */
    @Test
    void coordinationHasThreeEquilibriaAndTheMixedOneIsUnstable() {
        Game g = Game.builder("coordination")
                .population("p", "a", "b")
                .matrix(new String[][] {{"1", "0"}, {"0", "1"}})
                .build();
        for (Dynamics d : dynamics()) {
            StabilityAnalysis a = StabilityAnalysis.of(g.bind(), d);
            assertEquals(3, a.restPoints().size(), d.name());
            for (RestPoint p : a.restPoints()) {
                boolean mixed = p.shares()[0][0] > 0 && p.shares()[0][0] < 1;
                assertEquals(
                        mixed ? Stability.UNSTABLE : Stability.STABLE, p.stability(), d + " at " + p.shares()[0][0]);
            }
        }
        // Smith at a strict pure equilibrium: no tie, differentiable
        RestPoint vertex = StabilityAnalysis.of(g.bind(), SmithDynamics.INSTANCE)
                .restPoints()
                .get(0);
        assertEquals(RestPoint.Basis.LINEARIZATION, vertex.basis());
        // at x_a = 1: V_a = −x_b(F_a − F_b)... d/dx_a at x_a = 1 of [x_a·0 + x_b(F_a − F_b) ]: −(F_a − F_b) = −1,
        // and x_a·[F_b − F_a]₊ = 0 nearby: the eigenvalue is −1
        assertEquals(-1, vertex.eigenvalues().get(0).re(), 1e-12);
    }

    /**
     * Standard RPS: the centre is the only Nash equilibrium. The projection field there is A (1ᵀA = 0),
     * with eigenvalues ±i√3: non-hyperbolic, decided by linearisation (orbits are circles). Smith and BNN
     * have a kink there and converge (standard RPS is a null stable game; Hofbauer and Sandholm 2009),
     * possibly too slowly for the ring to decide: no trajectory of the ring may leave it.
     */
    @Test
    void rockPaperScissorsCentre() {
        Game rps = TextbookGames.rockPaperScissors();
        for (Dynamics d : dynamics()) {
            StabilityAnalysis a = StabilityAnalysis.of(rps.bind(), d);
            assertEquals(1, a.restPoints().size(), d.name());
            RestPoint p = a.restPoints().get(0);
            assertEquals(1.0 / 3, p.shares()[0][0], 1e-12);
            if (d instanceof ProjectionDynamics) {
                assertEquals(Stability.NON_HYPERBOLIC, p.stability());
                assertEquals(Math.sqrt(3), Math.abs(p.eigenvalues().get(0).im()), 1e-12);
            } else {
                assertEquals(RestPoint.Basis.SIMULATION, p.basis(), d.name());
                assertTrue(p.stability() != Stability.UNSTABLE, d + ": " + p.stability());
            }
        }
    }

    static LongStream seeds() {
        return RandomGames.seeds(6);
    }

    /**
     * On random games: the rest points reported are exactly the replicator's rest points that pass the
     * Nash test, and each is a zero of the dynamic's own field.
     */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void restPointsAreTheNashRestPointsOfTheReplicatorAndZerosOfTheField(long seed) {
        BoundGame b = RandomGames.recipe(seed).build().bind();
        List<RestPoint> nash = new ArrayList<>();
        for (RestPoint p : StabilityAnalysis.of(b).restPoints()) {
            if (p.nash()) {
                nash.add(p);
            }
        }
        int n = b.game().dimension();
        for (Dynamics d : dynamics()) {
            List<RestPoint> found = StabilityAnalysis.of(b, d).restPoints();
            assertEquals(nash.size(), found.size(), d + ", seed " + seed);
            VectorField field = d.field(b);
            for (int r = 0; r < found.size(); r++) {
                double[] x = found.get(r).coordinates();
                for (int i = 0; i < n; i++) {
                    assertEquals(nash.get(r).coordinates()[i], x[i], 1e-12, d + ", seed " + seed);
                }
                double[] v = new double[n];
                field.derivative(x, v);
                for (int i = 0; i < n; i++) {
                    assertEquals(0, v[i], 1e-8, d + ": V(x*) = 0, seed " + seed);
                }
            }
        }
    }
}
