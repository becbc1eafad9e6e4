package org.egt4j.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.egt4j.analysis.BasinEstimate;
import org.egt4j.analysis.FullAnalysis;
import org.egt4j.analysis.StabilityMap;
import org.egt4j.analysis.TrajectorySet;
import org.egt4j.game.BoundGame;
import org.egt4j.game.Game;
import org.egt4j.game.Population;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The report's figures, drawn with XChart and saved as PNG (150 dpi) and SVG: time series per
 * population from the initial grid, phase portraits (the vector field with trajectories in 2-D,
 * projections in higher dimensions), ternary plots of three-strategy populations, sensitivity panels,
 * the stability map with threshold curves, and basin shares with 95% intervals.
 */
public final class Figures {

    /** One written figure: its file name without extension and its caption. */
    public record Figure(String name, String caption) {}

    private static final int WIDTH = 900;
    private static final int HEIGHT = 600;
    /** Font families known to hold Chinese glyphs, tried in this order when the labels need them. */
    public static final List<String> CJK_FAMILIES = List.of(
            "Noto Sans CJK SC",
            "Noto Sans SC",
            "Source Han Sans SC",
            "Source Han Sans CN",
            "WenQuanYi Micro Hei",
            "WenQuanYi Zen Hei",
            "Droid Sans Fallback",
            "AR PL UMing CN",
            "Microsoft YaHei",
            "SimHei",
            "PingFang SC");

    private final Font title;
    private final Font axis;
    private final Font ticks;
    private final Font legend;
    private final String family;
    private final String fontWarning;

    private final Game game;
    private final Path dir;
    private final Messages messages;
    private final List<Figure> written = new ArrayList<>();

    /**
     * Figures of this game written into {@code dir}, in a font that can draw all its names.
     *
     * @param game the game whose names the figures show
     * @param dir an existing directory for the PNG and SVG files
     */
    public Figures(Game game, Path dir) {
        this(game, dir, Messages.english());
    }

    /**
     * Figures of this game whose titles, axis labels, legends and captions come from {@code messages},
     * in a font that can draw all its names and those texts.
     *
     * @param game the game whose names the figures show
     * @param dir an existing directory for the PNG and SVG files
     * @param messages the sentences of the report's language
     */
    public Figures(Game game, Path dir, Messages messages) {
        System.setProperty("java.awt.headless", "true");
        this.game = game;
        this.dir = dir;
        this.messages = messages;
        List<String> texts = new ArrayList<>();
        texts.add(game.name());
        // the language's own words must be drawable too (a Chinese report of an English model)
        texts.add(messages.text(Phrase.PHASE_PORTRAIT));
        texts.add(messages.text(Phrase.SHARE_AXIS, ""));
        game.populations().forEach(p -> {
            texts.add(p.name());
            texts.addAll(p.strategies());
        });
        game.parameters().forEach(p -> texts.add(p.name()));
        String chosen = chooseFamily(texts);
        this.fontWarning = chosen == null ? messages.text(Phrase.FONT_WARNING) : "";
        this.family = chosen == null ? Font.SANS_SERIF : chosen;
        this.title = new Font(family, Font.BOLD, 18);
        this.axis = new Font(family, Font.PLAIN, 15);
        this.ticks = new Font(family, Font.PLAIN, 13);
        this.legend = new Font(family, Font.PLAIN, 13);
    }

    /**
     * The font family for these texts: the default sans-serif when it can draw them all, else the
     * first installed CJK family (then any installed family) that can; null when none can.
     *
     * @param texts every text a figure will draw
     * @return the family name, or {@code null}
     */
    public static String chooseFamily(List<String> texts) {
        if (canDisplay(Font.SANS_SERIF, texts)) {
            return Font.SANS_SERIF;
        }
        java.util.Set<String> installed =
                new java.util.HashSet<>(List.of(java.awt.GraphicsEnvironment.getLocalGraphicsEnvironment()
                        .getAvailableFontFamilyNames(java.util.Locale.ROOT)));
        for (String f : CJK_FAMILIES) {
            if (installed.contains(f) && canDisplay(f, texts)) {
                return f;
            }
        }
        for (String f : new java.util.TreeSet<>(installed)) {
            if (canDisplay(f, texts)) {
                return f;
            }
        }
        return null;
    }

