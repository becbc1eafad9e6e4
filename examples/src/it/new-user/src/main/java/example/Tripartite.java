package example;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.egt4j.dynamics.ReplicatorDynamics;
import org.egt4j.dynamics.ReplicatorEquation;
import org.egt4j.expr.Printer;
import org.egt4j.game.Game;
import org.egt4j.spec.SpecLoader;
import org.egt4j.stability.RestPoint;
import org.egt4j.stability.StabilityAnalysis;
import org.egt4j.stability.VertexTable;

/**
 * What a new user writes first: a tripartite game of firms, government and universities built with
 * the Java builder, its replicator equations, and its stability analysis printed as plain text.
 */
public final class Tripartite {

    private Tripartite() {}

    /** The game: firms cooperate or defect, government supports or ignores, universities share or withhold. */
    public static Game game() {
        return Game.builder("Government-industry-university")
                .parameter("S", 2, 0, 6) // subsidy to cooperating firms
                .parameter("C", 3) // cost of cooperation
                .parameter("F", 1) // penalty for defecting under support
                .parameter("B", 4) // benefit of joint research
                .population("firms", List.of("cooperate", "defect"), "x")
                .population("gov", List.of("support", "ignore"), "y")
                .population("uni", List.of("share", "withhold"), "z")
                .fitness("firms", "cooperate", "S*y + B*z - C")
                .fitness("firms", "defect", "-F*y")
                .fitness("gov", "support", "B*x - S*x")
                .fitness("gov", "ignore", "0")
                .fitness("uni", "share", "B*x - C/2")
                .fitness("uni", "withhold", "0")
                .build();
    }

    /** The same game as a YAML spec, read by egt4j-spec. */
    static final String SPEC = String.join(
            "\n",
            "name: Government-industry-university",
            "parameters:",
            "  S: {value: 2, min: 0, max: 6}",
            "  C: 3",
            "  F: 1",
            "  B: 4",
            "populations:",
            "  firms: {strategies: [cooperate, defect], share: x}",
            "  gov: {strategies: [support, ignore], share: y}",
            "  uni: {strategies: [share, withhold], share: z}",
            "fitness:",
            "  firms: {cooperate: S*y + B*z - C, defect: -F*y}",
            "  gov: {support: B*x - S*x, ignore: 0}",
            "  uni: {share: B*x - C/2, withhold: 0}",
            "");

    /**
     * Prints the equations, the rest points and the vertex table.
     *
     * @param args unused
     */
    public static void main(String[] args) {
        Game game = game();
        System.out.println("Game: " + game.name());
        System.out.println("Replicator equations:");
        List<String> equations = equations(game);
        equations.forEach(e -> System.out.println("  " + e));
        Game fromSpec = SpecLoader.parse("tripartite.yaml", SPEC);
        System.out.println("Same equations from the YAML spec: " + equations.equals(equations(fromSpec)));

        StabilityAnalysis analysis = StabilityAnalysis.of(game.bind());
        System.out.println("Rest points at " + analysis.parameters() + ":");
        for (RestPoint p : analysis.restPoints()) {
            System.out.println("  " + coordinates(game, p) + "  " + p.stability().label() + (p.ess() ? "  ESS" : ""));
        }
        System.out.println("Pure profiles:");
        for (VertexTable.Vertex v : analysis.vertices().vertices()) {
            System.out.println("  " + v.label() + "  " + v.stability().label() + (v.ess() ? "  ESS" : ""));
            if (v.ess()) {
                System.out.println("    ESS iff " + String.join(" and ", v.essConditions()));
                for (VertexTable.Threshold t : v.thresholds()) {
                    System.out.println("    ESS for " + range(t) + " (others fixed)");
                }
            }
        }
    }

    static List<String> equations(Game game) {
        return ReplicatorDynamics.replicatorEquations(game).stream()
                .map(e -> e.format(Printer.TEXT))
                .collect(Collectors.toList());
    }

    static String range(VertexTable.Threshold t) {
        if (Double.isNaN(t.lower())) {
            return "no value of " + t.parameter();
        }
        String p = t.parameter();
        if (t.lower() == Double.NEGATIVE_INFINITY) {
            return t.upper() == Double.POSITIVE_INFINITY ? "every " + p : p + " < " + number(t.upper());
        }
        return t.upper() == Double.POSITIVE_INFINITY
                ? p + " > " + number(t.lower())
                : number(t.lower()) + " < " + p + " < " + number(t.upper());
    }

    static String number(double v) {
        return new BigDecimal(String.format(Locale.ROOT, "%.6g", v)).stripTrailingZeros().toPlainString();
    }

    static String coordinates(Game game, RestPoint p) {
        List<String> names = game.coordinateNames();
        StringBuilder s = new StringBuilder("(");
        for (int c = 0; c < names.size(); c++) {
            if (c > 0) {
                s.append(", ");
            }
            s.append(names.get(c)).append(" = ").append(String.format(Locale.ROOT, "%.4g", p.coordinates()[c]));
        }
        return s.append(")").toString();
    }
}
