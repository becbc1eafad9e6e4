package org.egt4j.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.egt4j.game.Game;
import org.egt4j.game.Population;
import org.egt4j.stability.LogitCorrespondence;
import org.egt4j.stability.RestPointSearch;
import org.egt4j.stability.Stability;
import org.egt4j.stability.StabilityAnalysis;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Renders how the rest points of an analysis were found ({@link RestPointSearch}) and the logit
 * correspondence ({@link LogitCorrespondence}): the {@code analyze --json} keys {@code "restPointSearch"}
 * and {@code "logitCorrespondence"}, the report's sentence, the CSV {@code logit-correspondence.csv} and
 * the figure of the equilibrium shares against λ = 1/η. Nothing is rendered for the face search of
 * imitative and Nash-stationary dynamics, whose JSON keeps its original shape.
 */
final class RestPointSearchReport {

    /** The name of the correspondence's CSV file. */
    static final String CSV = "logit-correspondence.csv";

    private RestPointSearchReport() {}

    /** Whether the analysis has a search record to report (every method but the face search). */
    static boolean reported(StabilityAnalysis analysis) {
        return analysis.restPointSearch().method() != RestPointSearch.Method.FACES;
    }

    /**
     * Adds {@code "restPointSearch"} (and {@code "logitCorrespondence"} for the logit dynamic) to a JSON
     * document.
     *
     * @param root the document being built
     * @param analysis the analysis
     */
    static void json(JsonValue.JsonObject.Builder root, StabilityAnalysis analysis) {
        if (!reported(analysis)) {
            return;
        }
        RestPointSearch s = analysis.restPointSearch();
        JsonValue.JsonObject.Builder b =
                JsonValue.JsonObject.builder().put("method", s.method().label());
        if (s.paths() > 0) {
            b.put("paths", s.paths())
                    .put("regular", s.regular())
                    .put("atInfinity", s.atInfinity())
                    .put("singular", s.singular())
                    .put("failed", s.failed());
        }
        b.put("complete", s.complete())
                .put("incomplete", s.complete() ? JsonValue.JsonNull.NULL : JsonValue.token(s.incomplete()));
        List<String> found = new ArrayList<>();
        s.foundBy().forEach(m -> found.add(m.label()));
        b.put("foundBy", JsonValue.strings(found));
        root.put("restPointSearch", b.build());
        if (s.logit() != null) {
            root.put("logitCorrespondence", logit(analysis.game(), s.logit()));
        }
    }

    private static JsonValue logit(Game game, LogitCorrespondence lc) {
        List<JsonValue> branches = new ArrayList<>();
        for (LogitCorrespondence.Branch br : lc.branches()) {
            List<JsonValue> points = new ArrayList<>();
            for (LogitCorrespondence.Point p : br.points()) {
                points.add(JsonValue.JsonObject.builder()
                        .put("lambda", p.lambda())
                        .put("state", state(game, p.shares()))
                        .put("stability", p.stability().label())
                        .build());
            }
            List<JsonValue> folds = new ArrayList<>();
            for (LogitCorrespondence.Fold f : br.folds()) {
                folds.add(JsonValue.JsonObject.builder()
                        .put("lambda", f.lambda())
                        .put("state", state(game, f.shares()))
                        .build());
            }
            branches.add(JsonValue.JsonObject.builder()
                    .put("principal", br.principal())
                    .put("points", JsonValue.array(points))
                    .put("folds", JsonValue.array(folds))
                    .build());
        }
        return JsonValue.JsonObject.builder()
                .put("eta", lc.eta())
                .put("lambdaMax", lc.lambdaMax())
                .put("branches", JsonValue.array(branches))
                .build();
    }

    private static JsonValue state(Game game, double[][] shares) {
        JsonValue.JsonObject.Builder m = JsonValue.JsonObject.builder();
        for (int k = 0; k < shares.length; k++) {
            m.put(game.populations().get(k).name(), JsonValue.numbers(shares[k]));
        }
        return m.build();
    }

