package org.egt4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.egt4j.game.Game;
import org.egt4j.game.Population;
import org.egt4j.spec.SpecLoader;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The replicator's outputs on every example stay byte-identical across refactorings: {@code analyze
 * --json/--markdown/--latex}, {@code equations} in every format, {@code field --json}, {@code simulate
 * --csv} and the data files of {@code analyze --out} (Markdown, LaTeX, JSON, CSV; figures and the
 * manifest are checked elsewhere). The golden copies under {@code src/test/resources/golden/examples/} were
 * recorded from the code before the version-2 redesign; {@code -Degt4j.golden.record=true} rewrites
 * them (only for a deliberate change of output, named in the commit).
 */
class GoldenOutputsTest {

    private static final Path EXAMPLES = Path.of("..", "examples", "games");
    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden", "examples");
    private static final boolean RECORD = Boolean.getBoolean("egt4j.golden.record");

    @TempDir
    Path dir;

    static Stream<String> examples() throws IOException {
        try (Stream<Path> s = Files.list(EXAMPLES)) {
            return s
                    .map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".yaml"))
                    .sorted()
                    .map(n -> n.substring(0, n.length() - 5))
                    .toList()
                    .stream();
        }
    }

    /** An asymmetric interior state: population k's shares proportional to k + i + 1. */
    static String state(Game game) {
        List<String> parts = new ArrayList<>();
        for (int k = 0; k < game.populations().size(); k++) {
            Population p = game.populations().get(k);
            int n = p.size();
            double total = 0;
            for (int i = 0; i < n; i++) {
                total += k + i + 1;
            }
            if (n == 2) {
                parts.add(p.name() + "=" + (k + 1) / total);
            } else {
                List<String> v = new ArrayList<>();
                double sum = 0;
                for (int i = 0; i < n - 1; i++) {
                    double s = (k + i + 1) / total;
                    sum += s;
                    v.add(Double.toString(s));
                }
                v.add(Double.toString(1 - sum));
                parts.add(p.name() + "=" + String.join(":", v));
            }
        }
        return String.join(",", parts);
    }

    /**
     * The report without the note that appears only when no installed font can draw the labels (it
     * depends on the machine, not on the analysis; ChineseTest checks it).
     */
    static String withoutFontNote(String text) {
        return text.replaceAll(
                "(?m)^> \\*\\*(Note\\.\\*\\* The figures' labels contain characters|注意。\\*\\* 图中的标签含有).*\\R\\R", "");
    }

    static String run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, code, () -> String.join(" ", args) + ": " + err.toString(StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void replicatorOutputsAreByteIdenticalToTheGoldenCopies(String example) throws IOException {
        String spec = EXAMPLES.resolve(example + ".yaml").toString();
        Game game = SpecLoader.load(Path.of(spec));
        String at = state(game);
        Map<String, String> outputs = new LinkedHashMap<>();
        outputs.put("analyze.json", run("analyze", spec, "--json"));
        outputs.put("analyze.md", run("analyze", spec, "--markdown"));
        outputs.put("analyze.tex", run("analyze", spec, "--latex"));
        if (SpecLoader.loadSpec(Path.of(spec)).dynamics().equations(game).isPresent()) {
            // a logit example has no polynomial equations: `equations` refuses it (DynamicsCommandLineTest)
            outputs.put("equations.txt", run("equations", spec));
            outputs.put("equations.tex", run("equations", spec, "--format", "latex"));
            outputs.put("equations.json", run("equations", spec, "--format", "json"));
        }
        outputs.put("field.json", run("field", spec, "--at", at, "--json"));
        outputs.put("simulate.csv", run("simulate", spec, "--from", at, "--time", "20", "--samples", "11", "--csv"));
        if (SpecLoader.loadSpec(Path.of(spec)).process().isPresent()) {
            outputs.put("finite.json", run("finite", spec, "--json"));
        }
        Path report = dir.resolve("report");
        run("analyze", spec, "--out", report.toString(), "--threads", "2");
        try (Stream<Path> files = Files.list(report)) {
            for (Path f : files.sorted().toList()) {
                String name = f.getFileName().toString();
                // the explorer page is pinned by ExplorerCommandTest (byte-identical runs, its parameters):
                // a golden copy of 50 kB of generated script would change with every layout fix
                if (Files.isRegularFile(f) && !name.equals("manifest.json") && !name.equals("explorer.html")) {
                    outputs.put("report/" + name, withoutFontNote(Files.readString(f, StandardCharsets.UTF_8)));
                }
            }
        }
        Path golden = GOLDEN.resolve(example);
        if (RECORD) {
            for (Map.Entry<String, String> e : outputs.entrySet()) {
                Path f = golden.resolve(e.getKey());
                Files.createDirectories(f.getParent());
                Files.writeString(f, e.getValue(), StandardCharsets.UTF_8);
            }
            return;
        }
        for (Map.Entry<String, String> e : outputs.entrySet()) {
            Path f = golden.resolve(e.getKey());
            assertTrue(Files.exists(f), () -> "no golden copy " + f + " (record with -Degt4j.golden.record=true)");
            assertEquals(
                    withoutFontNote(Files.readString(f, StandardCharsets.UTF_8)),
                    e.getValue(),
                    example + ": " + e.getKey());
        }
        try (Stream<Path> s = Files.list(golden.resolve("report"))) {
            assertEquals(
                    s.count(),
                    outputs.keySet().stream()
                            .filter(k -> k.startsWith("report/"))
                            .count(),
                    example + ": the report's data files");
        }
    }
}
