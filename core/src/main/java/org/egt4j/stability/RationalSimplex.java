package org.egt4j.stability;

import java.util.Arrays;
import org.hipparchus.fraction.BigFraction;

/**
 * An exact primal simplex method on rational numbers for linear programs in the form
 * maximise c·x subject to A x ≤ b, x ≥ 0, with b ≥ 0 (so the origin is a feasible basic solution and no
 * first phase is needed). Pivots follow Bland's rule (the entering variable is the lowest-index one with
 * a positive reduced cost, the leaving one the lowest-index row among the minimum ratios), which cannot
 * cycle (Bland 1977, "New finite pivoting rules for the simplex method", Math. Oper. Res. 2:103–107).
 * Every operation is on {@link BigFraction}s, so the optimum and its point are exact.
 */
final class RationalSimplex {

    /**
     * An optimal solution.
     *
     * @param value the maximum of c·x
     * @param x an optimal point
     */
    record Optimum(BigFraction value, BigFraction[] x) {}

    private RationalSimplex() {}

    /**
     * Solves the program.
     *
     * @param a the constraint matrix, m rows of n columns
     * @param b the right-hand sides, all ≥ 0
     * @param c the objective
     * @return the optimum, or null when the program is unbounded
     */
    static Optimum maximise(BigFraction[][] a, BigFraction[] b, BigFraction[] c) {
        int m = a.length;
        int n = c.length;
        // tableau: m constraint rows [A | I | b] and the objective row [−c | 0 | 0]
        BigFraction[][] t = new BigFraction[m + 1][n + m + 1];
        for (BigFraction[] row : t) {
            Arrays.fill(row, BigFraction.ZERO);
        }
        int[] basis = new int[m];
        for (int i = 0; i < m; i++) {
            if (b[i].signum() < 0) {
                throw new IllegalArgumentException("right-hand side " + i + " is negative");
            }
            System.arraycopy(a[i], 0, t[i], 0, n);
            t[i][n + i] = BigFraction.ONE;
            t[i][n + m] = b[i];
            basis[i] = n + i;
        }
        for (int j = 0; j < n; j++) {
            t[m][j] = c[j].negate();
        }
        while (true) {
            int enter = -1;
            for (int j = 0; j < n + m && enter < 0; j++) {
                if (t[m][j].signum() < 0) {
                    enter = j;
                }
            }
            if (enter < 0) {
                break;
            }
            int leave = -1;
            BigFraction best = null;
            for (int i = 0; i < m; i++) {
                if (t[i][enter].signum() > 0) {
                    BigFraction ratio = t[i][n + m].divide(t[i][enter]);
                    int cmp = best == null ? -1 : ratio.compareTo(best);
                    if (cmp < 0 || (cmp == 0 && basis[i] < basis[leave])) {
                        best = ratio;
                        leave = i;
                    }
                }
            }
            if (leave < 0) {
                return null;
            }
            pivot(t, leave, enter);
            basis[leave] = enter;
        }
        BigFraction[] x = new BigFraction[n];
        Arrays.fill(x, BigFraction.ZERO);
        for (int i = 0; i < m; i++) {
            if (basis[i] < n) {
                x[basis[i]] = t[i][n + m];
            }
        }
        return new Optimum(t[m][n + m], x);
    }

    private static void pivot(BigFraction[][] t, int row, int col) {
        BigFraction p = t[row][col];
        for (int j = 0; j < t[row].length; j++) {
            t[row][j] = t[row][j].divide(p);
        }
        for (int i = 0; i < t.length; i++) {
            BigFraction f = t[i][col];
            if (i != row && f.signum() != 0) {
                for (int j = 0; j < t[i].length; j++) {
                    if (t[row][j].signum() != 0) {
                        t[i][j] = t[i][j].subtract(f.multiply(t[row][j]));
                    }
                }
            }
        }
    }
}
