package org.egt4j.dynamics;

/**
 * Straight-line numeric code for one replicator field: the derivative, and the derivative with the
 * Jacobian. Implementations are generated per game ({@link KernelCompiler}); they keep no state, so
 * one instance serves any number of threads.
 */
interface Kernel {

    /** Writes F(x) into {@code dx}. */
    void derivative(double[] x, double[] dx);

    /** Writes F(x) into {@code dx} and DF(x), row-major, into {@code jac}. */
    void evaluate(double[] x, double[] dx, double[] jac);
}
