package org.egt4j.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.egt4j.ModelException;
import org.egt4j.finite.FiniteGame;
import org.egt4j.finite.FinitePopulation;
import org.egt4j.finite.FiniteProcess;
import org.egt4j.finite.Fixation;
import org.egt4j.finite.FullChain;
import org.egt4j.finite.ProcessSettings;
import org.egt4j.finite.SmallMutation;
import org.egt4j.game.BoundGame;
import org.egt4j.game.Game;
import org.egt4j.game.Population;
import org.egt4j.report.Json;
import org.egt4j.report.JsonValue;
import org.egt4j.report.JsonValue.JsonObject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code egt4j finite SPEC [--process NAME] [--size N | --size POP=N,...] [--beta B | --w W] [--mu M]
 * [--set ...] [--json]}: fixation probabilities, the small-mutation limit, the gradient of selection and,
 * with μ &gt; 0 and one population within budget, the stationary distribution of the full chain (formulas
 * in docs/finite.md).
 */
@Command(
        name = "finite",
        mixinStandardHelpOptions = true,
        description = "Finite populations: fixation probabilities (log space, exact where rational), the"
                + " small-mutation limit, the gradient of selection and the full chain with mutation"
                + " (docs/finite.md).")
final class FiniteCommand implements Callable<Integer> {

    @Mixin
    GameOptions options;

    @Option(
            names = "--process",
            paramLabel = "NAME",
            description = "pairwise-comparison or moran (default: the spec's process:, else pairwise-comparison)")
    String process;

    @Option(
            names = "--size",
            paramLabel = "N|POP=N,...",
            description = "population sizes: one N for every population, or POP=N per population"
                    + " (default: the spec's process:, else 100)")
    String size;

    @Option(
            names = "--beta",
            paramLabel = "B",
            description = "selection strength of the pairwise comparison (default 1)")
    Double beta;

    @Option(
            names = "--w",
            paramLabel = "W",
            description = "intensity of selection of the Moran process, in [0, 1] (default 1)")
    Double w;

    @Option(
            names = "--mu",
            paramLabel = "M",
            description = "mutation probability in [0, 1] (default: the spec's, else 0)")
    Double mu;

