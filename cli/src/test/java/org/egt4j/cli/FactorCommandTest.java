package org.egt4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.egt4j.game.Game;
import org.egt4j.spec.SpecLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code equations --factor} and {@code analysis: {factor: true}}: on every example, each factored
 * right-hand side reads back as the same polynomial as the expanded one (the layout never changes the
 * value), and the spec key reaches the report.
 */
class FactorCommandTest {

    static Stream<String> examples() throws Exception {
        try (Stream<Path> s = Files.list(Path.of("..", "examples", "games"))) {
            return s.map(Path::toString).filter(f -> f.endsWith(".yaml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void factoredEquationsExpandBackToTheEquations(String spec) {
        CommandLineTest.Run plain = CommandLineTest.run("equations", spec);
        CommandLineTest.Run factored = CommandLineTest.run("equations", spec, "--factor");
        if (plain.code() != 0) {
            assertEquals(plain.code(), factored.code(), "same refusal for a non-polynomial dynamic");
            return;
        }
        assertEquals(0, factored.code(), factored.err());
        Game game = SpecLoader.load(Path.of(spec));
        List<String> a = rhs(plain.out());
        List<String> b = rhs(factored.out());
        assertEquals(a.size(), b.size());
        assertFalse(a.isEmpty());
        for (int i = 0; i < a.size(); i++) {
            assertEquals(game.expression(a.get(i)), game.expression(b.get(i)), spec + ": " + b.get(i));
        }
    }

    private static List<String> rhs(String out) {
        return out.lines()
                .filter(l -> l.trim().startsWith("d") && l.contains("/dt = "))
                .map(l -> l.split("/dt = ", 2)[1])
                .toList();
    }

    @Test
    void theFundsModelPullsOutItsCommonFactors() {
        String out = CommandLineTest.run("equations", "../examples/games/funds.yaml", "--factor")
                .out();
        assertTrue(out.contains("dy/dt = y*(1 - y)*E*(r*p + p - 1 + (r*d + d + S)*x - r*spill*y)"), out);
    }

    @TempDir
    Path dir;

    @Test
    void theSpecKeyFactorsTheReportsEquations() throws Exception {
        String text = Files.readString(Path.of("..", "examples", "games", "funds.yaml"), StandardCharsets.UTF_8);
        Path factored = dir.resolve("funds-factored.yaml");
        Files.writeString(factored, text.replace("analysis:\n", "analysis:\n  factor: true\n"), StandardCharsets.UTF_8);
        String md = CommandLineTest.run("analyze", factored.toString(), "--markdown")
                .out();
        assertTrue(md.contains("dy/dt = y*(1 - y)*E*("), md);
        assertNotEquals(
                md,
                CommandLineTest.run("analyze", "../examples/games/funds.yaml", "--markdown")
                        .out());
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, text.replace("analysis:\n", "analysis:\n  factor: maybe\n"), StandardCharsets.UTF_8);
        CommandLineTest.Run r = CommandLineTest.run("analyze", bad.toString(), "--markdown");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("factor must be true or false"), r.err());
        assertTrue(r.err().contains("bad.yaml:"), r.err());
    }
}
