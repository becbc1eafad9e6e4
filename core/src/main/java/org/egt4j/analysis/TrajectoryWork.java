package org.egt4j.analysis;

import java.util.List;
import org.egt4j.dynamics.ExactPaths;
import org.egt4j.dynamics.VectorField;
import org.egt4j.ode.AdaptiveRungeKutta;
import org.egt4j.ode.Sampler;
import org.egt4j.ode.SolverSettings;
import org.egt4j.parallel.IndexedWork;

/**
 * Sampled trajectories as indexed items: item i integrates field i (or the one shared field) from
 * start i (or the one shared start) over [0, T] and returns its samples[k][c], the computation {@link
 * org.egt4j.ode.Ensemble#sampled} does for one index; under a dynamic with {@link ExactPaths} (best
 * response) the exact path is sampled at the same times instead.
 */
final class TrajectoryWork implements IndexedWork<AdaptiveRungeKutta, double[][]> {

    private final String part;
    private final List<? extends VectorField> fields;
    /** The exact paths per field, or empty when the fields are integrated. */
    private final List<ExactPaths> paths;

    private final List<double[]> starts;
    private final int size;
    private final double time;
    private final int samples;
    private final SolverSettings settings;

    /**
     * @param fields one field per item, or a single field shared by all
     * @param paths the exact paths of each field's game (same size as fields), followed instead of
     *     integrating the field, or empty
     * @param starts one start per item, or a single start shared by all
     */
    TrajectoryWork(
            String part,
            List<? extends VectorField> fields,
            List<ExactPaths> paths,
            List<double[]> starts,
            double time,
            int samples,
            SolverSettings settings) {
        this.part = part;
        this.fields = List.copyOf(fields);
        this.paths = List.copyOf(paths);
        if (!paths.isEmpty() && paths.size() != fields.size()) {
            throw new IllegalArgumentException(fields.size() + " fields but " + paths.size() + " exact paths");
        }
        this.starts = List.copyOf(starts);
        this.size = Math.max(fields.size(), starts.size());
        if ((fields.size() != 1 && fields.size() != size) || (starts.size() != 1 && starts.size() != size)) {
            throw new IllegalArgumentException(fields.size() + " fields but " + starts.size() + " starts");
        }
        this.time = time;
        this.samples = samples;
        this.settings = settings;
    }

    @Override
    public String part() {
        return part;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public AdaptiveRungeKutta newState() {
        return AdaptiveRungeKutta.create(settings);
    }

    @Override
    public double[][] compute(AdaptiveRungeKutta solver, int index) {
        int f = fields.size() == 1 ? 0 : index;
        double[] x = starts.get(starts.size() == 1 ? 0 : index).clone();
        if (!paths.isEmpty()) {
            return paths.get(f).sample(x, TrajectorySet.times(time, samples));
        }
        VectorField field = fields.get(f).copy();
        Sampler s = Sampler.evenly(0, time, samples);
        solver.advance(field, 0, x, time, s, List.of(), List.of());
        return s.states();
    }
}
