package org.egt4j.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.egt4j.expr.Polynomial;
import org.egt4j.expr.Printer;
import org.egt4j.game.Game;
import org.egt4j.game.Population;
import org.egt4j.game.ReplicatorEquation;
import org.egt4j.stability.DirectMethod;
import org.egt4j.stability.Eigenvalue;
import org.egt4j.stability.RestPoint;
import org.egt4j.stability.RestPointSet;
import org.egt4j.stability.StabilityAnalysis;
import org.egt4j.stability.VertexTable;

/**
 * Renders a {@link StabilityAnalysis}: JSON (the {@code analyze --json} contract of architecture §5,
 * extended with exactness, thresholds and box verdicts), Markdown (for the terminal and reports) and
 * LaTeX booktabs tables. Output is deterministic.
 */
public final class AnalysisReport {

    private final StabilityAnalysis analysis;
    private final Game game;
    private final Messages messages;

    /**
     * An English report of this analysis.
     *
     * @param analysis the stability analysis of a bound game
     */
    public AnalysisReport(StabilityAnalysis analysis) {
        this(analysis, Messages.english());
    }

    /**
     * A report of this analysis whose Markdown sentences come from {@code messages}.
     *
     * @param analysis the stability analysis of a bound game
     * @param messages the sentences of the report's language
     */
    public AnalysisReport(StabilityAnalysis analysis, Messages messages) {
        this.analysis = analysis;
        this.game = analysis.game();
        this.messages = messages;
    }

    // ---- JSON -------------------------------------------------------------------------------

    /** {@return the analysis as JSON} */
    public String json() {
        // statements are English whatever the report's language: they are part of the JSON contract
        Messages english = Messages.english();
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("name", game.name());
        root.put("parameters", new LinkedHashMap<>(analysis.parameters()));
        List<Object> pops = new ArrayList<>();
        for (Population p : game.populations()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", p.name());
            m.put("strategies", p.strategies());
            pops.add(m);
        }
        root.put("populations", pops);
        List<Object> points = new ArrayList<>();
        for (RestPoint p : analysis.restPoints()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("state", state(p.shares()));
            m.put("eigenvalues", eigenvalues(p.eigenvalues()));
            m.put("stability", p.stability().label());
            m.put("nash", p.nash());
            m.put("ess", p.ess());
            m.put("exact", p.exact());
            if (p.direct() != null) {
                DirectMethod.Verdict d = p.direct();
                Map<String, Object> dm = new LinkedHashMap<>();
                dm.put("function", "relative entropy");
                dm.put("verdict", token(d.verdict()));
                dm.put("samples", d.samples());
                dm.put("maxDerivative", d.maxDerivative());
                dm.put("minDerivative", d.minDerivative());
                m.put("directMethod", dm);
            }
            if (p.friedman() != null) {
                Map<String, Object> f = new LinkedHashMap<>();
                f.put("determinant", p.friedman().determinant());
                f.put("trace", p.friedman().trace());
                f.put("verdict", token(p.friedman().verdict()));
                m.put("friedman", f);
            }
            points.add(m);
        }
        root.put("restPoints", points);
        List<Object> sets = new ArrayList<>();
        for (RestPointSet s : analysis.restPointSets()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("description", s.description());
            m.put("dimension", s.dimension());
            List<Object> samples = new ArrayList<>();
            for (double[][] x : s.samples()) {
                samples.add(state(x));
            }
            m.put("points", samples);
            sets.add(m);
        }
        root.put("restPointSets", sets);
        List<Object> vertices = new ArrayList<>();
        for (VertexTable.Vertex v : analysis.vertices().vertices()) {
            Map<String, Object> m = new LinkedHashMap<>();
            Map<String, Object> profile = new LinkedHashMap<>();
            for (int k = 0; k < v.profile().length; k++) {
                profile.put(
                        game.populations().get(k).name(),
                        game.populations().get(k).strategies().get(v.profile()[k]));
            }
            m.put("profile", profile);
            List<Object> eig = new ArrayList<>();
            for (VertexTable.VertexEigenvalue e : v.eigenvalues()) {
                Map<String, Object> em = new LinkedHashMap<>();
                em.put("expression", Printer.TEXT.print(e.expression()));
                em.put("latex", Printer.LATEX.print(e.expression()));
                em.put("value", e.value());
                em.put("population", game.populations().get(e.population()).name());
                em.put(
                        "strategy",
                        game.populations().get(e.population()).strategies().get(e.strategy()));
                eig.add(em);
            }
            m.put("eigenvalues", eig);
            m.put("stability", v.stability().label());
            m.put("ess", v.ess());
            m.put("essConditions", v.essConditions());
            List<Object> thresholds = new ArrayList<>();
            for (VertexTable.Threshold t : v.thresholds()) {
                Map<String, Object> tm = new LinkedHashMap<>();
                tm.put("parameter", t.parameter());
                List<Object> crit = new ArrayList<>();
                for (VertexTable.Critical c : t.criticals()) {
                    Map<String, Object> cm = new LinkedHashMap<>();
                    cm.put("expression", criticalExpression(c));
                    cm.put("value", c.value());
                    crit.add(cm);
                }
                tm.put("critical", crit);
                tm.put("essFrom", t.lower());
                tm.put("essTo", t.upper());
                tm.put("statement", english.threshold(t.statement()));
                thresholds.add(tm);
            }
            m.put("thresholds", thresholds);
            m.put("essOverBox", v.overBox() == null ? null : token(v.overBox().verdict()));
            vertices.add(m);
        }
        root.put("vertices", vertices);
        return Json.write(root);
    }

