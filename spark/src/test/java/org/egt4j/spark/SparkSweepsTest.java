package org.egt4j.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.TaskContext;
import org.egt4j.ModelException;
import org.egt4j.analysis.AnalysisSettings;
import org.egt4j.analysis.BasinMap;
import org.egt4j.parallel.IndexRangeExecutor;
import org.egt4j.report.BasinMapCsv;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The basin map (basins at every cell of a parameter grid) on Spark against the second method, {@link
 * BasinMap#of} on the local runner (itself tested against the closed-form basin boundary of a
 * coordination game in core's {@code BasinMapTest}): the CSV is byte-identical for 1, 2 and 7
 * partitions, also when a task fails in its first attempt; the job's {@code basin-map} command
 * writes the same CSV with a manifest naming the master and partitions; a map over its budget
 * (cells × starts) is refused on the driver before any task, naming the size, the budget and the flag.
 */
class SparkSweepsTest {

    /** The coordination game of {@link SparkAnalysisTest}, on a 6 × 6 grid of a and b, 120 starts per cell. */
    static final String SPEC = SparkAnalysisTest.SPEC
            .replace("mapResolution: 15", "mapResolution: 6")
            .replace("basins: 1500", "basins: 120");

    @TempDir
    static Path dir;

    static Path spec;
    static String local;

    static AnalysisPlan plan() {
        return AnalysisPlan.of(spec.toString(), SPEC, Map.of());
    }

    @BeforeAll
    static void localRun() throws IOException {
        spec = dir.resolve("coordination-map.yaml");
        Files.writeString(spec, SPEC, StandardCharsets.UTF_8);
        AnalysisPlan.Prepared p = plan().prepare();
        BasinMap map = BasinMap.of(p.bound(), p.dynamics(), p.settings(), IndexRangeExecutor.local(2));
        assertEquals(36, map.cells().size());
        local = BasinMapCsv.of(map);
        SharedSpark.context();
    }

    @AfterEach
    void noHook() {
        RangeTasks.hook(null);
    }

    @ParameterizedTest(name = "{0} partitions")
    @ValueSource(ints = {1, 2, 7})
    void theMapEqualsTheLocalRunByteForByte(int partitions) {
        BasinMap map = SparkSweeps.basinMap(SharedSpark.context(), plan(), partitions, SparkBudget.DEFAULT);
        assertEquals(local, BasinMapCsv.of(map));
    }

    @Test
    void aCellFailingInItsFirstAttemptIsRetriedWithTheSameMap() {
        AtomicInteger injected = new AtomicInteger();
        int third = SparkExecutor.ranges(36, 5).get(2)[0];
        RangeTasks.hook((part, from) -> {
            if (part.equals(BasinMap.PART) && from == third && TaskContext.get().attemptNumber() == 0) {
                injected.incrementAndGet();
                throw new IllegalStateException("injected failure of the first attempt");
            }
        });
        BasinMap map = SparkSweeps.basinMap(SharedSpark.context(), plan(), 5, SparkBudget.DEFAULT);
        assertEquals(1, injected.get());
        assertEquals(local, BasinMapCsv.of(map));
    }

    @Test
    void mainWritesTheMapAndAManifestNamingMasterAndPartitions() throws IOException {
        Path out = dir.resolve("main-map");
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int code = Main.run(
                new String[] {"--partitions", "7", "basin-map", spec.toString(), "--out", out.toString()},
                new PrintStream(o, true, StandardCharsets.UTF_8),
                new PrintStream(e, true, StandardCharsets.UTF_8));
        assertEquals(0, code, e.toString(StandardCharsets.UTF_8));
        assertTrue(o.toString(StandardCharsets.UTF_8).contains("7 partitions"));
        assertEquals(local, Files.readString(out.resolve("basin-map.csv")));
        String manifest = Files.readString(out.resolve("manifest.json"));
        assertTrue(manifest.contains("\"master\":\"local[2,3]\",\"partitions\":7"), manifest);
        assertTrue(manifest.contains("\"startsPerCell\":120"), manifest);
        assertTrue(manifest.contains("\"specSha256\":\"" + AnalysisPlan.sha256(SPEC) + "\""), manifest);
    }

    @Test
    void aMapOverItsBudgetIsRefusedOnTheDriverBeforeAnyTask() {
        AtomicInteger tasks = new AtomicInteger();
        RangeTasks.hook((part, from) -> tasks.incrementAndGet());
        SparkBudget small = SparkBudget.DEFAULT.with("basin-map-starts=1000");
        ModelException e =
                assertThrows(ModelException.class, () -> SparkSweeps.basinMap(SharedSpark.context(), plan(), 2, small));
        assertTrue(e.problem().contains("6 x 6 cells x 120 starts = 4320 starts"), e.problem());
        assertTrue(e.problem().contains("over the budget of 1000 basin-map starts"), e.problem());
        assertTrue(e.hint().contains("--budget basin-map-starts=4320"), e.hint());
        // the 200 x 200 x 10^4 map fits the default budget exactly; one start more does not
        AnalysisSettings s = plan().prepare().settings();
        AnalysisSettings big = new AnalysisSettings(
                s.time(),
                s.samples(),
                s.levels(),
                s.gridCap(),
                s.sensitivity(),
                s.sensitivityValues(),
                s.mapAxes(),
                200,
                10_000,
                s.basinTime(),
                s.seed(),
                s.rtol(),
                s.atol());
        SparkBudget.DEFAULT.checkBasinMap(plan().prepare().bound().game(), big);
        ModelException over = assertThrows(ModelException.class, () -> SparkBudget.DEFAULT
                .with("basin-map-starts=399999999")
                .checkBasinMap(plan().prepare().bound().game(), big));
        assertTrue(over.problem().contains("= 400000000 starts"), over.problem());
        for (String[] args : List.of(
                new String[] {"basin-map", spec.toString(), "--budget", "basin-map-starts=10", "--out", "x"},
                new String[] {"basin-map", spec.toString(), "--budget", "cells=10"},
                new String[] {"basin-map", spec.toString(), "--budget", "path-steps=5000000000"})) {
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int code = Main.run(args, new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true));
            String text = err.toString(StandardCharsets.UTF_8);
            assertEquals(2, code, String.join(" ", args) + ": " + text);
            assertTrue(text.startsWith("egt4j: "), text);
            assertTrue(text.contains("hint: "), text);
            assertFalse(text.contains("\tat "), text);
        }
        assertEquals(0, tasks.get(), "no task ran");
    }
}
