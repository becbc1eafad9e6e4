package org.egt4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.egt4j.game.Game;
import org.egt4j.game.Population;
import org.egt4j.spec.SpecLoader;
import org.egt4j.stability.StabilityAnalysis;
import org.egt4j.stability.ThresholdStatement;
import org.egt4j.stability.VertexTable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * The explorer page (docs/explorer.md) in a real browser: headless Chromium driven by Selenium through
 * Debian's chromedriver, against the {@code explorer.html} that {@code analyze --out} writes for the
 * windmill model. Its references are independent of the page's JavaScript: the exact vertex table and
 * threshold statements of the Java analysis (ESS verdicts just below and just above the exact subsidy
 * threshold), {@code egt4j simulate} run in-process (its Dormand–Prince 8(5,3) at rtol 10<sup>−8</sup>,
 * against the page's own 5(4) at the same tolerances), and the browser's console log.
 *
 * <p>Skipped, with the reason, when no Chromium or chromedriver is on the PATH ({@code apt-get install
 * chromium chromium-driver}; {@code .ci/run} installs them). With {@code
 * -Degt4j.explorer.screenshots=DIR} it also saves the two screenshots of docs/explorer.md.
 */
class ExplorerBrowserTest {

    static final Path WINDMILL = Path.of("..", "examples", "games", "windmill.yaml");

    @TempDir
    static Path dir;

    static ChromeDriver driver;
    static Path page;
    static Game game;
    static StabilityAnalysis analysis;

    static String onPath(String... names) {
        String path = System.getenv("PATH");
        for (String name : names) {
            for (String d : (path == null ? "" : path).split(File.pathSeparator)) {
                File f = new File(d, name);
                if (f.isFile() && f.canExecute()) {
                    return f.getAbsolutePath();
                }
            }
        }
        return null;
    }

    @BeforeAll
    static void browser() throws Exception {
        String chromedriver = onPath("chromedriver");
        String chromium = onPath("chromium", "chromium-browser", "google-chrome");
        Assumptions.assumeTrue(
                chromedriver != null && chromium != null,
                "skipped: no " + (chromium == null ? "chromium" : "chromedriver") + " on the PATH; install the"
                        + " browser and its driver with `apt-get install chromium chromium-driver` (Debian; .ci/run"
                        + " does this) to run the explorer's browser test");
        CommandLineTest.Run r = CommandLineTest.run(
                "analyze", WINDMILL.toString(), "--out", dir.resolve("report").toString(), "--threads", "2");
        assertEquals(0, r.code(), r.err());
        page = dir.resolve("report").resolve("explorer.html");
        game = SpecLoader.load(WINDMILL);
        analysis = StabilityAnalysis.of(game.bind());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--window-size=1400,1700");
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(chromedriver))
                .build();
        driver = new ChromeDriver(service, options);
    }

    @AfterAll
    static void quit() {
        if (driver != null) {
            driver.quit();
        }
    }

    @BeforeEach
    void load() {
        driver.get(page.toUri().toString());
    }

    static Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> snapshot() {
        return (Map<String, Object>) js("return window.egt4j.snapshot();");
    }

    static double set(String name, double value) {
        return ((Number) js("return window.egt4j.set(arguments[0], arguments[1]);", name, value)).doubleValue();
    }

    /** The severe entries of the browser's console (errors, uncaught exceptions). */
    static List<String> consoleErrors() {
        List<String> errors = new ArrayList<>();
        for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
            if (e.getLevel().intValue() >= Level.SEVERE.intValue()) {
                errors.add(e.getMessage());
            }
        }
        return errors;
    }

    @Test
    void thePageLoadsWithoutConsoleErrorsAndHasASliderForEveryParameter() {
        assertEquals(List.of(), consoleErrors());
        for (org.egt4j.game.Parameter p : game.parameters()) {
            WebElement s = driver.findElement(By.cssSelector("input[type=range][data-parameter='" + p.name() + "']"));
            assertEquals(
                    String.valueOf(p.min()).replace(".0", ""),
                    s.getAttribute("min").replace(".0", ""));
            assertEquals(
                    String.valueOf(p.max()).replace(".0", ""),
                    s.getAttribute("max").replace(".0", ""));
            // labelled for screen readers and keyboard users
            assertFalse(driver.findElements(By.cssSelector("label[for='" + s.getAttribute("id") + "']"))
                    .isEmpty());
        }
        String line = driver.findElement(By.id("setline")).getAttribute("value");
        assertTrue(line.startsWith("--set R=4 --set C=5 --set S=1.5 "), line);
    }

    @Test
    void theSnapshotsVerticesAreTheAnalysisVertexTable() {
        List<VertexTable.Vertex> table = analysis.vertices().vertices();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> vertices =
                (List<Map<String, Object>>) snapshot().get("vertices");
        assertEquals(table.size(), vertices.size());
        for (int v = 0; v < table.size(); v++) {
            VertexTable.Vertex exact = table.get(v);
            Map<String, Object> row = vertices.get(v);
            assertEquals(profile(exact), row.get("profile"), exact.label());
            assertEquals(exact.stability() == org.egt4j.stability.Stability.STABLE, row.get("stable"), exact.label());
            assertEquals(exact.stability().label(), row.get("stability"), exact.label());
            assertEquals(exact.ess(), row.get("ess"), exact.label());
            List<?> values = (List<?>) row.get("eigenvalues");
            for (int e = 0; e < exact.eigenvalues().size(); e++) {
                double want = exact.eigenvalues().get(e).value();
                assertEquals(want, ((Number) values.get(e)).doubleValue(), 1e-12 * Math.max(1, Math.abs(want)));
            }
        }
    }

    /**
     * The ESS verdicts flip exactly where the analysis's exact threshold statements for the subsidy S
     * put them: 10<sup>−6</sup> below and above every end (beyond the vertex table's zero tolerance 10<sup>−9</sup>·max(1, |λ|)) of every S statement's ESS set, the page's
     * verdict on that vertex is whether the point lies in the exact set.
     */
    @Test
    void movingTheSubsidyFlipsTheEssVerdictExactlyAtTheExactThreshold() {
        int checked = 0;
        List<VertexTable.Vertex> table = analysis.vertices().vertices();
        for (int v = 0; v < table.size(); v++) {
            for (VertexTable.Threshold t : table.get(v).thresholds()) {
                if (!t.parameter().equals("S") || !t.statement().kind().isCondition()) {
                    continue;
                }
                for (ThresholdStatement.Piece piece : t.statement().essSet()) {
                    for (ThresholdStatement.End end : List.of(piece.from(), piece.to())) {
                        if (end.kind() == ThresholdStatement.EndKind.VANISHING) {
                            for (double s : new double[] {end.value() - 1e-6, end.value() + 1e-6}) {
                                set("S", s);
                                boolean inSet = t.statement().essSet().stream().anyMatch(p -> contains(p, s));
                                @SuppressWarnings("unchecked")
                                List<Map<String, Object>> vs =
                                        (List<Map<String, Object>>) snapshot().get("vertices");
                                assertEquals(
                                        inSet,
                                        vs.get(v).get("ess"),
                                        table.get(v).label() + " at S = " + s);
                                checked++;
                            }
                        }
                    }
                }
            }
        }
        // windmill: (adopt, support, open, invest) iff S < 1 and (adopt, passive, open, invest) iff S > 1
        assertEquals(4, checked);
        set("S", 1 - 1e-6);
        assertEquals(List.of(profile(table.get(0))), snapshot().get("ess"));
        set("S", 1 + 1e-6);
        assertEquals(List.of(profile(table.get(4))), snapshot().get("ess"));
        assertEquals(List.of(), consoleErrors());
    }

    /**
     * Below the threshold the trajectory from the centre ends at the supporting profile, above it at the
     * passive one, in the page (simulate and the end-state list) and in {@code egt4j simulate}.
     */
    @Test
    void movingTheSubsidyAcrossTheThresholdChangesTheTrajectorysEndState() throws Exception {
        Map<String, List<Double>> centre = new LinkedHashMap<>();
        for (Population p : game.populations()) {
            centre.put(p.name(), List.of(0.5, 0.5));
        }
        set("S", 0.75);
        String belowList = driver.findElement(By.id("end-states")).getText();
        Map<String, List<Double>> below = simulate(centre, 200);
        set("S", 1.25);
        String aboveList = driver.findElement(By.id("end-states")).getText();
        Map<String, List<Double>> above = simulate(centre, 200);
        assertNotEquals(belowList, aboveList);
        assertEquals(1.0, below.get("government").get(0), 1e-3, below.toString());
        assertEquals(0.0, above.get("government").get(0), 1e-3, above.toString());
        for (String pop : List.of("market", "platform", "capital")) {
            assertEquals(1.0, below.get(pop).get(0), 1e-3, below.toString());
            assertEquals(1.0, above.get(pop).get(0), 1e-3, above.toString());
        }
        assertEquals(below.get("government").get(0), cli("S=0.75", "0.5,0.5,0.5,0.5", 200)[1], 1e-6);
        assertEquals(above.get("government").get(0), cli("S=1.25", "0.5,0.5,0.5,0.5", 200)[1], 1e-6);
    }

    /** The page's Dormand–Prince 5(4) against egt4j simulate at the same parameters, to 10<sup>−6</sup>. */
    @Test
    void thePagesTrajectoryAgreesWithEgt4jSimulate() throws Exception {
        double worst = 0;
        for (double s : new double[] {1.5, 0.4, 3.2}) {
            set("S", s);
            set("Cg", 1.3);
            for (double[] start : new double[][] {{0.2, 0.5, 0.5, 0.5}, {0.9, 0.1, 0.3, 0.7}, {0.05, 0.95, 0.6, 0.2}}) {
                Map<String, List<Double>> from = new LinkedHashMap<>();
                List<String> text = new ArrayList<>();
                for (int k = 0; k < 4; k++) {
                    from.put(game.populations().get(k).name(), List.of(start[k], 1 - start[k]));
                    text.add(String.valueOf(start[k]));
                }
                for (double time : new double[] {7, 30}) {
                    Map<String, List<Double>> end = simulate(from, time);
                    double[] ref = cli("S=" + s, String.join(",", text), time, "Cg=1.3");
                    for (int k = 0; k < 4; k++) {
                        double got = end.get(game.populations().get(k).name()).get(0);
                        assertEquals(ref[k], got, 1e-6, "S = " + s + " from " + Arrays.toString(start) + " t " + time);
                        worst = Math.max(worst, Math.abs(ref[k] - got));
                    }
                }
            }
        }
        System.out.printf(Locale.ROOT, "explorer: page vs egt4j simulate, largest difference %.3g%n", worst);
    }

    /**
     * Every example's page, in its language and under every dynamic the page generates (the example's,
     * and logit, Smith, BNN, Maynard Smith and projection on a three-strategy game), loads without console
     * errors, draws its trajectories and returns finite states. (Best response, whose exact paths the page
     * follows instead: ExplorerBestResponseBrowserTest.)
     */
    @Test
    void everyExamplesPageAndEveryDynamicLoadsWithoutConsoleErrors() throws Exception {
        List<String[]> cases = new ArrayList<>();
        try (var s = Files.list(WINDMILL.getParent())) {
            s.map(p -> p.toString())
                    .filter(p -> p.endsWith(".yaml"))
                    .sorted()
                    .forEach(p -> cases.add(new String[] {p}));
        }
        Path shifted = shiftedRps();
        for (String d : List.of("logit:eta=0.5", "smith", "bnn", "maynard-smith", "projection")) {
            cases.add(new String[] {shifted.toString(), "--dynamics", d});
        }
        for (String[] c : cases) {
            List<String> args = new ArrayList<>(List.of("explore"));
            args.addAll(Arrays.asList(c));
            args.add("--no-open");
            CommandLineTest.Run r = CommandLineTest.run(args.toArray(String[]::new));
            assertEquals(0, r.code(), String.join(" ", c) + ": " + r.err());
            Path p = Path.of(r.out().strip());
            driver.get(p.toUri().toString());
            String what = String.join(" ", c);
            assertEquals(List.of(), consoleErrors(), what);
            boolean available = (Boolean) js("return EGT4J_DATA.dynamics.available;");
            assertEquals(Boolean.TRUE, available, what);
            if (available) {
                Object state = js("var s = {}; EGT4J_DATA.populations.forEach(function (p) {"
                        + " s[p.name] = p.strategies.map(function () { return 1 / p.strategies.length; }); });"
                        + " var e = window.egt4j.simulate(s, 5); return Object.keys(e).every(function (k) {"
                        + " return e[k].every(isFinite); });");
                assertEquals(Boolean.TRUE, state, what);
            }
            Files.delete(p);
            Files.delete(p.getParent());
        }
    }

    /** Three strategies and positive payoffs (Maynard Smith divides by the mean payoff): win a, lose 1. */
    static Path shiftedRps() throws java.io.IOException {
        Path shifted = dir.resolve("shifted-rps.yaml");
        Files.writeString(
                shifted,
                "name: Shifted RPS\nparameters:\n  a: {value: 1, min: 0.5, max: 2}\n  c: 3\n"
                        + "populations:\n  players: [rock, paper, scissors]\n"
                        + "matrix:\n  - [\"c\", \"c - 1\", \"c + a\"]\n  - [\"c + a\", \"c\", \"c - 1\"]\n"
                        + "  - [\"c - 1\", \"c + a\", \"c\"]\n");
        return shifted;
    }

    /**
     * Under the projection dynamic (ẋ the projection of the payoffs on the tangent cone of the simplex) the
     * page's trajectory agrees with {@code egt4j simulate --dynamics projection} (its ProjectionField or
     * compiled kernel, DOP853 at rtol 10<sup>−8</sup>) to 10<sup>−6</sup> on the shifted rock–paper–scissors
     * game: a win pays a, a loss costs 1, so for a &lt; 1 the paths spiral out to the boundary, where the
     * cone projection is active, and for a &gt; 1 they spiral in to the centre. The starts include an
     * interior point, a point on the face without scissors and the vertex rock, where the active set
     * is a proper subset (on the face the unused strategy enters only where its payoff exceeds λ).
     */
    @Test
    void thePagesProjectionTrajectoryAgreesWithEgt4jSimulateOnAndOffTheFaces() throws Exception {
        Path shifted = shiftedRps();
        CommandLineTest.Run r =
                CommandLineTest.run("explore", shifted.toString(), "--dynamics", "projection", "--no-open");
        assertEquals(0, r.code(), r.err());
        Path p = Path.of(r.out().strip());
        driver.get(p.toUri().toString());
        assertEquals(Boolean.TRUE, js("return EGT4J_DATA.dynamics.available;"));
        double worst = 0;
        int onBoundary = 0;
        for (double a : new double[] {0.6, 1.5}) {
            set("a", a);
            for (double[] start : new double[][] {{0.2, 0.3, 0.5}, {0.7, 0.3, 0}, {1, 0, 0}, {0.45, 0.1, 0.45}}) {
                List<Double> from = List.of(start[0], start[1], start[2]);
                for (double time : new double[] {3, 12}) {
                    List<Double> end = simulate(Map.of("players", from), time).get("players");
                    CommandLineTest.Run ref = CommandLineTest.run(
                            "simulate",
                            shifted.toString(),
                            "--dynamics",
                            "projection",
                            "--set",
                            "a=" + a,
                            "--from",
                            "players=" + start[0] + ":" + start[1] + ":" + start[2],
                            "--time",
                            String.valueOf(time),
                            "--samples",
                            "2",
                            "--json");
                    assertEquals(0, ref.code(), ref.err());
                    Matcher m =
                            Pattern.compile("\"x\":\\[\\[[^]]*],\\[([^]]*)]]").matcher(ref.out());
                    assertTrue(m.find(), ref.out());
                    double[] want = Arrays.stream(m.group(1).split(","))
                            .mapToDouble(Double::parseDouble)
                            .toArray();
                    String what = "a = " + a + " from " + Arrays.toString(start) + " t " + time + ": " + end;
                    for (int i = 0; i < 2; i++) {
                        assertEquals(want[i], end.get(i), 1e-6, what);
                        worst = Math.max(worst, Math.abs(want[i] - end.get(i)));
                    }
                    if (Math.min(end.get(0), Math.min(end.get(1), end.get(2))) < 1e-9) {
                        onBoundary++;
                    }
                }
            }
        }
        // the test reaches the faces: for a < 1 the paths end on the boundary (the projection is active)
        assertTrue(onBoundary >= 3, "ends on the boundary: " + onBoundary);
        assertEquals(List.of(), consoleErrors());
        System.out.printf(Locale.ROOT, "explorer: projection page vs egt4j simulate, largest difference %.3g%n", worst);
        Files.delete(p);
        Files.delete(p.getParent());
    }

    /**
     * The drawn trajectories (the analysis's tolerances, atol 10<sup>−10</sup>) from all 81 starts of the
     * initial grid end within 10<sup>−5</sup> of {@code egt4j simulate} at its accurate defaults (atol
     * 10<sup>−300</sup>), far below a pixel. (The report's own trajectories, at the same atol as the page,
     * clip a decaying share to exactly 0 where it is 10<sup>−5</sup>: the reference is simulate.)
     */
    @Test
    void theDrawnTrajectoriesAreAccurateFarBelowAPixel() {
        List<?> ends = (List<?>) js("return window.egt4j.ends();");
        List<String> args = new ArrayList<>(List.of("simulate", WINDMILL.toString()));
        List<double[]> starts = org.egt4j.analysis.InitialGrid.of(
                game, org.egt4j.analysis.InitialGrid.defaultLevels(), org.egt4j.analysis.InitialGrid.DEFAULT_CAP);
        assertEquals(starts.size(), ends.size());
        for (double[] x : starts) {
            args.add("--from");
            args.add(String.format(
                    Locale.ROOT, "market=%s,government=%s,platform=%s,capital=%s", x[0], x[1], x[2], x[3]));
        }
        args.addAll(List.of("--time", "50", "--samples", "2", "--json"));
        CommandLineTest.Run r = CommandLineTest.run(args.toArray(String[]::new));
        assertEquals(0, r.code(), r.err());
        Matcher m = Pattern.compile("\"x\":\\[\\[[^]]*],\\[([^]]*)]]").matcher(r.out());
        double worst = 0;
        for (int run = 0; run < starts.size(); run++) {
            assertTrue(m.find(), "run " + run);
            double[] want = Arrays.stream(m.group(1).split(","))
                    .mapToDouble(Double::parseDouble)
                    .toArray();
            List<?> got = (List<?>) ends.get(run);
            for (int c = 0; c < want.length; c++) {
                double g = ((Number) got.get(c)).doubleValue();
                assertEquals(want[c], g, 1e-5, "run " + run);
                worst = Math.max(worst, Math.abs(want[c] - g));
            }
        }
        System.out.printf(
                Locale.ROOT, "explorer: drawn end states vs egt4j simulate, largest difference %.3g%n", worst);
    }

    /**
     * A click in the phase portrait starts a trajectory at the clicked point (the other coordinates at
     * the centre), listed among the end states and equal to {@code simulate} from that start.
     */
    @Test
    void aClickInThePhasePortraitStartsATrajectoryThere() {
        WebElement canvas = driver.findElement(By.id("phase-canvas"));
        int w = canvas.getSize().getWidth();
        int h = canvas.getSize().getHeight();
        // the plot area: 36 px left and bottom margins, 12 px right and top (as explorer.js draws it)
        double u = 0.8;
        double v = 0.3;
        int x = (int) Math.round(36 + u * (w - 48));
        int y = (int) Math.round(12 + (1 - v) * (h - 48));
        new org.openqa.selenium.interactions.Actions(driver)
                .moveToElement(canvas, x - w / 2, y - h / 2)
                .click()
                .perform();
        List<?> start = (List<?>) js("return window.egt4j.clickedStart();");
        double pixel = 1.0 / (w - 48);
        assertEquals(u, ((Number) start.get(0)).doubleValue(), 2 * pixel, start.toString());
        assertEquals(v, ((Number) start.get(1)).doubleValue(), 2 * pixel, start.toString());
        assertEquals(0.5, ((Number) start.get(2)).doubleValue(), 1e-15);
        assertEquals(0.5, ((Number) start.get(3)).doubleValue(), 1e-15);
        String list = driver.findElement(By.id("end-states")).getText();
        assertTrue(list.contains("clicked start"), list);
        assertEquals(List.of(), consoleErrors());
    }

    /** Keyboard: focus a slider, press the right arrow, and the parameter moves and everything recomputes. */
    @Test
    void aSliderMovesWithTheKeyboard() {
        WebElement s = driver.findElement(By.cssSelector("input[data-parameter='S']"));
        s.sendKeys(Keys.ARROW_RIGHT);
        s.sendKeys(Keys.ARROW_RIGHT);
        // the page handles the key events asynchronously: poll (up to 5 s) until the snapshot and the
        // --set line show the same value, instead of reading them at one racy moment
        Map<String, Object> parameters = Map.of();
        String line = "";
        for (long end = System.nanoTime() + 5_000_000_000L; System.nanoTime() < end; ) {
            @SuppressWarnings("unchecked")
            Map<String, Object> p = (Map<String, Object>) snapshot().get("parameters");
            parameters = p;
            line = driver.findElement(By.id("setline")).getAttribute("value");
            if (((Number) parameters.get("S")).doubleValue() > 1.5
                    && line.contains("--set S=" + ((Number) parameters.get("S")))) {
                break;
            }
        }
        double now = ((Number) parameters.get("S")).doubleValue();
        assertTrue(now > 1.5, "S after two right arrows: " + now);
        assertTrue(line.contains("--set S=" + ((Number) parameters.get("S"))), line);
        driver.findElement(By.id("reset")).click();
        @SuppressWarnings("unchecked")
        Map<String, Object> reset = (Map<String, Object>) snapshot().get("parameters");
        assertEquals(1.5, ((Number) reset.get("S")).doubleValue());
    }

    /**
     * Redraw time of the windmill page (81 trajectories to t = 50, tables, conditions, map) after a
     * warm-up, at 9 subsidies across S's range: measured and printed for docs/explorer.md (the issue's
     * 100 ms; 6-9 ms measured), not asserted, since a timing depends on the machine's load.
     */
    @Test
    void theWindmillPageRedrawMeasuredAtNineSubsidies() throws Exception {
        for (int i = 0; i < 3; i++) {
            set("S", 1.4 + 0.01 * i);
        }
        // each of 9 subsidies across the range, its fastest of 3 redraws: what the page costs, not the load
        // that other processes put on a 2-core machine at that moment
        double[] ms = new double[9];
        for (int i = 0; i < ms.length; i++) {
            double s = 0.4 + 0.4 * i;
            ms[i] = Double.POSITIVE_INFINITY;
            for (int k = 0; k < 3; k++) {
                set("S", s + 1e-3);
                ms[i] = Math.min(ms[i], set("S", s));
            }
            System.out.println("explorer: S = " + s + ": " + js("return window.egt4j.timings();"));
        }
        double worst = Arrays.stream(ms).max().orElseThrow();
        System.out.printf(
                Locale.ROOT, "explorer: windmill redraw times %s ms, largest %.1f%n", Arrays.toString(ms), worst);
        // a timing is measured and printed (docs/explorer.md quotes it), never asserted: it would make the
        // test depend on the machine's load (the project's rule: timings belong in benchmarks)
        assertTrue(Double.isFinite(worst), "every redraw finished: " + Arrays.toString(ms));
        String dirName = System.getProperty("egt4j.explorer.screenshots");
        if (dirName != null && !dirName.isBlank()) {
            // docs/explorer.md: the page below and above the subsidy threshold, its top (sliders,
            // trajectories) and its tables (vertex verdicts, conditions, stability map)
            Path out = Path.of(dirName);
            Files.createDirectories(out);
            driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1000));
            for (double s : new double[] {0.75, 1.25}) {
                set("S", s);
                String name = "explorer-S-" + String.valueOf(s).replace('.', '_');
                js("window.scrollTo(0, 0);");
                Files.write(out.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
                js("document.getElementById('vertices').scrollIntoView();");
                Files.write(out.resolve(name + "-tables.png"), driver.getScreenshotAs(OutputType.BYTES));
                js("document.getElementById('map').scrollIntoView();");
                Files.write(out.resolve(name + "-map.png"), driver.getScreenshotAs(OutputType.BYTES));
            }
            driver.manage().window().setSize(new org.openqa.selenium.Dimension(1400, 1700));
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, List<Double>> simulate(Map<String, List<Double>> start, double time) {
        Map<String, Object> r =
                (Map<String, Object>) js("return window.egt4j.simulate(arguments[0], arguments[1]);", start, time);
        Map<String, List<Double>> out = new HashMap<>();
        r.forEach((k, v) -> {
            List<Double> l = new ArrayList<>();
            ((List<?>) v).forEach(x -> l.add(((Number) x).doubleValue()));
            out.put(k, l);
        });
        return out;
    }

    /** The state at {@code time} by {@code egt4j simulate} run in-process, its default tolerances. */
    static double[] cli(String set, String shares, double time, String... more) {
        String[] s = shares.split(",");
        List<String> args = new ArrayList<>(List.of(
                "simulate",
                WINDMILL.toString(),
                "--set",
                set,
                "--from",
                "market=" + s[0] + ",government=" + s[1] + ",platform=" + s[2] + ",capital=" + s[3],
                "--time",
                String.valueOf(time),
                "--samples",
                "2",
                "--json"));
        for (String m : more) {
            args.add("--set");
            args.add(m);
        }
        CommandLineTest.Run r = CommandLineTest.run(args.toArray(String[]::new));
        assertEquals(0, r.code(), r.err());
        Matcher m = Pattern.compile("\"x\":\\[\\[[^]]*],\\[([^]]*)]]").matcher(r.out());
        assertTrue(m.find(), r.out());
        return Arrays.stream(m.group(1).split(","))
                .mapToDouble(Double::parseDouble)
                .toArray();
    }

    static Map<String, String> profile(VertexTable.Vertex v) {
        Map<String, String> p = new LinkedHashMap<>();
        for (int k = 0; k < v.profile().length; k++) {
            Population pop = game.populations().get(k);
            p.put(pop.name(), pop.strategies().get(v.profile()[k]));
        }
        return p;
    }

    static boolean contains(ThresholdStatement.Piece p, double s) {
        boolean lower = p.from().kind() == ThresholdStatement.EndKind.INFINITE
                || (p.from().closed() ? s >= p.from().value() : s > p.from().value());
        boolean upper = p.to().kind() == ThresholdStatement.EndKind.INFINITE
                || (p.to().closed() ? s <= p.to().value() : s < p.to().value());
        return lower && upper;
    }
}
