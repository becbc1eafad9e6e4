package org.egt4j.sde;

import java.util.Locale;
import org.egt4j.ModelException;

/**
 * Fixed-step schemes for an Itô SDE dX = a(X) dt + Σ<sub>j</sub> b<sub>j</sub>(X) dW<sub>j</sub>
 * (P. E. Kloeden and E. Platen, <i>Numerical Solution of Stochastic Differential Equations</i>,
 * Springer 1992, §10.2 and §10.3), with ΔW<sub>j</sub> ~ N(0, h) the increments over a step h.
 */
public enum Scheme {
    /**
     * Euler–Maruyama: X' = X + a h + Σ<sub>j</sub> b<sub>j</sub> ΔW<sub>j</sub>; strong order 1/2,
     * weak order 1.
     */
    EULER_MARUYAMA("euler-maruyama"),
    /**
     * Milstein: Euler–Maruyama plus ½ Σ<sub>j,l</sub> (L<sup>j</sup>b<sub>l</sub>)(ΔW<sub>j</sub>ΔW<sub>l</sub>
     * − δ<sub>jl</sub> h), L<sup>j</sup> = Σ<sub>k</sub> b<sub>k,j</sub> ∂<sub>k</sub>; strong order 1
     * when the noise is diagonal or commutative (L<sup>j</sup>b<sub>l</sub> = L<sup>l</sup>b<sub>j</sub>),
     * weak order 1. The Lévy areas are not simulated, so for non-commutative noise (payoff shocks in a
     * population of three or more strategies) the strong order is 1/2.
     */
    MILSTEIN("milstein");

    private final String key;

    Scheme(String key) {
        this.key = key;
    }

    /** {@return the name used in specs and on the command line} */
    public String key() {
        return key;
    }

    /**
     * One step of a scalar SDE dX = a dt + b dW.
     *
     * @param x the state X
     * @param a the drift a(X)
     * @param b the diffusion b(X)
     * @param bDb b(X)·b′(X), used by Milstein only
     * @param h the step
     * @param dW the Brownian increment over the step, N(0, h)
     * @return the next state
     */
    public double step(double x, double a, double b, double bDb, double h, double dW) {
        double next = x + a * h + b * dW;
        if (this == MILSTEIN) {
            next += 0.5 * bDb * (dW * dW - h);
        }
        return next;
    }

    /**
     * The scheme with this name.
     *
     * @param name {@code euler-maruyama} or {@code milstein} (case-insensitive)
     * @return the scheme
     * @throws ModelException for any other name
     */
    public static Scheme parse(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        for (Scheme s : values()) {
            if (s.key.equals(n)) {
                return s;
            }
        }
        throw new ModelException("unknown scheme '" + name.trim() + "'", "use euler-maruyama or milstein");
    }
}
