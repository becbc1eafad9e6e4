package org.egt4j.dynamics;

/**
 * A vector field evaluated by a generated {@link Kernel} (derivative, and derivative with Jacobian):
 * the compiled form of fields that {@link KernelCompiler} builds from a dynamic's formula.
 * Allocation-free; the scratch row for {@link #jacobian} makes an instance single-threaded.
 */
final class KernelField implements VectorField {

    private final Kernel kernel;
    private final int n;
    private final StateSpace space;
    private final double[] scratch;

    KernelField(Kernel kernel, int n, StateSpace space) {
        this.kernel = kernel;
        this.n = n;
        this.space = space;
        this.scratch = new double[n];
    }

    @Override
    public int dimension() {
        return n;
    }

    @Override
    public void derivative(double[] x, double[] out) {
        kernel.derivative(x, out);
    }

    @Override
    public void jacobian(double[] x, double[] out) {
        kernel.evaluate(x, scratch, out);
    }

    @Override
    public void derivativeAndJacobian(double[] x, double[] out, double[] jacobian) {
        kernel.evaluate(x, out, jacobian);
    }

    @Override
    public StateSpace stateSpace() {
        return space;
    }

    @Override
    public KernelField copy() {
        return new KernelField(kernel, n, space);
    }
}
