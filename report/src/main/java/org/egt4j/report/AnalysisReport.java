package org.egt4j.report;

import java.util.ArrayList;
import java.util.List;
import org.egt4j.dynamics.ReplicatorDynamics;
import org.egt4j.expr.Factors;
import org.egt4j.expr.Polynomial;
import org.egt4j.expr.Printer;
import org.egt4j.game.Game;
import org.egt4j.game.Population;
import org.egt4j.sde.VertexStochasticStability;
import org.egt4j.stability.DirectMethod;
import org.egt4j.stability.Eigenvalue;
import org.egt4j.stability.RestPoint;
import org.egt4j.stability.RestPointSet;
import org.egt4j.stability.StabilityAnalysis;
import org.egt4j.stability.ThresholdStatement;
import org.egt4j.stability.VertexTable;
import org.hipparchus.fraction.BigFraction;

/**
 * Renders a {@link StabilityAnalysis}: JSON (the {@code analyze --json} contract of docs/architecture.md §5,
 * extended with exactness, thresholds and box verdicts), Markdown (for the terminal and reports) and
 * LaTeX booktabs tables. Output is deterministic.
 */
public final class AnalysisReport {

    private final StabilityAnalysis analysis;
    private final Game game;
    private final Messages messages;
    private List<VertexStochasticStability.Verdict> stochastic;
    private List<org.egt4j.stability.LimitCycle> cycles;

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

    /** {@return the sentences of this report's language} */
    public Messages messages() {
        return messages;
    }

    // ---- JSON -------------------------------------------------------------------------------

    /**
     * A dynamic as JSON: {@code {"name": ..., KEY: value, ...}}.
     *
     * @param d the dynamic
     * @return its name and parameters
     */
    static JsonValue.JsonObject dynamicsDocument(org.egt4j.dynamics.Dynamics d) {
        JsonValue.JsonObject.Builder b = JsonValue.JsonObject.builder().put("name", d.name());
        d.parameters().forEach(b::put);
        if (d instanceof org.egt4j.dynamics.ReplicatorMutator rm
                && !rm.matrices().isEmpty()) {
            // the spec's full mutation matrices, Q[j][i] per population
            JsonValue.JsonObject.Builder q = JsonValue.JsonObject.builder();
            rm.matrices().forEach((pop, m) -> {
                List<JsonValue> rows = new ArrayList<>();
                for (double[] row : m) {
                    rows.add(JsonValue.numbers(row));
                }
                q.put(pop, JsonValue.array(rows));
            });
            b.put("mutation", q.build());
        }
        return b.build();
    }

    /**
     * Adds the stochastic stability of every vertex under a noise to the JSON document: each vertex gets
     * {@code "stochastic": {"restPoint", "almostSure": {"condition", "value", "holds", "sigmaThresholds"},
     * "meanSquare": {...}}} (docs/sde.md).
     *
     * @param verdicts one verdict per vertex, in the vertex table's order
     * @return this report
     */
    public AnalysisReport withStochastic(List<VertexStochasticStability.Verdict> verdicts) {
        this.stochastic = List.copyOf(verdicts);
        return this;
    }

    /**
     * Adds the limit cycles the analysis' trajectories converge to ({@link
     * org.egt4j.analysis.CycleSearch}): {@code "limitCycles"} in the JSON, a section with a table and a
     * sentence in the Markdown, {@link #latexLimitCycles} for LaTeX. Without this call the JSON has no
     * {@code "limitCycles"} key (the search did not run).
     *
     * @param found the cycles, possibly none
     * @return this report
     */
    public AnalysisReport withLimitCycles(List<org.egt4j.stability.LimitCycle> found) {
        this.cycles = List.copyOf(found);
        return this;
    }

    /** {@return the analysis as JSON} */
    public String json() {
        return Json.write(document());
    }

