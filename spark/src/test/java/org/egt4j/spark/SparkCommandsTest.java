package org.egt4j.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import java.util.stream.Stream;
import org.egt4j.finite.FinitePopulation;
import org.egt4j.finite.FixationSimulation;
import org.egt4j.game.BoundGame;
import org.egt4j.game.Game;
import org.egt4j.parallel.IndexedRunner;
import org.egt4j.report.Json;
import org.egt4j.report.SdeOutput;
import org.egt4j.sde.PathEnsemble;
import org.egt4j.sde.ReplicatorSde;
import org.egt4j.spec.SpecLoader;
import org.egt4j.spec.States;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The job's {@code sde}, {@code finite} and {@code analyze} commands against outputs made without
 * Spark: {@code sde} prints the bytes of the local {@link PathEnsemble} run rendered as {@code egt4j
 * sde} renders it, for 1, 2 and 7 partitions; {@code finite} writes the cli's recorded {@code egt4j
 * finite --json} output (its golden copy) byte for byte, and its replicates equal the local {@link
 * FixationSimulation}; {@code analyze} on the examples with a {@code noise:} and a {@code process:}
 * block writes every data file of the cli's recorded {@code egt4j analyze --out} (golden copies).
 * Each writes a manifest naming the master and the partitions; a plan over a budget is refused before
 * any task.
 */
class SparkCommandsTest {

    static final Path EXAMPLES = Path.of("..", "examples", "games");
    static final Path GOLDEN = Path.of("..", "cli", "src", "test", "resources", "golden", "examples");
    static final String NOISY =
            EXAMPLES.resolve("environmental-regulation-noise.yaml").toString();
    static final String FROM = "firms=0.4,government=0.7";

    @TempDir
    static Path dir;

    @BeforeAll
    static void context() {
        SharedSpark.context();
    }

    @AfterEach
    void noHook() {
        RangeTasks.hook(null);
    }