    /**
     * The "found" cell of the report's rest-point table: "exact" for a point solved exactly, else the
     * method that produced the point ({@link RestPointSearch#foundBy()}, the JSON's {@code "foundBy"}):
     * homotopy, continuation, or Newton (on a face, or from a lattice of starts).
     *
     * @param analysis the analysis
     * @param index the rest point's index in {@link StabilityAnalysis#restPoints()}
     * @return the cell's phrase
     */
    static Phrase found(StabilityAnalysis analysis, int index) {
        if (analysis.restPoints().get(index).exact()) {
            return Phrase.FOUND_EXACT;
        }
        List<RestPointSearch.Method> by = analysis.restPointSearch().foundBy();
        RestPointSearch.Method m = index < by.size() ? by.get(index) : RestPointSearch.Method.FACES;
        return switch (m) {
            case TOTAL_DEGREE_HOMOTOPY -> Phrase.FOUND_HOMOTOPY;
            case LOGIT_CONTINUATION -> Phrase.FOUND_CONTINUATION;
                // the face search solves non-linear faces by certified Newton
            case FACES, MULTI_START_NEWTON -> Phrase.FOUND_NEWTON;
        };
    }

    /**
     * The search and, for the logit dynamic, the correspondence as LaTeX booktabs tabulars for {@code
     * report.tex}: the method, the homotopy paths and how they ended, whether the list is complete (the
     * report's sentence, with its reason, as the comment above); then one row per branch of the
     * correspondence (from the centre or not, its points, its range of λ, its folds with λ and state).
     * Empty for the face search, as the JSON.
     *
     * @param analysis the analysis
     * @param messages the report's language
     * @return the tabulars, ready to \input, or ""
     */
    static String latex(StabilityAnalysis analysis, Messages messages) {
        if (!reported(analysis)) {
            return "";
        }
        RestPointSearch s = analysis.restPointSearch();
        StringBuilder sb = new StringBuilder("% ")
                .append(messages.text(Phrase.LATEX_SEARCH_COMMENT, sentence(analysis, messages)))
                .append("\n\\begin{tabular}{lllll}\n\\toprule\n")
                .append(messages.text(Phrase.LATEX_SEARCH_HEADER))
                .append(" \\\\\n\\midrule\n")
                .append(String.join(
                        " & ",
                        messages.text(method(s.method())),
                        // no homotopy ran: no paths (the JSON leaves the keys out)
                        s.paths() > 0 ? Long.toString(s.paths()) : "",
                        s.paths() > 0 ? Integer.toString(s.regular()) : "",
                        s.paths() > 0 ? Integer.toString(s.atInfinity()) : "",
                        messages.text(s.complete() ? Phrase.YES : Phrase.NO)))
                .append(" \\\\\n\\bottomrule\n\\end{tabular}\n");
        LogitCorrespondence lc = s.logit();
        if (lc != null) {
            sb.append("\n% ")
                    .append(messages.text(
                            Phrase.LATEX_LOGIT_COMMENT,
                            org.egt4j.Numbers.shortDecimal(lc.eta(), 6),
                            org.egt4j.Numbers.shortDecimal(lc.lambdaMax(), 6),
                            CSV))
                    .append("\n\\begin{tabular}{llllll}\n\\toprule\n")
                    .append(messages.text(Phrase.LATEX_LOGIT_HEADER))
                    .append(" \\\\\n\\midrule\n");
            for (int b = 0; b < lc.branches().size(); b++) {
                LogitCorrespondence.Branch br = lc.branches().get(b);
                double from = Double.POSITIVE_INFINITY;
                double to = Double.NEGATIVE_INFINITY;
                for (LogitCorrespondence.Point p : br.points()) {
                    from = Math.min(from, p.lambda());
                    to = Math.max(to, p.lambda());
                }
                List<String> folds = new ArrayList<>();
                for (LogitCorrespondence.Fold f : br.folds()) {
                    folds.add("$\\lambda = " + AnalysisReport.num(f.lambda()) + "$: " + latexState(f.shares()));
                }
                sb.append(b + 1)
                        .append(" & ")
                        .append(messages.text(br.principal() ? Phrase.YES : Phrase.NO))
                        .append(" & ")
                        .append(br.points().size())
                        .append(" & ")
                        .append(br.points().isEmpty() ? "" : "$" + AnalysisReport.num(from) + "$")
                        .append(" & ")
                        .append(br.points().isEmpty() ? "" : "$" + AnalysisReport.num(to) + "$")
                        .append(" & ")
                        .append(String.join("; ", folds))
                        .append(" \\\\\n");
            }
            sb.append("\\bottomrule\n\\end{tabular}\n");
        }
        return sb.toString();
    }