    /**
     * The analysis as a JSON document: name, parameters, populations, rest points with their verdicts,
     * continua and the vertex table with thresholds and box verdicts. Statements are English whatever
     * the report's language: they are part of the JSON contract.
     *
     * @return the document
     */
    public JsonValue.JsonObject document() {
        Messages english = Messages.english();
        JsonValue.JsonObject.Builder root = JsonValue.JsonObject.builder()
                .put("name", game.name())
                .put("parameters", JsonValue.numbers(analysis.parameters()));
        // always named, the default replicator too ({"name":"replicator"}), as in manifest.json: a reader
        // need not know which dynamic an absent key stood for
        root.put("dynamics", dynamicsDocument(analysis.dynamics()));
        List<JsonValue> pops = new ArrayList<>();
        for (Population p : game.populations()) {
            pops.add(JsonValue.JsonObject.builder()
                    .put("name", p.name())
                    .put("strategies", JsonValue.strings(p.strategies()))
                    .build());
        }
        root.put("populations", JsonValue.array(pops));
        List<JsonValue> points = new ArrayList<>();
        for (RestPoint p : analysis.restPoints()) {
            JsonValue.JsonObject.Builder m = JsonValue.JsonObject.builder()
                    .put("state", state(p.shares()))
                    .put(
                            "eigenvalues",
                            p.basis() == RestPoint.Basis.SIMULATION
                                    ? JsonValue.JsonNull.NULL
                                    : eigenvalues(p.eigenvalues()))
                    .put("stability", p.stability().label())
                    .put("nash", p.nash())
                    .put("ess", p.ess())
                    .put("exact", p.exact());
            if (analysis.dynamics().restPointsAreNashEquilibria()) {
                // how stability was decided, for the dynamics whose points may be judged by simulation;
                // the replicator and the smooth dynamics keep the contract's original shape
                m.put("basis", JsonValue.token(p.basis()));
            }
            if (p.direct() != null) {
                DirectMethod.Verdict d = p.direct();
                m.put(
                        "directMethod",
                        JsonValue.JsonObject.builder()
                                .put("function", "relative entropy")
                                .put("verdict", JsonValue.token(d.verdict()))
                                .put("samples", d.samples())
                                .put("maxDerivative", d.maxDerivative())
                                .put("minDerivative", d.minDerivative())
                                .build());
            }
            if (p.friedman() != null) {
                m.put(
                        "friedman",
                        JsonValue.JsonObject.builder()
                                .put("determinant", p.friedman().determinant())
                                .put("trace", p.friedman().trace())
                                .put("verdict", JsonValue.token(p.friedman().verdict()))
                                .build());
            }
            points.add(m.build());
        }
        root.put("restPoints", JsonValue.array(points));
        List<JsonValue> sets = new ArrayList<>();
        for (RestPointSet s : analysis.restPointSets()) {
            List<JsonValue> samples = new ArrayList<>();
            for (double[][] x : s.samples()) {
                samples.add(state(x));
            }
            sets.add(JsonValue.JsonObject.builder()
                    .put("description", english.restPointSet(game, s))
                    .put("dimension", s.dimension())
                    .put("points", JsonValue.array(samples))
                    .put("stability", continuum(s.stability()))
                    .build());
        }
        root.put("restPointSets", JsonValue.array(sets));
        if (cycles != null) {
            List<JsonValue> list = new ArrayList<>();
            for (org.egt4j.stability.LimitCycle c : cycles) {
                list.add(JsonValue.JsonObject.builder()
                        .put("period", c.period())
                        .put("point", state(reducedToShares(c.point())))
                        .put("min", state(split(c.min())))
                        .put("max", state(split(c.max())))
                        .put("multipliers", eigenvalues(c.multipliers()))
                        .put("trivialMultiplier", c.trivial())
                        .put("stability", c.stability().label())
                        .put("residual", c.residual())
                        .build());
            }
            root.put("limitCycles", JsonValue.array(list));
        }
        RestPointSearchReport.json(root, analysis); // how the points were found, for non-face searches
        if (analysis.dynamics().restPointsAreNashEquilibria()) {
            // a global theorem for stable and potential games (Hofbauer and Sandholm 2009), as tokens
            root.put(
                    "globalStability",
                    analysis.globalStability()
                            .<JsonValue>map(g -> JsonValue.JsonObject.builder()
                                    .put("game", JsonValue.token(g.game()))
                                    .put("conclusion", JsonValue.token(g.conclusion()))
                                    .put("lyapunovFunction", JsonValue.token(g.lyapunov()))
                                    .build())
                            .orElse(JsonValue.JsonNull.NULL));
        }
        List<JsonValue> vertices = new ArrayList<>();
        for (VertexTable.Vertex v : analysis.vertices().vertices()) {
            JsonValue.JsonObject.Builder profile = JsonValue.JsonObject.builder();
            for (int k = 0; k < v.profile().length; k++) {
                profile.put(
                        game.populations().get(k).name(),
                        game.populations().get(k).strategies().get(v.profile()[k]));
            }
            List<JsonValue> eig = new ArrayList<>();
            for (VertexTable.VertexEigenvalue e : v.eigenvalues()) {
                eig.add(JsonValue.JsonObject.builder()
                        .put("expression", Printer.TEXT.print(e.expression()))
                        .put("latex", Printer.LATEX.print(e.expression()))
                        .put("value", e.value())
                        .put(
                                "population",
                                game.populations().get(e.population()).name())
                        .put(
                                "strategy",
                                game.populations()
                                        .get(e.population())
                                        .strategies()
                                        .get(e.strategy()))
                        .build());
            }
            List<JsonValue> thresholds = new ArrayList<>();
            for (VertexTable.Threshold t : v.thresholds()) {
                List<JsonValue> crit = new ArrayList<>();
                for (VertexTable.Critical c : t.criticals()) {
                    crit.add(JsonValue.JsonObject.builder()
                            .put("expression", criticalExpression(c))
                            .put("value", c.value())
                            .put("exact", c.exact())
                            .build());
                }
                thresholds.add(JsonValue.JsonObject.builder()
                        .put("parameter", t.parameter())
                        .put("critical", JsonValue.array(crit))
                        .put("essFrom", t.lower())
                        .put("essTo", t.upper())
                        .put("essSet", essSet(t.statement().essSet()))
                        .put("statement", english.threshold(t.statement()))
                        .build());
            }
            JsonValue.JsonObject.Builder vertex = JsonValue.JsonObject.builder();
            vertex.put("profile", profile.build())
                    .put("eigenvalues", JsonValue.array(eig))
                    .put("stability", v.stability().label())
                    .put("ess", v.ess())
                    .put("essConditions", JsonValue.strings(v.essConditions()))
                    .put("thresholds", JsonValue.array(thresholds))
                    .put(
                            "essOverBox",
                            v.overBox() == null
                                    ? JsonValue.JsonNull.NULL
                                    : JsonValue.token(v.overBox().verdict()));
            if (v.overBox() != null) {
                // extension: how the verdict was reached and its witness points
                vertex.put("essOverBoxExact", v.overBox().exact())
                        .put(
                                "essWitness",
                                witness(v.overBox().parameters(), v.overBox().essWitness()))
                        .put(
                                "nonEssWitness",
                                witness(v.overBox().parameters(), v.overBox().nonEssWitness()));
            }
            // after the deterministic keys, so that every vertex starts with its profile
            if (stochastic != null) {
                vertex.put("stochastic", stochastic(stochastic.get(vertices.size())));
            }
            vertices.add(vertex.build());
        }
        root.put("vertices", JsonValue.array(vertices));
        return root.build();
    }

