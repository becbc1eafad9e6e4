package org.egt4j.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.egt4j.game.BoundGame;
import org.egt4j.spec.SpecLoader;
import org.egt4j.stability.RestPointSearch;
import org.egt4j.stability.StabilityAnalysis;
import org.junit.jupiter.api.Test;

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
            + "dynamics: {name: replicator-mutator, mu: 0.1}\n";

    /**
     * The stag hunt at η = 0.2 (Skyrms 2004; examples/games/stag-hunt-logit.yaml): three logit
     * equilibria, one on the branch from the centre, two on a second component found by Newton.
     */
    static final String STAG_HUNT_LOGIT = "name: Stag hunt\npopulations:\n  hunters: [stag, hare]\n"
            + "matrix: [[4, 0], [3, 3]]\n"
            + "dynamics: {name: logit, eta: 0.2}\n";

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
}
