package org.egt4j.ode;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.egt4j.dynamics.VectorField;

/**
 * Many integrations at once: several start states of one field, or one start state per field (for
 * parameter points), spread over a ForkJoin pool. Each worker owns one {@link AdaptiveRungeKutta} engine and
 * one copy of each field it uses; each integration is a pure function of its field and start, so
 * results come back in input order and bit-identical whatever the number of threads. An optional
 * progress callback is told after every integration (from worker threads), and {@link #cancel()}
 * stops the run soon after (the call then throws {@link CancellationException}).
 */
public final class Ensemble {

    /** Progress of a run: {@code done} of {@code total} integrations finished. Called concurrently. */
    @FunctionalInterface
    public interface Progress {
        /**
         * Reports progress.
         *
         * @param done integrations finished so far
         * @param total integrations in the run
         */
        void update(long done, long total);
    }

    private final SolverSettings settings;
    private final int threads;
    private final Progress progress;
    private final AtomicBoolean cancelled = new AtomicBoolean();

    /**
     * @param settings solver settings of every integration
     * @param threads number of worker threads (≥ 1)
     * @param progress progress callback, or {@code null}
     */
    public Ensemble(SolverSettings settings, int threads, Progress progress) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
        this.settings = settings;
        this.threads = threads;
        this.progress = progress;
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
        cancelled.set(true);
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
        double[][] out = new double[starts.length][];
        run(starts.length, w -> {
            VectorField f = field.copy();
            return i -> {
                double[] x = starts[i].clone();
                w.solver.advance(f, t0, x, t1, null, List.of(), w.stops);
                out[i] = x;
            };
        });
        return out;
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
        double[][][] out = new double[starts.length][][];
        run(starts.length, w -> i -> {
            Sampler s = Sampler.evenly(t0, t1, samples);
            w.solver.advance(fields.get(i).copy(), t0, starts[i].clone(), t1, s, List.of(), w.stops);
            out[i] = s.states();
        });
        return out;
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
        int[] out = new int[starts.length];
        run(starts.length, w -> {
            VectorField f = field.copy();
            double[] x = new double[field.dimension()];
            return i -> {
                System.arraycopy(starts[i], 0, x, 0, x.length);
                for (int e = 0; e < events.size(); e++) {
                    if (events.get(e).g(t0, x) < 0) {
                        out[i] = e;
                        return;
                    }
                }
                w.solver.advance(f, t0, x, t1, null, events, w.stops);
                out[i] = w.solver.reason() == Trajectory.Reason.EVENT ? w.solver.stoppingEvent() : -1;
            };
        });
        return out;
    }

    /** One worker's engine and the cancellation check it gives every integration. */
    private final class Worker {
        final AdaptiveRungeKutta solver = AdaptiveRungeKutta.create(settings);
        final List<StopCondition> stops = List.of((t, x, dx) -> cancelled.get());
    }

    private interface Job {
        void run(int index);
    }

    private interface JobFactory {
        Job create(Worker w);
    }

    private void run(int count, JobFactory factory) {
        AtomicInteger next = new AtomicInteger();
        AtomicLong done = new AtomicLong();
        RuntimeException[] failures = new RuntimeException[count];
        int workers = Math.min(threads, Math.max(1, count));
        // indices are claimed a run at a time, so that the workers neither contend for the counters
        // nor write to the same cache lines of the results after every short integration; the
        // results do not depend on the chunking
        int chunk = Math.max(1, Math.min(32, count / (64 * workers)));
        Runnable work = () -> {
            Job job = factory.create(new Worker());
            while (!cancelled.get()) {
                int from = next.getAndAdd(chunk);
                if (from >= count) {
                    break;
                }
                int to = Math.min(count, from + chunk);
                int finished = 0;
                for (int i = from; i < to && !cancelled.get(); i++) {
                    try {
                        job.run(i);
                    } catch (RuntimeException e) {
                        failures[i] = e;
                    }
                    finished++;
                    if (progress != null) {
                        progress.update(done.incrementAndGet(), count);
                    }
                }
                if (progress == null) {
                    done.addAndGet(finished);
                }
            }
        };
        if (workers == 1) {
            work.run();
        } else {
            ForkJoinPool pool = new ForkJoinPool(workers);
            try {
                ForkJoinTask<?>[] tasks = new ForkJoinTask<?>[workers];
                for (int k = 0; k < workers; k++) {
                    tasks[k] = pool.submit(work);
                }
                for (ForkJoinTask<?> t : tasks) {
                    t.join();
                }
            } finally {
                pool.shutdown();
            }
        }
        if (cancelled.get()) {
            throw new CancellationException(
                    "the ensemble was cancelled after " + done.get() + " of " + count + " integrations");
        }
        for (RuntimeException e : failures) {
            if (e != null) {
                throw e; // the failure of the lowest index, whatever the thread count
            }
        }
    }
}
