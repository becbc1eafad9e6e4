package org.egt4j.cli;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import jdk.jshell.Diag;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import org.egt4j.ModelException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code egt4j jshell FILE}: runs a JShell notebook to the end with egt4j on the class path and the
 * usual imports, and fails (status 1) at the first snippet that does not compile or throws, naming
 * its line. (The launcher script opens an interactive JShell when no file is given.)
 */
@Command(
        name = "jshell",
        mixinStandardHelpOptions = true,
        description = "Run a JShell notebook (.jsh) with egt4j on the class path.")
public final class JShellCommand implements Callable<Integer> {

    /** Imports every notebook starts with. */
    static final List<String> IMPORTS = List.of(
            "import java.nio.file.*;",
            "import java.util.*;",
            "import org.egt4j.*;",
            "import org.egt4j.expr.*;",
            "import org.egt4j.game.*;",
            "import org.egt4j.dynamics.*;",
            "import org.egt4j.ode.*;",
            "import org.egt4j.stability.*;",
            "import org.egt4j.analysis.*;",
            "import org.egt4j.spec.*;",
            "import org.egt4j.report.*;",
            "import org.egt4j.notebook.*;");

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "the notebook")
    Path file;

    @picocli.CommandLine.Option(
            names = "--print-imports",
            description = "print the notebook imports (used by the launcher for interactive JShell)")
    boolean printImports;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (printImports) {
            IMPORTS.forEach(spec.commandLine().getOut()::println);
            spec.commandLine().getOut().flush();
            return 0;
        }
        if (file == null) {
            throw new ModelException(
                    "no notebook given",
                    "write ./egt4j jshell FILE, or ./egt4j jshell alone for an interactive session");
        }
        checkInside(file, Path.of(""));
        String source;
        try {
            source = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ModelException(
                    "cannot read notebook " + file + ": " + e.getMessage(),
                    "check the path; notebooks are in examples/notebooks/");
        }
        return run(source, file.toString(), System.out, System.err) ? 0 : 1;
    }

    /**
     * Refuses a notebook that is missing or lies outside the folder it runs in (the project root when
     * started by {@code ./egt4j jshell}): its relative paths ({@code examples/games/...}, {@code out/...})
     * are read from that folder, so a notebook from elsewhere would silently read and write another
     * folder's files.
     *
     * @param notebook the notebook's path
     * @param folder the folder the notebook runs in
     * @throws ModelException when the notebook is missing or outside the folder
     */
    static void checkInside(Path notebook, Path folder) {
        Path real;
        Path base;
        try {
            base = folder.toAbsolutePath().toRealPath();
            real = notebook.toAbsolutePath().toRealPath();
        } catch (IOException | RuntimeException e) {
            throw new ModelException(
                    "notebook not found: " + notebook,
                    "give the path of a .jsh file, e.g. examples/notebooks/windmill.jsh");
        }
        if (!Files.isRegularFile(real)) {
            throw new ModelException(
                    "notebook " + notebook + " is not a file",
                    "give the path of a .jsh file, e.g. examples/notebooks/windmill.jsh");
        }
        if (!real.startsWith(base)) {
            throw new ModelException(
                    "notebook " + notebook + " is outside the folder it runs in, " + base,
                    "its relative paths (examples/games/..., out/...) are read from " + base
                            + ": copy the notebook into that folder (e.g. notebooks/), or run it from its own"
                            + " folder with java -cp ... org.egt4j.cli.Main jshell FILE");
        }
    }

    /**
     * Evaluates a notebook snippet by snippet in a local JShell with the current class path.
     *
     * @param source the notebook's text
     * @param name the notebook's name, used in error messages
     * @param out receives each snippet's output
     * @param err receives diagnostics and exceptions, with the snippet that failed
     * @return true when every snippet compiled and ran without an exception
     */
    public static boolean run(String source, String name, PrintStream out, PrintStream err) {
        try (JShell shell =
                JShell.builder().executionEngine("local").out(out).err(err).build()) {
            for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
                if (!entry.isBlank()) {
                    shell.addToClasspath(entry);
                }
            }
            for (String imp : IMPORTS) {
                shell.eval(imp);
            }
            SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
            String remaining = source;
            int consumed = 0;
            while (!remaining.isBlank()) {
                SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(remaining);
                String snippet = info.source();
                int line = 1
                        + (int) source.substring(0, consumed + leadingBlank(remaining))
                                .chars()
                                .filter(c -> c == '\n')
                                .count();
                if (snippet == null || info.completeness() == SourceCodeAnalysis.Completeness.DEFINITELY_INCOMPLETE) {
                    err.println(name + ":" + line + ": incomplete snippet at the end of the notebook");
                    return false;
                }
                for (SnippetEvent e : shell.eval(snippet)) {
                    if (e.status() == Snippet.Status.REJECTED) {
                        err.println(name + ":" + line + ": this snippet does not compile:");
                        shell.diagnostics(e.snippet())
                                .forEach((Diag d) -> err.println("  " + d.getMessage(java.util.Locale.ROOT)));
                        return false;
                    }
                    if (e.exception() != null) {
                        err.println(name + ":" + line + ": " + e.exception());
                        return false;
                    }
                }
                consumed += remaining.length() - info.remaining().length();
                remaining = info.remaining();
            }
            return true;
        }
    }

    private static int leadingBlank(String s) {
        int i = 0;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }
}