    /** A continuum's verdict with its transverse eigenvalues at each interior sample, or null. */
    private static JsonValue continuum(org.egt4j.stability.ContinuumStability c) {
        if (c == null) {
            return JsonValue.JsonNull.NULL;
        }
        List<JsonValue> t = new ArrayList<>();
        c.transverse().forEach(e -> t.add(eigenvalues(e)));
        return JsonValue.JsonObject.builder()
                .put("verdict", JsonValue.token(c.verdict()))
                .put(
                        "reason",
                        c.reason() == org.egt4j.stability.ContinuumStability.Reason.NONE
                                ? JsonValue.JsonNull.NULL
                                : JsonValue.token(c.reason()))
                .put("transverse", JsonValue.array(t))
                .put("statement", EnglishMessages.INSTANCE.continuumStabilityPhrase(c))
                .build();
    }

    /** The exact ESS set of a threshold: intervals with each end's value, closed form and status. */
    private static JsonValue essSet(List<ThresholdStatement.Piece> set) {
        List<JsonValue> pieces = new ArrayList<>();
        for (ThresholdStatement.Piece p : set) {
            pieces.add(JsonValue.JsonObject.builder()
                    .put("from", end(p.from()))
                    .put("to", end(p.to()))
                    .build());
        }
        return JsonValue.array(pieces);
    }

