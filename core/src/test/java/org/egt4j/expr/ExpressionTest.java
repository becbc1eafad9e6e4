package org.egt4j.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.egt4j.ModelException;
import org.egt4j.game.Game;
import org.egt4j.testing.RandomGames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The exact algebra: canonical forms, printing, print → parse round trips, and parse errors. */
class ExpressionTest {

    /** A game whose names the expressions use: parameters V C S r, atoms, shares x y. */
    static final Game SCOPE = Game.builder("scope")
            .parameter("V", 2)
            .parameter("C", 3)
            .parameter("S", 1)
            .parameter("r", 0.5)
            .parameter("α", 0.2)
            .definition("disc", "S/(1 + r)")
            .definition("grow", "exp(r)")
            .definition("m", "min(V, C)")
            .definition("more", "exp(-r) + max(V, C) + sqrt(V/C)")
            .population("p", List.of("a", "b"), "x")
            .population("q", List.of("c", "d"), "y")
            .fitness("p", "a", "disc*x + grow + m + α")
            .fitness("p", "b", "0")
            .fitness("q", "c", "S/(1 + r)^2 + y")
            .fitness("q", "d", "0")
            .build();

    static String text(String e) {
        return Printer.TEXT.print(SCOPE.expression(e));
    }

    static String latex(String e) {
        return Printer.LATEX.print(SCOPE.expression(e));
    }

    @Test
    void collectsLikeTermsExactlyAndPrintsWithoutUnitCoefficientsOrPlusMinus() {
        assertEquals("V/2 - C*x/2", text("(V - C*x)/2"));
        assertEquals("x", text("1*x + 0*y"));
        assertEquals("0", text("x - x"));
        assertEquals("S - C", text("-C + S"));
        assertEquals("-x - y", text("-(x + y)"));
        assertEquals("3*y - 1", text("2*y - (1 - y)"));
        assertEquals("7*S/20", text("0.35*S"));
        assertEquals("S/1000", text("1e-3*S"));
        assertEquals("V/(2*C)", text("V/C/2"));
        assertEquals("1", text("V/V"));
        assertEquals("x^2 - 2*x*y + y^2", text("(x - y)^2"));
        assertEquals("1/S^2", text("S^-2"));
        assertEquals("C*x/V", text("x/(V/C)"));
        assertEquals("1/3", text("(1/3)"));
    }

    @Test
    void keepsParameterOnlyDefinitionsAndNonLaurentQuantitiesAsAtoms() {
        assertEquals("disc*x", text("disc*x"));
        assertEquals("V/(r + 1)", text("V/(1 + r)"));
        assertEquals("V/(r + 1)^2", text("V/(1 + r)^2"));
        assertEquals("exp(-r)", text("exp(-r)"));
        assertEquals("exp(r)*x", text("exp(r)*x"));
        assertEquals("max(V, C)", text("max(V, C)"));
        assertEquals("sqrt(V/C)", text("sqrt(V/C)"));
    }

    @Test
    void printsLatexLikeThePapers() {
        assertEquals("\\frac{V}{2} - \\frac{C x}{2}", latex("(V - C*x)/2"));
        assertEquals("\\alpha x", latex("α*x"));
        assertEquals("\\frac{\\mathrm{disc}}{C}", latex("disc/C"));
        assertEquals("x^{2}", latex("x^2"));
        assertEquals("\\frac{V}{\\left(r + 1\\right)}", latex("V/(1 + r)"));
        assertEquals("\\exp\\left(-r\\right)", latex("exp(-r)"));
    }

    @Test
    void latexNamesFollowTheConventionsOfPapers() {
        assertEquals("\\alpha", Latex.name("alpha"));
        assertEquals("\\beta", Latex.name("β"));
        assertEquals("x_{1}", Latex.name("x1"));
        assertEquals("C_{u}", Latex.name("C_u"));
        assertEquals("\\alpha_{2}", Latex.name("alpha2"));
        assertEquals("\\mathrm{cost}", Latex.name("cost"));
        assertEquals("\\text{政府}", Latex.name("政府"));
        assertEquals("x_{\\text{row},\\text{opera}}", Latex.name("row.opera"));
    }

    static LongStream seeds() {
        return RandomGames.seeds(1000);
    }

