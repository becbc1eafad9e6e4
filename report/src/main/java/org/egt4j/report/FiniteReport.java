package org.egt4j.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.egt4j.Numbers;
import org.egt4j.finite.FiniteAnalysis;
import org.egt4j.finite.FiniteGame;
import org.egt4j.finite.FiniteProcess;
import org.egt4j.finite.Fixation;
import org.egt4j.finite.FullChain;
import org.egt4j.finite.FullGameChain;
import org.egt4j.finite.SmallMutation;
import org.egt4j.game.Population;
import org.hipparchus.fraction.BigFraction;

/**
 * The finite-population section of a report, from a {@link FiniteAnalysis}: Markdown and LaTeX tables
 * (fixation probabilities, the small-mutation limit, the full chain's mean shares), the JSON of {@code
 * egt4j finite --json} (docs/finite.md), CSV files of every table and plotted series, and the figures of
 * {@link FiniteFigures}. Sentences come from {@link Messages}.
 */
public final class FiniteReport {

    private final FiniteAnalysis analysis;
    private final List<Population> pops;
    private Messages messages = Messages.english();

    /**
     * The section of this analysis.
     *
     * @param analysis the finite-population analysis
     */
    public FiniteReport(FiniteAnalysis analysis) {
        this.analysis = analysis;
        this.pops = analysis.game().game().populations();
    }

    /**
     * Writes the section's Markdown, LaTeX, figures and captions in the language of {@code m} (JSON and
     * CSV stay English).
     *
     * @param m the sentences of the report's language
     * @return this section
     */
    public FiniteReport withMessages(Messages m) {
        this.messages = m;
        return this;
    }

    /** {@return the sentences of this section's language} */
    Messages messages() {
        return messages;
    }

    /** {@return the analysis shown} */
    public FiniteAnalysis analysis() {
        return analysis;
    }

    private Map<String, Integer> sizes() {
        Map<String, Integer> m = new LinkedHashMap<>();
        for (int k = 0; k < pops.size(); k++) {
            m.put(pops.get(k).name(), analysis.sizes()[k]);
        }
        return m;
    }

    /**
     * The label of a state in the report's language: "all B" becomes "全体 B" in Chinese; profiles of
     * several populations are names only.
     */
    String stateText(int[] profile) {
        return pops.size() == 1
                ? messages.text(Phrase.ALL_STRATEGY, pops.get(0).strategies().get(profile[0]))
                : stateLabel(profile);
    }

    /** The label of a monomorphic state or pure profile: "all B", or "(row: opera, column: football)". */
    String stateLabel(int[] profile) {
        if (pops.size() == 1) {
            return "all " + pops.get(0).strategies().get(profile[0]);
        }
        List<String> parts = new ArrayList<>();
        for (int k = 0; k < pops.size(); k++) {
            parts.add(pops.get(k).name() + ": " + pops.get(k).strategies().get(profile[k]));
        }
        return "(" + String.join(", ", parts) + ")";
    }

    String background(FiniteGame.ProfileFixation pf) {
        if (pops.size() == 1) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        for (int k = 0; k < pops.size(); k++) {
            if (k != pf.population()) {
                parts.add(pops.get(k).name() + ": " + pops.get(k).strategies().get(pf.profile()[k]));
            }
        }
        return String.join(", ", parts);
    }

    String mutantName(FiniteGame.ProfileFixation pf) {
        return pops.get(pf.population()).strategies().get(pf.fixation().mutant());
    }

    String residentName(FiniteGame.ProfileFixation pf) {
        return pops.get(pf.population()).strategies().get(pf.fixation().resident());
    }

    static String fraction(BigFraction e) {
        return e.getDenominator().equals(java.math.BigInteger.ONE)
                ? e.getNumerator().toString()
                : e.getNumerator() + "/" + e.getDenominator();
    }

    private static String num(double v) {
        return Numbers.shortDecimal(v, 6);
    }

