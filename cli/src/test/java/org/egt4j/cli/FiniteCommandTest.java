package org.egt4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code egt4j finite}: the JSON contract on Nowak, Sasaki, Taylor and Fudenberg's (Nature 428, 2004)
 * Moran example [[3, 1], [1, 2]] at N = 4 (ρ = 7/32 exactly), the spec's {@code process:} key, several
 * populations, the full chain, and the exit status 2 with place and hint for bad input.
 */
class FiniteCommandTest {

    @TempDir
    static Path dir;

    static String coordination;
    static String withProcess;
    static String bos;
    static String badProcess;

    @BeforeAll
    static void specs() throws Exception {
        String game = "name: coordination\n"
                + "populations:\n"
                + "  players: [A, B]\n"
                + "matrix:\n"
                + "  - [3, 1]\n"
                + "  - [1, 2]\n";
        coordination = write("coordination.yaml", game);
        withProcess = write("process.yaml", game + "process: {name: moran, size: 4, w: 1}\n");
        badProcess = write("bad.yaml", game + "process: {name: moran, size: 4, beta: 1}\n");
        bos = write(
                "bos.yaml",
                "name: Battle of the sexes\n"
                        + "populations:\n"
                        + "  row: {strategies: [opera, football], share: x}\n"
                        + "  column: {strategies: [opera, football], share: y}\n"
                        + "payoffs:\n"
                        + "  - {profile: [opera, opera], row: 2, column: 1}\n"
                        + "  - {profile: [opera, football], row: 0, column: 0}\n"
                        + "  - {profile: [football, opera], row: 0, column: 0}\n"
                        + "  - {profile: [football, football], row: 1, column: 2}\n");
    }

    static String write(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p.toString();
    }