    /** A random expression over the scope's names; seed 0 is the edge case of a constant. */
    static String randomExpression(SplittableRandom r, int depth) {
        if (depth == 0 || r.nextInt(4) == 0) {
            String[] leaves = {
                "x", "y", "V", "C", "S", "r", "α", "disc", "grow", "m", "p.b", "q.d", "2", "0.5", "(1/3)", "(-4)"
            };
            return leaves[r.nextInt(leaves.length)];
        }
        String a = randomExpression(r, depth - 1);
        String b = randomExpression(r, depth - 1);
        return switch (r.nextInt(8)) {
            case 0, 1 -> "(" + a + " + " + b + ")";
            case 2 -> "(" + a + " - " + b + ")";
            case 3, 4 -> a + "*" + b;
            case 5 -> "(" + a + ")/" + new String[] {"V", "C", "(2*S)", "(1 + r)", "(1 + r)^2", "grow"}[r.nextInt(6)];
            case 6 -> "(" + a + ")^" + r.nextInt(3);
            default -> "-" + a;
        };
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void printThenParseGivesTheSameCanonicalForm(long seed) {
        String e = seed == 0 ? "0" : randomExpression(new SplittableRandom(seed), 4);
        Polynomial p = SCOPE.expression(e);
        assertEquals(p, SCOPE.expression(Printer.TEXT.print(p)), e + " printed as " + Printer.TEXT.print(p));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void canonicalFormEvaluatesLikeTheExpressionAsWritten(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        String e = randomExpression(r, 4);
        Polynomial p = SCOPE.expression(e);
        double x = r.nextDouble();
        double y = r.nextDouble();
        var bound = SCOPE.bind();
        double value = p.evaluate(s -> s.isShare() ? (s.index() == 0 ? x : y) : bound.valueOf(s));
        double direct = Direct.evaluate(ExpressionParser.parse(e), x, y);
        assertEquals(direct, value, 1e-9 * Math.max(1, Math.abs(direct)), e);
    }

    /** An independent tree-walking evaluator of the syntax tree, the reference for canonicalization. */
    static final class Direct {
        static double evaluate(Node n, double x, double y) {
            if (n instanceof Node.Number num) {
                return num.value().doubleValue();
            }
            if (n instanceof Node.Name name) {
                return switch (name.name()) {
                    case "x" -> x;
                    case "y" -> y;
                    case "p.b" -> 1 - x;
                    case "q.d" -> 1 - y;
                    case "V" -> 2;
                    case "C" -> 3;
                    case "S" -> 1;
                    case "r" -> 0.5;
                    case "α" -> 0.2;
                    case "disc" -> 1 / 1.5;
                    case "grow" -> Math.exp(0.5);
                    case "m" -> 2;
                    default -> throw new IllegalArgumentException(name.name());
                };
            }
            if (n instanceof Node.Negation neg) {
                return -evaluate(neg.operand(), x, y);
            }
            Node.Binary b = (Node.Binary) n;
            double l = evaluate(b.left(), x, y);
            double r = evaluate(b.right(), x, y);
            return switch (b.operator()) {
                case '+' -> l + r;
                case '-' -> l - r;
                case '*' -> l * r;
                case '/' -> l / r;
                default -> Math.pow(l, r);
            };
        }
    }

    static Stream<Arguments> errors() {
        return Stream.of(
                Arguments.of("(V + C", "'(' is never closed", 0),
                Arguments.of("V + C)", "')' without '('", 5),
                Arguments.of("V +", "expression ends", 3),
                Arguments.of("V * * C", "unexpected '*'", 4),
                Arguments.of("", "empty expression", 0),
                Arguments.of("x^2.5", "exponent must be an integer", 2),
                Arguments.of("x^y", "exponent must be an integer", 2),
                Arguments.of("x^1000", "exponent 1000 is too large", 2),
                Arguments.of("V/(x - 1)", "division by an expression of the shares", 3),
                Arguments.of("V/0", "division by zero", 2),
                Arguments.of("V/(C - C)", "division by zero", 3),
                Arguments.of("x^-1", "negative power of an expression of the shares", 0),
                Arguments.of("2*VV", "unknown name 'VV' (did you mean 'V'?)", 2),
                Arguments.of("2*foo(V)", "unknown function 'foo'", 2),
                Arguments.of("exp(x)", "exp() of an expression of the shares", 4),
                Arguments.of("min(V)", "min takes 2 arguments, not 1", 0),
                Arguments.of("1e99999*V", "out of range", 0),
                Arguments.of("V $ C", "unexpected '$'", 2),
                Arguments.of("(".repeat(200) + "V" + ")".repeat(200), "nested too deeply", 100));
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @MethodSource("errors")
    void badExpressionsGetAClearMessageAtTheRightOffset(String expression, String message, int offset) {
        ModelException e = assertThrows(ModelException.class, () -> SCOPE.expression(expression));
        assertTrue(e.problem().contains(message), () -> "message was: " + e.problem());
        assertEquals(offset, e.offset(), () -> "message was: " + e.problem());
        assertTrue(!e.hint().isEmpty() || message.contains("division by zero"), "a hint is given");
    }

    @Test
    void hugeExpansionsAreRefusedInsteadOfHanging() {
        ModelException e = assertThrows(ModelException.class, () -> SCOPE.expression("((x + y + V + C + S + r)^8)^8"));
        assertTrue(e.problem().contains("too large to expand"), e.problem());
    }
}
