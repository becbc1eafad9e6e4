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

/** {@code egt4j sde}: the JSON and CSV shapes, the spec's noise block, determinism, bad input (exit 2). */
class SdeCommandTest {

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
    static String noisy;
    static String rps;

    private static final String BOS = "name: Battle of the sexes\n"
            + "populations:\n"
            + "  row: {strategies: [opera, football], share: x}\n"
            + "  column: {strategies: [opera, football], share: y}\n"
            + "payoffs:\n"
            + "  - {profile: [opera, opera], row: 2, column: 1}\n"
            + "  - {profile: [opera, football], row: 0, column: 0}\n"
            + "  - {profile: [football, opera], row: 0, column: 0}\n"
            + "  - {profile: [football, football], row: 1, column: 2}\n";

    private static String write(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p.toString();
    }

    @BeforeAll
    static void specs() throws Exception {
        bos = write("bos.yaml", BOS);
        noisy = write(
                "noisy.yaml",
                BOS + "noise: {kind: logistic, sigma: {row: 0.5, column: 1}}\n"
                        + "analysis: {paths: 40, dt: 0.05, scheme: milstein, seed: 9}\n");
        rps = write(
                "rps.yaml",
                "name: RPS\npopulations:\n  p: [rock, paper, scissors]\n"
                        + "matrix: [[0, -1, 1], [1, 0, -1], [-1, 1, 0]]\n");
    }

    @Test
    void jsonHasTheContractsKeysAndIsReproducible() {
        String[] args = {
            "sde",
            bos,
            "--from",
            "row=0.4,column=0.6",
            "--time",
            "2",
            "--noise",
            "multiplicative:sigma=0.5",
            "--paths",
            "50",
            "--dt",
            "0.01",
            "--samples",
            "5",
            "--seed",
            "3"
        };
        Run r = run(args);
        assertEquals(0, r.code(), r.err());
        for (String key : new String[] {
            "\"coordinates\"",
            "\"t\"",
            "\"mean\"",
            "\"std\"",
            "\"quantiles\"",
            "\"0.05\"",
            "\"0.5\"",
            "\"0.95\"",
            "\"paths\"",
            "\"absorbed\"",
            "\"boundaryHits\"",
            "\"noise\"",
            "\"kind\":\"multiplicative\"",
            "\"scheme\":\"euler-maruyama\"",
            "\"dt\"",
            "\"seed\":3"
        }) {
            assertTrue(r.out().contains(key), key + " in " + r.out());
        }
        assertEquals(r.out(), run(args).out(), "same input and seed, same bytes");
        for (String threads : new String[] {"1", "3"}) {
            String[] withThreads = java.util.Arrays.copyOf(args, args.length + 2);
            withThreads[args.length] = "--threads";
            withThreads[args.length + 1] = threads;
            assertEquals(r.out(), run(withThreads).out(), "the same bytes on " + threads + " threads");
        }
        Run finite = run(
                "sde",
                bos,
                "--from",
                "row=0.4,column=0.6",
                "--time",
                "2",
                "--noise",
                "finite-size:size=40",
                "--paths",
                "30",
                "--threads",
                "1");
        assertEquals(
                finite.out(),
                run(
                                "sde",
                                bos,
                                "--from",
                                "row=0.4,column=0.6",
                                "--time",
                                "2",
                                "--noise",
                                "finite-size:size=40",
                                "--paths",
                                "30",
                                "--threads",
                                "2")
                        .out(),
                "finite-size noise, 1 and 2 threads");
    }

