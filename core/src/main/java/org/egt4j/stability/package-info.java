/**
 * Stability analysis of evolutionary games: every rest point on every face of the state space ({@link
 * org.egt4j.stability.RestPoints}), Lyapunov's first method (eigenvalues of the reduced Jacobian,
 * {@link org.egt4j.stability.Stability}), Nash and ESS tests, the exact symbolic {@link
 * org.egt4j.stability.VertexTable} with ESS conditions and policy thresholds, Lyapunov's direct
 * method with the relative entropy, and {@link org.egt4j.stability.LyapunovSpectrum} exponents.
 */
package org.egt4j.stability;
