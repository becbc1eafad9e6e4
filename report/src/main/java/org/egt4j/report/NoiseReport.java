package org.egt4j.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.egt4j.game.Game;
import org.egt4j.game.Population;
import org.egt4j.sde.Noise;
import org.egt4j.sde.NoiseAnalysis;
import org.egt4j.sde.NoiseKind;
import org.egt4j.sde.PathEnsemble;
import org.egt4j.sde.VertexStochasticStability;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The stochastic section of a full report, drawn from a {@link NoiseAnalysis.Result} only: figures
 * (sample paths with mean and 5–95% band per coordinate, the same under the σ-sensitivity factors, the
 * end-state distribution as a histogram for two-strategy populations or a density on the simplex for
 * three, absorption fractions against the noise scale with Wilson intervals), their CSV files, and the
 * Markdown, LaTeX and JSON sections with the exact stochastic stability conditions.
 */
final class NoiseReport {

    /** Bins of the end-state histogram on [0, 1] and per side of the simplex density. */
    static final int BINS = 20;

    private static final Color[] PALETTE = {
        new Color(0, 114, 178), new Color(213, 94, 0), new Color(0, 158, 115), new Color(204, 121, 167)
    };

    private final Game game;
    private final NoiseAnalysis.Result result;
    private Messages messages = Messages.english();

    NoiseReport(Game game, NoiseAnalysis.Result result) {
        this.game = game;
        this.result = result;
    }

    /** Writes the section, its figures and captions in the language of {@code m}. */
    NoiseReport withMessages(Messages m) {
        this.messages = m;
        return this;
    }

    // ---- labels --------------------------------------------------------------------------------

    /** "sigma = 0.5", "sigma = (0.5, 1)", "N = 100". */
    String intensity(Noise noise) {
        double[] v = noise.kind() == NoiseKind.FINITE_SIZE ? noise.populationSizes(game) : noise.strategySigmas(game);
        if (noise.kind() == NoiseKind.MULTIPLICATIVE || noise.kind() == NoiseKind.LOGISTIC) {
            double[] perPop = new double[game.populations().size()];
            for (int k = 0; k < perPop.length; k++) {
                perPop[k] = v[2 * k];
            }
            v = perPop;
        }
        boolean same = true;
        for (double d : v) {
            same &= Double.compare(d, v[0]) == 0;
        }
        List<String> parts = new ArrayList<>();
        for (double d : v) {
            parts.add(messages.number(d));
        }
        String name = noise.kind() == NoiseKind.FINITE_SIZE ? "N" : "sigma";
        return name + " = " + (same ? parts.get(0) : "(" + String.join(", ", parts) + ")");
    }

    /** (population k, strategy i) of every reduced coordinate. */
    private List<int[]> coordinates() {
        List<int[]> out = new ArrayList<>();
        for (int k = 0; k < game.populations().size(); k++) {
            for (int i = 0; i < game.populations().get(k).size() - 1; i++) {
                out.add(new int[] {k, i});
            }
        }
        return out;
    }

    private String coordinateTitle(int[] ki) {
        Population p = game.populations().get(ki[0]);
        return messages.text(Phrase.SHARE_IN, p.strategies().get(ki[1]), p.name());
    }

    private String coordinateFile(int[] ki) {
        Population p = game.populations().get(ki[0]);
        return p.name() + (p.size() > 2 ? "-" + p.strategies().get(ki[1]) : "");
    }

    private String profileLabel(double[] state) {
        List<String> parts = new ArrayList<>();
        for (int k = 0; k < game.populations().size(); k++) {
            Population p = game.populations().get(k);
            int chosen = p.size() - 1;
            for (int i = 0; i < p.size() - 1; i++) {
                if (state[game.offset(k) + i] > 0.5) {
                    chosen = i;
                }
            }
            parts.add(p.strategies().get(chosen));
        }
        return "(" + String.join(", ", parts) + ")";
    }

