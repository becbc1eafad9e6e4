package org.egt4j.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.egt4j.game.Game;
import org.egt4j.stability.BoxVerdict;
import org.egt4j.stability.DirectMethod;
import org.egt4j.stability.OverBox;
import org.egt4j.stability.StabilityAnalysis;
import org.egt4j.stability.ThresholdStatement;
import org.egt4j.stability.ThresholdStatement.Kind;
import org.egt4j.stability.VertexTable;
import org.junit.jupiter.api.Test;

/**
 * The English sentences, one per shape of typed result: the text the JSON {@code statement} fields,
 * the Markdown report and the command-line summary have always carried.
 */
class MessagesTest {

    static final Messages EN = Messages.english();

    static String threshold(Kind kind, double from, double to, List<Double> criticals) {
        return EN.threshold(new ThresholdStatement(kind, "(a, c)", "S", from, to, criticals));
    }

    @Test
    void everyThresholdShapeHasItsSentence() {
        double nan = Double.NaN;
        assertEquals("(a, c) is an ESS iff S < 2 (others fixed)", threshold(Kind.ESS_BELOW, nan, 2, List.of()));
        assertEquals("(a, c) is an ESS iff S > 1.5 (others fixed)", threshold(Kind.ESS_ABOVE, 1.5, nan, List.of()));
        assertEquals("(a, c) is an ESS iff 1 < S < 4 (others fixed)", threshold(Kind.ESS_BETWEEN, 1, 4, List.of()));
        assertEquals(
                "(a, c) is an ESS for every value of S (others fixed)",
                threshold(Kind.ESS_EVERYWHERE, nan, nan, List.of()));
        assertEquals(
                "(a, c) is an ESS for every S in [0, 6] (others fixed)",
                threshold(Kind.ESS_ACROSS_RANGE, 0, 6, List.of()));
        assertEquals(
                "(a, c) is not an ESS for any value of S (others fixed)", threshold(Kind.NOT_ESS, nan, nan, List.of()));
        assertEquals(
                "(a, c) is not an ESS for any S in [0, 6] (others fixed)",
                threshold(Kind.NOT_ESS_IN_RANGE, 0, 6, List.of()));
        assertEquals(
                "(a, c): an eigenvalue is not linear or quadratic in S; numeric critical values 1.41421 (others fixed)",
                threshold(Kind.NOT_AFFINE, nan, nan, List.of(Math.sqrt(2))));
        assertEquals(
                "(a, c): an eigenvalue is not linear or quadratic in S; numeric critical values -1.41421, 1.41421"
                        + " (others fixed)",
                threshold(Kind.NOT_AFFINE, nan, nan, List.of(-Math.sqrt(2), Math.sqrt(2))));
        assertEquals(
                "(a, c): an eigenvalue is not linear or quadratic in S; numeric critical values none found in range"
                        + " (others fixed)",
                threshold(Kind.NOT_AFFINE, nan, nan, List.of()));
    }

    @Test
    void numbersAreShortAndExactWhereIntegral() {
        assertEquals("2", EN.number(2));
        assertEquals("-3", EN.number(-3));
        assertEquals("0.333333", EN.number(1.0 / 3));
        assertEquals("1.5", EN.number(1.5));
        assertEquals("1e+20", EN.number(1e20), "beyond long range the exponent stays");
    }

    @Test
    void theVertexTableOfHawkDoveReadsAsThePapersWriteIt() {
        // V = 2, C = 5: at all-hawk λ = (C - V)/2; an ESS iff V > 5, and iff C < 2
        Game hawkDove = Game.builder("hawk-dove")
                .parameter("V", 2)
                .parameter("C", 5)
                .population("p", List.of("hawk", "dove"), "x")
                .matrix(new String[][] {{"(V - C)/2", "V"}, {"0", "V/2"}})
                .build();
        VertexTable.Vertex allHawk =
                StabilityAnalysis.of(hawkDove.bind()).vertices().vertices().get(0);
        assertEquals(
                "(hawk) is an ESS iff V > 5 (others fixed)",
                EN.threshold(allHawk.thresholds().get(0).statement()));
        assertEquals(
                "(hawk) is an ESS iff C < 2 (others fixed)",
                EN.threshold(allHawk.thresholds().get(1).statement()));
        assertEquals("(hawk) is an ESS iff C/2 - V/2 < 0", EN.essConditions("(hawk)", allHawk.essConditions(), null));
        assertEquals(
                "V",
                AnalysisReport.criticalExpression(
                        allHawk.thresholds().get(1).criticals().get(0)),
                "C = V");
    }

