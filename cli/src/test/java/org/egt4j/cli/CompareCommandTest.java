package org.egt4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code analyze --compare}: the comparison's trajectories are what {@code simulate --dynamics X} gives
 * for every X from the same start with the analysis' time, samples and tolerances; the report has the
 * section, the figure and the rest points of every dynamic; a bad name is refused with the catalogue's
 * message.
 */
class CompareCommandTest {

    static final String SPEC =
            Path.of("..", "examples", "games", "rock-paper-scissors.yaml").toString();
    static final List<String> DYNAMICS = List.of("replicator", "smith", "logit:eta=0.1");

    @Test
    void theComparedTrajectoriesAreWhatSimulateGivesForEachDynamic(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("report");
        CommandLineTest.Run a = CommandLineTest.run(
                "analyze", SPEC, "--compare", String.join(",", DYNAMICS), "--out", out.toString(), "--threads", "2");
        assertEquals(0, a.code(), a.err());
        List<String> lines = Files.readAllLines(out.resolve("compare-trajectories.csv"));
        assertEquals("run,label,t,players.rock,players.paper,dynamics", lines.get(0));
        // the rows of run 1 of every dynamic, by dynamic
        Map<String, List<String[]>> runOne = new LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            if (f[0].equals("1")) {
                runOne.computeIfAbsent(f[5], k -> new ArrayList<>()).add(f);
            }
        }
        assertEquals(DYNAMICS, new ArrayList<>(runOne.keySet()), "one block per dynamic, in order");
        String manifest = Files.readString(out.resolve("manifest.json"));
        String rtol = manifest.replaceAll("(?s).*\"rtol\":([-0-9.eE]+).*", "$1");
        for (String d : DYNAMICS) {
            List<String[]> rows = runOne.get(d);
            String[] start = rows.get(0);
            double rock = Double.parseDouble(start[3]);
            double paper = Double.parseDouble(start[4]);
            String time = rows.get(rows.size() - 1)[2];
            CommandLineTest.Run s = CommandLineTest.run(
                    "simulate",
                    SPEC,
                    "--dynamics",
                    d,
                    "--from",
                    "players=" + rock + ":" + paper + ":" + (1 - rock - paper),
                    "--time",
                    time,
                    "--samples",
                    Integer.toString(rows.size()),
                    "--rtol",
                    rtol,
                    // no --atol: simulate's default per dynamic (1e-300 imitative, 1e-10 otherwise) is the
                    // analysis' own (AnalysisSolver) with the default atol 1e-10
                    "--csv");
            assertEquals(0, s.code(), s.err());
            String[] sim = s.out().split("\n");
            assertEquals(rows.size() + 1, sim.length, d);
            for (int k = 0; k < rows.size(); k++) {
                String[] f = sim[k + 1].split(",");
                assertEquals(Double.parseDouble(rows.get(k)[2]), Double.parseDouble(f[0]), 1e-12, d + " t");
                for (int c = 0; c < 2; c++) {
                    assertEquals(
                            Double.parseDouble(f[1 + c]),
                            Double.parseDouble(rows.get(k)[3 + c]),
                            1e-12,
                            d + ", sample " + k + ", coordinate " + c);
                }
            }
        }
        String md = Files.readString(out.resolve("report.md"));
        assertTrue(md.contains("## Comparison of dynamics"), md);
        assertTrue(md.contains("| smith | players (0.333333, 0.333333, 0.333333) |"), md);
        assertTrue(md.contains("figures/compare-players.png"), md);
        assertTrue(Files.exists(out.resolve("figures/compare-players.svg")));
        List<String> rest = Files.readAllLines(out.resolve("compare-rest-points.csv"));
        assertTrue(rest.get(0).endsWith(",stability,nash,ess,basis,dynamics"), rest.get(0));
        assertTrue(rest.stream().anyMatch(l -> l.endsWith(",logit:eta=0.1")), rest.toString());
        assertTrue(Files.readString(out.resolve("report.json"))
                .contains("\"comparison\":[{\"dynamics\":{\"name\":\"replicator\"}"));
    }

    @Test
    void aBadNameIsRefusedWithTheCataloguesMessage(@TempDir Path tmp) {
        CommandLineTest.Run a = CommandLineTest.run(
                "analyze",
                SPEC,
                "--compare",
                "replicator,smiht",
                "--out",
                tmp.resolve("r").toString());
        assertEquals(2, a.code(), a.err());
        assertTrue(a.err().contains("--compare smiht: unknown dynamics 'smiht' (did you mean 'smith'?)"), a.err());
        assertTrue(a.err().contains("the dynamics are: replicator"), a.err());
        CommandLineTest.Run b = CommandLineTest.run("analyze", SPEC, "--compare", "smith", "--json");
        assertEquals(2, b.code(), b.err());
        assertTrue(b.err().contains("--compare draws figures"), b.err());
        CommandLineTest.Run c = CommandLineTest.run(
                "analyze",
                SPEC,
                "--compare",
                "logit:eta=-1",
                "--out",
                tmp.resolve("r").toString());
        assertEquals(2, c.code(), c.err());
        assertTrue(c.err().contains("--compare logit:eta=-1: "), c.err());
    }
}
