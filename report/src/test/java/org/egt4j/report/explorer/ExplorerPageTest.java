package org.egt4j.report.explorer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.egt4j.analysis.AnalysisSettings;
import org.egt4j.analysis.FullAnalysis;
import org.egt4j.analysis.InitialGrid;
import org.egt4j.analysis.TrajectorySet;
import org.egt4j.dynamics.BestResponseDynamics;
import org.egt4j.dynamics.DynamicsCatalogue;
import org.egt4j.dynamics.Equation;
import org.egt4j.dynamics.ReplicatorDynamics;
import org.egt4j.expr.Monomial;
import org.egt4j.expr.Polynomial;
import org.egt4j.expr.Symbol;
import org.egt4j.game.BoundGame;
import org.egt4j.game.Game;
import org.egt4j.game.Parameter;
import org.egt4j.report.Messages;
import org.egt4j.spec.SpecLoader;
import org.egt4j.stability.StabilityAnalysis;
import org.egt4j.stability.VertexTable;
import org.hipparchus.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The explorer page without a browser (its numerics are tested in a real browser by the cli module's
 * ExplorerBrowserTest): the page is a pure function of the analysis, and the JavaScript that egt4j
 * generates is the exact polynomials, checked by reading every generated expression back with egt4j's
 * own expression parser (a second route from text to polynomial) and comparing canonical forms.
 */
class ExplorerPageTest {

    static final Path EXAMPLES = Path.of("..", "examples", "games");

    static final String COORDINATION = "name: Coordination\n"
            + "parameters:\n  a: {value: 2, min: 1, max: 3}\n  b: {value: 1, min: 0.5, max: 2}\n  c: 0.5\n"
            + "populations:\n  row: {strategies: [left, right], share: x}\n  column: {strategies: [left, right], share: y}\n"
            + "payoffs:\n"
            + "  - {profile: [left, left], row: a, column: a + c}\n"
            + "  - {profile: [left, right], row: 0, column: 0}\n"
            + "  - {profile: [right, left], row: 0, column: 0}\n"
            + "  - {profile: [right, right], row: b, column: b}\n"
            + "analysis: {time: 20, samples: 21, basins: 0, seed: 3, mapResolution: 11, sensitivityValues: 3}\n";

    static String page(SpecLoader.GameSpec spec, int threads, Messages messages) {
        BoundGame bound = spec.game().bind();
        FullAnalysis a = FullAnalysis.of(bound, spec.dynamics(), spec.analysis(), threads, phase -> {});
        return ExplorerPage.of(bound, a, messages).html();
    }

    static Stream<String> examples() throws java.io.IOException {
        try (Stream<Path> s = Files.list(EXAMPLES)) {
            return s
                    .map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".yaml"))
                    .map(n -> n.substring(0, n.length() - 5))
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    @Test
    void thePageIsByteIdenticalForTheSameInputWhateverTheThreadCount() {
        SpecLoader.GameSpec spec = SpecLoader.parseSpec("coordination.yaml", COORDINATION);
        String one = page(spec, 1, Messages.english());
        String two = page(spec, 2, Messages.english());
        assertArrayEquals(one.getBytes(StandardCharsets.UTF_8), two.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void thePageIsSelfContainedAndNamesEveryParameterWithItsRange() {
        String html = page(SpecLoader.parseSpec("coordination.yaml", COORDINATION), 1, Messages.english());
        // offline from file://: no external script, style, image or font
        for (String external : List.of("src=\"http", "href=\"http", "<link", "src=\"//", "import(", "url(")) {
            assertFalse(html.contains(external), external);
        }
        assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"en\">"), html.substring(0, 40));
        assertTrue(html.contains(
                "\"name\":\"a\",\"meaning\":\"\",\"value\":2.0,\"min\":1.0,\"max\":3.0,\"rangeNote\":\"\""));
        // c has no range: [0, 2·value], and the page says so next to the slider
        assertTrue(html.contains("\"name\":\"c\",\"meaning\":\"\",\"value\":0.5,\"min\":0.0,\"max\":1.0,"
                + "\"rangeNote\":\"no range in the spec: slider range [0, 1] chosen by egt4j ([0, 2·value])\""));
        assertTrue(html.contains("data-parameter"));
        assertTrue(html.contains("window.egt4j"));
        assertTrue(html.contains("function field(c, x, dx)"));
        // no sentence can end the script element early
        int script = html.indexOf("<script>");
        assertEquals(html.indexOf("</script>"), html.lastIndexOf("</script>"));
        assertFalse(html.substring(script + 8, html.indexOf("</script>")).contains("</"));
    }

