package org.egt4j.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.egt4j.ModelException;
import org.egt4j.expr.Canonicalizer;
import org.egt4j.expr.Scope;
import org.egt4j.game.BoundGame;
import org.egt4j.game.Game;
import org.egt4j.game.Population;
import org.egt4j.report.Json;
import org.egt4j.report.Messages;
import org.egt4j.report.Phrase;
import org.egt4j.report.SdeOutput;
import org.egt4j.sde.Noise;
import org.egt4j.sde.NoiseKind;
import org.egt4j.sde.PathEnsemble;
import org.egt4j.sde.ReplicatorSde;
import org.egt4j.sde.Scheme;
import org.egt4j.spec.SdeSettings;
import org.egt4j.spec.States;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code egt4j sde SPEC --from STATE --time T [--noise KIND:sigma=S | --noise KIND:POP=S,...] [--paths
 * N] [--seed S] [--dt H] [--scheme euler-maruyama|milstein] [--samples K] [--threads N] [--budget KIND=N]... [--set ...]
 * [--lang zh|en] [--json|--csv|--text]}:
 * an ensemble of paths of the replicator under noise ({@link PathEnsemble}), see docs/sde.md.
 */
@Command(
        name = "sde",
        mixinStandardHelpOptions = true,
        description = "Simulate paths of the replicator dynamics under noise (Ito SDE); print their statistics.")
final class SdeCommand implements Callable<Integer> {

    /** How many paths the output lists whole. */
    static final int KEPT_PATHS = 5;

    @Mixin
    GameOptions options;

    @Mixin
    LanguageOption language;

    @Option(names = "--from", required = true, paramLabel = "STATE", description = "start state POP=v,POP=v")
    String from;

    @Option(names = "--time", required = true, paramLabel = "T", description = "end time, positive")
    double time;

    @Option(
            names = "--noise",
            paramLabel = "KIND:sigma=S|KIND:POP=S,...",
            description = "multiplicative, logistic, payoff or finite-size noise, overriding the spec's noise: block; "
                    + "payoff noise takes one sigma per strategy as POP=s1:s2:..., finite-size noise a "
                    + "population size as finite-size:size=N or finite-size:POP=N,...")
    String noise;

    @Option(names = "--paths", paramLabel = "N", description = "number of paths (default: the spec's, else 1000)")
    Integer paths;

    @Option(names = "--seed", paramLabel = "S", description = "seed of the paths' random streams (default: the spec's)")
    Long seed;

    @Option(names = "--dt", paramLabel = "H", description = "largest step (default: the spec's, else 0.01)")
    Double dt;

    @Option(
            names = "--scheme",
            paramLabel = "NAME",
            description = "euler-maruyama or milstein (default: the spec's, else euler-maruyama)")
    String scheme;

    @Option(
            names = "--samples",
            paramLabel = "K",
            defaultValue = "101",
            description = "sample times, evenly spaced on [0, T] (default: ${DEFAULT-VALUE})")
    int samples;

    @Option(
            names = "--budget",
            paramLabel = "KIND=N",
            description = "raise or lower a budget, checked before any path starts: path-steps (paths x steps,"
                    + " default 4000000000), values (paths x samples x coordinates kept, default 50000000);"
                    + " docs/errors.md")
    List<String> budgets = new ArrayList<>();

    @Option(
            names = "--progress",
            description = "show the paths done on stderr even when it is not a terminal (shown on a terminal"
                    + " anyway; never on stdout)")
    boolean progress;

    @Option(
            names = "--threads",
            paramLabel = "N",
            description = "worker threads (default: all processors); the output does not depend on it")
    Integer threads;

    static final class Format {
        @Option(
                names = "--json",
                description = "JSON: {\"coordinates\", \"t\", \"mean\", \"std\", \"quantiles\", \"paths\","
                        + " \"absorbed\", \"boundaryHits\", \"noise\", \"scheme\", \"dt\", \"seed\"} (default)")
        boolean json;