    /**
     * The exact critical value −a/b of λ = a + b·P as a formula in the other parameters: one term when b
     * is a single term (e.g. "C/2"), otherwise a quotient of factors (e.g. "C/(T + 1)").
     *
     * @param c a critical value
     * @return the formula, or null when λ is not affine in the parameter
     */
    static String criticalExpression(VertexTable.Critical c) {
        if (c.split() == null) {
            return null;
        }
        Polynomial a = c.split().constant();
        Polynomial b = c.split().slope();
        return b.isTerm()
                ? Printer.TEXT.print(a.negate().multiply(b.reciprocal()))
                : Printer.TEXT.factor(a.negate()) + "/" + Printer.TEXT.factor(b);
    }

    /** The JSON token of a verdict: its constant's name in lower case, e.g. SOMEWHERE → "somewhere". */
    private static String token(Enum<?> verdict) {
        return verdict.name().toLowerCase(java.util.Locale.ROOT);
    }

    private Map<String, Object> state(double[][] shares) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int k = 0; k < shares.length; k++) {
            m.put(game.populations().get(k).name(), shares[k]);
        }
        return m;
    }

    private static List<Object> eigenvalues(List<Eigenvalue> eig) {
        List<Object> list = new ArrayList<>();
        for (Eigenvalue e : eig) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("re", e.re());
            m.put("im", e.im());
            list.add(m);
        }
        return list;
    }

    // ---- Markdown ---------------------------------------------------------------------------

    /** {@return the analysis as Markdown: model, equations, vertex table, rest points, continua, thresholds} */
    public String markdown() {
        StringBuilder sb = new StringBuilder();
        sb.append("# ").append(game.name()).append("\n\n");
        if (!game.description().isBlank()) {
            sb.append(game.description().trim()).append("\n\n");
        }
        sb.append("## Model\n\n| population | strategies | share symbol |\n|---|---|---|\n");
        for (Population p : game.populations()) {
            sb.append("| ")
                    .append(p.name())
                    .append(" | ")
                    .append(String.join(", ", p.strategies()))
                    .append(" | ")
                    .append(p.shareSymbol() == null ? "" : p.shareSymbol())
                    .append(" |\n");
        }
        if (!analysis.parameters().isEmpty()) {
            sb.append("\n| parameter | meaning | value | range |\n|---|---|---|---|\n");
            for (org.egt4j.game.Parameter p : game.parameters()) {
                sb.append("| ")
                        .append(p.name())
                        .append(" | ")
                        .append(p.meaning())
                        .append(" | ")
                        .append(num(analysis.parameters().get(p.name())))
                        .append(" | ")
                        .append(p.hasRange() ? "[" + num(p.min()) + ", " + num(p.max()) + "]" : "")
                        .append(" |\n");
            }
        }
        sb.append('\n');
        sb.append("## Replicator equations\n\n```text\n");
        for (ReplicatorEquation e : game.equations()) {
            sb.append(e.format(Printer.TEXT)).append('\n');
        }
        sb.append("```\n\n## Stability of the pure profiles (exact eigenvalues)\n\n");
        sb.append("| profile | eigenvalues | values | stability | ESS |\n|---|---|---|---|---|\n");
        for (VertexTable.Vertex v : analysis.vertices().vertices()) {
            List<String> exprs = new ArrayList<>();
            List<String> vals = new ArrayList<>();
            for (VertexTable.VertexEigenvalue e : v.eigenvalues()) {
                exprs.add("`" + Printer.TEXT.print(e.expression()) + "`");
                vals.add(num(e.value()));
            }
            sb.append("| ")
                    .append(v.label())
                    .append(" | ")
                    .append(String.join("<br>", exprs))
                    .append(" | ")
                    .append(String.join(", ", vals))
                    .append(" | ")
                    .append(v.stability().label())
                    .append(" | ")
                    .append(v.ess() ? "**yes**" : "no")
                    .append(" |\n");
        }
        sb.append(
                "\nA pure profile is an ESS (strict Nash equilibrium, asymptotically stable) iff all its eigenvalues are negative.\n");
        sb.append(
                "\n## Rest points\n\n| state | eigenvalues | stability | Nash | ESS | found |\n|---|---|---|---|---|---|\n");
        for (RestPoint p : analysis.restPoints()) {
            List<String> e = new ArrayList<>();
            p.eigenvalues().forEach(x -> e.add(complex(x)));
            String stability = p.stability().label();
            if (p.direct() != null) {
                stability += " (" + messages.relativeEntropy(p.direct().verdict()) + ")";
            }
            sb.append("| ")
                    .append(stateText(p.shares()))
                    .append(" | ")
                    .append(String.join(", ", e))
                    .append(" | ")
                    .append(stability)
                    .append(" | ")
                    .append(p.nash() ? "yes" : "no")
                    .append(" | ")
                    .append(p.ess() ? "**yes**" : "no")
                    .append(" | ")
                    .append(p.exact() ? "exact" : "Newton")
                    .append(" |\n");
        }
        if (!analysis.restPointSets().isEmpty()) {
            sb.append("\n## Continua of rest points\n\n");
            for (RestPointSet s : analysis.restPointSets()) {
                List<String> samples = new ArrayList<>();
                s.samples().forEach(x -> samples.add(stateText(x)));
                sb.append("- ")
                        .append(s.description())
                        .append("; e.g. ")
                        .append(String.join("; ", samples))
                        .append('\n');
            }
        }
        sb.append("\n## Conditions and thresholds\n\n");
        for (VertexTable.Vertex v : analysis.vertices().vertices()) {
            boolean constant =
                    v.eigenvalues().stream().allMatch(e -> e.expression().isConstant());
            if (constant) {
                sb.append("- ")
                        .append(messages.constantVerdict(v.label(), v.ess()))
                        .append('\n');
                continue;
            }
            sb.append("- ")
                    .append(messages.essConditions(
                            v.label(),
                            v.essConditions(),
                            v.overBox() == null ? null : v.overBox().verdict()))
                    .append('\n');
            for (VertexTable.Threshold t : v.thresholds()) {
                if (t.statement().kind().isCondition()) {
                    sb.append("  - ").append(messages.threshold(t.statement())).append('\n');
                }
            }
        }
        return sb.toString();
    }

    private String stateText(double[][] shares) {
        List<String> parts = new ArrayList<>();
        for (int k = 0; k < shares.length; k++) {
            Population p = game.populations().get(k);
            if (p.size() == 2) {
                parts.add(p.name() + " " + num(shares[k][0]));
            } else {
                List<String> s = new ArrayList<>();
                for (double v : shares[k]) {
                    s.add(num(v));
                }
                parts.add(p.name() + " (" + String.join(", ", s) + ")");
            }
        }
        return String.join(", ", parts);
    }

    private static String complex(Eigenvalue e) {
        if (e.im() == 0) {
            return num(e.re());
        }
        return num(e.re()) + (e.im() < 0 ? " − " : " + ") + num(Math.abs(e.im())) + "i";
    }

    /** A number for people: up to 6 significant digits, no trailing zeros. */
    static String num(double v) {
        return org.egt4j.Numbers.shortDecimal(v, 6);
    }

    // ---- LaTeX ------------------------------------------------------------------------------

    /** {@return the vertex table as a LaTeX booktabs tabular, ready to \input} */
    public String latexVertexTable() {
        StringBuilder sb = new StringBuilder();
        sb.append("% ").append(game.name()).append(": stability of the pure profiles\n");
        sb.append("\\begin{tabular}{llll}\n\\toprule\n");
        sb.append("Profile & Eigenvalues & Stability & ESS \\\\\n\\midrule\n");
        for (VertexTable.Vertex v : analysis.vertices().vertices()) {
            List<String> exprs = new ArrayList<>();
            for (VertexTable.VertexEigenvalue e : v.eigenvalues()) {
                exprs.add("$" + Printer.LATEX.print(e.expression()) + "$");
            }
            sb.append(latexText(v.label()))
                    .append(" & ")
                    .append(String.join(", ", exprs))
                    .append(" & ")
                    .append(v.stability().label())
                    .append(" & ")
                    .append(v.ess() ? "yes" : "no")
                    .append(" \\\\\n");
        }
        sb.append("\\bottomrule\n\\end{tabular}\n");
        return sb.toString();
    }

    private static String latexText(String s) {
        return s.replace("\\", "\\textbackslash{}")
                .replace("_", "\\_")
                .replace("&", "\\&")
                .replace("%", "\\%")
                .replace("#", "\\#");
    }
}
