package org.egt4j.ode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.egt4j.ModelException;
import org.egt4j.dynamics.Replicator;
import org.egt4j.dynamics.VectorField;
import org.egt4j.game.Game;
import org.egt4j.testing.RandomGames;
import org.egt4j.testing.RandomStates;
import org.egt4j.testing.TextbookGames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Dormand–Prince 5(4): convergence order against closed forms, agreement with Hipparchus's
 * Dormand–Prince 8(5,3) at tight tolerance, dense output, conservation laws of zero-sum games,
 * events, stop conditions, state-space safety and failure modes.
 */
class DormandPrince54Test {

    /** Fixed steps of size h: tolerances so loose that every step is accepted, maxStep = h. */
    static double[] fixedStep(VectorField f, double[] x0, double t1, double h) {
        SolverSettings s = SolverSettings.DEFAULT
                .withTolerances(1e6, 1e6)
                .withInitialStep(h)
                .withMaxStep(h)
                .withProjection(false);
        return new DormandPrince54(s).integrate(f, 0, x0, t1).state();
    }

    @Test
    void errorShrinksWithTheFifthPowerOfTheStepOnTheLogisticReplicator() {
        double c = 1.5;
        double x0 = 0.1;
        double t1 = 4;
        double[] errors = new double[3]; // steps 1/16, 1/32, 1/64: the asymptotic regime
        for (int k = 0; k < errors.length; k++) {
            double h = 0.0625 / (1 << k);
            errors[k] = Math.abs(fixedStep(TestFields.logistic(c), new double[] {x0}, t1, h)[0]
                    - TestFields.logisticSolution(c, x0, t1));
        }
        for (int k = 1; k < errors.length; k++) {
            double order = Math.log(errors[k - 1] / errors[k]) / Math.log(2);
            assertEquals(5.0, order, 0.35, "observed order between h and h/2, level " + k);
        }
    }

    @Test
    void errorShrinksWithTheFifthPowerOfTheStepOnTheHarmonicOscillator() {
        double t1 = 3;
        double[] errors = new double[4];
        for (int k = 0; k < errors.length; k++) {
            double h = 0.3 / (1 << k);
            double[] x = fixedStep(TestFields.harmonic(), new double[] {1, 0}, t1, h);
            errors[k] = Math.hypot(x[0] - Math.cos(t1), x[1] - Math.sin(t1));
        }
        for (int k = 1; k < errors.length; k++) {
            assertEquals(5.0, Math.log(errors[k - 1] / errors[k]) / Math.log(2), 0.35, "level " + k);
        }
    }

    @Test
    void adaptiveSolutionMeetsTheToleranceOnTheLogisticReplicator() {
        for (double rtol : new double[] {1e-6, 1e-8, 1e-10, 1e-12}) {
            DormandPrince54 s = new DormandPrince54(SolverSettings.DEFAULT.withTolerances(rtol, rtol * 1e-2));
            double x = s.integrate(TestFields.logistic(2), 0, new double[] {0.01}, 10)
                    .state()[0];
            assertEquals(TestFields.logisticSolution(2, 0.01, 10), x, 50 * rtol, "rtol " + rtol);
        }
    }

