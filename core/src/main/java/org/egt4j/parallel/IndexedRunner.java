package org.egt4j.parallel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * A deterministic parallel map over the indices 0 … n−1: result i = task(state, i), where each worker
 * thread gets its own state from a supplier (e.g. a copy of a vector field and an integration engine).
 * When every task is a pure function of its index (given a state that does not carry information
 * from one index to the next), the results, stored by index, are identical whatever the thread count.
 *
 * <p>Contract of a run:
 *
 * <ul>
 *   <li><b>Chunked claiming.</b> Workers claim runs of consecutive indices ({@link #chunk}: up to
 *       {@value #MAX_CHUNK}, at least 64 runs per worker), so that they neither contend for the claim
 *       counter nor write to the same cache lines of the results after every short task.
 *   <li><b>Lowest-index failure.</b> If tasks throw, the exception thrown by the run is that of the
 *       lowest failing index, whatever the thread count: once index f has failed, indices above f are
 *       skipped, but every index below f is still run (and may fail in its place).
 *   <li><b>Progress.</b> The progress callback is told the number of finished tasks after each one,
 *       from worker threads, possibly concurrently and not in increasing order; the largest value it
 *       is told is n when the run completes.
 *   <li><b>Cancellation.</b> {@link #cancel()} (from any thread) makes workers stop claiming; tasks may
 *       poll {@link #isCancelled()} to stop early. A run that was cancelled before it finished throws
 *       {@link CancellationException}; the flag stays set, so later runs throw too.
 * </ul>
 *
 * <p>With one thread (or one index) everything runs on the calling thread. Otherwise a fresh pool of
 * min(threads, n) workers runs the tasks and is shut down when the run ends.
 */
public final class IndexedRunner {

    /** The longest run of indices a worker claims at once. */
    public static final int MAX_CHUNK = 32;

    /**
     * One task: the result for one index.
     *
     * @param <S> the per-worker state
     * @param <R> the result
     */
    @FunctionalInterface
    public interface Task<S, R> {
        /**
         * Computes the result of one index.
         *
         * @param state the calling worker's own state (never shared with another thread)
         * @param index the index, in [0, n)
         * @return the result (may be null for {@link #map})
         */
        R apply(S state, int index);
    }

    /** Progress of a run: {@code done} of {@code total} tasks finished. Called concurrently. */
    @FunctionalInterface
    public interface Progress {
        /**
         * Reports progress.
         *
         * @param done tasks finished so far
         * @param total tasks in the run
         */
        void update(long done, long total);
    }

    /**
     * Receives results in index order (see {@link #forEachOrdered}).
     *
     * @param <R> the result
     */
    @FunctionalInterface
    public interface Sink<R> {
        /**
         * Takes one result.
         *
         * @param index its index, in [0, n)
         * @param result the task's result
         */
        void accept(int index, R result);
    }

    private final int threads;
    private final Progress progress;
    private final AtomicBoolean cancelled = new AtomicBoolean();

    /**
     * A runner.
     *
     * @param threads the number of worker threads (at least 1)
     * @param progress the progress callback, or {@code null}
     */
    public IndexedRunner(int threads, Progress progress) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
        this.threads = threads;
        this.progress = progress;
    }

    /** {@return the number of worker threads} */
    public int threads() {
        return threads;
    }

    /** Asks a running (or the next) run to stop; it then throws {@link CancellationException}. */
    public void cancel() {
        cancelled.set(true);
    }

    /** {@return whether {@link #cancel()} was called; long tasks may poll it to stop early} */
    public boolean isCancelled() {
        return cancelled.get();
    }

    /**
     * The length of the runs of indices that workers claim: max(1, min({@value #MAX_CHUNK}, n / (64
     * workers))). The results do not depend on it.
     *
     * @param n the number of indices
     * @param workers the number of workers
     * @return the chunk length
     */
    public static int chunk(int n, int workers) {
        return Math.max(1, Math.min(MAX_CHUNK, n / (64 * Math.max(1, workers))));
    }

    /**
     * Runs task(state, i) for every i in [0, n) and returns the results by index.
     *
     * @param n the number of indices (at least 0)
     * @param state makes one worker's own state; called once per worker, on that worker's thread
     * @param task the task
     * @param <S> the per-worker state
     * @param <R> the result
     * @return the results, element i that of index i (unmodifiable; elements may be null)
     * @throws CancellationException when the run was cancelled
     * @throws RuntimeException the exception of the lowest failing index (errors likewise)
     */
    public <S, R> List<R> map(int n, Supplier<? extends S> state, Task<? super S, ? extends R> task) {
        checkCount(n);
        Object[] results = new Object[n];
        Run<S, R> run = new Run<>(n, state, task, (i, r) -> results[i] = r, null);
        run.execute();
        @SuppressWarnings("unchecked")
        List<R> list = (List<R>) Collections.unmodifiableList(Arrays.asList(results));
        return list;
    }

    /**
     * Runs task(state, i) for every i in [0, n) and hands the results to {@code sink} in index order, on
     * the calling thread, while the workers go on; results are held only until they are handed on. The
     * sink is called without any lock the workers need, so a slow sink (writing a file) delays no
     * worker. If index f fails, the sink has received exactly the results of 0 … f−1 when the run
     * throws; if the sink throws, the workers are stopped and its exception is rethrown.
     *
     * @param n the number of indices (at least 0)
     * @param state makes one worker's own state; called once per worker, on that worker's thread
     * @param task the task; it must not return null
     * @param sink receives (i, result i) for i = 0, 1, … on the calling thread
     * @param <S> the per-worker state
     * @param <R> the result
     * @throws CancellationException when the run was cancelled
     * @throws RuntimeException the exception of the lowest failing index (errors likewise)
     */
    public <S, R> void forEachOrdered(
            int n, Supplier<? extends S> state, Task<? super S, ? extends R> task, Sink<? super R> sink) {
        new Run<S, R>(n, state, task, null, sink).execute();
    }

    private static void checkCount(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must be at least 0, not " + n);
        }
    }

    /** A failure of one index, stored in its result slot. */
    private record Failure(Throwable error) {}

    /** Where a worker puts a finished result. */
    private interface Store {
        void put(int index, Object result);
    }

    /** The state of one run. */
    private final class Run<S, R> {
        private final int n;
        private final Supplier<? extends S> state;
        private final Task<? super S, ? extends R> task;
        private final Store store;
        private final Sink<? super R> sink;
        private final AtomicInteger next = new AtomicInteger();
        private final AtomicLong done = new AtomicLong();
        /** The lowest index that failed so far (n when none); indices above it are skipped. */
        private final AtomicInteger lowestFailure;
        /** Set when the run must end early for a reason other than {@link #cancel()} (a sink failure). */
        private final AtomicBoolean aborted = new AtomicBoolean();

        private final Throwable[] failures;
        private final AtomicReference<Throwable> setupFailure = new AtomicReference<>();
        // ordered delivery: results wait in slots until the calling thread hands them to the sink
        private final AtomicReferenceArray<Object> slots;
        private final ReentrantLock lock = new ReentrantLock();
        private final Condition ready = lock.newCondition();
        private volatile int awaited = -1;
        private int delivered;
        private final AtomicInteger live = new AtomicInteger();

        Run(int n, Supplier<? extends S> state, Task<? super S, ? extends R> task, Store store, Sink<? super R> sink) {
            checkCount(n);
            this.n = n;
            this.state = state;
            this.task = task;
            this.store = store;
            this.sink = sink;
            this.lowestFailure = new AtomicInteger(n);
            this.failures = store != null ? new Throwable[n] : null;
            this.slots = sink != null ? new AtomicReferenceArray<>(n) : null;
        }

        private boolean stopping() {
            return cancelled.get() || aborted.get();
        }

        void execute() {
            int workers = Math.min(threads, Math.max(1, n));
            int chunk = chunk(n, workers);
            if (workers == 1) {
                work(chunk, true);
            } else {
                live.set(workers);
                ForkJoinPool pool = new ForkJoinPool(workers);
                try {
                    List<ForkJoinTask<?>> tasks = new ArrayList<>();
                    for (int k = 0; k < workers; k++) {
                        tasks.add(pool.submit(() -> work(chunk, false)));
                    }
                    if (sink != null) {
                        deliver(tasks);
                    }
                    for (ForkJoinTask<?> t : tasks) {
                        t.join();
                    }
                } finally {
                    pool.shutdown();
                }
            }
            finish();
        }

        /** One worker: claims runs of indices until none are left or the run stops. */
        private void work(int chunk, boolean inline) {
            try {
                S s;
                try {
                    s = state.get();
                } catch (RuntimeException | Error e) {
                    setupFailure.compareAndSet(null, e);
                    aborted.set(true);
                    return;
                }
                while (!stopping()) {
                    int from = next.getAndAdd(chunk);
                    if (from >= n || from > lowestFailure.get()) {
                        break; // claims only grow: nothing is left, or nothing left is needed
                    }
                    int to = Math.min(n, from + chunk);
                    int finished = 0;
                    for (int i = from; i < to && !stopping(); i++) {
                        if (i > lowestFailure.get()) {
                            break; // a lower index failed: its exception is thrown, this result is not needed
                        }
                        Object result;
                        try {
                            result = task.apply(s, i);
                            if (result == null && sink != null) {
                                throw new NullPointerException("the task returned null for index " + i);
                            }
                        } catch (RuntimeException | Error e) {
                            lowestFailure.accumulateAndGet(i, Math::min);
                            result = new Failure(e);
                        }
                        put(i, result, inline);
                        finished++;
                        if (progress != null) {
                            progress.update(done.incrementAndGet(), n);
                        }
                    }
                    if (progress == null) {
                        done.addAndGet(finished);
                    }
                }
            } finally {
                if (!inline && sink != null) {
                    live.decrementAndGet();
                    signal();
                }
            }
        }

        private void put(int i, Object result, boolean inline) {
            if (sink == null) {
                if (result instanceof Failure f) {
                    failures[i] = f.error();
                } else {
                    store.put(i, result);
                }
            } else if (inline) {
                // one thread: deliver at once, in index order by construction
                if (result instanceof Failure) {
                    slots.set(i, result);
                } else {
                    handOn(i, result);
                    delivered++;
                }
            } else {
                slots.set(i, result);
                if (awaited == i) {
                    signal();
                }
            }
        }

        private void signal() {
            lock.lock();
            try {
                ready.signalAll();
            } finally {
                lock.unlock();
            }
        }

        @SuppressWarnings("unchecked")
        private void handOn(int i, Object result) {
            try {
                sink.accept(i, (R) result);
            } catch (RuntimeException | Error e) {
                aborted.set(true);
                throw e;
            }
        }

        /** On the calling thread: hands results on in index order as they arrive. */
        private void deliver(List<ForkJoinTask<?>> tasks) {
            try {
                for (int i = 0; i < n; i++) {
                    Object r = awaitSlot(i);
                    if (r == null || r instanceof Failure || cancelled.get()) {
                        return; // finish() reports the failure or the cancellation
                    }
                    slots.set(i, null);
                    handOn(i, r);
                    delivered++;
                }
            } catch (RuntimeException | Error e) {
                aborted.set(true);
                for (ForkJoinTask<?> t : tasks) {
                    t.join(); // no worker outlives the run
                }
                throw e;
            }
        }

        /** Waits for slot i; null when the workers have all stopped without filling it. */
        private Object awaitSlot(int i) {
            awaited = i;
            Object r = slots.get(i);
            if (r != null) {
                return r;
            }
            lock.lock();
            try {
                while ((r = slots.get(i)) == null && live.get() > 0) {
                    ready.awaitUninterruptibly();
                }
            } finally {
                lock.unlock();
            }
            return r;
        }

        private void finish() {
            if (setupFailure.get() != null) {
                rethrow(setupFailure.get());
            }
            if (cancelled.get()) {
                throw new CancellationException("the run was cancelled after " + done.get() + " of " + n + " tasks");
            }
            int f = lowestFailure.get();
            if (f < n) {
                rethrow(sink == null ? failures[f] : ((Failure) slots.get(f)).error());
            }
            if (sink != null && delivered < n) {
                // unreachable by the rules above; a guard against returning with results missing
                throw new IllegalStateException("only " + delivered + " of " + n + " results were delivered");
            }
        }

        private void rethrow(Throwable t) {
            if (t instanceof Error e) {
                throw e;
            }
            throw (RuntimeException) t;
        }
    }
}