    private static boolean canDisplay(String family, List<String> texts) {
        Font f = new Font(family, Font.PLAIN, 12);
        for (String t : texts) {
            if (f.canDisplayUpTo(t) != -1) {
                return false;
            }
        }
        return true;
    }

    /** {@return the font family the figures use} */
    public String family() {
        return family;
    }

    /** {@return empty, or why labels may not render and which package provides a font} */
    public String fontWarning() {
        return fontWarning;
    }

    private List<org.egt4j.stability.LimitCycle> cycles = List.of();

    /**
     * Draws these limit cycles (black, thick) on the phase portraits and simplex plots of {@link #all}.
     *
     * @param found the cycles of the analysis
     * @return this
     */
    public Figures withLimitCycles(List<org.egt4j.stability.LimitCycle> found) {
        this.cycles = List.copyOf(found);
        return this;
    }

    /** Adds every limit cycle as a closed black curve, through the mapping of a reduced state to (x, y). */
    private void drawCycles(XYChart c, java.util.function.Function<double[], double[]> xy) {
        for (int k = 0; k < cycles.size(); k++) {
            double[][] orbit = cycles.get(k).orbit();
            double[] x = new double[orbit.length + 1];
            double[] y = new double[orbit.length + 1];
            for (int i = 0; i <= orbit.length; i++) {
                double[] p = xy.apply(orbit[i % orbit.length]);
                x[i] = p[0];
                y[i] = p[1];
            }
            XYSeries s = c.addSeries("limit cycle " + (k + 1), x, y);
            s.setMarker(SeriesMarkers.NONE);
            s.setLineColor(Color.BLACK);
            s.setLineStyle(new BasicStroke(3.2f));
        }
    }

    /** {@return the figures written so far, in order} */
    public List<Figure> written() {
        return List.copyOf(written);
    }

    /**
     * All figures of a full analysis.
     *
     * @param bound the game at its base parameter point
     * @param a the analysis whose trajectories, sensitivities, map and basins are drawn
     */
    public void all(BoundGame bound, FullAnalysis a) {
        org.egt4j.dynamics.Dynamics d = a.stability().dynamics();
        // every caption names the dynamic that was integrated, the default replicator too
        dynamicsNote = messages.text(Phrase.DYNAMICS_NOTE, dynamicsLabel(messages, d));
        timeSeries(a.grid(), "time-series", messages.text(Phrase.FROM_GRID));
        phasePortraits(a);
        for (int k = 0; k < game.populations().size(); k++) {
            if (game.populations().get(k).size() == 3) {
                ternary(k, a.grid());
            }
        }
        for (FullAnalysis.Sensitivity s : a.sensitivity()) {
            timeSeries(
                    s.trajectories(),
                    "sensitivity-" + s.parameter(),
                    messages.text(Phrase.UNDER_VALUES, s.trajectories().labels().size(), s.parameter()));
        }
        if (a.map() != null) {
            stabilityMap(a.map(), a.stability().dynamics().hasVertexRegimes());
        }
        if (a.basins() != null) {
            basins(a.basins());
        }
        if (a.stability().restPointSearch().logit() != null) {
            RestPointSearchReport.figure(
                    this, game, a.stability().restPointSearch().logit(), messages);
        }
    }

    XYChart xy(String title, String xTitle, String yTitle) {
        return xy(title, xTitle, yTitle, WIDTH, HEIGHT);
    }

    XYChart xy(String title, String xTitle, String yTitle, int width, int height) {
        XYChart c = new XYChartBuilder()
                .width(width)
                .height(height)
                .title(title)
                .xAxisTitle(xTitle)
                .yAxisTitle(yTitle)
                .build();
        style(c.getStyler());
        c.getStyler().setAxisTitleFont(axis);
        c.getStyler().setAxisTickLabelsFont(ticks);
        c.getStyler().setPlotGridLinesVisible(true);
        c.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        return c;
    }

