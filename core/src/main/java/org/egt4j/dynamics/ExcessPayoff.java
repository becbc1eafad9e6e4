package org.egt4j.dynamics;

/**
 * The excess-payoff protocol of Brown and von Neumann (1950; Sandholm 2010, §5.5): a revising agent
 * switches to strategy j at a rate equal to j's excess over the population's mean payoff, whatever it
 * plays itself, ρ<sub>ij</sub> = [π<sub>j</sub> − x·π]<sub>+</sub>. Its mean dynamic is the
 * Brown–von Neumann–Nash dynamic ({@link BrownVonNeumannNash}).
 */
public final class ExcessPayoff implements RevisionProtocol {

    /** The protocol (it has no parameters). */
    public static final ExcessPayoff INSTANCE = new ExcessPayoff();

    private ExcessPayoff() {}

    @Override
    public String name() {
        return "excess-payoff";
    }

    @Override
    public void rates(double[] payoffs, double[] shares, double[] out) {
        int n = payoffs.length;
        double mean = 0;
        for (int j = 0; j < n; j++) {
            mean += shares[j] * payoffs[j];
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                out[i * n + j] = Math.max(0, payoffs[j] - mean);
            }
        }
    }
}
