package org.egt4j.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.egt4j.analysis.AnalysisSettings;
import org.egt4j.analysis.FullAnalysis;
import org.egt4j.game.BoundGame;
import org.egt4j.spec.SpecLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report directory: its files, their content, and byte-identical data whatever the thread count. */
class ReportWriterTest {

    static final String SPEC = "name: Coordination\n"
            + "parameters:\n  a: {value: 2, min: 1, max: 3}\n  b: {value: 1, min: 0.5, max: 2}\n"
            + "populations:\n  row: {strategies: [left, right], share: x}\n  column: {strategies: [left, right], share: y}\n"
            + "payoffs:\n"
            + "  - {profile: [left, left], row: a, column: a}\n"
            + "  - {profile: [left, right], row: 0, column: 0}\n"
            + "  - {profile: [right, left], row: 0, column: 0}\n"
            + "  - {profile: [right, right], row: b, column: b}\n"
            + "analysis: {time: 20, samples: 21, basins: 400, seed: 3, mapResolution: 11, sensitivityValues: 3}\n";

    static List<String> write(Path dir, int threads) {
        SpecLoader.GameSpec spec = SpecLoader.parseSpec("coordination.yaml", SPEC);
        BoundGame bound = spec.game().bind();
        FullAnalysis a = FullAnalysis.of(bound, spec.analysis(), threads, phase -> {});
        return new ReportWriter(bound, a)
                .write(dir, "egt4j analyze coordination.yaml --out report", SPEC.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void dataFilesAreByteIdenticalForOneAndTwoThreads(@TempDir Path tmp) throws Exception {
        List<String> one = write(tmp.resolve("one"), 1);
        List<String> two = write(tmp.resolve("two"), 2);
        assertEquals(one, two);
        for (String f : one) {
            if (f.endsWith(".json") || f.endsWith(".csv") || f.endsWith(".md") || f.endsWith(".tex")) {
                assertArrayEquals(
                        Files.readAllBytes(tmp.resolve("one").resolve(f)),
                        Files.readAllBytes(tmp.resolve("two").resolve(f)),
                        f);
            }
        }
    }

    @Test
    void theReportHasEveryPartAPaperNeeds(@TempDir Path tmp) throws Exception {
        List<String> files = write(tmp, 2);
        for (String f : List.of(
                "report.md",
                "report.tex",
                "report.json",
                "manifest.json",
                "vertices.csv",
                "rest-points.csv",
                "trajectories.csv",
                "sensitivity-a.csv",
                "stability-map.csv",
                "basins.csv",
                "figures/phase-portrait.png",
                "figures/phase-portrait.svg",
                "figures/time-series-row.png",
                "figures/stability-map.png",
                "figures/basins.png",
                "figures/sensitivity-a-row.png")) {
            assertTrue(files.contains(f), f + " in " + files);
            assertTrue(Files.size(tmp.resolve(f)) > 0, f);
        }
        String md = Files.readString(tmp.resolve("report.md"));
        assertTrue(md.contains("## Replicator equations") && md.contains("dx/dt = x*(1 - x)*((a + b)*y - b)"), md);
        assertTrue(md.contains("| (left, left) | `-a`<br>`-a` | -2, -2 | stable | **yes** |"), md);
        assertTrue(md.contains("### Basins of attraction") && md.contains("![Phase portrait"), md);
        String tex = Files.readString(tmp.resolve("report.tex"));
        assertTrue(tex.contains("\\begin{align*}") && tex.contains("\\toprule") && tex.contains("\\bottomrule"), tex);
        String json = Files.readString(tmp.resolve("report.json"));
        assertTrue(
                json.startsWith("{\"name\":\"Coordination\"")
                        && json.contains("\"basins\":{\"samples\":400,\"seed\":3"),
                json);
        String manifest = Files.readString(tmp.resolve("manifest.json"));
        assertTrue(
                manifest.contains("\"specSha256\":\"")
                        && manifest.contains("\"command\":\"egt4j analyze coordination.yaml --out report\""),
                manifest);
        assertTrue(!manifest.matches("(?s).*20\\d\\d-\\d\\d-\\d\\d.*"), "no timestamps");
        // the solver that ran (rtol 1e-8: the eighth-order pair), the generator and every seed
        assertTrue(
                manifest.contains("\"method\":" + Json.write(JsonValue.string(org.egt4j.ode.DormandPrince853.NAME))),
                manifest);
        assertTrue(md.contains("solver " + org.egt4j.ode.DormandPrince853.NAME + " with rtol 1.0E-8"), md);
        assertTrue(
                manifest.contains(
                        "\"generator\":" + Json.write(JsonValue.string(org.egt4j.random.RandomStreams.GENERATOR))),
                manifest);
        assertTrue(manifest.contains("\"basins\":3"), manifest);
        org.egt4j.random.FixedSeeds.all()
                .forEach((name, seed) ->
                        assertTrue(manifest.contains("\"" + name + "\":" + seed), name + ": " + manifest));
        List<String> traj = Files.readAllLines(tmp.resolve("trajectories.csv"));
        assertEquals("run,label,t,row.left,column.left,dynamics", traj.get(0));
        assertTrue(traj.get(1).endsWith(",replicator"), "every row names the dynamic: " + traj.get(1));
        assertEquals(1 + 9 * 21, traj.size(), "9 starts x 21 samples");
        List<String> map = Files.readAllLines(tmp.resolve("stability-map.csv"));
        assertEquals("a,b,class,ess,dynamics", map.get(0));
        assertEquals(1 + 11 * 11, map.size());
        assertTrue(map.get(1).endsWith(",several,replicator"), "both coordinated profiles are ESS: " + map.get(1));
    }

    @Test
    void analysisBlockErrorsArePlaced() {
        org.egt4j.ModelException e = org.junit.jupiter.api.Assertions.assertThrows(
                org.egt4j.ModelException.class,
                () -> SpecLoader.parseSpec(
                        "s.yaml", SPEC.replace("analysis: {time: 20", "analysis: {map: [a, c], time: 20")));
        assertTrue(e.getMessage().contains("unknown parameter 'c'"), e.getMessage());
        assertEquals(13, e.origin().line());
        e = org.junit.jupiter.api.Assertions.assertThrows(
                org.egt4j.ModelException.class,
                () -> SpecLoader.parseSpec("s.yaml", SPEC.replace("analysis: {time: 20", "analysis: {tme: 20")));
        assertTrue(e.getMessage().contains("unknown analysis setting 'tme' (did you mean 'time'?)"), e.getMessage());
        AnalysisSettings d = SpecLoader.parseSpec(
                        "s.yaml",
                        SPEC.replace(
                                "analysis: {time: 20, samples: 21, basins: 400, seed: 3, mapResolution: 11, sensitivityValues: 3}\n",
                                ""))
                .analysis();
        assertEquals(AnalysisSettings.DEFAULT.samples(), d.samples());
    }

    /**
     * Golden files for the parts that depend on exact algebra only (no integration): set
     * {@code -Degt4j.golden.update=true} to rewrite them after an intended change, and review the diff.
     */
    @Test
    void exactPartsMatchTheirGoldenFiles(@TempDir Path tmp) throws Exception {
        write(tmp, 1);
        for (String f : List.of("report.tex", "vertices.csv", "rest-points.csv")) {
            Path golden = Path.of("src/test/resources/golden/coordination-" + f);
            String actual = Files.readString(tmp.resolve(f));
            if (Boolean.getBoolean("egt4j.golden.update")) {
                Files.writeString(golden, actual);
            }
            assertEquals(Files.readString(golden), actual, f);
        }
    }
}
