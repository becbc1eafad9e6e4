package org.egt4j.notebook;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.egt4j.ModelException;
import org.egt4j.analysis.TrajectorySet;
import org.egt4j.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The notebook entry point gives what the command line gives, by a second route: {@code
 * Egt4j.load(SPEC).analyze()} prints exactly {@code egt4j analyze SPEC --markdown}, {@code
 * .writeReport(DIR)} writes the files of {@code analyze --out DIR} with the same data, {@code simulate}
 * and {@code field} the numbers of {@code simulate --json} and {@code field --json}.
 */
class Egt4jTest {

    static final String WINDMILL = "../examples/games/windmill.yaml";

    @TempDir
    Path dir;

    /** Runs the command line in this JVM, as CommandLineTest does, returning stdout. */
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
    void anAnalysisPrintsWhatAnalyzeMarkdownPrints() {
        String text = Egt4j.load(WINDMILL).analyze().toString();
        assertEquals(cli("analyze", WINDMILL, "--markdown"), text);
        assertTrue(text.contains("(adopt, passive, open, invest)"), text);
    }

    @Test
    void setIsLikeTheSetOption() {
        String text = Egt4j.load(WINDMILL).set("S", 1.5).analyze().toString();
        assertEquals(cli("analyze", WINDMILL, "--set", "S=1.5", "--markdown"), text);
        ModelException e =
                assertThrows(ModelException.class, () -> Egt4j.load(WINDMILL).set("Q", 1));
        assertTrue(e.getMessage().contains("unknown parameter 'Q'"), e.getMessage());
    }

    @Test
    void writeReportWritesTheFilesOfAnalyzeOut() throws IOException {
        Path mine = dir.resolve("mine");
        Path theirs = dir.resolve("theirs");
        List<String> files =
                Egt4j.load("../examples/games/hawk-dove.yaml").analyze().writeReport(mine);
        cli("analyze", "../examples/games/hawk-dove.yaml", "--out", theirs.toString());
        assertEquals(list(theirs), list(mine));
        assertTrue(files.contains("report.md"), files.toString());
        for (String f : List.of("report.json", "trajectories.csv")) {
            if (Files.exists(theirs.resolve(f))) {
                assertEquals(Files.readString(theirs.resolve(f)), Files.readString(mine.resolve(f)), f);
            }
        }
    }

    @Test
    void simulateAndFieldGiveTheNumbersOfTheCommands() {
        Egt4j.Model model = Egt4j.load("../examples/games/hawk-dove.yaml");
        TrajectorySet t = model.simulate("animals=0.2", 10);
        String json = cli("simulate", "../examples/games/hawk-dove.yaml", "--from", "animals=0.2", "--time", "10");
        double last = t.states()[0][t.times().length - 1][0];
        assertTrue(json.contains(Double.toString(last)), last + " in " + json);
        assertEquals(101, t.times().length);
        Egt4j.Field f = model.field("animals=0.2");
        String fieldJson = cli("field", "../examples/games/hawk-dove.yaml", "--at", "animals=0.2", "--json");
        assertTrue(fieldJson.contains(Double.toString(f.derivative()[0])), fieldJson);
        assertArrayEquals(new double[] {0.2}, f.state());
        assertEquals(
                "Egt4j.Field[coordinates=[animals.hawk], state=[0.2], derivative=[0.112], jacobian=[[0.18]]]",
                f.toString());
    }

    @Test
    void aMissingSpecIsTheCommandLinesRefusal() {
        ModelException e = assertThrows(ModelException.class, () -> Egt4j.load("no/such/spec.yaml"));
        assertTrue(e.getMessage().contains("file not found"), e.getMessage());
    }

    private static List<String> list(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile)
                    .map(p -> root.relativize(p).toString())
                    .sorted()
                    .toList();
        }
    }
}
