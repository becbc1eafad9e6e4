package org.egt4j.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.egt4j.analysis.FullAnalysis;
import org.egt4j.dynamics.Dynamics;
import org.egt4j.dynamics.DynamicsCatalogue;
import org.egt4j.game.BoundGame;
import org.egt4j.spec.SpecLoader;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The dynamic is named in every CSV of the deterministic analysis (a last column {@code dynamics}, the
 * command-line form), every caption, the LaTeX header; the global theorem of Hofbauer and Sandholm
 * (2009) is in the Markdown and in {@code global-stability.csv} for the Nash-stationary dynamics.
 */
class DynamicsNamedTest {

    /** Standard rock–paper–scissors: zero-sum, so null stable (z·Az = 0 on the tangent space). */
    static final String RPS = "name: RPS\n"
            + "populations:\n  p: {strategies: [R, P, S]}\n"
            + "matrix:\n  - [1, 0, 2]\n  - [2, 1, 0]\n  - [0, 2, 1]\n"
            + "analysis: {time: 5, samples: 6, basins: 20, seed: 3, sensitivityValues: 2}\n";

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"replicator", "smith", "logit:eta=0.5"})
    void everyCsvRowAndCaptionNamesTheDynamic(String name, @TempDir Path tmp) throws Exception {
        Dynamics d = name.contains(":")
                ? DynamicsCatalogue.of(
                        name.substring(0, name.indexOf(':')),
                        java.util.Map.of("eta", Double.parseDouble(name.substring(name.indexOf('=') + 1))))
                : DynamicsCatalogue.of(name, java.util.Map.of());
        SpecLoader.GameSpec spec = SpecLoader.parseSpec("rps.yaml", RPS);
        BoundGame bound = spec.game().bind();
        FullAnalysis a = FullAnalysis.of(bound, d, spec.analysis(), 1, phase -> {});
        List<String> files =
                new ReportWriter(bound, a).write(tmp, "egt4j analyze rps.yaml", RPS.getBytes(StandardCharsets.UTF_8));
        int csvs = 0;
        for (String f : files) {
            if (!f.endsWith(".csv")) {
                continue;
            }
            csvs++;
            List<String> lines = Files.readAllLines(tmp.resolve(f));
            assertTrue(lines.get(0).endsWith(",dynamics"), f + ": " + lines.get(0));
            for (String line : lines.subList(1, lines.size())) {
                assertTrue(line.endsWith("," + name), f + ": " + line);
            }
        }
        assertTrue(csvs >= 4, "vertices, rest points, trajectories, basins: " + files);
        assertTrue(Files.readAllLines(tmp.resolve("trajectories.csv")).size() > 1);
        String md = Files.readString(tmp.resolve("report.md"));
        String label = Figures.dynamicsLabel(d);
        assertTrue(md.contains("*Phase portrait") || md.contains("*Share of"), md);
        for (String line : md.split("\n")) {
            if (line.startsWith("*") && line.endsWith("*") && !line.startsWith("**")) {
                assertTrue(line.endsWith("Dynamics: " + label + ".*"), "caption without its dynamic: " + line);
            }
        }
        assertTrue(Files.readString(tmp.resolve("report.tex")).contains("% dynamics: " + label + "\n"));
        boolean nashStationary = d.restPointsAreNashEquilibria();
        assertEquals(nashStationary, files.contains("global-stability.csv"), files.toString());
        if (nashStationary) {
            // zero-sum RPS is a (null) stable game: Smith's Ψ proves the Nash set globally asymptotically stable
            assertEquals(
                    "stable,nash_set_globally_asymptotically_stable,smith,smith",
                    Files.readAllLines(tmp.resolve("global-stability.csv")).get(1));
            assertTrue(md.contains("Global stability (Hofbauer and Sandholm 2009): the game is stable"), md);
        }
        String restPoints = Files.readAllLines(tmp.resolve("rest-points.csv")).get(0);
        assertTrue(restPoints.endsWith(",exact,basis,dynamics"), restPoints);
    }
}
