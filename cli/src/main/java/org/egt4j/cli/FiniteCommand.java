package org.egt4j.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.egt4j.ModelException;
import org.egt4j.finite.Absorption;
import org.egt4j.finite.FiniteAnalysis;
import org.egt4j.finite.FiniteBudget;
import org.egt4j.finite.FiniteGame;
import org.egt4j.finite.FinitePopulation;
import org.egt4j.finite.FiniteProcess;
import org.egt4j.finite.FullChain;
import org.egt4j.finite.FullGameChain;
import org.egt4j.finite.ProcessSettings;
import org.egt4j.finite.SmallMutation;
import org.egt4j.game.BoundGame;
import org.egt4j.game.Game;
import org.egt4j.game.Population;
import org.egt4j.report.FiniteReport;
import org.egt4j.report.Json;
import org.egt4j.report.JsonValue;
import org.egt4j.report.JsonValue.JsonObject;
import org.egt4j.report.Messages;
import org.egt4j.report.Phrase;
import org.hipparchus.fraction.BigFraction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code egt4j finite SPEC [--process NAME] [--size N | --size POP=N,...] [--beta B | --w W] [--mu M]
 * [--from POP=n1:n2:...] [--budget KIND=N]... [--set ...] [--json]}: fixation probabilities, the small-mutation limit, the gradient of selection and,
 * with μ &gt; 0 and within budget, the stationary distribution of the full chain (formulas
 * in docs/finite.md); with {@code --from}, the absorption probabilities and mean absorption time from a
 * start state.
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

    @Mixin
    LanguageOption language;

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

    @Option(
            names = "--from",
            paramLabel = "POP=n1:n2:...",
            description = "a start state as counts (any mix of strategies, e.g. 5:3:2 for one population, or"
                    + " firms=4:6,banks=10:0): adds the absorption probabilities into every monomorphic state"
                    + " and the mean absorption time")
    String from;

    @Option(names = "--json", description = "print the result as JSON (shape in docs/finite.md)")
    boolean json;

    @Option(
            names = "--budget",
            paramLabel = "KIND=N",
            description = "raise or lower a budget, checked before work starts: players (per population,"
                    + " default 1000000), chain-states (states of a full chain, default 100000; its operations"
                    + " budget, 10^10 per 100000 states, scales with it); docs/errors.md")
    List<String> budgets = new ArrayList<>();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        FiniteBudget budget = FiniteBudget.DEFAULT;
        for (String b : budgets) {
            budget = budget.with(b);
        }
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
        Map<String, Integer> named = new LinkedHashMap<>();
        for (int k = 0; k < pops.size(); k++) {
            budget.checkSize(sizes[k], pops.get(k).name());
            named.put(pops.get(k).name(), sizes[k]);
        }
        FiniteAnalysis analysis = FiniteAnalysis.of(
                bound, new ProcessSettings(p, ProcessSettings.DEFAULT_SIZE, named, intensity, mu), budget);
        if (mu > 0 && analysis.chain() == null && analysis.gameChain() == null) {
            // over budget: the report leaves the chain out, the command says why (exit 2)
            if (pops.size() == 1) {
                FullChain.of(FinitePopulation.of(bound, p, sizes[0], intensity, budget), mu);
            } else {
                FullGameChain.of(FiniteGame.of(bound, p, sizes, intensity, budget), mu);
            }
        }
        Absorption absorption = null;
        if (from != null) {
            int[][] start = startState(pops, sizes);
            absorption = pops.size() == 1
                    ? FinitePopulation.of(bound, p, sizes[0], intensity, budget).absorption(start[0])
                    : FiniteGame.of(bound, p, sizes, intensity, budget).absorption(start);
        }
        JsonObject doc = new FiniteReport(analysis).json();
        if (absorption != null) {
            List<JsonValue> abs = new ArrayList<>();
            for (int a = 0; a < absorption.targets().length; a++) {
                JsonObject.Builder state = JsonObject.builder();
                for (int k = 0; k < pops.size(); k++) {
                    state.put(
                            pops.get(k).name(),
                            pops.get(k).strategies().get(absorption.targets()[a][k]));
                }
                BigFraction e = absorption.exact() == null ? null : absorption.exact()[a];
                abs.add(JsonObject.builder()
                        .put("state", state.build())
                        .put("probability", absorption.probability()[a])
                        .put("exact", e == null ? JsonValue.JsonNull.NULL : new JsonValue.JsonString(fraction(e)))
                        .build());
            }
            doc = doc.with(JsonObject.builder()
                    .put("absorption", JsonValue.array(abs))
                    .put("meanAbsorptionTime", absorption.meanTime())
                    .build());
        }
        SmallMutation sm = analysis.smallMutation();
        FullChain chain = analysis.chain();
        FullGameChain gameChain = analysis.gameChain();
        int fixations = analysis.fixations().size();
        var out = spec.commandLine().getOut();
        Messages m = language.messages(options.gameSpec()); // checked with --json too
        if (json) {
            out.println(Json.write(doc));
        } else {
            text(out, m, pops, fixations, sm, chain, sizes, p, intensity);
            if (gameChain != null) {
                out.println(m.text(
                        Phrase.FULL_CHAIN_LINE,
                        gameChain.counts().length,
                        java.util.Arrays.deepToString(gameChain.meanShares())));
            }
            if (absorption != null) {
                out.println(m.text(Phrase.ABSORPTION_FROM, from, absorption.meanTime()));
                for (int a = 0; a < absorption.targets().length; a++) {
                    StringBuilder b = new StringBuilder("  ");
                    for (int k = 0; k < pops.size(); k++) {
                        b.append(k == 0 ? "" : ", ")
                                .append(pops.get(k).name())
                                .append('=')
                                .append(pops.get(k).strategies().get(absorption.targets()[a][k]));
                    }
                    BigFraction e =
                            absorption.exact() == null ? null : absorption.exact()[a];
                    out.printf(
                            "%-40s %.6g%s%n",
                            b, absorption.probability()[a], e == null ? "" : "  (" + fraction(e) + ")");
                }
            }
        }
        out.flush();
        return 0;
    }

    private static String fraction(BigFraction e) {
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

    /** Parses --from: n1:n2:... for one population, or POP=n1:n2:...,POP=... for each population. */
    private int[][] startState(List<Population> pops, int[] sizes) {
        String text = from.trim();
        int[][] counts = new int[pops.size()][];
        if (!text.contains("=")) {
            if (pops.size() != 1) {
                throw new ModelException(
                        "--from " + from + ": the game has " + pops.size() + " populations",
                        "name each: --from " + pops.get(0).name() + "=...,"
                                + pops.get(1).name() + "=...");
            }
            counts[0] = countsOf(text, pops.get(0));
            return counts;
        }
        for (String part : text.split(",", -1)) {
            int eq = part.indexOf('=');
            String name = eq <= 0 ? "" : part.substring(0, eq).trim();
            int k = 0;
            while (k < pops.size() && !pops.get(k).name().equals(name)) {
                k++;
            }
            if (k == pops.size()) {
                throw new ModelException(
                        "--from " + from + ": '" + part.trim() + "' does not name a population",
                        "write POP=n1:n2:...; the populations are: "
                                + String.join(
                                        ", ",
                                        pops.stream().map(Population::name).toList()));
            }
            counts[k] = countsOf(part.substring(eq + 1).trim(), pops.get(k));
        }
        for (int k = 0; k < pops.size(); k++) {
            if (counts[k] == null) {
                throw new ModelException(
                        "--from " + from + ": no counts for population '"
                                + pops.get(k).name() + "'",
                        "give the counts of every population, e.g. "
                                + pops.get(k).name() + "=" + sizes[k] + ":0");
            }
        }
        return counts;
    }

    private int[] countsOf(String text, Population pop) {
        String[] parts = text.split(":", -1);
        int[] c = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                c[i] = Integer.parseInt(parts[i].trim());
            } catch (NumberFormatException e) {
                throw new ModelException(
                        "--from " + from + ": '" + parts[i].trim() + "' is not a whole number of players",
                        "write one count per strategy of '" + pop.name() + "' (" + String.join(":", pop.strategies())
                                + "), e.g. 5:3");
            }
        }
        return c;
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
            Messages m,
            List<Population> pops,
            int fixations,
            SmallMutation sm,
            FullChain chain,
            int[] sizes,
            FiniteProcess p,
            double intensity) {
        out.println(m.text(Phrase.FINITE_LINE, p.id(), p.intensityName(), intensity, java.util.Arrays.toString(sizes)));
        out.println(m.text(Phrase.SMALL_MUTATION_STATIONARY));
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
        out.println(m.text(Phrase.FIXATION_COUNT, fixations));
        if (chain != null) {
            out.println(m.text(
                    Phrase.FULL_CHAIN_LINE, chain.counts().length, java.util.Arrays.toString(chain.meanShares())));
        }
    }
}