    private void style(Styler s) {
        s.setChartBackgroundColor(Color.WHITE);
        s.setPlotBackgroundColor(Color.WHITE);
        s.setChartTitleFont(title);
        s.setLegendFont(legend);
        s.setLegendPosition(Styler.LegendPosition.OutsideE);
        s.setAntiAlias(true);
    }

    void save(Chart<?, ?> chart, String name, String caption) {
        try {
            String base = dir.resolve(name).toString();
            BitmapEncoder.saveBitmapWithDPI(chart, base, BitmapEncoder.BitmapFormat.PNG, 150);
            VectorGraphicsEncoder.saveVectorGraphic(chart, base, VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        written.add(new Figure(name, caption + dynamicsNote));
    }

    /**
     * Saves a figure whose caption already names its dynamics (the comparison of dynamics), without the
     * note of the analysis' own dynamic.
     */
    void saveAsIs(Chart<?, ?> chart, String name, String caption) {
        String note = dynamicsNote;
        dynamicsNote = "";
        try {
            save(chart, name, caption);
        } finally {
            dynamicsNote = note;
        }
    }

    /** Appended to every caption of {@link #all}: the dynamic that was integrated. */
    private String dynamicsNote = "";

    /** One chart per population (per strategy for more than two): the share over time, one line per run. */
    void timeSeries(TrajectorySet set, String prefix, String what) {
        for (int k = 0; k < game.populations().size(); k++) {
            Population p = game.populations().get(k);
            int shown = p.size() == 2 ? 1 : p.size();
            for (int s = 0; s < shown; s++) {
                String strategy = p.strategies().get(s);
                XYChart c = xy(
                        messages.text(Phrase.SHARE_TITLE, strategy, p.name(), what),
                        "t",
                        messages.text(Phrase.SHARE_AXIS, strategy));
                c.getStyler().setYAxisMin(0.0);
                c.getStyler().setYAxisMax(1.0);
                boolean legend = set.labels().size() <= 12;
                c.getStyler().setLegendVisible(legend);
                for (int r = 0; r < set.states().length; r++) {
                    double[] y = share(set.states()[r], k, s);
                    XYSeries series = c.addSeries(set.labels().get(r), set.times(), y);
                    series.setMarker(SeriesMarkers.NONE);
                    series.setLineStyle(new BasicStroke(1.6f));
                }
                save(
                        c,
                        prefix + "-" + p.name() + (shown > 1 ? "-" + strategy : ""),
                        messages.text(Phrase.SHARE_CAPTION, strategy, p.name(), what));
            }
        }
    }

    /** Share of strategy s of population k along a trajectory (reduced samples). */
    private double[] share(double[][] samples, int k, int s) {
        double[] y = new double[samples.length];
        int n = game.populations().get(k).size();
        for (int i = 0; i < samples.length; i++) {
            if (s < n - 1) {
                y[i] = samples[i][game.offset(k) + s];
            } else {
                double sum = 0;
                for (int j = 0; j < n - 1; j++) {
                    sum += samples[i][game.offset(k) + j];
                }
                y[i] = 1 - sum;
            }
        }
        return y;
    }

    /** 2-D: arrows of the field and the trajectories; more: projections on coordinate pairs. */
    void phasePortraits(FullAnalysis a) {
        TrajectorySet grid = a.grid();
        int n = game.dimension();
        if (n < 2) {
            return;
        }
        List<String> names = game.coordinateNames();
        List<int[]> pairs = new ArrayList<>();
        if (n == 2) {
            pairs.add(new int[] {0, 1});
        } else {
            for (int i = 0; i < Math.min(n, 4); i++) {
                for (int j = i + 1; j < Math.min(n, 4); j++) {
                    pairs.add(new int[] {i, j});
                }
            }
        }
        for (int[] pair : pairs) {
            String xName = names.get(pair[0]);
            String yName = names.get(pair[1]);
            XYChart c = xy(
                    n == 2
                            ? messages.text(Phrase.PHASE_PORTRAIT)
                            : messages.text(Phrase.PHASE_PROJECTION, xName, yName),
                    messages.text(Phrase.SHARE_AXIS, xName),
                    messages.text(Phrase.SHARE_AXIS, yName));
            c.getStyler().setXAxisMin(0.0);
            c.getStyler().setXAxisMax(1.0);
            c.getStyler().setYAxisMin(0.0);
            c.getStyler().setYAxisMax(1.0);
            c.getStyler().setLegendVisible(false);
            c.getStyler().setMarkerSize(6);
            if (n == 2 && a.phaseField() != null) {
                arrows(c, a.phaseField());
            }
            for (int r = 0; r < grid.states().length; r++) {
                double[][] st = grid.states()[r];
                double[] x = new double[st.length];
                double[] y = new double[st.length];
                for (int i = 0; i < st.length; i++) {
                    x[i] = st[i][pair[0]];
                    y[i] = st[i][pair[1]];
                }
                XYSeries s = c.addSeries("run " + (r + 1), x, y);
                s.setMarker(SeriesMarkers.NONE);
                s.setLineStyle(new BasicStroke(2.0f));
                XYSeries startPoint = c.addSeries("start " + (r + 1), new double[] {x[0]}, new double[] {y[0]});
                startPoint.setMarker(SeriesMarkers.CIRCLE);
                startPoint.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
                startPoint.setMarkerColor(Color.DARK_GRAY);
            }
            drawCycles(c, p -> new double[] {p[pair[0]], p[pair[1]]});
            String name = n == 2 ? "phase-portrait" : "phase-portrait-" + pair[0] + "-" + pair[1];
            save(
                    c,
                    name,
                    n == 2
                            ? messages.text(
                                    Phrase.PHASE_CAPTION,
                                    a.stability().dynamics() instanceof org.egt4j.dynamics.ReplicatorDynamics
                                            ? messages.text(Phrase.REPLICATOR)
                                            : dynamicsLabel(a))
                            : messages.text(Phrase.PROJECTION_CAPTION, xName, yName));
        }
    }

    /** "replicator", or the dynamic with its parameters, e.g. "replicator-mutator (mu = 0.1)". */
    static String dynamicsLabel(FullAnalysis a) {
        return dynamicsLabel(a.stability().dynamics());
    }

    /**
     * The replicator in the report's language, or the dynamic with its parameters, e.g.
     * "replicator-mutator (mu = 0.1)" (names of other dynamics are identifiers, the same in every language).
     */
    static String dynamicsLabel(Messages messages, org.egt4j.dynamics.Dynamics d) {
        return d instanceof org.egt4j.dynamics.ReplicatorDynamics ? messages.text(Phrase.REPLICATOR) : dynamicsLabel(d);
    }

    /** "replicator", or the dynamic with its parameters, e.g. "replicator-mutator (mu = 0.1)". */
    static String dynamicsLabel(org.egt4j.dynamics.Dynamics d) {
        List<String> p = new ArrayList<>();
        d.parameters().forEach((k, v) -> p.add(k + " = " + org.egt4j.Numbers.shortDecimal(v, 6)));
        if (d instanceof org.egt4j.dynamics.ReplicatorMutator rm
                && !rm.matrices().isEmpty()) {
            p.add("Q of " + String.join(", ", rm.matrices().keySet()));
        }
        if (p.isEmpty()) {
            return d.name();
        }
        return d.name() + " (" + String.join(", ", p) + ")";
    }

    private void arrows(XYChart c, org.egt4j.analysis.FieldSamples field) {
        double max = 0;
        for (double[] dx : field.velocities()) {
            max = Math.max(max, Math.hypot(dx[0], dx[1]));
        }
        if (max == 0) {
            return;
        }
        int m = field.resolution();
        List<Double> hx = new ArrayList<>();
        List<Double> hy = new ArrayList<>();
        for (int r = 0; r < field.points().length; r++) {
            double[] x = field.points()[r];
            double[] dx = field.velocities()[r];
            int i = r / m;
            int j = r % m;
            double len = Math.hypot(dx[0], dx[1]);
            if (len == 0) {
                continue;
            }
            double scale = 0.8 / m * Math.sqrt(len / max) / len;
            double x1 = x[0] + dx[0] * scale;
            double y1 = x[1] + dx[1] * scale;
            XYSeries ar = c.addSeries("field " + i + "," + j, new double[] {x[0], x1}, new double[] {x[1], y1});
            ar.setMarker(SeriesMarkers.NONE);
            ar.setLineColor(new Color(160, 160, 160));
            ar.setLineStyle(new BasicStroke(1.2f));
            hx.add(x1);
            hy.add(y1);
        }
        XYSeries heads = c.addSeries("field heads", hx, hy);
        heads.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        heads.setMarker(SeriesMarkers.CIRCLE);
        heads.setMarkerColor(new Color(150, 150, 150));
    }

    /** A ternary (simplex) plot of a three-strategy population. */
    void ternary(int k, TrajectorySet grid) {
        Population p = game.populations().get(k);
        XYChart c = xy(messages.text(Phrase.SIMPLEX_TITLE, p.name()), "", "", 700, 660);
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
        c.getStyler().setAnnotationTextFont(axis);
        double h = Math.sqrt(3) / 2;
        XYSeries border = c.addSeries("simplex", new double[] {0, 1, 0.5, 0}, new double[] {0, 0, h, 0});
        border.setMarker(SeriesMarkers.NONE);
        border.setLineColor(Color.BLACK);
        border.setLineWidth(1.5f);
        c.addAnnotation(new AnnotationText(p.strategies().get(0), -0.04, -0.05, false));
        c.addAnnotation(new AnnotationText(p.strategies().get(1), 1.04, -0.05, false));
        c.addAnnotation(new AnnotationText(p.strategies().get(2), 0.5, h + 0.05, false));
        for (int r = 0; r < grid.states().length; r++) {
            double[] s1 = share(grid.states()[r], k, 1);
            double[] s2 = share(grid.states()[r], k, 2);
            double[] px = new double[s1.length];
            double[] py = new double[s1.length];
            for (int i = 0; i < s1.length; i++) {
                px[i] = s1[i] + 0.5 * s2[i];
                py[i] = h * s2[i];
            }
            XYSeries s = c.addSeries("run " + (r + 1), px, py);
            s.setMarker(SeriesMarkers.NONE);
            s.setLineStyle(new BasicStroke(1.8f));
        }
        int first = game.offset(k);
        drawCycles(c, y ->
                new double[] {y[first + 1] + 0.5 * (1 - y[first] - y[first + 1]), h * (1 - y[first] - y[first + 1])});
        save(c, "simplex-" + p.name(), messages.text(Phrase.SIMPLEX_CAPTION, p.name()));
    }

    /**
     * Which profile is the ESS over the two map parameters, with threshold curves; under a dynamic without
     * vertex conditions (logit, replicator–mutator), the majority profile of each cell's stable rest point.
     */
    void stabilityMap(StabilityMap map, boolean vertexRegimes) {
        XYChart c = xy(
                messages.text(vertexRegimes ? Phrase.MAP_TITLE : Phrase.MAP_TITLE_ATTRACTORS),
                map.xParameter(),
                map.yParameter());
        c.getStyler().setXAxisMin(map.x()[0]);
        c.getStyler().setXAxisMax(map.x()[map.x().length - 1]);
        c.getStyler().setYAxisMin(map.y()[0]);
        c.getStyler().setYAxisMax(map.y()[map.y().length - 1]);
        c.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
        c.getStyler().setMarkerSize(Math.max(4, 720 / map.x().length));
        java.util.TreeMap<Integer, List<double[]>> classes = new java.util.TreeMap<>();
        for (int j = 0; j < map.y().length; j++) {
            for (int i = 0; i < map.x().length; i++) {
                classes.computeIfAbsent(map.cells()[j][i], key -> new ArrayList<>())
                        .add(new double[] {map.x()[i], map.y()[j]});
            }
        }
        for (var e : classes.entrySet()) {
            String label = e.getKey() == StabilityMap.NONE
                    ? messages.text(vertexRegimes ? Phrase.MAP_NO_ESS : Phrase.MAP_NO_ATTRACTOR)
                    : e.getKey() == StabilityMap.SEVERAL
                            ? messages.text(vertexRegimes ? Phrase.MAP_SEVERAL_ESS : Phrase.MAP_SEVERAL_ATTRACTORS)
                            : messages.text(
                                    vertexRegimes ? Phrase.MAP_ESS : Phrase.MAP_ATTRACTOR,
                                    map.vertexLabels().get(e.getKey()));
            List<Double> xs = new ArrayList<>();
            List<Double> ys = new ArrayList<>();
            e.getValue().forEach(p -> {
                xs.add(p[0]);
                ys.add(p[1]);
            });
            XYSeries s = c.addSeries(label, xs, ys);
            s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
            s.setMarker(SeriesMarkers.SQUARE);
        }
        int shown = 0;
        for (StabilityMap.Curve curve : map.curves()) {
            List<Double> xs = new ArrayList<>();
            List<Double> ys = new ArrayList<>();
            for (int j = 0; j < curve.x().length; j++) {
                if (Double.isFinite(curve.x()[j])
                        && curve.x()[j] >= map.x()[0]
                        && curve.x()[j] <= map.x()[map.x().length - 1]) {
                    xs.add(curve.x()[j]);
                    ys.add(curve.y()[j]);
                }
            }
            if (xs.size() < 2 || shown >= 8) {
                continue;
            }
            shown++;
            XYSeries s = c.addSeries(curve.label(), xs, ys);
            s.setMarker(SeriesMarkers.NONE);
            s.setLineColor(Color.BLACK);
            s.setLineStyle(
                    new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
            s.setShowInLegend(false);
        }
        save(
                c,
                "stability-map",
                messages.text(
                        vertexRegimes ? Phrase.MAP_CAPTION : Phrase.MAP_CAPTION_ATTRACTORS,
                        map.xParameter(),
                        map.yParameter()));
    }

    /** Basin shares with 95% Wilson intervals. */
    void basins(BasinEstimate b) {
        CategoryChart c = new CategoryChartBuilder()
                .width(WIDTH)
                .height(HEIGHT)
                .title(messages.text(Phrase.BASINS_TITLE, b.samples()))
                .xAxisTitle(messages.text(Phrase.ATTRACTOR))
                .yAxisTitle(messages.text(Phrase.SHARE_OF_STARTS))
                .build();
        style(c.getStyler());
        c.getStyler().setAxisTitleFont(axis);
        c.getStyler().setAxisTickLabelsFont(ticks);
        c.getStyler().setLegendVisible(false);
        c.getStyler().setYAxisMin(0.0);
        c.getStyler().setYAxisMax(1.0);
        c.getStyler().setErrorBarsColor(Color.BLACK);
        List<String> names = new ArrayList<>();
        List<Double> shares = new ArrayList<>();
        List<Double> errors = new ArrayList<>();
        for (BasinEstimate.Attractor a : b.attractors()) {
            names.add(a.label());
            shares.add(a.share());
            errors.add(Math.max(a.share() - a.interval().lower(), a.interval().upper() - a.share()));
        }
        if (b.unresolved() > 0 || names.isEmpty()) {
            double u = (double) b.unresolved() / b.samples();
            names.add(messages.text(Phrase.NONE_REACHED));
            shares.add(u);
            errors.add(Math.max(
                    u - b.unresolvedInterval().lower(), b.unresolvedInterval().upper() - u));
        }
        c.addSeries("share", names, shares, errors);
        save(c, "basins", messages.text(Phrase.BASINS_CAPTION));
    }
}