    /**
     * {@code --text} gives the summary in the report language: the numbers are the JSON's (end-time mean
     * to 4 significant digits), the sentences English by default and Chinese with {@code --lang zh}.
     */
    @Test
    void textSummarisesTheJsonInTheChosenLanguage() {
        String[] base = {
            "sde",
            bos,
            "--from",
            "row=0.4,column=0.6",
            "--time",
            "2",
            "--noise",
            "multiplicative:sigma=0.3",
            "--paths",
            "200",
            "--samples",
            "5"
        };
        Run json = run(base);
        String[] en = java.util.Arrays.copyOf(base, base.length + 1);
        en[base.length] = "--text";
        Run text = run(en);
        assertEquals(0, text.code(), text.err());
        String mean = json.out().substring(json.out().indexOf("\"mean\":[") + 8);
        String lastRow = mean.substring(0, mean.indexOf("]]")).replaceAll(".*\\[", "");
        double first = Double.parseDouble(lastRow.split(",")[0]);
        assertTrue(
                text.out().startsWith("200 paths from row=0.4,column=0.6 to t = 2 (euler-maruyama, dt = 0.01"),
                text.out());
        assertTrue(
                text.out().contains("row.opera: mean " + org.egt4j.Numbers.shortDecimal(first, 4) + ", std "),
                first + " in " + text.out());
        String[] zh = java.util.Arrays.copyOf(en, en.length + 2);
        zh[en.length] = "--lang";
        zh[en.length + 1] = "zh";
        Run chinese = run(zh);
        assertEquals(0, chinese.code(), chinese.err());
        assertTrue(chinese.out().startsWith("200 条路径，从 row=0.4,column=0.6 到 t = 2"), chinese.out());
        assertTrue(chinese.out().contains("row.opera：均值 " + org.egt4j.Numbers.shortDecimal(first, 4)), chinese.out());
        Run bad = run(
                "sde",
                bos,
                "--from",
                "row=0.4,column=0.6",
                "--time",
                "1",
                "--noise",
                "multiplicative:sigma=0.3",
                "--lang",
                "fr");
        assertEquals(2, bad.code(), bad.err());
    }

    /**
     * {@code --progress} draws the paths done on stderr (a terminal gets it without the flag) and never
     * touches stdout: the output is byte-identical to a run without it; {@code analyze --out --progress}
     * likewise names its parts on stderr and writes the same files.
     */
    @Test
    void progressGoesToStderrAndLeavesStdoutByteIdentical() throws Exception {
        String[] base = {
            "sde",
            bos,
            "--from",
            "row=0.4,column=0.6",
            "--time",
            "1",
            "--noise",
            "multiplicative:sigma=0.3",
            "--paths",
            "50",
            "--samples",
            "11"
        };
        Run plain = run(base);
        String[] withProgress = java.util.Arrays.copyOf(base, base.length + 1);
        withProgress[base.length] = "--progress";
        Run shown = run(withProgress);
        assertEquals(0, shown.code(), shown.err());
        assertEquals(plain.out(), shown.out());
        assertTrue(plain.err().isEmpty(), "quiet when stderr is not a terminal: " + plain.err());
        assertTrue(shown.err().contains("egt4j: sde paths 50/50 (100%)"), shown.err());
        Path quiet = dir.resolve("quiet");
        Path loud = dir.resolve("loud");
        Run a = run("analyze", bos, "--out", quiet.toString());
        Run b = run("analyze", bos, "--out", loud.toString(), "--progress");
        assertEquals(0, b.code(), b.err());
        assertTrue(b.err().contains("egt4j: trajectories ..."), b.err());
        assertEquals(a.out().replace(quiet.toString(), "DIR"), b.out().replace(loud.toString(), "DIR"));
        for (String f : new String[] {"report.json", "report.md", "trajectories.csv"}) {
            assertEquals(Files.readString(quiet.resolve(f)), Files.readString(loud.resolve(f)), f);
        }
    }