    private static JsonValue end(ThresholdStatement.End e) {
        JsonValue.JsonObject.Builder b = JsonValue.JsonObject.builder().put("value", e.value());
        if (e.radical() != null) {
            b.put("exact", e.radical());
        }
        return b.put("kind", JsonValue.token(e.kind())).build();
    }

    /** A witness point of a box verdict as {parameter: value}, or null. */
    private static JsonValue witness(List<String> parameters, double[] point) {
        if (point == null) {
            return JsonValue.JsonNull.NULL;
        }
        JsonValue.JsonObject.Builder b = JsonValue.JsonObject.builder();
        for (int i = 0; i < point.length; i++) {
            b.put(parameters.get(i), point[i]);
        }
        return b.build();
    }

    private static JsonValue stochastic(VertexStochasticStability.Verdict v) {
        JsonValue.JsonObject.Builder b = JsonValue.JsonObject.builder().put("restPoint", v.restPoint());
        if (v.restPoint()) {
            b.put("almostSure", conditions(v.almostSure(), v.lyapunovExponent(), v.almostSurelyStable()));
            b.put("meanSquare", conditions(v.meanSquare(), v.meanSquareExponent(), v.meanSquareStable()));
        }
        return b.build();
    }

    /** "w*(λ) + a*σ_own^2 + c*σ_used^2 < 0" for every eigenvalue, joined by " and ". */
    private static JsonValue conditions(List<VertexStochasticStability.Condition> cs, double value, boolean holds) {
        List<String> parts = new ArrayList<>();
        for (VertexStochasticStability.Condition c : cs) {
            parts.add(conditionText(c));
        }
        double[] thresholds = new double[cs.size()];
        for (int i = 0; i < thresholds.length; i++) {
            thresholds[i] = cs.get(i).sigmaThreshold();
        }
        return JsonValue.JsonObject.builder()
                .put("condition", String.join(" and ", parts))
                .put("sigmaThresholds", JsonValue.numbers(thresholds))
                .put("value", value)
                .put("holds", holds)
                .build();
    }

    /** One condition as text: "w*(λ) + a*σ_own^2 + c*σ_used^2 < 0". */
    static String conditionText(VertexStochasticStability.Condition c) {
        StringBuilder sb = new StringBuilder();
        sb.append(c.lambdaWeight() == 1 ? "" : c.lambdaWeight() + "*")
                .append('(')
                .append(Printer.TEXT.print(c.eigenvalue().expression()))
                .append(')');
        if (Double.compare(c.ownWeight(), 0) != 0) {
            sb.append(sigmaTerm(c.ownWeight(), c.ownSigma()));
        }
        if (c.usedWeight() != 0) {
            sb.append(sigmaTerm(c.usedWeight(), c.usedSigma()));
        }
        return sb.append(" < 0").toString();
    }

    /** " - σ^2/2", " + σ^2", " + 3*σ^2" for the weight and σ. */
    private static String sigmaTerm(double weight, double sigma) {
        String square = Double.toString(sigma) + "^2";
        double w = Math.abs(weight);
        String term = Double.compare(w, 0.5) == 0
                ? square + "/2"
                : Double.compare(w, 1) == 0 ? square : (long) w + "*" + square;
        return (weight < 0 ? " - " : " + ") + term;
    }

