package org.egt4j.stability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.egt4j.expr.Printer;
import org.egt4j.game.Game;
import org.egt4j.game.GameBuilder;
import org.junit.jupiter.api.Test;

/**
 * Thresholds of the vertex table, one statement per shape of the ESS region in a parameter. The game
 * has two populations whose second strategies earn λ₁ and λ₂ against nothing else, so at the vertex
 * (a, c) the eigenvalues are exactly λ₁ and λ₂ (f<sub>b</sub> − f<sub>a</sub> and f<sub>d</sub> −
 * f<sub>c</sub>, Hofbauer and Sigmund 1998, §10.2) and every threshold is known in closed form.
 */
class VertexThresholdsTest {

    /** Parameters as "name:value" or "name:value:min:max". */
    static VertexTable.Vertex vertex(String lambda1, String lambda2, String... parameters) {
        GameBuilder b = Game.builder("thresholds");
        for (String p : parameters) {
            String[] f = p.split(":");
            if (f.length == 2) {
                b.parameter(f[0], Double.parseDouble(f[1]));
            } else {
                b.parameter(f[0], Double.parseDouble(f[1]), Double.parseDouble(f[2]), Double.parseDouble(f[3]));
            }
        }
        Game g = b.population("p", List.of("a", "b"), "x")
                .population("q", List.of("c", "d"), "y")
                .fitness("p", "a", "0")
                .fitness("p", "b", lambda1)
                .fitness("q", "c", "0")
                .fitness("q", "d", lambda2)
                .build();
        VertexTable.Vertex v =
                StabilityAnalysis.of(g.bind()).vertices().vertices().get(0);
        assertEquals("(a, c)", v.label());
        assertEquals(g.expression(lambda1), v.eigenvalues().get(0).expression());
        return v;
    }

    static VertexTable.Threshold threshold(VertexTable.Vertex v, String parameter) {
        return v.thresholds().stream()
                .filter(t -> t.parameter().equals(parameter))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no threshold in " + parameter + ": " + v.thresholds()));
    }

    @Test
    void anUpperBoundInsideTheRange() {
        VertexTable.Threshold t = threshold(vertex("S - C", "-1", "S:1:0:6", "C:2"), "S");
        assertStatement(t, ThresholdStatement.Kind.ESS_BELOW, Double.NaN, 2);
        assertEquals(Double.NEGATIVE_INFINITY, t.lower());
        assertEquals(2, t.upper(), 0.0);
        assertSplit(t.criticals().get(0), "-C", "1");
    }

    @Test
    void aLowerBoundInsideTheRange() {
        VertexTable.Threshold t = threshold(vertex("C - 2*S", "-1", "S:1:0:6", "C:3"), "S");
        assertStatement(t, ThresholdStatement.Kind.ESS_ABOVE, 1.5, Double.NaN);
        assertEquals(1.5, t.lower(), 0.0);
        assertSplit(t.criticals().get(0), "C", "-2");
    }

    @Test
    void bothBoundsInsideTheRange() {
        VertexTable.Threshold t = threshold(vertex("S - 4", "1 - S", "S:2:0:6"), "S");
        assertStatement(t, ThresholdStatement.Kind.ESS_BETWEEN, 1, 4);
        assertEquals(2, t.criticals().size());
        assertEquals(1, t.criticals().get(0).value(), 0.0, "criticals ascend");
        assertEquals(4, t.criticals().get(1).value(), 0.0);
    }

    @Test
    void theWholeRange() {
        assertStatement(
                threshold(vertex("S - 8", "-1", "S:1:0:6"), "S"), ThresholdStatement.Kind.ESS_ACROSS_RANGE, 0, 6);
    }

    @Test
    void noneOfTheRange() {
        assertStatement(
                threshold(vertex("S + 1", "-1", "S:1:0:6"), "S"), ThresholdStatement.Kind.NOT_ESS_IN_RANGE, 0, 6);
        // the lower bound 7 lies above the range
        VertexTable.Threshold above = threshold(vertex("7 - S", "-1", "S:1:0:6"), "S");
        assertStatement(above, ThresholdStatement.Kind.NOT_ESS_IN_RANGE, 0, 6);
        assertEquals(7, above.lower(), 0.0, "the interval is kept beside the statement");
    }

    @Test
    void withoutARangeTheBoundsAreStatedAsTheyAre() {
        assertStatement(threshold(vertex("S - 2", "-1", "S:1"), "S"), ThresholdStatement.Kind.ESS_BELOW, Double.NaN, 2);
        assertStatement(
                threshold(vertex("1 - 4*S", "-1", "S:1"), "S"), ThresholdStatement.Kind.ESS_ABOVE, 0.25, Double.NaN);
    }