    /** The budgets are flags: they decide what is allowed, checked before any path starts, never the numbers. */
    @Test
    void theBudgetsAreFlagsThatNeverChangeTheNumbers() {
        String[] base = {
            "sde",
            bos,
            "--from",
            "row=0.4,column=0.6",
            "--time",
            "1",
            "--noise",
            "multiplicative:sigma=0.3",
            "--paths",
            "50",
            "--dt",
            "0.01",
            "--samples",
            "11"
        };
        Run plain = run(base);
        assertEquals(0, plain.code(), plain.err());
        String[] low = java.util.Arrays.copyOf(base, base.length + 2);
        low[base.length] = "--budget";
        low[base.length + 1] = "path-steps=4999";
        Run refused = run(low);
        assertEquals(2, refused.code(), refused.err());
        assertTrue(
                refused.err().contains("50 paths x 100 steps exceed the budget of 4999 path steps")
                        && refused.err().contains("--budget path-steps=5000"),
                refused.err());
        assertTrue(refused.out().isEmpty(), refused.out());
        low[base.length + 1] = "path-steps=5000";
        Run exact = run(low);
        assertEquals(0, exact.code(), exact.err());
        assertEquals(plain.out(), exact.out());
        low[base.length + 1] = "values=1099";
        Run values = run(low);
        assertEquals(2, values.code(), values.err());
        assertTrue(values.err().contains("--budget values=1100"), values.err());
    }

