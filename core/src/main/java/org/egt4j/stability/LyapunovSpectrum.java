package org.egt4j.stability;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.egt4j.dynamics.VectorField;
import org.egt4j.ode.AdaptiveRungeKutta;
import org.egt4j.ode.SolverSettings;
import org.egt4j.random.FixedSeeds;
import org.egt4j.random.RandomStreams;

/**
 * The full spectrum of Lyapunov exponents of a trajectory by Benettin's method (Benettin, Galgani,
 * Giorgilli, Strelcyn, Meccanica 15, 1980): the variational equations Φ̇ = DF(x)Φ, with the exact
 * Jacobian, are integrated with the state by egt4j's Dormand–Prince 5(4); every {@code interval}
 * time units Φ is re-orthonormalized by a QR decomposition (modified Gram–Schmidt), and the exponents
 * are the time averages of ln |R<sub>ii</sub>|. A transient is integrated first and discarded. The
 * time average of the divergence tr DF along the same trajectory is integrated too: the exponents
 * must sum to it. The Kaplan–Yorke dimension is j + (λ<sub>1</sub> + … + λ<sub>j</sub>)/|λ<sub>j+1</sub>|
 * with j the largest index whose partial sum is non-negative.
 */
public final class LyapunovSpectrum {

    /** The method's name, as {@code lyapunov --json} states it: variational equations with Benettin's QR. */
    public static final String METHOD = "benettin-variational";

    /**
     * The result.
     *
     * @param exponents descending
     * @param kaplanYorkeDimension the Kaplan–Yorke dimension
     * @param averageDivergence time average of tr DF over the measured time
     * @param times times of the convergence history (after the transient)
     * @param history running estimates of the exponents at those times (descending)
     */
    public record Result(
            double[] exponents,
            double kaplanYorkeDimension,
            double averageDivergence,
            double[] times,
            double[][] history) {
        /**
         * Readable text for JShell and logs ({@link org.egt4j.Show#record}): the components with their
         * numbers to 6 significant digits, long arrays shortened to their first items and their count.
         *
         * @return the text
         */
        @Override
        public String toString() {
            return org.egt4j.Show.record(this);
        }
    }

    private LyapunovSpectrum() {}

    /**
     * Computes the spectrum.
     *
     * @param field the vector field (its Jacobian is used)
     * @param x0 start state
     * @param time measured time after the transient
     * @param transientTime time integrated first and discarded
     * @param interval time between re-orthonormalizations
     * @param settings solver settings (projection is not applied to the tangent vectors)
     * @return the exponents (descending), the Kaplan–Yorke dimension and the running estimates
     */
    public static Result compute(
            VectorField field,
            double[] x0,
            double time,
            double transientTime,
            double interval,
            SolverSettings settings) {
        if (!(time > 0) || !(transientTime >= 0) || !(interval > 0)) {
            throw new IllegalArgumentException("time and interval must be positive, the transient non-negative");
        }
        int n = field.dimension();
        AdaptiveRungeKutta solver = AdaptiveRungeKutta.create(settings);
        double[] x = x0.clone();
        if (transientTime > 0) {
            solver.advance(field, 0, x, transientTime, null, List.of(), List.of());
        }
        Variational v = new Variational(field);
        double[] y = new double[v.dimension()];
        System.arraycopy(x, 0, y, 0, n);
        // Φ starts as a generic orthonormal matrix (seeded): with Φ = I the tangent vectors of a
        // diagonal Jacobian would need a long time to find the most expanding directions
        java.util.SplittableRandom random = RandomStreams.stream(FixedSeeds.LYAPUNOV_SPECTRUM, 0);
        for (int i = 0; i < n * n; i++) {
            y[n + i] = random.nextDouble() - 0.5;
        }
        orthonormalize(y, n, new double[n], null);
        AdaptiveRungeKutta augmented = AdaptiveRungeKutta.create(settings.withProjection(false));
        double[] sums = new double[n];
        double divergence = 0;
        int chunks = (int) Math.ceil(time / interval - 1e-9);
        int every = Math.max(1, chunks / 1000);
        List<Double> times = new ArrayList<>();
        List<double[]> history = new ArrayList<>();
        double t = 0;
        double[] col = new double[n];
        for (int c = 0; c < chunks; c++) {
            double t1 = Math.min(time, (c + 1) * interval);
            y[v.dimension() - 1] = 0;
            augmented.advance(v, t, y, t1, null, List.of(), List.of());
            divergence += y[v.dimension() - 1];
            orthonormalize(y, n, col, sums);
            t = t1;
            if ((c + 1) % every == 0 || c == chunks - 1) {
                double[] est = new double[n];
                for (int j = 0; j < n; j++) {
                    est[j] = sums[j] / t;
                }
                Arrays.sort(est);
                reverse(est);
                times.add(t);
                history.add(est);
            }
        }
        double[] exponents = new double[n];
        for (int j = 0; j < n; j++) {
            exponents[j] = sums[j] / time;
        }
        Arrays.sort(exponents);
        reverse(exponents);
        double[] ts = new double[times.size()];
        for (int i = 0; i < ts.length; i++) {
            ts[i] = times.get(i);
        }
        return new Result(exponents, kaplanYorke(exponents), divergence / time, ts, history.toArray(new double[0][]));
    }