    @Test
    void theSliderRangeIsTheSpecsElseZeroToTwiceTheValue() {
        assertArrayEquals(new double[] {1, 3}, ExplorerPage.sliderRange(new Parameter("a", 2, 1, 3), 2));
        assertArrayEquals(new double[] {0, 5}, ExplorerPage.sliderRange(Parameter.of("a", 2.5), 2.5));
        assertArrayEquals(new double[] {-4, 0}, ExplorerPage.sliderRange(Parameter.of("a", -2), -2));
        assertArrayEquals(new double[] {-1, 1}, ExplorerPage.sliderRange(Parameter.of("a", 0), 0));
        // a degenerate range [v, v] cannot be a slider: the default applies
        assertArrayEquals(new double[] {0, 4}, ExplorerPage.sliderRange(new Parameter("a", 2, 2, 2), 2));
    }

    @Test
    void aChineseReportGivesAChinesePage() {
        String html = page(SpecLoader.parseSpec("coordination.yaml", COORDINATION), 1, Messages.chinese());
        assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"zh\">"));
        assertTrue(html.contains("交互式探索页面"));
        assertTrue(html.contains("恢复模型文件中的取值"));
    }

    static String page(SpecLoader.GameSpec spec, String dynamics, int threads) {
        BoundGame bound = spec.game().bind();
        var d = DynamicsCatalogue.of(dynamics, java.util.Map.of());
        FullAnalysis a = FullAnalysis.of(bound, d, spec.analysis(), threads, phase -> {});
        return ExplorerPage.of(bound, a, Messages.english()).html();
    }

    /**
     * The projection dynamic is generated (its field agrees with egt4j simulate in ExplorerBrowserTest),
     * as the active-set iteration of the export, and the page is byte-identical whatever the thread count.
     */
    @Test
    void theProjectionDynamicIsGeneratedAndItsPageIsByteIdenticalWhateverTheThreadCount() {
        SpecLoader.GameSpec spec = SpecLoader.parseSpec("coordination.yaml", COORDINATION);
        String one = page(spec, "projection", 1);
        String two = page(spec, "projection", 2);
        assertArrayEquals(one.getBytes(StandardCharsets.UTF_8), two.getBytes(StandardCharsets.UTF_8));
        assertTrue(one.contains("function field("));
        assertTrue(one.contains("\"available\":true"));
        // two strategies per population: the mean of both payoffs, then one update over the active set
        assertTrue(one.contains("var lambda = (F0 + F1)/2;"));
        assertTrue(one.contains("a0 = Math.max(s0 - 1e-12, F0 - lambda) > 0 ? 1 : 0;"));
        assertTrue(one.contains("dx[1] = a0*(F0 - lambda);"));
        assertFalse(one.contains("not available in the explorer"));
    }

    /**
     * Under best response the page follows exact paths: it carries the generated payoffs (no field), their
     * share degree and the switch caps, and says so. Written from a {@link FullAnalysis} whose trajectories are
     * the exact paths ({@link BestResponseDynamics#trajectory}, what {@code analyze --out} holds under best
     * response) it is byte-identical to the page written from the analysis's parts without trajectories (what
     * {@code egt4j explore} writes), and the same in a second run; rock–paper–scissors too, whose analysis
     * integration fails under the inclusion.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("bestResponseGames")
    void theBestResponsePageCarriesThePayoffsAndBuildsFromEitherAnalysis(String example) throws Exception {
        SpecLoader.GameSpec spec = SpecLoader.loadSpec(EXAMPLES.resolve(example + ".yaml"));
        BoundGame bound = spec.game().bind();
        AnalysisSettings s = spec.analysis();
        List<String> pages = new ArrayList<>();
        for (int run = 0; run < 2; run++) {
            StabilityAnalysis stability = StabilityAnalysis.of(bound, BestResponseDynamics.INSTANCE);
            List<double[]> starts = InitialGrid.of(spec.game(), s.levels(), s.gridCap());
            double[] times = {0, 0.5, 1};
            double[][][] states = new double[starts.size()][][];
            for (int i = 0; i < states.length; i++) {
                states[i] = BestResponseDynamics.trajectory(bound, starts.get(i), times);
            }
            List<String> labels = new ArrayList<>();
            starts.forEach(x -> labels.add("run " + (labels.size() + 1)));
            FullAnalysis full = new FullAnalysis(
                    stability, s, new TrajectorySet(times, starts, labels, states), List.of(), null, null, null);
            pages.add(ExplorerPage.of(bound, full, Messages.english()).html());
            pages.add(ExplorerPage.of(bound, stability, s, starts, null, Messages.english())
                    .html());
        }
        for (String page : pages) {
            assertArrayEquals(pages.get(0).getBytes(StandardCharsets.UTF_8), page.getBytes(StandardCharsets.UTF_8));
        }
        String html = pages.get(0);
        assertFalse(html.contains("function field("));
        assertTrue(html.contains("function payoffs(c, x, f) {\n"));
        assertTrue(html.contains("\"available\":true"));
        assertTrue(html.contains("\"bestResponse\":true,\"degree\":1,\"maxSwitches\":100000,\"drawSwitches\":2000"));
        assertTrue(html.contains("followed in this page along its exact paths"), html);
        // no vertex table under best response, so no map: the page says why
        assertTrue(html.contains("No stability map: it is drawn from the exact vertex table, which the best-response"));
        assertFalse(html.contains("not available in the explorer"));
    }

    static Stream<String> bestResponseGames() {
        return Stream.of("hawk-dove", "rock-paper-scissors", "prisoners-dilemma");
    }

    /**
     * The share degree D of the payoffs under best response (the degree in s of every payoff along a
     * segment x(s) = b + (x₀ − b)s): 1 for matrix games, normal forms of two populations and the linear
     * fitness of the windmill, 2 for the three-population fitness games with products of two shares, the
     * total degree of x²y is 3.
     */
    @Test
    void theShareDegreeOfThePayoffs() throws Exception {
        for (String e : List.of("hawk-dove", "rock-paper-scissors", "matching-pennies", "windmill", "windmill-iur")) {
            Game game = SpecLoader.load(EXAMPLES.resolve(e + ".yaml"));
            assertEquals(
                    1, JavaScriptField.of(game, BestResponseDynamics.INSTANCE).degree(), e);
        }
        for (String e : List.of("knowledge", "funds", "talent", "infrastructure")) {
            Game game = SpecLoader.load(EXAMPLES.resolve(e + ".yaml"));
            JavaScriptField f = JavaScriptField.of(game, BestResponseDynamics.INSTANCE);
            assertTrue(f.available(), e);
            assertEquals(2, f.degree(), e);
        }
        Game game = SpecLoader.parseSpec("coordination.yaml", COORDINATION).game();
        Symbol x = game.coordinates().get(0);
        Symbol y = game.coordinates().get(1);
        Polynomial cubic = Polynomial.term(BigFraction.TWO, Monomial.of(x, 2).multiply(Monomial.of(y, 1)));
        assertEquals(3, JavaScriptField.degree(List.of(cubic, Polynomial.ZERO)));
        assertEquals(0, JavaScriptField.degree(List.of(Polynomial.ZERO)));
    }

    /** Every example's page: deterministic, and its generated eigenvalues and field read back exactly. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void everyExamplesGeneratedCodeIsItsExactPolynomials(String example) throws Exception {
        SpecLoader.GameSpec spec = SpecLoader.loadSpec(EXAMPLES.resolve(example + ".yaml"));
        Game game = spec.game();
        String html = page(spec, 2, Messages.of(spec.language()));
        for (Parameter p : game.parameters()) {
            assertTrue(html.contains("{\"name\":" + quoted(p.name()) + ","), p.name());
        }
        StabilityAnalysisRows rows = new StabilityAnalysisRows(spec);
        String eigen = between(html, "function eigenvalues(p, q) {\n  return [\n", "  ];\n}\n");
        List<String> lines = eigen.lines().toList();
        assertEquals(rows.vertices.size(), lines.size());
        for (int v = 0; v < lines.size(); v++) {
            String row = lines.get(v).strip();
            List<String> values = splitTopLevel(row.substring(1, row.length() - 2));
            List<VertexTable.VertexEigenvalue> exact = rows.vertices.get(v).eigenvalues();
            assertEquals(exact.size(), values.size(), example + " vertex " + v);
            for (int e = 0; e < exact.size(); e++) {
                if (game.atoms().isEmpty()) {
                    assertEquals(exact.get(e).expression(), readBack(game, values.get(e), List.of()), values.get(e));
                }
            }
        }
        if (game.atoms().isEmpty()) {
            // the replicator field, c[k] substituted into dx[c]
            JavaScriptField f = JavaScriptField.of(game, ReplicatorDynamics.INSTANCE);
            String src = f.fieldSource();
            List<String> coefficients = new ArrayList<>();
            Matcher m = Pattern.compile("  c\\[(\\d+)] = (.*);\n").matcher(src);
            while (m.find()) {
                assertEquals(coefficients.size(), Integer.parseInt(m.group(1)));
                coefficients.add(m.group(2));
            }
            List<Equation> eqs = ReplicatorDynamics.INSTANCE.equations(game).orElseThrow();
            Matcher d = Pattern.compile("  dx\\[(\\d+)] = (.*);\n").matcher(src);
            int c = 0;
            while (d.find()) {
                assertEquals(c, Integer.parseInt(d.group(1)));
                assertEquals(eqs.get(c).expanded(), readBack(game, d.group(2), coefficients), example + " dx " + c);
                c++;
            }
            assertEquals(game.dimension(), c);
            // under best response the payoffs, c[k] substituted into f[i]: the exact expected payoffs
            String br = JavaScriptField.of(game, BestResponseDynamics.INSTANCE).fieldSource();
            List<String> brCoefficients = new ArrayList<>();
            Matcher bm = Pattern.compile("  c\\[(\\d+)] = (.*);\n").matcher(br);
            while (bm.find()) {
                brCoefficients.add(bm.group(2));
            }
            Matcher fm = Pattern.compile("  f\\[(\\d+)] = (.*);\n").matcher(br);
            int i = 0;
            for (int k = 0; k < game.populations().size(); k++) {
                for (int j = 0; j < game.sizes()[k]; j++) {
                    assertTrue(fm.find(), example + " f " + i);
                    assertEquals(i, Integer.parseInt(fm.group(1)));
                    assertEquals(
                            game.expectedPayoff(k, j),
                            readBack(game, fm.group(2), brCoefficients),
                            example + " f " + i);
                    i++;
                }
            }
            assertFalse(fm.find());
        }
    }

    /** Seeded random polynomials (negative parameter exponents, big coefficients) print and read back exactly. */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void randomPolynomialsPrintAsTheirExactValue(long seed) {
        Game game = SpecLoader.parseSpec("coordination.yaml", COORDINATION).game();
        Random r = new Random(seed);
        List<Symbol> symbols = new ArrayList<>(game.parameterSymbols());
        symbols.addAll(game.coordinates());
        Polynomial poly = Polynomial.ZERO;
        int terms = seed == 0 ? 0 : 1 + r.nextInt(6); // seed 0: the zero polynomial
        for (int t = 0; t < terms; t++) {
            Monomial mono = Monomial.ONE;
            for (Symbol s : symbols) {
                int e = s.isShare() ? r.nextInt(6) : r.nextInt(7) - 3; // x^5 takes Math.pow
                if (e != 0) {
                    mono = mono.multiply(Monomial.of(s, e));
                }
            }
            BigInteger num = seed == 1 ? BigInteger.TWO.pow(70) : BigInteger.valueOf(r.nextInt(2001) - 1000);
            BigInteger den = BigInteger.valueOf(1 + r.nextInt(97));
            if (num.signum() != 0) {
                poly = poly.add(Polynomial.term(new BigFraction(num, den), mono));
            }
        }
        assertEquals(poly, readBack(game, JavaScriptField.expression(poly), List.of()));
    }

    static Stream<Long> seeds() {
        return java.util.stream.LongStream.range(0, 200).boxed();
    }

    /** The vertex table of a game at its spec values. */
    private static final class StabilityAnalysisRows {
        final List<VertexTable.Vertex> vertices;

        StabilityAnalysisRows(SpecLoader.GameSpec spec) {
            this.vertices = org.egt4j.stability.StabilityAnalysis.of(spec.game().bind(), spec.dynamics())
                    .vertices()
                    .vertices();
        }
    }

    /** The JavaScript expression with p[i], x[c], c[k] written back as names and (coefficients). */
    private static Polynomial readBack(Game game, String js, List<String> coefficients) {
        String text = js;
        for (int k = coefficients.size() - 1; k >= 0; k--) {
            text = text.replace("c[" + k + "]", "(" + coefficients.get(k) + ")");
        }
        for (int i = game.parameterSymbols().size() - 1; i >= 0; i--) {
            text = text.replace("p[" + i + "]", game.parameterSymbols().get(i).name());
        }
        for (int c = game.dimension() - 1; c >= 0; c--) {
            text = text.replace("x[" + c + "]", game.coordinates().get(c).name());
        }
        text = text.replaceAll("Math\\.pow\\((\\w+), (\\d+)\\)", "$1^$2");
        return game.expression(text);
    }

    private static String between(String s, String from, String to) {
        int a = s.indexOf(from);
        assertTrue(a >= 0, from);
        int b = s.indexOf(to, a + from.length());
        return s.substring(a + from.length(), b);
    }

    /** Splits at commas outside parentheses and brackets. */
    private static List<String> splitTopLevel(String s) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '(' || ch == '[') {
                depth++;
            } else if (ch == ')' || ch == ']') {
                depth--;
            } else if (ch == ',' && depth == 0) {
                parts.add(s.substring(start, i).strip());
                start = i + 1;
            }
        }
        if (!s.isBlank()) {
            parts.add(s.substring(start).strip());
        }
        return parts;
    }

    private static String quoted(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