    @Test
    void anEigenvalueThatIsPositiveWhateverTheParameter() {
        VertexTable.Threshold t = threshold(vertex("S - 2", "3", "S:1:0:6"), "S");
        assertStatement(t, ThresholdStatement.Kind.NOT_ESS, Double.NaN, Double.NaN);
        assertTrue(Double.isNaN(t.lower()) && Double.isNaN(t.upper()));
    }

    @Test
    void aCoefficientThatVanishesAtTheBoundPoint() {
        // λ₁ = T·S − 1 with T = 0: negative for every S at this point
        assertStatement(
                threshold(vertex("T*S - 1", "-1", "S:1", "T:0"), "S"),
                ThresholdStatement.Kind.ESS_EVERYWHERE,
                Double.NaN,
                Double.NaN);
    }

    @Test
    void aCompoundCoefficientIsPrintedAsAQuotient() {
        VertexTable.Threshold t = threshold(vertex("(T + 1)*S - C", "-1", "S:1", "T:1", "C:3"), "S");
        assertSplit(t.criticals().get(0), "-C", "T + 1");
        assertStatement(t, ThresholdStatement.Kind.ESS_BELOW, Double.NaN, 1.5);
    }

    @Test
    void aQuadraticEigenvalueGivesNumericCriticalValuesInTheRange() {
        VertexTable.Threshold t = threshold(vertex("S^2 - 2", "-1", "S:1:0:3"), "S");
        assertEquals(1, t.criticals().size());
        assertNull(t.criticals().get(0).split());
        assertEquals(Math.sqrt(2), t.criticals().get(0).value(), 1e-12);
        assertStatement(t, ThresholdStatement.Kind.NOT_AFFINE, Double.NaN, Double.NaN);
        assertEquals(List.of(t.criticals().get(0).value()), t.statement().criticalValues());
        assertTrue(Double.isNaN(t.lower()));
    }

    @Test
    void withoutARangeRootsAreSoughtTenUnitsAroundTheValue() {
        // S = 1: the search covers [-9, 11] and finds both ±√2
        VertexTable.Threshold t = threshold(vertex("S^2 - 2", "-1", "S:1"), "S");
        assertEquals(2, t.criticals().size());
        assertEquals(-Math.sqrt(2), t.criticals().get(0).value(), 1e-12);
        assertEquals(Math.sqrt(2), t.criticals().get(1).value(), 1e-12);
        // S = 0: the search covers [-10, 10]; a root at 12 lies outside
        VertexTable.Threshold outside = threshold(vertex("(S - 12)*(S + 20)", "-1", "S:0"), "S");
        assertStatement(outside, ThresholdStatement.Kind.NOT_AFFINE, Double.NaN, Double.NaN);
        assertEquals(List.of(), outside.statement().criticalValues());
    }

    @Test
    void anEigenvalueThroughAnAtomIsTreatedAsNonlinear() {
        VertexTable.Threshold t = threshold(vertex("exp(S) - 3", "-1", "S:1:0:2"), "S");
        assertEquals(Math.log(3), t.criticals().get(0).value(), 1e-12);
        assertNull(t.criticals().get(0).split());
        // a parameter-only definition that depends on S is an atom as well
        VertexTable.Threshold d = threshold(vertex("exp(2*S) - 3", "-1", "S:1:0:2"), "S");
        assertEquals(Math.log(3) / 2, d.criticals().get(0).value(), 1e-12);
    }

    @Test
    void parametersAbsentFromTheEigenvaluesHaveNoThreshold() {
        VertexTable.Vertex v = vertex("S - 2", "-1", "S:1:0:6", "U:5:0:9");
        assertTrue(
                v.thresholds().stream().noneMatch(t -> t.parameter().equals("U")),
                v.thresholds().toString());
    }

    @Test
    void onlyTheThreeThresholdShapesAreConditions() {
        for (ThresholdStatement.Kind k : ThresholdStatement.Kind.values()) {
            assertEquals(
                    k == ThresholdStatement.Kind.ESS_BELOW
                            || k == ThresholdStatement.Kind.ESS_ABOVE
                            || k == ThresholdStatement.Kind.ESS_BETWEEN,
                    k.isCondition(),
                    k.name());
        }
    }

    static void assertStatement(VertexTable.Threshold t, ThresholdStatement.Kind kind, double from, double to) {
        ThresholdStatement s = t.statement();
        assertEquals(kind, s.kind(), s.toString());
        assertEquals("(a, c)", s.vertex());
        assertEquals(t.parameter(), s.parameter());
        assertEquals(from, s.from(), 1e-12, "from");
        assertEquals(to, s.to(), 1e-12, "to");
    }

    /** λ = a + b·P with a and b as printed. */
    static void assertSplit(VertexTable.Critical c, String a, String b) {
        assertEquals(a, Printer.TEXT.print(c.split().constant()));
        assertEquals(b, Printer.TEXT.print(c.split().slope()));
    }
}
