package org.egt4j.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.egt4j.dynamics.VectorField;
import org.egt4j.ode.Ensemble;
import org.egt4j.ode.SolverSettings;

/**
 * Trajectories sampled at {@code samples} evenly spaced times on [0, T]: from several starts under one
 * parameter point (an initial grid), or from one start under several parameter points (sensitivity).
 *
 * @param times the sample times
 * @param starts the start states (reduced coordinates)
 * @param labels one label per trajectory (e.g. "S = 1.5")
 * @param states states[r][k][c]: trajectory r, sample k, coordinate c
 */
public record TrajectorySet(double[] times, List<double[]> starts, List<String> labels, double[][][] states) {
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

    /**
     * Integrates one field from every start (in parallel, deterministic).
     *
     * @param field the dynamic's field
     * @param starts the start states, in reduced coordinates
     * @param time the end time T of every trajectory (all start at 0)
     * @param samples evenly spaced samples on [0, T], both ends included
     * @param settings solver tolerances and limits
     * @param threads worker threads; the result does not depend on it
     * @return the trajectories labelled "run 1", "run 2", ...
     */
    public static TrajectorySet fromStarts(
            VectorField field, List<double[]> starts, double time, int samples, SolverSettings settings, int threads) {
        List<VectorField> fields = Collections.nCopies(starts.size(), field);
        double[][][] states = new Ensemble(settings, threads, null)
                .sampled(fields, starts.toArray(new double[0][]), 0, time, samples);
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            labels.add("run " + (i + 1));
        }
        return new TrajectorySet(times(time, samples), List.copyOf(starts), List.copyOf(labels), states);
    }

    /**
     * Samples exact paths (best response) from each start.
     *
     * @param paths the dynamic's exact paths on the game
     * @param starts the start states, in reduced coordinates
     * @param time the end time T of every trajectory (all start at 0)
     * @param samples evenly spaced samples on [0, T], both ends included
     * @return the trajectories labelled "run 1", "run 2", ...
     */
    public static TrajectorySet fromExactPaths(
            org.egt4j.dynamics.ExactPaths paths, List<double[]> starts, double time, int samples) {
        double[] t = times(time, samples);
        double[][][] states = new double[starts.size()][][];
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            states[i] = paths.sample(starts.get(i).clone(), t);
            labels.add("run " + (i + 1));
        }
        return new TrajectorySet(t, List.copyOf(starts), List.copyOf(labels), states);
    }

    /**
     * Integrates each field (parameter point) from the same start.
     *
     * @param fields one field per parameter point
     * @param labels one label per field, e.g. "S = 1.5"
     * @param start the common start state
     * @param time the end time T
     * @param samples evenly spaced samples on [0, T], both ends included
     * @param settings solver tolerances and limits
     * @param threads worker threads; the result does not depend on it
     * @return one trajectory per field, in input order
     */
    public static TrajectorySet fromFields(
            List<? extends VectorField> fields,
            List<String> labels,
            double[] start,
            double time,
            int samples,
            SolverSettings settings,
            int threads) {
        double[][] starts = new double[fields.size()][];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = start;
        }
        double[][][] states = new Ensemble(settings, threads, null).sampled(fields, starts, 0, time, samples);
        return new TrajectorySet(
                times(time, samples), Collections.nCopies(fields.size(), start), List.copyOf(labels), states);
    }

    static double[] times(double time, int samples) {
        double[] t = new double[samples];
        for (int k = 0; k < samples; k++) {
            t[k] = k * time / (samples - 1);
        }
        t[samples - 1] = time;
        return t;
    }
}
