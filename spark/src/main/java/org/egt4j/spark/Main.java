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
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.egt4j.ModelException;
import org.egt4j.NumericalException;
import org.egt4j.analysis.FullAnalysis;
import org.egt4j.expr.Canonicalizer;
import org.egt4j.expr.Scope;
import org.egt4j.report.JsonValue;
import org.egt4j.report.ReportWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The job's entry point: {@code spark-submit --class org.egt4j.spark.Main egt4j-spark-job.jar analyze
 * SPEC --out DIR [--set NAME=VALUE]... [--dynamics NAME[:KEY=VALUE,...]]} writes the files of {@code
 * egt4j analyze --out DIR} (the same bytes: report, JSON, CSV, figures), with the manifest naming the
 * Spark master and partition count. Without {@code spark-submit}: {@code java -cp JOBJAR:SPARK_JARS
 * org.egt4j.spark.Main --master local[2] --partitions 7 analyze SPEC --out DIR}. Exit status 0 on
 * success, 2 for an error in the spec or the options (message and hint, no stack trace), 3 for a
 * numerical failure, 1 for an internal fault.
 */
@Command(
        name = "egt4j-spark",
        mixinStandardHelpOptions = true,
        description = "egt4j analyses on Apache Spark (docs/cluster.md)",
        subcommands = {Main.Analyze.class})
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
    private static volatile JavaSparkContext sharedContext;

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
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is missing: analyze SPEC --out DIR");
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

        @Override
        public Integer call() {
            if (parent.partitions != null && parent.partitions < 1) {
                throw new ModelException(
                        "--partitions " + parent.partitions + " is not a partition count", "give 1 or more");
            }
            byte[] bytes = read(specFile);
            String text = decode(bytes, specFile.toString());
            AnalysisPlan plan = AnalysisPlan.of(specFile.toString(), text, values("--set", sets, "NAME=VALUE"));
            if (dynamics != null) {
                plan = dynamics(plan, dynamics);
            }
            AnalysisPlan.Prepared prepared = plan.prepare(); // every error in the plan ends here, before Spark starts
            Path dir = out;
            if (dir == null) {
                Path name = specFile.getFileName();
                dir = Path.of("out", (name == null ? "analysis" : name.toString()).replaceFirst("\\.(yaml|yml)$", ""));
            }
            SparkConf conf = new SparkConf().setAppName("egt4j analyze " + specFile.getFileName());
            if (parent.master != null) {
                conf.setMaster(parent.master);
            } else if (!conf.contains("spark.master")) {
                conf.setMaster("local[*]");
            }
            if (conf.get("spark.master").startsWith("local")) {
                conf.setIfMissing("spark.ui.enabled", "false");
            }
            JavaSparkContext shared = sharedContext;
            JavaSparkContext context = shared != null ? shared : new JavaSparkContext(conf);
            try {
                int partitions = parent.partitions != null ? parent.partitions : 4 * context.defaultParallelism();
                FullAnalysis full = SparkAnalysis.run(context, plan, partitions, phase -> {});
                StringBuilder command = new StringBuilder("egt4j-spark");
                if (parent.master != null) {
                    command.append(" --master ").append(parent.master);
                }
                if (parent.partitions != null) {
                    command.append(" --partitions ").append(parent.partitions);
                }
                command.append(" analyze ").append(specFile);
                sets.forEach(s -> command.append(" --set ").append(s));
                if (dynamics != null) {
                    command.append(" --dynamics ").append(dynamics);
                }
                command.append(" --out ").append(dir);
                JsonValue.JsonObject execution = JsonValue.JsonObject.builder()
                        .put("engine", "spark")
                        .put("sparkVersion", context.version())
                        .put("master", context.master())
                        .put("partitions", partitions)
                        .build();
                ReportWriter writer = new ReportWriter(prepared.bound(), full)
                        .withByteOrderMark(bom)
                        .withExecution(execution);
                List<String> files = writer.write(dir, command.toString(), bytes);
                var o = spec.commandLine().getOut();
                o.println("wrote " + files.size() + " files to " + dir + " (Spark " + context.master() + ", "
                        + partitions + " partitions)");
                o.flush();
            } finally {
                if (shared == null) {
                    context.stop();
                }
            }
            return 0;
        }

        private static byte[] read(Path file) {
            try {
                return Files.readAllBytes(file);
            } catch (IOException e) {
                throw new ModelException(
                        "cannot read " + file + ": " + e.getMessage(), "check that the file exists and is readable");
            }
        }

        private static String decode(byte[] bytes, String name) {
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
        private static AnalysisPlan dynamics(AnalysisPlan plan, String text) {
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
        private static Map<String, Double> values(String option, List<String> pairs, String form) {
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
