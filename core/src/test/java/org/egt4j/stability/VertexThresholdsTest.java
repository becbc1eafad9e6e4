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
    void aQuadraticEigenvalueGivesExactRootsWithRadicals() {
        // S² − 2 < 0 iff −√2 < S < √2; on [0, 3] the ESS set is [0, √2)
        VertexTable.Threshold t = threshold(vertex("S^2 - 2", "-1", "S:1:0:3"), "S");
        assertEquals(2, t.criticals().size(), "both real roots, as for a linear eigenvalue outside the range");
        assertNull(t.criticals().get(0).split());
        assertEquals("-sqrt(2)", t.criticals().get(0).exact());
        assertEquals("sqrt(2)", t.criticals().get(1).exact());
        assertEquals(Math.sqrt(2), t.criticals().get(1).value(), 0.0);
        assertStatement(t, ThresholdStatement.Kind.ESS_BELOW, Double.NaN, Math.sqrt(2));
        assertEquals("sqrt(2)", t.statement().essSet().get(0).to().radical());
        assertEquals(
                ThresholdStatement.EndKind.VANISHING,
                t.statement().essSet().get(0).to().kind());
        assertEquals(
                ThresholdStatement.EndKind.CLOSED,
                t.statement().essSet().get(0).from().kind());
    }

    @Test
    void withoutARangeQuadraticRootsAreFoundWhereverTheyAre() {
        VertexTable.Threshold t = threshold(vertex("S^2 - 2", "-1", "S:1"), "S");
        assertStatement(t, ThresholdStatement.Kind.ESS_BETWEEN, -Math.sqrt(2), Math.sqrt(2));
        // the old numeric search looked only ten units around the value and missed the root at 12
        VertexTable.Threshold far = threshold(vertex("(S - 12)*(S + 20)", "-1", "S:0"), "S");
        assertStatement(far, ThresholdStatement.Kind.ESS_BETWEEN, -20, 12);
        assertEquals(
                List.of("-20", "12"),
                far.criticals().stream().map(VertexTable.Critical::exact).toList());
    }

    /**
     * Roots in closed form against sympy: {@code solve(S**2 - 3*S + 1)} gives 3/2 − √5/2 and 3/2 + √5/2
     * (0.381966011250105, 2.61803398874989); {@code solve(2*S**2 - 2*S - 1)} gives 1/2 ∓ √3/2
     * (−0.366025403784439, 1.36602540378444); {@code solve(3*S**2 - 2)} gives ∓√6/3 (±0.816496580927726).
     */
    @Test
    void closedFormRootsAgreeWithSympy() {
        VertexTable.Threshold a = threshold(vertex("S^2 - 3*S + 1", "-1", "S:1"), "S");
        assertEquals(List.of("(3 - sqrt(5))/2", "(3 + sqrt(5))/2"), exact(a));
        assertEquals(0.381966011250105, a.criticals().get(0).value(), 1e-15);
        assertEquals(2.61803398874989, a.criticals().get(1).value(), 1e-14);
        VertexTable.Threshold b = threshold(vertex("2*S^2 - 2*S - 1", "-1", "S:1"), "S");
        assertEquals(List.of("(1 - sqrt(3))/2", "(1 + sqrt(3))/2"), exact(b));
        assertEquals(-0.366025403784439, b.criticals().get(0).value(), 1e-15);
        VertexTable.Threshold c = threshold(vertex("3*S^2 - 2", "-1", "S:1"), "S");
        assertEquals(List.of("-sqrt(6)/3", "sqrt(6)/3"), exact(c));
        assertEquals(0.816496580927726, c.criticals().get(1).value(), 1e-15);
        // a perfect-square discriminant gives rational roots: 4S² − 1 = (2S − 1)(2S + 1)
        assertEquals(List.of("-1/2", "1/2"), exact(threshold(vertex("4*S^2 - 1", "-1", "S:1"), "S")));
    }

    @Test
    void aCubicEigenvalueKeepsNumericCriticalValuesMarkedAsSuch() {
        VertexTable.Threshold t = threshold(vertex("S^3 - 2", "-1", "S:1:0:3"), "S");
        assertStatement(t, ThresholdStatement.Kind.NOT_AFFINE, Double.NaN, Double.NaN);
        assertEquals(1, t.criticals().size());
        assertNull(t.criticals().get(0).exact(), "numeric");
        assertEquals(Math.cbrt(2), t.criticals().get(0).value(), 1e-12);
        assertEquals(List.of(t.criticals().get(0).value()), t.statement().criticalValues());
        assertTrue(Double.isNaN(t.lower()));
        // a root 12 units away from the value is outside the numeric search window
        VertexTable.Threshold outside = threshold(vertex("(S - 12)*(S + 20)*(S + 30)", "-1", "S:0"), "S");
        assertStatement(outside, ThresholdStatement.Kind.NOT_AFFINE, Double.NaN, Double.NaN);
        assertEquals(List.of(), outside.statement().criticalValues());
    }

    @Test
    void anExactZeroIsZeroNotARoundingResidue() {
        // in doubles A + B − C = 0.1 + 0.2 − 0.3 = 5.55e-17, so −a/b was a tiny non-zero critical value
        VertexTable.Threshold t = threshold(vertex("S + A + B - C", "-1", "S:1:0:6", "A:0.1", "B:0.2", "C:0.3"), "S");
        assertEquals(0.0, t.criticals().get(0).value(), 0.0);
        assertEquals("0", t.criticals().get(0).exact());
        assertStatement(t, ThresholdStatement.Kind.NOT_ESS_IN_RANGE, 0, 6);
    }

    @Test
    void anEigenvalueVanishingAtTheLowerEndOfTheRangeOpensThatEnd() {
        // "ESS for every CA in [0, 100]" was wrong at CA = 0, where λ = −CA = 0: the set is (0, 100]
        VertexTable.Threshold t = threshold(vertex("-CA", "-1", "CA:50:0:100"), "CA");
        assertStatement(t, ThresholdStatement.Kind.ESS_ACROSS_RANGE, 0, 100);
        ThresholdStatement.Piece p = t.statement().essSet().get(0);
        assertEquals(ThresholdStatement.EndKind.VANISHING, p.from().kind());
        assertEquals(ThresholdStatement.EndKind.CLOSED, p.to().kind());
        VertexTable.Threshold upper = threshold(vertex("S - 6", "-1", "S:1:0:6"), "S");
        assertStatement(upper, ThresholdStatement.Kind.ESS_ACROSS_RANGE, 0, 6);
        assertEquals(
                ThresholdStatement.EndKind.VANISHING,
                upper.statement().essSet().get(0).to().kind());
        // a threshold at the lower end with another inside: min < S < threshold, not "S < threshold"
        VertexTable.Threshold both = threshold(vertex("-S", "S - 4", "S:1:0:6"), "S");
        assertStatement(both, ThresholdStatement.Kind.ESS_BETWEEN, 0, 4);
    }

    @Test
    void aSignChangeTwiceGivesAUnionOfIntervals() {
        // −(S − 1)(S − 2) < 0 iff S < 1 or S > 2
        VertexTable.Threshold t = threshold(vertex("-(S - 1)*(S - 2)", "-1", "S:1:0:3"), "S");
        assertStatement(t, ThresholdStatement.Kind.ESS_UNION, 0, 3);
        List<ThresholdStatement.Piece> set = t.statement().essSet();
        assertEquals(2, set.size());
        assertEquals(1, set.get(0).to().value(), 0.0);
        assertEquals(2, set.get(1).from().value(), 0.0);
        assertTrue(set.get(0).from().closed() && set.get(1).to().closed());
        // a double root touches zero without a sign change: every S but 1
        VertexTable.Threshold touch = threshold(vertex("-(S - 1)^2", "-1", "S:0"), "S");
        assertStatement(touch, ThresholdStatement.Kind.ESS_UNION, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
        assertEquals(List.of("1"), exact(touch));
    }

    @Test
    void aParameterInADenominatorIsUndefinedAtZero() {
        // 1/S − 1 < 0 iff S < 0 or S > 1; at S = 0 the eigenvalue is undefined
        VertexTable.Threshold t = threshold(vertex("1/S - 1", "-1", "S:2:-1:2"), "S");
        assertStatement(t, ThresholdStatement.Kind.ESS_UNION, -1, 2);
        List<ThresholdStatement.Piece> set = t.statement().essSet();
        assertEquals(ThresholdStatement.EndKind.UNDEFINED, set.get(0).to().kind());
        assertEquals(0, set.get(0).to().value(), 0.0);
        assertEquals(ThresholdStatement.EndKind.VANISHING, set.get(1).from().kind());
    }

    static List<String> exact(VertexTable.Threshold t) {
        return t.criticals().stream().map(VertexTable.Critical::exact).toList();
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
    void onlyTheFourThresholdShapesAreConditions() {
        for (ThresholdStatement.Kind k : ThresholdStatement.Kind.values()) {
            assertEquals(
                    k == ThresholdStatement.Kind.ESS_BELOW
                            || k == ThresholdStatement.Kind.ESS_ABOVE
                            || k == ThresholdStatement.Kind.ESS_BETWEEN
                            || k == ThresholdStatement.Kind.ESS_UNION,
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