    private static Phrase method(RestPointSearch.Method m) {
        return switch (m) {
            case FACES -> Phrase.SEARCH_FACES;
            case TOTAL_DEGREE_HOMOTOPY -> Phrase.SEARCH_HOMOTOPY;
            case MULTI_START_NEWTON -> Phrase.SEARCH_NEWTON;
            case LOGIT_CONTINUATION -> Phrase.SEARCH_CONTINUATION;
        };
    }

    /** A state as the rest-point tabular writes it: $(x_1, x_2), (y_1, y_2)$, one tuple per population. */
    private static String latexState(double[][] shares) {
        List<String> pops = new ArrayList<>();
        for (double[] pop : shares) {
            List<String> v = new ArrayList<>();
            for (double x : pop) {
                v.add(AnalysisReport.num(x));
            }
            pops.add("(" + String.join(", ", v) + ")");
        }
        return "$" + String.join(", ", pops) + "$";
    }

    /**
     * The report's sentence on the search, or "" for the face search.
     *
     * @param analysis the analysis
     * @param messages the report's language
     * @return the sentence
     */
    static String sentence(StabilityAnalysis analysis, Messages messages) {
        if (!reported(analysis)) {
            return "";
        }
        RestPointSearch s = analysis.restPointSearch();
        return messages.restPointSearch(s.method(), s.incomplete(), s.paths(), s.regular(), s.atInfinity());
    }

    /**
     * The correspondence as CSV: one row per branch point and per fold (kind {@code point} or {@code
     * fold}), with λ, η = 1/λ, the stability and every share.
     *
     * @param game the game (columns)
     * @param lc the correspondence
     * @param dynamics the analysis' dynamic in its --dynamics form (the last column)
     * @return the CSV text
     */
    static String csv(Game game, LogitCorrespondence lc, String dynamics) {
        List<Object> header = new ArrayList<>(List.of("branch", "principal", "kind", "lambda", "eta", "stability"));
        for (Population p : game.populations()) {
            for (String st : p.strategies()) {
                header.add(p.name() + "." + st);
            }
        }
        header.add("dynamics"); // the analysis' dynamic, last as in every CSV (eta is the point's own 1/lambda)
        StringBuilder sb = new StringBuilder(Csv.line(header));
        for (int b = 0; b < lc.branches().size(); b++) {
            LogitCorrespondence.Branch br = lc.branches().get(b);
            for (LogitCorrespondence.Point p : br.points()) {
                List<Object> row = row(
                        b, br.principal(), "point", p.lambda(), p.stability().label(), p.shares());
                row.add(dynamics);
                sb.append(Csv.line(row));
            }
            for (LogitCorrespondence.Fold f : br.folds()) {
                List<Object> row = row(b, br.principal(), "fold", f.lambda(), "", f.shares());
                row.add(dynamics);
                sb.append(Csv.line(row));
            }
        }
        return sb.toString();
    }

    private static List<Object> row(
            int branch, boolean principal, String kind, double lambda, String stability, double[][] shares) {
        List<Object> row = new ArrayList<>(List.of(
                branch, principal, kind, lambda, lambda == 0 ? Double.POSITIVE_INFINITY : 1 / lambda, stability));
        for (double[] pop : shares) {
            for (double v : pop) {
                row.add(v);
            }
        }
        return row;
    }

