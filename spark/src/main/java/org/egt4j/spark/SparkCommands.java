package org.egt4j.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.egt4j.ModelException;
import org.egt4j.analysis.BasinMap;
import org.egt4j.finite.FiniteAnalysis;
import org.egt4j.finite.FinitePopulation;
import org.egt4j.finite.FixationSimulation;
import org.egt4j.finite.ProcessSettings;
import org.egt4j.game.BoundGame;
import org.egt4j.game.Game;
import org.egt4j.game.Population;
import org.egt4j.random.RandomStreams;
import org.egt4j.report.AtomicDirectory;
import org.egt4j.report.BasinMapCsv;
import org.egt4j.report.FiniteReport;
import org.egt4j.report.Json;
import org.egt4j.report.JsonValue;
import org.egt4j.report.SdeOutput;
import org.egt4j.sde.Noise;
import org.egt4j.sde.PathEnsemble;
import org.egt4j.sde.Scheme;
import org.egt4j.spec.SpecLoader;
import org.egt4j.spec.States;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The job's subcommands besides {@code analyze}: {@code basin-map}, {@code sde} and {@code finite},
 * and what every subcommand shares (the Spark context, the budget, the manifest). Each reads the spec
 * on the driver, builds its plan as data and refuses a bad or oversized plan there, before the
 * context runs any task.
 */
final class SparkCommands {

    private SparkCommands() {}

    /** {@code --budget KIND=N}... applied to the defaults. */
    static SparkBudget budget(List<String> assignments) {
        SparkBudget b = SparkBudget.DEFAULT;
        for (String a : assignments) {
            b = b.with(a);
        }
        return b;
    }

    /** {@code --out DIR}, else {@code out/NAME} (NAME the spec's file name without .yaml) with a suffix. */
    static Path outOrDefault(Path out, Path specFile, String suffix) {
        if (out != null) {
            return out;
        }
        Path name = specFile.getFileName();
        return Path.of(
                "out", (name == null ? "analysis" : name.toString()).replaceFirst("\\.(yaml|yml)$", "") + suffix);
    }

    /** {@code --out DIR}, else {@code out/NAME}, as {@code egt4j analyze} names it. */
    static Path outOrDefault(Path out, Path specFile) {
        return outOrDefault(out, specFile, "");
    }

    /**
     * The Spark context of one run: the shared one (tests) or one started for the run and stopped
     * after it, with the partition count of {@code --partitions} (default 4 × the default
     * parallelism).
     */
    static final class SparkRun implements AutoCloseable {
        private final Main parent;
        private final JavaSparkContext context;
        private final boolean own;
        private final int partitions;

        private SparkRun(Main parent, JavaSparkContext context, boolean own) {
            this.parent = parent;
            this.context = context;
            this.own = own;
            this.partitions = parent.partitions != null ? parent.partitions : 4 * context.defaultParallelism();
        }

        /** Starts (or takes the shared) context; refuses a partition count below 1 before that. */
        static SparkRun start(Main parent, String appName) {
            if (parent.partitions != null && parent.partitions < 1) {
                throw new ModelException(
                        "--partitions " + parent.partitions + " is not a partition count", "give 1 or more");
            }
            JavaSparkContext shared = Main.sharedContext;
            if (shared != null) {
                return new SparkRun(parent, shared, false);
            }
            SparkConf conf = new SparkConf().setAppName(appName);
            if (parent.master != null) {
                conf.setMaster(parent.master);
            } else if (!conf.contains("spark.master")) {
                conf.setMaster("local[*]");
            }
            if (conf.get("spark.master").startsWith("local")) {
                conf.setIfMissing("spark.ui.enabled", "false");
            }
            if (System.console() != null) {
                // progress on a terminal, as the cli's commands show it: Spark's own stage bar on stderr
                // (it reads the status tracker, not the web UI); never in pipes, where stderr is a log
                conf.setIfMissing("spark.ui.showConsoleProgress", "true");
            }
            return new SparkRun(parent, new JavaSparkContext(conf), true);
        }

        JavaSparkContext context() {
            return context;
        }

        int partitions() {
            return partitions;
        }

        /** The manifest's {@code "execution"}: engine, Spark version, master, partitions. */
        JsonValue.JsonObject execution() {
            return JsonValue.JsonObject.builder()
                    .put("engine", "spark")
                    .put("sparkVersion", context.version())
                    .put("master", context.master())
                    .put("partitions", partitions)
                    .build();
        }

