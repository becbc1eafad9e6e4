package org.egt4j.ode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.egt4j.dynamics.Replicator;
import org.egt4j.game.Game;
import org.egt4j.testing.RandomGames;
import org.egt4j.testing.RandomStates;
import org.egt4j.testing.TextbookGames;
import org.junit.jupiter.api.Test;

/**
 * Ensembles: bit-identical results for one and two threads, equal to single integrations by the
 * engine {@link AdaptiveRungeKutta#create} picks; cancellation; one field per parameter point.
 */
class EnsembleTest {

    @Test
    void ensembleResultsAreBitIdenticalForOneAndTwoThreads() {
        Game g = RandomGames.recipe(7).build();
        Replicator field = Replicator.of(g.bind());
        SplittableRandom r = new SplittableRandom(3);
        double[][] starts = new double[300][];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = RandomStates.reduced(g, RandomStates.interior(g, r));
        }
        double[][] one = new Ensemble(SolverSettings.DEFAULT, 1, null).finalStates(field, starts, 0, 30);
        long[] reports = new long[1];
        double[][] two = new Ensemble(SolverSettings.DEFAULT, 2, (done, total) -> {
                    synchronized (reports) {
                        reports[0]++;
                    }
                })
                .finalStates(field, starts, 0, 30);
        for (int i = 0; i < starts.length; i++) {
            assertTrue(java.util.Arrays.equals(one[i], two[i]), "start " + i);
            assertArrayEquals(
                    AdaptiveRungeKutta.create(SolverSettings.DEFAULT)
                            .integrate(field, 0, starts[i], 30)
                            .state(),
                    one[i],
                    0.0);
        }
        assertEquals(starts.length, reports[0]);
    }

    @Test
    void cancelledEnsembleThrows() {
        Ensemble e = new Ensemble(SolverSettings.DEFAULT, 2, null);
        e.cancel();
        assertThrows(
                java.util.concurrent.CancellationException.class,
                () -> e.finalStates(TestFields.harmonic(), new double[][] {{1, 0}, {0, 1}}, 0, 1));
    }

    @Test
    void ensembleOverParameterPointsSamplesEachField() {
        Game hd = TextbookGames.hawkDove(2, 3);
        List<Replicator> fields = new ArrayList<>();
        double[][] starts = new double[4][];
        for (int i = 0; i < 4; i++) {
            fields.add(Replicator.of(hd.bind(Map.of("V", 0.5 + 0.5 * i))));
            starts[i] = new double[] {0.5};
        }
        double[][][] s = new Ensemble(SolverSettings.DEFAULT, 2, null).sampled(fields, starts, 0, 200, 3);
        for (int i = 0; i < 4; i++) {
            assertEquals((0.5 + 0.5 * i) / 3, s[i][2][0], 1e-6, "ESS at V/C, V = " + (0.5 + 0.5 * i));
            double[] single = AdaptiveRungeKutta.create(SolverSettings.DEFAULT)
                    .integrate(fields.get(i), 0, starts[i], 100)
                    .state();
            // at rtol 1e-8 the step holding t = 100 is long (the state has settled) and its
            // interpolant is good to about 10 rtol there; the tolerance-level agreement of dense
            // output and stopped runs is tested at rtol 1e-10 in AdaptiveRungeKuttaTest
            assertArrayEquals(single, s[i][1], 1e-7, "middle sample agrees with a run stopped at t = 100");
        }
    }
}
