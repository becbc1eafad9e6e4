package org.egt4j.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.egt4j.finite.FiniteAnalysis;
import org.egt4j.finite.FiniteGame;
import org.egt4j.finite.FiniteProcess;
import org.egt4j.finite.ProcessSettings;
import org.egt4j.spec.SpecLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The finite-population section: its tables, CSV files and figures show the analysis' data (every
 * fixation probability in the CSV is the computed one, the invasion diagram has one labelled arrow per
 * ρ above 1/N, the stationary CSV sums to 1), for one population of three strategies and for two
 * populations.
 */
class FiniteReportTest {

    @TempDir
    Path tmp;

    static final String RPS =
            "name: rps\npopulations:\n  p: [R, P, S]\n" + "matrix:\n  - [1, 0, 3]\n  - [3, 1, 0]\n  - [0, 3, 1]\n";

    static final String BOS = "name: bos\npopulations:\n"
            + "  row: {strategies: [opera, football], share: x}\n"
            + "  column: {strategies: [opera, football], share: y}\n"
            + "payoffs:\n"
            + "  - {profile: [opera, opera], row: 2, column: 1}\n"
            + "  - {profile: [opera, football], row: 0, column: 0}\n"
            + "  - {profile: [football, opera], row: 0, column: 0}\n"
            + "  - {profile: [football, football], row: 1, column: 2}\n";

    @Test
    void onePopulationOfThreeStrategies() throws Exception {
        var game = SpecLoader.parse("rps.yaml", RPS).bind();
        FiniteAnalysis a = FiniteAnalysis.of(game, new ProcessSettings(FiniteProcess.MORAN, 12, Map.of(), 0.5, 0.05));
        FiniteReport r = new FiniteReport(a);
        List<Figures.Figure> figs = r.figures(tmp, Figures.chooseFamily(List.of("rps", "p", "R", "P", "S")));
        List<String> names = figs.stream().map(Figures.Figure::name).toList();
        assertEquals(
                List.of("finite-invasion", "finite-gradient", "finite-stationary-simplex", "finite-fixation-sweep"),
                names);
        for (String n : names) {
            assertTrue(Files.size(tmp.resolve(n + ".png")) > 1000, n);
            assertTrue(Files.size(tmp.resolve(n + ".svg")) > 1000, n);
        }
        long favoured = a.fixations().stream()
                .filter(f -> f.fixation().relativeToNeutral() > 1)
                .count();
        assertTrue(favoured > 0);
        FiniteFigures drawn = new FiniteFigures(new FiniteReport(a), tmp, "SansSerif");
        drawn.invasionDiagram();
        assertEquals(favoured, drawn.arrowLabels.size(), "one labelled arrow per favoured invasion");
        for (var f : a.fixations()) {
            if (f.fixation().relativeToNeutral() > 1) {
                assertTrue(drawn.arrowLabels.contains(
                        "Nρ = " + org.egt4j.Numbers.shortDecimal(f.fixation().relativeToNeutral(), 3)));
            }
        }
        Map<String, String> csv = r.csv();
        assertEquals(
                List.of(
                        "finite-fixation.csv",
                        "finite-small-mutation.csv",
                        "finite-gradient.csv",
                        "finite-fixation-sweep.csv",
                        "finite-stationary.csv"),
                List.copyOf(csv.keySet()));
        String[] rows = csv.get("finite-fixation.csv").split("\n");
        assertEquals(1 + a.fixations().size(), rows.length);
        for (int i = 0; i < a.fixations().size(); i++) {
            String[] cells = rows[i + 1].split(",");
            assertEquals(a.fixations().get(i).fixation().probability(), Double.parseDouble(cells[4]));
        }
        double sum = 0;
        String[] st = csv.get("finite-stationary.csv").split("\n");
        assertEquals(1 + 91, st.length, "C(14, 2) compositions of 12 into 3");
        for (int t = 1; t < st.length; t++) {
            String[] cells = st[t].split(",");
            sum += Double.parseDouble(cells[cells.length - 1]);
        }
        assertEquals(1, sum, 1e-12);
        // the sweep at the base intensity is the analysis' own fixation (w = 0.5 is the 11th of 0..1)
        String[] sweep = csv.get("finite-fixation-sweep.csv").split("\n");
        String atHalf = sweep[1 + 10 * a.fixations().size()];
        assertEquals(a.fixations().get(0).fixation().log10(), Double.parseDouble(atHalf.split(",")[3]), 1e-12);
        String md = r.markdown(figs);
        assertTrue(md.startsWith("\n## Finite population\n\nMoran birth-death process"), md);
        assertTrue(md.contains("### Full chain with mutation"), md);
        assertTrue(md.contains("(figures/finite-invasion.png)"), md);
        assertTrue(r.latex().contains("\\begin{tabular}{llrrr}"), r.latex());
        String json = Json.write(r.json());
        assertTrue(json.contains("\"monomorphic\":{\"p\":["), json);
    }

    @Test
    void twoPopulationsAndAChainOverBudget() throws Exception {
        var game = SpecLoader.parse("bos.yaml", BOS).bind();
        FiniteAnalysis a =
                FiniteAnalysis.of(game, new ProcessSettings(FiniteProcess.PAIRWISE_COMPARISON, 6, Map.of(), 1, 0.1));
        FiniteReport r = new FiniteReport(a);
        List<String> names =
                r.figures(tmp, "SansSerif").stream().map(Figures.Figure::name).toList();
        assertEquals(List.of("finite-invasion", "finite-stationary", "finite-fixation-sweep"), names);
        String json = Json.write(r.json());
        assertTrue(json.contains("\"pureProfiles\":[{\"profile\":{\"row\":\"opera\",\"column\":\"opera\"}"), json);
        assertTrue(r.markdown(List.of()).contains("| row | opera | football | column: opera |"));
        // the sweep covers every fixation of the several-population game: at β = 0 each is neutral,
        // ρ = 1/N (Nowak 2006, ch. 6), and at the analysis's β = 1 (the sweep's middle point, 2β·10/20) it
        // is the analysis's own fixation
        FiniteAnalysis.Sweep sw = a.sweep();
        assertEquals(a.fixations().size(), sw.curves().size());
        assertEquals(1.0, sw.intensities()[10], 0.0);
        for (int c = 0; c < sw.curves().size(); c++) {
            assertEquals(-Math.log10(6), sw.log10()[0][c], 1e-12, "neutral at beta = 0");
            assertEquals(a.fixations().get(c).fixation().log10(), sw.log10()[10][c], 1e-12);
        }
        String csv = r.csv().get("finite-fixation-sweep.csv");
        assertTrue(csv.startsWith("beta,population,mutant,resident,background,log10_probability,log10_relative"), csv);
        assertEquals(
                1 + sw.intensities().length * sw.curves().size(), csv.strip().split("\n").length);
        // over budget: the section says so and the rest stands
        FiniteAnalysis big =
                FiniteAnalysis.of(game, new ProcessSettings(FiniteProcess.PAIRWISE_COMPARISON, 1000, Map.of(), 1, 0.1));
        assertEquals(null, big.gameChain());
        String md = new FiniteReport(big).markdown(List.of());
        assertTrue(md.contains("over the budget of 100000"), md);
        assertEquals(4, big.smallMutation().states().length);
        assertTrue(big.fixations().stream().allMatch(FiniteReportTest::backgroundHeld));
    }

    private static boolean backgroundHeld(FiniteGame.ProfileFixation f) {
        return f.profile()[f.population()] == f.fixation().resident();
    }
}