        /** {@code egt4j-spark [--master URL] [--partitions N] SUBCOMMAND}, for the manifest. */
        String command(String subcommand) {
            StringBuilder command = new StringBuilder("egt4j-spark");
            if (parent.master != null) {
                command.append(" --master ").append(parent.master);
            }
            if (parent.partitions != null) {
                command.append(" --partitions ").append(parent.partitions);
            }
            return command.append(' ').append(subcommand).toString();
        }

        /** Says where the files went, with the master and partitions. */
        void wrote(CommandLine.Model.CommandSpec spec, int files, Path dir) {
            var o = spec.commandLine().getOut();
            o.println("wrote " + files + " files to " + dir + " (Spark " + context.master() + ", " + partitions
                    + " partitions)");
            o.flush();
        }

        @Override
        public void close() {
            if (own) {
                context.stop();
            }
        }
    }

    /**
     * The manifest of a run that is not a full report: versions, the spec's SHA-256, the parameters,
     * the seed with its generator, where it ran and the command.
     */
    static String manifest(
            String specSha256,
            BoundGame bound,
            String seedName,
            long seed,
            JsonValue.JsonObject settings,
            JsonValue.JsonObject execution,
            String command) {
        String v = SparkCommands.class.getPackage().getImplementationVersion();
        return Json.write(JsonValue.JsonObject.builder()
                        .put("egt4jVersion", v == null ? "development" : v)
                        .put("javaVersion", System.getProperty("java.version"))
                        .put("specSha256", specSha256)
                        .put("parameters", JsonValue.numbers(bound.parameterValues()))
                        .put("settings", settings)
                        .put(
                                "seeds",
                                JsonValue.JsonObject.builder()
                                        .put("generator", RandomStreams.GENERATOR)
                                        .put(seedName, seed)
                                        .build())
                        .put("execution", execution)
                        .put("command", command)
                        .build())
                + "\n";
    }

