package org.egt4j.stability;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hipparchus.fraction.BigFraction;
import org.junit.jupiter.api.Test;

/**
 * The Newton step's linear solve and singular values against systems with known answers, and the root
 * search through the {@link FaceSystem} seam with a hand-written system whose roots are known.
 */
class CertifiedNewtonTest {

    @Test
    void theStepSolvesAKnownLinearSystem() {
        // A x = b with x = (2, 3, −1) (the classic example, pivoting needed in the second column)
        double[][] a = {{2, 1, -1}, {-3, -1, 2}, {-2, 1, 2}};
        double[] b = {8, -11, -3};
        double[] x = CertifiedNewton.solve(a, b);
        assertArrayEquals(new double[] {2, 3, -1}, x, 1e-14);
        assertArrayEquals(new double[] {8, -11, -3}, b, "the right-hand side is not modified");
        assertArrayEquals(new double[] {2, 1, -1}, a[0], "nor the matrix");
    }

    @Test
    void aZeroLeadingEntryNeedsARowSwap() {
        double[] x = CertifiedNewton.solve(new double[][] {{0, 1}, {1, 0}}, new double[] {3, 4});
        assertArrayEquals(new double[] {4, 3}, x);
        assertArrayEquals(new double[] {0.5}, CertifiedNewton.solve(new double[][] {{4}}, new double[] {2}));
    }

    @Test
    void aSingularMatrixGivesNoStep() {
        assertNull(CertifiedNewton.solve(new double[][] {{1, 2}, {2, 4}}, new double[] {1, 1}));
        assertNull(CertifiedNewton.solve(new double[][] {{0}}, new double[] {1}));
        assertNull(CertifiedNewton.solve(new double[][] {{1e-301}}, new double[] {1}));
    }

    @Test
    void theSmallestSingularValueOfAScaledRotation() {
        // R diag(3, 0.5) with R a rotation: singular values 3 and 0.5
        double c = Math.cos(0.7);
        double s = Math.sin(0.7);
        double[][] m = {{3 * c, -0.5 * s}, {3 * s, 0.5 * c}};
        assertEquals(0.5, CertifiedNewton.smallestSingularValue(m), 1e-14);
        assertEquals(0, CertifiedNewton.smallestSingularValue(new double[][] {{1, 2}, {2, 4}}), 1e-15);
    }

    /** One population with two strategies, face {0, 1}: one unknown u = x_0, E(u) = p(u) given. */
    static final class Polynomial1 implements FaceSystem {
        final double[] roots;
        final int[] multiplicity;

        Polynomial1(double[] roots, int[] multiplicity) {
            this.roots = roots;
            this.multiplicity = multiplicity;
        }

        @Override
        public double scale() {
            return 1;
        }

        @Override
        public BigFraction[][] exactLinearSystem(Face face) {
            return null;
        }

        @Override
        public double residual(Face face, double[] u, double[] e, double[][] jacobian) {
            double p = 1;
            double dp = 0;
            for (int i = 0; i < roots.length; i++) {
                for (int j = 0; j < multiplicity[i]; j++) {
                    dp = dp * (u[0] - roots[i]) + p;
                    p *= u[0] - roots[i];
                }
            }
            e[0] = p;
            if (jacobian != null) {
                jacobian[0][0] = dp;
            }
            return Math.abs(p);
        }
    }

    static final Face EDGE = new Face(new int[] {2}, new int[] {0, 1}, new int[] {0b11});

    @Test
    void theInteriorRootsOfACubicAreFoundInOrderAndTheOutsideOneIsNot() {
        CertifiedNewton.Roots r =
                CertifiedNewton.roots(EDGE, new Polynomial1(new double[] {0.7, 0.2, 1.5}, new int[] {1, 1, 1}));
        assertEquals(2, r.regular().size());
        assertEquals(0.2, r.regular().get(0)[0], 1e-14);
        assertEquals(0.7, r.regular().get(1)[0], 1e-14);
        assertTrue(r.singular().isEmpty());
    }

    @Test
    void aTripleRootHasASingularJacobian() {
        // (u − 1/2)³ (u − 1/4): Newton converges only linearly to 1/2, each start stopping somewhere within
        // the residual tolerance, where the Jacobian 3 (u − 1/2)² (u − 1/4) is far below 1e-7
        CertifiedNewton.Roots r =
                CertifiedNewton.roots(EDGE, new Polynomial1(new double[] {0.5, 0.25}, new int[] {3, 1}));
        assertEquals(1, r.regular().size());
        assertEquals(0.25, r.regular().get(0)[0], 1e-14);
        assertTrue(!r.singular().isEmpty());
        for (double[] u : r.singular()) {
            assertEquals(0.5, u[0], 1e-4);
        }
    }

    @Test
    void haltonStartsLieInTheFacesRelativeInterior() {
        Face f = new Face(new int[] {3, 2, 4}, new int[] {0, 2, 3, 6}, new int[] {0b111, 0b01, 0b1011});
        assertEquals(4, f.m);
        for (int i = 1; i < 200; i++) {
            double[] u = CertifiedNewton.haltonStart(f, i);
            assertTrue(f.minSupportShare(u) > 0, "start " + i);
        }
    }

    @Test
    void lexicographicOrder() {
        assertTrue(CertifiedNewton.lexicographic(new double[] {0, 1}, new double[] {0, 2}) < 0);
        assertTrue(CertifiedNewton.lexicographic(new double[] {1, 0}, new double[] {0, 2}) > 0);
        assertEquals(0, CertifiedNewton.lexicographic(new double[] {1, 2}, new double[] {1, 2}));
    }
}
