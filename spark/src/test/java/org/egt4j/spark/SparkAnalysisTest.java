package org.egt4j.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.spark.TaskContext;
import org.egt4j.ModelException;
import org.egt4j.analysis.AnalysisWork;
import org.egt4j.analysis.FullAnalysis;
import org.egt4j.report.ReportWriter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The analysis on Spark ({@code local[2,3]}) against the second method, the local run on {@link
 * org.egt4j.parallel.IndexedRunner}: every file the report writes (CSV, JSON, Markdown, LaTeX,
 * figures, manifest) is byte-identical for 1, 2 and 7 partitions, also when a task fails in its first
 * attempt and Spark retries it; a bad plan is refused on the driver before any task runs.
 */
class SparkAnalysisTest {

    /**
     * A coordination game of two populations with two strict Nash equilibria (two basins), two ranged
     * parameters (a stability map) and a small analysis block.
     */
    static final String SPEC =
            """
            name: Spark coordination
            parameters:
              a: {value: 2, min: 0.5, max: 3}
              b: {value: 1, min: 0.5, max: 3}
            populations:
              row: {strategies: [opera, football], share: x}
              column: {strategies: [opera, football], share: y}
            payoffs:
              - profile: {row: opera, column: opera}
                row: a
                column: b
              - profile: {row: opera, column: football}
                row: 0
                column: 0
              - profile: {row: football, column: opera}
                row: 0
                column: 0
              - profile: {row: football, column: football}
                row: b
                column: a
            analysis:
              time: 20
              samples: 41
              gridCap: 9
              sensitivityValues: 3
              mapResolution: 15
              basins: 1500
              basinTime: 300
              seed: 5
            """;

    static final String COMMAND = "egt4j analyze spark-coordination.yaml --out DIR";

    @TempDir
    static Path dir;

    static Path spec;
    static Path local;

    @BeforeAll
    static void localRun() throws IOException {
        spec = dir.resolve("spark-coordination.yaml");
        Files.writeString(spec, SPEC, StandardCharsets.UTF_8);
        AnalysisPlan.Prepared p = plan().prepare();
        FullAnalysis full = FullAnalysis.of(p.bound(), p.dynamics(), p.settings(), 2, phase -> {});
        local = dir.resolve("local");
        writer(p, full).write(local, COMMAND, SPEC.getBytes(StandardCharsets.UTF_8));
        SharedSpark.context();
    }

    @AfterEach
    void noHook() {
        RangeTasks.hook(null);
    }

    static AnalysisPlan plan() {
        return AnalysisPlan.of(spec.toString(), SPEC, Map.of());
    }

    @ParameterizedTest(name = "{0} partitions")
    @ValueSource(ints = {1, 2, 7})
    void everyFileEqualsTheLocalRun(int partitions) throws IOException {
        Path out = dir.resolve("spark-" + partitions);
        write(SparkAnalysis.run(SharedSpark.context(), plan(), partitions, phase -> {}), out);
        assertSameFiles(local, out, List.of());
    }

    /**
     * Under best response the parts follow exact piecewise paths instead of an integrator: the files
     * written from Spark are byte-identical to the local run's for 2 and 7 partitions as well.
     */
    @ParameterizedTest(name = "{0} partitions")
    @ValueSource(ints = {2, 7})
    void underBestResponseEveryFileEqualsTheLocalRun(int partitions) throws IOException {
        String text = SPEC + "dynamics: {name: best-response}\n";
        Path brSpec = dir.resolve("spark-coordination-br.yaml");
        Files.writeString(brSpec, text, StandardCharsets.UTF_8);
        AnalysisPlan plan = AnalysisPlan.of(brSpec.toString(), text, Map.of());
        AnalysisPlan.Prepared p = plan.prepare();
        assertEquals("best-response", p.dynamics().name());
        Path brLocal = dir.resolve("br-local-" + partitions);
        FullAnalysis full = FullAnalysis.of(p.bound(), p.dynamics(), p.settings(), 2, phase -> {});
        writer(p, full).write(brLocal, COMMAND, text.getBytes(StandardCharsets.UTF_8));
        Path out = dir.resolve("br-spark-" + partitions);
        FullAnalysis remote = SparkAnalysis.run(SharedSpark.context(), plan, partitions, phase -> {});
        writer(p, remote).write(out, COMMAND, text.getBytes(StandardCharsets.UTF_8));
        assertSameFiles(brLocal, out, List.of());
    }

