/**
 * egt4j: evolutionary game theory with exact payoff algebra.
 *
 * <p>The root package holds what every part shares: {@link org.egt4j.ModelException}, the one
 * exception type for errors in a user's model, {@link org.egt4j.NumericalException}, the one for
 * numerical failures on a well-formed model (an integration that cannot go on), and {@link
 * org.egt4j.Origin}, where in a user's text something was written. The mathematics lives in the
 * sub-packages: {@code expr} (exact algebra), {@code game} (populations, strategies, parameters,
 * payoffs), {@code dynamics} (vector fields); {@code random} and {@code parallel} hold the one random
 * policy and the one parallel loop.
 */
package org.egt4j;
