package org.egt4j.stability;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.ejml.data.Complex_F64;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/**
 * A complex eigenvalue re + i·im.
 *
 * @param re real part
 * @param im imaginary part
 */
public record Eigenvalue(double re, double im) {

    /** Descending real part, then descending imaginary part: the order in which eigenvalues are listed. */
    public static final Comparator<Eigenvalue> ORDER = Comparator.comparingDouble(Eigenvalue::re)
            .reversed()
            .thenComparing(Comparator.comparingDouble(Eigenvalue::im).reversed());

    /**
     * The eigenvalues of an n×n row-major matrix (EJML, values only), in {@link #ORDER}; imaginary parts
     * below 1e-14 of the matrix scale are set to 0, and conjugate pairs are made exactly conjugate.
     *
     * @param matrix the entries, row by row (not modified)
     * @param n the order of the matrix
     * @return the n eigenvalues with multiplicity
     * @throws org.egt4j.NumericalException when an entry is not finite or the decomposition does not
     *     converge: a numerical failure (exit status 3), not a user error
     */
    public static List<Eigenvalue> of(double[] matrix, int n) {
        List<Eigenvalue> list = new ArrayList<>();
        if (n == 0) {
            return list;
        }
        double scale = 0;
        for (int i = 0; i < n * n; i++) {
            if (!Double.isFinite(matrix[i])) {
                // EJML would iterate on NaN to its limit and report no convergence: say what is wrong instead
                throw new org.egt4j.NumericalException(
                        "the Jacobian has a non-finite entry (" + matrix[i] + " in row " + (i / n + 1) + ", column "
                                + (i % n + 1) + ")",
                        "the field overflows or divides by zero at this state; check the parameter values",
                        Double.NaN,
                        new double[0]);
            }
            scale = Math.max(scale, Math.abs(matrix[i]));
        }
        if (n == 1) {
            list.add(new Eigenvalue(matrix[0], 0));
            return list;
        }
        DMatrixRMaj m = new DMatrixRMaj(n, n);
        System.arraycopy(matrix, 0, m.data, 0, n * n);
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(n, false);
        if (!eig.decompose(m)) {
            throw new org.egt4j.NumericalException(
                    "the eigenvalue decomposition of the " + n + " x " + n + " Jacobian did not converge",
                    "the Jacobian is badly scaled (largest entry " + scale + "); rescale the payoffs",
                    Double.NaN,
                    new double[0]);
        }
        for (int i = 0; i < eig.getNumberOfEigenvalues(); i++) {
            Complex_F64 c = eig.getEigenvalue(i);
            double im = Math.abs(c.imaginary) <= 1e-14 * Math.max(1, scale) ? 0 : c.imaginary;
            list.add(new Eigenvalue(c.real == 0 ? 0 : c.real, im));
        }
        list.sort(ORDER);
        // make conjugate pairs exact: pair each positive imaginary part with the negative one after it
        for (int i = 0; i + 1 < list.size(); i++) {
            Eigenvalue a = list.get(i);
            Eigenvalue b = list.get(i + 1);
            if (a.im > 0 && b.im < 0 && Math.abs(a.re - b.re) <= 1e-12 * Math.max(1, scale)) {
                double re = 0.5 * (a.re + b.re);
                double im = 0.5 * (a.im - b.im);
                list.set(i, new Eigenvalue(re, im));
                list.set(i + 1, new Eigenvalue(re, -im));
                i++;
            }
        }
        return list;
    }

    @Override
    public String toString() {
        if (im == 0) {
            return Double.toString(re);
        }
        return re + (im < 0 ? " - " : " + ") + Math.abs(im) + "i";
    }
}
