package org.egt4j;

import java.util.Arrays;

/**
 * A numerical failure of a computation on a well-formed model: an integration whose step size
 * underflows, whose state or field stops being finite, or which exhausts its step budget. Unlike a
 * {@link ModelException} (an error in the user's game, with its place in the source) it carries where
 * in time and state space the computation failed, and its message names the likely cause.
 *
 * <p>Command-line front ends print {@link #getMessage()} and {@link #hint()} without a stack trace and
 * exit with status 3.
 */
public final class NumericalException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What failed, with the time and the state. */
    private final String problem;

    /** The likely cause and what to try; empty when there is nothing useful to add. */
    private final String hint;

    /** The time at which the computation failed (NaN when unknown). */
    private final double time;

    /** The state there (empty when unknown). */
    private final double[] state;

    /**
     * A numerical failure at a known time and state.
     *
     * @param problem what failed; the message is this text followed by the time and the state
     * @param hint the likely cause and what to try (may be empty)
     * @param time the time at which it failed (NaN when unknown)
     * @param state the state there (copied; may be empty when unknown)
     */
    public NumericalException(String problem, String hint, double time, double[] state) {
        super(problem + " at t = " + time + ", x = " + Arrays.toString(state));
        this.problem = problem;
        this.hint = hint == null ? "" : hint;
        this.time = time;
        this.state = state == null ? new double[0] : state.clone();
    }

    /** {@return what failed, without the time and state} */
    public String problem() {
        return problem;
    }

    /** {@return the likely cause and what to try; empty when there is nothing useful to add} */
    public String hint() {
        return hint;
    }

    /** {@return the time at which the computation failed, NaN when unknown} */
    public double time() {
        return time;
    }

    /** {@return a copy of the state at which it failed, empty when unknown} */
    public double[] state() {
        return state.clone();
    }
}
