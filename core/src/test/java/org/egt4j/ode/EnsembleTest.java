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
import org.egt4j.dynamics.VectorField;
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

    @org.junit.jupiter.params.ParameterizedTest(name = "seed 5, {0} threads")
    @org.junit.jupiter.params.provider.ValueSource(ints = {1, 2, 3, 7})
    void everyKindOfRunIsIdenticalForAnyThreadCount(int threads) {
        Game g = RandomGames.recipe(5).build();
        Replicator field = Replicator.of(g.bind());
        SplittableRandom r = new SplittableRandom(5);
        double[][] starts = new double[97][];
        List<Replicator> fields = new ArrayList<>();
        for (int i = 0; i < starts.length; i++) {
            starts[i] = RandomStates.reduced(g, RandomStates.interior(g, r));
            fields.add(field);
        }
        Ensemble one = new Ensemble(SolverSettings.DEFAULT, 1, null);
        Ensemble many = new Ensemble(SolverSettings.DEFAULT, threads, null);
        assertTrue(java.util.Arrays.deepEquals(
                one.finalStates(field, starts, 0, 10), many.finalStates(field, starts, 0, 10)));
        assertTrue(java.util.Arrays.deepEquals(
                one.sampled(fields, starts, 0, 10, 5), many.sampled(fields, starts, 0, 10, 5)));
        List<Event> events = List.of(Event.reaching(starts[3], 0.05), Event.reaching(starts[60], 0.05));
        int[] e1 = one.stoppingEvents(field, starts, 0, 10, events);
        assertArrayEquals(e1, many.stoppingEvents(field, starts, 0, 10, events));
        assertEquals(0, e1[3], "start 3 is inside the first ball");
        assertEquals(1, e1[60], "start 60 is inside the second ball");
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0} threads")
    @org.junit.jupiter.params.provider.ValueSource(ints = {1, 2, 3, 7})
    void theLowestFailingStartDecides(int threads) {
        // the field is not finite where x > 2 (reached from x0 > 0.5 before t = 2): starts 40 and 70 fail
        VectorField nan = TestFields.of(1, (x, out) -> out[0] = x[0] > 2 ? Double.NaN : x[0]);
        double[][] starts = new double[100][];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = new double[] {i == 40 ? 0.9 : i == 70 ? 0.8 : 0.1};
        }
        org.egt4j.NumericalException e = assertThrows(
                org.egt4j.NumericalException.class,
                () -> new Ensemble(SolverSettings.DEFAULT, threads, null).finalStates(nan, starts, 0, 2));
        // the failure is start 40's (x = 0.9 e^t), not start 70's (x = 0.8 e^t)
        assertEquals(0.9, e.state()[0] / Math.exp(e.time()), 1e-5, e.getMessage());
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