    /**
     * The Markdown section, with its figures embedded.
     *
     * @param figures the figures written by {@link #figures}
     * @return the section, starting with "## Finite population"
     */
    public String markdown(List<Figures.Figure> figures) {
        StringBuilder sb = new StringBuilder("\n## " + messages.text(Phrase.FINITE) + "\n\n");
        sb.append(messages.finiteProcess(analysis.process(), analysis.intensity(), sizes(), analysis.mu()))
                .append(messages.text(Phrase.FINITE_REFERENCES))
                .append("\n\n");
        sb.append("### ").append(messages.text(Phrase.FIXATION)).append("\n\n");
        boolean several = pops.size() > 1;
        sb.append(messages.text(several ? Phrase.FIXATION_TABLE_SEVERAL : Phrase.FIXATION_TABLE_ONE))
                .append(messages.text(Phrase.FIXATION_TABLE_REST))
                .append("\n")
                .append(several ? "|---|---|---|---|" : "|---|---|")
                .append("---|---|---|---|---|\n");
        List<String> favoured = new ArrayList<>();
        for (FiniteGame.ProfileFixation pf : analysis.fixations()) {
            Fixation f = pf.fixation();
            sb.append("| ");
            if (several) {
                sb.append(pops.get(pf.population()).name()).append(" | ");
            }
            sb.append(mutantName(pf)).append(" | ").append(residentName(pf)).append(" | ");
            if (several) {
                sb.append(background(pf)).append(" | ");
            }
            sb.append(num(f.probability()))
                    .append(" | ")
                    .append(f.exact() == null ? "" : fraction(f.exact()))
                    .append(" | ")
                    .append(num(f.relativeToNeutral()))
                    .append(" | ")
                    .append(Numbers.shortDecimal(f.log10(), 5))
                    .append(" | ")
                    .append(num(f.conditionalTime()))
                    .append(" |\n");
            if (f.relativeToNeutral() > 1) {
                String mutant = several ? mutantName(pf) + " (" + background(pf) + ")" : mutantName(pf);
                favoured.add(messages.favouredInvasion(mutant, residentName(pf), f.relativeToNeutral()));
            }
        }
        sb.append('\n');
        if (!favoured.isEmpty()) {
            sb.append(messages.text(Phrase.SELECTION_FAVOURS, String.join(messages.text(Phrase.SEPARATOR), favoured)))
                    .append("\n\n");
        }
        SmallMutation sm = analysis.smallMutation();
        sb.append("### ")
                .append(messages.text(Phrase.SMALL_MUTATION))
                .append("\n\n")
                .append(messages.text(Phrase.SMALL_MUTATION_TABLE))
                .append("\n|---|---|---|\n");
        int mode = 0;
        for (int s = 0; s < sm.states().length; s++) {
            sb.append("| ")
                    .append(stateText(sm.states()[s]))
                    .append(" | ")
                    .append(num(sm.stationary()[s]))
                    .append(" | ")
                    .append(Numbers.shortDecimal(sm.logStationary()[s] / Math.log(10), 5))
                    .append(" |\n");
            if (sm.logStationary()[s] > sm.logStationary()[mode]) {
                mode = s;
            }
        }
        sb.append('\n')
                .append(messages.smallMutationMode(stateText(sm.states()[mode]), sm.stationary()[mode]))
                .append(messages.text(
                        Phrase.FINITE_DATA,
                        "`finite-fixation.csv`, `finite-small-mutation.csv`, `finite-gradient.csv`"
                                + (analysis.sweep() == null ? "" : ", `finite-fixation-sweep.csv`")))
                .append("\n\n");
        if (analysis.mu() > 0) {
            sb.append("### ").append(messages.text(Phrase.FULL_CHAIN)).append("\n\n");
            if (analysis.chain() == null && analysis.gameChain() == null) {
                sb.append(messages.fullChainOverBudget(analysis.chainStates(), FullChain.MAX_STATES))
                        .append("\n\n");
            } else {
                sb.append(messages.text(Phrase.MEAN_SHARE_TABLE)).append("\n|---|---|---|\n");
                double[][] mean = meanShares();
                for (int k = 0; k < pops.size(); k++) {
                    for (int i = 0; i < mean[k].length; i++) {
                        sb.append("| ")
                                .append(pops.get(k).name())
                                .append(" | ")
                                .append(pops.get(k).strategies().get(i))
                                .append(" | ")
                                .append(num(mean[k][i]))
                                .append(" |\n");
                    }
                }
                sb.append("\n")
                        .append(messages.text(Phrase.STATIONARY_OVER, (long) analysis.chainStates()))
                        .append("\n\n");
            }
        }
        for (Figures.Figure f : figures) {
            sb.append("![")
                    .append(f.caption())
                    .append("](figures/")
                    .append(f.name())
                    .append(".png)\n\n*")
                    .append(f.caption())
                    .append("*\n\n");
        }
        return sb.toString();
    }