    /**
     * The basin starts are counted per range on the executors: the totals equal a tally of the local
     * runner's per-start results (second method), and a range of any length ships attractors + 1
     * numbers, so the driver's memory does not grow with the starts.
     */
    @ParameterizedTest(name = "{0} partitions")
    @ValueSource(ints = {1, 2, 7})
    void basinStartsAreCountedPerRangeAsALocalTallyOfEveryStart(int partitions) {
        AnalysisPlan.Prepared p = plan().prepare();
        AnalysisWork work = AnalysisWork.of(p.bound(), p.dynamics(), p.settings());
        @SuppressWarnings("unchecked")
        org.egt4j.parallel.IndexedWork<Object, Integer> basins =
                (org.egt4j.parallel.IndexedWork<Object, Integer>) work.part(AnalysisWork.BASINS);
        int outcomes = 2; // the two strict Nash equilibria
        List<Integer> perStart = org.egt4j.parallel.IndexRangeExecutor.local(2).map(basins);
        long[] tally = new long[outcomes + 1];
        for (int r : perStart) {
            tally[r < 0 ? outcomes : r]++;
        }
        assertTrue(tally[0] > 0 && tally[1] > 0, java.util.Arrays.toString(tally));
        var broadcast = SharedSpark.context().broadcast(plan());
        try {
            long[] spark = new SparkExecutor(SharedSpark.context(), broadcast, partitions).count(basins, outcomes);
            assertArrayEquals(tally, spark);
        } finally {
            broadcast.destroy();
        }
        RangeTasks.Counts range = RangeTasks.count(plan(), AnalysisWork.BASINS, 1500, outcomes, 0, 1500);
        assertEquals(outcomes + 1, range.counts().length);
        assertArrayEquals(tally, range.counts());
    }

    @Test
    void aTaskFailingInItsFirstAttemptIsRetriedWithTheSameResult() throws IOException {
        AtomicInteger injected = new AtomicInteger();
        int second = SparkExecutor.ranges(1500, 3).get(1)[0];
        RangeTasks.hook((part, from) -> {
            if (part.equals("basins") && from == second && TaskContext.get().attemptNumber() == 0) {
                injected.incrementAndGet();
                throw new IllegalStateException("injected failure of the first attempt");
            }
        });
        Path out = dir.resolve("retried");
        write(SparkAnalysis.run(SharedSpark.context(), plan(), 3, phase -> {}), out);
        assertEquals(1, injected.get(), "the failure was injected once");
        assertSameFiles(local, out, List.of());
    }

    @Test
    void aBadPlanIsRefusedOnTheDriverBeforeAnyTask() {
        AtomicInteger tasks = new AtomicInteger();
        RangeTasks.hook((part, from) -> tasks.incrementAndGet());
        AnalysisPlan good = plan();
        AnalysisPlan tampered = new AnalysisPlan(
                good.source(),
                good.specText().replace("value: 2", "value: 2.5"),
                good.specSha256(),
                good.parameters(),
                null,
                Map.of(),
                good.settings());
        ModelException e = assertThrows(
                ModelException.class, () -> SparkAnalysis.run(SharedSpark.context(), tampered, 2, p -> {}));
        assertTrue(e.problem().contains("does not match its SHA-256"), e.problem());
        AnalysisPlan unknown = new AnalysisPlan(
                good.source(), good.specText(), good.specSha256(), Map.of("z", 1.0), null, Map.of(), good.settings());
        assertThrows(ModelException.class, () -> SparkAnalysis.run(SharedSpark.context(), unknown, 2, p -> {}));
        ModelException d = assertThrows(
                ModelException.class,
                () -> SparkAnalysis.run(
                        SharedSpark.context(), good.withDynamics("no-such-dynamic", Map.of()), 2, p -> {}));
        assertFalse(d.problem().isEmpty());
        assertThrows(ModelException.class, () -> SparkAnalysis.run(SharedSpark.context(), good, 0, p -> {}));
        assertEquals(0, tasks.get(), "no task ran");
    }

