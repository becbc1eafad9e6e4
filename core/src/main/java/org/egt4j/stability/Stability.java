package org.egt4j.stability;

import java.util.List;

/**
 * Lyapunov's first method (docs/architecture.md §3): the verdict on a rest point from the real parts of the
 * eigenvalues of its reduced Jacobian, with zero tested against a scale-aware tolerance.
 *
 * <ul>
 *   <li>{@link #STABLE}: all real parts &lt; 0 (asymptotically stable; an ESS in the papers' sense);
 *   <li>{@link #SADDLE}: some &gt; 0 and some &lt; 0;
 *   <li>{@link #UNSTABLE}: some &gt; 0, none &lt; 0;
 *   <li>{@link #NON_HYPERBOLIC}: none &gt; 0 and some = 0, so the first method cannot decide (see the
 *       direct method). A zero eigenvalue is never called a saddle.
 * </ul>
 */
public enum Stability {
    /** All real parts negative. */
    STABLE("stable"),
    /** Real parts of both signs. */
    SADDLE("saddle"),
    /** Some positive real parts, none negative. */
    UNSTABLE("unstable"),
    /** No positive real part and at least one zero. */
    NON_HYPERBOLIC("non-hyperbolic");

    private final String label;

    Stability(String label) {
        this.label = label;
    }

    /** {@return the word used in reports and JSON} */
    public String label() {
        return label;
    }

    /**
     * The zero tolerance for eigenvalues of a matrix with this largest absolute entry.
     *
     * @param scale the largest absolute entry of the Jacobian
     * @return 10<sup>−9</sup>·max(1, scale), the bound below which a real part counts as zero
     */
    public static double zeroTolerance(double scale) {
        return 1e-9 * Math.max(1, scale);
    }

    /**
     * Classifies real parts with the given zero tolerance.
     *
     * @param realParts the real parts of all eigenvalues
     * @param tolerance real parts within ±tolerance count as zero
     * @return the verdict by the rules above
     */
    public static Stability of(double[] realParts, double tolerance) {
        boolean positive = false;
        boolean negative = false;
        boolean zero = false;
        for (double r : realParts) {
            if (r > tolerance) {
                positive = true;
            } else if (r < -tolerance) {
                negative = true;
            } else {
                zero = true;
            }
        }
        if (positive) {
            return negative ? SADDLE : UNSTABLE;
        }
        return zero ? NON_HYPERBOLIC : STABLE;
    }

    /**
     * Classifies eigenvalues with the given zero tolerance.
     *
     * @param eigenvalues the Jacobian's eigenvalues
     * @param tolerance real parts within ±tolerance count as zero
     * @return the verdict on their real parts
     */
    public static Stability of(List<Eigenvalue> eigenvalues, double tolerance) {
        double[] re = new double[eigenvalues.size()];
        for (int i = 0; i < re.length; i++) {
            re[i] = eigenvalues.get(i).re();
        }
        return of(re, tolerance);
    }
}
