package org.egt4j.stability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.egt4j.expr.Polynomial;
import org.egt4j.expr.Symbol;
import org.egt4j.game.Game;
import org.egt4j.game.GameBuilder;
import org.hipparchus.fraction.BigFraction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The exact ESS set of a parameter against direct exact evaluation: for random linear and quadratic
 * eigenvalues with small integer coefficients (so exact zeros at range ends and double roots occur), every
 * rational sample point of the range, every range end and every critical value is in the set iff both
 * eigenvalues are negative there, evaluated exactly from the eigenvalue polynomials; every critical value
 * is a zero of its eigenvalue. Seeds 0–3 are edge cases: a root at each range end, a double root, no root.
 */
class ExactThresholdsPropertyTest {

    static LongStream seeds() {
        return LongStream.range(0, 300);
    }

    static String[] generate(long seed) {
        switch ((int) seed) {
            case 0:
                return new String[] {"-S", "S - 2", "S:1:0:2"};
            case 1:
                return new String[] {"-(S - 1)^2", "-1", "S:1:0:2"};
            case 2:
                return new String[] {"S^2 + 1", "-1", "S:1:0:2"};
            case 3:
                return new String[] {"S^2 - 2", "-S - 1", "S:1"};
            default:
                break;
        }
        SplittableRandom r = new SplittableRandom(seed);
        String[] out = new String[3];
        for (int k = 0; k < 2; k++) {
            int a = r.nextInt(-2, 3);
            int b = r.nextInt(-4, 5);
            int c = r.nextInt(-4, 5);
            out[k] = a + "*S^2 + " + b + "*S + " + c + (r.nextBoolean() ? "" : " + " + r.nextInt(-3, 4) + "/4");
        }
        int lo = r.nextInt(-3, 3);
        out[2] = r.nextInt(4) == 0 ? "S:0" : "S:" + lo + ":" + lo + ":" + (lo + 1 + r.nextInt(4));
        return out;
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theExactSetIsWhereEveryEigenvalueIsNegative(long seed) {
        String[] g = generate(seed);
        VertexTable.Vertex v = VertexThresholdsTest.vertex(g[0], g[1], g[2]);
        var found =
                v.thresholds().stream().filter(t -> t.parameter().equals("S")).findFirst();
        if (found.isEmpty()) {
            return; // no eigenvalue depends on S
        }
        VertexTable.Threshold t = found.get();
        ThresholdStatement s = t.statement();
        Game game = gameOf(g);
        Symbol S = game.parameterSymbols().get(0);
        List<Polynomial> lambdas = List.of(game.expression(g[0]), game.expression(g[1]));
        String[] range = g[2].split(":");
        boolean hasRange = range.length == 4;
        double lo = hasRange ? Double.parseDouble(range[2]) : -10;
        double hi = hasRange ? Double.parseDouble(range[3]) : 10;
        SplittableRandom r = new SplittableRandom(seed * 31 + 7);
        for (int i = 0; i <= 200; i++) {
            BigFraction p = i == 0
                    ? new BigFraction((long) lo)
                    : i == 1
                            ? new BigFraction((long) hi)
                            : new BigFraction((long) (lo * 64) + r.nextInt((int) ((hi - lo) * 64) + 1), 64);
            check(s, lambdas, S, p, "seed " + seed + " at " + p);
        }
        for (VertexTable.Critical c : t.criticals()) {
            assertTrue(c.exact() != null, "linear and quadratic roots are exact, seed " + seed);
            double at = lambdas.get(c.eigenvalue()).evaluate(x -> x.equals(S) ? c.value() : 0);
            assertEquals(0, at, 1e-9 * (1 + c.value() * c.value()), "a zero of its eigenvalue, seed " + seed);
            if (!hasRange || (c.value() >= lo && c.value() <= hi)) {
                assertTrue(!inSet(s, c.value()), "a critical value is outside the set, seed " + seed);
            }
        }
    }

    private static void check(
            ThresholdStatement s, List<Polynomial> lambdas, Symbol param, BigFraction p, String where) {
        boolean ess = true;
        for (Polynomial l : lambdas) {
            ess &= l.evaluateExact(x -> x.equals(param) ? p : BigFraction.ZERO).signum() < 0;
        }
        if (s.kind() == ThresholdStatement.Kind.NOT_ESS || s.kind() == ThresholdStatement.Kind.NOT_ESS_IN_RANGE) {
            assertTrue(!ess, where);
            return;
        }
        assertEquals(ess, inSet(s, p.doubleValue()), where + " " + s);
    }

    private static boolean inSet(ThresholdStatement s, double x) {
        for (ThresholdStatement.Piece piece : s.essSet()) {
            boolean above = x > piece.from().value()
                    || (x == piece.from().value() && piece.from().closed());
            boolean below = x < piece.to().value()
                    || (x == piece.to().value() && piece.to().closed());
            if (above && below) {
                return true;
            }
        }
        return false;
    }

    private static Game gameOf(String[] g) {
        GameBuilder b = Game.builder("t");
        String[] f = g[2].split(":");
        if (f.length == 2) {
            b.parameter(f[0], Double.parseDouble(f[1]));
        } else {
            b.parameter(f[0], Double.parseDouble(f[1]), Double.parseDouble(f[2]), Double.parseDouble(f[3]));
        }
        return b.population("p", List.of("a", "b"), "x")
                .population("q", List.of("c", "d"), "y")
                .fitness("p", "a", "0")
                .fitness("p", "b", g[0])
                .fitness("q", "c", "0")
                .fitness("q", "d", g[1])
                .build();
    }
}
