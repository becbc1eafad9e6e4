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
 * {@code analyze --out} writes the full report from exact paths, on a four-population field model too;
 * code export is refused with exit 2 and a reason ({@code lyapunov} runs: {@code LyapunovCommandTest}).
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
    void codeExportIsRefusedWithAReason(@org.junit.jupiter.api.io.TempDir Path tmp) {
        CommandLineTest.Run export = CommandLineTest.run(
                "equations",
                SPEC,
                "--dynamics",
                "best-response",
                "--format",
                "r",
                "--out",
                tmp.resolve("c").toString());
        for (CommandLineTest.Run r : new CommandLineTest.Run[] {export}) {
            assertEquals(2, r.code(), r.err());
            assertTrue(r.err().contains("best-response"), r.err());
            assertFalse(r.err().contains("Exception"), r.err());
        }
        assertFalse(Files.exists(tmp.resolve("c")), "nothing is written");
    }

    /**
     * The full report under best response on the windmill model (four populations, payoffs of degree 3
     * in the shares): every grid run of trajectories.csv is the path {@code simulate --dynamics
     * best-response} prints from the same start at the same times (to 1e-12), and the manifest names the
     * exact paths as the method.
     */
    @Test
    void theFullReportSamplesTheExactPathsOfAFieldModel(@org.junit.jupiter.api.io.TempDir Path tmp) throws IOException {
        String windmill = "../examples/games/windmill.yaml";
        Path dir = tmp.resolve("r");
        ok("analyze", windmill, "--dynamics", "best-response", "--out", dir.toString());
        assertTrue(
                Files.readString(dir.resolve("manifest.json"))
                        .contains("\"method\":\"" + org.egt4j.dynamics.BestResponseDynamics.PATH_METHOD + "\""),
                "manifest");
        java.util.List<String> rows = Files.readAllLines(dir.resolve("trajectories.csv"));
        String[] header = rows.get(0).split(",");
        int columns = header.length - 4; // run, label, t, ..., dynamics
        java.util.Map<String, java.util.List<String[]>> runs = new java.util.LinkedHashMap<>();
        for (String row : rows.subList(1, rows.size())) {
            String[] c = row.split(",");
            runs.computeIfAbsent(c[0], k -> new java.util.ArrayList<>()).add(c);
        }
        int checked = 0;
        for (java.util.List<String[]> run : runs.values()) {
            if (checked++ % 7 != 0) {
                continue; // every seventh run: the comparison, not the run count, is the point
            }
            StringBuilder from = new StringBuilder();
            for (int c = 0; c < columns; c++) {
                String pop = header[3 + c].substring(0, header[3 + c].indexOf('.'));
                from.append(c == 0 ? "" : ",").append(pop).append('=').append(run.get(0)[3 + c]);
            }
            double time = Double.parseDouble(run.get(run.size() - 1)[2]);
            CommandLineTest.Run sim = ok(
                    "simulate",
                    windmill,
                    "--dynamics",
                    "best-response",
                    "--from",
                    from.toString(),
                    "--time",
                    Double.toString(time),
                    "--samples",
                    Integer.toString(run.size()),
                    "--csv");
            String[] lines = sim.out().split("\n");
            assertEquals(run.size() + 1, lines.length, "samples");
            for (int k = 0; k < run.size(); k++) {
                String[] s = lines[k + 1].split(",");
                assertEquals(Double.parseDouble(run.get(k)[2]), Double.parseDouble(s[0]), 1e-12, "t");
                for (int c = 0; c < columns; c++) {
                    assertEquals(
                            Double.parseDouble(run.get(k)[3 + c]),
                            Double.parseDouble(s[1 + c]),
                            1e-12,
                            "run " + run.get(0)[0] + " t = " + s[0] + " " + header[3 + c]);
                }
            }
        }
        assertTrue(checked > 1, "runs compared");
    }
}