    private static double[] column(double[][] rows, int c) {
        double[] v = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            v[i] = rows[i][c];
        }
        return v;
    }

    // ---- figures -------------------------------------------------------------------------------

    /**
     * Saves a figure of this section with a note naming what was simulated: the stochastic replicator
     * under the spec's noise (its drift is the replicator field whatever the analysis' dynamic, {@link
     * org.egt4j.sde.ReplicatorSde}), not the note of the deterministic sections' dynamic.
     */
    private void save(
            Figures figures, org.knowm.xchart.internal.chartpart.Chart<?, ?> chart, String name, String caption) {
        figures.saveAsIs(chart, name, caption + simulatedNote());
    }

    /** " Dynamics: stochastic replicator with multiplicative noise." in the report's language. */
    String simulatedNote() {
        return messages.text(
                Phrase.DYNAMICS_NOTE,
                messages.text(
                        Phrase.STOCHASTIC_REPLICATOR, result.noise().kind().key()));
    }

    void figures(Figures figures) {
        paths(figures);
        sensitivity(figures);
        endStates(figures);
        absorption(figures);
    }

    private void paths(Figures figures) {
        PathEnsemble.Result base = result.base().result();
        String label = intensity(result.noise());
        List<int[]> coords = coordinates();
        for (int c = 0; c < coords.size(); c++) {
            String what = coordinateTitle(coords.get(c));
            XYChart chart = figures.xy(messages.text(Phrase.PATHS_TITLE, label), "t", what);
            chart.getStyler().setYAxisMin(0.0);
            chart.getStyler().setYAxisMax(1.0);
            for (int r = 0; r < base.paths().size(); r++) {
                XYSeries s = chart.addSeries(
                        messages.text(Phrase.PATH, r + 1),
                        base.times(),
                        column(base.paths().get(r), c));
                s.setMarker(SeriesMarkers.NONE);
                s.setLineColor(new Color(190, 190, 190));
                s.setLineStyle(new BasicStroke(0.8f));
                s.setShowInLegend(false);
            }
            band(chart, base, c, Color.BLACK, "");
            save(
                    figures,
                    chart,
                    "sde-paths-" + coordinateFile(coords.get(c)),
                    messages.text(
                            Phrase.PATHS_CAPTION, what, label, base.paths().size(), base.ends().length));
        }
    }

    /** Mean (solid) and the 5% and 95% quantiles (dashed) of coordinate c. */
    private void band(XYChart chart, PathEnsemble.Result r, int c, Color color, String suffix) {
        XYSeries mean = chart.addSeries(messages.text(Phrase.MEAN, suffix), r.times(), column(r.mean(), c));
        mean.setMarker(SeriesMarkers.NONE);
        mean.setLineColor(color);
        mean.setLineStyle(new BasicStroke(2.4f));
        BasicStroke dashed =
                new BasicStroke(1.4f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f);
        String[] names = {"5%", "95%"};
        int[] levels = {0, 2};
        for (int q = 0; q < 2; q++) {
            XYSeries s = chart.addSeries(
                    names[q] + suffix, r.times(), column(r.quantiles().get(levels[q]), c));
            s.setMarker(SeriesMarkers.NONE);
            s.setLineColor(color);
            s.setLineStyle(dashed);
        }
    }

    private void sensitivity(Figures figures) {
        List<int[]> coords = coordinates();
        for (int c = 0; c < coords.size(); c++) {
            String what = coordinateTitle(coords.get(c));
            XYChart chart = figures.xy(messages.text(Phrase.SENSITIVITY_TITLE), "t", what);
            chart.getStyler().setYAxisMin(0.0);
            chart.getStyler().setYAxisMax(1.0);
            List<String> labels = new ArrayList<>();
            for (int i = 0; i < NoiseAnalysis.SENSITIVITY.size(); i++) {
                NoiseAnalysis.Run run = result.run(NoiseAnalysis.SENSITIVITY.get(i));
                String label = intensity(run.noise());
                labels.add(label);
                band(chart, run.result(), c, PALETTE[i % PALETTE.length], " " + label);
            }
            save(
                    figures,
                    chart,
                    "sde-sensitivity-" + coordinateFile(coords.get(c)),
                    messages.text(Phrase.SENSITIVITY_CAPTION, what, String.join(", ", labels)));
        }
    }

    /** counts[b]: paths whose share of strategy 0 of population k ends in bin b of [0, 1]. */
    int[] histogram(int k) {
        int[] counts = new int[BINS];
        for (double[] end : result.base().result().ends()) {
            double x = end[game.offset(k)];
            counts[Math.min(BINS - 1, Math.max(0, (int) Math.floor(x * BINS)))]++;
        }
        return counts;
    }

    /** counts[i][j]: paths of population k (three strategies) ending with shares s1 in bin i, s2 in bin j. */
    int[][] simplexDensity(int k) {
        int[][] counts = new int[BINS][BINS];
        int o = game.offset(k);
        for (double[] end : result.base().result().ends()) {
            double s1 = end[o + 1];
            double s2 = 1 - end[o] - end[o + 1];
            int i = Math.min(BINS - 1, Math.max(0, (int) Math.floor(s1 * BINS)));
            int j = Math.min(BINS - 1 - i, Math.max(0, (int) Math.floor(s2 * BINS)));
            counts[i][j]++;
        }
        return counts;
    }

    private void endStates(Figures figures) {
        String label = intensity(result.noise());
        int paths = result.base().result().ends().length;
        for (int k = 0; k < game.populations().size(); k++) {
            Population p = game.populations().get(k);
            if (p.size() == 2) {
                int[] counts = histogram(k);
                double[] x = new double[BINS + 1];
                double[] y = new double[BINS + 1];
                for (int b = 0; b <= BINS; b++) {
                    x[b] = (double) b / BINS;
                    y[b] = counts[Math.min(b, BINS - 1)] / (double) paths * BINS;
                }
                XYChart chart = figures.xy(
                        messages.text(Phrase.END_TITLE, messages.number(result.time())),
                        messages.text(Phrase.SHARE_IN, p.strategies().get(0), p.name()),
                        messages.text(Phrase.DENSITY));
                chart.getStyler().setXAxisMin(0.0);
                chart.getStyler().setXAxisMax(1.0);
                chart.getStyler().setLegendVisible(false);
                XYSeries s = chart.addSeries("density", x, y);
                s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.StepArea);
                s.setMarker(SeriesMarkers.NONE);
                s.setFillColor(new Color(0, 114, 178, 120));
                s.setLineColor(new Color(0, 114, 178));
                save(
                        figures,
                        chart,
                        "sde-end-" + p.name(),
                        messages.text(
                                Phrase.END_CAPTION,
                                p.strategies().get(0),
                                p.name(),
                                messages.number(result.time()),
                                paths,
                                label,
                                BINS));
            } else if (p.size() == 3) {
                simplex(figures, k, label, paths);
            }
        }
    }

    private void simplex(Figures figures, int k, String label, int paths) {
        Population p = game.populations().get(k);
        int[][] counts = simplexDensity(k);
        int max = 1;
        for (int[] row : counts) {
            for (int v : row) {
                max = Math.max(max, v);
            }
        }
        XYChart c = figures.xy(
                messages.text(Phrase.END_DENSITY_TITLE, p.name(), messages.number(result.time())), "", "", 700, 660);
        c.getStyler().setXAxisTicksVisible(false);
        c.getStyler().setYAxisTicksVisible(false);
        c.getStyler().setXAxisTitleVisible(false);
        c.getStyler().setYAxisTitleVisible(false);
        c.getStyler().setPlotGridLinesVisible(false);
        c.getStyler().setLegendVisible(false);
        c.getStyler().setXAxisMin(-0.1);
        c.getStyler().setXAxisMax(1.1);
        c.getStyler().setYAxisMin(-0.1);
        c.getStyler().setYAxisMax(0.98);
        c.getStyler().setMarkerSize(Math.max(4, 560 / BINS / 2));
        double h = Math.sqrt(3) / 2;
        XYSeries border = c.addSeries("simplex", new double[] {0, 1, 0.5, 0}, new double[] {0, 0, h, 0});
        border.setMarker(SeriesMarkers.NONE);
        border.setLineColor(Color.BLACK);
        c.addAnnotation(new AnnotationText(p.strategies().get(0), -0.04, -0.05, false));
        c.addAnnotation(new AnnotationText(p.strategies().get(1), 1.04, -0.05, false));
        c.addAnnotation(new AnnotationText(p.strategies().get(2), 0.5, h + 0.05, false));
        int levels = 5;
        for (int level = 1; level <= levels; level++) {
            List<Double> xs = new ArrayList<>();
            List<Double> ys = new ArrayList<>();
            for (int i = 0; i < BINS; i++) {
                for (int j = 0; i + j < BINS; j++) {
                    int v = counts[i][j];
                    int l = v == 0 ? 0 : 1 + (int) Math.min(levels - 1, (long) v * levels / (max + 1));
                    if (l == level) {
                        double s1 = (i + 0.5) / BINS;
                        double s2 = (j + 0.5) / BINS;
                        xs.add(s1 + 0.5 * s2);
                        ys.add(h * s2);
                    }
                }
            }
            if (xs.isEmpty()) {
                continue;
            }
            XYSeries s = c.addSeries("level " + level, xs, ys);
            s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
            s.setMarker(SeriesMarkers.SQUARE);
            int grey = 220 - level * 40;
            s.setMarkerColor(new Color(grey, grey, Math.min(255, grey + 40)));
        }
        save(
                figures,
                c,
                "sde-end-" + p.name(),
                messages.text(Phrase.END_DENSITY_CAPTION, p.name(), messages.number(result.time()), paths, label));
    }

    /** Every profile some run ends at, by label, with its state. */
    private Map<String, double[]> absorbingProfiles() {
        Map<String, double[]> out = new TreeMap<>();
        for (NoiseAnalysis.Run run : result.runs()) {
            for (PathEnsemble.Absorption a : run.result().absorbed()) {
                out.putIfAbsent(profileLabel(a.state()), a.state());
            }
        }
        return out;
    }

    private static PathEnsemble.Absorption find(PathEnsemble.Result r, double[] state) {
        for (PathEnsemble.Absorption a : r.absorbed()) {
            if (java.util.Arrays.equals(a.state(), state)) {
                return a;
            }
        }
        return null;
    }

    private void absorption(Figures figures) {
        int n = result.runs().size();
        double[] factors = new double[n];
        for (int i = 0; i < n; i++) {
            // plotted at log2 of the factor, labelled with the factor itself
            factors[i] = Math.log(result.runs().get(i).factor()) / Math.log(2);
        }
        XYChart chart = figures.xy(
                messages.text(Phrase.ABSORPTION_TITLE),
                messages.text(Phrase.NOISE_SCALE, intensity(result.noise())),
                messages.text(Phrase.FRACTION_AT_T, messages.number(result.time())));
        chart.getStyler().setXAxisMin(factors[0] - 0.25);
        chart.getStyler().setXAxisMax(factors[n - 1] + 0.25);
        chart.getStyler()
                .setxAxisTickLabelsFormattingFunction(
                        v -> Math.abs(v - Math.rint(v)) < 1e-9 ? messages.number(Math.pow(2, Math.rint(v))) : "");
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setYAxisMax(1.0);
        chart.getStyler().setErrorBarsColor(Color.DARK_GRAY);
        double[] absorbedTotal = new double[n];
        int colour = 0;
        for (Map.Entry<String, double[]> e : absorbingProfiles().entrySet()) {
            double[] y = new double[n];
            double[] err = new double[n];
            for (int i = 0; i < n; i++) {
                PathEnsemble.Absorption a = find(result.runs().get(i).result(), e.getValue());
                if (a != null) {
                    y[i] = a.fraction();
                    err[i] = Math.max(a.fraction() - a.ci95().lower(), a.ci95().upper() - a.fraction());
                    absorbedTotal[i] += a.fraction();
                }
            }
            XYSeries s = chart.addSeries(e.getKey(), factors, y, err);
            s.setMarker(SeriesMarkers.CIRCLE);
            s.setLineColor(PALETTE[colour % PALETTE.length]);
            s.setMarkerColor(PALETTE[colour++ % PALETTE.length]);
        }
        double[] rest = new double[n];
        for (int i = 0; i < n; i++) {
            rest[i] = Math.max(0, 1 - absorbedTotal[i]);
        }
        XYSeries none = chart.addSeries(messages.text(Phrase.NO_PURE_PROFILE), factors, rest);
        none.setMarker(SeriesMarkers.DIAMOND);
        none.setLineColor(Color.GRAY);
        none.setMarkerColor(Color.GRAY);
        save(
                figures,
                chart,
                "sde-absorption",
                messages.text(
                        Phrase.ABSORPTION_CAPTION,
                        messages.number(PathEnsemble.ABSORPTION_TOLERANCE),
                        messages.number(result.time())));
    }

    // ---- CSV -----------------------------------------------------------------------------------

    /** {@return the CSV files, by name} */
    Map<String, String> csv() {
        Map<String, String> files = new LinkedHashMap<>();
        List<String> names = game.coordinateNames();
        StringBuilder summary = new StringBuilder(
                Csv.line(List.of("factor", "noise", "t", "coordinate", "mean", "std", "q05", "q50", "q95")));
        for (NoiseAnalysis.Run run : result.runs()) {
            PathEnsemble.Result r = run.result();
            for (int k = 0; k < r.times().length; k++) {
                for (int c = 0; c < names.size(); c++) {
                    summary.append(Csv.line(List.of(
                            run.factor(),
                            intensity(run.noise()),
                            r.times()[k],
                            names.get(c),
                            r.mean()[k][c],
                            r.std()[k][c],
                            r.quantiles().get(0)[k][c],
                            r.quantiles().get(1)[k][c],
                            r.quantiles().get(2)[k][c])));
                }
            }
        }
        files.put("sde-summary.csv", summary.toString());
        PathEnsemble.Result base = result.base().result();
        List<Object> header = new ArrayList<>(List.of("path", "t"));
        header.addAll(names);
        StringBuilder paths = new StringBuilder(Csv.line(header));
        for (int p = 0; p < base.paths().size(); p++) {
            for (int k = 0; k < base.times().length; k++) {
                List<Object> row = new ArrayList<>(List.of(p + 1, base.times()[k]));
                for (double v : base.paths().get(p)[k]) {
                    row.add(v);
                }
                paths.append(Csv.line(row));
            }
        }
        files.put("sde-paths.csv", paths.toString());
        StringBuilder ends = new StringBuilder(Csv.line(List.of("population", "bin", "lower", "upper", "count")));
        for (int k = 0; k < game.populations().size(); k++) {
            Population p = game.populations().get(k);
            if (p.size() == 2) {
                int[] counts = histogram(k);
                for (int b = 0; b < BINS; b++) {
                    ends.append(Csv.line(List.of(
                            p.name() + "." + p.strategies().get(0),
                            b + 1,
                            (double) b / BINS,
                            (double) (b + 1) / BINS,
                            counts[b])));
                }
            } else if (p.size() == 3) {
                int[][] counts = simplexDensity(k);
                for (int i = 0; i < BINS; i++) {
                    for (int j = 0; i + j < BINS; j++) {
                        ends.append(Csv.line(List.of(
                                p.name() + " (" + p.strategies().get(1) + ", "
                                        + p.strategies().get(2) + ")",
                                (i + 1) + ":" + (j + 1),
                                i + "/" + BINS + ":" + j + "/" + BINS,
                                (i + 1) + "/" + BINS + ":" + (j + 1) + "/" + BINS,
                                counts[i][j])));
                    }
                }
            }
        }
        files.put("sde-end-states.csv", ends.toString());
        StringBuilder abs = new StringBuilder(Csv.line(
                List.of("factor", "noise", "profile", "count", "fraction", "lower95", "upper95", "boundaryHits")));
        for (NoiseAnalysis.Run run : result.runs()) {
            for (PathEnsemble.Absorption a : run.result().absorbed()) {
                abs.append(Csv.line(List.of(
                        run.factor(),
                        intensity(run.noise()),
                        profileLabel(a.state()),
                        a.count(),
                        a.fraction(),
                        a.ci95().lower(),
                        a.ci95().upper(),
                        run.result().boundaryHits())));
            }
        }
        files.put("sde-absorption.csv", abs.toString());
        return files;
    }

    // ---- Markdown, LaTeX, JSON -----------------------------------------------------------------

    private String verdictCell(boolean restPoint, List<VertexStochasticStability.Condition> cs) {
        if (!restPoint) {
            return messages.text(Phrase.NOT_REST_POINT);
        }
        List<String> parts = new ArrayList<>();
        cs.forEach(c -> parts.add(AnalysisReport.conditionText(c)));
        return String.join(messages.text(Phrase.AND), parts);
    }

    String markdown() {
        StringBuilder sb = new StringBuilder("\n## " + messages.text(Phrase.STOCHASTIC) + "\n\n");
        NoiseKind kind = result.noise().kind();
        PathEnsemble.Settings s = result.settings();
        PathEnsemble.Result base = result.base().result();
        sb.append(messages.noiseModel(kind))
                .append(messages.text(Phrase.HERE, intensity(result.noise())))
                .append("\n\n")
                .append(messages.ensembleMethod(
                        s.paths(),
                        base.step(),
                        s.scheme().key(),
                        s.seed(),
                        result.time(),
                        NoiseAnalysis.FACTORS,
                        kind == NoiseKind.FINITE_SIZE,
                        game.coordinateNames(),
                        java.util.Arrays.equals(result.start(), NoiseAnalysis.barycentre(game))
                                ? null
                                : result.start()))
                .append("\n\n### ")
                .append(messages.text(Phrase.STOCHASTIC_STABILITY))
                .append("\n\n")
                .append(messages.stochasticStabilityBasis(kind))
                .append("\n\n")
                .append(messages.text(Phrase.STOCHASTIC_TABLE))
                .append("\n|---|---|---|---|---|---|---|\n");
        for (VertexStochasticStability.Verdict v : result.verdicts()) {
            sb.append("| ")
                    .append(v.vertex().label())
                    .append(" | `")
                    .append(verdictCell(v.restPoint(), v.almostSure()))
                    .append("` | ")
                    .append(v.restPoint() ? messages.number(v.lyapunovExponent()) : "")
                    .append(" | ")
                    .append(v.restPoint() ? messages.text(v.almostSurelyStable() ? Phrase.YES : Phrase.NO) : "")
                    .append(" | `")
                    .append(verdictCell(v.restPoint(), v.meanSquare()))
                    .append("` | ")
                    .append(v.restPoint() ? messages.number(v.meanSquareExponent()) : "")
                    .append(" | ")
                    .append(v.restPoint() ? messages.text(v.meanSquareStable() ? Phrase.YES : Phrase.NO) : "")
                    .append(" |\n");
        }
        if (kind == NoiseKind.MULTIPLICATIVE || kind == NoiseKind.LOGISTIC) {
            sb.append('\n');
            for (VertexStochasticStability.Verdict v : result.verdicts()) {
                if (!v.restPoint()) {
                    continue;
                }
                List<String> pops = new ArrayList<>();
                double[] as = new double[v.almostSure().size()];
                double[] ms = new double[as.length];
                for (int i = 0; i < as.length; i++) {
                    pops.add(game.populations()
                            .get(v.almostSure().get(i).eigenvalue().population())
                            .name());
                    as[i] = v.almostSure().get(i).sigmaThreshold();
                    ms[i] = v.meanSquare().get(i).sigmaThreshold();
                }
                sb.append("- ")
                        .append(messages.sigmaThresholds(v.vertex().label(), pops, as, ms))
                        .append('\n');
            }
        }
        sb.append("\n### ")
                .append(messages.text(Phrase.END_STATES))
                .append("\n\n")
                .append(messages.text(Phrase.END_STATES_TABLE))
                .append("\n|---|---|---|---|---|\n");
        for (NoiseAnalysis.Run run : result.runs()) {
            int absorbed = 0;
            for (PathEnsemble.Absorption a : run.result().absorbed()) {
                absorbed += a.count();
                sb.append("| ")
                        .append(intensity(run.noise()))
                        .append(" | ")
                        .append(profileLabel(a.state()))
                        .append(" | ")
                        .append(a.count())
                        .append(" | ")
                        .append(messages.number(a.fraction()))
                        .append(" | [")
                        .append(messages.number(a.ci95().lower()))
                        .append(", ")
                        .append(messages.number(a.ci95().upper()))
                        .append("] |\n");
            }
            int total = run.result().ends().length;
            sb.append("| ")
                    .append(intensity(run.noise()))
                    .append(" | ")
                    .append(messages.text(Phrase.NO_PURE_PROFILE))
                    .append(" | ")
                    .append(total - absorbed)
                    .append(" | ")
                    .append(messages.number((double) (total - absorbed) / total))
                    .append(" | |\n");
        }
        sb.append("\n")
                .append(messages.text(
                        Phrase.AT_T, messages.number(result.time()), intensity(result.noise()), base.boundaryHits()))
                .append("\n\n")
                .append(messages.text(Phrase.SUMMARY_TABLE))
                .append("\n|---|---|---|---|---|---|\n");
        int last = base.times().length - 1;
        List<String> names = game.coordinateNames();
        for (int c = 0; c < names.size(); c++) {
            sb.append("| ")
                    .append(names.get(c))
                    .append(" | ")
                    .append(messages.number(base.mean()[last][c]))
                    .append(" | ")
                    .append(messages.number(base.std()[last][c]))
                    .append(" | ")
                    .append(messages.number(base.quantiles().get(0)[last][c]))
                    .append(" | ")
                    .append(messages.number(base.quantiles().get(1)[last][c]))
                    .append(" | ")
                    .append(messages.number(base.quantiles().get(2)[last][c]))
                    .append(" |\n");
        }
        sb.append("\n").append(messages.text(Phrase.NOISE_DATA)).append('\n');
        return sb.toString();
    }

    private static String tex(String s) {
        return s.replace("\\", "\\textbackslash{}")
                .replace("_", "\\_")
                .replace("^", "\\^{}")
                .replace("&", "\\&")
                .replace("%", "\\%");
    }

    String latex() {
        StringBuilder sb = new StringBuilder("% ")
                .append(messages.text(
                        Phrase.LATEX_STOCHASTIC_COMMENT, result.noise().kind().key(), intensity(result.noise())))
                .append("\n\\begin{tabular}{lllll}\n\\toprule\n")
                .append(messages.text(Phrase.LATEX_STOCHASTIC_HEADER))
                .append(" \\\\\n\\midrule\n");
        for (VertexStochasticStability.Verdict v : result.verdicts()) {
            sb.append(tex(v.vertex().label()))
                    .append(" & \\texttt{")
                    .append(tex(verdictCell(v.restPoint(), v.almostSure())))
                    .append("} & ")
                    .append(v.restPoint() ? messages.number(v.lyapunovExponent()) : "")
                    .append(" & \\texttt{")
                    .append(tex(verdictCell(v.restPoint(), v.meanSquare())))
                    .append("} & ")
                    .append(v.restPoint() ? messages.number(v.meanSquareExponent()) : "")
                    .append(" \\\\\n");
        }
        sb.append("\\bottomrule\n\\end{tabular}\n");
        return sb.toString();
    }

    /** The noise as {"kind", "sigma" | "size": {POP: value or [per strategy]}}. */
    JsonValue noiseJson(Noise noise) {
        JsonValue.JsonObject.Builder v = JsonValue.JsonObject.builder();
        double[] sizes = noise.populationSizes(game);
        double[] sigmas = noise.strategySigmas(game);
        int r = 0;
        for (int k = 0; k < game.populations().size(); k++) {
            Population p = game.populations().get(k);
            if (noise.kind() == NoiseKind.FINITE_SIZE) {
                v.put(p.name(), sizes[k]);
            } else if (noise.kind() == NoiseKind.PAYOFF) {
                v.put(p.name(), JsonValue.numbers(java.util.Arrays.copyOfRange(sigmas, r, r + p.size())));
            } else {
                v.put(p.name(), sigmas[r]);
            }
            r += p.size();
        }
        return JsonValue.JsonObject.builder()
                .put("kind", noise.kind().key())
                .put(noise.kind() == NoiseKind.FINITE_SIZE ? "size" : "sigma", v.build())
                .build();
    }

    JsonValue json() {
        List<JsonValue> runs = new ArrayList<>();
        for (NoiseAnalysis.Run run : result.runs()) {
            PathEnsemble.Result r = run.result();
            List<JsonValue> absorbed = new ArrayList<>();
            for (PathEnsemble.Absorption a : r.absorbed()) {
                absorbed.add(JsonValue.JsonObject.builder()
                        .put("profile", profileLabel(a.state()))
                        .put("state", JsonValue.numbers(a.state()))
                        .put("count", a.count())
                        .put("fraction", a.fraction())
                        .put("ci95", JsonValue.numbers(new double[] {
                            a.ci95().lower(), a.ci95().upper()
                        }))
                        .build());
            }
            int last = r.times().length - 1;
            JsonValue.JsonObject.Builder q = JsonValue.JsonObject.builder();
            for (int i = 0; i < PathEnsemble.QUANTILES.size(); i++) {
                q.put(
                        Double.toString(PathEnsemble.QUANTILES.get(i)),
                        JsonValue.numbers(r.quantiles().get(i)[last]));
            }
            runs.add(JsonValue.JsonObject.builder()
                    .put("factor", run.factor())
                    .put("noise", noiseJson(run.noise()))
                    .put("endMean", JsonValue.numbers(r.mean()[last]))
                    .put("endStd", JsonValue.numbers(r.std()[last]))
                    .put("endQuantiles", q.build())
                    .put("absorbed", JsonValue.array(absorbed))
                    .put("boundaryHits", r.boundaryHits())
                    .build());
        }
        PathEnsemble.Settings s = result.settings();
        return JsonValue.JsonObject.builder()
                .put("noise", noiseJson(result.noise()))
                .put("coordinates", JsonValue.strings(game.coordinateNames()))
                .put("start", JsonValue.numbers(result.start()))
                .put("time", result.time())
                .put("paths", s.paths())
                .put("dt", result.base().result().step())
                .put("scheme", s.scheme().key())
                .put("seed", s.seed())
                .put("runs", JsonValue.array(runs))
                .build();
    }
}
