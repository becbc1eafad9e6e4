package org.egt4j.expr;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.egt4j.ModelException;
import org.hipparchus.fraction.BigFraction;

/**
 * Recursive-descent parser for payoff expressions.
 *
 * <pre>
 * expr    = term (("+" | "-") term)*
 * term    = unary (("*" | "/") unary)*
 * unary   = "-" unary | "+" unary | power
 * power   = atom ("^" unary)?            (right-associative; the exponent must be an integer)
 * atom    = number | name | name "(" expr ("," expr)* ")" | "(" expr ")"
 * number  = digits ["." digits] [("e" | "E") ["+" | "-"] digits]    (exact: 0.35 is 7/20)
 * name    = letter (letter | digit | "_")* ("." letter (letter | digit | "_")*)?
 * </pre>
 *
 * Letters are Unicode letters (Chinese and Greek names work). Limits protect against hostile input:
 * {@value #MAX_LENGTH} characters, nesting depth {@value #MAX_DEPTH}, decimal exponents up to
 * ±{@value #MAX_DECIMAL_EXPONENT}.
 */
public final class ExpressionParser {

    /** Longest accepted expression, in characters. */
    public static final int MAX_LENGTH = 20_000;

    /** Deepest accepted nesting of parentheses and unary operators. */
    public static final int MAX_DEPTH = 100;

    /** Largest accepted |exponent| of a number literal such as {@code 1e-300}. */
    public static final int MAX_DECIMAL_EXPONENT = 400;

    private final String text;
    private int pos;
    private int depth;

    private ExpressionParser(String text) {
        this.text = text;
    }

    /**
     * Parses {@code text}.
     *
     * @param text the expression, e.g. {@code (S + F)*y - C}
     * @return its syntax tree, each node carrying its offset in {@code text}
     * @throws ModelException with the offset of the offending character
     */
    public static Node parse(String text) {
        if (text.length() > MAX_LENGTH) {
            throw error(
                    "expression is too long (" + text.length() + " characters)",
                    "at most " + MAX_LENGTH + " characters are accepted; use definitions to split it",
                    0);
        }
        ExpressionParser p = new ExpressionParser(text);
        p.skipSpace();
        if (p.pos == text.length()) {
            throw error("empty expression", "write a number or an expression such as S - C", 0);
        }
        Node n = p.expression();
        p.skipSpace();
        if (p.pos < text.length()) {
            char c = text.charAt(p.pos);
            if (c == ')') {
                throw error("unbalanced parentheses: ')' without '('", "remove it or add the matching '('", p.pos);
            }
            throw error(
                    "unexpected '" + c + "'",
                    "an operator (+ - * / ^) is missing, or the character is not allowed here",
                    p.pos);
        }
        return n;
    }

    private Node expression() {
        enter();
        Node left = term();
        while (true) {
            skipSpace();
            char c = peek();
            if (c != '+' && c != '-') {
                break;
            }
            pos++;
            Node right = term();
            left = new Node.Binary(c, left, right, left.start(), right.end());
        }
        depth--;
        return left;
    }

    private Node term() {
        Node left = unary();
        while (true) {
            skipSpace();
            char c = peek();
            if (c != '*' && c != '/') {
                break;
            }
            pos++;
            Node right = unary();
            left = new Node.Binary(c, left, right, left.start(), right.end());
        }
        return left;
    }

    private Node unary() {
        skipSpace();
        char c = peek();
        if (c == '-' || c == '+') {
            int start = pos++;
            enter();
            Node operand = unary();
            depth--;
            return c == '-' ? new Node.Negation(operand, start, operand.end()) : operand;
        }
        return power();
    }

    private Node power() {
        Node base = atom();
        skipSpace();
        if (peek() == '^') {
            pos++;
            enter();
            Node exponent = unary();
            depth--;
            return new Node.Binary('^', base, exponent, base.start(), exponent.end());
        }
        return base;
    }

