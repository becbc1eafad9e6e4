package org.egt4j.examples;

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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every notebook in {@code examples/notebooks} runs to the end (its own assertions included). */
class NotebooksTest {

    static Stream<Path> notebooks() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("notebooks"))) {
            List<Path> list =
                    s.filter(p -> p.toString().endsWith(".jsh")).sorted().toList();
            assertTrue(list.size() >= 6, "at least six notebooks");
            return list.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notebooks")
    void notebookRunsToTheEnd(Path notebook) throws IOException {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        boolean ok = JShellCommand.run(
                Files.readString(notebook),
                notebook.toString(),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertTrue(ok, err.toString(StandardCharsets.UTF_8));
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
