package org.egt4j.spark;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.api.java.JavaSparkContext;
import org.egt4j.ModelException;
import org.egt4j.NumericalException;
import org.egt4j.analysis.FullAnalysis;
import org.egt4j.expr.Canonicalizer;
import org.egt4j.expr.Scope;
import org.egt4j.report.Messages;
import org.egt4j.report.ReportAssembly;
import org.egt4j.report.ReportWriter;
import org.egt4j.spec.SpecLoader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The job's entry point: {@code spark-submit --class org.egt4j.spark.Main egt4j-spark-job.jar analyze
 * SPEC --out DIR [--set NAME=VALUE]... [--dynamics NAME[:KEY=VALUE,...]] [--budget KIND=N]} writes the
 * files of {@code egt4j analyze --out DIR} (the same bytes: report, JSON, CSV, figures), with the
 * manifest naming the Spark master and partition count; {@code basin-map SPEC --out DIR} the basins
 * at every cell of the spec's map grid ({@link SparkSweeps}); {@code sde SPEC --from STATE --time T
 * [--json|--csv]} prints what {@code egt4j sde} prints (and with {@code --out DIR} writes it with a
 * manifest); {@code finite SPEC --out DIR} writes {@code egt4j finite --json}'s document and the
 * fixation replicates run on Spark. Without {@code spark-submit}: {@code java -cp JOBJAR:SPARK_JARS
 * org.egt4j.spark.Main --master local[2] --partitions 7 analyze SPEC --out DIR}. Exit status 0 on
 * success, 2 for an error in the spec or the options or a plan over its budget (message and hint, no
 * stack trace, before any task runs), 3 for a numerical failure, 1 for an internal fault.
 *
 * <p>The run wrapper (exit statuses, messages) repeats the few lines of {@code org.egt4j.cli.Main}'s
 * handler instead of sharing them: this module does not depend on the cli (its picocli commands and
 * launcher stay out of the job jar), and the message format itself comes from {@link
 * ModelException}'s parts, which both print the same way.
 */
@Command(
        name = "egt4j-spark",
        mixinStandardHelpOptions = true,
        description = "egt4j analyses on Apache Spark (docs/cluster.md)",
        subcommands = {
            Main.Analyze.class,
            SparkCommands.BasinMapCommand.class,
            SparkCommands.SdeCommand.class,
            SparkCommands.FiniteCommand.class
        })
public final class Main implements Runnable {

    @Option(
            names = "--master",
            paramLabel = "URL",
            description = "the Spark master (default: the one spark-submit sets, else local[*])")
    String master;

    @Option(
            names = "--partitions",
            paramLabel = "N",
            description = "ranges each part is cut into (default: 4 x the default parallelism)")
    Integer partitions;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /**
     * A context that runs use instead of starting (and stopping) their own; set by tests, which share
     * one context because a JVM holds one Spark context at a time.
     */
    static volatile JavaSparkContext sharedContext;

    /** Makes runs use this context (null: their own). */
    static void share(JavaSparkContext context) {
        sharedContext = context;
    }

    /**
     * Runs the command and exits with its status.
     *
     * @param args {@code [--master URL] [--partitions N] analyze SPEC [options]}
     */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /**
     * Runs the command with the given streams.
     *
     * @param args {@code [--master URL] [--partitions N] analyze SPEC [options]}
     * @param out receives the summary
     * @param err receives errors and hints
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
                return 2;
            }
            if (ex instanceof NumericalException ne) {
                e.println("egt4j: numerical failure: " + ne.getMessage()
                        + (ne.hint().isEmpty() ? "" : "\n  hint: " + ne.hint()));
                return 3;
            }
            e.println("egt4j: internal error (please report it with the command and spec): " + ex);
            ex.printStackTrace(e);
            return 1;
        });
        int code = cl.execute(args);
        o.flush();
        e.flush();
        return code;
    }

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

    @Override
    public void run() {
        throw new CommandLine.ParameterException(
                spec.commandLine(), "a command is missing: analyze, basin-map, sde or finite SPEC ...");
    }

    /** {@code analyze SPEC [--set NAME=VALUE]... [--dynamics ...] [--out DIR] [--bom]}. */
    @Command(
            name = "analyze",
            mixinStandardHelpOptions = true,
            description = "the full report of egt4j analyze --out, computed on Spark")
    static final class Analyze implements Callable<Integer> {

        @CommandLine.ParentCommand
        Main parent;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", paramLabel = "SPEC", description = "the game spec (YAML)")
        Path specFile;

        @Option(names = "--set", paramLabel = "NAME=VALUE", description = "override a parameter (repeatable)")
        List<String> sets = List.of();

        @Option(names = "--dynamics", paramLabel = "NAME[:KEY=VALUE,...]", description = "the dynamic")
        String dynamics;

        @Option(names = "--out", paramLabel = "DIR", description = "the output directory (default out/NAME)")
        Path out;

        @Option(names = "--bom", description = "start CSV files with a UTF-8 byte-order mark (for Excel)")
        boolean bom;