    /**
     * The exact critical value −a/b of λ = a + b·P as a formula in the other parameters, with common
     * factors cancelled ({@link Factors#cancel}): a Laurent polynomial when the denominator cancels (e.g.
     * "C/2", "0"), otherwise a quotient of factors (e.g. "C/(T + 1)").
     *
     * @param c a critical value
     * @return the formula, or null when λ is not affine in the parameter
     */
    static String criticalExpression(VertexTable.Critical c) {
        if (c.split() == null) {
            return null;
        }
        // common contents, monomials and a dividing primitive part cancel: 0/(...) is 0, C·(T + 1)/(T + 1) is C
        Factors.Quotient q =
                Factors.cancel(c.split().constant().negate(), c.split().slope());
        if (q.isPolynomial()) {
            return Printer.TEXT.print(q.numerator());
        }
        Factors d = q.denominator();
        List<String> parts = new ArrayList<>();
        if (!d.content().equals(BigFraction.ONE)) {
            parts.add(d.content().getNumerator().toString());
        }
        if (d.monomial().size() > 0) {
            parts.add(Printer.TEXT.print(Polynomial.term(BigFraction.ONE, d.monomial())));
        }
        parts.add(Printer.TEXT.factor(d.primitive()));
        String den = String.join("*", parts);
        return Printer.TEXT.factor(q.numerator()) + "/" + (parts.size() > 1 ? "(" + den + ")" : den);
    }

    private JsonValue.JsonObject state(double[][] shares) {
        JsonValue.JsonObject.Builder m = JsonValue.JsonObject.builder();
        for (int k = 0; k < shares.length; k++) {
            m.put(game.populations().get(k).name(), JsonValue.numbers(shares[k]));
        }
        return m.build();
    }

    private static JsonValue eigenvalues(List<Eigenvalue> eig) {
        List<JsonValue> list = new ArrayList<>();
        for (Eigenvalue e : eig) {
            list.add(JsonValue.JsonObject.builder()
                    .put("re", e.re())
                    .put("im", e.im())
                    .build());
        }
        return JsonValue.array(list);
    }

    // ---- Markdown ---------------------------------------------------------------------------

    /** {@return the analysis as Markdown: model, equations, vertex table, rest points, continua, thresholds} */
    public String markdown() {
        return markdown(false);
    }

