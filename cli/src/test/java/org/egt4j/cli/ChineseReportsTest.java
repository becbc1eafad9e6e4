package org.egt4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Reports in Chinese on the command line (docs/chinese.md): {@code --lang zh} on English examples is
 * pinned by golden copies (the finite-population and the stochastic sections included), {@code --lang
 * en} turns the Chinese example back to English, and an unknown language exits 2 with where and how to
 * fix it. The Chinese example itself ({@code language: zh}) is pinned by {@link GoldenOutputsTest}.
 */
class ChineseReportsTest {

    private static final Path EXAMPLES = Path.of("..", "examples", "games");
    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden", "lang-zh");
    private static final boolean RECORD = Boolean.getBoolean("egt4j.golden.record");

    record Run(int code, String out, String err) {}

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static String ok(String... args) {
        Run r = run(args);
        assertEquals(0, r.code(), () -> String.join(" ", args) + ": " + r.err());
        return r.out();
    }

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"cooperation-cycles", "environmental-regulation-noise", "hawk-dove"})
    void langZhOnAnEnglishExampleIsByteIdenticalToTheGoldenCopies(String example) throws IOException {
        String spec = EXAMPLES.resolve(example + ".yaml").toString();
        Map<String, String> outputs = new LinkedHashMap<>();
        outputs.put("analyze.md", ok("analyze", spec, "--markdown", "--lang", "zh"));
        outputs.put("analyze.tex", ok("analyze", spec, "--latex", "--lang", "zh"));
        outputs.put("equations.txt", ok("equations", spec, "--lang", "zh"));
        if (example.equals("cooperation-cycles")) {
            outputs.put("finite.txt", ok("finite", spec, "--lang", "zh"));
        }
        Path report = dir.resolve("report");
        outputs.put(
                "analyze.out",
                ok("analyze", spec, "--out", report.toString(), "--threads", "2", "--lang", "zh")
                        .replace(report.toString(), "REPORT"));
        // the data files (JSON, CSV) are the language-free contract: GoldenOutputsTest pins them
        for (String f : new String[] {"report.md", "report.tex"}) {
            outputs.put(
                    "report/" + f,
                    GoldenOutputsTest.withoutFontNote(Files.readString(report.resolve(f), StandardCharsets.UTF_8)));
        }
        Path golden = GOLDEN.resolve(example);
        for (Map.Entry<String, String> e : outputs.entrySet()) {
            Path f = golden.resolve(e.getKey());
            if (RECORD) {
                Files.createDirectories(f.getParent());
                Files.writeString(f, e.getValue(), StandardCharsets.UTF_8);
                continue;
            }
            assertTrue(Files.exists(f), () -> "no golden copy " + f + " (record with -Degt4j.golden.record=true)");
            assertEquals(Files.readString(f, StandardCharsets.UTF_8), e.getValue(), example + ": " + e.getKey());
        }
        // the English run's data files are the same bytes: only the text changes with the language
        Path english = dir.resolve("english");
        ok("analyze", spec, "--out", english.toString(), "--threads", "2");
        try (Stream<Path> files = Files.list(english)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String name = f.getFileName().toString();
                if (name.endsWith(".csv") || name.equals("report.json")) {
                    assertEquals(Files.readString(f), Files.readString(report.resolve(name)), example + ": " + name);
                }
            }
        }
    }

    @Test
    void langEnOnTheChineseExampleWritesEnglish() {
        String spec = EXAMPLES.resolve("knowledge-zh.yaml").toString();
        String zh = ok("analyze", spec, "--markdown");
        String en = ok("analyze", spec, "--markdown", "--lang", "en");
        assertTrue(zh.contains("## 纯策略组合的稳定性（精确特征值）") && zh.contains("当且仅当"), zh);
        assertTrue(en.contains("## Stability of the pure profiles (exact eigenvalues)"), en);
        assertTrue(en.contains("(共享, 共享, 共享) is an ESS iff "), en);
        assertFalse(en.contains("当且仅当") || en.contains("## 模型"), en);
        assertTrue(ok("equations", spec, "--lang", "en").contains("Expected payoffs:"));
        assertTrue(ok("equations", spec).contains("期望收益："));
        // JSON is the contract: the same bytes in either language
        assertEquals(ok("analyze", spec, "--json"), ok("analyze", spec, "--json", "--lang", "en"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"analyze", "equations", "finite"})
    void anUnknownLangExitsTwoNamingTheOptionAndTheLanguages(String command) {
        String spec = EXAMPLES.resolve("cooperation-cycles.yaml").toString();
        Run r = command.equals("analyze")
                ? run(command, spec, "--markdown", "--lang", "xx")
                : run(command, spec, "--lang", "xx");
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("--lang xx: 'xx' is not a report language"), r.err());
        assertTrue(r.err().contains("give --lang zh (Chinese) or --lang en (English, the default)"), r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
    }

    @Test
    void anUnknownLanguageKeyExitsTwoWithItsLineAndColumn() throws IOException {
        Path spec = dir.resolve("bad.yaml");
        Files.writeString(
                spec,
                "name: hawk-dove\nlanguage: xx\nparameters: {V: 2, C: 5}\npopulations:\n  p: {strategies: [hawk, dove]}\n"
                        + "matrix:\n  - [\"(V - C)/2\", \"V\"]\n  - [\"0\", \"V/2\"]\n",
                StandardCharsets.UTF_8);
        Run r = run("analyze", spec.toString(), "--markdown");
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("bad.yaml:2:11"), r.err());
        assertTrue(r.err().contains("language 'xx' is not a report language"), r.err());
        assertTrue(
                r.err().contains("write `language: zh` (Chinese) or `language: en` (English, the default)"), r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
    }
}
