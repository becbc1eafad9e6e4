package org.egt4j.ode;

/**
 * The outcome of one integration: where and when it ended, why, and what it cost.
 *
 * @param time the final time
 * @param state the final state (a copy)
 * @param reason why it ended
 * @param event index of the event (in the list given) that stopped it, or -1
 * @param steps accepted steps
 * @param rejected rejected steps
 * @param evaluations right-hand-side evaluations
 */
public record Trajectory(
        double time, double[] state, Reason reason, int event, long steps, long rejected, long evaluations) {
    /**
     * Readable text for JShell and logs ({@link org.egt4j.Show#record}): the components with their
     * numbers to 6 significant digits, long arrays shortened to their first items and their count.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return org.egt4j.Show.record(this);
    }

    /** Why an integration ended. */
    public enum Reason {
        /** The end time was reached. */
        END,
        /** An event returned {@link Event.Action#STOP}. */
        EVENT,
        /** A {@link StopCondition} held. */
        CONDITION
    }
}
