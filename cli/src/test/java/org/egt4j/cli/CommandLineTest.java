package org.egt4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The {@code egt4j} command: outputs of {@code equations} and {@code field}, exit codes, messages. */
class CommandLineTest {

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

    @TempDir
    static Path dir;

    static String bos;
    static String zh;

    @BeforeAll
    static void specs() throws Exception {
        Path p = dir.resolve("bos.yaml");
        Files.writeString(
                p,
                "name: Battle of the sexes\n"
                        + "parameters: {a: 2}\n"
                        + "populations:\n"
                        + "  row: {strategies: [opera, football], share: x}\n"
                        + "  column: {strategies: [opera, football], share: y}\n"
                        + "payoffs:\n"
                        + "  - {profile: [opera, opera], row: a, column: 1}\n"
                        + "  - {profile: [opera, football], row: 0, column: 0}\n"
                        + "  - {profile: [football, opera], row: 0, column: 0}\n"
                        + "  - {profile: [football, football], row: 1, column: 2}\n",
                StandardCharsets.UTF_8);
        bos = p.toString();
        Path z = dir.resolve("zh.yaml");
        Files.writeString(
                z,
                "name: 知识协同\nparameters: {α: 0.5}\npopulations:\n  企业: {strategies: [共享, 不共享], share: x}\n"
                        + "fitness:\n  企业: {共享: \"α*x\", 不共享: \"0\"}\n",
                StandardCharsets.UTF_8);
        zh = z.toString();
    }

