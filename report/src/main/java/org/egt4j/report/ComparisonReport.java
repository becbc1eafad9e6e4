package org.egt4j.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.egt4j.analysis.DynamicsComparison;
import org.egt4j.analysis.TrajectorySet;
import org.egt4j.game.Game;
import org.egt4j.game.Population;
import org.egt4j.stability.RestPoint;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The report's comparison of dynamics ({@code analyze --compare}): one figure per population with the
 * share of its first strategy over time from the common starts, one colour per dynamic; the CSV files
 * {@code compare-trajectories.csv} (every coordinate of every run, a last column {@code dynamics}) and
 * {@code compare-rest-points.csv}; a Markdown section with a table of every dynamic's rest points and
 * verdicts; and {@code "comparison"} in {@code report.json}. Drawn from {@link DynamicsComparison} data only.
 */
public final class ComparisonReport {

    /** One colour per dynamic, in order (then repeated). */
    private static final Color[] COLOURS = {
        new Color(0, 114, 178),
        new Color(213, 94, 0),
        new Color(0, 158, 115),
        new Color(204, 121, 167),
        new Color(86, 180, 233),
        new Color(230, 159, 0),
        Color.DARK_GRAY
    };

    private final Game game;
    private final DynamicsComparison comparison;
    private Messages messages = Messages.english();

    /**
     * The comparison of a game's dynamics.
     *
     * @param game the game
     * @param comparison the trajectories and verdicts per dynamic
     */
    public ComparisonReport(Game game, DynamicsComparison comparison) {
        this.game = game;
        this.comparison = comparison;
    }

    /**
     * Writes the headings, sentences, titles and captions in this language (CSV and JSON stay English).
     *
     * @param m the sentences of the report's language
     * @return this
     */
    public ComparisonReport withMessages(Messages m) {
        this.messages = m;
        return this;
    }

    private List<String> labels() {
        List<String> l = new ArrayList<>();
        comparison.dynamics().forEach(d -> l.add(Figures.dynamicsLabel(messages, d)));
        return l;
    }

    /**
     * Draws one figure per population: the share of its first strategy over time, every start, one colour
     * per dynamic (the legend names the dynamics).
     *
     * @param figures where the figures are saved (their list gets these figures, embedded in the report)
     */
    public void figures(Figures figures) {
        for (int k = 0; k < game.populations().size(); k++) {
            Population p = game.populations().get(k);
            String strategy = p.strategies().get(0);
            XYChart c = figures.xy(
                    messages.text(Phrase.COMPARE_TITLE, strategy, p.name()),
                    "t",
                    messages.text(Phrase.SHARE_AXIS, strategy));
            c.getStyler().setYAxisMin(0.0);
            c.getStyler().setYAxisMax(1.0);
            int coordinate = game.offset(k);
            for (int d = 0; d < comparison.dynamics().size(); d++) {
                TrajectorySet set = comparison.trajectories().get(d);
                Color colour = COLOURS[d % COLOURS.length];
                for (int r = 0; r < set.states().length; r++) {
                    double[] y = new double[set.times().length];
                    for (int i = 0; i < y.length; i++) {
                        y[i] = set.states()[r][i][coordinate];
                    }
                    XYSeries s =
                            c.addSeries(r == 0 ? labels().get(d) : labels().get(d) + " " + (r + 1), set.times(), y);
                    s.setMarker(SeriesMarkers.NONE);
                    s.setLineColor(colour);
                    s.setLineStyle(new BasicStroke(1.6f));
                    s.setShowInLegend(r == 0);
                }
            }
            figures.saveAsIs(
                    c,
                    "compare-" + p.name(),
                    messages.text(Phrase.COMPARE_CAPTION, strategy, p.name(), String.join(", ", labels())));
        }
    }

