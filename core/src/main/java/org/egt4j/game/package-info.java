/**
 * The game model: {@link org.egt4j.game.Population}s with their {@link org.egt4j.game.Strategy}
 * lists, {@link org.egt4j.game.Parameter}s, definitions, and payoffs in one of three forms (a symmetric
 * matrix game inside one population, a normal-form payoff table over all populations, or expected
 * payoffs written directly). A {@link org.egt4j.game.Game} is symbolic and immutable: it holds the
 * exact expected payoffs f<sub>k,i</sub>(x) in reduced coordinates and, when the payoffs are those of
 * single encounters, the {@link org.egt4j.game.NormalForm} (the matrix or payoff table). {@link
 * org.egt4j.game.Game#bind(java.util.Map)} fixes parameter values and gives a {@link
 * org.egt4j.game.BoundGame}, from which numeric vector fields are made.
 */
package org.egt4j.game;