        @Option(
                names = "--factor",
                description = "print the equations with common factors pulled out (also `analysis: {factor: true}`)")
        boolean factor;

        @Option(
                names = "--budget",
                paramLabel = "KIND=N",
                description = "raise or lower a budget, checked on the driver before any task: values, map-cells,"
                        + " basin-starts (those of egt4j analyze --budget)")
        List<String> budgets = new java.util.ArrayList<>();

        @Override
        public Integer call() {
            SparkBudget budget = SparkCommands.budget(budgets);
            byte[] bytes = read(specFile);
            String text = decode(bytes, specFile.toString());
            AnalysisPlan plan = AnalysisPlan.of(specFile.toString(), text, values("--set", sets, "NAME=VALUE"));
            if (dynamics != null) {
                plan = dynamics(plan, dynamics);
            }
            AnalysisPlan.Prepared prepared = plan.prepare(); // every error in the plan ends here, before Spark starts
            SpecLoader.GameSpec gameSpec = SpecLoader.parseSpec(specFile.toString(), text);
            budget.analysis().check(prepared.bound().game(), prepared.settings());
            Messages messages = Messages.of(gameSpec.language());
            Path dir = SparkCommands.outOrDefault(out, specFile);
            try (SparkCommands.SparkRun run =
                    SparkCommands.SparkRun.start(parent, "egt4j analyze " + specFile.getFileName())) {
                FullAnalysis full = SparkAnalysis.run(run.context(), plan, run.partitions(), phase -> {});
                StringBuilder command =
                        new StringBuilder(run.command("analyze")).append(' ').append(specFile);
                sets.forEach(s -> command.append(" --set ").append(s));
                if (dynamics != null) {
                    command.append(" --dynamics ").append(dynamics);
                }
                if (factor) {
                    command.append(" --factor");
                }
                command.append(" --out ").append(dir);
                // the sections the spec asks for, assembled as egt4j analyze --out does: the limit cycles (a few
                // trajectories), the stochastic ensembles and the finite chains run on the driver
                ReportWriter writer = ReportAssembly.writer(
                                gameSpec,
                                prepared.bound(),
                                full,
                                messages,
                                factor || gameSpec.factorEquations(),
                                Math.max(1, Runtime.getRuntime().availableProcessors()))
                        .withByteOrderMark(bom)
                        .withExecution(run.execution());
                List<String> files = writer.write(dir, command.toString(), bytes);
                var o = spec.commandLine().getOut();
                o.println("wrote " + files.size() + " files to " + dir + " (Spark "
                        + run.context().master() + ", " + run.partitions() + " partitions)");
                o.flush();
            }
            return 0;
        }

        static byte[] read(Path file) {
            try {
                return Files.readAllBytes(file);
            } catch (IOException e) {
                throw new ModelException(
                        "cannot read " + file + ": " + e.getMessage(), "check that the file exists and is readable");
            }
        }

        static String decode(byte[] bytes, String name) {
            try {
                return StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes))
                        .toString();
            } catch (CharacterCodingException e) {
                throw new ModelException(name + " is not valid UTF-8", "save the file as UTF-8");
            }
        }

        /** {@code --dynamics NAME[:KEY=VALUE,...]} applied to a plan. */
        static AnalysisPlan dynamics(AnalysisPlan plan, String text) {
            String t = text.trim();
            int colon = t.indexOf(':');
            String name = colon < 0 ? t : t.substring(0, colon).trim();
            Map<String, Double> values = colon < 0
                    ? Map.of()
                    : values(
                            "--dynamics " + text + ":",
                            List.of(t.substring(colon + 1).split(",", -1)),
                            "KEY=VALUE");
            try {
                AnalysisPlan p = plan.withDynamics(name, values);
                p.prepare();
                return p;
            } catch (ModelException e) {
                throw new ModelException("--dynamics " + text + ": " + e.problem(), e.hint());
            }
        }

        /** NAME=VALUE pairs with exact values (2.5, 1e-3, 1/3), each name once. */
        static Map<String, Double> values(String option, List<String> pairs, String form) {
            Map<String, Double> m = new LinkedHashMap<>();
            for (String s : pairs) {
                int eq = s.indexOf('=');
                if (eq <= 0) {
                    throw new ModelException(option + " " + s.trim() + ": expected " + form, "write e.g. S=2.5");
                }
                String name = s.substring(0, eq).trim();
                String value = s.substring(eq + 1).trim();
                double v;
                try {
                    v = new Canonicalizer(Scope.constants())
                            .canonical(value)
                            .constantValue()
                            .doubleValue();
                } catch (ModelException e) {
                    throw new ModelException(
                            option + " " + s.trim() + ": '" + value + "' is not a number",
                            "write a number such as 2.5, 1e-3 or 1/3");
                }
                if (m.put(name, v) != null) {
                    throw new ModelException(option + " " + name + " is given twice", "give each once");
                }
            }
            return m;
        }
    }
}
