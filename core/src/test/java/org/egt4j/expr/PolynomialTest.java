package org.egt4j.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.egt4j.ModelException;
import org.hipparchus.fraction.BigFraction;
import org.junit.jupiter.api.Test;

/**
 * The polynomial and monomial operations one by one, against results worked by hand: constants,
 * powers, substitution (also of a parameter with a negative exponent), share degrees, equality and the
 * number forms of the parser.
 */
class PolynomialTest {

    static Polynomial p(String e) {
        return ExpressionTest.SCOPE.expression(e);
    }

    static Symbol symbol(String name) {
        Polynomial s = p(name);
        return s.terms().keySet().iterator().next().symbol(0);
    }

    @Test
    void constantsAreRecognisedAndValued() {
        assertTrue(p("3/4 - 1/4").isConstant());
        assertEquals(new BigFraction(1, 2), p("3/4 - 1/4").constantValue());
        assertTrue(p("V - V").isConstant(), "zero is a constant");
        assertEquals(BigFraction.ZERO, p("V - V").constantValue());
        assertFalse(p("V + 1").isConstant());
        assertFalse(p("V").isConstant());
        assertThrows(IllegalStateException.class, () -> p("x").constantValue());
    }

    @Test
    void maxShareExponentIgnoresParameters() {
        assertEquals(0, p("V^3 + C").maxShareExponent());
        assertEquals(3, p("V^5*x + x^3*y + y^2").maxShareExponent());
        assertEquals(3, p("x^3*y").terms().keySet().iterator().next().shareDegree() - 1);
        assertEquals(4, p("V^7*x^3*y").terms().keySet().iterator().next().shareDegree());
    }

    @Test
    void substitutionExpandsAndHandlesNegativeExponents() {
        Symbol v = symbol("V");
        assertEquals(p("(C + 1)^2*x + 3"), p("V^2*x + 3").substitute(v, p("C + 1")));
        assertEquals(p("C/2*x"), p("C/V*x").substitute(v, p("2")), "V^-1 becomes 1/2");
        assertEquals(p("x + 1"), p("x + 1").substitute(v, p("C")), "nothing to replace");
        Symbol x = symbol("x");
        assertEquals(p("(y + 1)^3"), p("x^3").substitute(x, p("y + 1")));
    }

    @Test
    void powersAgreeWithRepeatedMultiplication() {
        Polynomial b = p("x + V*y - 1");
        Polynomial product = Polynomial.ONE;
        for (int k = 0; k <= 5; k++) {
            assertEquals(product, b.pow(k), "power " + k);
            product = product.multiply(b);
        }
        assertThrows(IllegalArgumentException.class, () -> b.pow(-1));
    }

    @Test
    void intPowCoversEverySign() {
        assertEquals(1, Polynomial.intPow(7, 0));
        assertEquals(343, Polynomial.intPow(7, 3));
        assertEquals(1.0 / 49, Polynomial.intPow(7, -2), 1e-18);
        assertEquals(-8, Polynomial.intPow(-2, 3));
        assertEquals(Math.pow(1.1, 13), Polynomial.intPow(1.1, 13), 1e-14);
    }

    @Test
    void monomialsAreEqualByFactorsAndPrintTheirFactors() {
        Monomial a = p("V*x^2").terms().keySet().iterator().next();
        Monomial b = p("2*x^2*V").terms().keySet().iterator().next();
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, p("V*x").terms().keySet().iterator().next());
        assertNotEquals(a, p("C*x^2").terms().keySet().iterator().next());
        assertNotEquals(a, "V*x^2");
        assertEquals("V*x^2", a.toString());
        assertEquals("1", Monomial.ONE.toString());
        assertEquals(Monomial.ONE, Monomial.of(symbol("V"), 0));
        assertEquals("V^-1", Monomial.of(symbol("V"), -1).toString());
        assertThrows(IllegalArgumentException.class, () -> Monomial.of(symbol("x"), -1), "no negative share powers");
    }

    @Test
    void numbersInEveryForm() {
        assertEquals(p("1/1000"), p("1e-3"));
        assertEquals(p("150"), p("1.5E+2"));
        assertEquals(p("3/2"), p("1.5"));
        assertEquals(p("7/20"), p("0.35"), "a decimal is exact");
        assertEquals(p("2"), p("2."));
        assertEquals(p("100"), p("1e2"));
        assertEquals(p("-3"), p("-(3)"));
        assertEquals(p("-2*V"), p("-V*2"));
        ModelException e = assertThrows(ModelException.class, () -> p("2e"));
        assertTrue(e.problem().contains("unexpected 'e'"), e.problem());
        assertEquals(1, e.offset(), "at the letter after the number");
    }

    @Test
    void dottedNamesAndOperatorsParseWithTheirOffsets() {
        Node n = ExpressionParser.parse("a.b + 2*c^3 - -d");
        assertEquals(0, n.start());
        assertEquals(16, n.end());
        Node.Binary minus = (Node.Binary) n;
        assertEquals('-', minus.operator());
        assertEquals(14, minus.right().start(), "the negation starts at its sign");
        Node.Binary plus = (Node.Binary) minus.left();
        assertEquals("a.b", ((Node.Name) plus.left()).name());
        Node.Binary times = (Node.Binary) plus.right();
        assertEquals(6, times.start());
        Node.Binary power = (Node.Binary) times.right();
        assertEquals('^', power.operator());
        assertEquals(8, power.start());
        assertEquals(11, power.end());
        Node.Call call = (Node.Call) ExpressionParser.parse("max(a, b)");
        assertEquals("max", call.function());
        assertEquals(2, call.arguments().size());
        assertEquals(9, call.end());
    }
}
