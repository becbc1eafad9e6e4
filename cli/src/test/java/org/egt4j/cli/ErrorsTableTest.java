package org.egt4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Keeps docs/errors.md true: every row of its table of refusals is run, and the exit status and the
 * message on stderr must be the documented ones, with no stack trace.
 */
class ErrorsTableTest {

    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    /** A row: {@code | `egt4j ARGS` | STATUS | `MESSAGE` |}. */
    private static final Pattern ROW = Pattern.compile("^\\| `egt4j ([^`]+)` \\| (\\d) \\| `([^`]+)` \\|$");

    static List<Arguments> rows() throws IOException {
        List<Arguments> rows = new ArrayList<>();
        for (String line : Files.readAllLines(ROOT.resolve("docs/errors.md"), StandardCharsets.UTF_8)) {
            Matcher m = ROW.matcher(line);
            if (m.matches()) {
                rows.add(Arguments.of(m.group(1), Integer.parseInt(m.group(2)), m.group(3)));
            }
        }
        return rows;
    }

    @TempDir
    Path tmp;

    @ParameterizedTest(name = "egt4j {0}")
    @MethodSource("rows")
    void everyDocumentedRefusalHappensAsDocumented(String command, int status, String message) throws IOException {
        Path thesis = tmp.resolve("my-thesis");
        Files.createDirectories(thesis);
        Files.writeString(thesis.resolve("thesis.tex"), "someone else's work");
        List<String> args = new ArrayList<>();
        String previous = "";
        for (String a : command.split(" ")) {
            if (previous.equals("--out")) {
                args.add(tmp.resolve(a).toString());
            } else if (a.startsWith("my-thesis/")) {
                // a file of someone else's, outside the project
                args.add(tmp.resolve(a).toString());
            } else if (a.startsWith("docs/") || a.startsWith("examples/")) {
                // the tests run in cli/: paths of the table are from the repository root
                args.add(ROOT.resolve(a).toString());
            } else {
                args.add(a);
            }
            previous = a;
        }
        CommandLineTest.Run r = CommandLineTest.run(args.toArray(String[]::new));
        assertEquals(status, r.code(), () -> "stderr: " + r.err());
        // paths were made absolute for the run; the table writes them from the repository root
        String err = r.err().replace(ROOT + java.io.File.separator, "");
        assertTrue(err.contains(message), () -> "stderr: " + r.err());
        assertFalse(r.err().contains("\tat "), () -> "a stack trace: " + r.err());
        assertEquals("someone else's work", Files.readString(thesis.resolve("thesis.tex")));
        try (Stream<Path> left = Files.list(tmp)) {
            assertEquals(
                    List.of("my-thesis"),
                    left.map(p -> p.getFileName().toString()).toList(),
                    "nothing written");
        }
    }

    @Test
    void theTableHasARowForEveryKindOfRefusal() throws IOException {
        List<Arguments> rows = rows();
        assertTrue(rows.size() >= 25, "rows parsed: " + rows.size());
        assertTrue(rows.stream().anyMatch(a -> (int) a.get()[1] == 3), "numerical failures are documented");
    }
}
