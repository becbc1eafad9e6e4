package org.egt4j.sde;

import java.util.Locale;
import org.egt4j.ModelException;

/**
 * How the noise enters the replicator equation (x the share of a population's first strategy, F its
 * expected payoffs, W standard Brownian motions, all SDEs in the Itô sense).
 */
public enum NoiseKind {
    /**
     * dx = x(1 − x)(F<sub>1</sub> − F<sub>2</sub>) dt + σ x dW, one W per two-strategy population:
     * the form of most applied papers. The noise vanishes at x = 0 only, so [0, 1] is not invariant:
     * a step leaving it is clipped to the boundary and counted.
     */
    MULTIPLICATIVE("multiplicative"),
    /**
     * dx = x(1 − x)(F<sub>1</sub> − F<sub>2</sub>) dt + σ x(1 − x) dW, one W per two-strategy
     * population; the noise vanishes at both ends, so (0, 1) is invariant for the exact solution.
     */
    LOGISTIC("logistic"),
    /**
     * Aggregate payoff shocks (D. Fudenberg and C. Harris, "Evolutionary dynamics with aggregate
     * shocks", J. Econ. Theory 57, 1992; L. A. Imhof, "The long-run behavior of the stochastic
     * replicator dynamics", Ann. Appl. Probab. 15, 2005): the subpopulation playing i grows as dU<sub>i</sub> =
     * U<sub>i</sub>(F<sub>i</sub> dt + σ<sub>i</sub> dW<sub>i</sub>); in shares, by Itô's formula,
     * dx<sub>i</sub> = x<sub>i</sub>[(F<sub>i</sub> − x·F) − (σ<sub>i</sub>² x<sub>i</sub> −
     * Σ<sub>j</sub> σ<sub>j</sub>² x<sub>j</sub>²)] dt + x<sub>i</sub>[σ<sub>i</sub> dW<sub>i</sub> −
     * Σ<sub>j</sub> σ<sub>j</sub> x<sub>j</sub> dW<sub>j</sub>], one W per strategy, any number of
     * strategies; the simplex is invariant.
     */
    PAYOFF("payoff"),
    /**
     * Finite-size noise: the diffusion approximation of a population of N agents who revise at rate 1
     * by pairwise proportional imitation, ρ<sub>ij</sub> = x<sub>j</sub>[F<sub>j</sub> −
     * F<sub>i</sub>]<sub>+</sub> (the replicator's protocol, {@link
     * org.egt4j.dynamics.PairwiseProportionalImitation}). The chain jumps by (e<sub>j</sub> −
     * e<sub>i</sub>)/N at rate N x<sub>i</sub>ρ<sub>ij</sub>; its first jump moment is the replicator
     * field and its second (1/N) Σ<sub>i≠j</sub> x<sub>i</sub>ρ<sub>ij</sub>(e<sub>j</sub> −
     * e<sub>i</sub>)(e<sub>j</sub> − e<sub>i</sub>)<sup>T</sup>, so (T. G. Kurtz, "Strong approximation
     * theorems for density dependent Markov chains", Stoch. Proc. Appl. 6, 1978; W. H. Sandholm,
     * <i>Population Games and Evolutionary Dynamics</i>, MIT Press 2010, ch. 10; A. Traulsen, J. C.
     * Claussen and C. Hauert, Phys. Rev. E 74, 011901, 2006, for the same construction on the local
     * update process) dx = x<sub>i</sub>(F<sub>i</sub> − x·F) dt + (1/√N) Σ<sub>i&lt;j</sub>
     * √(x<sub>i</sub>x<sub>j</sub>|F<sub>i</sub> − F<sub>j</sub>|) (e<sub>i</sub> − e<sub>j</sub>)
     * dW<sub>ij</sub>, covariance Σ<sub>ii</sub> = (1/N) x<sub>i</sub> Σ<sub>j</sub> x<sub>j</sub>
     * |F<sub>i</sub> − F<sub>j</sub>|, Σ<sub>ij</sub> = −(1/N) x<sub>i</sub>x<sub>j</sub>|F<sub>i</sub> −
     * F<sub>j</sub>| (i ≠ j): one W per pair of strategies, independent across populations; the
     * intensity is the population size N instead of a σ.
     */
    FINITE_SIZE("finite-size");

    private final String key;

    NoiseKind(String key) {
        this.key = key;
    }

    /** {@return the name used in specs and on the command line} */
    public String key() {
        return key;
    }

    /**
     * The kind with this name.
     *
     * @param name {@code multiplicative}, {@code logistic}, {@code payoff} or {@code finite-size}
     *     (case-insensitive)
     * @return the kind
     * @throws ModelException for any other name
     */
    public static NoiseKind parse(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        for (NoiseKind k : values()) {
            if (k.key.equals(n)) {
                return k;
            }
        }
        throw new ModelException(
                "unknown noise kind '" + name.trim() + "'", "use one of multiplicative, logistic, payoff, finite-size");
    }
}
