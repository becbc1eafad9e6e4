package org.egt4j.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.egt4j.analysis.FullAnalysis;
import org.egt4j.game.BoundGame;
import org.egt4j.spec.SpecLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code report.tex} prints the equations of the dynamic analysed, not the replicator's: the
 * replicator–mutator's polynomial right-hand side, and for the logit dynamic (not polynomial) its formula
 * with the expected payoffs.
 */
class LatexEquationsTest {

    static final String STAG_HUNT = "name: Stag hunt\nparameters:\n  S: {value: 4}\n"
            + "populations:\n  hunters: {strategies: [stag, hare], share: x}\n"
            + "matrix: [[\"S\", \"0\"], [\"3\", \"3\"]]\n"
            + "analysis: {time: 4, samples: 6, basins: 20, seed: 3, sensitivityValues: 2}\n";

    private static String tex(String text, Path dir) throws Exception {
        SpecLoader.GameSpec spec = SpecLoader.parseSpec("stag.yaml", text);
        BoundGame bound = spec.game().bind();
        FullAnalysis a = FullAnalysis.of(bound, spec.dynamics(), spec.analysis(), 1, phase -> {});
        new ReportWriter(bound, a).write(dir, "egt4j analyze stag.yaml", text.getBytes(StandardCharsets.UTF_8));
        return Files.readString(dir.resolve("report.tex"));
    }

    /**
     * Page and Nowak (2002), two strategies, mutation μ to the other: ẋ = x·Sx·(1 − μ) + (1 − x)·3·μ −
     * x·(Sx² + 3(1 − x)), by hand at μ = 1/10: 3/10 − 33x/10 + (9S/10 + 3)x² − Sx³ (the replicator alone
     * would be x(1 − x)(Sx − 3)).
     */
    @Test
    void theReplicatorMutatorsEquationByHand(@TempDir Path tmp) throws Exception {
        String tex = tex(STAG_HUNT + "dynamics: {name: replicator-mutator, mu: 0.1}\n", tmp);
        assertTrue(
                tex.contains("\\frac{d x}{dt} &= \\frac{3}{10} - \\frac{33 x}{10}"
                        + " + \\left(\\frac{9 S}{10} + 3\\right) x^{2} - S x^{3}\n"),
                tex);
        assertFalse(tex.contains("x \\left(1 - x\\right)"), tex);
    }

    @Test
    void theLogitDynamicHasItsFormulaAndThePayoffs(@TempDir Path tmp) throws Exception {
        String tex = tex(STAG_HUNT + "dynamics: {name: logit, eta: 0.2}\n", tmp);
        assertTrue(tex.contains("% dx/dt = softmax(F(x)/eta) - x"), tex);
        assertTrue(
                tex.contains("\\begin{align*}\n  E_{\\text{hunters},\\text{stag}} &= S x \\\\\n"
                        + "  E_{\\text{hunters},\\text{hare}} &= 3\n\\end{align*}\n"),
                tex);
        assertFalse(tex.contains("\\frac{d x}{dt}"), "no replicator equation under logit: " + tex);
    }

    @Test
    void theReplicatorKeepsItsEquation(@TempDir Path tmp) throws Exception {
        String tex = tex(STAG_HUNT, tmp);
        assertTrue(tex.contains("\\frac{d x}{dt} &= x \\left(1 - x\\right) \\left(S x - 3\\right)\n"), tex);
    }
}