        @Option(names = "--csv", description = "CSV: t, coordinate, mean, std, q05, q50, q95")
        boolean csv;

        @Option(
                names = "--text",
                description = "a summary in the report language (--lang zh|en, else the spec's language:): the"
                        + " noise model, the statistics at the end time, where paths end, boundary clips")
        boolean text;
    }

    @ArgGroup(exclusive = true)
    Format format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (options.dynamics != null
                && !(GameOptions.parseDynamics("--dynamics", options.dynamics)
                        instanceof org.egt4j.dynamics.ReplicatorDynamics)) {
            // the stochastic replicator equation has the replicator's drift: never simulate another one silently
            throw new ModelException(
                    "sde simulates the stochastic replicator equation, whose drift is the replicator's, but --dynamics "
                            + options.dynamics + " asks for another dynamic",
                    "drop --dynamics for sde (noise on the other dynamics is not built), or use simulate --dynamics "
                            + options.dynamics + " for its deterministic paths");
        }
        if (!(Double.isFinite(time) && time > 0)) {
            throw new ModelException("--time " + time + " is not a usable end time", "give a positive time such as 50");
        }
        if (samples < 2 || samples > 100_000) {
            throw new ModelException("--samples " + samples + " is out of range", "give between 2 and 100000 samples");
        }
        PathEnsemble.Budget budget = budget();
        Game game = options.game();
        SdeSettings fromSpec = options.gameSpec().sde();
        Noise n = noise == null ? fromSpec.noise() : parseNoise(game, noise);
        if (n == null) {
            throw new ModelException(
                    "no noise is given", "add --noise multiplicative:sigma=0.5 or a `noise:` block to the spec");
        }
        int p = paths != null ? paths : fromSpec.paths();
        double h = dt != null ? dt : fromSpec.dt();
        Scheme s;
        try {
            s = scheme != null ? Scheme.parse(scheme) : fromSpec.scheme();
        } catch (ModelException e) {
            throw e.in("--scheme " + scheme);
        }
        long sd = seed != null ? seed : options.gameSpec().analysis().seed();
        if (paths != null && p < 1) {
            throw new ModelException("--paths " + p + " is not a number of paths", "give at least 1 path");
        }
        if (!(h > 0 && h <= time)) {
            throw new ModelException(
                    "--dt " + h + " is not in (0, T] with T = " + time, "give e.g. --dt " + time / 1000);
        }
        BoundGame bound = options.bound(game);
        ReplicatorSde sde;
        try {
            sde = ReplicatorSde.of(bound, n);
        } catch (ModelException e) {
            throw noise != null ? e.in("--noise " + noise) : e;
        }
        double[] x0;
        try {
            x0 = States.parse(game, from);
        } catch (ModelException e) {
            throw e.in("--from " + from);
        }
        if (threads != null && threads < 1) {
            throw new ModelException("--threads " + threads + " is not a thread count", "give 1 or more");
        }
        int workers =
                threads != null ? threads : Math.max(1, Runtime.getRuntime().availableProcessors());
        ProgressBar bar = ProgressBar.of(progress, spec.commandLine().getErr(), "sde paths");
        PathEnsemble.Result r;
        try {
            r = PathEnsemble.run(
                    sde,
                    x0,
                    time,
                    new PathEnsemble.Settings(p, h, s, sd, samples, KEPT_PATHS),
                    org.egt4j.parallel.IndexRangeExecutor.local(workers, bar),
                    budget);
        } finally {
            if (bar != null) {
                bar.finish();
            }
        }
        var out = spec.commandLine().getOut();
        Messages m = language.messages(options.gameSpec()); // checked with --json and --csv too
        if (format != null && format.text) {
            out.print(summary(m, game, n, r, s, sd, p, time, from));
        } else if (format != null && format.csv) {
            out.print(SdeOutput.csv(game, r));
        } else {
            out.println(Json.write(SdeOutput.json(game, sde, n, r, s, sd)));
        }
        out.flush();
        return 0;
    }

    /** The default budget with every {@code --budget KIND=N} applied, in order. */
    private PathEnsemble.Budget budget() {
        PathEnsemble.Budget b = PathEnsemble.Budget.DEFAULT;
        for (String change : budgets) {
            b = b.with(change);
        }
        return b;
    }

    /** The --text summary: typed numbers into the catalogue's sentences, one per line. */
    private static String summary(
            Messages m,
            Game game,
            Noise n,
            PathEnsemble.Result r,
            Scheme s,
            long seed,
            int paths,
            double time,
            String from) {
        StringBuilder sb = new StringBuilder();
        sb.append(m.text(Phrase.SDE_LINE, paths, from, num(time), s.key(), num(r.step()), seed))
                .append('\n');
        sb.append(m.noiseModel(n.kind())).append('\n');
        int last = r.times().length - 1;
        sb.append(m.text(Phrase.SDE_AT, num(r.times()[last]))).append('\n');
        List<String> names = game.coordinateNames();
        for (int c = 0; c < names.size(); c++) {
            sb.append("  ")
                    .append(m.text(
                            Phrase.SDE_COORDINATE,
                            names.get(c),
                            num(r.mean()[last][c]),
                            num(r.std()[last][c]),
                            num(r.quantiles().get(1)[last][c]),
                            num(r.quantiles().get(0)[last][c]),
                            num(r.quantiles().get(2)[last][c])))
                    .append('\n');
        }
        if (r.absorbed().isEmpty()) {
            sb.append(m.text(Phrase.SDE_NONE_ABSORBED)).append('\n');
        }
        for (PathEnsemble.Absorption a : r.absorbed()) {
            sb.append(m.text(
                            Phrase.SDE_ABSORBED,
                            percent(a.fraction()),
                            profile(game, a.state()),
                            percent(a.ci95().lower()),
                            percent(a.ci95().upper())))
                    .append('\n');
        }
        if (r.boundaryHits() > 0) {
            sb.append(m.text(Phrase.SDE_BOUNDARY_HITS, r.boundaryHits())).append('\n');
        }
        return sb.toString();
    }

    private static String num(double v) {
        return org.egt4j.Numbers.shortDecimal(v, 4);
    }

    private static String percent(double v) {
        return String.format(java.util.Locale.ROOT, "%.1f%%", 100 * v);
    }

    /** A pure profile's label, e.g. (opera, football): each population's strategy of the largest share. */
    private static String profile(Game game, double[] reduced) {
        List<String> parts = new ArrayList<>();
        for (int k = 0; k < game.populations().size(); k++) {
            Population pop = game.populations().get(k);
            int best = pop.size() - 1;
            double rest = 1;
            double top = -1;
            for (int i = 0; i < pop.size() - 1; i++) {
                double v = reduced[game.offset(k) + i];
                rest -= v;
                if (v > top) {
                    top = v;
                    best = i;
                }
            }
            if (rest > top) {
                best = pop.size() - 1;
            }
            parts.add(pop.strategies().get(best));
        }
        return "(" + String.join(", ", parts) + ")";
    }

    /**
     * {@code KIND:sigma=S}, {@code KIND:POP=S,...}, {@code payoff:POP=s1:s2,...}, {@code
     * finite-size:size=N} or {@code finite-size:POP=N,...}.
     */
    static Noise parseNoise(Game game, String text) {
        String hint = "write e.g. --noise multiplicative:sigma=0.5 or --noise logistic:"
                + game.populations().get(0).name() + "=0.5,...";
        int colon = text.indexOf(':');
        if (colon < 0) {
            throw new ModelException("--noise " + text + ": no sigma is given", hint);
        }
        NoiseKind kind;
        try {
            kind = NoiseKind.parse(text.substring(0, colon));
        } catch (ModelException e) {
            throw e.in("--noise " + text);
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (String part : text.substring(colon + 1).split(",", -1)) {
            int eq = part.indexOf('=');
            if (eq <= 0) {
                throw new ModelException("--noise " + text + ": '" + part.trim() + "' is not KEY=VALUE", hint);
            }
            if (values.put(part.substring(0, eq).trim(), part.substring(eq + 1).trim()) != null) {
                throw new ModelException(
                        "--noise " + text + ": " + part.substring(0, eq).trim() + " is given twice", hint);
            }
        }
        try {
            if (kind == NoiseKind.FINITE_SIZE) {
                return finiteSize(game, text, values);
            }
            if (values.size() == 1 && values.containsKey("sigma")) {
                return Noise.uniform(kind, number(text, values.get("sigma")));
            }
            int pops = game.populations().size();
            for (String name : values.keySet()) {
                if (game.populations().stream().noneMatch(p -> p.name().equals(name))) {
                    throw new ModelException(
                            "--noise " + text + ": unknown population '" + name + "'",
                            "give sigma=S or one POP=S per population: "
                                    + String.join(
                                            ", ",
                                            game.populations().stream()
                                                    .map(Population::name)
                                                    .toList()));
                }
            }
            if (values.size() != pops) {
                throw new ModelException(
                        "--noise " + text + ": " + values.size() + " of " + pops + " populations have a sigma",
                        "give one POP=S per population");
            }
            boolean perStrategy = values.values().stream().anyMatch(v -> v.contains(":"));
            if (!perStrategy) {
                double[] s = new double[pops];
                for (int k = 0; k < pops; k++) {
                    s[k] = number(text, values.get(game.populations().get(k).name()));
                }
                return Noise.perPopulation(kind, s);
            }
            if (kind != NoiseKind.PAYOFF) {
                throw new ModelException(
                        "--noise " + text + ": one sigma per strategy is for payoff noise only",
                        "give one number per population");
            }
            double[][] s = new double[pops][];
            for (int k = 0; k < pops; k++) {
                String[] items = values.get(game.populations().get(k).name()).split(":", -1);
                s[k] = new double[items.length];
                for (int i = 0; i < items.length; i++) {
                    s[k][i] = number(text, items[i]);
                }
            }
            return Noise.perStrategy(s);
        } catch (ModelException e) {
            throw e.problem().startsWith("--noise")
                    ? e
                    : new ModelException("--noise " + text + ": " + e.problem(), e.hint());
        }
    }

    /** {@code finite-size:size=N} or {@code finite-size:POP=N,...}. */
    private static Noise finiteSize(Game game, String text, Map<String, String> values) {
        if (values.size() == 1 && values.containsKey("size")) {
            return Noise.finiteSize(number(text, values.get("size")));
        }
        if (values.containsKey("sigma")) {
            throw new ModelException(
                    "--noise " + text + ": finite-size noise takes a population size, not a sigma",
                    "write e.g. --noise finite-size:size=100");
        }
        List<String> names = game.populations().stream().map(Population::name).toList();
        double[] sizes = new double[names.size()];
        for (int k = 0; k < sizes.length; k++) {
            String v = values.get(names.get(k));
            if (v == null || values.size() != sizes.length) {
                throw new ModelException(
                        "--noise " + text + ": give one size for every population",
                        "write --noise finite-size:size=100 or finite-size:" + String.join("=100,", names) + "=100");
            }
            sizes[k] = number(text, v);
        }
        return Noise.finiteSize(sizes);
    }

    private static double number(String text, String value) {
        try {
            return new Canonicalizer(Scope.constants())
                    .canonical(value)
                    .constantValue()
                    .doubleValue();
        } catch (ModelException e) {
            throw new ModelException(
                    "--noise " + text + ": '" + value + "' is not a number", "write a number such as 0.5 or 1/3");
        }
    }
}
