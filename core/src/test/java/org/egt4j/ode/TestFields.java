package org.egt4j.ode;

import org.egt4j.dynamics.VectorField;

/** Small vector fields with closed-form solutions, written directly as {@link VectorField}s. */
final class TestFields {

    private TestFields() {}

    interface Rhs {
        void derivative(double[] x, double[] out);
    }

    /** A field from a lambda; its Jacobian is not needed by the solver. */
    static VectorField of(int n, Rhs rhs) {
        return new VectorField() {
            @Override
            public int dimension() {
                return n;
            }

            @Override
            public void derivative(double[] x, double[] out) {
                rhs.derivative(x, out);
            }

            @Override
            public void jacobian(double[] x, double[] out) {
                throw new UnsupportedOperationException();
            }

            @Override
            public VectorField copy() {
                return this;
            }
        };
    }

    /** Logistic replicator ẋ = c x (1 − x); x(t) = 1 / (1 + (1 − x0)/x0 · e^{−ct}). */
    static VectorField logistic(double c) {
        return of(1, (x, out) -> out[0] = c * x[0] * (1 - x[0]));
    }

    static double logisticSolution(double c, double x0, double t) {
        return 1 / (1 + (1 - x0) / x0 * Math.exp(-c * t));
    }

    /** Harmonic oscillator ẋ = −y, ẏ = x; (cos t, sin t) from (1, 0). */
    static VectorField harmonic() {
        return of(2, (x, out) -> {
            out[0] = -x[1];
            out[1] = x[0];
        });
    }
}
