package org.egt4j.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.egt4j.Numbers;
import org.egt4j.finite.FiniteAnalysis;
import org.egt4j.finite.FiniteGame;
import org.egt4j.finite.Fixation;
import org.egt4j.finite.SmallMutation;
import org.egt4j.game.Population;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The figures of the finite-population section, drawn from the result data only, with the conventions
 * of {@link Figures} (XChart, PNG at 150 dpi and SVG, white background, the report's CJK-safe font):
 * the invasion diagram (monomorphic states or pure profiles as circles whose area is their
 * small-mutation stationary probability, an arrow from resident to mutant state wherever ρ exceeds the
 * neutral 1/N, labelled with Nρ = ρ/(1/N)), the gradient of selection on every edge, the full chain's
 * stationary distribution (over counts for two strategies, a ternary heat map for three, the marginal of
 * each population for several), and log<sub>10</sub> Nρ against β or w.
 */
final class FiniteFigures {

    private static final int WIDTH = 900;
    private static final int HEIGHT = 600;
    /** More states than this make the invasion diagram unreadable; it is then left out. */
    static final int MAX_DIAGRAM_STATES = 12;
    /** At most this many fixation curves against the selection parameter. */
    static final int MAX_SWEEP_CURVES = 12;

    private final FiniteReport report;
    private final Messages messages;
    private final FiniteAnalysis analysis;
    private final List<Population> pops;
    private final Path dir;
    private final Font title;
    private final Font axis;
    private final Font ticks;
    private final Font legend;
    private final List<Figures.Figure> written = new ArrayList<>();
    /** The labels of the invasion diagram's arrows, in drawing order (for tests). */
    final List<String> arrowLabels = new ArrayList<>();

    FiniteFigures(FiniteReport report, Path dir, String family) {
        System.setProperty("java.awt.headless", "true");
        this.report = report;
        this.messages = report.messages();
        this.analysis = report.analysis();
        this.pops = report.populations();
        this.dir = dir;
        this.title = new Font(family, Font.BOLD, 18);
        this.axis = new Font(family, Font.PLAIN, 15);
        this.ticks = new Font(family, Font.PLAIN, 13);
        this.legend = new Font(family, Font.PLAIN, 13);
    }

    List<Figures.Figure> written() {
        return List.copyOf(written);
    }

    void all() {
        invasionDiagram();
        gradient();
        stationary();
        sweep();
    }

    private XYChart xy(String t, String xTitle, String yTitle, int width, int height) {
        XYChart c = new XYChartBuilder()
                .width(width)
                .height(height)
                .title(t)
                .xAxisTitle(xTitle)
                .yAxisTitle(yTitle)
                .build();
        Styler s = c.getStyler();
        s.setChartBackgroundColor(Color.WHITE);
        s.setPlotBackgroundColor(Color.WHITE);
        s.setChartTitleFont(title);
        s.setLegendFont(legend);
        s.setLegendPosition(Styler.LegendPosition.OutsideE);
        s.setAntiAlias(true);
        c.getStyler().setAxisTitleFont(axis);
        c.getStyler().setAxisTickLabelsFont(ticks);
        c.getStyler().setAnnotationTextFont(ticks);
        c.getStyler().setPlotGridLinesVisible(true);
        c.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        return c;
    }

    private void save(Chart<?, ?> chart, String name, String caption) {
        try {
            String base = dir.resolve(name).toString();
            BitmapEncoder.saveBitmapWithDPI(chart, base, BitmapEncoder.BitmapFormat.PNG, 150);
            VectorGraphicsEncoder.saveVectorGraphic(chart, base, VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        written.add(new Figures.Figure(name, caption));
    }

    private static void bare(XYChart c) {
        c.getStyler().setXAxisTicksVisible(false);
        c.getStyler().setYAxisTicksVisible(false);
        c.getStyler().setXAxisTitleVisible(false);
        c.getStyler().setYAxisTitleVisible(false);
        c.getStyler().setPlotGridLinesVisible(false);
        c.getStyler().setLegendVisible(false);
    }

    /** States on a circle (two: side by side), circles of area ∝ π, arrows where Nρ &gt; 1. */
    void invasionDiagram() {
        SmallMutation sm = analysis.smallMutation();
        int n = sm.states().length;
        if (n > MAX_DIAGRAM_STATES) {
            return;
        }
        XYChart c = xy(messages.text(Phrase.INVASION_TITLE), "", "", 760, 700);
        bare(c);
        c.getStyler().setXAxisMin(-1.6);
        c.getStyler().setXAxisMax(1.6);
        c.getStyler().setYAxisMin(-1.5);
        c.getStyler().setYAxisMax(1.5);
        double[][] at = new double[n][];
        double[] radius = new double[n];
        for (int s = 0; s < n; s++) {
            double angle = n == 2 ? Math.PI * (1 - s) : Math.PI / 2 - 2 * Math.PI * s / n;
            at[s] = new double[] {Math.cos(angle), n == 2 ? 0 : Math.sin(angle)};
            radius[s] = 0.06 + 0.3 * Math.sqrt(sm.stationary()[s]);
        }
        java.util.Map<String, Integer> index = new java.util.HashMap<>();
        for (int s = 0; s < n; s++) {
            index.put(java.util.Arrays.toString(sm.states()[s]), s);
        }
        int arrows = 0;
        for (FiniteGame.ProfileFixation pf : analysis.fixations()) {
            Fixation f = pf.fixation();
            if (!(f.relativeToNeutral() > 1)) {
                continue;
            }
            int[] to = pf.profile().clone();
            to[pf.population()] = f.mutant();
            int i = index.get(java.util.Arrays.toString(pf.profile()));
            int j = index.get(java.util.Arrays.toString(to));
            String label = "Nρ = " + Numbers.shortDecimal(f.relativeToNeutral(), 3);
            arrowLabels.add(label);
            arrow(c, at[i], at[j], radius[i], radius[j], label, arrows++);
        }
        for (int s = 0; s < n; s++) {
            double[] xs = new double[61];
            double[] ys = new double[61];
            for (int k = 0; k <= 60; k++) {
                xs[k] = at[s][0] + radius[s] * Math.cos(2 * Math.PI * k / 60);
                ys[k] = at[s][1] + radius[s] * Math.sin(2 * Math.PI * k / 60);
            }
            XYSeries circle = c.addSeries("state " + s, xs, ys);
            circle.setMarker(SeriesMarkers.NONE);
            circle.setLineColor(new Color(30, 90, 160));
            circle.setLineStyle(new BasicStroke(2.5f));
            double below = at[s][1] >= 0 ? radius[s] + 0.12 : -radius[s] - 0.12;
            c.addAnnotation(new AnnotationText(
                    report.stateText(sm.states()[s]) + " (π = " + Numbers.shortDecimal(sm.stationary()[s], 3) + ")",
                    at[s][0],
                    at[s][1] + below,
                    false));
        }
        save(c, "finite-invasion", messages.text(Phrase.INVASION_CAPTION));
    }

    private static void arrow(XYChart c, double[] from, double[] to, double rFrom, double rTo, String label, int id) {
        double dx = to[0] - from[0];
        double dy = to[1] - from[1];
        double len = Math.hypot(dx, dy);
        double ux = dx / len;
        double uy = dy / len;
        // the arrows i -> j and j -> i run side by side: each is shifted to its right
        double px = uy * 0.05;
        double py = -ux * 0.05;
        double x0 = from[0] + ux * rFrom + px;
        double y0 = from[1] + uy * rFrom + py;
        double x1 = to[0] - ux * rTo + px;
        double y1 = to[1] - uy * rTo + py;
        Color ink = new Color(60, 60, 60);
        XYSeries shaft = c.addSeries("arrow " + id, new double[] {x0, x1}, new double[] {y0, y1});
        shaft.setMarker(SeriesMarkers.NONE);
        shaft.setLineColor(ink);
        shaft.setLineStyle(new BasicStroke(1.8f));
        double h = 0.07;
        double[] hx = {x1 - h * ux + h * 0.5 * uy, x1, x1 - h * ux - h * 0.5 * uy};
        double[] hy = {y1 - h * uy - h * 0.5 * ux, y1, y1 - h * uy + h * 0.5 * ux};
        XYSeries head = c.addSeries("head " + id, hx, hy);
        head.setMarker(SeriesMarkers.NONE);
        head.setLineColor(ink);
        head.setLineStyle(new BasicStroke(1.8f));
        c.addAnnotation(new AnnotationText(label, (x0 + x1) / 2 + 4 * px, (y0 + y1) / 2 + 4 * py, false));
    }

    /** G(k) against k/N on every edge. */
    void gradient() {
        if (analysis.gradients().isEmpty()) {
            return;
        }
        Population p = pops.get(0);
        XYChart c = xy(
                messages.text(Phrase.GRADIENT_TITLE, p.name()),
                messages.text(Phrase.GRADIENT_AXIS),
                "G(k)",
                WIDTH,
                HEIGHT);
        c.getStyler().setXAxisMin(0.0);
        c.getStyler().setXAxisMax(1.0);
        for (FiniteAnalysis.Gradient g : analysis.gradients()) {
            int n = g.values().length - 1;
            double[] x = new double[n + 1];
            for (int k = 0; k <= n; k++) {
                x[k] = (double) k / n;
            }
            XYSeries s = c.addSeries(
                    messages.text(
                            Phrase.AGAINST,
                            p.strategies().get(g.a()),
                            p.strategies().get(g.b())),
                    x,
                    g.values());
            s.setMarker(SeriesMarkers.NONE);
            s.setLineStyle(new BasicStroke(2f));
        }
        XYSeries zero = c.addSeries("G = 0", new double[] {0, 1}, new double[] {0, 0});
        zero.setMarker(SeriesMarkers.NONE);
        zero.setLineColor(Color.GRAY);
        zero.setShowInLegend(false);
        save(c, "finite-gradient", messages.text(Phrase.GRADIENT_CAPTION));
    }

    void stationary() {
        if (report.chain() != null) {
            int s = report.chain().strategies();
            if (s == 2) {
                overCounts();
            } else if (s == 3) {
                ternaryHeatMap();
            }
        } else if (report.gameChain() != null) {
            marginals();
        }
    }

    private void overCounts() {
        var chain = report.chain();
        Population p = pops.get(0);
        int n = chain.size();
        double[] x = new double[chain.counts().length];
        double[] y = new double[x.length];
        for (int t = 0; t < x.length; t++) {
            x[t] = chain.counts()[t][0];
            y[t] = chain.stationary()[t];
        }
        XYChart c = xy(
                messages.text(Phrase.STATIONARY_TITLE, Numbers.shortDecimal(analysis.mu(), 6)),
                messages.text(Phrase.PLAYERS_AXIS, p.strategies().get(0), n),
                messages.text(Phrase.PROBABILITY),
                WIDTH,
                HEIGHT);
        c.getStyler().setLegendVisible(false);
        XYSeries s = c.addSeries("stationary", x, y);
        s.setMarker(SeriesMarkers.CIRCLE);
        s.setLineStyle(new BasicStroke(1.5f));
        save(c, "finite-stationary", messages.text(Phrase.STATIONARY_CAPTION));
    }

    /** Compositions as squares in the simplex, shaded by π in six classes on a log scale. */
    private void ternaryHeatMap() {
        var chain = report.chain();
        Population p = pops.get(0);
        int n = chain.size();
        XYChart c = xy(
                messages.text(Phrase.STATIONARY_OF_TITLE, p.name(), Numbers.shortDecimal(analysis.mu(), 6)),
                "",
                "",
                760,
                700);
        bare(c);
        c.getStyler().setLegendVisible(true);
        c.getStyler().setXAxisMin(-0.1);
        c.getStyler().setXAxisMax(1.1);
        c.getStyler().setYAxisMin(-0.1);
        c.getStyler().setYAxisMax(0.98);
        c.getStyler().setMarkerSize(Math.max(3, 420 / (n + 1)));
        c.getStyler().setAnnotationTextFont(axis);
        double h = Math.sqrt(3) / 2;
        double max = 0;
        for (double v : chain.stationary()) {
            max = Math.max(max, v);
        }
        int classes = 6;
        List<List<double[]>> points = new ArrayList<>();
        for (int k = 0; k < classes; k++) {
            points.add(new ArrayList<>());
        }
        for (int t = 0; t < chain.counts().length; t++) {
            int[] cnt = chain.counts()[t];
            double s1 = (double) cnt[1] / n;
            double s2 = (double) cnt[2] / n;
            // class k holds pi in (max 10^-(k+1), max 10^-k]; the last everything smaller
            double decades = chain.stationary()[t] > 0 ? Math.log10(max / chain.stationary()[t]) : classes;
            int k = Math.min(classes - 1, (int) Math.floor(decades));
            points.get(k).add(new double[] {s1 + 0.5 * s2, h * s2});
        }
        for (int k = classes - 1; k >= 0; k--) {
            if (points.get(k).isEmpty()) {
                continue;
            }
            List<Double> xs = new ArrayList<>();
            List<Double> ys = new ArrayList<>();
            points.get(k).forEach(q -> {
                xs.add(q[0]);
                ys.add(q[1]);
            });
            String label = k == classes - 1
                    ? "π ≤ max·1e-" + (classes - 1)
                    : k == 0 ? "π > max·0.1" : "max·1e-" + (k + 1) + " < π ≤ max·1e-" + k;
            XYSeries s = c.addSeries(label, xs, ys);
            s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
            s.setMarker(SeriesMarkers.SQUARE);
            int shade = 235 - (int) (200.0 * (classes - 1 - k) / (classes - 1));
            s.setMarkerColor(new Color(shade, shade, 255));
        }
        XYSeries border = c.addSeries("simplex", new double[] {0, 1, 0.5, 0}, new double[] {0, 0, h, 0});
        border.setMarker(SeriesMarkers.NONE);
        border.setLineColor(Color.BLACK);
        border.setLineWidth(1.5f);
        border.setShowInLegend(false);
        c.addAnnotation(new AnnotationText(p.strategies().get(0), -0.04, -0.05, false));
        c.addAnnotation(new AnnotationText(p.strategies().get(1), 1.04, -0.05, false));
        c.addAnnotation(new AnnotationText(p.strategies().get(2), 0.5, h + 0.05, false));
        save(c, "finite-stationary-simplex", messages.text(Phrase.STATIONARY_SIMPLEX_CAPTION, p.name()));
    }

    /** For several populations: the marginal distribution of the count of each population's first strategy. */
    private void marginals() {
        var chain = report.gameChain();
        XYChart c = xy(
                messages.text(Phrase.MARGINALS_TITLE, Numbers.shortDecimal(analysis.mu(), 6)),
                messages.text(Phrase.FIRST_SHARE_AXIS),
                messages.text(Phrase.PROBABILITY),
                WIDTH,
                HEIGHT);
        c.getStyler().setXAxisMin(0.0);
        c.getStyler().setXAxisMax(1.0);
        for (int k = 0; k < pops.size(); k++) {
            int n = chain.sizes()[k];
            double[] y = new double[n + 1];
            for (int t = 0; t < chain.counts().length; t++) {
                y[chain.counts()[t][k][0]] += chain.stationary()[t];
            }
            double[] x = new double[n + 1];
            for (int i = 0; i <= n; i++) {
                x[i] = (double) i / n;
            }
            XYSeries s = c.addSeries(
                    pops.get(k).name() + ": " + pops.get(k).strategies().get(0), x, y);
            s.setMarker(SeriesMarkers.CIRCLE);
        }
        save(c, "finite-stationary", messages.text(Phrase.MARGINALS_CAPTION));
    }

    /** log10(Nρ) against β or w, one curve per (mutant, resident). */
    void sweep() {
        FiniteAnalysis.Sweep sw = analysis.sweep();
        if (sw == null) {
            return;
        }
        String name = report.moran() ? "w" : "β";
        XYChart c = xy(messages.text(Phrase.FIXATION_SWEEP_TITLE, name), name, "log10(Nρ)", WIDTH, HEIGHT);
        int curves = Math.min(MAX_SWEEP_CURVES, sw.curves().size());
        for (int q = 0; q < curves; q++) {
            FiniteGame.ProfileFixation pf = sw.curves().get(q);
            double logN = Math.log10(analysis.sizes()[pf.population()]);
            List<Double> xs = new ArrayList<>();
            List<Double> ys = new ArrayList<>();
            for (int i = 0; i < sw.intensities().length; i++) {
                if (Double.isFinite(sw.log10()[i][q])) {
                    xs.add(sw.intensities()[i]);
                    ys.add(sw.log10()[i][q] + logN);
                }
            }
            if (xs.isEmpty()) {
                continue;
            }
            String label = messages.text(Phrase.INTO, report.mutantName(pf), report.residentName(pf));
            if (pops.size() > 1) {
                // several populations: the mutant's population and the others' strategies tell curves apart
                label = pops.get(pf.population()).name() + ": " + label + " (" + report.background(pf) + ")";
            }
            XYSeries s = c.addSeries(label, xs, ys);
            s.setMarker(SeriesMarkers.CIRCLE);
            s.setLineStyle(new BasicStroke(1.8f));
        }
        XYSeries neutral = c.addSeries(
                messages.text(Phrase.NEUTRAL),
                new double[] {sw.intensities()[0], sw.intensities()[sw.intensities().length - 1]},
                new double[] {0, 0});
        neutral.setMarker(SeriesMarkers.NONE);
        neutral.setLineColor(Color.GRAY);
        save(c, "finite-fixation-sweep", messages.text(Phrase.FIXATION_SWEEP_CAPTION, name));
    }
}