    static String run(String... args) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int code = Main.run(
                args,
                new PrintStream(o, true, StandardCharsets.UTF_8),
                new PrintStream(e, true, StandardCharsets.UTF_8));
        assertEquals(0, code, String.join(" ", args) + ": " + e.toString(StandardCharsets.UTF_8));
        return o.toString(StandardCharsets.UTF_8);
    }

    /** The local ensemble of {@code egt4j sde NOISY --from FROM --time 5 --paths 300 --samples 11}. */
    static String[] localSde() throws IOException {
        SpecLoader.GameSpec spec = SpecLoader.loadSpec(Path.of(NOISY));
        Game game = spec.game();
        BoundGame bound = game.bind();
        ReplicatorSde sde = ReplicatorSde.of(bound, spec.sde().noise());
        PathEnsemble.Settings s = new PathEnsemble.Settings(
                300,
                spec.sde().dt(),
                spec.sde().scheme(),
                spec.analysis().seed(),
                11,
                SparkCommands.SdeCommand.KEPT_PATHS);
        PathEnsemble.Result r = PathEnsemble.run(sde, States.parse(game, FROM), 5, s, 2);
        return new String[] {
            Json.write(SdeOutput.json(game, sde, spec.sde().noise(), r, s.scheme(), s.seed())) + "\n",
            SdeOutput.csv(game, r)
        };
    }

    @ParameterizedTest(name = "{0} partitions")
    @ValueSource(ints = {1, 2, 7})
    void sdePrintsTheLocalEnsembleAsEgt4jSdeDoes(int partitions) throws IOException {
        String[] local = localSde();
        String[] sde = {"sde", NOISY, "--from", FROM, "--time", "5", "--paths", "300", "--samples", "11"};
        String[] args = Stream.concat(Stream.of("--partitions", String.valueOf(partitions)), Stream.of(sde))
                .toArray(String[]::new);
        assertEquals(local[0], run(args));
        String[] csv = Stream.concat(Stream.of(args), Stream.of("--csv")).toArray(String[]::new);
        assertEquals(local[1], run(csv));
    }

    @Test
    void sdeWithOutWritesJsonCsvAndAManifestNamingMasterAndPartitions() throws IOException {
        String[] local = localSde();
        Path out = dir.resolve("sde");
        String said = run(
                "--partitions",
                "7",
                "sde",
                NOISY,
                "--from",
                FROM,
                "--time",
                "5",
                "--paths",
                "300",
                "--samples",
                "11",
                "--out",
                out.toString());
        assertTrue(said.contains("wrote 3 files") && said.contains("7 partitions"), said);
        assertEquals(local[0], Files.readString(out.resolve("sde.json")));
        assertEquals(local[1], Files.readString(out.resolve("sde.csv")));
        String manifest = Files.readString(out.resolve("manifest.json"));
        assertTrue(manifest.contains("\"master\":\"local[2,3]\",\"partitions\":7"), manifest);
        assertTrue(manifest.contains("\"paths\":300"), manifest);
    }

    @Test
    void finiteWritesTheCliDocumentByteForByte() throws IOException {
        Path out = dir.resolve("finite");
        run(
                "--partitions",
                "2",
                "finite",
                EXAMPLES.resolve("cooperation-cycles.yaml").toString(),
                "--out",
                out.toString());
        assertEquals(
                Files.readString(GOLDEN.resolve("cooperation-cycles").resolve("finite.json")),
                Files.readString(out.resolve("finite.json")));
        String manifest = Files.readString(out.resolve("manifest.json"));
        assertTrue(manifest.contains("\"partitions\":2"), manifest);
    }

    @ParameterizedTest(name = "{0} partitions")
    @ValueSource(ints = {1, 2, 7})
    void finiteReplicatesEqualTheLocalSimulationAndContainTheExactValue(int partitions) throws IOException {
        Path spec = dir.resolve("moran.yaml");
        Files.writeString(spec, SparkFixationTest.SPEC, StandardCharsets.UTF_8);
        FixationPlan plan = FixationPlan.of(spec.toString(), SparkFixationTest.SPEC, Map.of(), 0, 1, 3000);
        FinitePopulation population = plan.population();
        FixationSimulation.Estimate local =
                FixationSimulation.estimate(population, 0, 1, 3000, plan.seed(), new IndexedRunner(2, null));
        Path out = dir.resolve("fixation-" + partitions);
        run(
                "--partitions",
                String.valueOf(partitions),
                "finite",
                spec.toString(),
                "--runs",
                "3000",
                "--mutant",
                "left",
                "--resident",
                "right",
                "--out",
                out.toString());
        String json = Files.readString(out.resolve("fixation-simulation.json"));
        assertTrue(json.contains("\"runs\":3000,\"seed\":" + plan.seed() + ",\"fixed\":" + local.fixed() + ","), json);
        assertTrue(json.contains("\"probability\":" + local.probability() + ","), json);
        double exact = population.fixation(0, 1).probability();
        assertTrue(json.contains("\"exact\":" + exact), json);
        assertTrue(
                local.interval().lower() <= exact && exact <= local.interval().upper(), json);
    }

    /** The examples whose reports have sections computed on the driver (noise ensembles, finite chains). */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"environmental-regulation-noise", "cooperation-cycles"})
    void analyzeWritesTheCliReportOfExamplesWithNoiseOrAProcess(String example) throws IOException {
        Path out = dir.resolve("analyze-" + example);
        run("--partitions", "3", "analyze", EXAMPLES.resolve(example + ".yaml").toString(), "--out", out.toString());
        Path golden = GOLDEN.resolve(example).resolve("report");
        List<Path> expected;
        try (Stream<Path> files = Files.list(golden)) {
            expected = files.sorted().toList();
        }
        assertFalse(expected.isEmpty());
        for (Path f : expected) {
            String name = f.getFileName().toString();
            assertEquals(
                    Files.readString(f), withoutFontNote(Files.readString(out.resolve(name))), example + "/" + name);
        }
    }

    /** As the cli's golden test records reports: without the note on missing CJK fonts. */
    static String withoutFontNote(String text) {
        return text.replaceAll(
                "(?m)^> \\*\\*(Note\\.\\*\\* The figures' labels contain characters|注意。\\*\\* 图中的标签含有).*\\R\\R", "");
    }

    @Test
    void plansOverTheirBudgetsAreRefusedBeforeAnyTask() {
        AtomicInteger tasks = new AtomicInteger();
        RangeTasks.hook((part, from) -> tasks.incrementAndGet());
        for (String[] args : List.of(
                new String[] {
                    "sde", NOISY, "--from", FROM, "--time", "5", "--paths", "300", "--budget", "path-steps=1000"
                },
                new String[] {
                    "analyze",
                    NOISY,
                    "--budget",
                    "basin-starts=10",
                    "--out",
                    dir.resolve("no").toString()
                },
                new String[] {"sde", NOISY, "--from", "firms=2,government=0.5", "--time", "5"},
                new String[] {"finite", NOISY, "--runs", "10"})) {
            ByteArrayOutputStream e = new ByteArrayOutputStream();
            int code = Main.run(args, new PrintStream(new ByteArrayOutputStream()), new PrintStream(e, true));
            String err = e.toString(StandardCharsets.UTF_8);
            assertEquals(2, code, String.join(" ", args) + ": " + err);
            assertTrue(err.startsWith("egt4j: ") && err.contains("hint: "), err);
            assertFalse(err.contains("\tat "), err);
            if (args[args.length - 1].equals("path-steps=1000")) {
                assertTrue(err.contains("300 paths x 500 steps = 150000 path steps, over the budget of 1000"), err);
                assertTrue(err.contains("--budget path-steps=150000"), err);
            }
        }
        assertEquals(0, tasks.get(), "no task ran");
    }
}
