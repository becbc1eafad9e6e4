/**
 * Stochastic evolutionary dynamics: the replicator equation under Gaussian white noise as Itô
 * stochastic differential equations, their Euler–Maruyama and Milstein schemes, seeded path ensembles
 * and the stochastic stability of pure profiles (docs/architecture.md §7, "Stochastic dynamics").
 *
 * <p>{@link org.egt4j.sde.Noise} names the noise ({@link org.egt4j.sde.NoiseKind}: multiplicative,
 * logistic, aggregate payoff shocks) and its intensities; {@link org.egt4j.sde.ReplicatorSde} is the
 * SDE of a bound game with its drift built from the compiled {@link org.egt4j.dynamics.PayoffField};
 * {@link org.egt4j.sde.Scheme} steps it; {@link org.egt4j.sde.PathEnsemble} runs N paths through the
 * one indexed parallel map with one random stream per path ({@link
 * org.egt4j.random.RandomStreams#stream(long, long)}), so results are byte-identical whatever the
 * thread count; {@link org.egt4j.sde.VertexStochasticStability} gives the almost-sure and mean-square
 * exponential stability conditions of every pure profile from the linearised SDE.
 */
package org.egt4j.sde;