    /**
     * The analysis as Markdown, the equations optionally with common factors pulled out.
     *
     * @param factorEquations whether to print the equations factored (same values)
     * @return the Markdown
     */
    public String markdown(boolean factorEquations) {
        StringBuilder sb = new StringBuilder();
        sb.append("# ").append(game.name()).append("\n\n");
        if (!game.description().isBlank()) {
            sb.append(game.description().trim()).append("\n\n");
        }
        sb.append("## ")
                .append(messages.text(Phrase.MODEL))
                .append("\n\n")
                .append(messages.text(Phrase.POPULATION_TABLE))
                .append("\n|---|---|---|\n");
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
            sb.append("\n").append(messages.text(Phrase.PARAMETER_TABLE)).append("\n|---|---|---|---|\n");
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
        if (analysis.dynamics() instanceof ReplicatorDynamics) {
            sb.append("## ").append(messages.equationsHeading("replicator")).append("\n\n```text\n");
        } else {
            sb.append("## ")
                    .append(messages.text(Phrase.EQUATIONS_OF, Figures.dynamicsLabel(analysis.dynamics())))
                    .append("\n\n```text\n");
        }
        var equations = analysis.dynamics().equations(game);
        for (org.egt4j.dynamics.Equation e : equations.orElse(List.of())) {
            sb.append(e.format(Printer.TEXT, factorEquations)).append('\n');
        }
        if (equations.isEmpty()) {
            sb.append(analysis.dynamics().formula()).append('\n');
        }
        boolean vertexTable = analysis.dynamics().hasVertexTable();
        sb.append(vertexTable ? "```\n\n## " + messages.text(Phrase.VERTEX_STABILITY) + "\n\n" : "```\n");
        if (vertexTable) {
            sb.append(messages.text(Phrase.VERTEX_TABLE)).append("\n|---|---|---|---|---|\n");
        }
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
                    .append(messages.stability(v.stability()))
                    .append(" | ")
                    .append(v.ess() ? "**" + messages.text(Phrase.YES) + "**" : messages.text(Phrase.NO))
                    .append(" |\n");
        }
        if (vertexTable) {
            sb.append("\n").append(messages.text(Phrase.ESS_RULE)).append('\n');
        }
        sb.append("\n## ")
                .append(messages.text(Phrase.REST_POINTS))
                .append("\n\n")
                .append(messages.text(Phrase.REST_POINT_TABLE))
                .append("\n|---|---|---|---|---|---|\n");
        for (int index = 0; index < analysis.restPoints().size(); index++) {
            RestPoint p = analysis.restPoints().get(index);
            List<String> e = new ArrayList<>();
            p.eigenvalues().forEach(x -> e.add(complex(x)));
            String stability = messages.stability(p.stability());
            if (p.direct() != null) {
                stability += " (" + messages.relativeEntropy(p.direct().verdict()) + ")";
            }
            if (p.basis() == RestPoint.Basis.SIMULATION) {
                // the JSON's "basis": the eigenvalues shown do not decide here
                stability += messages.text(Phrase.BY_SIMULATION);
            }
            sb.append("| ")
                    .append(stateText(p.shares()))
                    .append(" | ")
                    .append(String.join(", ", e))
                    .append(" | ")
                    .append(stability)
                    .append(" | ")
                    .append(messages.text(p.nash() ? Phrase.YES : Phrase.NO))
                    .append(" | ")
                    .append(p.ess() ? "**" + messages.text(Phrase.YES) + "**" : messages.text(Phrase.NO))
                    .append(" | ")
                    .append(messages.text(RestPointSearchReport.found(analysis, index)))
                    .append(" |\n");
        }
        if (analysis.dynamics().restPointsAreNashEquilibria()) {
            // the JSON's "globalStability" as a sentence (Hofbauer and Sandholm 2009)
            sb.append('\n')
                    .append(analysis.globalStability()
                            .map(g -> messages.globalStability(g.game(), g.conclusion(), g.lyapunov()))
                            .orElse(messages.text(Phrase.NO_GLOBAL_THEOREM)))
                    .append('\n');
        }
        String search = RestPointSearchReport.sentence(analysis, messages);
        if (!search.isEmpty()) {
            sb.append('\n').append(search).append('\n');
        }
        if (!analysis.restPointSets().isEmpty()) {
            sb.append("\n## ").append(messages.text(Phrase.CONTINUA)).append("\n\n");
            for (RestPointSet s : analysis.restPointSets()) {
                List<String> samples = new ArrayList<>();
                s.samples().forEach(x -> samples.add(stateText(x)));
                sb.append("- ")
                        .append(messages.restPointSet(game, s))
                        .append(
                                s.stability() == null
                                        ? ""
                                        : messages.text(Phrase.SEPARATOR) + messages.continuumStability(s.stability()))
                        .append(messages.text(Phrase.FOR_EXAMPLE, String.join("; ", samples)))
                        .append('\n');
            }
        }
        if (cycles != null && !cycles.isEmpty()) {
            sb.append("\n## ")
                    .append(messages.text(Phrase.LIMIT_CYCLES))
                    .append("\n\n")
                    .append(messages.text(Phrase.LIMIT_CYCLE_TABLE))
                    .append("\n|---|---|---|---|---|---|\n");
            double largest = 0;
            for (org.egt4j.stability.LimitCycle c : cycles) {
                largest = Math.max(largest, c.largestNonTrivialModulus());
                sb.append("| ")
                        .append(num(c.period()))
                        .append(" | ")
                        .append(stateText(reducedToShares(c.point())))
                        .append(" | ")
                        .append(stateText(split(c.min())))
                        .append(" | ")
                        .append(stateText(split(c.max())))
                        .append(" | ")
                        .append(multipliers(c))
                        .append(" | ")
                        .append(messages.stability(c.stability()))
                        .append(" |\n");
            }
            sb.append('\n').append(messages.limitCycles(cycles.size(), largest)).append('\n');
        }
        if (vertexTable) {
            sb.append("\n## ").append(messages.text(Phrase.CONDITIONS)).append("\n\n");
        }
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
                    .append(messages.essConditions(v.label(), v.essConditions(), v.overBox()))
                    .append('\n');
            for (VertexTable.Threshold t : v.thresholds()) {
                if (t.statement().kind().isCondition()) {
                    sb.append("  - ").append(messages.threshold(t.statement())).append('\n');
                }
            }
        }
        return sb.toString();
    }

    /** The multipliers as "0.0123, 1*", the trivial one starred. */
    private static String multipliers(org.egt4j.stability.LimitCycle c) {
        List<String> m = new ArrayList<>();
        for (int i = 0; i < c.multipliers().size(); i++) {
            m.add(complex(c.multipliers().get(i)) + (i == c.trivial() ? "*" : ""));
        }
        return String.join(", ", m);
    }

    /** Reduced coordinates as shares[k][i], the last share of each population 1 − Σ. */
    private double[][] reducedToShares(double[] x) {
        double[][] s = new double[game.populations().size()][];
        for (int k = 0; k < s.length; k++) {
            int n = game.populations().get(k).size();
            s[k] = new double[n];
            double sum = 0;
            for (int i = 0; i < n - 1; i++) {
                s[k][i] = x[game.offset(k) + i];
                sum += s[k][i];
            }
            s[k][n - 1] = 1 - sum;
        }
        return s;
    }

    /** Every share of every population in one array, split per population. */
    private double[][] split(double[] all) {
        double[][] s = new double[game.populations().size()][];
        int w = 0;
        for (int k = 0; k < s.length; k++) {
            int n = game.populations().get(k).size();
            s[k] = java.util.Arrays.copyOfRange(all, w, w + n);
            w += n;
        }
        return s;
    }

    /**
     * The limit cycles as a LaTeX booktabs tabular (period, a point, the multipliers with the trivial one
     * starred, stability); empty when there are none or the search did not run.
     *
     * @return the tabular, ready to \input
     */
    public String latexLimitCycles() {
        if (cycles == null || cycles.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder("% ")
                .append(messages.text(Phrase.LIMIT_CYCLES))
                .append("\n\\begin{tabular}{llll}\n\\toprule\n")
                .append(messages.text(Phrase.LATEX_CYCLE_HEADER))
                .append(" \\\\\n\\midrule\n");
        for (org.egt4j.stability.LimitCycle c : cycles) {
            sb.append('$')
                    .append(num(c.period()))
                    .append("$ & ")
                    .append(latexText(stateText(reducedToShares(c.point()))))
                    .append(" & $")
                    .append(multipliers(c).replace("*", "^{*}").replace("−", "-"))
                    .append("$ & ")
                    .append(messages.stability(c.stability()))
                    .append(" \\\\\n");
        }
        return sb.append("\\bottomrule\n\\end{tabular}\n").toString();
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
        sb.append("% ")
                .append(game.name())
                .append(": ")
                .append(messages.text(Phrase.LATEX_VERTEX_COMMENT))
                .append('\n');
        sb.append("\\begin{tabular}{llll}\n\\toprule\n");
        sb.append(messages.text(Phrase.LATEX_VERTEX_HEADER)).append(" \\\\\n\\midrule\n");
        for (VertexTable.Vertex v : analysis.vertices().vertices()) {
            List<String> exprs = new ArrayList<>();
            for (VertexTable.VertexEigenvalue e : v.eigenvalues()) {
                exprs.add("$" + Printer.LATEX.print(e.expression()) + "$");
            }
            sb.append(latexText(v.label()))
                    .append(" & ")
                    .append(String.join(", ", exprs))
                    .append(" & ")
                    .append(messages.stability(v.stability()))
                    .append(" & ")
                    .append(messages.text(v.ess() ? Phrase.YES : Phrase.NO))
                    .append(" \\\\\n");
        }
        sb.append("\\bottomrule\n\\end{tabular}\n");
        return sb.toString();
    }

    static String latexText(String s) {
        return s.replace("\\", "\\textbackslash{}")
                .replace("_", "\\_")
                .replace("&", "\\&")
                .replace("%", "\\%")
                .replace("#", "\\#");
    }
}
