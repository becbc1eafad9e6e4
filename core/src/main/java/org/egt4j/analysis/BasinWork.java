package org.egt4j.analysis;

import java.util.ArrayList;
import java.util.List;
import org.egt4j.dynamics.ExactPaths;
import org.egt4j.dynamics.VectorField;
import org.egt4j.game.Game;
import org.egt4j.ode.AdaptiveRungeKutta;
import org.egt4j.ode.Event;
import org.egt4j.ode.SolverSettings;
import org.egt4j.ode.Trajectory;
import org.egt4j.parallel.IndexedWork;
import org.egt4j.stability.RestPoint;

/**
 * The basin estimate's items: start i is drawn from {@code RandomStreams.stream(seed, i)} inside the
 * item (so no array of all starts is held, and any range of indices can be computed anywhere) and
 * integrated until it comes within {@link BasinEstimate#RADIUS} of an attractor; the result is the
 * attractor's index, or −1 when it reached none by the time limit. Under a dynamic with {@link
 * ExactPaths} (best response) the exact path decides which ball it enters first.
 */
final class BasinWork implements IndexedWork<BasinWork.Worker, Integer> {

    /** The part's name within an analysis. */
    static final String PART = "basins";

    private final VectorField field;
    /** The exact paths followed instead of integrating the field, or null. */
    private final ExactPaths paths;

    private final List<double[]> targets;
    private final Game game;
    private final List<Event> events;
    private final int samples;
    private final long seed;
    private final double timeLimit;
    private final SolverSettings settings;
    /** The stream index of item 0: start i draws from {@code RandomStreams.stream(seed, first + i)}. */
    private final long first;

    BasinWork(
            VectorField field,
            ExactPaths paths,
            Game game,
            List<RestPoint> stable,
            int samples,
            long seed,
            double timeLimit,
            SolverSettings settings) {
        this(field, paths, game, stable, samples, seed, 0, timeLimit, settings);
    }

    /**
     * Starts whose streams begin at {@code first}: a basin map's cell c with s starts per cell uses
     * {@code first = c·s}, so every start of the map has its own global index.
     */
    BasinWork(
            VectorField field,
            ExactPaths paths,
            Game game,
            List<RestPoint> stable,
            int samples,
            long seed,
            long first,
            double timeLimit,
            SolverSettings settings) {
        this.first = first;
        this.field = field;
        this.paths = paths;
        List<double[]> t = new ArrayList<>();
        for (RestPoint p : stable) {
            t.add(p.coordinates());
        }
        this.targets = List.copyOf(t);
        this.game = game;
        List<Event> e = new ArrayList<>();
        for (RestPoint p : stable) {
            e.add(Event.reaching(p.coordinates(), BasinEstimate.RADIUS));
        }
        this.events = List.copyOf(e);
        this.samples = samples;
        this.seed = seed;
        this.timeLimit = timeLimit;
        this.settings = settings;
    }

    /** One worker's engine, field copy and state vector. */
    static final class Worker {
        final AdaptiveRungeKutta solver;
        final VectorField field;
        final double[] x;

        Worker(SolverSettings settings, VectorField shared) {
            this.solver = AdaptiveRungeKutta.create(settings);
            this.field = shared.copy();
            this.x = new double[shared.dimension()];
        }
    }

    @Override
    public String part() {
        return PART;
    }

    @Override
    public int size() {
        return samples;
    }

    @Override
    public Worker newState() {
        return new Worker(settings, field);
    }

    @Override
    public Integer compute(Worker w, int index) {
        double[] x = w.x;
        BasinEstimate.start(game, seed, first + index, x);
        for (int e = 0; e < events.size(); e++) {
            if (events.get(e).g(0, x) < 0) {
                return e; // starts inside the ball
            }
        }
        if (paths != null) {
            return paths.reach(x, timeLimit, targets, BasinEstimate.RADIUS);
        }
        w.solver.advance(w.field, 0, x, timeLimit, null, events, List.of());
        return w.solver.reason() == Trajectory.Reason.EVENT ? w.solver.stoppingEvent() : -1;
    }
}
