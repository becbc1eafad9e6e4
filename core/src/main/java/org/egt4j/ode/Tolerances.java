package org.egt4j.ode;

import java.util.Arrays;

/**
 * Error tolerances of an adaptive solver: a step is accepted when the estimated local error e<sub>i</sub>
 * of every component satisfies, in the root-mean-square sense, |e<sub>i</sub>| ≤ atol<sub>i</sub> +
 * rtol<sub>i</sub>·max(|x<sub>i</sub>|, |x̃<sub>i</sub>|) (Hairer, Nørsett and Wanner, Solving ODE I,
 * §II.4). Scalar or per component; immutable.
 */
public final class Tolerances {

    private final double rtol;
    private final double atol;
    private final double[] rtols;
    private final double[] atols;

    private Tolerances(double rtol, double atol, double[] rtols, double[] atols) {
        this.rtol = rtol;
        this.atol = atol;
        this.rtols = rtols;
        this.atols = atols;
    }

    /**
     * The same relative and absolute tolerance for every component.
     *
     * @param rtol relative tolerance, ≥ 0
     * @param atol absolute tolerance, ≥ 0 (not both zero)
     * @return the tolerances
     */
    public static Tolerances of(double rtol, double atol) {
        check(rtol, atol);
        return new Tolerances(rtol, atol, null, null);
    }

    /**
     * One relative and one absolute tolerance per component.
     *
     * @param rtol relative tolerance per component (copied)
     * @param atol absolute tolerance per component (copied), same length
     * @return the tolerances
     */
    public static Tolerances perComponent(double[] rtol, double[] atol) {
        if (rtol.length != atol.length) {
            throw new IllegalArgumentException("rtol and atol have different lengths");
        }
        for (int i = 0; i < rtol.length; i++) {
            check(rtol[i], atol[i]);
        }
        return new Tolerances(Double.NaN, Double.NaN, rtol.clone(), atol.clone());
    }

    private static void check(double rtol, double atol) {
        if (!(rtol >= 0) || !(atol >= 0) || !(rtol + atol > 0) || Double.isInfinite(rtol) || Double.isInfinite(atol)) {
            throw new IllegalArgumentException(
                    "tolerances must be finite, non-negative and not both zero: rtol " + rtol + ", atol " + atol);
        }
    }

    double[] relatives() {
        return rtols.clone();
    }

    double[] absolutes() {
        return atols.clone();
    }

    /** {@return the largest relative tolerance of any component} */
    public double maxRelative() {
        if (rtols == null) {
            return rtol;
        }
        double m = 0;
        for (double r : rtols) {
            m = Math.max(m, r);
        }
        return m;
    }

    /** {@return whether the tolerances are per component} */
    public boolean isPerComponent() {
        return rtols != null;
    }

    /**
     * Relative tolerance of component i.
     *
     * @param i the component
     * @return rtol<sub>i</sub>
     */
    public double relative(int i) {
        return rtols == null ? rtol : rtols[i];
    }

    /**
     * Absolute tolerance of component i.
     *
     * @param i the component
     * @return atol<sub>i</sub>
     */
    public double absolute(int i) {
        return atols == null ? atol : atols[i];
    }

    /** The scale atol<sub>i</sub> + rtol<sub>i</sub>·max(|a|, |b|) of component i. */
    double scale(int i, double a, double b) {
        double m = Math.max(Math.abs(a), Math.abs(b));
        return rtols == null ? atol + rtol * m : atols[i] + rtols[i] * m;
    }

    /** Checks the dimension of per-component tolerances. */
    void checkDimension(int n) {
        if (rtols != null && rtols.length != n) {
            throw new IllegalArgumentException("tolerances have " + rtols.length + " components, the field " + n);
        }
    }

    @Override
    public String toString() {
        return rtols == null
                ? "rtol " + rtol + ", atol " + atol
                : "rtol " + Arrays.toString(rtols) + ", atol " + Arrays.toString(atols);
    }
}
