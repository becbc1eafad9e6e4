package org.egt4j.ode;

import java.util.List;
import java.util.concurrent.CancellationException;
import org.egt4j.dynamics.VectorField;
import org.egt4j.parallel.IndexedRunner;

/**
 * Many integrations at once: several start states of one field, or one start state per field (for
 * parameter points), run on an {@link IndexedRunner}. Each worker owns one {@link AdaptiveRungeKutta}
 * engine and one copy of each field it uses; each integration is a pure function of its field and
 * start, so results come back in input order and bit-identical whatever the number of threads, and
 * when several integrations fail, the failure of the lowest index is thrown. An optional progress
 * callback is told after every integration (from worker threads), and {@link #cancel()} stops the run
 * soon after, also inside a running integration (the call then throws {@link CancellationException}).
 */
public final class Ensemble {

    /** Progress of a run: {@code done} of {@code total} integrations finished. Called concurrently. */
    @FunctionalInterface
    public interface Progress extends IndexedRunner.Progress {}

    private final SolverSettings settings;
    private final IndexedRunner runner;

    /**
     * @param settings solver settings of every integration
     * @param threads number of worker threads (≥ 1)
     * @param progress progress callback, or {@code null}
     */
    public Ensemble(SolverSettings settings, int threads, Progress progress) {
        this.settings = settings;
        this.runner = new IndexedRunner(threads, progress);
    }

    /**
     * An ensemble with these settings on all available processors, without progress reports.
     *
     * @param settings the solver settings every worker uses
     */
    public Ensemble(SolverSettings settings) {
        this(settings, Runtime.getRuntime().availableProcessors(), null);
    }

    /** Asks a running (or the next) run to stop; it then throws {@link CancellationException}. */
    public void cancel() {
        runner.cancel();
    }

    /**
     * The final states of integrations of one field from each start, over [t0, t1].
     *
     * @param field the vector field, copied once per worker
     * @param starts the start states, in reduced coordinates (not modified)
     * @param t0 the start time
     * @param t1 the end time
     * @return one final state per start, in input order
     */
    public double[][] finalStates(VectorField field, double[][] starts, double t0, double t1) {
        return runner.map(starts.length, () -> new Worker(field), (w, i) -> {
                    double[] x = starts[i].clone();
                    w.solver.advance(w.field, t0, x, t1, null, List.of(), w.stops);
                    return x;
                })
                .toArray(new double[0][]);
    }

    /**
     * Integrations of field i from start i (parameter points), over [t0, t1], with {@code samples}
     * evenly spaced samples each.
     *
     * @param fields one field per integration, each copied before use
     * @param starts one start per field (not modified)
     * @param t0 the start time, also the first sample
     * @param t1 the end time, also the last sample
     * @param samples the number of samples, at least 2
     * @return samples[i][k][c]: integration i, sample k, coordinate c
     */
    public double[][][] sampled(
            List<? extends VectorField> fields, double[][] starts, double t0, double t1, int samples) {
        if (fields.size() != starts.length) {
            throw new IllegalArgumentException(fields.size() + " fields but " + starts.length + " starts");
        }
        return runner.map(starts.length, () -> new Worker(null), (w, i) -> {
                    Sampler s = Sampler.evenly(t0, t1, samples);
                    w.solver.advance(fields.get(i).copy(), t0, starts[i].clone(), t1, s, List.of(), w.stops);
                    return s.states();
                })
                .toArray(new double[0][][]);
    }

    /**
     * Integrates one field from each start over [t0, t1] with these events (which must be stateless:
     * they are shared by the workers), and returns for each start the index of the event that stopped
     * it, or -1 when it ran to t1. A start where an event's g is already negative counts as stopped by
     * the first such event (for {@link Event#reaching}: it starts inside the ball).
     *
     * @param field the vector field, copied once per worker
     * @param starts the start states (not modified)
     * @param t0 the start time
     * @param t1 the end time
     * @param events stateless events, in priority order
     * @return per start, the index of the stopping event or -1
     */
    public int[] stoppingEvents(VectorField field, double[][] starts, double t0, double t1, List<Event> events) {
        List<Integer> reached = runner.map(starts.length, () -> new Worker(field), (w, i) -> {
            double[] x = w.scratch;
            System.arraycopy(starts[i], 0, x, 0, x.length);
            for (int e = 0; e < events.size(); e++) {
                if (events.get(e).g(t0, x) < 0) {
                    return e;
                }
            }
            w.solver.advance(w.field, t0, x, t1, null, events, w.stops);
            return w.solver.reason() == Trajectory.Reason.EVENT ? w.solver.stoppingEvent() : -1;
        });
        int[] out = new int[reached.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = reached.get(i);
        }
        return out;
    }

    /**
     * One worker's engine, its copy of the shared field (if any), a scratch state, and the
     * cancellation check it gives every integration, so that cancel() also ends a long integration.
     */
    private final class Worker {
        final AdaptiveRungeKutta solver = AdaptiveRungeKutta.create(settings);
        final List<StopCondition> stops = List.of((t, x, dx) -> runner.isCancelled());
        final VectorField field;
        final double[] scratch;

        Worker(VectorField shared) {
            this.field = shared == null ? null : shared.copy();
            this.scratch = shared == null ? null : new double[shared.dimension()];
        }
    }
}