    static LongStream games() {
        return RandomGames.seeds(60);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("games")
    void agreesWithHipparchusDormandPrince853AtTightTolerance(long seed) {
        Game g = RandomGames.recipe(seed).build();
        Replicator field = Replicator.of(g.bind());
        double[] x0 = RandomStates.reduced(g, RandomStates.interior(g, new SplittableRandom(seed)));
        double[] reference = HipparchusSolver.dormandPrince853(SolverSettings.DEFAULT.withTolerances(1e-13, 1e-15))
                .integrate(field, 0, x0, 20)
                .state();
        double[] ours = new DormandPrince54(SolverSettings.DEFAULT.withTolerances(1e-10, 1e-12))
                .integrate(field, 0, x0, 20)
                .state();
        for (int i = 0; i < x0.length; i++) {
            assertEquals(reference[i], ours[i], 1e-7, "coordinate " + i + ", seed " + seed);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("games")
    void denseOutputSamplesAgreeWithIntegrationsStoppedAtTheSampleTimes(long seed) {
        Game g = RandomGames.recipe(seed).build();
        Replicator field = Replicator.of(g.bind());
        double[] x0 = RandomStates.reduced(g, RandomStates.interior(g, new SplittableRandom(seed)));
        SolverSettings s = SolverSettings.DEFAULT.withTolerances(1e-10, 1e-12);
        Sampler sampler = Sampler.evenly(0, 10, 11);
        new DormandPrince54(s).integrate(field, 0, x0, 10, sampler);
        assertEquals(11, sampler.count());
        assertArrayEquals(x0, sampler.states()[0], 0.0, "first sample is the start state");
        for (int k = 1; k < 11; k++) {
            double[] direct = new DormandPrince54(s).integrate(field, 0, x0, k).state();
            assertArrayEquals(direct, sampler.states()[k], 1e-8, "sample " + k + ", seed " + seed);
        }
    }

    @Test
    void lastSampleIsExactlyTheEndState() {
        Sampler sampler = Sampler.evenly(0, 7.3, 5);
        Trajectory t = new DormandPrince54().integrate(TestFields.harmonic(), 0, new double[] {1, 0}, 7.3, sampler);
        assertArrayEquals(t.state(), sampler.states()[4], 0.0);
        assertEquals(7.3, t.time(), 0.0);
    }

    @Test
    void rockPaperScissorsConservesTheProductOfShares() {
        Game rps = TextbookGames.rockPaperScissors();
        Sampler samples = Sampler.evenly(0, 100, 201);
        new DormandPrince54(SolverSettings.DEFAULT.withTolerances(1e-12, 1e-14))
                .integrate(Replicator.of(rps.bind()), 0, new double[] {0.5, 0.3}, 100, samples);
        double h0 = 0.5 * 0.3 * 0.2;
        for (double[] x : samples.states()) {
            double h = x[0] * x[1] * (1 - x[0] - x[1]);
            assertEquals(h0, h, 1e-8 * h0);
        }
    }

    @Test
    void matchingPenniesConservesTheProductOfVariances() {
        Game mp = TextbookGames.matchingPennies();
        Sampler samples = Sampler.evenly(0, 100, 201);
        new DormandPrince54(SolverSettings.DEFAULT.withTolerances(1e-12, 1e-14))
                .integrate(Replicator.of(mp.bind()), 0, new double[] {0.8, 0.3}, 100, samples);
        double h0 = 0.8 * 0.2 * 0.3 * 0.7;
        for (double[] x : samples.states()) {
            assertEquals(h0, x[0] * (1 - x[0]) * x[1] * (1 - x[1]), 1e-8 * h0);
        }
    }

    @Test
    void eventIsLocatedToTenDigitsInTime() {
        Trajectory t = new DormandPrince54(SolverSettings.DEFAULT.withTolerances(1e-12, 1e-14))
                .integrate(
                        TestFields.logistic(1),
                        0,
                        new double[] {0.1},
                        10,
                        null,
                        List.of((time, x) -> x[0] - 0.5),
                        List.of());
        assertEquals(Trajectory.Reason.EVENT, t.reason());
        assertEquals(0, t.event());
        assertEquals(Math.log(9), t.time(), 1e-10);
        assertEquals(0.5, t.state()[0], 1e-11);
    }

    @Test
    void continuingEventsAreReportedInOrderAndTheIntegrationGoesOn() {
        List<Double> crossings = new ArrayList<>();
        Event zeroOfX = new Event() {
            @Override
            public double g(double t, double[] x) {
                return x[0];
            }

            @Override
            public Action onEvent(double t, double[] x) {
                crossings.add(t);
                return Action.CONTINUE;
            }
        };
        Trajectory t = new DormandPrince54(SolverSettings.DEFAULT.withTolerances(1e-11, 1e-13))
                .integrate(
                        TestFields.harmonic(), 0, new double[] {1, 0}, 10 * Math.PI, null, List.of(zeroOfX), List.of());
        assertEquals(Trajectory.Reason.END, t.reason());
        assertEquals(10, crossings.size());
        for (int k = 0; k < 10; k++) {
            assertEquals(Math.PI / 2 + k * Math.PI, crossings.get(k), 1e-9);
        }
    }

    @Test
    void reachingANeighbourhoodStops() {
        Trajectory t = new DormandPrince54(SolverSettings.DEFAULT.withTolerances(1e-10, 1e-12))
                .integrate(
                        TestFields.logistic(1),
                        0,
                        new double[] {0.1},
                        100,
                        null,
                        List.of(Event.reaching(new double[] {1}, 1e-3)),
                        List.of());
        assertEquals(Trajectory.Reason.EVENT, t.reason());
        assertEquals(Math.log(9 * 999), t.time(), 1e-8); // x = 0.999
    }

    @Test
    void steadyStateStopsNearTheHawkDoveEquilibrium() {
        Game hd = TextbookGames.hawkDove(2, 3);
        Trajectory t = new DormandPrince54()
                .integrate(
                        Replicator.of(hd.bind()),
                        0,
                        new double[] {0.1},
                        1e6,
                        null,
                        List.of(),
                        List.of(StopCondition.steadyState(1e-9, 1)));
        assertEquals(Trajectory.Reason.CONDITION, t.reason());
        assertEquals(2.0 / 3, t.state()[0], 1e-7);
        assertTrue(t.time() < 1e3);
    }

    @Test
    void nonFiniteFieldStopsWithAnErrorNamingTimeAndState() {
        VectorField blowUp = TestFields.of(1, (x, out) -> out[0] = x[0] > 2 ? Double.NaN : x[0]);
        ModelException e = assertThrows(
                ModelException.class, () -> new DormandPrince54().integrate(blowUp, 0, new double[] {1}, 10));
        assertTrue(e.problem().contains("not finite near t = 0.6"), e.problem());
        assertTrue(e.problem().contains("x = [1.8"), e.problem());
    }

    @Test
    void finiteTimeBlowUpEndsWithAClearError() {
        VectorField blowUp = TestFields.of(1, (x, out) -> out[0] = x[0] * x[0]);
        ModelException e = assertThrows(
                ModelException.class, () -> new DormandPrince54().integrate(blowUp, 0, new double[] {1}, 2));
        assertTrue(e.problem().contains("underflowed at t = 1.0") || e.problem().contains("not finite"), e.problem());
    }

    @Test
    void exhaustedStepBudgetIsAnError() {
        ModelException e =
                assertThrows(ModelException.class, () -> new DormandPrince54(SolverSettings.DEFAULT.withMaxSteps(10))
                        .integrate(TestFields.harmonic(), 0, new double[] {1, 0}, 100));
        assertTrue(e.problem().contains("more than 10 steps"), e.problem());
    }

    @Test
    void integratesBackwardInTime() {
        double[] x = new DormandPrince54(SolverSettings.DEFAULT.withTolerances(1e-11, 1e-13))
                .integrate(TestFields.harmonic(), 0, new double[] {1, 0}, -2)
                .state();
        assertArrayEquals(new double[] {Math.cos(-2), Math.sin(-2)}, x, 1e-9);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("games")
    void statesStayInTheProductOfSimplicesEvenAtLooseTolerance(long seed) {
        Game g = RandomGames.recipe(seed).build();
        Replicator field = Replicator.of(g.bind());
        SplittableRandom r = new SplittableRandom(seed);
        for (double[][] start :
                List.of(RandomStates.interior(g, r), RandomStates.edge(g, r), RandomStates.vertex(g, r))) {
            Sampler samples = Sampler.evenly(0, 50, 101);
            new DormandPrince54(SolverSettings.DEFAULT.withTolerances(1e-3, 1e-3))
                    .integrate(field, 0, RandomStates.reduced(g, start), 50, samples);
            for (double[] x : samples.states()) {
                assertTrue(
                        field.stateSpace().margin(x) >= -1e-12,
                        "margin " + field.stateSpace().margin(x) + ", seed " + seed);
            }
        }
    }

    @Test
    void stepsAllocateNothing() {
        // The engine's work arrays exist after the first run; a second run must not allocate.
        Game g = RandomGames.recipe(2).build();
        Replicator field = Replicator.of(g.bind());
        DormandPrince54 s = new DormandPrince54();
        double[] x = RandomStates.reduced(g, RandomStates.interior(g, new SplittableRandom(1)));
        s.advance(field, 0, x.clone(), 50, null, List.of(), List.of());
        com.sun.management.ThreadMXBean bean =
                (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        // the smallest of several runs: one-time costs (class initialization, coverage probes of a
        // JaCoCo agent, JIT bookkeeping) may land in any single run, per-step allocation in every one
        long least = Long.MAX_VALUE;
        double[][] starts = new double[5][];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = x.clone();
        }
        for (double[] start : starts) {
            long before = bean.getCurrentThreadAllocatedBytes();
            s.advance(field, 0, start, 50, null, List.of(), List.of());
            least = Math.min(least, bean.getCurrentThreadAllocatedBytes() - before);
        }
        assertTrue(s.steps() > 20, "enough steps to see per-step allocation: " + s.steps());
        assertTrue(least < 64, "allocated " + least + " bytes in " + s.steps() + " steps");
    }

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
                    new DormandPrince54().integrate(field, 0, starts[i], 30).state(), one[i], 0.0);
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
            double[] single = new DormandPrince54()
                    .integrate(fields.get(i), 0, starts[i], 100)
                    .state();
            assertArrayEquals(single, s[i][1], 1e-8, "middle sample agrees with a run stopped at t = 100");
        }
    }

    @Test
    void hipparchusOdeAdapterGivesTheSameDerivative() {
        Game g = RandomGames.recipe(5).build();
        Replicator field = Replicator.of(g.bind());
        double[] x = RandomStates.reduced(g, RandomStates.interior(g, new SplittableRandom(5)));
        double[] dx = new double[x.length];
        field.derivative(x, dx);
        assertArrayEquals(dx, HipparchusSolver.ode(field).computeDerivatives(0, x), 0.0);
    }

    @Test
    void hipparchusDormandPrince853ThroughTheAdapterShowsOrderEight() {
        double t1 = 6;
        double[] errors = new double[3];
        for (int k = 0; k < errors.length; k++) {
            double h = 0.75 / (1 << k);
            org.hipparchus.ode.nonstiff.DormandPrince853Integrator dp853 =
                    new org.hipparchus.ode.nonstiff.DormandPrince853Integrator(h, h, 1e6, 1e6);
            dp853.setInitialStepSize(h);
            double[] x = dp853.integrate(
                            HipparchusSolver.ode(TestFields.harmonic()),
                            new org.hipparchus.ode.ODEState(0, new double[] {1, 0}),
                            t1)
                    .getPrimaryState();
            errors[k] = Math.hypot(x[0] - Math.cos(t1), x[1] - Math.sin(t1));
        }
        for (int k = 1; k < errors.length; k++) {
            assertEquals(8.0, Math.log(errors[k - 1] / errors[k]) / Math.log(2), 0.5, "level " + k);
        }
    }

    @Test
    void leavingTheStateSpaceStopsWhereTheShareCrossesZero() {
        org.egt4j.dynamics.StateSpace simplex = org.egt4j.dynamics.StateSpace.simplices(new int[] {0, 1});
        VectorField drift = TestFields.of(1, (x, out) -> out[0] = -1);
        Trajectory t = new DormandPrince54(SolverSettings.DEFAULT.withProjection(false))
                .integrate(drift, 0, new double[] {0.5}, 10, null, List.of(Event.leaving(simplex)), List.of());
        assertEquals(Trajectory.Reason.EVENT, t.reason());
        assertEquals(0.5, t.time(), 1e-10);
    }
}