    /**
     * The players budget is a flag: two million players are refused by default and computed with
     * {@code --budget players=2000000}; at β = 0 (neutral drift) the fixation probability of one mutant
     * is 1/N exactly (Moran 1962; Nowak 2006, ch. 6), 5e-7 here.
     */
    @Test
    void thePlayersBudgetIsRaisedByAFlagAndTheNeutralFixationIsOneOverN() {
        CommandLineTest.Run refused = CommandLineTest.run("finite", coordination, "--size", "2000000", "--beta", "0");
        assertEquals(2, refused.code(), refused.err());
        assertTrue(
                refused.err().contains("over the budget of 1000000 players")
                        && refused.err().contains("--budget players=2000000"),
                refused.err());
        CommandLineTest.Run r = CommandLineTest.run(
                "finite", coordination, "--size", "2000000", "--beta", "0", "--budget", "players=2000000", "--json");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("\"probability\":5.0E-7,\"exact\":\"1/2000000\""), r.out());
    }

    /** The chain-states budget is a flag too: a chain of 1001 states is refused under 500 and solved under 2000. */
    @Test
    void theChainStatesBudgetIsAFlag() {
        CommandLineTest.Run refused = CommandLineTest.run(
                "finite", coordination, "--size", "1000", "--mu", "0.01", "--budget", "chain-states=500");
        assertEquals(2, refused.code(), refused.err());
        assertTrue(refused.err().contains("--budget chain-states=1001"), refused.err());
        CommandLineTest.Run r = CommandLineTest.run(
                "finite", coordination, "--size", "1000", "--mu", "0.01", "--budget", "chain-states=2000", "--json");
        assertEquals(0, r.code(), r.err());
        assertEquals(
                CommandLineTest.run("finite", coordination, "--size", "1000", "--mu", "0.01", "--json")
                        .out(),
                r.out(),
                "the budget changes what is allowed, never the numbers");
    }

    @Test
    void moranAtFourReportsSevenThirtySecondsExactly() {
        CommandLineTest.Run r =
                CommandLineTest.run("finite", coordination, "--process", "moran", "--size", "4", "--w", "1", "--json");
        assertEquals(0, r.code(), r.err());
        String out = r.out();
        assertTrue(
                out.startsWith("{\"process\":{\"name\":\"moran\",\"size\":{\"players\":4},\"w\":1.0,\"mu\":0.0}"), out);
        assertTrue(out.contains("\"mutant\":\"A\",\"resident\":\"B\",\"probability\":0.21875,\"exact\":\"7/32\""), out);
        assertTrue(out.contains("\"neutral\":0.25"), out);
        assertTrue(out.contains("\"smallMutation\":{\"states\":[{\"profile\":{\"players\":\"A\"}"), out);
        assertTrue(out.contains("\"gradient\":[{\"population\":\"players\",\"strategies\":[\"A\",\"B\"]"), out);
        // the same from the spec's process: key
        CommandLineTest.Run s = CommandLineTest.run("finite", withProcess, "--json");
        assertEquals(out, s.out());
        // a text summary without --json
        CommandLineTest.Run t = CommandLineTest.run("finite", withProcess);
        assertEquals(0, t.code(), t.err());
        assertTrue(t.out().contains("players=A"), t.out());
    }

    @Test
    void mutationAddsTheFullChainAndSeveralPopulationsTheirBackground() {
        CommandLineTest.Run r = CommandLineTest.run("finite", coordination, "--size", "10", "--mu", "0.1", "--json");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("\"stationary\":{\"states\":[{\"counts\":{\"players\":[0.0,10.0]}"), r.out());
        assertTrue(r.out().contains("\"meanShares\":{\"players\":["), r.out());
        CommandLineTest.Run b =
                CommandLineTest.run("finite", bos, "--size", "row=10,column=20", "--beta", "2", "--json");
        assertEquals(0, b.code(), b.err());
        assertTrue(b.out().contains("\"size\":{\"row\":10,\"column\":20}"), b.out());
        assertTrue(b.out().contains("\"background\":{\"column\":\"opera\"}"), b.out());
        assertTrue(b.out().contains("{\"profile\":{\"row\":\"opera\",\"column\":\"opera\"}"), b.out());
        // several populations with mutation: the full chain over both populations' counts
        CommandLineTest.Run m =
                CommandLineTest.run("finite", bos, "--size", "row=5,column=6", "--mu", "0.05", "--json");
        assertEquals(0, m.code(), m.err());
        assertTrue(
                m.out().contains("\"stationary\":{\"states\":[{\"counts\":{\"row\":[0.0,5.0],\"column\":[0.0,6.0]}"),
                m.out());
        assertTrue(m.out().contains("\"meanShares\":{\"row\":["), m.out());
        assertTrue(
                m.out().contains("\"pureProfiles\":[{\"profile\":{\"row\":\"opera\",\"column\":\"opera\"}"), m.out());
    }

    @Test
    void fromAStartStateAddsTheExactAbsorptionAndTheGradientOfEveryEdge() throws Exception {
        // from one mutant the absorption in all-A is the fixation probability 7/32 of Nowak et al. 2004
        CommandLineTest.Run one = CommandLineTest.run(
                "finite", coordination, "--process", "moran", "--size", "4", "--from", "1:3", "--json");
        assertEquals(0, one.code(), one.err());
        assertTrue(
                one.out()
                        .contains("\"absorption\":[{\"state\":{\"players\":\"A\"},\"probability\":0.21875,"
                                + "\"exact\":\"7/32\"},{\"state\":{\"players\":\"B\"},\"probability\":0.78125,"
                                + "\"exact\":\"25/32\"}],\"meanAbsorptionTime\":"),
                one.out());
        CommandLineTest.Run text = CommandLineTest.run(
                "finite", coordination, "--process", "moran", "--size", "4", "--from", "players=1:3");
        assertTrue(text.out().contains("(7/32)"), text.out());
        // several populations: every pure profile of the strategies present
        CommandLineTest.Run b = CommandLineTest.run(
                "finite",
                bos,
                "--size",
                "row=6,column=4",
                "--process",
                "moran",
                "--w",
                "0.5",
                "--from",
                "row=3:3,column=4:0",
                "--json");
        assertEquals(0, b.code(), b.err());
        assertTrue(
                b.out().contains("{\"state\":{\"row\":\"football\",\"column\":\"opera\"},\"probability\":"), b.out());
        String absorption = b.out().substring(b.out().indexOf("\"absorption\""));
        assertTrue(!absorption.contains("\"column\":\"football\"}"), "football is absent in column: " + absorption);
        // three strategies: the gradient along each of the three edges
        String rps = write(
                "rps.yaml",
                "name: rps\npopulations:\n  p: [R, P, S]\nmatrix:\n  - [0, -1, 1]\n  - [1, 0, -1]\n  - [-1, 1, 0]\n");
        CommandLineTest.Run g = CommandLineTest.run("finite", rps, "--size", "10", "--json");
        assertEquals(0, g.code(), g.err());
        assertTrue(g.out().contains("\"strategies\":[\"R\",\"P\"]"), g.out());
        assertTrue(g.out().contains("\"strategies\":[\"R\",\"S\"]"), g.out());
        assertTrue(g.out().contains("\"strategies\":[\"P\",\"S\"]"), g.out());
    }

    @Test
    void analyzeWritesTheSameJsonAsFiniteForASpecWithProcess() throws Exception {
        String example =
                Path.of("..", "examples", "games", "cooperation-cycles.yaml").toString();
        CommandLineTest.Run f = CommandLineTest.run("finite", example, "--json");
        assertEquals(0, f.code(), f.err());
        Path out = dir.resolve("cooperation-cycles");
        CommandLineTest.Run a = CommandLineTest.run("analyze", example, "--out", out.toString(), "--threads", "1");
        assertEquals(0, a.code(), a.err());
        String report = Files.readString(out.resolve("report.json"), StandardCharsets.UTF_8);
        assertTrue(report.contains("\"finite\":" + f.out().strip()), "report.json holds finite --json");
        assertTrue(Files.exists(out.resolve("figures").resolve("finite-invasion.png")));
        assertTrue(Files.readString(out.resolve("report.md"), StandardCharsets.UTF_8)
                .contains("## Finite population"));
    }

    @Test
    void badInputExitsWithTwoAPlaceAndAHint() {
        String[][] bad = {
            {"finite", coordination, "--size", "1"},
            {"finite", coordination, "--beta", "-1"},
            {"finite", coordination, "--process", "moran", "--w", "2"},
            {"finite", coordination, "--mu", "1.5"},
            {"finite", coordination, "--process", "moran", "--beta", "1"},
            {"finite", coordination, "--process", "wright-fisher"},
            {"finite", bos, "--size", "row=10"},
            {"finite", bos, "--size", "row=10,column=10,bank=3"},
            {"finite", bos, "--size", "ten"},
            {"finite", coordination, "--set", "x=1"},
            {"finite", coordination, "--size", "200000", "--mu", "0.1"},
            {"finite", bos, "--size", "2000", "--mu", "0.1"},
            {"finite", coordination, "--size", "4", "--from", "1:2"},
            {"finite", coordination, "--size", "4", "--from", "1:x"},
            {"finite", coordination, "--size", "4", "--from", "1:1:2"},
            {"finite", coordination, "--size", "4", "--from", "team=1:3"},
            {"finite", bos, "--size", "4", "--from", "2:2"},
            {"finite", bos, "--size", "4", "--from", "row=2:2"},
        };
        for (String[] args : bad) {
            CommandLineTest.Run r = CommandLineTest.run(args);
            assertEquals(2, r.code(), String.join(" ", args) + ": " + r.err());
            assertTrue(r.err().contains("hint:"), r.err());
            assertTrue(!r.err().contains("Exception"), r.err());
        }
        CommandLineTest.Run spec = CommandLineTest.run("finite", badProcess);
        assertEquals(2, spec.code());
        assertTrue(spec.err().contains("bad.yaml:7:"), spec.err());
        assertTrue(spec.err().contains("takes `w`"), spec.err());
    }
}