    private double[][] meanShares() {
        if (analysis.chain() != null) {
            return new double[][] {analysis.chain().meanShares()};
        }
        return analysis.gameChain().meanShares();
    }

    /** {@return the LaTeX fragments: the fixation and small-mutation tables (booktabs)} */
    public String latex() {
        StringBuilder sb = new StringBuilder("\n% " + messages.text(Phrase.LATEX_FIXATION_COMMENT) + "\n");
        boolean several = pops.size() > 1;
        sb.append(several ? "\\begin{tabular}{llllrrr}\n" : "\\begin{tabular}{llrrr}\n")
                .append("\\toprule\n")
                .append(messages.text(several ? Phrase.LATEX_FIXATION_SEVERAL : Phrase.LATEX_FIXATION_ONE))
                .append(" & $\\rho$ & $N\\rho$ & $\\log_{10}\\rho$ \\\\\n\\midrule\n");
        for (FiniteGame.ProfileFixation pf : analysis.fixations()) {
            Fixation f = pf.fixation();
            if (several) {
                sb.append(tex(pops.get(pf.population()).name())).append(" & ");
            }
            sb.append(tex(mutantName(pf)))
                    .append(" & ")
                    .append(tex(residentName(pf)))
                    .append(" & ");
            if (several) {
                sb.append(tex(background(pf))).append(" & ");
            }
            sb.append("$")
                    .append(f.exact() == null ? num(f.probability()) : texFraction(f.exact()))
                    .append("$ & ")
                    .append(num(f.relativeToNeutral()))
                    .append(" & ")
                    .append(Numbers.shortDecimal(f.log10(), 5))
                    .append(" \\\\\n");
        }
        sb.append("\\bottomrule\n\\end{tabular}\n\n% ")
                .append(messages.text(Phrase.LATEX_SMALL_MUTATION_COMMENT))
                .append("\n\\begin{tabular}{lrr}\n\\toprule\n")
                .append(messages.text(Phrase.LATEX_SMALL_MUTATION_HEADER))
                .append(" & $\\log_{10}$ \\\\\n")
                .append("\\midrule\n");
        SmallMutation sm = analysis.smallMutation();
        for (int s = 0; s < sm.states().length; s++) {
            sb.append(tex(stateText(sm.states()[s])))
                    .append(" & ")
                    .append(num(sm.stationary()[s]))
                    .append(" & ")
                    .append(Numbers.shortDecimal(sm.logStationary()[s] / Math.log(10), 5))
                    .append(" \\\\\n");
        }
        return sb.append("\\bottomrule\n\\end{tabular}\n").toString();
    }

    private static String texFraction(BigFraction e) {
        return e.getDenominator().equals(java.math.BigInteger.ONE)
                ? e.getNumerator().toString()
                : "\\frac{" + e.getNumerator() + "}{" + e.getDenominator() + "}";
    }