    /** {@return the Markdown section: a sentence and the table of rest points per dynamic} */
    public String markdown() {
        StringBuilder sb = new StringBuilder("\n## ")
                .append(messages.text(Phrase.COMPARISON))
                .append("\n\n");
        TrajectorySet first = comparison.trajectories().get(0);
        sb.append(messages.text(
                        Phrase.COMPARE_SENTENCE,
                        String.join(", ", labels()),
                        first.starts().size(),
                        AnalysisReport.num(first.times()[first.times().length - 1])))
                .append("\n\n")
                .append(messages.text(Phrase.COMPARE_TABLE))
                .append("\n|---|---|---|---|---|\n");
        for (int d = 0; d < comparison.dynamics().size(); d++) {
            for (RestPoint p : comparison.stability().get(d).restPoints()) {
                sb.append("| ")
                        .append(labels().get(d))
                        .append(" | ")
                        .append(state(p.shares()))
                        .append(" | ")
                        .append(messages.stability(p.stability()))
                        .append(p.basis() == RestPoint.Basis.SIMULATION ? messages.text(Phrase.BY_SIMULATION) : "")
                        .append(" | ")
                        .append(messages.text(p.nash() ? Phrase.YES : Phrase.NO))
                        .append(" | ")
                        .append(messages.text(p.ess() ? Phrase.YES : Phrase.NO))
                        .append(" |\n");
            }
        }
        return sb.toString();
    }

    private String state(double[][] shares) {
        List<String> parts = new ArrayList<>();
        for (int k = 0; k < shares.length; k++) {
            List<String> s = new ArrayList<>();
            for (double v : shares[k]) {
                s.add(AnalysisReport.num(v));
            }
            parts.add(game.populations().get(k).name() + " (" + String.join(", ", s) + ")");
        }
        return String.join(", ", parts);
    }

    /** {@return the CSV files by name: the trajectories of every dynamic and the rest points of every dynamic} */
    public Map<String, String> csv() {
        Map<String, String> files = new LinkedHashMap<>();
        List<Object> header = new ArrayList<>(List.of("run", "label", "t"));
        header.addAll(game.coordinateNames());
        header.add("dynamics");
        StringBuilder t = new StringBuilder(Csv.line(header));
        for (int d = 0; d < comparison.dynamics().size(); d++) {
            TrajectorySet set = comparison.trajectories().get(d);
            String name = comparison.dynamics().get(d).spec();
            for (int r = 0; r < set.states().length; r++) {
                for (int k = 0; k < set.times().length; k++) {
                    List<Object> row =
                            new ArrayList<>(List.of(r + 1, set.labels().get(r), set.times()[k]));
                    for (double v : set.states()[r][k]) {
                        row.add(v);
                    }
                    row.add(name);
                    t.append(Csv.line(row));
                }
            }
        }
        files.put("compare-trajectories.csv", t.toString());
        List<Object> h = new ArrayList<>(List.of("point"));
        game.populations().forEach(p -> p.strategies().forEach(s -> h.add(p.name() + "." + s)));
        h.addAll(List.of("stability", "nash", "ess", "basis", "dynamics"));
        StringBuilder r = new StringBuilder(Csv.line(h));
        for (int d = 0; d < comparison.dynamics().size(); d++) {
            int i = 1;
            for (RestPoint p : comparison.stability().get(d).restPoints()) {
                List<Object> row = new ArrayList<>(List.of(i++));
                for (double[] s : p.shares()) {
                    for (double v : s) {
                        row.add(v);
                    }
                }
                row.addAll(List.of(
                        p.stability().label(),
                        p.nash(),
                        p.ess(),
                        JsonValue.token(p.basis()).value(),
                        comparison.dynamics().get(d).spec()));
                r.append(Csv.line(row));
            }
        }
        files.put("compare-rest-points.csv", r.toString());
        return files;
    }

    /** {@return the JSON: per dynamic its name and parameters and its rest points with their verdicts} */
    public JsonValue json() {
        List<JsonValue> list = new ArrayList<>();
        for (int d = 0; d < comparison.dynamics().size(); d++) {
            List<JsonValue> points = new ArrayList<>();
            for (RestPoint p : comparison.stability().get(d).restPoints()) {
                JsonValue.JsonObject.Builder s = JsonValue.JsonObject.builder();
                for (int k = 0; k < p.shares().length; k++) {
                    s.put(game.populations().get(k).name(), JsonValue.numbers(p.shares()[k]));
                }
                points.add(JsonValue.JsonObject.builder()
                        .put("state", s.build())
                        .put("stability", p.stability().label())
                        .put("nash", p.nash())
                        .put("ess", p.ess())
                        .put("basis", JsonValue.token(p.basis()))
                        .build());
            }
            list.add(JsonValue.JsonObject.builder()
                    .put(
                            "dynamics",
                            AnalysisReport.dynamicsDocument(
                                    comparison.dynamics().get(d)))
                    .put("restPoints", JsonValue.array(points))
                    .build());
        }
        return JsonValue.array(list);
    }
}
