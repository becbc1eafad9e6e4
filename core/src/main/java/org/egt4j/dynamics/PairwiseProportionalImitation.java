package org.egt4j.dynamics;

/**
 * Pairwise proportional imitation (Schlag 1998, "Why imitate, and if so, how?", J. Econ. Theory 78;
 * Sandholm 2010, §5.4.2): a revising i-player meets a random opponent of its own population, who plays
 * j with probability x<sub>j</sub>, and switches with probability proportional to the payoff excess,
 * ρ<sub>ij</sub> = x<sub>j</sub> [π<sub>j</sub> − π<sub>i</sub>]<sub>+</sub>. Its mean dynamic is the
 * replicator: Σ<sub>j</sub> x<sub>j</sub> x<sub>i</sub>[π<sub>i</sub> − π<sub>j</sub>]<sub>+</sub> −
 * x<sub>i</sub> Σ<sub>j</sub> x<sub>j</sub>[π<sub>j</sub> − π<sub>i</sub>]<sub>+</sub> = x<sub>i</sub>
 * Σ<sub>j</sub> x<sub>j</sub>(π<sub>i</sub> − π<sub>j</sub>) = x<sub>i</sub>(π<sub>i</sub> − x·π).
 */
public final class PairwiseProportionalImitation implements RevisionProtocol {

    /** The protocol (it has no parameters). */
    public static final PairwiseProportionalImitation INSTANCE = new PairwiseProportionalImitation();

    private PairwiseProportionalImitation() {}

    @Override
    public String name() {
        return "pairwise-proportional-imitation";
    }

    @Override
    public void rates(double[] payoffs, double[] shares, double[] out) {
        int n = payoffs.length;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                out[i * n + j] = shares[j] * Math.max(0, payoffs[j] - payoffs[i]);
            }
        }
    }
}
