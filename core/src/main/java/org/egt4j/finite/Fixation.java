package org.egt4j.finite;

import org.hipparchus.fraction.BigFraction;

/**
 * The fixation of one mutant strategy in a population of residents, from a single mutant, in the process
 * without mutation; immutable.
 *
 * <p>With γ<sub>k</sub> = T<sup>−</sup>(k)/T<sup>+</sup>(k) and L<sub>j</sub> = Σ<sub>k≤j</sub> ln
 * γ<sub>k</sub>, the fixation probability is ρ = 1/(1 + Σ<sub>j=1</sub><sup>N−1</sup> Π<sub>k≤j</sub>
 * γ<sub>k</sub>) = exp(−LSE(0, L<sub>1</sub>, ..., L<sub>N−1</sub>)) (Karlin and Taylor 1975, <i>A First
 * Course in Stochastic Processes</i>; Nowak 2006, <i>Evolutionary Dynamics</i>, chapter 6), computed as a
 * log-sum-exp so that no value underflows: {@link #logProbability()} is finite for any ρ &gt; 0.
 *
 * @param mutant the mutant strategy's index
 * @param resident the resident strategy's index
 * @param probability ρ, the probability that one mutant takes over (the correctly rounded double of
 *     {@link #exact()} when there is one); 0 only when ρ &lt; about 4.9e-324 (then {@link #log10()} still
 *     holds its value)
 * @param logProbability ln ρ, finite
 * @param log10 log<sub>10</sub> ρ, finite
 * @param exact ρ as an exact fraction where the process is rational (Moran with rational payoffs and w,
 *     or neutral drift), or {@code null} when it is not or when numerator or denominator exceed {@link
 *     FinitePopulation#EXACT_DIGITS} digits
 * @param neutral 1/N, the fixation probability under neutral drift
 * @param conditionalTime the mean number of steps to fixation given that the mutant fixes,
 *     t<sub>1</sub><sup>A</sup> = Σ<sub>k=1</sub><sup>N−1</sup> Σ<sub>l=1</sub><sup>k</sup>
 *     (φ<sub>l</sub>/T<sup>+</sup>(l)) Π<sub>m=l+1</sub><sup>k</sup> γ<sub>m</sub>, φ<sub>l</sub> the
 *     fixation probability from l mutants (Traulsen and Hauert 2009, "Stochastic evolutionary game
 *     dynamics", Reviews of Nonlinear Dynamics and Complexity 2)
 * @param unconditionalTime the mean number of steps until one strategy is lost, t<sub>1</sub> =
 *     ρ Σ<sub>k=1</sub><sup>N−1</sup> Σ<sub>l=1</sub><sup>k</sup> (1/T<sup>+</sup>(l))
 *     Π<sub>m=l+1</sub><sup>k</sup> γ<sub>m</sub> (same reference)
 */
public record Fixation(
        int mutant,
        int resident,
        double probability,
        double logProbability,
        double log10,
        BigFraction exact,
        double neutral,
        double conditionalTime,
        double unconditionalTime) {

    /** {@return ρ/(1/N) = Nρ: above 1 when selection favours the mutant's fixation} */
    public double relativeToNeutral() {
        return Math.exp(logProbability + Math.log(1 / neutral));
    }
}
