package org.egt4j.finite;

/** Sums of exponentials without overflow or underflow. */
final class LogMath {

    private LogMath() {}

    /**
     * ln(e<sup>a</sup> + e<sup>b</sup>), exact for −∞ arguments.
     *
     * @param a a logarithm (may be −∞)
     * @param b a logarithm (may be −∞)
     * @return the logarithm of the sum
     */
    static double add(double a, double b) {
        if (a == Double.NEGATIVE_INFINITY) {
            return b;
        }
        if (b == Double.NEGATIVE_INFINITY) {
            return a;
        }
        return a >= b ? a + Math.log1p(Math.exp(b - a)) : b + Math.log1p(Math.exp(a - b));
    }

    /**
     * ln(1 + e<sup>x</sup>) (the softplus), accurate for large |x|.
     *
     * @param x any finite number
     * @return ln(1 + e<sup>x</sup>)
     */
    static double softplus(double x) {
        return x > 0 ? x + Math.log1p(Math.exp(-x)) : Math.log1p(Math.exp(x));
    }
}
