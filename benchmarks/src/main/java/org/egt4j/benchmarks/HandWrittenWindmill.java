package org.egt4j.benchmarks;

import org.egt4j.game.BoundGame;

/**
 * The windmill model's replicator field and Jacobian written out by hand, as a researcher would in
 * MATLAB or Java: the baseline that a spec-loaded field is measured against.
 *
 * <pre>
 *   ẋ = x(1−x)(R − C + (S + F)y + Tz + Iw)          ẏ = y(1−y)(F − Cg + (V/2 − S − F)x − Sp z)
 *   ż = z(1−z)(Pf x − Cp + Sp y + N w)               ẇ = w(1−w)(K x − ρ + G y + N z/2)
 * </pre>
 */
final class HandWrittenWindmill {

    private final double r, c, s, f, t, i, v, cg, sp, pf, n, cp, k, rho, gg;

    HandWrittenWindmill(BoundGame b) {
        var p = b.parameterValues();
        r = p.get("R");
        c = p.get("C");
        s = p.get("S");
        f = p.get("F");
        t = p.get("T");
        i = p.get("I");
        v = p.get("V");
        cg = p.get("Cg");
        sp = p.get("Sp");
        pf = p.get("Pf");
        n = p.get("N");
        cp = p.get("Cp");
        k = p.get("K");
        rho = p.get("rho");
        gg = p.get("G");
    }

    /** The derivative alone. */
    void derivative(double[] state, double[] out) {
        double x = state[0];
        double y = state[1];
        double z = state[2];
        double w = state[3];
        out[0] = x * (1 - x) * (r - c + (s + f) * y + t * z + i * w);
        out[1] = y * (1 - y) * (f - cg + (v / 2 - s - f) * x - sp * z);
        out[2] = z * (1 - z) * (pf * x - cp + sp * y + n * w);
        out[3] = w * (1 - w) * (k * x - rho + gg * y + n * z / 2);
    }

    void derivativeAndJacobian(double[] state, double[] out, double[] jac) {
        double x = state[0];
        double y = state[1];
        double z = state[2];
        double w = state[3];
        double gx = r - c + (s + f) * y + t * z + i * w;
        double gy = f - cg + (v / 2 - s - f) * x - sp * z;
        double gz = pf * x - cp + sp * y + n * w;
        double gw = k * x - rho + gg * y + n * z / 2;
        double vx = x * (1 - x);
        double vy = y * (1 - y);
        double vz = z * (1 - z);
        double vw = w * (1 - w);
        out[0] = vx * gx;
        out[1] = vy * gy;
        out[2] = vz * gz;
        out[3] = vw * gw;
        jac[0] = (1 - 2 * x) * gx;
        jac[1] = vx * (s + f);
        jac[2] = vx * t;
        jac[3] = vx * i;
        jac[4] = vy * (v / 2 - s - f);
        jac[5] = (1 - 2 * y) * gy;
        jac[6] = -vy * sp;
        jac[7] = 0;
        jac[8] = vz * pf;
        jac[9] = vz * sp;
        jac[10] = (1 - 2 * z) * gz;
        jac[11] = vz * n;
        jac[12] = vw * k;
        jac[13] = vw * gg;
        jac[14] = vw * n / 2;
        jac[15] = (1 - 2 * w) * gw;
    }
}
