package org.egt4j.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.egt4j.analysis.AnalysisSettings;
import org.egt4j.analysis.AnalysisSolver;
import org.egt4j.analysis.BasinEstimate;
import org.egt4j.analysis.FullAnalysis;
import org.egt4j.analysis.StabilityMap;
import org.egt4j.analysis.TrajectorySet;
import org.egt4j.game.BoundGame;
import org.egt4j.game.Game;
import org.egt4j.ode.AdaptiveRungeKutta;
import org.egt4j.ode.SolverSettings;
import org.egt4j.random.FixedSeeds;
import org.egt4j.random.RandomStreams;
import org.egt4j.stability.RestPoint;
import org.egt4j.stability.VertexTable;

/**
 * Writes the full report of an analysis into a directory: {@code report.md} (model, equations, tables,
 * conditions, thresholds, analyses, figures embedded), {@code report.tex} (LaTeX fragments with
 * booktabs tables), {@code report.json} (the {@code analyze --json} content plus the analyses' data),
 * CSV files for every table and plotted series, PNG and SVG figures in {@code figures/}, and {@code
 * manifest.json} (versions, the spec's SHA-256, parameters, settings, seeds, the command). Data files
 * contain no timestamps: the same input gives the same bytes, whatever the thread count.
 */
public final class ReportWriter {

    private final Game game;
    private final BoundGame bound;
    private final FullAnalysis analysis;
    private String fontWarning = "";
    private boolean bom;
    private boolean factorEquations;
    private NoiseReport noise;
    private FiniteReport finite;
    private Messages messages = Messages.english();

    /**
     * Writes the Markdown, LaTeX, figures and captions in the language of {@code messages} (JSON
     * statements and CSV stay English: they are the data contract).
     *
     * @param messages the sentences of the report's language
     * @return this writer
     */
    public ReportWriter withMessages(Messages messages) {
        this.messages = messages;
        return this;
    }

    /**
     * Adds the finite-population section (a spec with {@code process:}): its Markdown and LaTeX, its JSON
     * under {@code "finite"}, its CSV files and figures.
     *
     * @param section the section, or null for none
     * @return this writer
     */
    public ReportWriter withFinite(FiniteReport section) {
        this.finite = section;
        return this;
    }

    private JsonValue.JsonObject execution;
    private List<org.egt4j.stability.LimitCycle> cycles;
    private ComparisonReport comparison;

    /**
     * Adds the comparison of dynamics ({@code analyze --compare}): its figures, CSV files, Markdown
     * section and {@code "comparison"} in {@code report.json}.
     *
     * @param section the comparison, or null for none
     * @return this writer
     */
    public ReportWriter withComparison(ComparisonReport section) {
        this.comparison = section;
        return this;
    }

    /**
     * Adds the limit cycles of the analysis ({@link org.egt4j.analysis.CycleSearch}): in the JSON, the
     * Markdown and LaTeX tables, and drawn on the phase portraits and simplex plots.
     *
     * @param found the cycles, possibly none
     * @return this writer
     */
    public ReportWriter withLimitCycles(List<org.egt4j.stability.LimitCycle> found) {
        this.cycles = List.copyOf(found);
        return this;
    }

    /** {@return empty, or the warning about fonts that the figures could not draw with (after {@link #write})} */
    public String fontWarning() {
        return fontWarning;
    }

    /**
     * Starts every CSV file with a byte-order mark, which Excel needs to read UTF-8 (Chinese names).
     *
     * @param on whether to write the mark
     * @return this writer
     */
    public ReportWriter withByteOrderMark(boolean on) {
        this.bom = on;
        return this;
    }

    /**
     * Prints the equations of the reports with common factors pulled out (or not).
     *
     * @param on whether to factor
     * @return this writer
     */
    public ReportWriter withFactoredEquations(boolean on) {
        this.factorEquations = on;
        return this;
    }

