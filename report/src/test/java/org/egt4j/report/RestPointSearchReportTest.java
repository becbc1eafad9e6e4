package org.egt4j.report;

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
import org.egt4j.spec.SpecLoader;
import org.egt4j.stability.LogitCorrespondence;
import org.egt4j.stability.RestPointSearch;
import org.egt4j.stability.StabilityAnalysis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The "found" column of the Markdown rest-point table names the method that produced each point, the
 * same as the JSON's {@code "restPointSearch": {"foundBy"}}: homotopy for the replicator–mutator (its
 * rest points come from total-degree homotopy continuation), continuation and Newton for the logit
 * equilibria, exact for the replicator's exactly solved faces.
 */
class RestPointSearchReportTest {

    /** Rock–paper–scissors under mutation: one interior rest point, the barycentre (by symmetry). */
    static final String RPS_MUTATION = "name: RPS\npopulations:\n  players: [rock, paper, scissors]\n"
            + "matrix: [[1, 0, 2], [2, 1, 0], [0, 2, 1]]\n"
            + "dynamics: {name: replicator-mutator, mu: 0.1}\n"
            + "analysis: {time: 4, samples: 6, basins: 20, seed: 3, sensitivityValues: 2}\n";

    /**
     * The stag hunt at η = 0.2 (Skyrms 2004; examples/games/stag-hunt-logit.yaml): three logit
     * equilibria, one on the branch from the centre, two on a second component found by Newton.
     */
    static final String STAG_HUNT_LOGIT = "name: Stag hunt\npopulations:\n  hunters: [stag, hare]\n"
            + "matrix: [[4, 0], [3, 3]]\n"
            + "dynamics: {name: logit, eta: 0.2}\n"
            + "analysis: {time: 4, samples: 6, basins: 20, seed: 3, sensitivityValues: 2}\n";

    static final String HAWK_DOVE =
            "name: Hawk-Dove\npopulations:\n  animals: [hawk, dove]\n" + "matrix: [[-0.5, 2], [0, 1]]\n";

    private static StabilityAnalysis analysis(String text) {
        SpecLoader.GameSpec spec = SpecLoader.parseSpec("game.yaml", text);
        BoundGame bound = spec.game().bind();
        return StabilityAnalysis.of(bound, spec.dynamics());
    }

    /** The last cell of every row of the rest-point table, in row order. */
    private static List<String> foundCells(String markdown) {
        String table = markdown.substring(markdown.indexOf("| state | eigenvalues |"));
        List<String> rows = Arrays.stream(table.split("\n"))
                .skip(2)
                .takeWhile(l -> l.startsWith("| "))
                .toList();
        return rows.stream()
                .map(r -> {
                    String[] cells = r.split(" \\| ");
                    return cells[cells.length - 1].replace(" |", "").trim();
                })
                .toList();
    }

    private static String expected(RestPointSearch.Method m) {
        return switch (m) {
            case TOTAL_DEGREE_HOMOTOPY -> "homotopy";
            case LOGIT_CONTINUATION -> "continuation";
            case FACES, MULTI_START_NEWTON -> "Newton";
        };
    }

    @Test
    void homotopyPointsOfTheReplicatorMutatorSayHomotopy() {
        StabilityAnalysis a = analysis(RPS_MUTATION);
        assertEquals(
                RestPointSearch.Method.TOTAL_DEGREE_HOMOTOPY,
                a.restPointSearch().method());
        assertEquals(
                List.of(RestPointSearch.Method.TOTAL_DEGREE_HOMOTOPY),
                a.restPointSearch().foundBy());
        String md = new AnalysisReport(a).markdown();
        assertEquals(List.of("homotopy"), foundCells(md), md);
        String zh = new AnalysisReport(a, Messages.of("zh")).markdown();
        assertTrue(zh.contains("| 同伦延拓 |"), zh);
        assertTrue(new AnalysisReport(a).json().contains("\"foundBy\":[\"total-degree homotopy\"]"));
    }

    @Test
    void logitEquilibriaSayContinuationOrNewtonAsTheirFoundBy() {
        StabilityAnalysis a = analysis(STAG_HUNT_LOGIT);
        List<RestPointSearch.Method> by = a.restPointSearch().foundBy();
        assertEquals(3, by.size(), by.toString());
        assertTrue(by.contains(RestPointSearch.Method.LOGIT_CONTINUATION), by.toString());
        assertTrue(by.contains(RestPointSearch.Method.MULTI_START_NEWTON), by.toString());
        String md = new AnalysisReport(a).markdown();
        assertEquals(by.stream().map(RestPointSearchReportTest::expected).toList(), foundCells(md), md);
    }

