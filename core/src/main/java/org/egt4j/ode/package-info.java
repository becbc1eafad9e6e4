/**
 * Integration of vector fields: the allocation-free {@link org.egt4j.ode.DormandPrince54} and {@link
 * org.egt4j.ode.DormandPrince853} engines ({@link org.egt4j.ode.AdaptiveRungeKutta#create} picks one) with
 * dense output, step observers ({@link org.egt4j.ode.Sampler}), located events and stop conditions;
 * the {@link org.egt4j.ode.HipparchusSolver} adapter (any Hipparchus integrator behind the same
 * {@link org.egt4j.ode.Solver} interface, and any egt4j field as a Hipparchus ODE); and parallel,
 * deterministic {@link org.egt4j.ode.Ensemble}s. Failures of an integration are {@link
 * org.egt4j.NumericalException}s carrying the time and the state.
 */
package org.egt4j.ode;
