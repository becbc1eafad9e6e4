package org.egt4j.ode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.egt4j.NumericalException;
import org.egt4j.dynamics.Replicator;
import org.egt4j.dynamics.VectorField;
import org.egt4j.game.Game;
import org.egt4j.testing.RandomGames;
import org.egt4j.testing.RandomStates;
import org.egt4j.testing.TextbookGames;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What every adaptive engine must do, run for Dormand–Prince 5(4) and 8(5,3) alike: meet its tolerance
 * against closed forms and Hipparchus's Dormand–Prince 8(5,3) at rtol 1e-13, dense output that agrees
 * with integrations stopped at the sample times, conservation laws of zero-sum games, events, stop
 * conditions, state-space safety, failure modes and allocation-free steps.
 */
class AdaptiveRungeKuttaTest {

    /** The engines under test. */
    enum Engine {
        DP54 {
            @Override
            AdaptiveRungeKutta create(SolverSettings s) {
                return new DormandPrince54(s);
            }
        },
        DP853 {
            @Override
            AdaptiveRungeKutta create(SolverSettings s) {
                return new DormandPrince853(s);
            }
        };

        abstract AdaptiveRungeKutta create(SolverSettings s);
    }

    static Stream<Engine> engines() {
        return Stream.of(Engine.values());
    }