    private Node atom() {
        skipSpace();
        int start = pos;
        if (pos >= text.length()) {
            throw error("expression ends where a number, name or '(' was expected", "complete the expression", pos);
        }
        char c = text.charAt(pos);
        if (c == '(') {
            pos++;
            Node inner = expression();
            skipSpace();
            if (peek() != ')') {
                throw error("unbalanced parentheses: '(' is never closed", "add the missing ')'", start);
            }
            pos++;
            return inner;
        }
        if (Character.isDigit(c) || (c == '.' && pos + 1 < text.length() && Character.isDigit(text.charAt(pos + 1)))) {
            return number();
        }
        if (isNameStart(text.codePointAt(pos))) {
            String name = name();
            skipSpace();
            if (peek() == '(') {
                pos++;
                List<Node> args = new ArrayList<>();
                skipSpace();
                if (peek() == ')') {
                    throw error("function " + name + "() needs an argument", "write e.g. " + name + "(r)", pos);
                }
                while (true) {
                    args.add(expression());
                    skipSpace();
                    if (peek() == ',') {
                        pos++;
                        continue;
                    }
                    if (peek() != ')') {
                        throw error("unbalanced parentheses: call of " + name + " is never closed", "add ')'", start);
                    }
                    pos++;
                    break;
                }
                return new Node.Call(name, args, start, pos);
            }
            return new Node.Name(name, start, pos);
        }
        if (c == ')') {
            throw error(
                    "unbalanced parentheses or missing operand before ')'",
                    "write an expression inside the parentheses",
                    pos);
        }
        throw error(
                "unexpected '" + new String(Character.toChars(text.codePointAt(pos))) + "'",
                "expected a number, a name or '('",
                pos);
    }

    private Node number() {
        int start = pos;
        while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
            pos++;
        }
        if (peek() == '.') {
            pos++;
            while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
                pos++;
            }
        }
        if (peek() == 'e' || peek() == 'E') {
            int save = pos;
            pos++;
            if (peek() == '+' || peek() == '-') {
                pos++;
            }
            if (pos < text.length() && Character.isDigit(text.charAt(pos))) {
                while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
                    pos++;
                }
            } else {
                pos = save; // "2e" is 2 followed by a name: reported as a missing operator
            }
        }
        String literal = text.substring(start, pos);
        BigDecimal d;
        try {
            d = new BigDecimal(literal);
        } catch (NumberFormatException e) {
            throw error("malformed number '" + literal + "'", "write numbers like 2, 0.35 or 1e-3", start);
        }
        if (Math.abs((long) d.scale()) > MAX_DECIMAL_EXPONENT || d.precision() > 1000) {
            throw error(
                    "number '" + literal + "' is out of range",
                    "exponents up to ±" + MAX_DECIMAL_EXPONENT + " are accepted",
                    start);
        }
        BigFraction value = d.scale() >= 0
                ? new BigFraction(d.unscaledValue(), BigInteger.TEN.pow(d.scale()))
                : new BigFraction(d.unscaledValue().multiply(BigInteger.TEN.pow(-d.scale())));
        return new Node.Number(value, start, pos);
    }

    private String name() {
        int start = pos;
        pos += Character.charCount(text.codePointAt(pos));
        while (pos < text.length()) {
            int cp = text.codePointAt(pos);
            if (isNamePart(cp)) {
                pos += Character.charCount(cp);
            } else if (cp == '.' && pos + 1 < text.length() && isNameStart(text.codePointAt(pos + 1))) {
                pos++;
            } else {
                break;
            }
        }
        return text.substring(start, pos);
    }

    /**
     * Whether a name may start with this code point.
     *
     * @param cp a Unicode code point
     * @return whether it is a letter (any script, so Greek and Chinese names work) or an underscore
     */
    public static boolean isNameStart(int cp) {
        return Character.isLetter(cp) || cp == '_';
    }

    /**
     * Whether a name may continue with this code point.
     *
     * @param cp a Unicode code point
     * @return whether it is a letter, a digit or an underscore
     */
    public static boolean isNamePart(int cp) {
        return Character.isLetterOrDigit(cp) || cp == '_';
    }

    private void enter() {
        if (++depth > MAX_DEPTH) {
            throw error(
                    "expression is nested too deeply",
                    "at most " + MAX_DEPTH + " levels of parentheses are accepted",
                    pos);
        }
    }

    private char peek() {
        return pos < text.length() ? text.charAt(pos) : '\0';
    }

    private void skipSpace() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private static ModelException error(String problem, String hint, int offset) {
        return new ModelException(problem, hint, null, offset);
    }
}
