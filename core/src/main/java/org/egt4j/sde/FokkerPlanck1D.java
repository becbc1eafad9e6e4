package org.egt4j.sde;

import java.util.function.DoubleUnaryOperator;

/**
 * The law at time T of a one-dimensional diffusion dY = μ(Y) dt + s dW with constant s, by solving
 * its Fokker–Planck equation ∂p/∂t = −∂<sub>y</sub>(μp − D∂<sub>y</sub>p), D = s²/2, on an interval
 * [a, b] with no flux through the ends. Under logistic noise the log-odds y = log(x/(1 − x)) of a
 * two-strategy population is such a diffusion: dy = [F<sub>1</sub> − F<sub>2</sub> + σ²(x − ½)] dt + σ dW
 * (Itô), so this solver gives the law of x(T) to compare path ensembles with.
 *
 * <p>The scheme is a conservative finite-volume method: M cells of width h, the flux through the face
 * between cells i and i + 1 the Scharfetter–Gummel (exponentially fitted) flux J = (D/h)[B(−P)p<sub>i</sub>
 * − B(P)p<sub>i+1</sub>], P = μh/D the cell Péclet number at the face and B(z) = z/(e<sup>z</sup> − 1) the
 * Bernoulli function (D. L. Scharfetter and H. K. Gummel, IEEE Trans. Electron Devices 16, 1969; J. S.
 * Chang and G. Cooper, J. Comput. Phys. 6, 1970, for its use on Fokker–Planck equations). It reduces to
 * central differences for small P, keeps densities non-negative for every P and is exact for the
 * stationary density of a constant drift. Time steps are BDF2 (second order, L-stable, so the point
 * mass at the start causes no oscillation) after one implicit Euler step; each step solves one
 * tridiagonal system (Thomas' algorithm). The total mass is conserved to rounding because every face
 * flux leaves one cell and enters the next. The start y<sub>0</sub> is a point mass split between the
 * two nearest cell centres so that its mean is exact.
 *
 * <p>Errors are O(h²) in space and O(Δt²) in time for smooth densities; the tests measure them on
 * Brownian motion with drift, the Ornstein–Uhlenbeck process and the two-Gaussian mixture of logistic
 * noise with equal payoffs.
 */
public final class FokkerPlanck1D {

    /**
     * A density on cells.
     *
     * @param lower the left end a
     * @param width the cell width h
     * @param density the density p<sub>i</sub> on cell i, centre a + (i + ½)h; Σ p<sub>i</sub>h = 1
     */
    public record Solution(double lower, double width, double[] density) {
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

        /** {@return the centre of cell i} */
        double centre(int i) {
            return lower + (i + 0.5) * width;
        }

        /**
         * E g(Y) by the midpoint rule on the cells.
         *
         * @param g the function
         * @return Σ p<sub>i</sub> h g(centre<sub>i</sub>)
         */
        public double expectation(DoubleUnaryOperator g) {
            double e = 0;
            for (int i = 0; i < density.length; i++) {
                e += density[i] * width * g.applyAsDouble(centre(i));
            }
            return e;
        }

        /**
         * P(Y ≤ y), the density taken as constant on each cell.
         *
         * @param y a point
         * @return the cumulative mass up to y
         */
        public double cdf(double y) {
            double c = 0;
            for (int i = 0; i < density.length; i++) {
                double left = lower + i * width;
                if (y <= left) {
                    break;
                }
                c += density[i] * Math.min(width, y - left);
            }
            return c;
        }

        /**
         * The p-quantile: the inverse of {@link #cdf}.
         *
         * @param p a level in (0, 1)
         * @return the smallest y with cdf(y) = p
         */
        public double quantile(double p) {
            double c = 0;
            for (int i = 0; i < density.length; i++) {
                double mass = density[i] * width;
                if (mass > 0 && c + mass >= p) {
                    return lower + i * width + (p - c) / mass * width;
                }
                c += mass;
            }
            return lower + density.length * width;
        }

        /** {@return Σ p<sub>i</sub>h, 1 up to rounding} */
        public double mass() {
            return expectation(y -> 1);
        }
    }

    private FokkerPlanck1D() {}

