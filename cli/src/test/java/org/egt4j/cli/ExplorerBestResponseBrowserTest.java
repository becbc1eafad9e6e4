package org.egt4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.egt4j.ModelException;
import org.egt4j.NumericalException;
import org.egt4j.analysis.InitialGrid;
import org.egt4j.dynamics.BestResponseDynamics;
import org.egt4j.dynamics.PayoffField;
import org.egt4j.game.BoundGame;
import org.egt4j.game.Game;
import org.egt4j.report.Messages;
import org.egt4j.report.Phrase;
import org.egt4j.report.explorer.ExplorerPage;
import org.egt4j.spec.SpecLoader;
import org.egt4j.stability.StabilityAnalysis;
import org.egt4j.stability.VertexTable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * The explorer page under {@code --dynamics best-response} in headless Chromium (docs/explorer.md): the page
 * follows the exact piecewise paths of ẋ ∈ BR(x) − x (Gilboa and Matsui 1991) in JavaScript. References,
 * all independent of the page's script: egt4j's Java {@link BestResponseDynamics#trajectory} run in-process
 * (the second implementation of the same exact paths, to 10<sup>−9</sup>, refusing where it refuses); closed
 * forms (hawk–dove reaches its mixed equilibrium V/C at t = ln 2 from a third of hawks; bad
 * rock–paper–scissors approaches the Shapley triangle, vertex (1, σ², σ)/(1 + σ + σ²) with σ = a/b and
 * segments of length ln(b/a), Shapley 1964, Gaunersdorfer and Hofbauer 1995); constructed roots of
 * polynomials; Filippov sliding against its closed form; and, for payoffs of share degree 2 and 3, the
 * defining conditions of a best-response path checked with egt4j's compiled payoffs (a check independent of
 * both implementations).
 *
 * <p>Skipped, with the reason, when no Chromium or chromedriver is on the PATH (as {@link
 * ExplorerBrowserTest}).
 */
class ExplorerBestResponseBrowserTest {

    static final Path GAMES = Path.of("..", "examples", "games");

    @TempDir
    static Path dir;

    static ChromeDriver driver;

    @BeforeAll
    static void browser() {
        String chromedriver = ExplorerBrowserTest.onPath("chromedriver");
        String chromium = ExplorerBrowserTest.onPath("chromium", "chromium-browser", "google-chrome");
        Assumptions.assumeTrue(
                chromedriver != null && chromium != null,
                "skipped: no " + (chromium == null ? "chromium" : "chromedriver") + " on the PATH; install the"
                        + " browser and its driver with `apt-get install chromium chromium-driver` (Debian; .ci/run"
                        + " does this) to run the explorer's browser test");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--window-size=1400,1700");
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        driver = new ChromeDriver(
                new ChromeDriverService.Builder()
                        .usingDriverExecutable(new File(chromedriver))
                        .build(),
                options);
    }

    @AfterAll
    static void quit() {
        if (driver != null) {
            driver.quit();
        }
    }

