package org.egt4j.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.egt4j.game.Parameter;
import org.egt4j.spec.SpecLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code egt4j explore} and the {@code explorer.html} of {@code analyze --out}: instead of a golden copy
 * (too brittle for generated script), the page is pinned as byte-identical across runs and thread counts,
 * the same from both commands, and naming every parameter of the spec.
 */
class ExplorerCommandTest {

    static final String WINDMILL =
            Path.of("..", "examples", "games", "windmill.yaml").toString();

    @TempDir
    Path dir;

    static Path page(CommandLineTest.Run r) {
        assertEquals(0, r.code(), r.err());
        Path p = Path.of(r.out().strip());
        assertTrue(Files.isRegularFile(p), r.out());
        assertEquals("explorer.html", p.getFileName().toString());
        return p;
    }

    @Test
    void explorePrintsThePathOfTheSamePageAsAnalyzeOutWritesEveryTime() throws Exception {
        Path first = page(CommandLineTest.run("explore", WINDMILL, "--no-open"));
        Path second = page(CommandLineTest.run("explore", WINDMILL, "--no-open"));
        assertFalse(first.equals(second), "each run writes into a new temporary folder");
        byte[] bytes = Files.readAllBytes(first);
        assertArrayEquals(bytes, Files.readAllBytes(second));
        CommandLineTest.Run a = CommandLineTest.run(
                "analyze", WINDMILL, "--out", dir.resolve("report").toString(), "--threads", "1");
        assertEquals(0, a.code(), a.err());
        assertArrayEquals(bytes, Files.readAllBytes(dir.resolve("report").resolve("explorer.html")));
        String html = Files.readString(first);
        for (Parameter p : SpecLoader.load(Path.of(WINDMILL)).parameters()) {
            assertTrue(html.contains("{\"name\":\"" + p.name() + "\","), p.name());
        }
        for (Path p : new Path[] {first, second}) {
            Files.delete(p);
            Files.delete(p.getParent());
        }
    }

    @Test
    void withoutADesktopExploreStillSucceedsAndPrintsThePath() throws Exception {
        // the test JVM has no desktop browser (headless): opening is skipped or fails quietly
        CommandLineTest.Run r = CommandLineTest.run("explore", WINDMILL, "--set", "S=0.5", "--lang", "zh");
        Path p = page(r);
        String html = Files.readString(p);
        assertTrue(html.contains("<html lang=\"zh\">"));
        assertTrue(html.contains(
                "\"name\":\"S\",\"meaning\":\"government subsidy per adopting enterprise\",\"value\":0.5,"));
        Files.delete(p);
        Files.delete(p.getParent());
    }

    /**
     * Under best response (refused before this branch) {@code explore} writes the page that follows the exact
     * paths, byte-identical across runs, in English and Chinese (zero-sum rock–paper–scissors, whose analysis
     * integration of the inclusion's jumping field failed after a million steps), and for payoffs of share
     * degree 2; payoffs the Java's exact paths do not take (degree above 32) are refused with exit 2 as {@code
     * simulate} refuses them.
     */
    @Test
    void exploreRunsUnderBestResponse() throws Exception {
        String rps =
                Path.of("..", "examples", "games", "rock-paper-scissors.yaml").toString();
        Path first = page(CommandLineTest.run("explore", rps, "--dynamics", "best-response", "--no-open"));
        Path second = page(CommandLineTest.run("explore", rps, "--dynamics", "best-response", "--no-open"));
        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
        String html = Files.readString(first);
        assertTrue(html.contains("\"bestResponse\":true"), html);
        assertTrue(html.contains("function payoffs(c, x, f) {"));
        Path zh = page(CommandLineTest.run("explore", rps, "--dynamics", "best-response", "--lang", "zh", "--no-open"));
        assertTrue(Files.readString(zh).contains("最优反应动态"));
        for (Path p : new Path[] {first, second, zh}) {
            Files.delete(p);
            Files.delete(p.getParent());
        }
        // payoffs of share degree 2 (a three-population fitness game) are followed as the Java follows them
        String knowledge = Path.of("..", "examples", "games", "knowledge.yaml").toString();
        CommandLineTest.Run r = CommandLineTest.run("explore", knowledge, "--dynamics", "best-response", "--no-open");
        assertEquals(0, r.code(), r.err());
        Path p = page(r);
        assertTrue(Files.readString(p).contains("\"degree\":2"));
        Files.delete(p);
        Files.delete(p.getParent());
        // beyond the Java's largest share degree the page is refused as simulate refuses it
        String steep = Path.of("..", "docs", "errors", "steep-fitness.yaml").toString();
        CommandLineTest.Run refused = CommandLineTest.run("explore", steep, "--dynamics", "best-response", "--no-open");
        assertEquals(2, refused.code(), refused.err());
        assertTrue(
                refused.err()
                        .contains("exact best-response paths need payoffs polynomial in the shares of degree at most"),
                refused.err());
        assertFalse(refused.err().contains("\tat "), refused.err());
    }

    @Test
    void aMissingSpecIsRefusedWithExitTwoAndNoStackTrace() {
        CommandLineTest.Run r =
                CommandLineTest.run("explore", dir.resolve("missing.yaml").toString(), "--no-open");
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().startsWith("egt4j: "), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
    }
}
