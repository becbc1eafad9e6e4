package org.egt4j.analysis;

/**
 * Wilson's score interval for a binomial proportion (E. B. Wilson, JASA 22, 1927): for k successes in
 * n trials and z the normal quantile, centre (p̂ + z²/2n)/(1 + z²/n) and half-width
 * z·sqrt(p̂(1 − p̂)/n + z²/4n²)/(1 + z²/n). Unlike the Wald interval it behaves at p̂ = 0 and 1.
 *
 * @param lower lower end
 * @param upper upper end
 */
public record Wilson(double lower, double upper) {

    /** z for 95% two-sided confidence. */
    public static final double Z95 = 1.959963984540054;

    /**
     * The 95% interval for k of n.
     *
     * @param k successes, 0 ≤ k ≤ n
     * @param n trials, positive
     * @return the interval, within [0, 1]
     */
    public static Wilson of(long k, long n) {
        return of(k, n, Z95);
    }

    /**
     * The interval for k of n with quantile z.
     *
     * @param k successes, 0 ≤ k ≤ n
     * @param n trials, positive
     * @param z the two-sided normal quantile, e.g. {@link #Z95}
     * @return the interval, within [0, 1]
     */
    public static Wilson of(long k, long n, double z) {
        if (n <= 0 || k < 0 || k > n) {
            throw new IllegalArgumentException("need 0 <= k <= n and n > 0, not k = " + k + ", n = " + n);
        }
        double p = (double) k / n;
        double z2 = z * z;
        double denominator = 1 + z2 / n;
        double centre = (p + z2 / (2.0 * n)) / denominator;
        double half = z * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n)) / denominator;
        return new Wilson(Math.max(0, centre - half), Math.min(1, centre + half));
    }
}
