package org.egt4j.dynamics;

/**
 * A revision protocol (Sandholm, <i>Population Games and Evolutionary Dynamics</i>, MIT Press 2010,
 * ch. 4): ρ<sub>ij</sub>(π, x), the rate at which an agent playing strategy i switches to strategy j,
 * given the payoffs π of the population's strategies and its state x (the shares of all strategies).
 * The protocol is the common source of a population's mean dynamic ({@link MeanDynamic}: ẋ<sub>i</sub> =
 * Σ<sub>j</sub> x<sub>j</sub> ρ<sub>ji</sub> − x<sub>i</sub> Σ<sub>j</sub> ρ<sub>ij</sub>), of the
 * finite-population Markov chain it defines (N agents, each revising at rate 1), and of that chain's
 * diffusion approximation. Examples: pairwise proportional imitation x<sub>j</sub>[π<sub>j</sub> −
 * π<sub>i</sub>]<sub>+</sub> gives the replicator ({@link PairwiseProportionalImitation}); the pairwise
 * difference [π<sub>j</sub> − π<sub>i</sub>]<sub>+</sub> gives Smith's dynamic; logit choice gives the
 * logit dynamic.
 *
 * <p>Implementations are immutable, allocate nothing in {@link #rates} and may be shared across threads.
 */
public interface RevisionProtocol {

    /** {@return the protocol's name, e.g. {@code pairwise-proportional-imitation}} */
    String name();

    /**
     * Writes the switch rates of one population.
     *
     * @param payoffs π<sub>i</sub>, the payoffs of the population's n strategies; not modified
     * @param shares x<sub>i</sub>, the population's state (all n shares); not modified
     * @param out receives ρ<sub>ij</sub> at {@code i*n + j} (n×n; the diagonal is not used)
     */
    void rates(double[] payoffs, double[] shares, double[] out);
}
