/**
 * Analyses composed of the game, solver and stability layers, each a pure function of (game,
 * parameter point, settings) returning immutable result records: trajectories from an initial grid
 * ({@link org.egt4j.analysis.InitialGrid}, {@link org.egt4j.analysis.TrajectorySet}), parameter
 * sensitivity, two-parameter stability maps from the exact vertex table, basins of attraction with
 * Wilson confidence intervals, and parameter sweeps.
 */
package org.egt4j.analysis;
