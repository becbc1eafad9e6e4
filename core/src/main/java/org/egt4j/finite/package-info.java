/**
 * Evolutionary dynamics in finite populations: the pairwise-comparison (Fermi) and Moran processes of
 * a matrix game in one population of N players, the transition probabilities of a mutant–resident pair,
 * fixation probabilities in log space without cut-off and exactly where the process is rational, mean
 * fixation times, the gradient of selection, and the small-mutation limit (Fudenberg and Imhof 2006)
 * with its stationary distribution by GTH state reduction (Grassmann, Taksar and Heyman 1985).
 *
 * <p>Conventions and formulas are in {@code docs/finite.md}: payoffs exclude self-interaction,
 * f<sub>i</sub>(n) = (Σ<sub>k</sub> A<sub>ik</sub> n<sub>k</sub> − A<sub>ii</sub>)/(N − 1) (Nowak, Sasaki,
 * Taylor and Fudenberg 2004, Nature 428); see {@link org.egt4j.finite.FinitePopulation}.
 */
package org.egt4j.finite;
