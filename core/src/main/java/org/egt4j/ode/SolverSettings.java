package org.egt4j.ode;

/**
 * Settings of an adaptive solver; immutable, changed by {@code withXxx} copies.
 *
 * @param tolerances error tolerances
 * @param maxSteps most steps (accepted and rejected) before the integration fails
 * @param initialStep first step size, or NaN to choose it automatically (Hairer's algorithm)
 * @param maxStep largest step size (+∞ for none)
 * @param project whether to move states back into the field's {@link
 *     org.egt4j.dynamics.StateSpace} after each step when round-off takes them out
 */
public record SolverSettings(
        Tolerances tolerances, long maxSteps, double initialStep, double maxStep, boolean project) {

    /** rtol 1e-8, atol 1e-10, 10<sup>6</sup> steps, automatic initial step, no step limit, projection on. */
    public static final SolverSettings DEFAULT =
            new SolverSettings(Tolerances.of(1e-8, 1e-10), 1_000_000, Double.NaN, Double.POSITIVE_INFINITY, true);

    /**
     * Checks the values.
     *
     * @param tolerances error tolerances
     * @param maxSteps most steps before the integration fails, positive
     * @param initialStep first step size, or NaN for automatic
     * @param maxStep largest step size, positive
     * @param project whether to project states back into the state space
     * @throws IllegalArgumentException for a non-positive step budget or largest step, or an initial step
     *     that is neither NaN nor positive
     */
    public SolverSettings {
        if (maxSteps <= 0) {
            throw new IllegalArgumentException("maxSteps must be positive");
        }
        if (!(maxStep > 0)) {
            throw new IllegalArgumentException("maxStep must be positive");
        }
        if (!Double.isNaN(initialStep) && !(initialStep > 0)) {
            throw new IllegalArgumentException("initialStep must be positive (or NaN for automatic)");
        }
    }

    /**
     * A copy with scalar tolerances.
     *
     * @param rtol relative tolerance of every component
     * @param atol absolute tolerance of every component
     * @return the copy
     */
    public SolverSettings withTolerances(double rtol, double atol) {
        return withTolerances(Tolerances.of(rtol, atol));
    }

    /**
     * A copy with these tolerances.
     *
     * @param t the tolerances
     * @return the copy
     */
    public SolverSettings withTolerances(Tolerances t) {
        return new SolverSettings(t, maxSteps, initialStep, maxStep, project);
    }

    /**
     * A copy with this step budget.
     *
     * @param n most steps, accepted and rejected, before the integration fails
     * @return the copy
     */
    public SolverSettings withMaxSteps(long n) {
        return new SolverSettings(tolerances, n, initialStep, maxStep, project);
    }

    /**
     * A copy with this initial step (NaN: automatic).
     *
     * @param h the first step size, or NaN for Hairer's automatic choice
     * @return the copy
     */
    public SolverSettings withInitialStep(double h) {
        return new SolverSettings(tolerances, maxSteps, h, maxStep, project);
    }

    /**
     * A copy with this largest step.
     *
     * @param h the largest step size, positive (+∞ for none)
     * @return the copy
     */
    public SolverSettings withMaxStep(double h) {
        return new SolverSettings(tolerances, maxSteps, initialStep, h, project);
    }

    /**
     * A copy with projection onto the state space on or off.
     *
     * @param on whether to move states back into the state space after each step
     * @return the copy
     */
    public SolverSettings withProjection(boolean on) {
        return new SolverSettings(tolerances, maxSteps, initialStep, maxStep, on);
    }
}
