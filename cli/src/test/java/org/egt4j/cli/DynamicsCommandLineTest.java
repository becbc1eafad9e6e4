package org.egt4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A dynamic other than the replicator end to end: the spec key {@code dynamics:} and the flag {@code
 * --dynamics replicator-mutator:mu=0.1} through {@code equations}, {@code field}, {@code simulate} and
 * {@code analyze}, on rock–paper–scissors with background payoff c (Page and Nowak 2002).
 */
class DynamicsCommandLineTest {

    private static final String SPEC = Path.of("..", "examples", "games", "rock-paper-scissors-mutation.yaml")
            .toString();
    private static final String RPS =
            Path.of("..", "examples", "games", "rock-paper-scissors.yaml").toString();

    @TempDir
    Path dir;

    /**
     * With uniform mutation V = (1 − 3μ/2)R + (μ/2)φ(1 − 3x); on RPS+c at x = (0.2, 0.3, 0.5): Zx = (0.2,
     * −0.3, 0.1), φ = c = 2, R = (0.04, −0.09, 0.05), so V = (0.85·0.04 + 0.1·0.4, 0.85·(−0.09) + 0.1·0.1)
     * = (0.074, −0.0665).
     */
    @Test
    void fieldUsesTheSpecsDynamicsAndTheFlagOverridesIt() {
        CommandLineTest.Run r = CommandLineTest.run("field", SPEC, "--at", "players=0.2:0.3:0.5", "--json");
        assertEquals(0, r.code(), r.err());
        String[] d = r.out().split("\"derivative\":\\[")[1].split("]")[0].split(",");
        assertEquals(0.074, Double.parseDouble(d[0]), 1e-15, r.out());
        assertEquals(-0.0665, Double.parseDouble(d[1]), 1e-15, r.out());
        CommandLineTest.Run flag = CommandLineTest.run(
                "field", SPEC, "--at", "players=0.2:0.3:0.5", "--json", "--dynamics", "replicator-mutator:mu=1/10");
        assertEquals(r.out(), flag.out(), "the flag with the spec's value gives the same field");
        CommandLineTest.Run replicator =
                CommandLineTest.run("field", SPEC, "--at", "players=0.2:0.3:0.5", "--json", "--dynamics", "replicator");
        String[] rd =
                replicator.out().split("\"derivative\":\\[")[1].split("]")[0].split(",");
        assertEquals(0.04, Double.parseDouble(rd[0]), 1e-15, "the replicator: x_i (Zx)_i");
        assertEquals(-0.09, Double.parseDouble(rd[1]), 1e-15);
    }

    @Test
    void equationsAreTheExactReplicatorMutatorPolynomials() {
        CommandLineTest.Run r = CommandLineTest.run("equations", SPEC, "--set", "c=2");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Replicator-mutator equations (mu = 0.1):"), r.out());
        assertFalse(r.out().contains("Replicator equations:"), r.out());
    }

    @Test
    void simulateSpiralsIntoTheBarycentre() {
        CommandLineTest.Run r = CommandLineTest.run(
                "simulate", SPEC, "--from", "players=0.6:0.3:0.1", "--time", "200", "--samples", "2", "--csv");
        assertEquals(0, r.code(), r.err());
        String[] last = r.out().strip().split("\n");
        String[] cells = last[last.length - 1].split(",");
        assertEquals(1.0 / 3, Double.parseDouble(cells[cells.length - 2]), 1e-9, r.out());
        assertEquals(1.0 / 3, Double.parseDouble(cells[cells.length - 1]), 1e-9, r.out());
        CommandLineTest.Run replicator = CommandLineTest.run(
                "simulate", RPS, "--from", "players=0.6:0.3:0.1", "--time", "200", "--samples", "2", "--csv");
        String[] rl = replicator.out().strip().split("\n");
        String[] rc = rl[rl.length - 1].split(",");
        assertTrue(
                Math.abs(Double.parseDouble(rc[rc.length - 1]) - 1.0 / 3) > 0.01,
                "without mutation the orbit stays closed: " + replicator.out());
    }

    @Test
    void analyzeFindsTheStableFocusAndNamesTheDynamic() throws Exception {
        CommandLineTest.Run json = CommandLineTest.run("analyze", SPEC, "--json");
        assertEquals(0, json.code(), json.err());
        assertTrue(json.out().contains("\"dynamics\":{\"name\":\"replicator-mutator\",\"mu\":0.1}"), json.out());
        assertTrue(json.out().contains("\"stability\":\"stable\""), json.out());
        assertFalse(json.out().contains("{\"profile\":"), "no vertex table for the replicator-mutator");
        CommandLineTest.Run md = CommandLineTest.run("analyze", SPEC, "--markdown");
        assertTrue(md.out().contains("## Equations of the replicator-mutator (mu = 0.1) dynamics"), md.out());
        Path out = dir.resolve("report");
        CommandLineTest.Run report = CommandLineTest.run("analyze", SPEC, "--out", out.toString(), "--threads", "2");
        assertEquals(0, report.code(), report.err());
        String reportMd = Files.readString(out.resolve("report.md"));
        assertTrue(reportMd.contains("Dynamics: replicator-mutator (mu = 0.1)."), "captions name the dynamic");
        String manifest = Files.readString(out.resolve("manifest.json"));
        assertTrue(manifest.contains("\"dynamics\":{\"name\":\"replicator-mutator\",\"mu\":0.1}"), manifest);
        CommandLineTest.Run replicator = CommandLineTest.run("analyze", SPEC, "--json", "--dynamics", "replicator");
        assertTrue(replicator.out().contains("{\"profile\":"), "the replicator has its vertex table");
        assertTrue(
                replicator.out().contains("\"dynamics\":{\"name\":\"replicator\"}"),
                "the default replicator is named too: " + replicator.out());
        String withoutFlag = CommandLineTest.run("analyze", RPS, "--json").out();
        assertTrue(withoutFlag.contains("\"dynamics\":{\"name\":\"replicator\"}"), withoutFlag);
    }

