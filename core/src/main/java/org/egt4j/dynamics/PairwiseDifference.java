package org.egt4j.dynamics;

/**
 * The pairwise-difference protocol (Smith 1984; Sandholm 2010, §5.6): a revising i-player picks a
 * strategy j at random and switches at a rate equal to its payoff advantage, ρ<sub>ij</sub> =
 * [π<sub>j</sub> − π<sub>i</sub>]<sub>+</sub>. Its mean dynamic is Smith's dynamic
 * ({@link SmithDynamics}).
 */
public final class PairwiseDifference implements RevisionProtocol {

    /** The protocol (it has no parameters). */
    public static final PairwiseDifference INSTANCE = new PairwiseDifference();

    private PairwiseDifference() {}

    @Override
    public String name() {
        return "pairwise-difference";
    }

    @Override
    public void rates(double[] payoffs, double[] shares, double[] out) {
        int n = payoffs.length;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                out[i * n + j] = Math.max(0, payoffs[j] - payoffs[i]);
            }
        }
    }
}