    @Test
    void criticalValuesAreOneTermOrAQuotientOfFactors() {
        Game g = Game.builder("critical")
                .parameter("S", 1)
                .parameter("T", 1)
                .parameter("C", 3)
                .population("p", List.of("a", "b"), "x")
                .population("q", List.of("c", "d"), "y")
                .fitness("p", "a", "0")
                .fitness("p", "b", "(T + 1)*S - C")
                .fitness("q", "c", "0")
                .fitness("q", "d", "C - 2*T")
                .build();
        VertexTable.Vertex v =
                StabilityAnalysis.of(g.bind()).vertices().vertices().get(0);
        VertexTable.Threshold s = v.thresholds().stream()
                .filter(t -> t.parameter().equals("S"))
                .findFirst()
                .orElseThrow();
        assertEquals(
                "C/(T + 1)", AnalysisReport.criticalExpression(s.criticals().get(0)));
        VertexTable.Threshold t = v.thresholds().stream()
                .filter(x -> x.parameter().equals("T"))
                .findFirst()
                .orElseThrow();
        // λ₂ = C - 2T: T = C/2 = 1.5; λ₁ = TS + S - C: b = S is one term, so T = C/S - 1 = 2
        assertEquals(
                List.of("C/2", "C/S - 1"),
                t.criticals().stream().map(AnalysisReport::criticalExpression).toList());
    }

    @Test
    void boxVerdictsConstantVerdictsAndTheDirectMethod() {
        assertEquals("an ESS everywhere (proved)", EN.overBox(BoxVerdict.EVERYWHERE, false));
        assertEquals("an ESS nowhere (proved)", EN.overBox(BoxVerdict.NOWHERE, false));
        assertEquals("an ESS in part of the ranges", EN.overBox(BoxVerdict.SOMEWHERE, false));
        assertEquals("undecided", EN.overBox(BoxVerdict.UNDECIDED, false));
        assertEquals("an ESS nowhere (exact)", EN.overBox(BoxVerdict.NOWHERE, true));
        assertEquals(
                "(d) is an ESS iff S - P < 0 and T - R < 0; over the parameter ranges: an ESS in part of the ranges",
                EN.essConditions(
                        "(d)",
                        List.of("S - P < 0", "T - R < 0"),
                        new OverBox(BoxVerdict.SOMEWHERE, List.of("S"), new double[] {0}, new double[] {1}, false)));
        assertEquals("(d) is an ESS for all parameter values", EN.constantVerdict("(d)", true));
        assertEquals("(d) is not an ESS for any parameter values", EN.constantVerdict("(d)", false));
        assertEquals("relative entropy: conserved", EN.relativeEntropy(DirectMethod.Outcome.CONSERVED));
        assertEquals("relative entropy: decreasing", EN.relativeEntropy(DirectMethod.Outcome.DECREASING));
        assertEquals("relative entropy: inconclusive", EN.relativeEntropy(DirectMethod.Outcome.INCONCLUSIVE));
    }