    @Test
    void helpListsTheCommands() {
        Run r = run("--help");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("equations") && r.out().contains("field"), r.out());
        assertTrue(r.out().contains("Exit status:") && r.out().contains("3   numerical failure"), r.out());
    }

    @Test
    void aNumericalFailureExitsWithThreeAndAParagraphWithoutStackTrace() throws Exception {
        // Rock-Paper-Scissors with payoffs of order 1e9: closed orbits of period about 1e-8, so the
        // step budget (10^6 steps, a few dozen per period) runs out long before t = 10
        Path fast = dir.resolve("fast.yaml");
        Files.writeString(
                fast,
                "name: Fast\n"
                        + "parameters: {a: 1e9}\n"
                        + "populations:\n"
                        + "  players: [rock, paper, scissors]\n"
                        + "matrix:\n"
                        + "  - [\"0\", \"-a\", \"a\"]\n"
                        + "  - [\"a\", \"0\", \"-a\"]\n"
                        + "  - [\"-a\", \"a\", \"0\"]\n",
                StandardCharsets.UTF_8);
        Run r = run("simulate", fast.toString(), "--from", "players=0.5:0.3:0.2", "--time", "10", "--samples", "3");
        assertEquals(3, r.code(), r.err());
        assertTrue(
                r.err()
                        .startsWith("egt4j: numerical failure: the integration needed more than 1000000 steps"
                                + " and stopped at t = "),
                r.err());
        assertTrue(
                r.err().contains(", x = [")
                        && r.err().contains("hint: the system may be stiff or the solution may oscillate fast"),
                r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
        assertEquals(2, r.err().strip().split("\n").length, "message and hint: " + r.err());
    }

    @Test
    void equationsAsText() {
        Run r = run("equations", bos);
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("dx/dt = x*(1 - x)*((a + 1)*y - 1)"), r.out());
        assertTrue(r.out().contains("dy/dt = y*(1 - y)*(3*x - 2)"), r.out());
        assertTrue(r.out().contains("E(row.opera) = a*y"), r.out());
    }

    @Test
    void equationsWithSetSubstituteExactValues() {
        Run r = run("equations", bos, "--set", "a=1/2");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("dx/dt = x*(1 - x)*(3*y/2 - 1)"), r.out());
    }

    @Test
    void equationsAsLatexAndJson() {
        Run latex = run("equations", bos, "--format", "latex");
        assertEquals(0, latex.code(), latex.err());
        assertTrue(
                latex.out()
                        .contains(
                                "\\frac{d x}{dt} &= x \\left(1 - x\\right) \\left(\\left(a + 1\\right) y - 1\\right)"),
                latex.out());
        Run json = run("equations", bos, "--format", "json");
        assertEquals(0, json.code(), json.err());
        assertTrue(
                json.out()
                        .startsWith(
                                "{\"name\":\"Battle of the sexes\",\"parameters\":{\"a\":2.0},\"coordinates\":[\"row.opera\",\"column.opera\"]"),
                json.out());
        assertTrue(json.out().contains("\"text\":\"dy/dt = y*(1 - y)*(3*x - 2)\""), json.out());
    }

    @Test
    void fieldJsonIsTheContractOfDocsArchitectureSection5() {
        // ẋ = x(1−x)(3y − 1), ẏ = y(1−y)(3x − 2) at (0.5, 0.25): ẋ = −0.0625, ẏ = −0.09375;
        // J = [[(1−2x)(3y−1), 3x(1−x)], [3y(1−y), (1−2y)(3x−2)]] = [[0, 0.75], [0.5625, −0.25]]
        Run r = run("field", bos, "--at", "row=0.5,column=0.25", "--json", "--set", "a=2");
        assertEquals(0, r.code(), r.err());
        assertEquals(
                "{\"coordinates\":[\"row.opera\",\"column.opera\"],\"derivative\":[-0.0625,-0.09375],\"jacobian\":[[0.0,0.75],[0.5625,-0.25]]}\n",
                r.out());
        Run colon = run("field", bos, "--at", "row=0.5:0.5,column=0.25:0.75", "--json");
        assertEquals(r.out(), colon.out());
    }

    @Test
    void chineseNamesAreWrittenAsUtf8() {
        Run r = run("equations", zh);
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("E(企业.共享) = α*x"), r.out());
    }

    static Stream<Arguments> userErrors() {
        return Stream.of(
                Arguments.of(new String[] {"equations", "no/such/file.yaml"}, "file not found"),
                Arguments.of(new String[] {"equations", "BOS", "--set", "b=2"}, "unknown parameter 'b'"),
                Arguments.of(new String[] {"equations", "BOS", "--set", "a=two"}, "'two' is not a number"),
                Arguments.of(
                        new String[] {"equations", "BOS", "--format", "pdf"}, "Invalid value for option '--format'"),
                Arguments.of(new String[] {"field", "BOS", "--json"}, "Missing required option: '--at=STATE'"),
                Arguments.of(new String[] {"field", "BOS", "--at", "row=1.5,column=0.5"}, "outside [0, 1]"),
                Arguments.of(new String[] {"field", "BOS", "--at", "row=0.5"}, "does not give population 'column'"),
                Arguments.of(
                        new String[] {"field", "BOS", "--at", "row=0.5,colum=0.5"},
                        "unknown population 'colum' in the state (did you mean 'column'?)"),
                Arguments.of(new String[] {"field", "BOS", "--at", "row=0.5:0.6,column=0.5"}, "sum to 1.1, not 1"),
                Arguments.of(new String[] {"nosuch"}, "Unmatched argument"),
                Arguments.of(new String[] {}, "a command is missing"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("userErrors")
    void userErrorsExitWithTwoAndAMessageWithoutStackTrace(String[] args, String message) {
        for (int i = 0; i < args.length; i++) {
            args[i] = args[i].replace("BOS", bos);
        }
        Run r = run(args);
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains(message), r.err());
        assertFalse(r.err().contains("\tat org."), r.err());
        assertEquals("", r.out());
    }

    @Test
    void specErrorsShowFileLineColumnCaretAndHint() throws Exception {
        Path p = dir.resolve("bad.yaml");
        Files.writeString(p, "name: t\npopulations:\n  p: [a, b]\nfitness:\n  p: {a: \"2*(x + 1\", b: 0}\n");
        Run r = run("equations", p.toString());
        assertEquals(2, r.code());
        assertEquals(
                "egt4j: " + p + ":5:13: in the fitness of p.a: unbalanced parentheses: '(' is never closed\n"
                        + "    p: {a: \"2*(x + 1\", b: 0}\n"
                        + "              ^\n"
                        + "  hint: add the missing ')'\n",
                r.err());
    }

    @Test
    void simulateJsonHasEvenlySpacedSamplesAndEndsAtTheSolversState() {
        Run r = run(
                "simulate",
                bos,
                "--from",
                "row=0.2,column=0.5",
                "--time",
                "4",
                "--samples",
                "5",
                "--rtol",
                "1e-10",
                "--atol",
                "1e-12");
        assertEquals(0, r.code(), r.err());
        assertTrue(
                r.out()
                        .startsWith(
                                "{\"coordinates\":[\"row.opera\",\"column.opera\"],\"t\":[0.0,1.0,2.0,3.0,4.0],\"x\":[[0.2,0.5],"),
                r.out());
        // the end state matches an independent integration by Hipparchus's DP853 at tight tolerance
        org.egt4j.game.Game g = org.egt4j.spec.SpecLoader.load(Path.of(bos));
        double[] end = org.egt4j.ode.HipparchusSolver.dormandPrince853(
                        org.egt4j.ode.SolverSettings.DEFAULT.withTolerances(1e-13, 1e-15))
                .integrate(org.egt4j.dynamics.Replicator.of(g.bind()), 0, new double[] {0.2, 0.5}, 4)
                .state();
        String last = r.out()
                .substring(
                        r.out().lastIndexOf("[") + 1,
                        r.out().indexOf("]", r.out().lastIndexOf("[")));
        String[] v = last.split(",");
        assertEquals(end[0], Double.parseDouble(v[0]), 1e-8);
        assertEquals(end[1], Double.parseDouble(v[1]), 1e-8);
    }

    @Test
    void simulateSeveralStartsAsCsvWithARunColumn() {
        Run r = run(
                "simulate",
                bos,
                "--from",
                "row=0.2,column=0.5",
                "--from",
                "row=0.7,column=0.5",
                "--time",
                "2",
                "--samples",
                "3",
                "--csv");
        assertEquals(0, r.code(), r.err());
        String[] lines = r.out().split("\n");
        assertEquals(7, lines.length, r.out());
        assertEquals("run,t,row.opera,column.opera", lines[0]);
        assertEquals("1,0.0,0.2,0.5", lines[1]);
        assertEquals("2,0.0,0.7,0.5", lines[4]);
        assertTrue(lines[6].startsWith("2,2.0,"), lines[6]);
        Run json = run(
                "simulate",
                bos,
                "--from",
                "row=0.2,column=0.5",
                "--from",
                "row=0.7,column=0.5",
                "--time",
                "2",
                "--samples",
                "3");
        assertTrue(json.out().startsWith("[{") && json.out().trim().endsWith("}]"), json.out());
    }

    static Stream<Arguments> simulateErrors() {
        return Stream.of(
                Arguments.of(
                        new String[] {"simulate", "BOS", "--from", "row=0.2,column=0.5", "--time", "0"},
                        "--time 0.0 is not a usable end time"),
                Arguments.of(
                        new String[] {"simulate", "BOS", "--from", "row=0.2,column=0.5", "--time", "5", "--samples", "1"
                        },
                        "--samples 1 is out of range"),
                Arguments.of(
                        new String[] {"simulate", "BOS", "--from", "row=0.2,column=0.5", "--time", "5", "--rtol", "-1"},
                        "not usable tolerances"),
                Arguments.of(
                        new String[] {"simulate", "BOS", "--from", "row=2,column=0.5", "--time", "5"},
                        "--from row=2,column=0.5: share 2 of population 'row' is outside [0, 1]"),
                Arguments.of(
                        new String[] {
                            "simulate", "BOS", "--from", "row=0.2,column=0.5", "--time", "5", "--json", "--csv"
                        },
                        "mutually exclusive"),
                Arguments.of(
                        new String[] {"simulate", "BOS", "--time", "5"}, "Missing required option: '--from=STATE'"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("simulateErrors")
    void simulateUserErrorsExitWithTwo(String[] args, String message) {
        userErrorsExitWithTwoAndAMessageWithoutStackTrace(args, message);
    }

    @Test
    void analyzeJsonFollowsTheContractOfDocsArchitectureSection5() {
        Run r = run("analyze", bos, "--json");
        assertEquals(0, r.code(), r.err());
        String j = r.out();
        assertTrue(
                j.startsWith(
                        "{\"name\":\"Battle of the sexes\",\"parameters\":{\"a\":2.0},\"dynamics\":{\"name\":\"replicator\"},\"populations\":[{\"name\":\"row\",\"strategies\":[\"opera\",\"football\"]}"),
                j);
        assertTrue(
                j.contains(
                        "{\"state\":{\"row\":[0.6666666666666666,0.33333333333333337],\"column\":[0.3333333333333333,0.6666666666666667]},\"eigenvalues\":[{\"re\":0.6666666666666666,\"im\":0.0},{\"re\":-0.6666666666666666,\"im\":0.0}],\"stability\":\"saddle\",\"nash\":true,\"ess\":false"),
                j);
        assertTrue(
                j.contains(
                        "\"vertices\":[{\"profile\":{\"row\":\"opera\",\"column\":\"opera\"},\"eigenvalues\":[{\"expression\":\"-a\",\"latex\":\"-a\",\"value\":-2.0"),
                j);
        assertTrue(j.contains("\"restPointSets\":[]"), j);
        assertEquals(j, run("analyze", bos, "--json").out(), "byte-identical on a second run");
    }

    @Test
    void analyzeMarkdownHasTheVertexTableAndThresholds() {
        Run r = run("analyze", bos, "--set", "a=3", "--markdown");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("| (opera, opera) | `-a`<br>`-1` | -3, -1 | stable | **yes** |"), r.out());
        assertTrue(r.out().contains("(opera, opera) is an ESS iff a > 0 (others fixed)"), r.out());
        Run latex = run("analyze", bos, "--latex");
        assertTrue(
                latex.out().contains("\\toprule")
                        && latex.out().contains("(opera, opera) & $-a$, $-1$ & stable & yes \\\\"),
                latex.out());
    }

    @Test
    void lyapunovJsonHasExponentsAndDimension() {
        Run r = run("lyapunov", bos, "--from", "row=0.9,column=0.9", "--time", "2000", "--transient", "20");
        assertEquals(0, r.code(), r.err());
        assertTrue(
                r.out().startsWith("{\"coordinates\":[\"row.opera\",\"column.opera\"],\"exponents\":[-1.0"), r.out());
        assertTrue(r.out().contains("\"kaplanYorkeDimension\":0.0"), r.out());
    }

    @Test
    void analyzeOutWritesTheReportDirectory(@TempDir Path out) throws Exception {
        Path spec = dir.resolve("small.yaml");
        Files.writeString(
                spec,
                Files.readString(Path.of(bos)) + "analysis: {time: 10, samples: 11, basins: 100, mapResolution: 5}\n");
        Run r = run("analyze", spec.toString(), "--out", out.toString(), "--threads", "2");
        assertEquals(0, r.code(), r.err());
        assertTrue(
                r.out().startsWith("Battle of the sexes\nESS: (opera, opera); (football, football)\n")
                        && r.out().contains("wrote "),
                r.out());
        assertTrue(Files.exists(out.resolve("report.md")) && Files.exists(out.resolve("figures/phase-portrait.png")));
        assertEquals("", r.err(), "quiet when stderr is not a terminal");
    }
}
