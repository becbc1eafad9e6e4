package org.egt4j.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.egt4j.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The notebook and the command line assemble their reports through the one {@code
 * org.egt4j.report.ReportAssembly}, so a section reaches both: the limit cycles of bad rock–paper–scissors
 * below its Hopf point (examples/games/rock-paper-scissors-cycle.yaml), which the notebook's text once
 * left out, and the stochastic section of the noise example (examples/games/environmental-regulation-noise.yaml).
 */
class ReportAssemblyCallersTest {

    @TempDir
    Path dir;

    private static String cli(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theNotebooksTextHasTheLimitCyclesOfAnalyzeMarkdown() {
        String spec = "../examples/games/rock-paper-scissors-cycle.yaml";
        String text = Egt4j.load(spec).analyze().toString();
        assertEquals(cli("analyze", spec, "--markdown"), text);
        assertTrue(text.contains("## Limit cycles"), text);
    }

    @Test
    void theNotebooksReportHasTheStochasticSectionOfAnalyzeOut() throws IOException {
        String spec = "../examples/games/environmental-regulation-noise.yaml";
        Path mine = dir.resolve("notebook");
        Path theirs = dir.resolve("cli");
        Egt4j.load(spec).analyze().writeReport(mine);
        cli("analyze", spec, "--out", theirs.toString(), "--threads", "1");
        for (String f : new String[] {"report.md", "report.tex", "report.json", "sde-summary.csv"}) {
            assertEquals(Files.readString(theirs.resolve(f)), Files.readString(mine.resolve(f)), f);
        }
        assertTrue(Files.readString(mine.resolve("report.md")).contains("## Stochastic dynamics"));
    }
}