    @Option(names = "--json", description = "print the result as JSON (shape in docs/finite.md)")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Game game = options.game();
        BoundGame bound = options.bound(game);
        ProcessSettings settings = options.gameSpec().process().orElse(ProcessSettings.DEFAULT);
        FiniteProcess p = process == null ? settings.process() : FiniteProcess.parse(process);
        double intensity = intensity(p, settings);
        double mu;
        try {
            mu = ProcessSettings.checkMu(this.mu == null ? settings.mu() : this.mu);
        } catch (ModelException e) {
            throw new ModelException("--mu: " + e.problem(), e.hint());
        }
        List<Population> pops = game.populations();
        int[] sizes = size == null ? settings.sizesOf(pops) : sizes(pops);
        JsonObject.Builder processJson = JsonObject.builder().put("name", p.id());
        JsonObject.Builder sizeJson = JsonObject.builder();
        for (int k = 0; k < pops.size(); k++) {
            sizeJson.put(pops.get(k).name(), sizes[k]);
        }
        processJson
                .put("size", sizeJson.build())
                .put(p.intensityName(), intensity)
                .put("mu", mu);
        JsonObject.Builder doc = JsonObject.builder().put("process", processJson.build());
        List<JsonValue> fixation = new ArrayList<>();
        SmallMutation sm;
        List<JsonValue> gradient = new ArrayList<>();
        FullChain chain = null;
        if (pops.size() == 1) {
            FinitePopulation fp = FinitePopulation.of(bound, p, sizes[0], intensity);
            Population pop = pops.get(0);
            for (Fixation f : fp.fixations()) {
                fixation.add(fixationJson(pop, f, null, pops).build());
            }
            sm = fp.smallMutation();
            if (pop.size() == 2) {
                double[] g = fp.gradient(0, 1);
                double[] ks = new double[g.length];
                for (int k = 0; k < ks.length; k++) {
                    ks[k] = k;
                }
                gradient.add(JsonObject.builder()
                        .put("population", pop.name())
                        .put("strategies", JsonValue.strings(pop.strategies()))
                        .put("k", JsonValue.numbers(ks))
                        .put("value", JsonValue.numbers(g))
                        .build());
            }
            if (mu > 0) {
                chain = FullChain.of(fp, mu);
            }
        } else {
            FiniteGame fg = FiniteGame.of(bound, p, sizes, intensity);
            for (FiniteGame.ProfileFixation pf : fg.fixations()) {
                fixation.add(fixationJson(pops.get(pf.population()), pf.fixation(), pf, pops)
                        .build());
            }
            sm = fg.smallMutation();
            if (mu > 0) {
                throw new ModelException(
                        "--mu " + mu + ": the full chain with mutation is computed for one population only",
                        "omit --mu for the small-mutation limit of several populations");
            }
        }
        doc.put("fixation", JsonValue.array(fixation));
        List<JsonValue> states = new ArrayList<>();
        for (int s = 0; s < sm.states().length; s++) {
            JsonObject.Builder profile = JsonObject.builder();
            for (int k = 0; k < pops.size(); k++) {
                profile.put(pops.get(k).name(), pops.get(k).strategies().get(sm.states()[s][k]));
            }
            states.add(JsonObject.builder()
                    .put("profile", profile.build())
                    .put("probability", sm.stationary()[s])
                    .put("log10", sm.logStationary()[s] / Math.log(10))
                    .build());
        }
        doc.put(
                "smallMutation",
                JsonObject.builder()
                        .put("states", JsonValue.array(states))
                        .put("transition", JsonValue.numbers(sm.transition()))
                        .build());
        doc.put("gradient", JsonValue.array(gradient));
        if (chain != null) {
            String name = pops.get(0).name();
            List<JsonValue> cs = new ArrayList<>();
            for (int t = 0; t < chain.counts().length; t++) {
                double[] c = new double[chain.strategies()];
                for (int i = 0; i < c.length; i++) {
                    c[i] = chain.counts()[t][i];
                }
                cs.add(JsonObject.builder()
                        .put(
                                "counts",
                                JsonObject.builder()
                                        .put(name, JsonValue.numbers(c))
                                        .build())
                        .put("probability", chain.stationary()[t])
                        .build());
            }
            doc.put(
                    "stationary",
                    JsonObject.builder()
                            .put("states", JsonValue.array(cs))
                            .put(
                                    "meanShares",
                                    JsonObject.builder()
                                            .put(name, JsonValue.numbers(chain.meanShares()))
                                            .build())
                            .put(
                                    "monomorphic",
                                    JsonObject.builder()
                                            .put(name, JsonValue.numbers(chain.monomorphicMass()))
                                            .build())
                            .build());
        }
        var out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.write(doc.build()));
        } else {
            text(out, pops, fixation.size(), sm, chain, game, sizes, p, intensity);
        }
        out.flush();
        return 0;
    }

    private static JsonObject.Builder fixationJson(
            Population pop, Fixation f, FiniteGame.ProfileFixation pf, List<Population> pops) {
        JsonObject.Builder b = JsonObject.builder()
                .put("population", pop.name())
                .put("mutant", pop.strategies().get(f.mutant()))
                .put("resident", pop.strategies().get(f.resident()));
        if (pf != null) {
            JsonObject.Builder background = JsonObject.builder();
            for (int k = 0; k < pops.size(); k++) {
                if (k != pf.population()) {
                    background.put(pops.get(k).name(), pops.get(k).strategies().get(pf.profile()[k]));
                }
            }
            b.put("background", background.build());
        }
        return b.put("probability", f.probability())
                .put("exact", f.exact() == null ? JsonValue.JsonNull.NULL : new JsonValue.JsonString(fraction(f)))
                .put("neutral", f.neutral())
                .put("log10", f.log10())
                .put("conditionalTime", f.conditionalTime())
                .put("unconditionalTime", f.unconditionalTime());
    }

    private static String fraction(Fixation f) {
        var e = f.exact();
        return e.getDenominator().equals(java.math.BigInteger.ONE)
                ? e.getNumerator().toString()
                : e.getNumerator() + "/" + e.getDenominator();
    }

    private double intensity(FiniteProcess p, ProcessSettings settings) {
        if (p == FiniteProcess.PAIRWISE_COMPARISON && w != null) {
            throw new ModelException("--w is the Moran intensity of selection", "the pairwise comparison takes --beta");
        }
        if (p == FiniteProcess.MORAN && beta != null) {
            throw new ModelException(
                    "--beta is the selection strength of the pairwise comparison", "the Moran process takes --w");
        }
        Double given = p == FiniteProcess.MORAN ? w : beta;
        double fallback = settings.process() == p ? settings.intensity() : p.defaultIntensity();
        return p.checkIntensity(given == null ? fallback : given);
    }

    private int[] sizes(List<Population> pops) {
        int[] sizes = new int[pops.size()];
        String text = size.trim();
        if (!text.contains("=")) {
            java.util.Arrays.fill(sizes, number(text));
            return sizes;
        }
        Map<String, Integer> given = new LinkedHashMap<>();
        for (String part : text.split(",", -1)) {
            int eq = part.indexOf('=');
            if (eq <= 0) {
                throw new ModelException(
                        "--size " + size + ": '" + part.trim() + "' is not POP=N",
                        "write e.g. --size firms=50,banks=20");
            }
            given.put(
                    part.substring(0, eq).trim(), number(part.substring(eq + 1).trim()));
        }
        for (int k = 0; k < pops.size(); k++) {
            Integer n = given.remove(pops.get(k).name());
            if (n == null) {
                throw new ModelException(
                        "--size " + size + ": no size for population '"
                                + pops.get(k).name() + "'",
                        "give every population a size, or one N for all");
            }
            sizes[k] = n;
        }
        if (!given.isEmpty()) {
            throw new ModelException(
                    "--size " + size + ": unknown population '"
                            + given.keySet().iterator().next() + "'",
                    "the populations are: "
                            + String.join(
                                    ", ", pops.stream().map(Population::name).toList()));
        }
        return sizes;
    }

    private int number(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new ModelException(
                    "--size " + size + ": '" + text + "' is not a whole number", "write e.g. --size 100");
        }
    }

    private static void text(
            java.io.PrintWriter out,
            List<Population> pops,
            int fixations,
            SmallMutation sm,
            FullChain chain,
            Game game,
            int[] sizes,
            FiniteProcess p,
            double intensity) {
        out.printf("%s, %s = %s, sizes %s%n", p.id(), p.intensityName(), intensity, java.util.Arrays.toString(sizes));
        out.println("small-mutation stationary distribution:");
        for (int s = 0; s < sm.states().length; s++) {
            StringBuilder b = new StringBuilder("  ");
            for (int k = 0; k < pops.size(); k++) {
                b.append(k == 0 ? "" : ", ")
                        .append(pops.get(k).name())
                        .append('=')
                        .append(pops.get(k).strategies().get(sm.states()[s][k]));
            }
            out.printf("%-40s %.6g  (log10 %.4f)%n", b, sm.stationary()[s], sm.logStationary()[s] / Math.log(10));
        }
        out.println(fixations + " fixation probabilities (use --json)");
        if (chain != null) {
            out.println("full chain: " + chain.counts().length + " states; mean shares "
                    + java.util.Arrays.toString(chain.meanShares()));
        }
    }
}