    @Test
    void exactlySolvedFacesSayExact() {
        StabilityAnalysis a = analysis(HAWK_DOVE);
        // two vertices and the interior point x = 2/3 (1 - 1.5x = 0), every one solved exactly (linear faces)
        assertEquals(3, a.restPoints().size());
        String md = new AnalysisReport(a).markdown();
        assertEquals(List.of("exact", "exact", "exact"), foundCells(md), md);
    }

    private static String reportTex(String text, Path dir) throws Exception {
        SpecLoader.GameSpec spec = SpecLoader.parseSpec("game.yaml", text);
        BoundGame bound = spec.game().bind();
        FullAnalysis a = FullAnalysis.of(bound, spec.dynamics(), spec.analysis(), 1, phase -> {});
        new ReportWriter(bound, a)
                .write(dir, "egt4j analyze game.yaml --out report", text.getBytes(StandardCharsets.UTF_8));
        return Files.readString(dir.resolve("report.tex"));
    }

    /**
     * RPS under mutation: the LaTeX row carries the counts of the search record (the example's JSON has
     * {@code "paths": 4, "regular": 4, "atInfinity": 0, "complete": true}), its sentence the comment.
     */
    @Test
    void latexHasTheSearchOfTheReplicatorMutator(@TempDir Path tmp) throws Exception {
        String tex = reportTex(RPS_MUTATION, tmp);
        RestPointSearch s = analysis(RPS_MUTATION).restPointSearch();
        assertTrue(
                tex.contains("% how the rest points were found: Rest points by total-degree homotopy continuation: "
                        + s.paths() + " paths"),
                tex);
        assertTrue(
                tex.contains("Method & Paths & Regular & At infinity & Complete \\\\\n\\midrule\n"
                        + "total-degree homotopy & " + s.paths() + " & " + s.regular() + " & " + s.atInfinity()
                        + " & yes \\\\\n\\bottomrule"),
                tex);
        assertFalse(tex.contains("logit correspondence"), tex);
    }

    /**
     * The stag hunt's second logit component turns at a fold. Independently of the continuation: on the
     * correspondence x = 1/(1 + e^{−λ(4x − 3)}), so λ(x) = ln(x/(1 − x))/(4x − 3) for x > 3/4, and the fold
     * is where dλ/dx = 0, i.e. (4x − 3)/(x(1 − x)) = 4 ln(x/(1 − x)) (solved here by bisection; λ ≈ 3.589,
     * as examples/games/stag-hunt-logit.yaml says).
     */
    @Test
    void latexHasTheLogitCorrespondenceWithItsFold(@TempDir Path tmp) throws Exception {
        double lo = 0.76;
        double hi = 0.999;
        for (int i = 0; i < 200; i++) {
            double mid = (lo + hi) / 2;
            double g = (4 * mid - 3) / (mid * (1 - mid)) - 4 * Math.log(mid / (1 - mid));
            if (g < 0) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        double xFold = (lo + hi) / 2;
        double lambdaFold = Math.log(xFold / (1 - xFold)) / (4 * xFold - 3);
        assertEquals(3.589, lambdaFold, 1e-3);
        LogitCorrespondence lc = analysis(STAG_HUNT_LOGIT).restPointSearch().logit();
        assertEquals(2, lc.branches().size(), lc.toString());
        LogitCorrespondence.Fold fold = lc.branches().get(1).folds().get(0);
        assertEquals(lambdaFold, fold.lambda(), 1e-6 * lambdaFold);
        assertEquals(xFold, fold.shares()[0][0], 1e-5);
        String tex = reportTex(STAG_HUNT_LOGIT, tmp);
        assertTrue(tex.contains("continuation from the centre &  &  &  & no \\\\"), tex);
        assertTrue(
                tex.contains("% logit correspondence at eta = 0.2, followed in lambda = 1/eta up to "
                        + AnalysisReport.num(lc.lambdaMax()) + " (data: logit-correspondence.csv"),
                tex);
        assertTrue(tex.contains("Branch & From the centre & Points & $\\lambda$ from & $\\lambda$ to & Folds"), tex);
        LogitCorrespondence.Branch principal = lc.branches().get(0);
        assertTrue(tex.contains("\n1 & yes & " + principal.points().size() + " & $0$ & $"), tex);
        assertTrue(tex.contains("\n2 & no & " + lc.branches().get(1).points().size() + " & $"), tex);
        assertTrue(
                tex.contains("$\\lambda = " + AnalysisReport.num(fold.lambda()) + "$: $("
                        + AnalysisReport.num(fold.shares()[0][0]) + ", " + AnalysisReport.num(fold.shares()[0][1])
                        + ")$"),
                tex);
        // the number printed is the independent fold to its six significant digits
        assertEquals(lambdaFold, Double.parseDouble(AnalysisReport.num(fold.lambda())), 1e-5 * lambdaFold);
    }
}
