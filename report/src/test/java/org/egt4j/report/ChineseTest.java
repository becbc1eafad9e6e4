package org.egt4j.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.egt4j.analysis.FullAnalysis;
import org.egt4j.game.BoundGame;
import org.egt4j.spec.SpecLoader;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Chinese models end to end: names in every output, figures in a CJK font, CSV for Excel, ctex LaTeX. */
class ChineseTest {

    static final String SPEC = "name: 政府与企业\n"
            + "parameters:\n  补贴: {value: 2, min: 0, max: 4, meaning: 政府补贴}\n  α: {value: 0.5, min: 0, max: 1}\n"
            + "populations:\n  政府: {strategies: [积极监管, 消极监管], share: y}\n  企业: {strategies: [合作, 不合作], share: x}\n"
            + "fitness:\n  政府: {积极监管: \"3*x - 补贴*x\", 消极监管: \"0\"}\n  企业: {合作: \"补贴*y + α - 1\", 不合作: \"0\"}\n"
            + "analysis: {time: 10, samples: 11, basins: 100, mapResolution: 5, sensitivityValues: 2}\n";

    static List<String> write(Path dir, boolean bom) {
        SpecLoader.GameSpec spec = SpecLoader.parseSpec("zh.yaml", SPEC);
        BoundGame bound = spec.game().bind();
        FullAnalysis a = FullAnalysis.of(bound, spec.analysis(), 2, phase -> {});
        return new ReportWriter(bound, a)
                .withByteOrderMark(bom)
                .write(dir, "egt4j analyze zh.yaml", SPEC.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void namesSurviveInMarkdownJsonAndCsvAndExcelGetsAByteOrderMark(@TempDir Path tmp) throws Exception {
        write(tmp, true);
        String md = Files.readString(tmp.resolve("report.md"));
        assertTrue(md.contains("| 政府 | 积极监管, 消极监管 | y |") && md.contains("| 补贴 | 政府补贴 | 2 | [0, 4] |"), md);
        assertTrue(Files.readString(tmp.resolve("report.json")).contains("\"strategies\":[\"积极监管\",\"消极监管\"]"));
        byte[] csv = Files.readAllBytes(tmp.resolve("vertices.csv"));
        assertEquals((byte) 0xEF, csv[0]);
        assertEquals((byte) 0xBB, csv[1]);
        assertEquals((byte) 0xBF, csv[2]);
        assertTrue(new String(csv, StandardCharsets.UTF_8).contains("(积极监管, 合作)"));
        assertTrue(Files.readString(tmp.resolve("report.tex")).contains("\\alpha"), "Greek names are LaTeX commands");
    }

    @Test
    void figuresUseAFontWithChineseGlyphsOrSayWhichPackageProvidesOne(@TempDir Path tmp) throws Exception {
        List<String> labels = List.of("政府与企业", "积极监管", "消极监管", "合作", "不合作", "补贴");
        String family = Figures.chooseFamily(labels);
        Figures figures = new Figures(SpecLoader.parse("zh.yaml", SPEC), tmp);
        if (family == null) {
            assertTrue(figures.fontWarning().contains("fonts-noto-cjk"), figures.fontWarning());
            write(tmp.resolve("report"), false);
            assertTrue(Files.readString(tmp.resolve("report/report.md")).contains("fonts-noto-cjk"));
        } else {
            assertEquals("", figures.fontWarning());
            java.awt.Font f = new java.awt.Font(figures.family(), java.awt.Font.PLAIN, 12);
            for (String l : labels) {
                assertEquals(-1, f.canDisplayUpTo(l), "glyphs of " + l + " in " + figures.family());
            }
            List<String> files = write(tmp.resolve("report"), false);
            assertTrue(files.contains("figures/time-series-政府.png"), files.toString());
        }
    }

    @Test
    void latexFragmentsCompileWithXelatexAndCtex(@TempDir Path tmp) throws Exception {
        boolean xelatex =
                new ProcessBuilder("sh", "-c", "command -v xelatex").start().waitFor() == 0;
        Assumptions.assumeTrue(
                xelatex, "xelatex is not installed (apt-get install texlive-xetex texlive-lang-chinese)");
        write(tmp, false);
        Files.writeString(
                tmp.resolve("main.tex"),
                "\\documentclass{ctexart}\n\\usepackage{amsmath,booktabs}\n\\begin{document}\n\\input{report.tex}\n\\end{document}\n");
        Process p = new ProcessBuilder("xelatex", "-interaction=nonstopmode", "main.tex")
                .directory(tmp.toFile())
                .redirectErrorStream(true)
                .start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), log);
    }
}
