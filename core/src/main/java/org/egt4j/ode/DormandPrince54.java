package org.egt4j.ode;

import org.egt4j.dynamics.VectorField;

/**
 * The explicit Runge–Kutta pair of Dormand and Prince, order 5 with an embedded order-4 error
 * estimate (J. R. Dormand, P. J. Prince, "A family of embedded Runge-Kutta formulae", J. Comp. Appl.
 * Math. 6, 1980), with first-same-as-last stages, Hairer's 4th-order continuous extension for dense
 * output, his PI step-size controller (β = 0.04, safety 0.9, factor in [0.2, 10]) and his automatic
 * initial step (Hairer, Nørsett, Wanner, Solving ODE I, 2nd ed., §II.4–II.6; coefficients as in
 * their DOPRI5).
 *
 * <p>The integration loop, events, stop conditions and projection are those of {@link
 * AdaptiveRungeKutta}; a step allocates nothing. Not thread-safe: one engine per thread.
 */
public final class DormandPrince54 extends AdaptiveRungeKutta {

    /** The name reports print for this pair. */
    public static final String NAME = "Dormand–Prince 5(4)";

    private static final double C2 = 1.0 / 5;
    private static final double C3 = 3.0 / 10;
    private static final double C4 = 4.0 / 5;
    private static final double C5 = 8.0 / 9;
    private static final double A21 = 1.0 / 5;
    private static final double A31 = 3.0 / 40;
    private static final double A32 = 9.0 / 40;
    private static final double A41 = 44.0 / 45;
    private static final double A42 = -56.0 / 15;
    private static final double A43 = 32.0 / 9;
    private static final double A51 = 19372.0 / 6561;
    private static final double A52 = -25360.0 / 2187;
    private static final double A53 = 64448.0 / 6561;
    private static final double A54 = -212.0 / 729;
    private static final double A61 = 9017.0 / 3168;
    private static final double A62 = -355.0 / 33;
    private static final double A63 = 46732.0 / 5247;
    private static final double A64 = 49.0 / 176;
    private static final double A65 = -5103.0 / 18656;
    private static final double A71 = 35.0 / 384;
    private static final double A73 = 500.0 / 1113;
    private static final double A74 = 125.0 / 192;
    private static final double A75 = -2187.0 / 6784;
    private static final double A76 = 11.0 / 84;
    // error coefficients: 5th-order weights minus 4th-order weights
    private static final double E1 = 71.0 / 57600;
    private static final double E3 = -71.0 / 16695;
    private static final double E4 = 71.0 / 1920;
    private static final double E5 = -17253.0 / 339200;
    private static final double E6 = 22.0 / 525;
    private static final double E7 = -1.0 / 40;
    // dense output (Shampine's 4th-order extension as arranged in DOPRI5)
    private static final double D1 = -12715105075.0 / 11282082432.0;
    private static final double D3 = 87487479700.0 / 32700410799.0;
    private static final double D4 = -10690763975.0 / 1880347072.0;
    private static final double D5 = 701980252875.0 / 199316789632.0;
    private static final double D6 = -1453857185.0 / 822651844.0;
    private static final double D7 = 69997945.0 / 29380423.0;

    private double[] k2;
    private double[] k3;
    private double[] k4;
    private double[] k5;
    private double[] k6;
    private double[] r1;
    private double[] r2;
    private double[] r3;
    private double[] r4;
    private double[] r5;

    /**
     * An engine with these settings.
     *
     * @param settings tolerances, step limits and projection
     */
    public DormandPrince54(SolverSettings settings) {
        // DOPRI5's controller: beta 0.04, exponent 1/5 - 0.75 beta, h_new/h in [0.2, 10]
        super(settings, 5, 0.2 - 0.04 * 0.75, 0.04, 0.1, 5, true);
    }

    /** {@return {@value #NAME}} */
    @Override
    public String name() {
        return NAME;
    }

    /** An engine with {@link SolverSettings#DEFAULT} settings. */
    public DormandPrince54() {
        this(SolverSettings.DEFAULT);
    }

    /** The six new stages of a step of size h from (t, y); yNew and kNew = F(yNew) at the end. */
    @Override
    double attempt(VectorField f, double t, double h) {
        for (int i = 0; i < n; i++) {
            yTmp[i] = y[i] + h * A21 * k1[i];
        }
        evaluate(f, yTmp, k2, t + C2 * h);
        for (int i = 0; i < n; i++) {
            yTmp[i] = y[i] + h * (A31 * k1[i] + A32 * k2[i]);
        }
        evaluate(f, yTmp, k3, t + C3 * h);
        for (int i = 0; i < n; i++) {
            yTmp[i] = y[i] + h * (A41 * k1[i] + A42 * k2[i] + A43 * k3[i]);
        }
        evaluate(f, yTmp, k4, t + C4 * h);
        for (int i = 0; i < n; i++) {
            yTmp[i] = y[i] + h * (A51 * k1[i] + A52 * k2[i] + A53 * k3[i] + A54 * k4[i]);
        }
        evaluate(f, yTmp, k5, t + C5 * h);
        for (int i = 0; i < n; i++) {
            yTmp[i] = y[i] + h * (A61 * k1[i] + A62 * k2[i] + A63 * k3[i] + A64 * k4[i] + A65 * k5[i]);
        }
        evaluate(f, yTmp, k6, t + h);
        for (int i = 0; i < n; i++) {
            yNew[i] = y[i] + h * (A71 * k1[i] + A73 * k3[i] + A74 * k4[i] + A75 * k5[i] + A76 * k6[i]);
        }
        evaluate(f, yNew, kNew, t + h);
        double err = 0;
        for (int i = 0; i < n; i++) {
            double e = h * (E1 * k1[i] + E3 * k3[i] + E4 * k4[i] + E5 * k5[i] + E6 * k6[i] + E7 * kNew[i]);
            double sk = settings().tolerances().scale(i, y[i], yNew[i]);
            err += (e / sk) * (e / sk);
        }
        return Math.sqrt(err / n);
    }

    @Override
    void buildDense(VectorField f, double t, double h) {
        for (int i = 0; i < n; i++) {
            double dy = yNew[i] - y[i];
            double b = h * k1[i] - dy;
            r1[i] = y[i];
            r2[i] = dy;
            r3[i] = b;
            r4[i] = dy - h * kNew[i] - b;
            r5[i] = h * (D1 * k1[i] + D3 * k3[i] + D4 * k4[i] + D5 * k5[i] + D6 * k6[i] + D7 * kNew[i]);
        }
    }

    @Override
    void interpolate(double theta, double[] out) {
        double theta1 = 1 - theta;
        for (int i = 0; i < n; i++) {
            out[i] = r1[i] + theta * (r2[i] + theta1 * (r3[i] + theta * (r4[i] + theta1 * r5[i])));
        }
    }

    @Override
    void allocateStages() {
        k2 = new double[n];
        k3 = new double[n];
        k4 = new double[n];
        k5 = new double[n];
        k6 = new double[n];
        r1 = new double[n];
        r2 = new double[n];
        r3 = new double[n];
        r4 = new double[n];
        r5 = new double[n];
    }
}
