package org.egt4j.analysis;

import java.util.List;
import org.egt4j.dynamics.VectorField;
import org.egt4j.ode.AdaptiveRungeKutta;
import org.egt4j.ode.Sampler;
import org.egt4j.ode.SolverSettings;
import org.egt4j.parallel.IndexedWork;

/**
 * Sampled trajectories as indexed items: item i integrates field i (or the one shared field) from
 * start i (or the one shared start) over [0, T] and returns its samples[k][c], the computation {@link
 * org.egt4j.ode.Ensemble#sampled} does for one index.
 */
final class TrajectoryWork implements IndexedWork<AdaptiveRungeKutta, double[][]> {

    private final String part;
    private final List<? extends VectorField> fields;
    private final List<double[]> starts;
    private final int size;
    private final double time;
    private final int samples;
    private final SolverSettings settings;

    /**
     * @param fields one field per item, or a single field shared by all
     * @param starts one start per item, or a single start shared by all
     */
    TrajectoryWork(
            String part,
            List<? extends VectorField> fields,
            List<double[]> starts,
            double time,
            int samples,
            SolverSettings settings) {
        this.part = part;
        this.fields = List.copyOf(fields);
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
        VectorField field = fields.get(fields.size() == 1 ? 0 : index).copy();
        double[] x = starts.get(starts.size() == 1 ? 0 : index).clone();
        Sampler s = Sampler.evenly(0, time, samples);
        solver.advance(field, 0, x, time, s, List.of(), List.of());
        return s.states();
    }
}
