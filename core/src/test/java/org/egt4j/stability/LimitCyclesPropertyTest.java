package org.egt4j.stability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.egt4j.analysis.InitialGrid;
import org.egt4j.dynamics.Dynamics;
import org.egt4j.dynamics.LogitDynamics;
import org.egt4j.dynamics.ReplicatorDynamics;
import org.egt4j.dynamics.VectorField;
import org.egt4j.game.BoundGame;
import org.egt4j.game.Game;
import org.egt4j.ode.AdaptiveRungeKutta;
import org.egt4j.ode.SolverSettings;
import org.egt4j.testing.RandomGames;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Over seeded random games under the replicator and the logit dynamic: every reported cycle closes to
 * 1e-8 under an independent integration and has a trivial multiplier 1; when every trajectory from the
 * starts comes to rest, no cycle is reported.
 */
class LimitCyclesPropertyTest {

    static LongStream seeds() {
        return RandomGames.seeds(40);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void everyReportedCycleIsPeriodicAndPointAttractorsGiveNone(long seed) {
        Game g = RandomGames.recipe(seed).build();
        BoundGame b = g.bind();
        SplittableRandom r = new SplittableRandom(seed);
        // even seeds the replicator, odd ones logit with η from 0.05 to 1 (seed 1: the smallest)
        Dynamics d = seed % 2 == 0
                ? ReplicatorDynamics.INSTANCE
                : LogitDynamics.of(seed == 1 ? 0.05 : 0.05 + 0.95 * r.nextDouble());
        VectorField f = d.field(b);
        List<double[]> starts = InitialGrid.of(g, new double[] {0.2, 0.5, 0.8}, 12);
        List<LimitCycle> cycles = LimitCycles.find(f, starts, g.offsets());
        for (LimitCycle c : cycles) {
            LimitCyclesTest.assertPeriodic(f, c);
            assertEquals(1, c.multipliers().get(c.trivial()).re(), 1e-6, c.toString());
            assertEquals(Stability.STABLE, c.stability());
        }
        // every start at rest after the search's settling time: then no cycle may be reported
        AdaptiveRungeKutta s = AdaptiveRungeKutta.create(SolverSettings.DEFAULT.withTolerances(1e-10, 1e-12));
        boolean allRest = true;
        for (double[] x0 : starts) {
            double[] x = s.integrate(f, 0, x0, LimitCycles.SETTLE_TIME).state();
            double[] dx = new double[x.length];
            f.derivative(x, dx);
            double norm = 0;
            for (double v : dx) {
                norm = Math.max(norm, Math.abs(v));
            }
            allRest &= norm < 1e-9;
        }
        if (allRest) {
            assertEquals(List.of(), cycles, "seed " + seed + ": every trajectory comes to rest");
        }
    }
}