    /**
     * The correspondence figure, one panel per population: each strategy's share against λ (one colour per
     * strategy; the second of two strategies is 1 − the first and is left out), solid where the point is
     * stable, dashed where it is not, folds as diamonds, the analysis's η as a dotted vertical line.
     *
     * @param figures where the figure goes
     * @param game the game
     * @param lc the correspondence
     * @param messages the labels' language
     */
    static void figure(Figures figures, Game game, LogitCorrespondence lc, Messages messages) {
        Color[] colours = {
            new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c), new Color(0x9467bd),
            new Color(0xff7f0e), new Color(0x8c564b), new Color(0xe377c2), new Color(0x17becf)
        };
        float[] dash = {7f, 5f};
        for (int k = 0; k < game.populations().size(); k++) {
            Population pop = game.populations().get(k);
            XYChart c = figures.xy(
                    messages.text(Phrase.LOGIT_TITLE, pop.name()),
                    messages.text(Phrase.LOGIT_AXIS),
                    messages.text(Phrase.SHARE_AXIS, pop.name()));
            c.getStyler().setYAxisMin(0.0);
            c.getStyler().setYAxisMax(1.0);
            c.getStyler().setXAxisMin(0.0);
            c.getStyler().setXAxisMax(lc.lambdaMax());
            int shown = pop.size() == 2 ? 1 : pop.size();
            int series = 0;
            for (int i = 0; i < shown; i++) {
                Color colour = colours[i % colours.length];
                boolean named = false;
                for (LogitCorrespondence.Branch br : lc.branches()) {
                    List<LogitCorrespondence.Point> pts = br.points();
                    int start = 0;
                    while (start < pts.size() - 1) {
                        boolean stable = pts.get(start).stability() == Stability.STABLE;
                        int end = start + 1;
                        while (end < pts.size() - 1 && (pts.get(end).stability() == Stability.STABLE) == stable) {
                            end++;
                        }
                        double[] x = new double[end - start + 1];
                        double[] y = new double[end - start + 1];
                        for (int j = start; j <= end; j++) {
                            x[j - start] = Math.min(pts.get(j).lambda(), lc.lambdaMax());
                            y[j - start] = pts.get(j).shares()[k][i];
                        }
                        String name = named ? "s" + series : pop.strategies().get(i);
                        XYSeries s = c.addSeries(name, x, y);
                        s.setShowInLegend(!named);
                        named = true;
                        series++;
                        s.setMarker(SeriesMarkers.NONE);
                        s.setLineColor(colour);
                        s.setLineStyle(
                                stable
                                        ? new BasicStroke(2.0f)
                                        : new BasicStroke(
                                                2.0f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, dash, 0f));
                        start = end;
                    }
                }
            }
            List<Double> fx = new ArrayList<>();
            List<Double> fy = new ArrayList<>();
            for (LogitCorrespondence.Branch br : lc.branches()) {
                for (LogitCorrespondence.Fold f : br.folds()) {
                    for (int i = 0; i < shown; i++) {
                        fx.add(f.lambda());
                        fy.add(f.shares()[k][i]);
                    }
                }
            }
            if (!fx.isEmpty()) {
                XYSeries s = c.addSeries(messages.text(Phrase.LOGIT_FOLD), fx, fy);
                s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
                s.setMarker(SeriesMarkers.DIAMOND);
                s.setMarkerColor(Color.BLACK);
            }
            double target = 1 / lc.eta();
            XYSeries eta = c.addSeries(
                    messages.text(Phrase.LOGIT_ETA, org.egt4j.Numbers.shortDecimal(lc.eta(), 6)),
                    new double[] {target, target},
                    new double[] {0, 1});
            eta.setMarker(SeriesMarkers.NONE);
            eta.setLineColor(Color.GRAY);
            eta.setLineStyle(
                    new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {2f, 3f}, 0f));
            figures.save(
                    c,
                    "logit-correspondence" + (game.populations().size() > 1 ? "-" + pop.name() : ""),
                    messages.text(Phrase.LOGIT_CAPTION, pop.name(), org.egt4j.Numbers.shortDecimal(lc.eta(), 6)));
        }
    }
}
