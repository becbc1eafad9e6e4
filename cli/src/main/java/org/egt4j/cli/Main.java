package org.egt4j.cli;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.egt4j.ModelException;
import org.egt4j.NumericalException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the {@code egt4j} command. */
@Command(
        name = "egt4j",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description =
                "Evolutionary game theory: exact replicator equations, vector fields and stability of multi-population games.",
        subcommands = {
            AnalyzeCommand.class,
            EquationsCommand.class,
            FieldCommand.class,
            SimulateCommand.class,
            SdeCommand.class,
            LyapunovCommand.class,
            FiniteCommand.class,
            ExploreCommand.class,
            JShellCommand.class,
            CommandLine.HelpCommand.class
        },
        footer = {
            "",
            "Examples:",
            "  ./egt4j analyze examples/games/windmill.yaml",
            "  ./egt4j equations examples/games/windmill.yaml",
            "  ./egt4j field examples/games/windmill.yaml --at market=0.5,government=0.5,platform=0.5,capital=0.5 --json",
            "  ./egt4j simulate examples/games/windmill.yaml --from market=0.2,government=0.5,platform=0.5,capital=0.5 --time 50 --csv",
            "  ./egt4j sde examples/games/windmill.yaml --from market=0.2,government=0.5,platform=0.5,capital=0.5 --time 50 --noise multiplicative:sigma=0.5 --paths 1000"
        },
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:success",
            "1:internal fault (please report it with the command and spec)",
            "2:error in the game, the spec or the options (message and hint, no stack trace)",
            "3:numerical failure: an integration failed (step size underflow, non-finite state or field, step"
                    + " budget exhausted); the message gives the time, the state and the likely cause"
        })
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /**
     * Runs the command and exits with its status.
     *
     * @param args the command and its options, as in {@code egt4j help}
     */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /**
     * Runs the command with the given streams, writing UTF-8 whatever the platform charset.
     *
     * @param args the command and its options
     * @param out receives results
     * @param err receives errors, hints and progress
     * @return 0 on success, 2 for user errors, 3 for numerical failures, 1 for internal faults
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        PrintWriter o = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
        PrintWriter e = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(o);
        cl.setErr(e);
        cl.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
            if (ex instanceof ModelException me) {
                e.println(describe(me));
                e.flush();
                return 2;
            }
            if (ex instanceof NumericalException ne) {
                e.println(describe(ne));
                e.flush();
                return 3;
            }
            e.println("egt4j: internal error (please report it with the command and spec): " + ex);
            ex.printStackTrace(e);
            e.flush();
            return 1;
        });
        int code = cl.execute(args);
        o.flush();
        e.flush();
        return code;
    }

    /** The one-paragraph message for a user error: place, problem, excerpt, hint. */
    static String describe(ModelException e) {
        StringBuilder sb = new StringBuilder("egt4j: ");
        if (e.origin().isKnown()) {
            sb.append(e.origin()).append(": ");
        }
        sb.append(e.problem());
        if (!e.excerpt().isEmpty()) {
            sb.append('\n').append(e.excerpt());
        }
        if (!e.hint().isEmpty()) {
            sb.append("\n  hint: ").append(e.hint());
        }
        return sb.toString();
    }

    /** The one-paragraph message for a numerical failure: what failed, where, the likely cause. */
    static String describe(NumericalException e) {
        StringBuilder sb = new StringBuilder("egt4j: numerical failure: ").append(e.getMessage());
        if (!e.hint().isEmpty()) {
            sb.append("\n  hint: ").append(e.hint());
        }
        return sb.toString();
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is missing; see ./egt4j --help");
    }

    /** The version from the jar manifest (or "development"). */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {
                "egt4j " + (v == null ? "development" : v), "Java " + System.getProperty("java.version")
            };
        }
    }
}
