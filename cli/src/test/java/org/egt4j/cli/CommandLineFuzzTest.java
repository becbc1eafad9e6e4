package org.egt4j.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Coverage-guided fuzzing (Jazzer) of the command line. An input is one argument per line; {@code
 * @NAME} stands for {@code examples/games/NAME.yaml} and {@code !NAME} for {@code docs/errors/NAME.yaml}.
 * The corpus ({@code CommandLineFuzzTestInputs/}) holds every command of docs/errors.md that writes no
 * directory and one analysis of every example. Properties: never an internal fault (exit 1), never a
 * stack trace on stderr, a refusal (exit 2) or numerical failure (exit 3) says something on stderr, and
 * every input finishes within {@link #LIMIT_SECONDS}. Inputs that would write files ({@code --out},
 * the report default of {@code analyze} without a format, {@code explore}) or start JShell are skipped.
 */
class CommandLineFuzzTest {

    /** A stack-trace frame: "\tat package.Class.method(File.java:12)" at the start of a line. */
    static final java.util.regex.Pattern STACK_FRAME = java.util.regex.Pattern.compile(
            "(?m)^\\s+at [\\w$.]+\\((?:[\\w$]+\\.java:\\d+|Native Method|Unknown Source)\\)");

    /**
     * The per-input time limit, a hang detector (generous: some accepted requests integrate for a
     * while): 30 s when the corpus is replayed, {@code fuzz.inputSeconds} (300 in {@code -Pfuzz}) while
     * fuzzing, where coverage instrumentation makes accepted large chains about 20 times slower.
     */
    static final long LIMIT_SECONDS = Long.getLong("fuzz.inputSeconds", 30);

    @FuzzTest(maxDuration = "2m")
    void anyArgumentsAreRunOrRefusedWithoutAFault(byte[] data) {
        List<String> args = new ArrayList<>();
        for (String a : new String(data, StandardCharsets.UTF_8).split("\n", -1)) {
            // by string, not Path.resolve: a fuzzed name may hold characters no path may (NUL), and
            // refusing them is the command line's job, not the harness's
            if (a.startsWith("@")) {
                args.add(ErrorsTableTest.ROOT + "/examples/games/" + a.substring(1) + ".yaml");
            } else if (a.startsWith("!")) {
                args.add(ErrorsTableTest.ROOT + "/docs/errors/" + a.substring(1) + ".yaml");
            } else {
                args.add(a);
            }
        }
        if (writesFiles(args)) {
            return;
        }
        CommandLineTest.Run r = withinLimit(args.toArray(String[]::new));
        assertNotEquals(1, r.code(), () -> "an internal fault for " + args + ":\n" + r.err());
        // a frame line, not merely "\tat ": a refusal may echo a fuzzed argument holding a tab and "at"
        assertFalse(STACK_FRAME.matcher(r.err()).find(), () -> "a stack trace for " + args + ":\n" + r.err());
        if (r.code() != 0) {
            assertFalse(r.err().isBlank(), () -> "a silent refusal for " + args);
        }
    }

    private static boolean writesFiles(List<String> args) {
        boolean analyze = false;
        boolean format = false;
        for (String a : args) {
            // explore writes a page into a new temporary folder and may open a browser
            if (a.startsWith("--out") || a.contains("jshell") || a.startsWith("-o") || a.contains("explore")) {
                return true;
            }
            analyze |= a.equals("analyze");
            format |= a.startsWith("--json")
                    || a.startsWith("--latex")
                    || a.startsWith("--markdown")
                    || a.startsWith("--help")
                    || a.startsWith("-h")
                    || a.startsWith("--version")
                    || a.startsWith("-V");
        }
        // analyze without a format writes the full report to out/NAME/
        return analyze && !format;
    }

    private static CommandLineTest.Run withinLimit(String[] args) {
        ExecutorService one = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "fuzz-input");
            t.setDaemon(true);
            return t;
        });
        try {
            Future<CommandLineTest.Run> run = one.submit(() -> CommandLineTest.run(args));
            return run.get(LIMIT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new AssertionError("took longer than " + LIMIT_SECONDS + " s: " + List.of(args));
        } catch (ExecutionException e) {
            throw new AssertionError("Main.run threw " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail("interrupted");
            return null;
        } finally {
            one.shutdownNow();
        }
    }
}