    /** Logit at the centre of RPS: −1 ± i/(√3η), here η = 0.5 gives −1 ± i·2/√3. */
    @Test
    void logitAnalysisFindsTheCentreOfRockPaperScissors() {
        CommandLineTest.Run json = CommandLineTest.run("analyze", RPS, "--json", "--dynamics", "logit:eta=0.5");
        assertEquals(0, json.code(), json.err());
        assertTrue(json.out().contains("\"dynamics\":{\"name\":\"logit\",\"eta\":0.5}"), json.out());
        assertTrue(json.out().contains("\"stability\":\"stable\""), json.out());
        String eig = json.out().split("\"eigenvalues\":\\[")[1].split("]")[0];
        double re = Double.parseDouble(eig.split("\"re\":")[1].split(",")[0]);
        double im = Double.parseDouble(eig.split("\"im\":")[1].split("}")[0]);
        assertEquals(-1, re, 1e-12, eig);
        assertEquals(2 / Math.sqrt(3), Math.abs(im), 1e-12, eig);
        CommandLineTest.Run md = CommandLineTest.run("analyze", RPS, "--markdown", "--dynamics", "logit:eta=0.5");
        assertTrue(md.out().contains("softmax(F(x)/eta) - x"), md.out());
        CommandLineTest.Run eq = CommandLineTest.run("equations", RPS, "--dynamics", "logit:eta=0.5");
        assertEquals(2, eq.code());
        assertTrue(eq.err().contains("no polynomial equations"), eq.err());
        CommandLineTest.Run bad = CommandLineTest.run("analyze", RPS, "--json", "--dynamics", "logit:eta=0");
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("positive number"), bad.err());
    }

    /**
     * Smith's dynamic has a kink at the centre of RPS (all payoffs tie): no eigenvalues, stability by
     * simulation; the projection field is smooth there (F − mean(F)·1 = Ax), eigenvalues ±i√3.
     */
    @Test
    void nashStationaryDynamicsSayHowStabilityWasDecided() {
        CommandLineTest.Run smith = CommandLineTest.run("analyze", RPS, "--json", "--dynamics", "smith");
        assertEquals(0, smith.code(), smith.err());
        assertTrue(smith.out().contains("\"dynamics\":{\"name\":\"smith\"}"), smith.out());
        assertTrue(smith.out().contains("\"eigenvalues\":null"), smith.out());
        assertTrue(smith.out().contains("\"basis\":\"simulation\""), smith.out());
        // standard RPS is null stable: the Nash set is globally asymptotically stable under Smith
        assertTrue(
                smith.out()
                        .contains("\"globalStability\":{\"game\":\"stable\","
                                + "\"conclusion\":\"nash_set_globally_asymptotically_stable\","
                                + "\"lyapunovFunction\":\"smith\"}"),
                smith.out());
        CommandLineTest.Run projection = CommandLineTest.run("analyze", RPS, "--json", "--dynamics", "projection");
        assertEquals(0, projection.code(), projection.err());
        assertTrue(projection.out().contains("\"basis\":\"linearization\""), projection.out());
        assertTrue(projection.out().contains("\"stability\":\"non-hyperbolic\""), projection.out());
        CommandLineTest.Run replicator = CommandLineTest.run("analyze", RPS, "--json");
        assertFalse(replicator.out().contains("\"basis\""), replicator.out());
        assertFalse(replicator.out().contains("\"globalStability\""), replicator.out());
    }

    @Test
    void badDynamicsAreUserErrorsWithAHint() {
        CommandLineTest.Run unknown =
                CommandLineTest.run("field", SPEC, "--at", "players=0.2:0.3:0.5", "--dynamics", "replicator-mutatr");
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("did you mean 'replicator-mutator'"), unknown.err());
        CommandLineTest.Run range = CommandLineTest.run(
                "field", SPEC, "--at", "players=0.2:0.3:0.5", "--dynamics", "replicator-mutator:mu=2");
        assertEquals(2, range.code());
        assertTrue(range.err().contains("must be in [0, 1]") && range.err().contains("hint:"), range.err());
        CommandLineTest.Run negative =
                CommandLineTest.run("analyze", RPS, "--json", "--dynamics", "replicator-mutator:mu=0.1");
        assertEquals(2, negative.code());
        assertTrue(negative.err().contains("non-negative payoffs"), negative.err());
        assertFalse(negative.err().contains("at org."), "no stack trace");
    }

    @Test
    void specDynamicsErrorsNameTheLine() throws Exception {
        String text = Files.readString(Path.of(SPEC)).replace("mu: 0.1", "mu: 1.5");
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, text);
        CommandLineTest.Run r = CommandLineTest.run("field", bad.toString(), "--at", "players=0.2:0.3:0.5");
        assertEquals(2, r.code());
        int line = text.split("\n").length;
        assertTrue(r.err().contains("bad.yaml:" + line + ":"), r.err());
        assertTrue(r.err().contains("must be in [0, 1]"), r.err());
    }
}
