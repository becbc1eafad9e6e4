package org.egt4j.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.TaskContext;
import org.egt4j.ModelException;
import org.egt4j.NumericalException;
import org.egt4j.sde.PathEnsemble;
import org.egt4j.sde.ReplicatorSde;
import org.egt4j.sde.Scheme;
import org.egt4j.spec.SpecLoader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * SDE path ensembles on Spark ({@code local[2,3]}) against the second method, {@link
 * PathEnsemble#run} on the local runner: every statistic (means, standard deviations, quantiles, kept
 * paths, absorption counts, boundary hits) is bit-identical for 1, 2 and 7 partitions, also after a
 * retried task; a spec without noise is refused on the driver.
 */
class SparkEnsemblesTest {

    static final String SPEC =
            """
            name: Noisy hawk-dove
            parameters:
              V: {value: 2, min: 0.5, max: 6}
              C: {value: 3, min: 0.5, max: 6}
            populations:
              animals: {strategies: [hawk, dove], share: x}
              rivals: {strategies: [bold, shy], share: y}
            payoffs:
              - profile: {animals: hawk, rivals: bold}
                animals: (V - C)/2
                rivals: (V - C)/2
              - profile: {animals: hawk, rivals: shy}
                animals: V
                rivals: 0
              - profile: {animals: dove, rivals: bold}
                animals: 0
                rivals: V
              - profile: {animals: dove, rivals: shy}
                animals: V/2
                rivals: V/2
            noise: {kind: multiplicative, sigma: 0.8}
            """;

    static PathsPlan plan() {
        return PathsPlan.of("noisy.yaml", SPEC, Map.of("V", 2.5), new double[] {0.3, 0.6}, 4, 21)
                .withSettings(new PathEnsemble.Settings(600, 0.01, Scheme.EULER_MARUYAMA, 17, 21, 4));
    }

    static PathEnsemble.Result local() {
        ReplicatorSde sde = ReplicatorSde.of(
                SpecLoader.parseSpec("noisy.yaml", SPEC).game().bind(Map.of("V", 2.5)),
                SpecLoader.parseSpec("noisy.yaml", SPEC).sde().noise());
        return PathEnsemble.run(
                sde,
                new double[] {0.3, 0.6},
                4,
                new PathEnsemble.Settings(600, 0.01, Scheme.EULER_MARUYAMA, 17, 21, 4),
                2);
    }

    @AfterEach
    void noHook() {
        RangeTasks.hook(null);
    }

    @ParameterizedTest(name = "{0} partitions")
    @ValueSource(ints = {1, 2, 7})
    void statisticsEqualTheLocalRun(int partitions) {
        assertSame(local(), SparkEnsembles.paths(SharedSpark.context(), plan(), partitions));
    }

    @Test
    void aRetriedTaskGivesTheSameStatistics() {
        AtomicInteger injected = new AtomicInteger();
        RangeTasks.hook((part, from) -> {
            if (from == 0 && TaskContext.get().attemptNumber() == 0) {
                injected.incrementAndGet();
                throw new IllegalStateException("injected failure of the first attempt");
            }
        });
        PathEnsemble.Result r = SparkEnsembles.paths(SharedSpark.context(), plan(), 3);
        assertEquals(1, injected.get());
        assertSame(local(), r);
    }

    @Test
    void aRangeFailingInEveryAttemptThrowsTheTasksOwnException() {
        AtomicInteger attempts = new AtomicInteger();
        RangeTasks.hook((part, from) -> {
            if (from > 0) {
                attempts.incrementAndGet();
                throw new NumericalException("injected failure of every attempt", "none", 1.5, new double[] {0.5, 0.5});
            }
        });
        NumericalException e =
                assertThrows(NumericalException.class, () -> SparkEnsembles.paths(SharedSpark.context(), plan(), 2));
        assertTrue(e.getMessage().contains("injected failure of every attempt"), e.getMessage());
        assertEquals(3, attempts.get(), "local[2,3] tries a task three times");
    }

    @Test
    void aSpecWithoutNoiseIsRefusedOnTheDriver() {
        AtomicInteger tasks = new AtomicInteger();
        RangeTasks.hook((part, from) -> tasks.incrementAndGet());
        String quiet = SPEC.replace("noise: {kind: multiplicative, sigma: 0.8}\n", "");
        PathsPlan good = plan();
        PathsPlan bad = new PathsPlan(
                good.source(),
                quiet,
                AnalysisPlan.sha256(quiet),
                good.parameters(),
                good.start(),
                good.horizon(),
                good.paths(),
                good.dt(),
                good.scheme(),
                good.seed(),
                good.samples(),
                good.keptPaths());
        ModelException e =
                assertThrows(ModelException.class, () -> SparkEnsembles.paths(SharedSpark.context(), bad, 2));
        assertTrue(e.problem().contains("no noise"), e.problem());
        PathsPlan wrongStart = new PathsPlan(
                good.source(),
                SPEC,
                good.specSha256(),
                good.parameters(),
                new double[] {0.5},
                good.horizon(),
                good.paths(),
                good.dt(),
                good.scheme(),
                good.seed(),
                good.samples(),
                good.keptPaths());
        assertThrows(ModelException.class, () -> SparkEnsembles.paths(SharedSpark.context(), wrongStart, 2));
        assertEquals(0, tasks.get(), "no task ran");
    }

    static void assertSame(PathEnsemble.Result a, PathEnsemble.Result b) {
        assertArrayEquals(a.times(), b.times());
        assertTrue(Arrays.deepEquals(a.mean(), b.mean()));
        assertTrue(Arrays.deepEquals(a.std(), b.std()));
        for (int q = 0; q < a.quantiles().size(); q++) {
            assertTrue(Arrays.deepEquals(a.quantiles().get(q), b.quantiles().get(q)));
        }
        assertEquals(a.paths().size(), b.paths().size());
        for (int r = 0; r < a.paths().size(); r++) {
            assertTrue(Arrays.deepEquals(a.paths().get(r), b.paths().get(r)));
        }
        assertEquals(a.absorbed().size(), b.absorbed().size());
        for (int i = 0; i < a.absorbed().size(); i++) {
            assertEquals(a.absorbed().get(i).count(), b.absorbed().get(i).count());
        }
        assertEquals(a.boundaryHits(), b.boundaryHits());
        assertEquals(a.stepsPerPath(), b.stepsPerPath());
    }
}
