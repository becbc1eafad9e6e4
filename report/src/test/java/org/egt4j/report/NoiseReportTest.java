package org.egt4j.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.egt4j.analysis.FullAnalysis;
import org.egt4j.game.BoundGame;
import org.egt4j.sde.NoiseAnalysis;
import org.egt4j.sde.PathEnsemble;
import org.egt4j.spec.SpecLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The stochastic section of the report, from its data: the histogram and simplex counts add up to
 * the paths and match a direct count of the end states; the CSV rows match the ensembles; the
 * Markdown, LaTeX and JSON carry the exact conditions; the files are byte-identical for one and two
 * threads; every figure is written.
 */
class NoiseReportTest {

    static final String COORDINATION = "name: Coordination\n"
            + "populations:\n  row: {strategies: [left, right], share: x}\n"
            + "  column: {strategies: [left, right], share: y}\n"
            + "payoffs:\n"
            + "  - {profile: [left, left], row: 2, column: 2}\n"
            + "  - {profile: [left, right], row: 0, column: 0}\n"
            + "  - {profile: [right, left], row: 0, column: 0}\n"
            + "  - {profile: [right, right], row: 1, column: 1}\n"
            + "noise: {kind: logistic, sigma: {row: 0.8, column: 0.4}}\n"
            + "analysis: {time: 6, samples: 21, basins: 100, seed: 3, mapResolution: 5, paths: 60, dt: 0.02}\n";

    static final String RPS = "name: RPS\npopulations:\n  p: [rock, paper, scissors]\n"
            + "matrix: [[0, -1, 2], [2, 0, -1], [-1, 2, 0]]\n"
            + "noise: {kind: finite-size, size: 30}\n"
            + "analysis: {time: 4, samples: 11, basins: 50, seed: 2, paths: 50, dt: 0.02, from: \"p=0.6:0.3:0.1\"}\n";

    static NoiseAnalysis.Result analysis(SpecLoader.GameSpec spec, BoundGame bound, int threads) {
        return NoiseAnalysis.of(
                bound,
                org.egt4j.stability.StabilityAnalysis.of(bound).vertices(),
                spec.sde().noise(),
                spec.sde().from() == null
                        ? NoiseAnalysis.barycentre(bound.game())
                        : org.egt4j.spec.States.parse(bound.game(), spec.sde().from()),
                spec.analysis().time(),
                spec.sde().paths(),
                spec.sde().dt(),
                spec.sde().scheme(),
                spec.analysis().seed(),
                spec.analysis().samples(),
                threads);
    }