    @Test
    void theSpecsNoiseBlockAndAnalysisKeysAreUsedAndOptionsOverrideThem() {
        Run r = run("sde", noisy, "--from", "row=0.4,column=0.6", "--time", "1", "--samples", "3");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("\"kind\":\"logistic\"") && r.out().contains("\"scheme\":\"milstein\""), r.out());
        assertTrue(r.out().contains("\"seed\":9") && r.out().contains("\"dt\":0.05"), r.out());
        Run o = run(
                "sde",
                noisy,
                "--from",
                "row=0.4,column=0.6",
                "--time",
                "1",
                "--samples",
                "3",
                "--noise",
                "payoff:row=0.1:0.2,column=0.3:0.4",
                "--scheme",
                "euler-maruyama",
                "--csv");
        assertEquals(0, o.code(), o.err());
        assertTrue(o.out().startsWith("t,coordinate,mean,std,q05,q50,q95"), o.out());
        assertEquals(1 + 3 * 2, o.out().lines().count());
    }

    static Stream<Arguments> badInput() {
        return Stream.of(
                Arguments.of(new String[] {"--noise", "multiplicative:sigma=-1"}, "not a noise intensity"),
                Arguments.of(new String[] {"--noise", "brownian:sigma=1"}, "unknown noise kind"),
                Arguments.of(new String[] {"--noise", "logistic:row=1"}, "populations have a sigma"),
                Arguments.of(new String[] {"--noise", "logistic:row=1,colum=2"}, "unknown population"),
                Arguments.of(new String[] {"--noise", "logistic:row=1:2,column=2:3"}, "payoff noise only"),
                Arguments.of(new String[] {"--noise", "logistic"}, "no sigma"),
                Arguments.of(new String[] {"--noise", "logistic:sigma=x"}, "not a number"),
                Arguments.of(new String[] {"--noise", "logistic:sigma=1", "--dt", "0"}, "--dt"),
                Arguments.of(new String[] {"--noise", "logistic:sigma=1", "--dt", "5"}, "--dt"),
                Arguments.of(new String[] {"--noise", "logistic:sigma=1", "--scheme", "heun"}, "unknown scheme"),
                Arguments.of(new String[] {"--noise", "logistic:sigma=1", "--paths", "0"}, "--paths"),
                Arguments.of(
                        new String[] {"--noise", "logistic:sigma=1", "--paths", "10000000", "--dt", "1e-4"}, "budget"),
                Arguments.of(new String[] {}, "no noise"),
                Arguments.of(new String[] {"--noise", "logistic:sigma=1", "--threads", "0"}, "--threads"),
                Arguments.of(new String[] {"--noise", "finite-size:sigma=1"}, "not a sigma"),
                Arguments.of(new String[] {"--noise", "finite-size:size=1.5"}, "not a population size"),
                Arguments.of(new String[] {"--noise", "finite-size:row=100"}, "one size for every population"),
                Arguments.of(
                        new String[] {"--noise", "finite-size:size=100", "--scheme", "milstein"}, "not available"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("badInput")
    void badInputExitsWithTwoAndAHint(String[] extra, String problem) {
        String[] base = {"sde", bos, "--from", "row=0.4,column=0.6", "--time", "2"};
        String[] args = new String[base.length + extra.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(extra, 0, args, base.length, extra.length);
        Run r = run(args);
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains(problem) && r.err().contains("hint:"), r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace");
    }

    @Test
    void finiteSizeNoiseTakesOneSizeOrOnePerPopulationAndReportsIt() throws Exception {
        Run r = run(
                "sde",
                bos,
                "--from",
                "row=0.4,column=0.6",
                "--time",
                "1",
                "--noise",
                "finite-size:size=100",
                "--paths",
                "20");
        assertEquals(0, r.code(), r.err());
        assertTrue(
                r.out().contains("\"noise\":{\"kind\":\"finite-size\",\"size\":{\"row\":100.0,\"column\":100.0}}"),
                r.out());
        Run each = run(
                "sde",
                bos,
                "--from",
                "row=0.4,column=0.6",
                "--time",
                "1",
                "--noise",
                "finite-size:row=50,column=80",
                "--paths",
                "20");
        assertEquals(0, each.code(), each.err());
        assertTrue(each.out().contains("\"size\":{\"row\":50.0,\"column\":80.0}"), each.out());
        String spec = write("finite.yaml", BOS + "noise: {kind: finite-size, size: {row: 50, column: 80}}\n");
        Run fromSpec = run("sde", spec, "--from", "row=0.4,column=0.6", "--time", "1", "--paths", "20");
        assertEquals(each.out(), fromSpec.out(), "the spec's sizes are the option's");
        // three strategies are fine for finite-size noise
        assertEquals(
                0,
                run(
                                "sde",
                                rps,
                                "--from",
                                "p=0.3:0.3:0.4",
                                "--time",
                                "1",
                                "--noise",
                                "finite-size:size=30",
                                "--paths",
                                "5")
                        .code());
        // analyze: every vertex is a rest point and the conditions are the deterministic lambda < 0
        Run a = run("analyze", spec, "--json");
        assertEquals(0, a.code(), a.err());
        assertEquals(4, a.out().split("\"stochastic\":\\{\"restPoint\":true", -1).length - 1, a.out());
        assertTrue(a.out().contains("\"almostSure\":{\"condition\":\"(-2) < 0 and (-1) < 0\""), a.out());
    }

    @Test
    void multiplicativeNoiseOnThreeStrategiesIsRefused() {
        Run r = run("sde", rps, "--from", "p=0.3:0.3:0.4", "--time", "1", "--noise", "multiplicative:sigma=1");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("needs two strategies") && r.err().contains("payoff noise"), r.err());
        assertEquals(
                0,
                run("sde", rps, "--from", "p=0.3:0.3:0.4", "--time", "1", "--noise", "payoff:sigma=1", "--paths", "5")
                        .code());
    }

    static Stream<Arguments> badSpecs() {
        return Stream.of(
                Arguments.of("noise: {kind: logistic, sigma: -1}\n", "bad.yaml:10:32", "not a noise intensity"),
                Arguments.of("noise: {kind: quantum, sigma: 1}\n", "bad.yaml:10:15", "unknown noise kind"),
                Arguments.of("noise: {kind: logistic}\n", "bad.yaml:10:", "needs a kind and a sigma"),
                Arguments.of("noise: {kind: logistic, sigma: {row: 1}}\n", "bad.yaml:10:", "populations"),
                Arguments.of(
                        "noise: {kind: logistic, sigma: {rows: 1, column: 1}}\n", "bad.yaml:10:", "unknown population"),
                Arguments.of(
                        "noise: {kind: payoff, sigma: {row: [1], column: [1, 2]}}\n",
                        "bad.yaml:10:",
                        "strategies of row"),
                Arguments.of(
                        "noise: {kind: logistic, sigma: {row: [1, 2], column: [1, 2]}}\n",
                        "bad.yaml:10:",
                        "payoff noise only"),
                Arguments.of(
                        "noise: {kind: logistic, sigma: 1, size: 3}\n", "bad.yaml:10:", "takes a sigma, not a size"),
                Arguments.of("noise: {kind: logistic, sigma: 1, seed: 3}\n", "bad.yaml:10:", "unknown noise key"),
                Arguments.of("noise: {kind: finite-size, sigma: 1}\n", "bad.yaml:10:", "takes a size, not a sigma"),
                Arguments.of("noise: {kind: finite-size}\n", "bad.yaml:10:", "needs a kind and a size"),
                Arguments.of("noise: {kind: finite-size, size: 1.5}\n", "bad.yaml:10:34", "not a population size"),
                Arguments.of(
                        "noise: {kind: finite-size, size: {row: 100, column: 1}}\n",
                        "bad.yaml:10:53",
                        "the size of column, 1.0, is not a population size"),
                Arguments.of("noise: {kind: finite-size, size: {row: 100}}\n", "bad.yaml:10:", "size names 1 of 2"),
                Arguments.of("analysis: {from: \"row=1.5,column=0.5\"}\n", "bad.yaml:10:19", "outside [0, 1]"),
                Arguments.of(
                        "noise: {kind: finite-size, size: 50}\nanalysis: {scheme: milstein}\n",
                        "bad.yaml:11:",
                        "milstein scheme is not available for finite-size noise"),
                Arguments.of(
                        "noise: {kind: finite-size, size: {rows: 100, column: 3}}\n",
                        "bad.yaml:10:",
                        "unknown population 'rows' in size"),
                Arguments.of("analysis: {scheme: heun}\n", "bad.yaml:10:20", "unknown scheme"),
                Arguments.of("analysis: {dt: 0}\n", "bad.yaml:10:", "dt must be a positive number"),
                Arguments.of("analysis: {paths: 0.5}\n", "bad.yaml:10:", "paths must be a whole number"));
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("badSpecs")
    void badSpecsAreRefusedWithFileLineAndColumn(String block, String place, String problem) throws Exception {
        String spec = write("bad.yaml", BOS + block);
        Run r = run("sde", spec, "--from", "row=0.4,column=0.6", "--time", "1", "--noise", "logistic:sigma=1");
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains(place) && r.err().contains(problem), r.err());
        write(
                "noisy.yaml",
                BOS + "noise: {kind: logistic, sigma: {row: 0.5, column: 1}}\n"
                        + "analysis: {paths: 40, dt: 0.05, scheme: milstein, seed: 9}\n");
    }

    @Test
    void analyzeJsonWithANoiseBlockAddsTheStochasticVerdictsOfEveryVertex() throws Exception {
        Run plain = run("analyze", bos, "--json");
        assertEquals(0, plain.code(), plain.err());
        assertFalse(plain.out().contains("\"stochastic\""));
        Run r = run("analyze", noisy, "--json");
        assertEquals(0, r.code(), r.err());
        // logistic noise: every vertex is a rest point; (opera, opera) has eigenvalues -2 and -1
        assertEquals(4, r.out().split("\"stochastic\":\\{\"restPoint\":true", -1).length - 1, r.out());
        assertTrue(
                r.out().contains("\"almostSure\":{\"condition\":\"(-2) - 0.5^2/2 < 0 and (-1) - 1.0^2/2 < 0\""),
                r.out());
        assertTrue(
                r.out().contains("\"meanSquare\":{\"condition\":\"2*(-2) + 0.5^2 < 0 and 2*(-1) + 1.0^2 < 0\""),
                r.out());
        String multiplicative = write("mult.yaml", BOS + "noise: {kind: multiplicative, sigma: 2}\n");
        Run m = run("analyze", multiplicative, "--json");
        assertEquals(0, m.code(), m.err());
        // only (football, football), x = y = 0, is a rest point of the SDE
        assertEquals(3, m.out().split("\"restPoint\":false", -1).length - 1, m.out());
        assertEquals(1, m.out().split("\"restPoint\":true", -1).length - 1, m.out());
        // at (football, football) lambda = 0 - 1 (row) and 0 - 2 (column): almost surely stable for every
        // sigma, in mean square for sigma below sqrt(2) and sqrt(4)
        assertTrue(m.out().contains("\"sigmaThresholds\":[0.0,0.0]"), m.out());
        assertTrue(m.out().contains("\"sigmaThresholds\":[1.4142135623730951,2.0]"), m.out());
    }
}
