package org.egt4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The commands under {@code --dynamics best-response} on the rock–paper–scissors example (a = b = 1,
 * zero-sum): {@code field --json} states its selection at ties, {@code simulate --csv} samples the exact
 * piecewise path (checked against x(t) = b + (x₀ − b)e<sup>−t</sup> before the first switch and against
 * max<sub>i</sub> F<sub>i</sub> = V(0)e<sup>−t</sup>, Hofbauer 1995), {@code analyze --json} lists the
 * Nash equilibrium with its stability decided along exact paths; the outputs are pinned under {@code
 * golden/best-response/rock-paper-scissors/} (re-recorded with {@code -Degt4j.golden.record=true}).
 * {@code analyze --out} and code export are refused with exit 2 and a reason ({@code lyapunov} runs:
 * {@code LyapunovCommandTest}).
 */
class BestResponseCommandsTest {

    private static final String SPEC = "../examples/games/rock-paper-scissors.yaml";
    private static final Path GOLDEN =
            Path.of("src", "test", "resources", "golden", "best-response", "rock-paper-scissors");
    private static final boolean RECORD = Boolean.getBoolean("egt4j.golden.record");

    private static void assertGolden(String file, String actual) throws IOException {
        Path golden = GOLDEN.resolve(file);
        if (RECORD) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual, file);
    }

    private static CommandLineTest.Run ok(String... args) {
        CommandLineTest.Run run = CommandLineTest.run(args);
        assertEquals(0, run.code(), run.err());
        return run;
    }

    @Test
    void fieldStatesTheSelectionAtTies() throws IOException {
        // at the centre all three payoffs tie: the uniform mix minus the state is 0
        CommandLineTest.Run tie = ok(
                "field",
                SPEC,
                "--at",
                "players=0.3333333333333333:0.3333333333333333:0.3333333333333334",
                "--json",
                "--dynamics",
                "best-response");
        assertTrue(tie.out().contains("\"selection\":\"uniform mix over the tied best replies\""), tie.out());
        CommandLineTest.Run away =
                ok("field", SPEC, "--at", "players=0.7:0.2:0.1", "--json", "--dynamics", "best-response");
        // F = (0.2·(−1) + 0.1, 0.7 − 0.1, −0.7 + 0.2) = (−0.1, 0.6, −0.5): paper, so ẋ = (0, 1) − (0.7, 0.2)
        assertTrue(away.out().contains("\"derivative\":[-0.7,0.8]"), away.out());
        assertGolden("field.json", tie.out() + away.out());
    }

    @Test
    void simulateSamplesTheExactPiecewisePath() throws IOException {
        CommandLineTest.Run run = ok(
                "simulate",
                SPEC,
                "--from",
                "players=0.7:0.2:0.1",
                "--time",
                "5",
                "--samples",
                "51",
                "--csv",
                "--dynamics",
                "best-response");
        String[] lines = run.out().trim().split("\n");
        assertEquals("t,players.rock,players.paper", lines[0]);
        double v0 = 0.6;
        for (int k = 1; k < lines.length; k++) {
            String[] f = lines[k].split(",");
            double t = Double.parseDouble(f[0]);
            double r = Double.parseDouble(f[1]);
            double p = Double.parseDouble(f[2]);
            double s = 1 - r - p;
            double best = Math.max(Math.max(s - p, r - s), p - r); // A = (0, −1, 1; 1, 0, −1; −1, 1, 0)
            assertEquals(v0 * Math.exp(-t), best, 1e-12, "max F = V(0)e^{-t} at t = " + t);
            if (t <= 0.5) { // before the first switch (paper is overtaken by scissors later)
                assertEquals(0.7 * Math.exp(-t), r, 1e-15, "rock at t = " + t);
                assertEquals(1 - 0.8 * Math.exp(-t), p, 1e-15, "paper at t = " + t);
            }
        }
        assertGolden("simulate.csv", run.out());
    }

    @Test
    void analyzeJsonListsTheNashEquilibriumWithItsBasis() throws IOException {
        CommandLineTest.Run run = ok("analyze", SPEC, "--json", "--dynamics", "best-response");
        assertTrue(run.out().contains("\"dynamics\":{\"name\":\"best-response\"}"), run.out());
        // zero-sum RPS: max F = V(0)e^{-t} -> 0 along every path, so the centre attracts (Hofbauer 1995)
        assertTrue(run.out().contains("\"basis\":\"simulation\""), run.out());
        assertTrue(run.out().contains("\"stability\":\"stable\",\"nash\":true"), run.out());
        assertGolden("analyze.json", run.out());
    }

    @Test
    void theFullReportAndCodeExportAreRefusedWithAReason(@org.junit.jupiter.api.io.TempDir Path tmp) {
        CommandLineTest.Run report = CommandLineTest.run(
                "analyze",
                SPEC,
                "--dynamics",
                "best-response",
                "--out",
                tmp.resolve("r").toString());
        CommandLineTest.Run export = CommandLineTest.run(
                "equations",
                SPEC,
                "--dynamics",
                "best-response",
                "--format",
                "r",
                "--out",
                tmp.resolve("c").toString());
        for (CommandLineTest.Run r : new CommandLineTest.Run[] {report, export}) {
            assertEquals(2, r.code(), r.err());
            assertTrue(r.err().contains("best-response"), r.err());
            assertFalse(r.err().contains("Exception"), r.err());
        }
        assertTrue(report.err().contains("jumping field"), report.err());
        assertFalse(Files.exists(tmp.resolve("r")) || Files.exists(tmp.resolve("c")), "nothing is written");
    }
}