    /** Writes named texts into a directory through {@link AtomicDirectory} (never half-written). */
    static int write(Path dir, Map<String, String> files) {
        try {
            return AtomicDirectory.replace(dir, partial -> {
                for (Map.Entry<String, String> f : files.entrySet()) {
                    Files.writeString(partial.resolve(f.getKey()), f.getValue(), StandardCharsets.UTF_8);
                }
                return files.size();
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The options every spec-reading subcommand takes. */
    abstract static class SpecCommand implements Callable<Integer> {

        @CommandLine.ParentCommand
        Main parent;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", paramLabel = "SPEC", description = "the game spec (YAML)")
        Path specFile;

        @Option(names = "--set", paramLabel = "NAME=VALUE", description = "override a parameter (repeatable)")
        List<String> sets = List.of();

        @Option(
                names = "--budget",
                paramLabel = "KIND=N",
                description = "raise or lower a budget, checked on the driver before any task: values, map-cells,"
                        + " basin-starts, basin-map-starts (cells x starts, default 400000000), path-steps"
                        + " (paths x steps, default and most 4000000000)")
        List<String> budgets = new ArrayList<>();

        byte[] bytes;
        String text;
        SpecLoader.GameSpec gameSpec;

        /** Reads and parses the spec (refusing it with its place when it is wrong). */
        void load() {
            bytes = Main.Analyze.read(specFile);
            text = Main.Analyze.decode(bytes, specFile.toString());
            gameSpec = SpecLoader.parseSpec(specFile.toString(), text);
        }

        Map<String, Double> parameters() {
            return Main.Analyze.values("--set", sets, "NAME=VALUE");
        }

        /** The command line after the subcommand's name: the spec and the --set values. */
        StringBuilder command(SparkRun run, String name) {
            StringBuilder c = new StringBuilder(run.command(name)).append(' ').append(specFile);
            sets.forEach(s -> c.append(" --set ").append(s));
            return c;
        }
    }

    /** {@code basin-map SPEC [--set ...] [--dynamics ...] [--out DIR] [--budget basin-map-starts=N]}. */
    @Command(
            name = "basin-map",
            mixinStandardHelpOptions = true,
            description = "basins at every cell of the spec's map grid (map, mapResolution; basins starts per cell),"
                    + " cells computed on Spark; writes basin-map.csv and manifest.json")
    static final class BasinMapCommand extends SpecCommand {

        @Option(names = "--dynamics", paramLabel = "NAME[:KEY=VALUE,...]", description = "the dynamic")
        String dynamics;

        @Option(names = "--out", paramLabel = "DIR", description = "the output directory (default out/NAME-basin-map)")
        Path out;

        @Option(names = "--bom", description = "start the CSV file with a UTF-8 byte-order mark (for Excel)")
        boolean bom;

        @Override
        public Integer call() {
            SparkBudget budget = budget(budgets);
            load();
            AnalysisPlan plan = AnalysisPlan.of(specFile.toString(), text, parameters());
            if (dynamics != null) {
                plan = Main.Analyze.dynamics(plan, dynamics);
            }
            AnalysisPlan.Prepared p = plan.prepare();
            budget.checkBasinMap(p.bound().game(), p.settings());
            BasinMap.work(p.bound(), p.dynamics(), p.settings()); // its refusals, before Spark starts
            Path dir = outOrDefault(out, specFile, "-basin-map");
            try (SparkRun run = SparkRun.start(parent, "egt4j basin-map " + specFile.getFileName())) {
                BasinMap map = SparkSweeps.basinMap(run.context(), plan, run.partitions(), budget);
                StringBuilder command = command(run, "basin-map");
                if (dynamics != null) {
                    command.append(" --dynamics ").append(dynamics);
                }
                command.append(" --out ").append(dir);
                JsonValue.JsonObject settings = JsonValue.JsonObject.builder()
                        .put("dynamics", p.dynamics().name())
                        .put("axes", JsonValue.strings(List.of(map.xName(), map.yName())))
                        .put("resolution", map.xs().length)
                        .put("startsPerCell", map.startsPerCell())
                        .put("basinTime", map.timeLimit())
                        .put("rtol", p.settings().rtol())
                        .put("atol", p.settings().atol())
                        .build();
                Map<String, String> files = new java.util.LinkedHashMap<>();
                files.put("basin-map.csv", (bom ? "\uFEFF" : "") + BasinMapCsv.of(map));
                files.put(
                        "manifest.json",
                        manifest(
                                plan.specSha256(),
                                p.bound(),
                                "basins",
                                map.seed(),
                                settings,
                                run.execution(),
                                command.toString()));
                run.wrote(spec, write(dir, files), dir);
            }
            return 0;
        }
    }

    /**
     * {@code sde SPEC --from STATE --time T [--paths N] [--seed S] [--dt H] [--scheme NAME] [--samples
     * K] [--json|--csv] [--out DIR]}: the output of {@code egt4j sde} with the spec's noise, paths run
     * on Spark.
     */
    @Command(
            name = "sde",
            mixinStandardHelpOptions = true,
            description = "an SDE path ensemble under the spec's noise: block, paths computed on Spark; prints what"
                    + " egt4j sde prints, or writes sde.json, sde.csv and manifest.json with --out")
    static final class SdeCommand extends SpecCommand {

        /** How many paths the output lists whole, as {@code egt4j sde}. */
        static final int KEPT_PATHS = 5;

        @Option(names = "--from", required = true, paramLabel = "STATE", description = "start state POP=v,POP=v")
        String from;

        @Option(names = "--time", required = true, paramLabel = "T", description = "end time, positive")
        double time;

        @Option(names = "--paths", paramLabel = "N", description = "number of paths (default: the spec's, else 1000)")
        Integer paths;

        @Option(names = "--seed", paramLabel = "S", description = "seed of the paths' streams (default: the spec's)")
        Long seed;

        @Option(names = "--dt", paramLabel = "H", description = "largest step (default: the spec's, else 0.01)")
        Double dt;

        @Option(
                names = "--scheme",
                paramLabel = "NAME",
                description = "euler-maruyama or milstein (default: the spec's)")
        String scheme;

        @Option(
                names = "--samples",
                paramLabel = "K",
                defaultValue = "101",
                description = "sample times, evenly spaced on [0, T] (default: ${DEFAULT-VALUE})")
        int samples;

        static final class Format {
            @Option(names = "--json", description = "JSON, as egt4j sde --json (default)")
            boolean json;

            @Option(names = "--csv", description = "CSV, as egt4j sde --csv")
            boolean csv;
        }

        @ArgGroup(exclusive = true)
        Format format;

        @Option(
                names = "--out",
                paramLabel = "DIR",
                description = "write sde.json, sde.csv and manifest.json to DIR instead of printing")
        Path out;

        @Override
        public Integer call() {
            SparkBudget budget = budget(budgets);
            if (!(Double.isFinite(time) && time > 0)) {
                throw new ModelException(
                        "--time " + time + " is not a usable end time", "give a positive time such as 50");
            }
            if (samples < 2 || samples > 100_000) {
                throw new ModelException(
                        "--samples " + samples + " is out of range", "give between 2 and 100000 samples");
            }
            load();
            Game game = gameSpec.game();
            Noise noise = gameSpec.sde().noise();
            if (noise == null) {
                throw new ModelException(
                        specFile + " has no noise: block",
                        "add a `noise:` block to the spec (docs/sde.md); the Spark job takes the spec's noise");
            }
            if (paths != null && paths < 1) {
                throw new ModelException("--paths " + paths + " is not a number of paths", "give at least 1 path");
            }
            Scheme s;
            try {
                s = scheme != null ? Scheme.parse(scheme) : gameSpec.sde().scheme();
            } catch (ModelException e) {
                throw e.in("--scheme " + scheme);
            }
            double[] x0;
            try {
                x0 = States.parse(game, from);
            } catch (ModelException e) {
                throw e.in("--from " + from);
            }
            PathEnsemble.Settings settings = new PathEnsemble.Settings(
                    paths != null ? paths : gameSpec.sde().paths(),
                    dt != null ? dt : gameSpec.sde().dt(),
                    s,
                    seed != null ? seed : gameSpec.analysis().seed(),
                    samples,
                    KEPT_PATHS);
            PathsPlan plan = PathsPlan.of(specFile.toString(), text, parameters(), x0, time, samples)
                    .withSettings(settings);
            budget.checkPaths(settings, time);
            PathsPlan.Prepared p = plan.prepared(); // the ensemble's own refusals, before Spark starts
            try (SparkRun run = SparkRun.start(parent, "egt4j sde " + specFile.getFileName())) {
                PathEnsemble.Result r = SparkEnsembles.paths(run.context(), plan, run.partitions());
                String json = Json.write(SdeOutput.json(game, p.sde(), noise, r, s, settings.seed())) + "\n";
                String csv = SdeOutput.csv(game, r);
                if (out == null) {
                    var o = spec.commandLine().getOut();
                    o.print(format != null && format.csv ? csv : json);
                    o.flush();
                    return 0;
                }
                StringBuilder command = command(run, "sde")
                        .append(" --from ")
                        .append(from)
                        .append(" --time ")
                        .append(time);
                if (paths != null) {
                    command.append(" --paths ").append(paths);
                }
                if (seed != null) {
                    command.append(" --seed ").append(seed);
                }
                if (dt != null) {
                    command.append(" --dt ").append(dt);
                }
                if (scheme != null) {
                    command.append(" --scheme ").append(scheme);
                }
                command.append(" --samples ").append(samples).append(" --out ").append(out);
                JsonValue.JsonObject manifestSettings = JsonValue.JsonObject.builder()
                        .put("paths", settings.paths())
                        .put("dt", settings.dt())
                        .put("scheme", s.key())
                        .put("samples", samples)
                        .put("time", time)
                        .build();
                Map<String, String> files = new java.util.LinkedHashMap<>();
                files.put("sde.json", json);
                files.put("sde.csv", csv);
                files.put(
                        "manifest.json",
                        manifest(
                                plan.specSha256(),
                                game.bind(plan.parameters()),
                                "paths",
                                settings.seed(),
                                manifestSettings,
                                run.execution(),
                                command.toString()));
                run.wrote(spec, write(out, files), out);
            }
            return 0;
        }
    }

    /**
     * {@code finite SPEC [--set ...] [--runs N --mutant NAME --resident NAME] [--out DIR]}: the document
     * of {@code egt4j finite --json} (exact, on the driver) and, with {@code --runs}, that many fixation
     * replicates run on Spark.
     */
    @Command(
            name = "finite",
            mixinStandardHelpOptions = true,
            description = "the finite-population analysis of the spec's process: block (finite.json, as egt4j finite"
                    + " --json) and, with --runs, fixation replicates on Spark (fixation-simulation.json)")
    static final class FiniteCommand extends SpecCommand {

        @Option(
                names = "--runs",
                paramLabel = "N",
                description = "fixation replicates of one mutant among residents, run on Spark (one population)")
        Integer runs;

        @Option(names = "--mutant", paramLabel = "NAME", description = "the mutant strategy (default: the first)")
        String mutant;

        @Option(names = "--resident", paramLabel = "NAME", description = "the resident strategy (default: the second)")
        String resident;

        @Option(names = "--out", paramLabel = "DIR", description = "the output directory (default out/NAME-finite)")
        Path out;

        @Override
        public Integer call() {
            load();
            Game game = gameSpec.game();
            Map<String, Double> values = parameters();
            BoundGame bound = game.bind(values);
            ProcessSettings settings = gameSpec.process().orElse(ProcessSettings.DEFAULT);
            FiniteAnalysis analysis = FiniteAnalysis.of(bound, settings);
            String document = Json.write(new FiniteReport(analysis).json()) + "\n";
            FixationPlan plan = null;
            if (runs != null) {
                if (game.populations().size() != 1) {
                    throw new ModelException(
                            "--runs simulates one population, and " + game.name() + " has "
                                    + game.populations().size(),
                            "leave --runs out (finite.json has the exact results of every population)");
                }
                Population pop = game.populations().get(0);
                plan = FixationPlan.of(
                        specFile.toString(),
                        text,
                        values,
                        strategy(pop, "--mutant", mutant, 0),
                        strategy(pop, "--resident", resident, 1),
                        runs);
            }
            Path dir = outOrDefault(out, specFile, "-finite");
            try (SparkRun run = SparkRun.start(parent, "egt4j finite " + specFile.getFileName())) {
                Map<String, String> files = new java.util.LinkedHashMap<>();
                files.put("finite.json", document);
                StringBuilder command = command(run, "finite");
                if (plan != null) {
                    FixationSimulation.Estimate e = SparkEnsembles.fixation(run.context(), plan, run.partitions());
                    FinitePopulation population = plan.population();
                    Population pop = game.populations().get(0);
                    files.put(
                            "fixation-simulation.json",
                            Json.write(JsonValue.JsonObject.builder()
                                            .put("process", plan.process().id())
                                            .put("size", plan.size())
                                            .put("intensity", plan.intensity())
                                            .put("mutant", pop.strategies().get(plan.mutant()))
                                            .put("resident", pop.strategies().get(plan.resident()))
                                            .put("runs", e.runs())
                                            .put("seed", plan.seed())
                                            .put("fixed", e.fixed())
                                            .put("probability", e.probability())
                                            .put("ci95", JsonValue.numbers(new double[] {
                                                e.interval().lower(),
                                                e.interval().upper()
                                            }))
                                            .put("conditionalTime", e.conditionalTime())
                                            .put(
                                                    "exact",
                                                    population
                                                            .fixation(plan.mutant(), plan.resident())
                                                            .probability())
                                            .build())
                                    + "\n");
                    command.append(" --runs ").append(runs);
                    if (mutant != null) {
                        command.append(" --mutant ").append(mutant);
                    }
                    if (resident != null) {
                        command.append(" --resident ").append(resident);
                    }
                }
                command.append(" --out ").append(dir);
                JsonValue.JsonObject manifestSettings = JsonValue.JsonObject.builder()
                        .put("process", settings.process().id())
                        .put("intensity", settings.intensity())
                        .put("mu", settings.mu())
                        .build();
                files.put(
                        "manifest.json",
                        manifest(
                                AnalysisPlan.sha256(text),
                                bound,
                                "runs",
                                gameSpec.analysis().seed(),
                                manifestSettings,
                                run.execution(),
                                command.toString()));
                run.wrote(spec, write(dir, files), dir);
            }
            return 0;
        }

        private static int strategy(Population pop, String option, String name, int fallback) {
            if (name == null) {
                return fallback;
            }
            int i = pop.strategies().indexOf(name);
            if (i < 0) {
                throw new ModelException(
                        option + " " + name + ": " + pop.name() + " has no strategy '" + name + "'",
                        "give one of " + String.join(", ", pop.strategies()));
            }
            return i;
        }
    }
}