    static Stream<Arguments> enginesAndGames() {
        return engines().flatMap(e -> RandomGames.seeds(60).mapToObj(seed -> Arguments.of(e, seed)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("engines")
    void adaptiveSolutionMeetsTheToleranceOnTheLogisticReplicator(Engine engine) {
        for (double rtol : new double[] {1e-6, 1e-8, 1e-10, 1e-12}) {
            AdaptiveRungeKutta s = engine.create(SolverSettings.DEFAULT.withTolerances(rtol, rtol * 1e-2));
            double x = s.integrate(TestFields.logistic(2), 0, new double[] {0.01}, 10)
                    .state()[0];
            assertEquals(TestFields.logisticSolution(2, 0.01, 10), x, 50 * rtol, "rtol " + rtol);
        }
    }

    @ParameterizedTest(name = "{0}, seed {1}")
    @MethodSource("enginesAndGames")
    void agreesWithHipparchusDormandPrince853AtTightTolerance(Engine engine, long seed) {
        Game g = RandomGames.recipe(seed).build();
        Replicator field = Replicator.of(g.bind());
        double[] x0 = RandomStates.reduced(g, RandomStates.interior(g, new SplittableRandom(seed)));
        double[] reference = HipparchusSolver.dormandPrince853(SolverSettings.DEFAULT.withTolerances(1e-13, 1e-15))
                .integrate(field, 0, x0, 20)
                .state();
        double[] ours = engine.create(SolverSettings.DEFAULT.withTolerances(1e-10, 1e-12))
                .integrate(field, 0, x0, 20)
                .state();
        for (int i = 0; i < x0.length; i++) {
            assertEquals(reference[i], ours[i], 1e-7, "coordinate " + i + ", seed " + seed);
        }
    }

    @ParameterizedTest(name = "{0}, seed {1}")
    @MethodSource("enginesAndGames")
    void denseOutputSamplesAgreeWithIntegrationsStoppedAtTheSampleTimes(Engine engine, long seed) {
        Game g = RandomGames.recipe(seed).build();
        Replicator field = Replicator.of(g.bind());
        double[] x0 = RandomStates.reduced(g, RandomStates.interior(g, new SplittableRandom(seed)));
        SolverSettings s = SolverSettings.DEFAULT.withTolerances(1e-10, 1e-12);
        Sampler sampler = Sampler.evenly(0, 10, 11);
        engine.create(s).integrate(field, 0, x0, 10, sampler);
        assertEquals(11, sampler.count());
        assertArrayEquals(x0, sampler.states()[0], 0.0, "first sample is the start state");
        for (int k = 1; k < 11; k++) {
            double[] direct = engine.create(s).integrate(field, 0, x0, k).state();
            assertArrayEquals(direct, sampler.states()[k], 1e-8, "sample " + k + ", seed " + seed);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("engines")
    void lastSampleIsExactlyTheEndState(Engine engine) {
        Sampler sampler = Sampler.evenly(0, 7.3, 5);
        Trajectory t = engine.create(SolverSettings.DEFAULT)
                .integrate(TestFields.harmonic(), 0, new double[] {1, 0}, 7.3, sampler);
        assertArrayEquals(t.state(), sampler.states()[4], 0.0);
        assertEquals(7.3, t.time(), 0.0);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("engines")
    void rockPaperScissorsConservesTheProductOfShares(Engine engine) {
        Game rps = TextbookGames.rockPaperScissors();
        Sampler samples = Sampler.evenly(0, 100, 201);
        engine.create(SolverSettings.DEFAULT.withTolerances(1e-12, 1e-14))
                .integrate(Replicator.of(rps.bind()), 0, new double[] {0.5, 0.3}, 100, samples);
        double h0 = 0.5 * 0.3 * 0.2;
        for (double[] x : samples.states()) {
            double h = x[0] * x[1] * (1 - x[0] - x[1]);
            assertEquals(h0, h, 1e-8 * h0);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("engines")
    void matchingPenniesConservesTheProductOfVariances(Engine engine) {
        Game mp = TextbookGames.matchingPennies();
        Sampler samples = Sampler.evenly(0, 100, 201);
        engine.create(SolverSettings.DEFAULT.withTolerances(1e-12, 1e-14))
                .integrate(Replicator.of(mp.bind()), 0, new double[] {0.8, 0.3}, 100, samples);
        double h0 = 0.8 * 0.2 * 0.3 * 0.7;
        for (double[] x : samples.states()) {
            assertEquals(h0, x[0] * (1 - x[0]) * x[1] * (1 - x[1]), 1e-8 * h0);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("engines")
    void eventIsLocatedToTenDigitsInTime(Engine engine) {
        Trajectory t = engine.create(SolverSettings.DEFAULT.withTolerances(1e-12, 1e-14))
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

    @ParameterizedTest(name = "{0}")
    @MethodSource("engines")
    void continuingEventsAreReportedInOrderAndTheIntegrationGoesOn(Engine engine) {
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
        Trajectory t = engine.create(SolverSettings.DEFAULT.withTolerances(1e-11, 1e-13))
                .integrate(
                        TestFields.harmonic(), 0, new double[] {1, 0}, 10 * Math.PI, null, List.of(zeroOfX), List.of());
        assertEquals(Trajectory.Reason.END, t.reason());
        assertEquals(10, crossings.size());
        for (int k = 0; k < 10; k++) {
            assertEquals(Math.PI / 2 + k * Math.PI, crossings.get(k), 1e-9);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("engines")
    void reachingANeighbourhoodStops(Engine engine) {
        Trajectory t = engine.create(SolverSettings.DEFAULT.withTolerances(1e-10, 1e-12))
                .integrate(
                        TestFields.logistic(1),
                        0,
                        new double[] {0.1},
                        100,
                        null,
                        List.of(Event.reaching(new double[] {1}, 1e-3)),
                        List.of());
        assertEquals(Trajectory.Reason.EVENT, t.reason());
        // x = 0.999 where the slope is 0.999·0.001: a state error of rtol 1e-10 is a time error of 1e-7
        assertEquals(Math.log(9 * 999), t.time(), 2e-7);
        assertEquals(0.999, t.state()[0], 1e-12);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("engines")
    void steadyStateStopsNearTheHawkDoveEquilibrium(Engine engine) {
        Game hd = TextbookGames.hawkDove(2, 3);
        Trajectory t = engine.create(SolverSettings.DEFAULT)
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

    @ParameterizedTest(name = "{0}")
    @MethodSource("engines")
    void nonFiniteFieldStopsWithAnErrorNamingTimeAndState(Engine engine) {
        VectorField blowUp = TestFields.of(1, (x, out) -> out[0] = x[0] > 2 ? Double.NaN : x[0]);
        NumericalException e = assertThrows(NumericalException.class, () -> engine.create(SolverSettings.DEFAULT)
                .integrate(blowUp, 0, new double[] {1}, 10));
        // it carries the start of the failing step and the state there: x = e^t < 2
        double t = e.time();
        assertTrue(t > 0.2 && t < Math.log(2) + 1e-8, e.getMessage());
        assertEquals(1, e.state().length);
        assertEquals(Math.exp(t), e.state()[0], 1e-6, e.getMessage());
        // and the message names them too, with the likely cause in the hint
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("not finite .* at t = (\\S+), x = \\[(\\S+)\\]")
                .matcher(e.getMessage());
        assertTrue(m.find(), e.getMessage());
        assertEquals(t, Double.parseDouble(m.group(1)), e.getMessage());
        assertEquals(e.state()[0], Double.parseDouble(m.group(2)), e.getMessage());
        assertTrue(e.hint().contains("left the region where the field is defined"), e.hint());
        assertEquals("the vector field is not finite in the step that starts", e.problem());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("engines")
    void finiteTimeBlowUpEndsWithAClearError(Engine engine) {
        VectorField blowUp = TestFields.of(1, (x, out) -> out[0] = x[0] * x[0]);
        NumericalException e = assertThrows(NumericalException.class, () -> engine.create(SolverSettings.DEFAULT)
                .integrate(blowUp, 0, new double[] {1}, 2));
        // x = 1/(1 − t) blows up at t = 1
        assertTrue(
                e.getMessage().contains("underflowed at t = 1.0")
                        || e.getMessage().contains("not finite"),
                e.getMessage());
        assertEquals(1.0, e.time(), 1e-3, e.getMessage());
    }

    @org.junit.jupiter.api.Test
    void solversNameTheMethodThatRuns() {
        assertEquals(
                "Dormand–Prince 8(5,3)",
                AdaptiveRungeKutta.create(SolverSettings.DEFAULT).name());
        assertEquals(
                "Dormand–Prince 8(5,3)",
                AdaptiveRungeKutta.create(
                                SolverSettings.DEFAULT.withTolerances(AdaptiveRungeKutta.EIGHTH_ORDER_BELOW, 1e-9))
                        .name());
        assertEquals(
                "Dormand–Prince 5(4)",
                AdaptiveRungeKutta.create(SolverSettings.DEFAULT.withTolerances(1e-4, 1e-6))
                        .name());
        assertEquals(DormandPrince54.NAME, new DormandPrince54().name());
        assertEquals(DormandPrince853.NAME, new DormandPrince853().name());
        assertEquals(
                "Dormand–Prince 8(5,3) (Hipparchus DormandPrince853Integrator)",
                HipparchusSolver.dormandPrince853(SolverSettings.DEFAULT).name());
        assertEquals(
                "Dormand–Prince 5(4) (Hipparchus DormandPrince54Integrator)",
                HipparchusSolver.dormandPrince54(SolverSettings.DEFAULT).name());
    }

    @org.junit.jupiter.api.Test
    void hipparchusFailuresAreNumericalExceptionsWhereTheLastStepEnded() {
        NumericalException e = assertThrows(NumericalException.class, () -> HipparchusSolver.dormandPrince54(
                        SolverSettings.DEFAULT.withMaxSteps(10))
                .integrate(TestFields.harmonic(), 0, new double[] {1, 0}, 100));
        assertTrue(e.getMessage().startsWith("Dormand–Prince 5(4) (Hipparchus"), e.getMessage());
        assertTrue(e.time() > 0 && e.time() < 100, e.getMessage());
        assertEquals(1, Math.hypot(e.state()[0], e.state()[1]), 1e-6, e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("engines")
    void exhaustedStepBudgetIsAnError(Engine engine) {
        NumericalException e =
                assertThrows(NumericalException.class, () -> engine.create(SolverSettings.DEFAULT.withMaxSteps(10))
                        .integrate(TestFields.harmonic(), 0, new double[] {1, 0}, 100));
        assertTrue(e.getMessage().contains("more than 10 steps"), e.getMessage());
        assertTrue(e.time() > 0 && e.time() < 100, e.getMessage());
        // the state is on the unit circle of the harmonic oscillator
        assertEquals(1, Math.hypot(e.state()[0], e.state()[1]), 1e-6, e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("engines")
    void integratesBackwardInTime(Engine engine) {
        double[] x = engine.create(SolverSettings.DEFAULT.withTolerances(1e-11, 1e-13))
                .integrate(TestFields.harmonic(), 0, new double[] {1, 0}, -2)
                .state();
        assertArrayEquals(new double[] {Math.cos(-2), Math.sin(-2)}, x, 1e-9);
    }

    @ParameterizedTest(name = "{0}, seed {1}")
    @MethodSource("enginesAndGames")
    void statesStayInTheProductOfSimplicesEvenAtLooseTolerance(Engine engine, long seed) {
        Game g = RandomGames.recipe(seed).build();
        Replicator field = Replicator.of(g.bind());
        SplittableRandom r = new SplittableRandom(seed);
        for (double[][] start :
                List.of(RandomStates.interior(g, r), RandomStates.edge(g, r), RandomStates.vertex(g, r))) {
            Sampler samples = Sampler.evenly(0, 50, 101);
            engine.create(SolverSettings.DEFAULT.withTolerances(1e-3, 1e-3))
                    .integrate(field, 0, RandomStates.reduced(g, start), 50, samples);
            for (double[] x : samples.states()) {
                assertTrue(
                        field.stateSpace().margin(x) >= -1e-12,
                        "margin " + field.stateSpace().margin(x) + ", seed " + seed);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("engines")
    void stepsAllocateNothing(Engine engine) {
        // The engine's work arrays exist after the first run; a second run must not allocate.
        Game g = RandomGames.recipe(2).build();
        Replicator field = Replicator.of(g.bind());
        AdaptiveRungeKutta s = engine.create(SolverSettings.DEFAULT);
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

    @ParameterizedTest(name = "{0}")
    @MethodSource("engines")
    void leavingTheStateSpaceStopsWhereTheShareCrossesZero(Engine engine) {
        org.egt4j.dynamics.StateSpace simplex = org.egt4j.dynamics.StateSpace.simplices(new int[] {0, 1});
        VectorField drift = TestFields.of(1, (x, out) -> out[0] = -1);
        Trajectory t = engine.create(SolverSettings.DEFAULT.withProjection(false))
                .integrate(drift, 0, new double[] {0.5}, 10, null, List.of(Event.leaving(simplex)), List.of());
        assertEquals(Trajectory.Reason.EVENT, t.reason());
        assertEquals(0.5, t.time(), 1e-10);
    }

    /** Records the step intervals and the last flags an observer is given. */
    static final class Steps implements StepObserver {
        final List<double[]> spans = new ArrayList<>();
        final List<Boolean> lasts = new ArrayList<>();
        double started = Double.NaN;

        @Override
        public void start(double t0, double[] x0, double t1) {
            started = t0;
        }

        @Override
        public void step(DenseOutput step, boolean last) {
            spans.add(new double[] {step.previousTime(), step.currentTime()});
            lasts.add(last);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("engines")
    void anEmptySpanReturnsTheStartWithoutEvaluating(Engine engine) {
        AdaptiveRungeKutta s = engine.create(SolverSettings.DEFAULT);
        Steps steps = new Steps();
        Trajectory t = s.integrate(TestFields.harmonic(), 2, new double[] {1, 0}, 2, steps);
        assertArrayEquals(new double[] {1, 0}, t.state(), 0.0);
        assertEquals(2, t.time(), 0.0);
        assertEquals(0, t.evaluations());
        assertEquals(0, t.steps());
        assertEquals(2, steps.started, 0.0, "the observer is still told the start");
        assertTrue(steps.spans.isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("engines")
    void stepsTileTheSpanWithinTheLargestStep(Engine engine) {
        Steps steps = new Steps();
        engine.create(SolverSettings.DEFAULT.withMaxStep(0.25))
                .integrate(TestFields.harmonic(), 0, new double[] {1, 0}, 10, steps);
        assertTrue(steps.spans.size() >= 40, steps.spans.size() + " steps of at most 0.25 over 10");
        double end = 0;
        for (int k = 0; k < steps.spans.size(); k++) {
            double[] span = steps.spans.get(k);
            assertEquals(end, span[0], 0.0, "each step starts where the last ended");
            assertTrue(span[1] - span[0] <= 0.25 + 1e-15, "step " + k + " is " + (span[1] - span[0]));
            assertEquals(k == steps.spans.size() - 1, steps.lasts.get(k), "only the final step is last");
            end = span[1];
        }
        assertEquals(10, end, 0.0, "the last step ends exactly at t1");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("engines")
    void theObserverIsToldTheLastStepAtAnEventAndAtAStop(Engine engine) {
        Steps atEvent = new Steps();
        Trajectory e = engine.create(SolverSettings.DEFAULT)
                .integrate(
                        TestFields.logistic(1),
                        0,
                        new double[] {0.1},
                        10,
                        atEvent,
                        List.of((time, x) -> x[0] - 0.5),
                        List.of());
        assertEquals(e.time(), atEvent.spans.get(atEvent.spans.size() - 1)[1], 0.0, "the step is cut at the event");
        assertTrue(atEvent.lasts.get(atEvent.lasts.size() - 1));
        assertEquals(1, atEvent.lasts.stream().filter(b -> b).count());
        Steps atStop = new Steps();
        Trajectory c = engine.create(SolverSettings.DEFAULT)
                .integrate(
                        TestFields.logistic(1),
                        0,
                        new double[] {0.1},
                        1e4,
                        atStop,
                        List.of(),
                        List.of(StopCondition.steadyState(1e-6, 1)));
        assertEquals(Trajectory.Reason.CONDITION, c.reason());
        assertTrue(atStop.lasts.get(atStop.lasts.size() - 1));
        assertEquals(c.time(), atStop.spans.get(atStop.spans.size() - 1)[1], 0.0);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("engines")
    void stopConditionsStartAfreshInEveryRun(Engine engine) {
        // the same steady-state condition, used again from a far start, must wait its dwell time anew
        StopCondition settled = StopCondition.steadyState(1e-6, 1);
        AdaptiveRungeKutta s = engine.create(SolverSettings.DEFAULT);
        Trajectory first =
                s.integrate(TestFields.logistic(1), 0, new double[] {0.1}, 1e4, null, List.of(), List.of(settled));
        assertTrue(first.state()[0] > 0.999);
        Trajectory second =
                s.integrate(TestFields.logistic(1), 0, new double[] {0.1}, 1e4, null, List.of(), List.of(settled));
        assertEquals(first.time(), second.time(), 0.0, "the same run, not one cut short by the old dwell timer");
        assertArrayEquals(first.state(), second.state(), 0.0);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("engines")
    void theEarliestOfTwoEventsInOneStepStops(Engine engine) {
        // x(t) = e^t crosses 1.5 at ln 1.5 and 1.6 at ln 1.6; listed latest first
        VectorField grow = TestFields.of(1, (x, out) -> out[0] = x[0]);
        Trajectory t = engine.create(SolverSettings.DEFAULT.withTolerances(1e-12, 1e-14))
                .integrate(
                        grow,
                        0,
                        new double[] {1},
                        1,
                        null,
                        List.of((time, x) -> x[0] - 1.6, (time, x) -> x[0] - 1.5),
                        List.of());
        assertEquals(1, t.event(), "the event at ln 1.5 comes first");
        assertEquals(Math.log(1.5), t.time(), 1e-10);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("engines")
    void perComponentTolerancesMustMatchTheField(Engine engine) {
        Tolerances three = Tolerances.perComponent(new double[] {1e-8, 1e-8, 1e-8}, new double[] {1e-10, 1e-10, 1e-10});
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> engine.create(SolverSettings.DEFAULT.withTolerances(three))
                        .integrate(TestFields.harmonic(), 0, new double[] {1, 0}, 1));
        assertTrue(e.getMessage().contains("3 components"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> engine.create(SolverSettings.DEFAULT)
                .integrate(TestFields.harmonic(), 0, new double[] {1}, 1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("engines")
    void statisticsDescribeTheLastRun(Engine engine) {
        AdaptiveRungeKutta s = engine.create(SolverSettings.DEFAULT.withTolerances(1e-3, 1e-3));
        double[] x = {1, 0};
        double end = s.advance(TestFields.harmonic(), 0, x, 20, null, List.of(), List.of());
        assertEquals(20, end, 0.0);
        assertEquals(Trajectory.Reason.END, s.reason());
        assertEquals(-1, s.stoppingEvent());
        Trajectory again = s.integrate(TestFields.harmonic(), 0, new double[] {1, 0}, 20);
        assertEquals(again.steps(), s.steps());
        assertEquals(again.rejected(), s.rejectedSteps());
        assertEquals(again.evaluations(), s.evaluations());
        assertTrue(s.evaluations() > s.steps(), "several evaluations per step");
    }
}
