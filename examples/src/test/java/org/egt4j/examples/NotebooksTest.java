package org.egt4j.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.egt4j.cli.JShellCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every notebook in {@code examples/notebooks} runs to the end (its own assertions included) through the
 * launcher, {@code ./egt4j jshell NOTEBOOK}, started from a folder outside the project with a relative
 * path to the notebook: the launcher runs notebooks in the project root, so their relative paths mean
 * the same from anywhere. A missing notebook and one outside the project are refused (exit 2).
 */
class NotebooksTest {

    /** The repository root (tests run in examples/). */
    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    static Stream<Path> notebooks() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("notebooks"))) {
            List<Path> list =
                    s.filter(p -> p.toString().endsWith(".jsh")).sorted().toList();
            assertTrue(list.size() >= 6, "at least six notebooks");
            return list.stream();
        }
    }

    record Launch(int code, String output) {}

    /** Runs the launcher in a folder on this test's class path (already built: no build inside the test). */
    static Launch launch(Path folder, String... args) throws IOException, InterruptedException {
        List<String> command =
                new java.util.ArrayList<>(List.of("bash", ROOT.resolve("egt4j").toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb =
                new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true);
        pb.environment().put("EGT4J_CLASSPATH", System.getProperty("java.class.path"));
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(5, java.util.concurrent.TimeUnit.MINUTES), "the launcher finished");
        return new Launch(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notebooks")
    void notebookRunsToTheEndFromAFolderOutsideTheProject(Path notebook, @TempDir Path elsewhere)
            throws IOException, InterruptedException {
        String relative =
                elsewhere.toRealPath().relativize(notebook.toRealPath()).toString();
        Launch r = launch(elsewhere, "jshell", relative);
        assertEquals(0, r.code(), r.output());
        try (Stream<Path> left = Files.list(elsewhere)) {
            assertEquals(List.of(), left.toList(), "nothing is written where the launcher was started");
        }
    }

    @Test
    void aMissingNotebookOrOneOutsideTheProjectIsRefused(@TempDir Path elsewhere)
            throws IOException, InterruptedException {
        Launch missing = launch(elsewhere, "jshell", "no-such-notebook.jsh");
        assertEquals(2, missing.code(), missing.output());
        assertTrue(missing.output().contains("notebook not found: no-such-notebook.jsh"), missing.output());
        Path mine = elsewhere.resolve("mine.jsh");
        Files.writeString(mine, "System.out.println(1);\n");
        Launch outside = launch(elsewhere, "jshell", "mine.jsh");
        assertEquals(2, outside.code(), outside.output());
        assertTrue(outside.output().contains("is outside the folder it runs in"), outside.output());
        assertFalse(outside.output().contains("\tat "), "no stack trace: " + outside.output());
    }

    @Test
    void aBrokenNotebookFailsAtItsLine() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        boolean ok = JShellCommand.run(
                "int a = 1;\n\nint b = a +;\n",
                "broken.jsh",
                new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertFalse(ok);
        assertTrue(
                err.toString(StandardCharsets.UTF_8).startsWith("broken.jsh:3: this snippet does not compile"),
                err.toString(StandardCharsets.UTF_8));
    }
}
