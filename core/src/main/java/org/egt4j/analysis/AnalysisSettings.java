package org.egt4j.analysis;

import java.util.List;

/**
 * What a full analysis computes and with which settings; immutable. Every value has a default, and
 * reports write all of them out, so that a run can be repeated exactly.
 *
 * @param time horizon of the trajectories
 * @param samples samples per trajectory (evenly spaced on [0, time])
 * @param levels start levels of two-strategy populations for the initial grid
 * @param gridCap most trajectories of the initial grid
 * @param sensitivity parameters whose values are varied (empty: the first parameter with a range, or
 *     none)
 * @param sensitivityValues how many values of each (across min..max, else ±50% of the value)
 * @param mapAxes the two parameters of the stability map (empty: the first two with ranges, or none)
 * @param mapResolution grid points per map axis
 * @param basinSamples Monte Carlo starts for basins (0: no basin estimate)
 * @param basinTime integration time limit per basin start
 * @param seed seed of the basin starts
 * @param rtol relative tolerance of every integration
 * @param atol absolute tolerance of every integration
 */
public record AnalysisSettings(
        double time,
        int samples,
        double[] levels,
        int gridCap,
        List<String> sensitivity,
        int sensitivityValues,
        List<String> mapAxes,
        int mapResolution,
        int basinSamples,
        double basinTime,
        long seed,
        double rtol,
        double atol) {
    /**
     * Readable text for JShell and logs ({@link org.egt4j.Show#record}): the components with their
     * numbers to 6 significant digits, long arrays shortened to their first items and their count.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return org.egt4j.Show.record(this);
    }

    /** The defaults. */
    public static final AnalysisSettings DEFAULT = new AnalysisSettings(
            50,
            201,
            InitialGrid.defaultLevels(),
            InitialGrid.DEFAULT_CAP,
            List.of(),
            5,
            List.of(),
            41,
            2000,
            1000,
            1,
            1e-8,
            1e-10);

    /**
     * Checks the values.
     *
     * @param time horizon of the trajectories
     * @param samples samples per trajectory (evenly spaced on [0, time])
     * @param levels start levels of two-strategy populations for the initial grid
     * @param gridCap most trajectories of the initial grid
     * @param sensitivity parameters whose values are varied (empty: the first parameter with a range, or
     *     none)
     * @param sensitivityValues how many values of each (across min..max, else ±50% of the value)
     * @param mapAxes the two parameters of the stability map (empty: the first two with ranges, or none)
     * @param mapResolution grid points per map axis
     * @param basinSamples Monte Carlo starts for basins (0: no basin estimate)
     * @param basinTime integration time limit per basin start
     * @param seed seed of the basin starts
     * @param rtol relative tolerance of every integration
     * @param atol absolute tolerance of every integration
     */
    public AnalysisSettings {
        if (!(time > 0)
                || samples < 2
                || gridCap < 1
                || sensitivityValues < 2
                || mapResolution < 2
                || basinSamples < 0
                || !(basinTime > 0)) {
            throw new IllegalArgumentException("analysis settings out of range");
        }
        levels = levels.clone();
        sensitivity = List.copyOf(sensitivity);
        mapAxes = List.copyOf(mapAxes);
        if (!mapAxes.isEmpty() && mapAxes.size() != 2) {
            throw new IllegalArgumentException("a stability map needs exactly two parameters");
        }
    }
}
