package org.egt4j.stability;

import java.util.ArrayList;
import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.decomposition.lu.LUDecompositionAlt_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.dense.row.linsol.lu.LinearSolverLu_DDRM;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;

/**
 * The roots of a non-linear face system in the face's relative interior, by damped Newton from
 * quasi-random starts, each root certified.
 *
 * <p>Starts: the barycentre of the face, then Halton points mapped to each mixing population's support
 * simplex (uniformly, through normalised exponentials), at most min(160, 24 + 12m) starts and stopping
 * after 24 starts without a new root. Each iteration solves J δ = E (LU with partial pivoting) and halves
 * the step until the residual decreases (down to 1e-6 of it). A root is certified when max |E| ≤ 1e-12 of
 * the system's scale and every support share is &gt; 1e-9; roots closer than 1e-8 (max norm) are one. A
 * root whose Jacobian has smallest singular value &lt; 1e-7 of the scale is not isolated: it is set
 * apart as lying on a continuum.
 */
final class CertifiedNewton {

    /**
     * The certified roots of a face, each in the face's unknowns u, both lists in lexicographic order.
     *
     * @param regular roots with a non-singular Jacobian (isolated rest points)
     * @param singular roots with a singular Jacobian (on a continuum of rest points)
     */
    record Roots(List<double[]> regular, List<double[]> singular) {}

    private CertifiedNewton() {}

    /**
     * Searches the face for roots of the system.
     *
     * @param f the face, with m ≥ 1 unknowns
     * @param system the equations on the face
     * @return the certified roots
     */
    static Roots roots(Face f, FaceSystem system) {
        int m = f.m;
        double scale = system.scale();
        double[] e = new double[m];
        double[][] jac = new double[m][m];
        List<double[]> roots = new ArrayList<>();
        List<double[]> singular = new ArrayList<>();
        int starts = Math.min(160, 24 + 12 * m);
        int sinceNew = 0;
        for (int start = 0; start < starts && sinceNew < 24; start++) {
            sinceNew++;
            double[] u = start == 0 ? barycentre(f) : haltonStart(f, start);
            boolean converged = false;
            for (int it = 0; it < 50; it++) {
                double norm = system.residual(f, u, e, jac);
                if (norm <= 1e-14 * scale) {
                    converged = true;
                    break;
                }
                double[] delta = solve(jac, e);
                if (delta == null) {
                    break;
                }
                double lambda = 1;
                double[] next = new double[m];
                while (true) {
                    for (int t = 0; t < m; t++) {
                        next[t] = u[t] - lambda * delta[t];
                    }
                    double trial = system.residual(f, next, e, null);
                    if (trial < norm || lambda < 1e-6) {
                        break;
                    }
                    lambda *= 0.5;
                }
                double step = 0;
                for (int t = 0; t < m; t++) {
                    step = Math.max(step, Math.abs(next[t] - u[t]));
                }
                u = next.clone();
                if (step < 1e-16) {
                    converged = system.residual(f, u, e, jac) <= 1e-12 * scale;
                    break;
                }
            }
            if (!converged) {
                converged = system.residual(f, u, e, jac) <= 1e-12 * scale;
            }
            if (!converged || f.minSupportShare(u) <= 1e-9) {
                continue;
            }
            boolean duplicate = false;
            for (List<double[]> known : List.of(roots, singular)) {
                for (double[] r : known) {
                    double d = 0;
                    for (int t = 0; t < m; t++) {
                        d = Math.max(d, Math.abs(r[t] - u[t]));
                    }
                    duplicate |= d < 1e-8;
                }
            }
            if (duplicate) {
                continue;
            }
            system.residual(f, u, e, jac);
            (smallestSingularValue(jac) < 1e-7 * scale ? singular : roots).add(u);
            sinceNew = 0;
        }
        roots.sort(CertifiedNewton::lexicographic);
        singular.sort(CertifiedNewton::lexicographic);
        return new Roots(roots, singular);
    }

    static int lexicographic(double[] a, double[] b) {
        for (int i = 0; i < a.length; i++) {
            int c = Double.compare(a[i], b[i]);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    /**
     * Solves J δ = e by LU decomposition with partial pivoting (EJML's Crout–Doolittle variant from JAMA).
     *
     * @param jac J, m × m (not modified)
     * @param e the right-hand side (not modified)
     * @return δ, or null when a pivot is below 1e-300 in magnitude (J singular to working precision)
     */
    static double[] solve(double[][] jac, double[] e) {
        int m = e.length;
        LUDecompositionAlt_DDRM lu = new LUDecompositionAlt_DDRM();
        LinearSolverLu_DDRM solver = new LinearSolverLu_DDRM(lu);
        solver.setA(new DMatrixRMaj(jac));
        DMatrixRMaj factors = lu.getLU();
        for (int i = 0; i < m; i++) {
            if (Math.abs(factors.get(i, i)) < 1e-300) {
                return null;
            }
        }
        DMatrixRMaj x = new DMatrixRMaj(m, 1);
        solver.solve(new DMatrixRMaj(m, 1, true, e), x);
        return x.getData();
    }

    /**
     * The smallest singular value of a square matrix (EJML SVD, values only).
     *
     * @param jac the matrix (not modified)
     * @return σ<sub>min</sub>, or 0 when the decomposition fails
     */
    static double smallestSingularValue(double[][] jac) {
        int m = jac.length;
        DMatrixRMaj a = new DMatrixRMaj(jac);
        SingularValueDecomposition_F64<DMatrixRMaj> svd = DecompositionFactory_DDRM.svd(m, m, false, false, true);
        if (!svd.decompose(a)) {
            return 0;
        }
        double min = Double.POSITIVE_INFINITY;
        for (double s : svd.getSingularValues()) {
            min = Math.min(min, s);
        }
        return min;
    }

    /** The first start: each mixing population's support shares equal. */
    private static double[] barycentre(Face f) {
        double[] u = new double[f.m];
        for (int t = 0; t < f.m; t++) {
            u[t] = 1.0 / Integer.bitCount(f.masks[f.unknowns.get(t)[0]]);
        }
        return u;
    }

    /**
     * The i-th Halton point mapped into the face: for each mixing population, w<sub>j</sub> = −ln(1 −
     * 0.999 h<sub>j</sub>) normalised to sum 1 (uniform on the support simplex as h becomes uniform; the
     * factor 0.999 keeps the logarithm finite). Halton coordinates are used population after population.
     */
    static double[] haltonStart(Face f, int index) {
        double[] u = new double[f.m];
        int dim = 0;
        int t = 0;
        for (int k = 0; k < f.populations(); k++) {
            if (!f.mixing(k)) {
                continue;
            }
            int size = Integer.bitCount(f.masks[k]);
            double[] w = new double[size];
            double sum = 0;
            for (int j = 0; j < size; j++) {
                double h = Halton.value(index, dim++);
                w[j] = -Math.log(1 - 0.999 * h);
                sum += w[j];
            }
            for (int j = 0; j < size - 1; j++) {
                u[t++] = w[j] / sum;
            }
        }
        return u;
    }
}
