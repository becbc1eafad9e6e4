package org.egt4j.stability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.egt4j.expr.PolynomialSystem;
import org.egt4j.game.BoundGame;
import org.egt4j.game.Game;
import org.egt4j.testing.TextbookGames;
import org.hipparchus.fraction.BigFraction;
import org.junit.jupiter.api.Test;

/**
 * The replicator's face equations against the expected payoffs (a second route: f<sub>k,s</sub> −
 * f<sub>k,d</sub> from {@link BoundGame#expectedPayoffs()}), their exact linear form against the
 * Hawk–Dove closed form x* = V/C, and their Jacobian against central differences.
 */
class ReplicatorFaceSystemTest {

    @Test
    void hawkDovesInteriorEquationIsExactlyLinear() {
        // f_hawk − f_dove = x (V − C)/2 + (1 − x) V − (1 − x) V/2 = V/2 − x C/2, zero at x = V/C
        BoundGame bound = TextbookGames.hawkDove(2, 3).bind(Map.of("V", 0.3, "C", 0.7));
        ReplicatorFaceSystem system = new ReplicatorFaceSystem(bound);
        Face interior = new Face(system.sizes(), system.offsets(), new int[] {0b11});
        BigFraction[][] aug = system.exactLinearSystem(interior);
        assertNotNull(aug);
        // −(C/2) u = −V/2, with V = 3/10 and C = 7/10 exactly
        assertEquals(new BigFraction(-7, 20), aug[0][0]);
        assertEquals(new BigFraction(-3, 20), aug[0][1]);
        assertEquals(new BigFraction(3, 7), ExactFaceSolver.solve(aug).particular()[0]);
        assertEquals(1, system.scale(), "payoffs below 1 keep the unit scale");
    }

    @Test
    void aCubicAdvantageIsNotLinear() {
        ReplicatorFaceSystem system =
                new ReplicatorFaceSystem(NonlinearRestPointsTest.cubic().bind());
        assertNull(system.exactLinearSystem(new Face(system.sizes(), system.offsets(), new int[] {0b11})));
    }

    static Game threePopulations() {
        // every payoff depends on the other two populations: the interior face system is multilinear
        return Game.builder("three")
                .population("a", List.of("a0", "a1"), "x")
                .population("b", List.of("b0", "b1"), "y")
                .population("c", List.of("c0", "c1", "c2"), null)
                .fitness("a", "a0", "3*y*c.c0 - c.c1")
                .fitness("a", "a1", "1 + y")
                .fitness("b", "b0", "2*x*c.c2 + 0.5")
                .fitness("b", "b1", "x")
                .fitness("c", "c0", "x*y")
                .fitness("c", "c1", "1 - x + 4*y")
                .fitness("c", "c2", "-2*x*y + 7")
                .build();
    }

    @Test
    void theResidualIsTheDifferenceOfExpectedPayoffsOnTheSupport() {
        BoundGame bound = threePopulations().bind();
        ReplicatorFaceSystem system = new ReplicatorFaceSystem(bound);
        PolynomialSystem payoffs = bound.expectedPayoffs();
        // the first face is not linear (a's advantage has y·x_c0 with b and c mixing); the others are
        int[][] faces = {{0b11, 0b11, 0b111}, {0b11, 0b01, 0b101}, {0b10, 0b11, 0b011}};
        assertNull(system.exactLinearSystem(new Face(system.sizes(), system.offsets(), faces[0])));
        for (int[] masks : faces) {
            Face f = new Face(system.sizes(), system.offsets(), masks);
            double[] u = CertifiedNewton.haltonStart(f, 3);
            double[] e = new double[f.m];
            double norm = system.residual(f, u, e, null);
            double[] payoff = new double[7];
            payoffs.evaluate(f.x(u), payoff);
            int[] first = {0, 2, 4};
            double max = 0;
            for (int t = 0; t < f.m; t++) {
                int k = f.unknowns.get(t)[0];
                int s = f.unknowns.get(t)[1];
                double expected = payoff[first[k] + s] - payoff[first[k] + f.dependent[k]];
                assertEquals(expected, e[t], 1e-13);
                max = Math.max(max, Math.abs(expected));
            }
            assertEquals(max, norm, 1e-13);
            BigFraction[][] aug = system.exactLinearSystem(f);
            if (aug != null) {
                // a linear system's rows [A | c] give E(u) = A u − c
                for (int t = 0; t < f.m; t++) {
                    double v = -aug[t][f.m].doubleValue();
                    for (int j = 0; j < f.m; j++) {
                        v += aug[t][j].doubleValue() * u[j];
                    }
                    assertEquals(e[t], v, 1e-13);
                }
            }
        }
    }

    @Test
    void theJacobianMatchesCentralDifferences() {
        ReplicatorFaceSystem system =
                new ReplicatorFaceSystem(threePopulations().bind());
        Face f = new Face(system.sizes(), system.offsets(), new int[] {0b11, 0b11, 0b111});
        int m = f.m;
        assertEquals(4, m);
        double[] u = CertifiedNewton.haltonStart(f, 5);
        double[] e = new double[m];
        double[][] jac = new double[m][m];
        system.residual(f, u, e, jac);
        double h = 1e-6;
        for (int j = 0; j < m; j++) {
            double[] up = u.clone();
            double[] down = u.clone();
            up[j] += h;
            down[j] -= h;
            double[] ep = new double[m];
            double[] ed = new double[m];
            system.residual(f, up, ep, null);
            system.residual(f, down, ed, null);
            for (int t = 0; t < m; t++) {
                assertEquals((ep[t] - ed[t]) / (2 * h), jac[t][j], 1e-8, "∂E_" + t + "/∂u_" + j);
            }
        }
        assertEquals(7, system.scale(), "the largest coefficient");
    }
}