    private static String tex(String s) {
        return s.replace("\\", "\\textbackslash{}")
                .replace("_", "\\_")
                .replace("&", "\\&")
                .replace("%", "\\%")
                .replace("#", "\\#");
    }

    /** {@return the JSON of {@code egt4j finite --json} (docs/finite.md) for this analysis} */
    public JsonValue.JsonObject json() {
        JsonValue.JsonObject.Builder size = JsonValue.JsonObject.builder();
        sizes().forEach(size::put);
        JsonValue.JsonObject.Builder doc = JsonValue.JsonObject.builder()
                .put(
                        "process",
                        JsonValue.JsonObject.builder()
                                .put("name", analysis.process().id())
                                .put("size", size.build())
                                .put(analysis.process().intensityName(), analysis.intensity())
                                .put("mu", analysis.mu())
                                .build());
        List<JsonValue> fixation = new ArrayList<>();
        for (FiniteGame.ProfileFixation pf : analysis.fixations()) {
            Fixation f = pf.fixation();
            JsonValue.JsonObject.Builder b = JsonValue.JsonObject.builder()
                    .put("population", pops.get(pf.population()).name())
                    .put("mutant", mutantName(pf))
                    .put("resident", residentName(pf));
            if (pops.size() > 1) {
                JsonValue.JsonObject.Builder bg = JsonValue.JsonObject.builder();
                for (int k = 0; k < pops.size(); k++) {
                    if (k != pf.population()) {
                        bg.put(pops.get(k).name(), pops.get(k).strategies().get(pf.profile()[k]));
                    }
                }
                b.put("background", bg.build());
            }
            fixation.add(b.put("probability", f.probability())
                    .put(
                            "exact",
                            f.exact() == null ? JsonValue.JsonNull.NULL : new JsonValue.JsonString(fraction(f.exact())))
                    .put("neutral", f.neutral())
                    .put("log10", f.log10())
                    .put("conditionalTime", f.conditionalTime())
                    .put("unconditionalTime", f.unconditionalTime())
                    .build());
        }
        doc.put("fixation", JsonValue.array(fixation));
        SmallMutation sm = analysis.smallMutation();
        List<JsonValue> states = new ArrayList<>();
        for (int s = 0; s < sm.states().length; s++) {
            states.add(JsonValue.JsonObject.builder()
                    .put("profile", profile(sm.states()[s]))
                    .put("probability", sm.stationary()[s])
                    .put("log10", sm.logStationary()[s] / Math.log(10))
                    .build());
        }
        doc.put(
                "smallMutation",
                JsonValue.JsonObject.builder()
                        .put("states", JsonValue.array(states))
                        .put("transition", JsonValue.numbers(sm.transition()))
                        .build());
        List<JsonValue> gradient = new ArrayList<>();
        for (FiniteAnalysis.Gradient g : analysis.gradients()) {
            Population p = pops.get(g.population());
            double[] ks = new double[g.values().length];
            for (int k = 0; k < ks.length; k++) {
                ks[k] = k;
            }
            gradient.add(JsonValue.JsonObject.builder()
                    .put("population", p.name())
                    .put(
                            "strategies",
                            JsonValue.strings(List.of(
                                    p.strategies().get(g.a()), p.strategies().get(g.b()))))
                    .put("k", JsonValue.numbers(ks))
                    .put("value", JsonValue.numbers(g.values()))
                    .build());
        }
        doc.put("gradient", JsonValue.array(gradient));
        if (analysis.chain() != null || analysis.gameChain() != null) {
            List<JsonValue> cs = new ArrayList<>();
            int[][][] counts = chainCounts();
            double[] pi = chainStationary();
            for (int t = 0; t < counts.length; t++) {
                JsonValue.JsonObject.Builder c = JsonValue.JsonObject.builder();
                for (int k = 0; k < pops.size(); k++) {
                    c.put(pops.get(k).name(), JsonValue.numbers(doubles(counts[t][k])));
                }
                cs.add(JsonValue.JsonObject.builder()
                        .put("counts", c.build())
                        .put("probability", pi[t])
                        .build());
            }
            JsonValue.JsonObject.Builder means = JsonValue.JsonObject.builder();
            double[][] mean = meanShares();
            for (int k = 0; k < pops.size(); k++) {
                means.put(pops.get(k).name(), JsonValue.numbers(mean[k]));
            }
            JsonValue.JsonObject.Builder st = JsonValue.JsonObject.builder()
                    .put("states", JsonValue.array(cs))
                    .put("meanShares", means.build());
            if (analysis.chain() != null) {
                st.put(
                        "monomorphic",
                        JsonValue.JsonObject.builder()
                                .put(
                                        pops.get(0).name(),
                                        JsonValue.numbers(analysis.chain().monomorphicMass()))
                                .build());
            } else {
                FullGameChain g = analysis.gameChain();
                List<JsonValue> pure = new ArrayList<>();
                for (int i = 0; i < g.pureProfiles().length; i++) {
                    pure.add(JsonValue.JsonObject.builder()
                            .put("profile", profile(g.pureProfiles()[i]))
                            .put("probability", g.pureMass()[i])
                            .build());
                }
                st.put("pureProfiles", JsonValue.array(pure));
            }
            doc.put("stationary", st.build());
        }
        return doc.build();
    }