    /**
     * Names where the analysis ran in the manifest, as its {@code "execution"} object (e.g. the Spark
     * master and partition count); the data files do not depend on it.
     *
     * @param execution the object written, or null for none (the local default)
     * @return this writer
     */
    public ReportWriter withExecution(JsonValue.JsonObject execution) {
        this.execution = execution;
        return this;
    }

    /**
     * Adds the stochastic section (docs/sde.md): figures, CSV files, the Markdown, LaTeX and JSON
     * sections, and every vertex's stochastic stability in {@code report.json}.
     *
     * @param result the path ensembles and vertex verdicts under the spec's noise
     * @return this writer
     */
    public ReportWriter withNoise(org.egt4j.sde.NoiseAnalysis.Result result) {
        this.noise = new NoiseReport(game, result);
        this.noiseResult = result;
        return this;
    }

    private org.egt4j.sde.NoiseAnalysis.Result noiseResult;

    /**
     * A writer for this analysis of this bound game.
     *
     * @param bound the game at its base parameter point
     * @param analysis the full analysis of it
     */
    public ReportWriter(BoundGame bound, FullAnalysis analysis) {
        this.game = bound.game();
        this.bound = bound;
        this.analysis = analysis;
    }

    /**
     * Writes everything into {@code dir}, never half-written: into a temporary sibling moved into place
     * when complete, replacing an earlier report there ({@link AtomicDirectory}); a failed or
     * interrupted write leaves the earlier report as it was.
     *
     * @param command the exact command line, for the manifest
     * @param spec the spec file's bytes, for its SHA-256
     * @param dir the output directory
     * @return the files written, relative to dir
     */
    public List<String> write(Path dir, String command, byte[] spec) {
        try {
            return AtomicDirectory.replace(dir, partial -> writeInto(partial, command, spec));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Called with each file's name after it is written; tests inject failures here. */
    java.util.function.Consumer<String> afterFile = name -> {};

    private List<String> writeInto(Path dir, String command, byte[] spec) throws IOException {
        List<String> files = new ArrayList<>();
        Files.createDirectories(dir.resolve("figures"));
        Figures figures = new Figures(game, dir.resolve("figures"), messages);
        fontWarning = figures.fontWarning();
        if (cycles != null) {
            figures.withLimitCycles(cycles);
        }
        figures.all(bound, analysis);
        if (comparison != null) {
            comparison.withMessages(messages).figures(figures);
        }
        if (finite != null) {
            finite.withMessages(messages);
        }
        if (noise != null) {
            noise.withMessages(messages);
        }
        List<Figures.Figure> finiteFigures =
                finite == null ? List.of() : finite.figures(dir.resolve("figures"), figures.family());
        AnalysisReport report = new AnalysisReport(analysis.stability(), messages);
        if (cycles != null) {
            report.withLimitCycles(cycles);
        }
        if (noise != null) {
            noise.figures(figures);
            report.withStochastic(noiseResult.verdicts());
        }
        write(
                dir,
                "report.md",
                markdown(report, figures.written())
                        + (comparison == null ? "" : comparison.markdown())
                        + (finite == null ? "" : finite.markdown(finiteFigures)),
                files);
        write(dir, "report.tex", latex(report) + (finite == null ? "" : finite.latex()), files);
        write(dir, "report.json", json(report), files);
        if (noise != null) {
            for (Map.Entry<String, String> e : noise.csv().entrySet()) {
                write(dir, e.getKey(), e.getValue(), files);
            }
        }
        write(dir, "vertices.csv", verticesCsv(), files);
        write(dir, "rest-points.csv", restPointsCsv(), files);
        write(dir, "trajectories.csv", trajectoriesCsv(analysis.grid()), files);
        for (FullAnalysis.Sensitivity s : analysis.sensitivity()) {
            write(dir, "sensitivity-" + s.parameter() + ".csv", trajectoriesCsv(s.trajectories()), files);
        }
        if (analysis.map() != null) {
            write(dir, "stability-map.csv", mapCsv(analysis.map()), files);
        }
        if (analysis.basins() != null) {
            write(dir, "basins.csv", basinsCsv(analysis.basins()), files);
        }
        if (analysis.stability().dynamics().restPointsAreNashEquilibria()) {
            write(dir, "global-stability.csv", globalStabilityCsv(), files);
        }
        if (comparison != null) {
            for (Map.Entry<String, String> csv : comparison.csv().entrySet()) {
                write(dir, csv.getKey(), csv.getValue(), files);
            }
        }
        if (analysis.stability().restPointSearch().logit() != null) {
            write(
                    dir,
                    RestPointSearchReport.CSV,
                    RestPointSearchReport.csv(
                            game, analysis.stability().restPointSearch().logit(), dynamicsColumn()),
                    files);
        }
        if (finite != null) {
            for (Map.Entry<String, String> csv : finite.csv().entrySet()) {
                write(dir, csv.getKey(), csv.getValue(), files);
            }
        }
        // the interactive page of the same results (docs/explorer.md)
        write(
                dir,
                "explorer.html",
                org.egt4j.report.explorer.ExplorerPage.of(bound, analysis, messages)
                        .html(),
                files);
        write(dir, "manifest.json", manifest(command, spec), files);
        List<Figures.Figure> all = new ArrayList<>(figures.written());
        all.addAll(finiteFigures);
        for (Figures.Figure f : all) {
            files.add("figures/" + f.name() + ".png");
            files.add("figures/" + f.name() + ".svg");
        }
        return files;
    }

    private void write(Path dir, String name, String content, List<String> files) throws IOException {
        if (Thread.currentThread().isInterrupted()) {
            throw new java.io.InterruptedIOException("interrupted before " + name + " was written");
        }
        Files.writeString(
                dir.resolve(name), bom && name.endsWith(".csv") ? "\uFEFF" + content : content, StandardCharsets.UTF_8);
        files.add(name);
        afterFile.accept(name);
    }

    private String markdown(AnalysisReport report, List<Figures.Figure> figures) {
        StringBuilder sb = new StringBuilder(report.markdown(factorEquations));
        AnalysisSettings s = analysis.settings();
        sb.append("\n## ").append(messages.text(Phrase.ANALYSES)).append("\n\n");
        sb.append(messages.text(
                        Phrase.SETTINGS,
                        num(s.time()),
                        s.samples(),
                        java.util.Arrays.toString(s.levels()),
                        s.gridCap(),
                        s.sensitivityValues(),
                        s.mapResolution(),
                        s.basinSamples(),
                        num(s.basinTime()),
                        s.seed(),
                        solverName(),
                        s.rtol(),
                        AnalysisSolver.atol(s, analysis.stability().dynamics())))
                .append("\n\n");
        BasinEstimate b = analysis.basins();
        if (b != null) {
            sb.append("### ")
                    .append(messages.text(Phrase.BASINS))
                    .append("\n\n")
                    .append(messages.text(Phrase.BASIN_TABLE))
                    .append("\n|---|---|---|---|\n");
            for (BasinEstimate.Attractor a : b.attractors()) {
                sb.append("| ")
                        .append(a.label())
                        .append(" | ")
                        .append(a.count())
                        .append(" | ")
                        .append(num(a.share()))
                        .append(" | [")
                        .append(num(a.interval().lower()))
                        .append(", ")
                        .append(num(a.interval().upper()))
                        .append("] |\n");
            }
            sb.append("| ")
                    .append(messages.text(Phrase.NONE_REACHED))
                    .append(" | ")
                    .append(b.unresolved())
                    .append(" | ")
                    .append(num((double) b.unresolved() / b.samples()))
                    .append(" | [")
                    .append(num(b.unresolvedInterval().lower()))
                    .append(", ")
                    .append(num(b.unresolvedInterval().upper()))
                    .append("] |\n\n");
        }
        if (analysis.map() != null) {
            StabilityMap m = analysis.map();
            sb.append("### ")
                    .append(messages.text(Phrase.STABILITY_MAP))
                    .append("\n\n")
                    .append(messages.text(
                            Phrase.MAP_SENTENCE,
                            m.xParameter(),
                            num(m.x()[0]),
                            num(m.x()[m.x().length - 1]),
                            m.yParameter(),
                            num(m.y()[0]),
                            num(m.y()[m.y().length - 1])));
            if (!analysis.stability().dynamics().hasVertexTable()) {
                sb.append(' ')
                        .append(messages.text(
                                Phrase.MAP_VERTEX_REGIMES,
                                analysis.stability().dynamics().name()));
            }
            sb.append("\n\n");
        }
        sb.append("### ").append(messages.text(Phrase.FIGURES)).append("\n\n");
        if (!fontWarning.isEmpty()) {
            sb.append("> **")
                    .append(messages.text(Phrase.NOTE))
                    .append("** ")
                    .append(fontWarning)
                    .append("\n\n");
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
        if (noise != null) {
            sb.append(noise.markdown());
        }
        return sb.toString();
    }

    private String latex(AnalysisReport report) {
        StringBuilder sb = new StringBuilder();
        sb.append("% ").append(messages.text(Phrase.LATEX_HEADER, game.name())).append('\n');
        sb.append("% ")
                .append(messages.text(
                        Phrase.LATEX_DYNAMICS,
                        Figures.dynamicsLabel(messages, analysis.stability().dynamics())))
                .append("\n\n");
        org.egt4j.dynamics.Dynamics dynamics = analysis.stability().dynamics();
        // the analysed dynamic's equations (the replicator's would be wrong under mutation or logit)
        sb.append(
                        dynamics.equations(game).isPresent()
                                ? new EquationsReport(game, Map.of(), dynamics)
                                        .withMessages(messages)
                                        .factored(factorEquations)
                                        .latex()
                                : EquationsReport.latexPayoffs(game, dynamics))
                .append('\n');
        sb.append(report.latexVertexTable()).append('\n');
        sb.append("% " + messages.text(Phrase.LATEX_REST_COMMENT) + "\n\\begin{tabular}{lllll}\n\\toprule\n"
                + messages.text(Phrase.LATEX_REST_HEADER) + " \\\\\n\\midrule\n");
        for (RestPoint p : analysis.stability().restPoints()) {
            List<String> e = new ArrayList<>();
            p.eigenvalues()
                    .forEach(x -> e.add(
                            x.im() == 0
                                    ? num(x.re())
                                    : num(x.re()) + (x.im() < 0 ? " - " : " + ") + num(Math.abs(x.im())) + "i"));
            List<String> st = new ArrayList<>();
            for (int k = 0; k < p.shares().length; k++) {
                List<String> v = new ArrayList<>();
                for (double x : p.shares()[k]) {
                    v.add(num(x));
                }
                st.add("(" + String.join(", ", v) + ")");
            }
            sb.append("$")
                    .append(String.join(", ", st))
                    .append("$ & $")
                    .append(String.join(",\\ ", e))
                    .append("$ & ")
                    .append(messages.stability(p.stability()))
                    .append(" & ")
                    .append(messages.text(p.nash() ? Phrase.YES : Phrase.NO))
                    .append(" & ")
                    .append(messages.text(p.ess() ? Phrase.YES : Phrase.NO))
                    .append(" \\\\\n");
        }
        sb.append("\\bottomrule\n\\end{tabular}\n");
        if (!analysis.stability().restPointSets().isEmpty()) {
            // continua: what each set is and the verdict from its transverse eigenvalues
            sb.append("\n% continua of rest points\n\\begin{tabular}{ll}\n\\toprule\n"
                    + "Set & Stability \\\\\n\\midrule\n");
            Messages en = Messages.english();
            for (org.egt4j.stability.RestPointSet set : analysis.stability().restPointSets()) {
                sb.append(AnalysisReport.latexText(en.restPointSet(game, set))
                                .replace("{", "\\{")
                                .replace("}", "\\}"))
                        .append(" & ")
                        .append(
                                set.stability() == null
                                        ? ""
                                        : AnalysisReport.latexText(en.continuumStability(set.stability())))
                        .append(" \\\\\n");
            }
            sb.append("\\bottomrule\n\\end{tabular}\n");
        }
        String search = RestPointSearchReport.latex(analysis.stability(), messages);
        if (!search.isEmpty()) {
            sb.append('\n').append(search); // method, paths, completeness; the logit correspondence
        }
        if (!report.latexLimitCycles().isEmpty()) {
            sb.append('\n').append(report.latexLimitCycles());
        }
        if (noise != null) {
            sb.append('\n').append(noise.latex());
        }
        return sb.toString();
    }

    private String json(AnalysisReport report) {
        AnalysisSettings s = analysis.settings();
        JsonValue.JsonObject.Builder extra = JsonValue.JsonObject.builder();
        extra.put(
                "analysisSettings",
                JsonValue.JsonObject.builder()
                        .put("time", s.time())
                        .put("samples", s.samples())
                        .put("levels", JsonValue.numbers(s.levels()))
                        .put("gridCap", s.gridCap())
                        .put("sensitivityValues", s.sensitivityValues())
                        .put("mapResolution", s.mapResolution())
                        .put("basins", s.basinSamples())
                        .put("basinTime", s.basinTime())
                        .put("seed", s.seed())
                        .put("rtol", s.rtol())
                        .put("atol", s.atol())
                        .build());
        extra.put(
                "trajectories",
                JsonValue.JsonObject.builder()
                        .put("starts", JsonValue.numbers(analysis.grid().starts()))
                        .put("ends", ends(analysis.grid()))
                        .build());
        List<JsonValue> sens = new ArrayList<>();
        for (FullAnalysis.Sensitivity se : analysis.sensitivity()) {
            sens.add(JsonValue.JsonObject.builder()
                    .put("parameter", se.parameter())
                    .put("values", JsonValue.numbers(se.values()))
                    .put("ends", ends(se.trajectories()))
                    .build());
        }
        extra.put("sensitivity", JsonValue.array(sens));
        if (analysis.map() != null) {
            StabilityMap m = analysis.map();
            List<JsonValue> rows = new ArrayList<>();
            for (int[] row : m.cells()) {
                List<JsonValue> r = new ArrayList<>();
                for (int v : row) {
                    r.add(new JsonValue.JsonInteger(v));
                }
                rows.add(JsonValue.array(r));
            }
            extra.put(
                    "stabilityMap",
                    JsonValue.JsonObject.builder()
                            .put("x", m.xParameter())
                            .put("y", m.yParameter())
                            .put("xValues", JsonValue.numbers(m.x()))
                            .put("yValues", JsonValue.numbers(m.y()))
                            .put("cells", JsonValue.array(rows))
                            .put("vertexLabels", JsonValue.strings(m.vertexLabels()))
                            .build());
        }
        if (analysis.basins() != null) {
            BasinEstimate b = analysis.basins();
            List<JsonValue> att = new ArrayList<>();
            for (BasinEstimate.Attractor a : b.attractors()) {
                att.add(JsonValue.JsonObject.builder()
                        .put("attractor", a.label())
                        .put("count", a.count())
                        .put("share", a.share())
                        .put("lower", a.interval().lower())
                        .put("upper", a.interval().upper())
                        .build());
            }
            extra.put(
                    "basins",
                    JsonValue.JsonObject.builder()
                            .put("samples", b.samples())
                            .put("seed", b.seed())
                            .put("attractors", JsonValue.array(att))
                            .put("unresolved", b.unresolved())
                            .build());
        }
        if (noise != null) {
            extra.put("stochastic", noise.json());
        }
        if (finite != null) {
            extra.put("finite", finite.json());
        }
        if (comparison != null) {
            extra.put("comparison", comparison.json());
        }
        return Json.write(report.document().with(extra.build())) + "\n";
    }

    /** The last state of every run. */
    private static JsonValue ends(TrajectorySet set) {
        List<JsonValue> ends = new ArrayList<>();
        for (double[][] run : set.states()) {
            ends.add(JsonValue.numbers(run[run.length - 1]));
        }
        return JsonValue.array(ends);
    }

    private String verticesCsv() {
        StringBuilder sb = new StringBuilder(Csv.line(
                List.of("profile", "population", "strategy", "eigenvalue", "value", "stability", "ess", "dynamics")));
        for (VertexTable.Vertex v : analysis.stability().vertices().vertices()) {
            for (VertexTable.VertexEigenvalue e : v.eigenvalues()) {
                sb.append(Csv.line(List.of(
                        v.label(),
                        game.populations().get(e.population()).name(),
                        game.populations().get(e.population()).strategies().get(e.strategy()),
                        org.egt4j.expr.Printer.TEXT.print(e.expression()),
                        e.value(),
                        v.stability().label(),
                        v.ess(),
                        dynamicsColumn())));
            }
        }
        return sb.toString();
    }

    private String restPointsCsv() {
        List<Object> header = new ArrayList<>(List.of("point"));
        game.populations().forEach(p -> p.strategies().forEach(s -> header.add(p.name() + "." + s)));
        header.addAll(List.of("eigenvalues", "stability", "nash", "ess", "exact", "basis", "dynamics"));
        StringBuilder sb = new StringBuilder(Csv.line(header));
        int i = 1;
        for (RestPoint p : analysis.stability().restPoints()) {
            List<Object> row = new ArrayList<>(List.of(i++));
            for (double[] s : p.shares()) {
                for (double v : s) {
                    row.add(v);
                }
            }
            List<String> e = new ArrayList<>();
            p.eigenvalues().forEach(x -> e.add(x.toString()));
            row.addAll(List.of(
                    String.join("; ", e),
                    p.stability().label(),
                    p.nash(),
                    p.ess(),
                    p.exact(),
                    JsonValue.token(p.basis()).value(),
                    dynamicsColumn()));
            sb.append(Csv.line(row));
        }
        return sb.toString();
    }

    private String trajectoriesCsv(TrajectorySet set) {
        List<Object> header = new ArrayList<>(List.of("run", "label", "t"));
        header.addAll(game.coordinateNames());
        header.add("dynamics");
        StringBuilder sb = new StringBuilder(Csv.line(header));
        for (int r = 0; r < set.states().length; r++) {
            for (int k = 0; k < set.times().length; k++) {
                List<Object> row = new ArrayList<>(List.of(r + 1, set.labels().get(r), set.times()[k]));
                for (double v : set.states()[r][k]) {
                    row.add(v);
                }
                row.add(dynamicsColumn());
                sb.append(Csv.line(row));
            }
        }
        return sb.toString();
    }

    private String mapCsv(StabilityMap m) {
        StringBuilder sb =
                new StringBuilder(Csv.line(List.of(m.xParameter(), m.yParameter(), "class", "ess", "dynamics")));
        for (int j = 0; j < m.y().length; j++) {
            for (int i = 0; i < m.x().length; i++) {
                int c = m.cells()[j][i];
                sb.append(Csv.line(List.of(
                        m.x()[i],
                        m.y()[j],
                        c,
                        c == StabilityMap.NONE
                                ? "none"
                                : c == StabilityMap.SEVERAL
                                        ? "several"
                                        : m.vertexLabels().get(c),
                        dynamicsColumn())));
            }
        }
        return sb.toString();
    }

    private String basinsCsv(BasinEstimate b) {
        StringBuilder sb =
                new StringBuilder(Csv.line(List.of("attractor", "count", "share", "lower95", "upper95", "dynamics")));
        for (BasinEstimate.Attractor a : b.attractors()) {
            sb.append(Csv.line(List.of(
                    a.label(),
                    a.count(),
                    a.share(),
                    a.interval().lower(),
                    a.interval().upper(),
                    dynamicsColumn())));
        }
        sb.append(Csv.line(List.of(
                "none reached",
                b.unresolved(),
                (double) b.unresolved() / b.samples(),
                b.unresolvedInterval().lower(),
                b.unresolvedInterval().upper(),
                dynamicsColumn())));
        return sb.toString();
    }

    /**
     * The last column of every CSV of the deterministic analysis: the dynamic as the command line writes
     * it ({@code replicator}, {@code logit:eta=0.1}). A column rather than a comment line, so that
     * readers taking the first line as the header keep working (docs/architecture.md §5).
     */
    private String dynamicsColumn() {
        return analysis.stability().dynamics().spec();
    }

    /**
     * The global theorem of Hofbauer and Sandholm (2009) that applies under a Nash-stationary dynamic, as
     * tokens of the JSON's {@code globalStability}; one row, {@code none} when no theorem applies.
     */
    private String globalStabilityCsv() {
        StringBuilder sb = new StringBuilder(Csv.line(List.of("game", "conclusion", "lyapunovFunction", "dynamics")));
        var g = analysis.stability().globalStability();
        sb.append(Csv.line(List.of(
                g.map(x -> JsonValue.token(x.game()).value()).orElse("none"),
                g.map(x -> JsonValue.token(x.conclusion()).value()).orElse(""),
                g.map(x -> JsonValue.token(x.lyapunov()).value()).orElse(""),
                dynamicsColumn())));
        return sb.toString();
    }

    private String manifest(String command, byte[] spec) {
        JsonValue.JsonObject.Builder m = JsonValue.JsonObject.builder();
        String v = ReportWriter.class.getPackage().getImplementationVersion();
        m.put("egt4jVersion", v == null ? "development" : v);
        m.put("javaVersion", System.getProperty("java.version"));
        m.put("specSha256", sha256(spec));
        m.put("parameters", JsonValue.numbers(bound.parameterValues()));
        m.put("dynamics", AnalysisReport.dynamicsDocument(analysis.stability().dynamics()));
        JsonValue.JsonObject.Builder solver = JsonValue.JsonObject.builder();
        solver.put("method", solverName());
        solver.put("rtol", analysis.settings().rtol());
        // the atol the trajectories used: imitative dynamics control shares relatively (AnalysisSolver)
        solver.put(
                "atol",
                AnalysisSolver.atol(analysis.settings(), analysis.stability().dynamics()));
        m.put("solver", solver.build());
        JsonValue.JsonObject.Builder seeds = JsonValue.JsonObject.builder();
        seeds.put("generator", RandomStreams.GENERATOR);
        seeds.put("basins", analysis.settings().seed());
        FixedSeeds.all().forEach(seeds::put);
        m.put("seeds", seeds.build());
        if (execution != null) {
            m.put("execution", execution);
        }
        m.put("command", command);
        return Json.write(m.build()) + "\n";
    }

    /**
     * The method that ran: {@link AdaptiveRungeKutta#create} picks it from the analysis' tolerances, with
     * the solver settings {@link FullAnalysis} integrates with, or the dynamic's exact paths.
     */
    private String solverName() {
        AnalysisSettings s = analysis.settings();
        java.util.Optional<org.egt4j.dynamics.ExactPaths> exact =
                analysis.stability().dynamics().exactPaths(bound);
        if (exact.isPresent()) {
            return exact.get().method(); // best response: the paths are followed exactly, not integrated
        }
        return AdaptiveRungeKutta.create(SolverSettings.DEFAULT.withTolerances(s.rtol(), s.atol()))
                .name();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String num(double v) {
        return AnalysisReport.num(v);
    }
}
