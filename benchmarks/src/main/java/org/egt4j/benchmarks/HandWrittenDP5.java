package org.egt4j.benchmarks;

/**
 * A minimal allocation-free Dormand–Prince 5(4) for the hand-written windmill equations: the same
 * tableau, error norm, PI controller and initial step as egt4j's engine, with nothing else (no dense
 * output, events, observers or checks). The practical lower bound for integrating these equations.
 */
final class HandWrittenDP5 {

    private final HandWrittenWindmill f;
    private final double rtol;
    private final double atol;
    private final double[] k1 = new double[4];
    private final double[] k2 = new double[4];
    private final double[] k3 = new double[4];
    private final double[] k4 = new double[4];
    private final double[] k5 = new double[4];
    private final double[] k6 = new double[4];
    private final double[] k7 = new double[4];
    private final double[] yt = new double[4];
    private final double[] yn = new double[4];

    HandWrittenDP5(HandWrittenWindmill f, double rtol, double atol) {
        this.f = f;
        this.rtol = rtol;
        this.atol = atol;
    }

    /** Integrates y in place from 0 to t1. */
    void integrate(double[] y, double t1) {
        double[] a = k1;
        double[] b = k7;
        f.derivative(y, a);
        double dnf = 0;
        double dny = 0;
        for (int i = 0; i < 4; i++) {
            double sk = atol + rtol * Math.abs(y[i]);
            dnf += (a[i] / sk) * (a[i] / sk);
            dny += (y[i] / sk) * (y[i] / sk);
        }
        double h = (dnf <= 1e-10 || dny <= 1e-10) ? 1e-6 : Math.sqrt(dny / dnf) * 0.01;
        for (int i = 0; i < 4; i++) {
            yt[i] = y[i] + h * a[i];
        }
        f.derivative(yt, k2);
        double der2 = 0;
        for (int i = 0; i < 4; i++) {
            double sk = atol + rtol * Math.abs(y[i]);
            der2 += ((k2[i] - a[i]) / sk) * ((k2[i] - a[i]) / sk);
        }
        der2 = Math.sqrt(der2) / h;
        double der12 = Math.max(der2, Math.sqrt(dnf));
        double h1 = der12 <= 1e-15 ? Math.max(1e-6, h * 1e-3) : Math.pow(0.01 / der12, 0.2);
        h = Math.min(Math.min(100 * h, h1), t1);
        double t = 0;
        double logFacold = Math.log(1e-4);
        boolean rejectedLast = false;
        while (true) {
            boolean last = false;
            if (t + 1.01 * h - t1 >= 0) {
                h = t1 - t;
                last = true;
            }
            for (int i = 0; i < 4; i++) {
                yt[i] = y[i] + h * 0.2 * a[i];
            }
            f.derivative(yt, k2);
            for (int i = 0; i < 4; i++) {
                yt[i] = y[i] + h * (3.0 / 40 * a[i] + 9.0 / 40 * k2[i]);
            }
            f.derivative(yt, k3);
            for (int i = 0; i < 4; i++) {
                yt[i] = y[i] + h * (44.0 / 45 * a[i] - 56.0 / 15 * k2[i] + 32.0 / 9 * k3[i]);
            }
            f.derivative(yt, k4);
            for (int i = 0; i < 4; i++) {
                yt[i] = y[i]
                        + h
                                * (19372.0 / 6561 * a[i]
                                        - 25360.0 / 2187 * k2[i]
                                        + 64448.0 / 6561 * k3[i]
                                        - 212.0 / 729 * k4[i]);
            }
            f.derivative(yt, k5);
            for (int i = 0; i < 4; i++) {
                yt[i] = y[i]
                        + h
                                * (9017.0 / 3168 * a[i]
                                        - 355.0 / 33 * k2[i]
                                        + 46732.0 / 5247 * k3[i]
                                        + 49.0 / 176 * k4[i]
                                        - 5103.0 / 18656 * k5[i]);
            }
            f.derivative(yt, k6);
            for (int i = 0; i < 4; i++) {
                yn[i] = y[i]
                        + h
                                * (35.0 / 384 * a[i]
                                        + 500.0 / 1113 * k3[i]
                                        + 125.0 / 192 * k4[i]
                                        - 2187.0 / 6784 * k5[i]
                                        + 11.0 / 84 * k6[i]);
            }
            f.derivative(yn, b);
            double err = 0;
            for (int i = 0; i < 4; i++) {
                double e = h
                        * (71.0 / 57600 * a[i]
                                - 71.0 / 16695 * k3[i]
                                + 71.0 / 1920 * k4[i]
                                - 17253.0 / 339200 * k5[i]
                                + 22.0 / 525 * k6[i]
                                - 1.0 / 40 * b[i]);
                double sk = atol + rtol * Math.max(Math.abs(y[i]), Math.abs(yn[i]));
                err += (e / sk) * (e / sk);
            }
            err = Math.sqrt(err / 4);
            double logErr = Math.log(err);
            double fac11 = Math.exp(0.17 * logErr);
            if (err <= 1) {
                double fac = Math.max(0.1, Math.min(5, Math.exp(0.17 * logErr - 0.04 * logFacold) / 0.9));
                double hnew = h / fac;
                logFacold = Math.max(logErr, -9.210340371976182);
                System.arraycopy(yn, 0, y, 0, 4);
                double[] s = a;
                a = b;
                b = s;
                t = last ? t1 : t + h;
                if (last) {
                    return;
                }
                if (rejectedLast) {
                    hnew = Math.min(hnew, h);
                }
                rejectedLast = false;
                h = hnew;
            } else {
                h = h / Math.min(5, fac11 / 0.9);
                rejectedLast = true;
            }
        }
    }
}