    static Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    static List<String> consoleErrors() {
        List<String> errors = new ArrayList<>();
        for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
            if (e.getLevel().intValue() >= Level.SEVERE.intValue()) {
                errors.add(e.getMessage());
            }
        }
        return errors;
    }

    /** {@code egt4j explore SPEC --dynamics best-response --no-open ARGS...}, loaded in the browser. */
    static void explore(Path spec, String... more) {
        List<String> args = new ArrayList<>(List.of("explore", spec.toString(), "--dynamics", "best-response"));
        args.addAll(Arrays.asList(more));
        args.add("--no-open");
        CommandLineTest.Run r = CommandLineTest.run(args.toArray(String[]::new));
        assertEquals(0, r.code(), spec + ": " + r.err());
        driver.get(Path.of(r.out().strip()).toUri().toString());
    }

    /**
     * The page's {@code simulate} from each start (reduced coordinates) at each time: per start and time the
     * reduced state, or the error's message.
     */
    @SuppressWarnings("unchecked")
    static List<List<Object>> pageStates(List<double[]> starts, double[] times) {
        List<List<Double>> s = new ArrayList<>();
        for (double[] x : starts) {
            s.add(Arrays.stream(x).boxed().toList());
        }
        List<Double> t = Arrays.stream(times).boxed().toList();
        return (List<List<Object>>) js(
                "var D = EGT4J_DATA, times = arguments[1];"
                        + "return arguments[0].map(function (x) {"
                        + "  var start = {};"
                        + "  D.populations.forEach(function (p) { var m = p.strategies.length, sh = [], sum = 0;"
                        + "    for (var i = 0; i < m - 1; i++) { sh.push(x[p.offset + i]); sum += x[p.offset + i]; }"
                        + "    sh.push(1 - sum); start[p.name] = sh; });"
                        + "  return times.map(function (T) {"
                        + "    try { var e = window.egt4j.simulate(start, T), r = [];"
                        + "      D.populations.forEach(function (p) { for (var i = 0; i < p.strategies.length - 1; i++) {"
                        + "        r.push(e[p.name][i]); } });"
                        + "      return r; } catch (err) { return String(err.message); } });"
                        + "});",
                s,
                t);
    }

    /**
     * The page against {@link BestResponseDynamics#trajectory} from every start at every time: the same state
     * to {@code tolerance}, or both refuse (too many switches, a sliding state that is not Nash).
     *
     * @return the largest difference
     */
    static double compare(BoundGame bound, List<double[]> starts, double[] times, double tolerance, String what) {
        List<List<Object>> page = pageStates(starts, times);
        double worst = 0;
        for (int i = 0; i < starts.size(); i++) {
            for (int k = 0; k < times.length; k++) {
                String where = what + " from " + Arrays.toString(starts.get(i)) + " at t = " + times[k];
                Object got = page.get(i).get(k);
                double[] want;
                try {
                    double[][] x = BestResponseDynamics.trajectory(bound, starts.get(i), new double[] {0, times[k]});
                    want = x[1];
                } catch (NumericalException e) {
                    // the page refuses for the same reason
                    assertTrue(got instanceof String, where + ": Java refuses (" + e.getMessage() + "), page " + got);
                    String reason = e.getMessage().contains("more than") ? "more than" : "sliding state";
                    assertTrue(((String) got).contains(reason), where + ": " + got + " vs " + e.getMessage());
                    continue;
                }
                assertFalse(got instanceof String, where + ": the page refuses: " + got);
                List<?> state = (List<?>) got;
                assertEquals(want.length, state.size(), where);
                for (int c = 0; c < want.length; c++) {
                    double g = ((Number) state.get(c)).doubleValue();
                    assertEquals(want[c], g, tolerance, where + " coordinate " + c);
                    worst = Math.max(worst, Math.abs(want[c] - g));
                }
            }
        }
        return worst;
    }

    static Stream<Path> examples() throws java.io.IOException {
        try (Stream<Path> s = Files.list(GAMES)) {
            return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    /** Whether egt4j's Java follows exact best-response paths in this game (its payoffs are accepted). */
    static boolean javaFollows(BoundGame bound) {
        double[] centre = new double[bound.game().dimension()];
        try {
            BestResponseDynamics.trajectory(bound, centre, new double[] {0, 0.1});
            return true;
        } catch (NumericalException e) {
            return true;
        } catch (ModelException e) {
            return false;
        }
    }

    /**
     * Every example whose best-response paths the Java follows (after the Java's generalisation to payoffs of
     * higher share degree the multi-population fitness games join by themselves): its page, in its language,
     * loads without console errors, follows exact paths, and from every start of the analysis's initial grid
     * at t = 0.5, 3 and 12 agrees with {@link BestResponseDynamics#trajectory} to 10<sup>−9</sup> or refuses
     * where it refuses.
     */
    @Test
    void everyExampleTheJavaFollowsAgreesWithTheJavaPathsFromEveryGridStart() throws Exception {
        List<String> covered = new ArrayList<>();
        double worst = 0;
        for (Path spec : examples().toList()) {
            SpecLoader.GameSpec gs = SpecLoader.loadSpec(spec);
            BoundGame bound = gs.game().bind();
            if (!javaFollows(bound)) {
                continue;
            }
            explore(spec);
            String what = spec.getFileName().toString();
            assertEquals(List.of(), consoleErrors(), what);
            assertEquals(Boolean.TRUE, js("return EGT4J_DATA.dynamics.available && EGT4J_DATA.dynamics.bestResponse;"));
            List<double[]> starts = InitialGrid.of(
                    gs.game(), gs.analysis().levels(), gs.analysis().gridCap());
            worst = Math.max(worst, compare(bound, starts, new double[] {0.5, 3, 12}, 1e-9, what));
            covered.add(what);
        }
        System.out.printf(
                Locale.ROOT,
                "explorer best response: %d examples %s, largest difference from the Java paths %.3g%n",
                covered.size(),
                covered,
                worst);
        // the matrix games and normal forms of the examples, the windmill models (payoffs affine in the shares),
        // the sliding four-strategy game and the fitness games of share degree 2 and more
        for (String e : List.of(
                "hawk-dove.yaml",
                "rock-paper-scissors.yaml",
                "matching-pennies.yaml",
                "windmill.yaml",
                "windmill-iur.yaml",
                "chaotic-competition.yaml",
                "knowledge.yaml",
                "knowledge-zh.yaml",
                "funds.yaml",
                "talent.yaml",
                "infrastructure.yaml")) {
            assertTrue(covered.contains(e), e + " in " + covered);
        }
    }

    /**
     * {@code egt4j analyze --out} under best response writes {@code explorer.html} from the full analysis
     * ({@code ExplorerPage.of(bound, FullAnalysis, messages)}) for every example the Java follows: the page
     * loads without console errors, follows exact paths (no integration) from the analysis's initial grid, and
     * draws as many runs as the grid has starts.
     */
    @Test
    void analyzeOutWritesAnExplorerPageUnderBestResponseForEveryExample() throws Exception {
        List<String> covered = new ArrayList<>();
        for (Path spec : examples().toList()) {
            SpecLoader.GameSpec gs = SpecLoader.loadSpec(spec);
            if (!javaFollows(gs.game().bind())) {
                continue;
            }
            String what = spec.getFileName().toString();
            Path out = dir.resolve("analyze-" + what.replace(".yaml", ""));
            CommandLineTest.Run r = CommandLineTest.run(
                    "analyze", spec.toString(), "--dynamics", "best-response", "--out", out.toString());
            assertEquals(0, r.code(), what + ": " + r.err());
            Path page = out.resolve("explorer.html");
            assertTrue(Files.isRegularFile(page), what);
            driver.get(page.toUri().toString());
            assertEquals(List.of(), consoleErrors(), what);
            assertEquals(
                    Boolean.TRUE,
                    js("return EGT4J_DATA.dynamics.available && EGT4J_DATA.dynamics.bestResponse;"),
                    what);
            int grid = InitialGrid.of(
                            gs.game(), gs.analysis().levels(), gs.analysis().gridCap())
                    .size();
            assertEquals((long) grid, js("return EGT4J_DATA.starts.length;"), what);
            assertEquals(grid, ((List<?>) js("return window.egt4j.ends();")).size(), what);
            covered.add(what);
        }
        System.out.printf(Locale.ROOT, "explorer best response: analyze --out pages of %s%n", covered);
        assertTrue(covered.size() >= 11, covered.toString());
    }

    /**
     * The drawn paths are the exact paths: on good rock–paper–scissors with its sliders moved (a = 2, b = 1),
     * the battle of the sexes and the windmill, the end states the page draws from every start of the initial grid
     * at the analysis's horizon equal {@link BestResponseDynamics#trajectory} there to 10<sup>−9</sup> (where
     * the Java path does not refuse and needs no more than the page's 2000 drawn switches); a click in the
     * phase portrait starts an exact path at the clicked point, listed with the Java's end state. The redraw
     * time is printed (not asserted).
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("drawn")
    void theDrawnPathsAndAClickedStartAreTheExactPaths(String example, String set) {
        Path spec = GAMES.resolve(example);
        SpecLoader.GameSpec gs = SpecLoader.loadSpec(spec);
        Map<String, Double> values = new java.util.HashMap<>(gs.game().bind().parameterValues());
        explore(spec);
        if (!set.isEmpty()) {
            for (String kv : set.split(",")) {
                String[] pair = kv.split("=");
                js("window.egt4j.set(arguments[0], arguments[1]);", pair[0], Double.parseDouble(pair[1]));
                values.put(pair[0], Double.parseDouble(pair[1]));
            }
        }
        BoundGame bound = gs.game().bind(values);
        double horizon = gs.analysis().time();
        List<double[]> starts =
                InitialGrid.of(gs.game(), gs.analysis().levels(), gs.analysis().gridCap());
        List<?> ends = (List<?>) js("return window.egt4j.ends();");
        assertEquals(starts.size(), ends.size());
        int compared = 0;
        double worst = 0;
        for (int i = 0; i < starts.size(); i++) {
            var path = org.egt4j.dynamics.BestResponsePath.of(
                    bound, starts.get(i), horizon, BestResponseDynamics.MAX_SWITCHES);
            double[] want;
            try {
                want = BestResponseDynamics.trajectory(bound, starts.get(i), new double[] {0, horizon})[1];
            } catch (NumericalException e) {
                continue;
            }
            if (path.segments().size() > 2000) {
                continue;
            }
            List<?> got = (List<?>) ends.get(i);
            for (int c = 0; c < want.length; c++) {
                double g = ((Number) got.get(c)).doubleValue();
                assertEquals(want[c], g, 1e-9, example + " run " + i);
                worst = Math.max(worst, Math.abs(want[c] - g));
            }
            compared++;
        }
        assertTrue(compared >= starts.size() / 2, compared + " of " + starts.size());
        // a click at (0.3, 0.6) of the portrait's plot area (36 px margins left and bottom, 12 px right and top)
        org.openqa.selenium.WebElement canvas = driver.findElement(org.openqa.selenium.By.id("phase-canvas"));
        int w = canvas.getSize().getWidth();
        int h = canvas.getSize().getHeight();
        int x = (int) Math.round(36 + 0.3 * (w - 48));
        int y = (int) Math.round(12 + (1 - 0.6) * (h - 48));
        new org.openqa.selenium.interactions.Actions(driver)
                .moveToElement(canvas, x - w / 2, y - h / 2)
                .click()
                .perform();
        double[] clicked = ((List<?>) js("return window.egt4j.clickedStart();"))
                .stream().mapToDouble(v -> ((Number) v).doubleValue()).toArray();
        double[] end = BestResponseDynamics.trajectory(bound, clicked, new double[] {0, horizon})[1];
        String list =
                driver.findElement(org.openqa.selenium.By.id("end-states")).getText();
        String last = list.lines().reduce((a, b) -> b).orElseThrow();
        assertTrue(last.startsWith("clicked start: "), list);
        assertTrue(last.contains(shares(gs.game(), end, 0)), last + " vs Java " + Arrays.toString(end));
        double ms = Double.NaN;
        if (!gs.game().parameters().isEmpty()) {
            ms = Double.POSITIVE_INFINITY;
        }
        String name = gs.game().parameters().isEmpty()
                ? ""
                : gs.game().parameters().get(0).name();
        double v = values.getOrDefault(name, 0.0);
        for (int k = 0; k < 5 && !name.isEmpty(); k++) {
            ms = Math.min(
                    ms,
                    ((Number) js("return window.egt4j.set(arguments[0], arguments[1]);", name, v + 1e-3 * (k % 2)))
                            .doubleValue());
        }
        System.out.printf(
                Locale.ROOT,
                "explorer best response: %s drawn ends vs Java, %d of %d runs, largest difference %.3g; redraw %.1f ms"
                        + " (fastest of 5), %s%n",
                example,
                compared,
                starts.size(),
                worst,
                ms,
                js("return window.egt4j.timings();"));
        assertEquals(List.of(), consoleErrors());
    }

    static Stream<Arguments> drawn() {
        return Stream.of(
                Arguments.of("rock-paper-scissors.yaml", "a=2,b=1"),
                Arguments.of("battle-of-the-sexes.yaml", ""),
                Arguments.of("windmill.yaml", ""));
    }

    /** The first population's shares as the page lists them: rounded to 4 digits, trailing zeros dropped. */
    static String shares(Game game, double[] x, int k) {
        List<String> out = new ArrayList<>();
        double last = 1;
        for (int i = 0; i < game.sizes()[k]; i++) {
            double v = i < game.sizes()[k] - 1 ? x[game.offset(k) + i] : last;
            last -= i < game.sizes()[k] - 1 ? v : 0;
            out.add(new java.math.BigDecimal(v)
                    .setScale(4, java.math.RoundingMode.HALF_UP)
                    .stripTrailingZeros()
                    .toPlainString());
        }
        return game.populations().get(k).name() + " (" + String.join(", ", out) + ")";
    }

    /**
     * Hawk–dove (V = 2, C = 3; Maynard Smith 1982): from a third of hawks the best reply is hawk, so x(t) = 1 −
     * (2/3)e<sup>−t</sup>, which reaches the mixed equilibrium V/C = 2/3 at t = ln 2 and stays there: hawk and
     * dove would chatter, so the path slides (Filippov) towards the mixed best reply that keeps them tied, the
     * equilibrium itself, up to the horizon (as the Java's {@link org.egt4j.dynamics.BestResponsePath}, segment
     * by segment); from 0.9 the best reply is dove, x(t) = 0.9e<sup>−t</sup>, at V/C at t = ln 1.35. With V
     * moved to 1 by the slider, from 0.9: V/C = 1/3 at t = ln 2.7.
     */
    @Test
    void hawkDoveReachesTheMixedEquilibriumAtLn2() {
        explore(GAMES.resolve("hawk-dove.yaml"));
        for (double t : new double[] {0, 0.2, Math.log(2) - 1e-6, Math.log(2), 1, 5, 40}) {
            double want = 1 - (2.0 / 3) * Math.exp(-Math.min(t, Math.log(2)));
            assertEquals(want, hawks(1.0 / 3, t), 1e-12, "from 1/3 at t = " + t);
            double down = 0.9 * Math.exp(-Math.min(t, Math.log(1.35)));
            assertEquals(down, hawks(0.9, t), 1e-12, "from 0.9 at t = " + t);
        }
        List<?> segments = samePathAsJava(
                SpecLoader.load(GAMES.resolve("hawk-dove.yaml")).bind(), new double[] {1.0 / 3}, 10, "horizon");
        assertEquals(2, segments.size());
        assertEquals(Math.log(2), number(segments.get(0), "end"), 1e-14);
        assertEquals(
                2.0 / 3, ((Number) ((List<?>) ((Map<?, ?>) segments.get(1)).get("point")).get(0)).doubleValue(), 1e-14);
        js("window.egt4j.set('V', 1);");
        for (double t : new double[] {0.5, Math.log(2.7), 3}) {
            assertEquals(0.9 * Math.exp(-Math.min(t, Math.log(2.7))), hawks(0.9, t), 1e-12, "V = 1 at t = " + t);
        }
        assertEquals(List.of(), consoleErrors());
    }

    static double number(Object segment, String key) {
        return ((Number) ((Map<?, ?>) segment).get(key)).doubleValue();
    }

    static double[] numbers(Object segment, String key) {
        return ((List<?>) ((Map<?, ?>) segment).get(key))
                .stream().mapToDouble(v -> ((Number) v).doubleValue()).toArray();
    }

    /** The page's {@code bestResponsePath} from a start given in reduced coordinates. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> pagePath(double[] x0, double horizon) {
        return (Map<String, Object>) js(
                "var D = EGT4J_DATA, x = arguments[0], s = {};"
                        + "D.populations.forEach(function (p) { var sh = [], sum = 0;"
                        + "  for (var i = 0; i < p.strategies.length - 1; i++) { sh.push(x[p.offset + i]); sum += x[p.offset + i]; }"
                        + "  sh.push(1 - sum); s[p.name] = sh; });"
                        + "return window.egt4j.bestResponsePath(s, arguments[1]);",
                Arrays.stream(x0).boxed().toList(),
                horizon);
    }

    /**
     * The page's exact path and {@link org.egt4j.dynamics.BestResponsePath#of} (the Java, run in-process) from
     * one start: the same way of ending, the same segments (times, start states and target states to
     * 10<sup>−9</sup>, the same best replies).
     *
     * @return the page's segments
     */
    static List<?> samePathAsJava(BoundGame bound, double[] x0, double horizon, String end) {
        var java = org.egt4j.dynamics.BestResponsePath.of(bound, x0, horizon, BestResponseDynamics.MAX_SWITCHES);
        Map<String, Object> page = pagePath(x0, horizon);
        String where = "from " + Arrays.toString(x0);
        assertEquals(java.end().name().toLowerCase(Locale.ROOT), page.get("end"), where);
        if (end != null) {
            assertEquals(end, page.get("end"), where);
        }
        List<?> segments = (List<?>) page.get("segments");
        assertEquals(java.segments().size(), segments.size(), where);
        for (int i = 0; i < segments.size(); i++) {
            var want = java.segments().get(i);
            Object got = segments.get(i);
            String at = where + " segment " + i;
            assertEquals(want.start(), number(got, "start"), 1e-9, at);
            assertEquals(want.end(), number(got, "end"), 1e-9, at);
            assertEquals(
                    Arrays.toString(want.target()),
                    Arrays.toString(((List<?>) ((Map<?, ?>) got).get("target"))
                            .stream().mapToInt(v -> ((Number) v).intValue()).toArray()),
                    at);
            double[] from = numbers(got, "from");
            double[] point = numbers(got, "point");
            for (int c = 0; c < from.length; c++) {
                assertEquals(want.from()[c], from[c], 1e-9, at + " from");
                assertEquals(want.point()[c], point[c], 1e-9, at + " point");
            }
        }
        return segments;
    }

    /**
     * Filippov sliding in the page against its closed form (the Java's {@code
     * BestResponsePathTest.aTieThatPersistsSlidesTowardsTheMixedBestReplyThatKeepsIt}): hawk–dove (−1, 2; 0, 1)
     * with a third, dominated strategy (payoff −5 everywhere) from shares (0, 0.2, 0.8). Hawk is the best reply
     * (0.4 against 0.2), x(t) = e<sub>hawk</sub> + (x₀ − e<sub>hawk</sub>)s, and hawk − dove = −1 + 1.2s is 0 at
     * s = 1/1.2: t₁ = ln 1.2, x₁ = (1/6, 1/6, 2/3). There hawk and dove would chatter; the mixed best reply
     * that keeps them tied is b = (½, ½, 0) (F<sub>hawk</sub>(b) = F<sub>dove</sub>(b) = ½), so x(t) = b + (x₁ −
     * b)e<sup>−(t − t₁)</sup> to the horizon, hawk and dove staying tied. The page's {@code simulate} at eight
     * times to 10<sup>−12</sup>, its segments against the Java's, its drawn end state at the horizon.
     */
    @Test
    void aTieThatPersistsSlidesTowardsTheMixedBestReply() throws Exception {
        String yaml = "name: Hawk-dove with a dominated strategy\n"
                + "populations:\n  p: [hawk, dove, weak]\n"
                + "matrix:\n  - [\"-1\", \"2\", \"0\"]\n  - [\"0\", \"1\", \"0\"]\n  - [\"-5\", \"-5\", \"-5\"]\n"
                + "analysis:\n  time: 10\n";
        Path spec = dir.resolve("hawk-dove-weak.yaml");
        Files.writeString(spec, yaml);
        explore(spec);
        assertEquals(List.of(), consoleErrors());
        double t1 = Math.log(1.2);
        double[] x1 = {1.0 / 6, 1.0 / 6};
        for (double t : new double[] {0.05, t1, t1 + 1e-9, 0.5, t1 + Math.log(2), 2, 5, 10}) {
            double[] want = new double[2];
            if (t <= t1) {
                double e = Math.exp(-t);
                want[0] = 1 - e;
                want[1] = 0.2 * e;
            } else {
                double e = Math.exp(-(t - t1));
                want[0] = 0.5 + (x1[0] - 0.5) * e;
                want[1] = 0.5 + (x1[1] - 0.5) * e;
            }
            @SuppressWarnings("unchecked")
            List<Number> got =
                    (List<Number>) js("return window.egt4j.simulate({p: [0, 0.2, 0.8]}, arguments[0]).p;", t);
            assertEquals(want[0], got.get(0).doubleValue(), 1e-12, "hawk at t = " + t);
            assertEquals(want[1], got.get(1).doubleValue(), 1e-12, "dove at t = " + t);
        }
        List<?> segments = samePathAsJava(SpecLoader.load(spec).bind(), new double[] {0, 0.2}, 10, "horizon");
        assertEquals(2, segments.size());
        assertEquals(t1, number(segments.get(0), "end"), 1e-14);
        assertEquals(0.5, numbers(segments.get(1), "point")[0], 1e-14);
        assertEquals(0.5, numbers(segments.get(1), "point")[1], 1e-14);
        assertEquals(0.5, numbers(segments.get(1), "from")[1] + 1.0 / 3, 1e-14);
    }

    /**
     * The Arneodo–Coullet–Tresser competition as a four-strategy game ({@code chaotic-competition.yaml}), whose
     * best-response paths slide: from every start of its initial grid up to the analysis's horizon, the page's
     * path is the Java's segment by segment (to 10<sup>−9</sup>), some of them sliding segments.
     */
    @Test
    void chaoticCompetitionSlidesAsTheJavaFromEveryGridStart() {
        Path spec = GAMES.resolve("chaotic-competition.yaml");
        SpecLoader.GameSpec gs = SpecLoader.loadSpec(spec);
        BoundGame bound = gs.game().bind();
        explore(spec);
        int segments = 0;
        int sliding = 0;
        for (double[] x0 :
                InitialGrid.of(gs.game(), gs.analysis().levels(), gs.analysis().gridCap())) {
            for (Object seg : samePathAsJava(bound, x0, gs.analysis().time(), null)) {
                segments++;
                for (double v : numbers(seg, "point")) {
                    if (v != 0 && v != 1) {
                        sliding++;
                        break;
                    }
                }
            }
        }
        System.out.printf(
                Locale.ROOT,
                "explorer best response: chaotic competition, %d segments, %d sliding%n",
                segments,
                sliding);
        assertTrue(sliding > 0, "sliding segments among " + segments);
        assertEquals(List.of(), consoleErrors());
    }

    static double hawks(double x0, double t) {
        return ((Number) js(
                        "return window.egt4j.simulate({animals: [arguments[0], 1 - arguments[0]]}, arguments[1])"
                                + ".animals[0];",
                        x0,
                        t))
                .doubleValue();
    }

    static Stream<Arguments> parameterMoves() {
        return Stream.of(
                Arguments.of("rock-paper-scissors.yaml", "a", 2.0, "b", 1.0),
                Arguments.of("rock-paper-scissors.yaml", "a", 1.0, "b", 2.0),
                Arguments.of("rock-paper-scissors.yaml", "a", 1.0, "b", 1.0),
                Arguments.of("rock-paper-scissors.yaml", "a", 0.7, "b", 1.9),
                Arguments.of("matching-pennies.yaml", null, 0.0, null, 0.0),
                Arguments.of("hawk-dove.yaml", "V", 5.0, "C", 1.5));
    }

    /**
     * Good (a &gt; b), bad (a &lt; b, the Shapley triangle) and zero-sum rock–paper–scissors with the sliders
     * moved, matching pennies and hawk–dove above V = C: the page's {@code simulate} against {@link
     * BestResponseDynamics#trajectory} at the same parameters to 10<sup>−9</sup>, from the vertices, points on
     * the faces and 12 seeded random interior starts, at t = 0.7, 4 and 15.
     */
    @ParameterizedTest(name = "{0} {1}={2} {3}={4} (seed 13)")
    @MethodSource("parameterMoves")
    void thePageAgreesWithTheJavaPathsWithTheSlidersMoved(String example, String p, double pv, String q, double qv) {
        Path spec = GAMES.resolve(example);
        Game game = SpecLoader.load(spec);
        Map<String, Double> values = new java.util.HashMap<>(game.bind().parameterValues());
        explore(spec);
        if (p != null) {
            js(
                    "window.egt4j.set(arguments[0], arguments[1]); window.egt4j.set(arguments[2], arguments[3]);",
                    p,
                    pv,
                    q,
                    qv);
            values.put(p, pv);
            values.put(q, qv);
        }
        BoundGame bound = game.bind(values);
        List<double[]> starts = starts(game, new Random(13), 12);
        double worst = compare(bound, starts, new double[] {0.7, 4, 15}, 1e-9, example + " " + values);
        System.out.printf(
                Locale.ROOT, "explorer best response: %s %s, largest difference %.3g%n", example, values, worst);
        assertEquals(List.of(), consoleErrors());
    }

    /** Every vertex, the midpoint of every edge of every population's simplex, and n seeded interior starts. */
    static List<double[]> starts(Game game, Random random, int n) {
        List<double[]> starts = new ArrayList<>();
        int pops = game.populations().size();
        // vertices and edge midpoints of population 0, the others at their barycentre
        int m0 = game.sizes()[0];
        for (int i = 0; i < m0; i++) {
            for (int j = i; j < m0; j++) {
                double[] x = barycentre(game);
                Arrays.fill(x, game.offset(0), game.offset(0) + m0 - 1, 0);
                if (i < m0 - 1) {
                    x[game.offset(0) + i] += 0.5;
                }
                if (j < m0 - 1) {
                    x[game.offset(0) + j] += 0.5;
                }
                starts.add(x);
            }
        }
        for (int r = 0; r < n; r++) {
            double[] x = new double[game.dimension()];
            for (int k = 0; k < pops; k++) {
                int m = game.sizes()[k];
                double[] e = new double[m];
                double sum = 0;
                for (int i = 0; i < m; i++) {
                    e[i] = -Math.log(1 - random.nextDouble());
                    sum += e[i];
                }
                for (int i = 0; i < m - 1; i++) {
                    x[game.offset(k) + i] = e[i] / sum;
                }
            }
            starts.add(x);
        }
        return starts;
    }

    static double[] barycentre(Game game) {
        double[] x = new double[game.dimension()];
        for (int k = 0; k < game.populations().size(); k++) {
            int m = game.sizes()[k];
            for (int i = 0; i < m - 1; i++) {
                x[game.offset(k) + i] = 1.0 / m;
            }
        }
        return x;
    }

    /**
     * Bad rock–paper–scissors (win a = 1, loss b = 2): the paths approach the Shapley triangle (Shapley 1964;
     * Gaunersdorfer and Hofbauer 1995). By the game's cyclic symmetry σ (rock → paper → scissors) the
     * triangle's switch points are P, σP, σ²P: from P the path heads for paper, σP = e<sub>paper</sub> + (P −
     * e<sub>paper</sub>)s, so (σ − s)P = (1 − s)e<sub>paper</sub> and, as σ³ = 1, P = (1, s², s)/(1 + s + s²)
     * (rock, paper, scissors); the tie of paper and scissors at σP, as − bs² = a − bs, gives s = a/b: each
     * segment has length ln(b/a). The page's late switch points and segment lengths are those, to
     * 10<sup>−9</sup>.
     */
    @Test
    void badRockPaperScissorsApproachesTheShapleyTriangle() {
        explore(GAMES.resolve("rock-paper-scissors.yaml"), "--set", "a=1", "--set", "b=2");
        double s = 0.5;
        double[] vertex = {1 / (1 + s + s * s), s * s / (1 + s + s * s), s / (1 + s + s * s)};
        @SuppressWarnings("unchecked")
        Map<String, Object> path =
                (Map<String, Object>) js("return window.egt4j.bestResponsePath({players: [0.5, 0.3, 0.2]}, 80);");
        assertEquals("horizon", path.get("end"));
        List<?> segments = (List<?>) path.get("segments");
        assertTrue(segments.size() > 100, "laps: " + segments.size());
        int checked = 0;
        for (int i = segments.size() - 10; i < segments.size() - 1; i++) {
            Map<?, ?> seg = (Map<?, ?>) segments.get(i);
            List<?> from = (List<?>) seg.get("from");
            double[] x = {
                ((Number) from.get(0)).doubleValue(),
                ((Number) from.get(1)).doubleValue(),
                1 - ((Number) from.get(0)).doubleValue() - ((Number) from.get(1)).doubleValue()
            };
            // one of the three cyclic images of the vertex
            double best = Double.POSITIVE_INFINITY;
            for (int shift = 0; shift < 3; shift++) {
                double d = 0;
                for (int c = 0; c < 3; c++) {
                    d = Math.max(d, Math.abs(x[c] - vertex[(c - shift + 3) % 3]));
                }
                best = Math.min(best, d);
            }
            assertEquals(0, best, 1e-9, "switch point " + i + ": " + Arrays.toString(x));
            double length = ((Number) seg.get("end")).doubleValue() - ((Number) seg.get("start")).doubleValue();
            assertEquals(Math.log(2), length, 1e-9, "segment " + i);
            checked++;
        }
        assertEquals(9, checked);
        assertEquals(List.of(), consoleErrors());
    }

    /**
     * Zero-sum rock–paper–scissors (a = b = 1, the spec's values): near the centre the switches come ever
     * faster (about e<sup>t</sup> of them by time t; the largest regret decays as e<sup>−t</sup>, Hofbauer
     * 1995), so the drawn paths stop at the page's cap of 2000 switches at a Nash equilibrium to the hold
     * tolerance 10<sup>−4</sup>: the page says so in its Messages sentence and draws them held there; {@code
     * simulate} holds a path after Java's {@link BestResponseDynamics#MAX_SWITCHES} as {@link
     * BestResponseDynamics#trajectory} does (the same state to 10<sup>−9</sup>, within 10<sup>−4</sup> of the
     * centre (1/3, 1/3, 1/3) in regret).
     */
    @Test
    void zeroSumRockPaperScissorsIsHeldAtTheCentre() {
        explore(GAMES.resolve("rock-paper-scissors.yaml"));
        String notes = (String) js("return document.getElementById('path-notes').textContent;");
        long capped = (Long) js("var n = 0; EGT4J_DATA.starts.forEach(function (x) {"
                + " var s = {players: [x[0], x[1], 1 - x[0] - x[1]]};"
                + " if (window.egt4j.bestResponsePath(s, EGT4J_DATA.time).end === 'switches') { n++; } }); return n;");
        assertTrue(capped > 0, "some paths use the switch budget of egt4j simulate as well");
        SpecLoader.GameSpec gs = SpecLoader.loadSpec(GAMES.resolve("rock-paper-scissors.yaml"));
        // the Java's paths with its switch budget: those of more than the 2000 drawn switches are held where they
        // use the budget at a regret within the hold tolerance (zero-sum RPS pays p − s, s − r, r − p, mean 0)
        List<double[]> grid =
                InitialGrid.of(gs.game(), gs.analysis().levels(), gs.analysis().gridCap());
        long listable = 0;
        long held = 0;
        long cappedNotHeld = 0;
        for (double[] x0 : grid) {
            var path = org.egt4j.dynamics.BestResponsePath.of(
                    gs.game().bind(), x0, gs.analysis().time(), BestResponseDynamics.MAX_SWITCHES);
            var last = path.segments().get(path.segments().size() - 1);
            double[] y = last.state(gs.game(), last.end());
            double third = 1 - y[0] - y[1];
            double regret = Math.max(third - y[1], Math.max(y[0] - third, y[1] - y[0]));
            boolean hold = path.end() == org.egt4j.dynamics.BestResponsePath.End.SWITCHES
                    && regret <= BestResponseDynamics.HOLD_TOLERANCE;
            if (path.segments().size() <= 2000 || hold) {
                listable++;
            } else {
                cappedNotHeld++;
            }
            held += hold ? 1 : 0;
        }
        assertTrue(held > 0, "some grid paths are held");
        String sentence = Messages.english().text(Phrase.EXPLORER_SWITCH_HOLD, "{0}", 2000, "{1}", "{2}", "{3}");
        assertTrue(
                notes.contains(held + sentence.substring(sentence.indexOf("{0}") + 3, sentence.indexOf("{1}"))), notes);
        String cap = Messages.english().text(Phrase.EXPLORER_SWITCH_CAP, "{0}", 2000, "{1}");
        assertEquals(cappedNotHeld > 0, notes.contains(cap.substring(cap.indexOf("{1}") + 3)), notes);
        // the held paths count among the end states
        long listed = (Long) js("var n = 0; document.querySelectorAll('#end-states li').forEach(function (li) {"
                + " var m = / × (\\d+)$/.exec(li.textContent); if (m) { n += Number(m[1]); } }); return n;");
        assertEquals(listable, listed);
        double worst = compare(gs.game().bind(), List.of(new double[] {0.5, 0.3}), new double[] {60}, 1e-9, "held");
        @SuppressWarnings("unchecked")
        List<Number> centre =
                (List<Number>) js("return window.egt4j.simulate({players: [0.5, 0.3, 0.2]}, 60).players;");
        double r = centre.get(0).doubleValue();
        double p = centre.get(1).doubleValue();
        double sc = centre.get(2).doubleValue();
        // regret: the best payoff (a·beaten − b·beating) over the mean payoff 0 of a zero-sum game
        double regret = Math.max(sc - p, Math.max(r - sc, p - r));
        assertTrue(regret <= BestResponseDynamics.HOLD_TOLERANCE, "regret " + regret + " at " + centre);
        // the redraw, held paths followed on to egt4j's budget included (printed, not asserted)
        double ms = Double.POSITIVE_INFINITY;
        for (int k = 0; k < 5; k++) {
            ms = Math.min(
                    ms,
                    ((Number) js("return window.egt4j.set('a', arguments[0]);", 1 + 1e-12 * (k % 2))).doubleValue());
        }
        System.out.printf(
                Locale.ROOT,
                "explorer best response: zero-sum RPS held at %s (vs Java %.3g), %d held of %d; redraw %.1f ms (fastest"
                        + " of 5)%n",
                centre,
                worst,
                held,
                grid.size(),
                ms);
        assertEquals(List.of(), consoleErrors());
    }

    static final String FOUR_PLAYERS = "name: Four players\n"
            + "parameters:\n  k: {value: 1, min: 0.5, max: 2}\n"
            + "populations:\n"
            + "  p1: {strategies: [on, off], share: x}\n  p2: {strategies: [on, off], share: y}\n"
            + "  p3: {strategies: [on, off], share: z}\n  p4: {strategies: [on, off], share: w}\n"
            + "fitness:\n"
            + "  p1:\n    on: \"k*y*z*w - 0.3*y + 0.2\"\n    off: \"0.4*z*w\"\n"
            + "  p2:\n    on: \"1 - 2*x*z*w\"\n    off: \"0.5*x - 0.2*w\"\n"
            + "  p3:\n    on: \"x*y*w - 0.5*x + 0.3\"\n    off: \"0.25\"\n"
            + "  p4:\n    on: \"0.6 - x*y*z - 0.4*y\"\n    off: \"0.3*z\"\n";

    static Stream<Arguments> higherDegree() {
        return Stream.of(
                Arguments.of("knowledge.yaml", 2),
                Arguments.of("funds.yaml", 2),
                Arguments.of("talent.yaml", 2),
                Arguments.of("four-players", 3));
    }

    /**
     * Payoffs of share degree D = 2 (three-population fitness games) and D = 3 (a four-player game with
     * products of three shares), where each payoff along a segment is a polynomial of degree D in s: the page
     * (written from an analysis without rest points) follows paths that are best-response paths by their definition, checked with egt4j's compiled
     * payoffs ({@link PayoffField}) from 10 seeded starts to t = 30 (the first 3000 segments): on every segment, at 65 points, each
     * population's target is a best reply (to 10<sup>−9</sup> relative); each segment begins where the last
     * ended; at every switch the new best reply ties with the old one (the switch is neither early nor late).
     */
    @ParameterizedTest(name = "{0}, D = {1} (seed 29)")
    @MethodSource("higherDegree")
    void higherDegreePathsAreBestResponsePaths(String example, int degree) throws Exception {
        SpecLoader.GameSpec gs = example.endsWith(".yaml")
                ? SpecLoader.loadSpec(GAMES.resolve(example))
                : SpecLoader.parseSpec(example + ".yaml", FOUR_PLAYERS);
        Game game = gs.game();
        BoundGame bound = game.bind();
        // best response has no vertex table: the empty one of any analysis under it (hawk-dove's)
        VertexTable noTable = StabilityAnalysis.of(
                        SpecLoader.load(GAMES.resolve("hawk-dove.yaml")).bind(), BestResponseDynamics.INSTANCE)
                .vertices();
        assertTrue(noTable.vertices().isEmpty());
        StabilityAnalysis none = new StabilityAnalysis(
                game, bound.parameterValues(), List.of(), List.of(), noTable, BestResponseDynamics.INSTANCE);
        List<double[]> grid =
                InitialGrid.of(game, gs.analysis().levels(), gs.analysis().gridCap());
        String html = ExplorerPage.of(bound, none, gs.analysis(), grid, null, Messages.english())
                .html();
        Path page = dir.resolve(example.replace(".yaml", "") + "-br.html");
        Files.writeString(page, html);
        driver.get(page.toUri().toString());
        assertEquals(List.of(), consoleErrors(), example);
        assertEquals((long) degree, js("return EGT4J_DATA.dynamics.degree;"));
        PayoffField payoffs = PayoffField.of(bound);
        double[] f = new double[payoffs.size()];
        int pops = game.populations().size();
        int switches = 0;
        for (double[] x0 : starts(game, new Random(29), 10)) {
            List<Double> start = Arrays.stream(x0).boxed().toList();
            @SuppressWarnings("unchecked")
            Map<String, Object> path = (Map<String, Object>) js(
                    "var D = EGT4J_DATA, x = arguments[0], s = {};"
                            + "D.populations.forEach(function (p) { var sh = [], sum = 0;"
                            + "  for (var i = 0; i < p.strategies.length - 1; i++) { sh.push(x[p.offset + i]); sum += x[p.offset + i]; }"
                            + "  sh.push(1 - sum); s[p.name] = sh; });"
                            // a prefix of a path is a path: the first 3000 segments (the four-player game's
                            // fastest-switching path takes the whole cap of 100 000)
                            + "var r = window.egt4j.bestResponsePath(s, 30); r.segments = r.segments.slice(0, 3000);"
                            + "return r;",
                    start);
            List<?> segments = (List<?>) path.get("segments");
            double[] previousEnd = x0;
            int[] previousTarget = null;
            for (Object o : segments) {
                Map<?, ?> seg = (Map<?, ?>) o;
                double t0 = ((Number) seg.get("start")).doubleValue();
                double t1 = ((Number) seg.get("end")).doubleValue();
                double[] from = ((List<?>) seg.get("from"))
                        .stream().mapToDouble(v -> ((Number) v).doubleValue()).toArray();
                int[] target = ((List<?>) seg.get("target"))
                        .stream().mapToInt(v -> ((Number) v).intValue()).toArray();
                String where = example + " from " + Arrays.toString(x0) + " segment at t = " + t0;
                for (int c = 0; c < from.length; c++) {
                    assertEquals(previousEnd[c], from[c], 1e-12, where + ": continuous");
                }
                if (previousTarget != null) {
                    // the switch: every population that changed its reply is at a tie of the old and the new
                    payoffs.payoffs(from, f);
                    for (int k = 0; k < pops; k++) {
                        if (target[k] != previousTarget[k]) {
                            double a = f[payoffs.start(k) + target[k]];
                            double b = f[payoffs.start(k) + previousTarget[k]];
                            assertEquals(b, a, 1e-9 * Math.max(1, Math.abs(b)), where + ": a tie at the switch");
                            switches++;
                        }
                    }
                }
                double[] b = vertex(game, target);
                for (int m = 0; m <= 64 && t1 > t0; m++) {
                    double e = Math.exp(-((t1 - t0) * m / 64));
                    double[] x = new double[from.length];
                    for (int c = 0; c < x.length; c++) {
                        x[c] = b[c] + (from[c] - b[c]) * e;
                    }
                    payoffs.payoffs(x, f);
                    for (int k = 0; k < pops; k++) {
                        double best = Double.NEGATIVE_INFINITY;
                        for (int i = 0; i < game.sizes()[k]; i++) {
                            best = Math.max(best, f[payoffs.start(k) + i]);
                        }
                        double mine = f[payoffs.start(k) + target[k]];
                        assertTrue(
                                mine >= best - 1e-9 * Math.max(1, Math.abs(best)),
                                where + ", point " + m + ": population " + k + " plays " + target[k] + " with payoff "
                                        + mine + " below the best " + best);
                    }
                    if (m == 64) {
                        previousEnd = x;
                    }
                }
                if (t1 == t0) {
                    previousEnd = from;
                }
                previousTarget = target;
            }
        }
        System.out.printf(
                Locale.ROOT, "explorer best response: %s (D = %d), %d switches checked%n", example, degree, switches);
        assertTrue(switches > 0, "the paths switch");
    }

    /** The reduced coordinates of a pure profile. */
    static double[] vertex(Game game, int[] profile) {
        double[] b = new double[game.dimension()];
        for (int k = 0; k < profile.length; k++) {
            if (profile[k] < game.sizes()[k] - 1) {
                b[game.offset(k) + profile[k]] = 1;
            }
        }
        return b;
    }

    /**
     * The page's root isolation against constructed roots: d(s) = c·Π(s − r<sub>i</sub>) with seeded roots,
     * some in (0, 1) (at least 0.02 apart) and some outside, expanded to coefficients; the roots in (0, 1)
     * are found to 10<sup>−10</sup> (edge cases: no root, a double root at 1/2, roots near 0 and 1, degree 1).
     */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void rootIsolationFindsConstructedRoots(long seed) {
        if (driver.getCurrentUrl() == null || !driver.getCurrentUrl().startsWith("file:")) {
            explore(GAMES.resolve("hawk-dove.yaml"));
        }
        List<double[]> cases = new ArrayList<>();
        List<double[]> inside = new ArrayList<>();
        if (seed == 0) {
            cases.add(new double[] {2, -1, 3});
            inside.add(new double[] {});
            cases.add(new double[] {0.25, -1, 1});
            inside.add(new double[] {0.5});
            cases.add(new double[] {-0.3, 1});
            inside.add(new double[] {0.3});
            double[][] edge = {{1e-6, 0.999999}, {1e-3, 0.5, 0.998}};
            for (double[] r : edge) {
                cases.add(expand(1, r));
                inside.add(r);
            }
        } else {
            Random random = new Random(seed);
            for (int c = 0; c < 20; c++) {
                int in = random.nextInt(4);
                int out = random.nextInt(3);
                double[] r = new double[in];
                for (int i = 0; i < in; i++) {
                    double v;
                    boolean ok;
                    do {
                        v = 0.01 + 0.98 * random.nextDouble();
                        ok = true;
                        for (int j = 0; j < i; j++) {
                            ok &= Math.abs(v - r[j]) >= 0.02;
                        }
                    } while (!ok);
                    r[i] = v;
                }
                Arrays.sort(r);
                double[] all = Arrays.copyOf(r, in + out);
                for (int i = 0; i < out; i++) {
                    all[in + i] = random.nextBoolean() ? -0.1 - 3 * random.nextDouble() : 1.1 + 3 * random.nextDouble();
                }
                cases.add(expand((random.nextBoolean() ? 1 : -1) * (0.01 + 100 * random.nextDouble()), all));
                inside.add(r);
            }
        }
        for (int c = 0; c < cases.size(); c++) {
            List<?> got = (List<?>) js(
                    "return window.egt4j.rootsInUnitInterval(arguments[0]);",
                    Arrays.stream(cases.get(c)).boxed().toList());
            double[] want = inside.get(c);
            assertEquals(
                    want.length,
                    got.size(),
                    "seed " + seed + " case " + c + ": " + got + " vs " + Arrays.toString(want));
            for (int i = 0; i < want.length; i++) {
                assertEquals(want[i], ((Number) got.get(i)).doubleValue(), 1e-10, "seed " + seed + " case " + c);
            }
        }
    }

    static Stream<Long> seeds() {
        return Stream.of(0L, 1L, 2L, 3L, 4L, 5L);
    }

    /** The coefficients (lowest first) of scale·Π(s − r). */
    static double[] expand(double scale, double[] roots) {
        double[] a = {scale};
        for (double r : roots) {
            double[] b = new double[a.length + 1];
            for (int i = 0; i < a.length; i++) {
                b[i + 1] += a[i];
                b[i] -= r * a[i];
            }
            a = b;
        }
        return a;
    }
}
