package org.egt4j.stability;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.hipparchus.fraction.BigFraction;

/**
 * Exact solution of a linear face system A u = c over the rationals, by Gauss–Jordan elimination to
 * reduced row echelon form (first non-zero pivot in each column, no round-off).
 *
 * <p>Exact arithmetic is the point here, not speed: the face systems of matrix and bimatrix games have
 * rational coefficients (the exact decimals of the bound values), so whether a face holds no rest point,
 * one, or a continuum is decided without tolerance, and a unique solution is an exact rest point. A
 * floating-point solver (EJML's included) could only guess the rank.
 */
final class ExactFaceSolver {

    /**
     * The solutions of a consistent system: u = particular + Σ<sub>j</sub> w<sub>j</sub> directions<sub>j</sub>
     * for all real w.
     *
     * @param particular the solution with every free unknown 0, exactly
     * @param directions a basis of the null space of A, one vector per free unknown (1 there, 0 at the other
     *     free unknowns), rounded to doubles; empty when the solution is unique
     */
    record Solution(BigFraction[] particular, List<double[]> directions) {

        /** {@return whether the solution is unique (A has full rank)} */
        boolean unique() {
            return directions.isEmpty();
        }
    }

    private ExactFaceSolver() {}

    /**
     * Solves the system exactly.
     *
     * @param augmented the rows [A | c], m × (m + 1); overwritten with the reduced row echelon form
     * @return the solutions, or null when the system is inconsistent
     */
    static Solution solve(BigFraction[][] augmented) {
        BigFraction[][] aug = augmented;
        int m = aug.length;
        int[] pivotColumn = new int[m];
        int rank = 0;
        for (int col = 0; col < m && rank < m; col++) {
            int p = -1;
            for (int r = rank; r < m; r++) {
                if (aug[r][col].signum() != 0) {
                    p = r;
                    break;
                }
            }
            if (p < 0) {
                continue;
            }
            BigFraction[] tmp = aug[p];
            aug[p] = aug[rank];
            aug[rank] = tmp;
            BigFraction inv = aug[rank][col].reciprocal();
            for (int c = col; c <= m; c++) {
                aug[rank][c] = aug[rank][c].multiply(inv);
            }
            for (int r = 0; r < m; r++) {
                if (r != rank && aug[r][col].signum() != 0) {
                    BigFraction factor = aug[r][col];
                    for (int c = col; c <= m; c++) {
                        aug[r][c] = aug[r][c].subtract(factor.multiply(aug[rank][c]));
                    }
                }
            }
            pivotColumn[rank++] = col;
        }
        for (int r = rank; r < m; r++) {
            if (aug[r][m].signum() != 0) {
                return null; // 0 = c_r ≠ 0
            }
        }
        BigFraction[] u0 = new BigFraction[m];
        Arrays.fill(u0, BigFraction.ZERO);
        boolean[] isPivot = new boolean[m];
        for (int r = 0; r < rank; r++) {
            u0[pivotColumn[r]] = aug[r][m];
            isPivot[pivotColumn[r]] = true;
        }
        List<double[]> basis = new ArrayList<>();
        for (int free = 0; free < m; free++) {
            if (isPivot[free]) {
                continue;
            }
            double[] v = new double[m];
            v[free] = 1;
            for (int r = 0; r < rank; r++) {
                v[pivotColumn[r]] = -aug[r][free].doubleValue();
            }
            basis.add(v);
        }
        return new Solution(u0, basis);
    }
}