    /**
     * Modified Gram–Schmidt on the columns of Φ = y[n..n+n²) (row-major), in place; adds ln of each
     * column's norm before normalization (the diagonal of R) to {@code logs} unless null.
     */
    static void orthonormalize(double[] y, int n, double[] col, double[] logs) {
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                col[i] = y[n + i * n + j];
            }
            for (int k = 0; k < j; k++) {
                double dot = 0;
                for (int i = 0; i < n; i++) {
                    dot += col[i] * y[n + i * n + k];
                }
                for (int i = 0; i < n; i++) {
                    col[i] -= dot * y[n + i * n + k];
                }
            }
            double norm = 0;
            for (int i = 0; i < n; i++) {
                norm += col[i] * col[i];
            }
            norm = Math.sqrt(norm);
            if (logs != null) {
                logs[j] += Math.log(norm);
            }
            for (int i = 0; i < n; i++) {
                y[n + i * n + j] = col[i] / norm;
            }
        }
    }

    static void reverse(double[] a) {
        for (int i = 0, j = a.length - 1; i < j; i++, j--) {
            double tmp = a[i];
            a[i] = a[j];
            a[j] = tmp;
        }
    }

    /**
     * The Kaplan–Yorke dimension of a descending spectrum.
     *
     * @param descending the Lyapunov exponents λ<sub>1</sub> ≥ … ≥ λ<sub>n</sub>
     * @return j + (λ<sub>1</sub> + … + λ<sub>j</sub>)/|λ<sub>j+1</sub>| for the largest j with a non-negative partial sum (0 when λ<sub>1</sub> &lt; 0, n when all partial sums are non-negative)
     */
    public static double kaplanYorke(double[] descending) {
        double sum = 0;
        int j = 0;
        while (j < descending.length && sum + descending[j] >= 0) {
            sum += descending[j];
            j++;
        }
        if (j == 0) {
            return 0;
        }
        if (j == descending.length) {
            return j;
        }
        return j + sum / Math.abs(descending[j]);
    }

    /** The state, the tangent matrix Φ (row-major) and the integral of tr DF, as one field. */
    private static final class Variational implements VectorField {
        private final VectorField f;
        private final int n;
        private final double[] jac;
        private final double[] x;
        private final double[] dx;

        Variational(VectorField f) {
            this.f = f.copy();
            this.n = f.dimension();
            this.jac = new double[n * n];
            this.x = new double[n];
            this.dx = new double[n];
        }

        @Override
        public int dimension() {
            return n + n * n + 1;
        }

        @Override
        public void derivative(double[] y, double[] out) {
            System.arraycopy(y, 0, x, 0, n);
            f.derivativeAndJacobian(x, dx, jac);
            System.arraycopy(dx, 0, out, 0, n);
            double trace = 0;
            for (int i = 0; i < n; i++) {
                trace += jac[i * n + i];
                for (int j = 0; j < n; j++) {
                    double s = 0;
                    for (int k = 0; k < n; k++) {
                        s += jac[i * n + k] * y[n + k * n + j];
                    }
                    out[n + i * n + j] = s;
                }
            }
            out[n + n * n] = trace;
        }

        @Override
        public void jacobian(double[] y, double[] out) {
            throw new UnsupportedOperationException("the variational system has no Jacobian here");
        }

        @Override
        public VectorField copy() {
            return new Variational(f);
        }
    }
}