    private JsonValue profile(int[] profile) {
        JsonValue.JsonObject.Builder b = JsonValue.JsonObject.builder();
        for (int k = 0; k < pops.size(); k++) {
            b.put(pops.get(k).name(), pops.get(k).strategies().get(profile[k]));
        }
        return b.build();
    }

    int[][][] chainCounts() {
        if (analysis.chain() != null) {
            int[][] c = analysis.chain().counts();
            int[][][] out = new int[c.length][][];
            for (int t = 0; t < c.length; t++) {
                out[t] = new int[][] {c[t]};
            }
            return out;
        }
        return analysis.gameChain().counts();
    }

    double[] chainStationary() {
        return analysis.chain() != null
                ? analysis.chain().stationary()
                : analysis.gameChain().stationary();
    }

    private static double[] doubles(int[] c) {
        double[] d = new double[c.length];
        for (int i = 0; i < c.length; i++) {
            d[i] = c[i];
        }
        return d;
    }

    /** {@return the CSV files of the section, by file name, in a fixed order} */
    public Map<String, String> csv() {
        Map<String, String> files = new LinkedHashMap<>();
        StringBuilder f = new StringBuilder(Csv.line(List.of(
                "population",
                "mutant",
                "resident",
                "background",
                "probability",
                "exact",
                "neutral",
                "log10",
                "relative_to_neutral",
                "conditional_time",
                "unconditional_time")));
        for (FiniteGame.ProfileFixation pf : analysis.fixations()) {
            Fixation x = pf.fixation();
            f.append(Csv.line(List.of(
                    pops.get(pf.population()).name(),
                    mutantName(pf),
                    residentName(pf),
                    background(pf),
                    x.probability(),
                    x.exact() == null ? "" : fraction(x.exact()),
                    x.neutral(),
                    x.log10(),
                    x.relativeToNeutral(),
                    x.conditionalTime(),
                    x.unconditionalTime())));
        }
        files.put("finite-fixation.csv", f.toString());
        SmallMutation sm = analysis.smallMutation();
        List<Object> header = new ArrayList<>(List.of("state", "probability", "log10"));
        for (int s = 0; s < sm.states().length; s++) {
            header.add("to " + stateLabel(sm.states()[s]));
        }
        StringBuilder m = new StringBuilder(Csv.line(header));
        for (int s = 0; s < sm.states().length; s++) {
            List<Object> row = new ArrayList<>(
                    List.of(stateLabel(sm.states()[s]), sm.stationary()[s], sm.logStationary()[s] / Math.log(10)));
            for (double p : sm.transition()[s]) {
                row.add(p);
            }
            m.append(Csv.line(row));
        }
        files.put("finite-small-mutation.csv", m.toString());
        StringBuilder g = new StringBuilder(Csv.line(List.of("population", "a", "b", "k", "x", "gradient")));
        for (FiniteAnalysis.Gradient gr : analysis.gradients()) {
            Population p = pops.get(gr.population());
            int n = gr.values().length - 1;
            for (int k = 0; k <= n; k++) {
                g.append(Csv.line(List.of(
                        p.name(),
                        p.strategies().get(gr.a()),
                        p.strategies().get(gr.b()),
                        (double) k,
                        (double) k / n,
                        gr.values()[k])));
            }
        }
        files.put("finite-gradient.csv", g.toString());
        if (analysis.sweep() != null) {
            FiniteAnalysis.Sweep sw = analysis.sweep();
            boolean several = pops.size() > 1;
            List<Object> sweepHeader =
                    new ArrayList<>(List.of(analysis.process().intensityName()));
            if (several) {
                sweepHeader.add("population");
            }
            sweepHeader.addAll(List.of("mutant", "resident"));
            if (several) {
                sweepHeader.add("background");
            }
            sweepHeader.addAll(List.of("log10_probability", "log10_relative"));
            StringBuilder s = new StringBuilder(Csv.line(sweepHeader));
            for (int i = 0; i < sw.intensities().length; i++) {
                for (int q = 0; q < sw.curves().size(); q++) {
                    FiniteGame.ProfileFixation pf = sw.curves().get(q);
                    double logN = Math.log10(analysis.sizes()[pf.population()]);
                    List<Object> row = new ArrayList<>(List.of(sw.intensities()[i]));
                    if (several) {
                        row.add(pops.get(pf.population()).name());
                    }
                    row.add(mutantName(pf));
                    row.add(residentName(pf));
                    if (several) {
                        row.add(background(pf));
                    }
                    row.add(sw.log10()[i][q]);
                    row.add(sw.log10()[i][q] + logN);
                    s.append(Csv.line(row));
                }
            }
            files.put("finite-fixation-sweep.csv", s.toString());
        }
        if (analysis.chain() != null || analysis.gameChain() != null) {
            List<Object> h = new ArrayList<>();
            for (Population p : pops) {
                for (String st : p.strategies()) {
                    h.add(p.name() + ":" + st);
                }
            }
            h.add("probability");
            StringBuilder c = new StringBuilder(Csv.line(h));
            int[][][] counts = chainCounts();
            double[] pi = chainStationary();
            for (int t = 0; t < counts.length; t++) {
                List<Object> row = new ArrayList<>();
                for (int[] pc : counts[t]) {
                    for (int v : pc) {
                        row.add((double) v);
                    }
                }
                row.add(pi[t]);
                c.append(Csv.line(row));
            }
            files.put("finite-stationary.csv", c.toString());
        }
        return files;
    }

    /**
     * Draws the section's figures.
     *
     * @param dir the figures directory
     * @param family the font family of the other figures (CJK-safe, {@link Figures#chooseFamily})
     * @return the figures written, in order
     */
    public List<Figures.Figure> figures(Path dir, String family) {
        FiniteFigures f = new FiniteFigures(this, dir, family);
        f.all();
        return f.written();
    }

    /** {@return the populations} */
    List<Population> populations() {
        return pops;
    }

    /** {@return whether the process is Moran (w) rather than the pairwise comparison (β)} */
    boolean moran() {
        return analysis.process() == FiniteProcess.MORAN;
    }

    /** {@return the one-population full chain, or null} */
    FullChain chain() {
        return analysis.chain();
    }

    /** {@return the several-population full chain, or null} */
    FullGameChain gameChain() {
        return analysis.gameChain();
    }
}