    @Test
    void continuaAreNamedByTheirDimensionAndSupport() {
        Game g = Game.builder("bos")
                .population("row", "opera", "football")
                .population("column", "opera", "football")
                .fitness("row", "opera", "0")
                .fitness("row", "football", "0")
                .fitness("column", "opera", "0")
                .fitness("column", "football", "0")
                .build();
        int[][] support = {{0, 1}, {0}};
        assertEquals(
                "1-dimensional set of rest points with support {row: opera, football; column: opera}",
                EN.restPointSet(g, new org.egt4j.stability.RestPointSet(1, support, List.of())));
        assertEquals(
                "set of non-isolated rest points (singular Jacobian) with support {row: opera, football; column:"
                        + " opera}",
                EN.restPointSet(
                        g,
                        new org.egt4j.stability.RestPointSet(
                                org.egt4j.stability.RestPointSet.SINGULAR, support, List.of())));
    }

    @Test
    void aNonAffineCriticalValueHasNoExpression() {
        Game g = Game.builder("quadratic")
                .parameter("S", 1, 0, 3)
                .population("p", List.of("a", "b"), "x")
                .fitness("p", "a", "0")
                .fitness("p", "b", "S^3 - 2")
                .build();
        VertexTable.Threshold t = StabilityAnalysis.of(g.bind())
                .vertices()
                .vertices()
                .get(0)
                .thresholds()
                .get(0);
        assertEquals(null, AnalysisReport.criticalExpression(t.criticals().get(0)));
        assertEquals(
                "(a): an eigenvalue is not linear or quadratic in S; numeric critical values 1.25992 (others fixed)",
                EN.threshold(t.statement()));
    }

    static String sentence(String lambda, String range) {
        String[] r = range.split(":");
        Game g = Game.builder("exact")
                .parameter("S", Double.parseDouble(r[0]), Double.parseDouble(r[1]), Double.parseDouble(r[2]))
                .population("p", List.of("a", "b"), "x")
                .fitness("p", "a", "0")
                .fitness("p", "b", lambda)
                .build();
        return EN.threshold(StabilityAnalysis.of(g.bind())
                .vertices()
                .vertices()
                .get(0)
                .thresholds()
                .get(0)
                .statement());
    }

    @Test
    void exactStatementsNameTheirEndsAndRadicals() {
        assertEquals(
                "(a) is an ESS for every S in (0, 100] (others fixed); at S = 0 an eigenvalue is 0 (not hyperbolic)",
                sentence("-S", "50:0:100"));
        assertEquals("(a) is an ESS for every S in [0, 100] (others fixed)", sentence("-S - 1", "50:0:100"));
        assertEquals("(a) is an ESS iff S < sqrt(2) ≈ 1.41421 (others fixed)", sentence("S^2 - 2", "1:0:3"));
        assertEquals("(a) is an ESS iff S < 1 or S > 2 (others fixed)", sentence("-(S - 1)*(S - 2)", "1:0:3"));
        assertEquals(
                "(a) is an ESS iff (3 - sqrt(5))/2 ≈ 0.381966 < S < (3 + sqrt(5))/2 ≈ 2.61803 (others fixed)",
                sentence("S^2 - 3*S + 1", "1:-5:5"));
    }

    @Test
    void criticalExpressionsAreSimplified() {
        // λ = (T + 1)·S − C·(T + 1): the critical value is C, not (C*T + C)/(T + 1); λ = (T + 1)·S: it is 0
        Game g = Game.builder("cancel")
                .parameter("S", 1)
                .parameter("T", 1)
                .parameter("C", 2)
                .population("p", List.of("a", "b"), "x")
                .population("q", List.of("c", "d"), "y")
                .fitness("p", "a", "0")
                .fitness("p", "b", "(T + 1)*S - C*(T + 1)")
                .fitness("q", "c", "0")
                .fitness("q", "d", "(T + 1)*S")
                .build();
        var v = StabilityAnalysis.of(g.bind()).vertices().vertices().get(0);
        var s = v.thresholds().stream()
                .filter(t -> t.parameter().equals("S"))
                .findFirst()
                .orElseThrow();
        assertEquals(
                List.of("0", "C"),
                s.criticals().stream()
                        .map(AnalysisReport::criticalExpression)
                        .sorted()
                        .toList());
    }
}