    @Test
    void mainWritesTheLocalFilesAndNamesTheMasterInTheManifest() throws IOException {
        Path out = dir.resolve("main");
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int code = Main.run(
                new String[] {"--partitions", "7", "analyze", spec.toString(), "--out", out.toString()},
                new PrintStream(o, true, StandardCharsets.UTF_8),
                new PrintStream(e, true, StandardCharsets.UTF_8));
        assertEquals(0, code, e.toString(StandardCharsets.UTF_8));
        assertTrue(o.toString(StandardCharsets.UTF_8).contains("7 partitions"));
        assertSameFiles(local, out, List.of("manifest.json"));
        String manifest = Files.readString(out.resolve("manifest.json"));
        String expected = Files.readString(local.resolve("manifest.json"));
        assertTrue(manifest.contains("\"master\":\"local[2,3]\""), manifest);
        assertTrue(manifest.contains("\"partitions\":7"), manifest);
        assertTrue(manifest.contains("\"engine\":\"spark\""), manifest);
        // apart from where it ran and the command, the manifest is the local one
        assertEquals(withoutExecution(expected), withoutExecution(manifest));
    }

    @Test
    void mainRefusesBadOptionsWithStatusTwoAndNoStackTrace() {
        for (String[] args : List.of(
                new String[] {
                    "analyze",
                    spec.toString(),
                    "--set",
                    "z=1",
                    "--out",
                    dir.resolve("x").toString()
                },
                new String[] {"--partitions", "0", "analyze", spec.toString()},
                new String[] {"analyze", dir.resolve("missing.yaml").toString()},
                new String[] {"analyze", spec.toString(), "--dynamics", "replicator-mutator:mu"})) {
            ByteArrayOutputStream e = new ByteArrayOutputStream();
            int code = Main.run(args, new PrintStream(new ByteArrayOutputStream()), new PrintStream(e, true));
            String err = e.toString(StandardCharsets.UTF_8);
            assertEquals(2, code, String.join(" ", args) + ": " + err);
            assertTrue(err.startsWith("egt4j: "), err);
            assertFalse(err.contains("\tat "), err);
        }
    }

    /** Drops the "execution" object and the "command" line, the two things a Spark run adds or changes. */
    static String withoutExecution(String manifest) {
        return manifest.replaceAll("\"execution\":\\{[^}]*\\},", "").replaceAll("\"command\":\"[^\"]*\"", "");
    }

    static void write(FullAnalysis full, Path out) {
        AnalysisPlan.Prepared p = plan().prepare();
        writer(p, full).write(out, COMMAND, SPEC.getBytes(StandardCharsets.UTF_8));
    }

    /** The report egt4j analyze --out writes: the analysis and the limit cycles its grid runs reach. */
    static ReportWriter writer(AnalysisPlan.Prepared p, FullAnalysis full) {
        return new ReportWriter(p.bound(), full)
                .withLimitCycles(org.egt4j.analysis.CycleSearch.of(p.bound(), p.dynamics(), p.settings()));
    }

    static void assertSameFiles(Path expected, Path actual, List<String> except) throws IOException {
        Map<String, byte[]> a = files(expected);
        Map<String, byte[]> b = files(actual);
        assertEquals(a.keySet(), b.keySet());
        assertTrue(
                a.containsKey("basins.csv") && a.containsKey("stability-map.csv"),
                a.keySet().toString());
        for (String name : a.keySet()) {
            if (!except.contains(name)) {
                assertArrayEquals(a.get(name), b.get(name), name);
            }
        }
    }

    static Map<String, byte[]> files(Path root) throws IOException {
        Map<String, byte[]> m = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : (Iterable<Path>) s.filter(Files::isRegularFile)::iterator) {
                m.put(root.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return m;
    }

    /** Seeded (n, partitions) pairs, the edge cases first. */
    static Stream<int[]> sizes() {
        List<int[]> cases = new ArrayList<>(
                List.of(new int[] {1, 1}, new int[] {1, 7}, new int[] {7, 7}, new int[] {8, 7}, new int[] {1500, 3}));
        SplittableRandom r = new SplittableRandom(14);
        for (int i = 0; i < 20; i++) {
            cases.add(new int[] {1 + r.nextInt(5000), 1 + r.nextInt(300)});
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "n {0}")
    @MethodSource("sizes")
    void rangesCoverTheIndicesInOrderWithLengthsWithinOne(int[] c) {
        int n = c[0];
        int p = c[1];
        List<int[]> ranges = SparkExecutor.ranges(n, p);
        assertEquals(Math.min(n, p), ranges.size());
        int next = 0;
        int shortest = Integer.MAX_VALUE;
        int longest = 0;
        for (int[] r : ranges) {
            assertEquals(next, r[0]);
            shortest = Math.min(shortest, r[1] - r[0]);
            longest = Math.max(longest, r[1] - r[0]);
            next = r[1];
        }
        assertEquals(n, next);
        assertTrue(shortest >= 1 && longest - shortest <= 1);
    }
}