    /** B(z) = z/(e^z − 1), with its limit 1 at 0 and no cancellation near it. */
    static double bernoulli(double z) {
        if (Math.abs(z) < 1e-6) {
            return 1 - z / 2 + z * z / 12;
        }
        return z / Math.expm1(z);
    }

    /**
     * Solves the Fokker–Planck equation from a point mass.
     *
     * @param drift μ(y)
     * @param noise s &gt; 0, the constant diffusion coefficient
     * @param lower the left end a
     * @param upper the right end b &gt; a, far enough that no mass reaches the ends
     * @param cells the number M of cells, at least 3
     * @param start y<sub>0</sub> in (a, b)
     * @param time T &gt; 0
     * @param steps the number of time steps, at least 1
     * @return the density at T
     * @throws IllegalArgumentException for unusable arguments
     */
    public static Solution solve(
            DoubleUnaryOperator drift,
            double noise,
            double lower,
            double upper,
            int cells,
            double start,
            double time,
            int steps) {
        if (!(noise > 0 && upper > lower && cells >= 3 && start > lower && start < upper && time > 0 && steps >= 1)) {
            throw new IllegalArgumentException("unusable Fokker-Planck problem");
        }
        double h = (upper - lower) / cells;
        double d = noise * noise / 2;
        // face f between cells f and f + 1 (f = 0..M-2): J_f = alpha_f p_f - beta_f p_{f+1}
        double[] alpha = new double[cells - 1];
        double[] beta = new double[cells - 1];
        for (int f = 0; f < cells - 1; f++) {
            double peclet = drift.applyAsDouble(lower + (f + 1) * h) * h / d;
            alpha[f] = d / h * bernoulli(-peclet);
            beta[f] = d / h * bernoulli(peclet);
        }
        // dp_i/dt = (J_{i-1} - J_i)/h = A p: lower, diagonal and upper bands of A
        double[] sub = new double[cells];
        double[] diag = new double[cells];
        double[] sup = new double[cells];
        for (int i = 0; i < cells; i++) {
            if (i > 0) {
                sub[i] = alpha[i - 1] / h;
                diag[i] -= beta[i - 1] / h;
            }
            if (i < cells - 1) {
                diag[i] -= alpha[i] / h;
                sup[i] = beta[i] / h;
            }
        }
        double[] p = new double[cells];
        double pos = (start - lower) / h - 0.5;
        int left = (int) Math.floor(pos);
        double frac = pos - left;
        if (left < 0) {
            p[0] = 1 / h;
        } else if (left >= cells - 1) {
            p[cells - 1] = 1 / h;
        } else {
            p[left] = (1 - frac) / h;
            p[left + 1] = frac / h;
        }
        double dt = time / steps;
        double[] rhs = new double[cells];
        double[] previous = p.clone();
        // implicit Euler: (I - dt A) p1 = p0
        p = tridiagonal(sub, diag, sup, 1, dt, p.clone(), rhs);
        for (int n = 1; n < steps; n++) {
            // BDF2: (3 I - 2 dt A) p_{n+1} = 4 p_n - p_{n-1}
            double[] b = new double[cells];
            for (int i = 0; i < cells; i++) {
                b[i] = 4 * p[i] - previous[i];
            }
            previous = p;
            p = tridiagonal(sub, diag, sup, 3, 2 * dt, b, rhs);
        }
        return new Solution(lower, h, p);
    }

    /** Solves (c I − k A) x = b by Thomas' algorithm (A diagonally dominant: no pivoting needed). */
    private static double[] tridiagonal(
            double[] sub, double[] diag, double[] sup, double c, double k, double[] b, double[] scratch) {
        int n = b.length;
        double[] x = new double[n];
        double denom = c - k * diag[0];
        scratch[0] = -k * sup[0] / denom;
        x[0] = b[0] / denom;
        for (int i = 1; i < n; i++) {
            double a = -k * sub[i];
            denom = c - k * diag[i] - a * scratch[i - 1];
            scratch[i] = -k * sup[i] / denom;
            x[i] = (b[i] - a * x[i - 1]) / denom;
        }
        for (int i = n - 2; i >= 0; i--) {
            x[i] -= scratch[i] * x[i + 1];
        }
        return x;
    }
}