    static List<String> write(String text, Path dir, int threads) {
        SpecLoader.GameSpec spec = SpecLoader.parseSpec("noisy.yaml", text);
        BoundGame bound = spec.game().bind();
        FullAnalysis a = FullAnalysis.of(bound, spec.analysis(), threads, phase -> {});
        return new ReportWriter(bound, a)
                .withNoise(analysis(spec, bound, threads))
                .write(dir, "egt4j analyze noisy.yaml --out report", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void histogramsAndSimplexDensitiesCountEveryEndStateInItsBin() {
        SpecLoader.GameSpec spec = SpecLoader.parseSpec("noisy.yaml", COORDINATION);
        BoundGame bound = spec.game().bind();
        NoiseAnalysis.Result r = analysis(spec, bound, 2);
        NoiseReport report = new NoiseReport(bound.game(), r);
        double[][] ends = r.base().result().ends();
        for (int k = 0; k < 2; k++) {
            int[] h = report.histogram(k);
            assertEquals(ends.length, Arrays.stream(h).sum());
            for (int b = 0; b < NoiseReport.BINS; b++) {
                int bin = b;
                int kk = k;
                long direct = Arrays.stream(ends)
                        .filter(e -> e[kk] >= (double) bin / NoiseReport.BINS
                                && (e[kk] < (double) (bin + 1) / NoiseReport.BINS || bin == NoiseReport.BINS - 1))
                        .count();
                assertEquals(direct, h[b], "bin " + b);
            }
        }
        assertEquals("sigma = (0.8, 0.4)", report.intensity(r.noise()));
        SpecLoader.GameSpec rps = SpecLoader.parseSpec("rps.yaml", RPS);
        BoundGame rb = rps.game().bind();
        NoiseAnalysis.Result rr = analysis(rps, rb, 1);
        NoiseReport three = new NoiseReport(rb.game(), rr);
        int[][] d = three.simplexDensity(0);
        assertEquals(
                rr.base().result().ends().length,
                Arrays.stream(d).flatMapToInt(Arrays::stream).sum());
        for (int i = 0; i < NoiseReport.BINS; i++) {
            for (int j = NoiseReport.BINS - i; j < NoiseReport.BINS; j++) {
                assertEquals(0, d[i][j], "only cells inside the simplex");
            }
        }
        assertEquals("N = 30", three.intensity(rr.noise()));
        assertEquals("N = 120", three.intensity(rr.run(0.5).noise()));
    }

    @Test
    void theSectionIsWrittenByteIdenticallyWithItsFiguresAndConditions(@TempDir Path tmp) throws Exception {
        List<String> one = write(COORDINATION, tmp.resolve("one"), 1);
        List<String> two = write(COORDINATION, tmp.resolve("two"), 2);
        assertEquals(one, two);
        for (String f : one) {
            if (!f.endsWith(".png") && !f.endsWith(".svg") && !f.equals("manifest.json")) {
                assertArrayEquals(
                        Files.readAllBytes(tmp.resolve("one").resolve(f)),
                        Files.readAllBytes(tmp.resolve("two").resolve(f)),
                        f);
            }
        }
        for (String f : List.of(
                "sde-summary.csv",
                "sde-paths.csv",
                "sde-end-states.csv",
                "sde-absorption.csv",
                "figures/sde-paths-row.png",
                "figures/sde-sensitivity-column.svg",
                "figures/sde-end-row.png",
                "figures/sde-absorption.png")) {
            assertTrue(one.contains(f), f + " in " + one);
        }
        Path dir = tmp.resolve("one");
        String md = Files.readString(dir.resolve("report.md"));
        assertTrue(md.contains("## Stochastic dynamics"), md);
        // logistic noise at (left, left): lambda = -2 (row) and -2 (column)
        assertTrue(md.contains("`(-2) - 0.8^2/2 < 0 and (-2) - 0.4^2/2 < 0`"), md);
        assertTrue(md.contains("![The share of left in row under noise"), md);
        // (right, right): lambda = 0 - 1 for both; (left, right): lambda = 1 (row to left... ) see below
        assertTrue(
                md.contains("- (right, right): almost surely exponentially stable iff sigma of row >= 0 (every sigma)"
                        + " and sigma of column >= 0 (every sigma); in mean square iff sigma of row < 1.41421"
                        + " and sigma of column < 1.41421."),
                md);
        // (left, right): the row's lambda = F_right - F_left at y = 0 is 1 - 0 = 1: almost surely iff
        // sigma > sqrt(2), never in mean square
        assertTrue(md.contains("sigma of row > 1.41421") && md.contains("no sigma of row"), md);
        String tex = Files.readString(dir.resolve("report.tex"));
        assertTrue(tex.contains("Almost surely iff") && tex.contains("0.8\\^{}2/2"), tex);
        String json = Files.readString(dir.resolve("report.json"));
        assertTrue(json.contains("\"stochastic\":{\"noise\":{\"kind\":\"logistic\""), json);
        assertTrue(json.contains("\"stochastic\":{\"restPoint\":true"), json);
        // the summary CSV: one row per factor, sample and coordinate, means as in the ensembles
        List<String> rows = Files.readAllLines(dir.resolve("sde-summary.csv"));
        assertEquals(1 + NoiseAnalysis.FACTORS.size() * 21 * 2, rows.size());
        SpecLoader.GameSpec spec = SpecLoader.parseSpec("noisy.yaml", COORDINATION);
        PathEnsemble.Result base = analysis(spec, spec.game().bind(), 1).base().result();
        String lastRowOfBase = rows.get(1 + 2 * 21 * 2 + 20 * 2 + 1);
        assertTrue(lastRowOfBase.startsWith("1.0,"), lastRowOfBase);
        assertTrue(lastRowOfBase.contains("," + base.mean()[20][1] + ","), lastRowOfBase + " " + base.mean()[20][1]);
    }

    /**
     * The SDE's drift is the replicator field whatever the spec's dynamic ({@link
     * org.egt4j.sde.ReplicatorSde}): under {@code dynamics: {name: logit, eta: 0.1}} the deterministic
     * figures name logit, every figure of the stochastic section the stochastic replicator.
     */
    @Test
    void stochasticCaptionsNameTheStochasticReplicatorUnderALogitSpec(@TempDir Path tmp) throws Exception {
        String text = COORDINATION.replace("noise:", "dynamics: {name: logit, eta: 0.1}\nnoise:");
        SpecLoader.GameSpec spec = SpecLoader.parseSpec("noisy.yaml", text);
        assertEquals("logit", spec.dynamics().name());
        BoundGame bound = spec.game().bind();
        FullAnalysis a = FullAnalysis.of(bound, spec.dynamics(), spec.analysis(), 2, phase -> {});
        new ReportWriter(bound, a)
                .withNoise(analysis(spec, bound, 2))
                .write(tmp, "egt4j analyze noisy.yaml --out report", text.getBytes(StandardCharsets.UTF_8));
        List<String> captions = Files.readAllLines(tmp.resolve("report.md")).stream()
                .filter(l -> l.startsWith("!["))
                .toList();
        List<String> stochastic =
                captions.stream().filter(l -> l.contains("(figures/sde-")).toList();
        // paths and sensitivity per coordinate (2 each), the end states per population (2), absorption
        assertEquals(7, stochastic.size(), captions.toString());
        for (String c : stochastic) {
            assertTrue(c.contains(" Dynamics: stochastic replicator with logistic noise.]"), c);
            assertFalse(c.contains("logit"), c);
        }
        List<String> deterministic =
                captions.stream().filter(l -> !l.contains("(figures/sde-")).toList();
        assertFalse(deterministic.isEmpty(), captions.toString());
        for (String c : deterministic) {
            assertTrue(c.contains(" Dynamics: logit (eta = 0.1)."), c);
        }
        NoiseReport zh = new NoiseReport(bound.game(), analysis(spec, bound, 1)).withMessages(Messages.of("zh"));
        assertEquals("动力学：带 logistic 噪声的随机复制动态。", zh.simulatedNote());
    }

    @Test
    void aThreeStrategyPopulationGetsATernaryDensity(@TempDir Path tmp) throws Exception {
        List<String> files = write(RPS, tmp, 2);
        assertTrue(files.contains("figures/sde-end-p.png"), files.toString());
        assertTrue(files.contains("figures/sde-paths-p-rock.png") && files.contains("figures/sde-paths-p-paper.png"));
        String md = Files.readString(tmp.resolve("report.md"));
        assertTrue(md.contains("Finite-size noise") && md.contains("(2) < 0"), md);
        // the spec's start, not the barycentre
        assertTrue(md.contains("50 paths per noise intensity from p.rock = 0.6, p.paper = 0.3 to T = 4"), md);
        assertTrue(Files.readString(tmp.resolve("report.json")).contains("\"start\":[0.6,0.3]"));
        assertTrue(Files.readString(tmp.resolve("sde-end-states.csv")).startsWith("population,bin,lower,upper,count"));
    }
}
