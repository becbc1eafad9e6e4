package org.egt4j.expr;

import java.util.ArrayList;
import java.util.List;
import org.egt4j.ModelException;
import org.hipparchus.fraction.BigFraction;

/**
 * Brings a syntax tree into canonical form ({@link Polynomial}) within a {@link Scope}.
 *
 * <p>Sums, differences and products are expanded exactly. Division is exact by a non-zero single
 * share-free term ({@code V/C}, {@code x/(2*S)}); a share-free divisor with several terms becomes an
 * atom ({@code S/(1 + r)}); a divisor that depends on the shares is an error, since the replicator
 * field must stay polynomial. Powers take integer exponents up to ±{@value #MAX_EXPONENT}. Functions
 * ({@code exp log sqrt min max}) take share-free arguments and become atoms. To refuse hostile input,
 * no product may take more than {@value #MAX_WORK} term multiplications.
 */
public final class Canonicalizer {

    /** Largest accepted |integer exponent|. */
    public static final int MAX_EXPONENT = 64;

    /** Largest accepted number of term products in one multiplication. */
    public static final long MAX_WORK = 250_000L;

    private final Scope scope;

    /**
     * A canonicalizer for the names of {@code scope}.
     *
     * @param scope resolves names and creates atoms
     */
    public Canonicalizer(Scope scope) {
        this.scope = scope;
    }

    /**
     * Parses and canonicalizes {@code text}.
     *
     * @param text the expression
     * @return its canonical polynomial: expanded, like terms collected, exact coefficients
     * @throws ModelException with the offset of the offending part
     */
    public Polynomial canonical(String text) {
        return canonical(ExpressionParser.parse(text));
    }

    /**
     * Canonicalizes a syntax tree.
     *
     * @param n the syntax tree
     * @return its canonical polynomial
     */
    public Polynomial canonical(Node n) {
        if (n instanceof Node.Number num) {
            return Polynomial.constant(num.value());
        }
        if (n instanceof Node.Name name) {
            Polynomial p = scope.resolve(name.name());
            if (p == null) {
                String suggestion = Names.suggest(name.name(), scope.names());
                throw error(
                        "unknown name '" + name.name() + "'"
                                + (suggestion == null ? "" : " (did you mean '" + suggestion + "'?)"),
                        "names are parameters, definitions, share symbols or population.strategy; known: "
                                + Names.list(scope.names()),
                        n);
            }
            return p;
        }
        if (n instanceof Node.Negation neg) {
            return canonical(neg.operand()).negate();
        }
        if (n instanceof Node.Call call) {
            return call(call);
        }
        Node.Binary b = (Node.Binary) n;
        if (b.operator() == '^') {
            return power(b);
        }
        Polynomial left = canonical(b.left());
        if (b.operator() == '/') {
            return divide(left, b.right());
        }
        Polynomial right = canonical(b.right());
        return switch (b.operator()) {
            case '+' -> left.add(right);
            case '-' -> left.subtract(right);
            case '*' -> multiply(left, right, b);
            default -> throw new IllegalStateException("operator " + b.operator());
        };
    }

    /**
     * {@code num / den}, factor by factor: {@code a/(b*c)} is {@code (a/b)/c} and {@code a/b^k} divides
     * by b k times, so that a printed denominator such as {@code (1 + r)^2*C} reads back as the same
     * atoms and parameters.
     */
    private Polynomial divide(Polynomial num, Node den) {
        if (den instanceof Node.Binary p && p.operator() == '*') {
            return divide(divide(num, p.left()), p.right());
        }
        if (den instanceof Node.Binary p && p.operator() == '^') {
            Integer e = integerLiteral(p.right());
            if (e != null && e > 0 && e <= MAX_EXPONENT) {
                Polynomial base = canonical(p.left());
                if (!base.isZero() && base.isShareFree() && !base.isTerm()) {
                    return num.multiply(Polynomial.term(BigFraction.ONE, Monomial.of(denominatorAtom(base), -e)));
                }
            }
        }
        return divide(num, canonical(den), den);
    }

    private Polynomial multiply(Polynomial a, Polynomial b, Node where) {
        if ((long) a.size() * b.size() > MAX_WORK) {
            throw error(
                    "expression is too large to expand (" + a.size() + " × " + b.size() + " terms)",
                    "factor common parts into definitions or reduce the game",
                    where);
        }
        return a.multiply(b);
    }

    private Polynomial divide(Polynomial num, Polynomial den, Node where) {
        if (den.isZero()) {
            throw error("division by zero", "the divisor " + Printer.TEXT.factor(den) + " is identically zero", where);
        }
        if (!den.isShareFree()) {
            throw error(
                    "division by an expression of the shares: " + Printer.TEXT.factor(den),
                    "payoffs must be polynomial in the shares; divide by parameters only",
                    where);
        }
        if (den.isTerm()) {
            return num.multiply(den.reciprocal());
        }
        Symbol atom = denominatorAtom(den);
        return num.multiply(Polynomial.term(BigFraction.ONE, Monomial.of(atom, -1)));
    }

    private Symbol denominatorAtom(Polynomial den) {
        return scope.atom(
                "(" + Printer.TEXT.print(den) + ")",
                "\\left(" + Printer.LATEX.print(den) + "\\right)",
                null,
                List.of(den));
    }

    private Polynomial power(Node.Binary b) {
        Integer e = integerLiteral(b.right());
        if (e == null) {
            throw error(
                    "exponent must be an integer number",
                    "write x^2 or S^-1; for roots and other powers of parameters use sqrt, exp or log in a definition",
                    b.right());
        }
        if (Math.abs(e) > MAX_EXPONENT) {
            throw error(
                    "exponent " + e + " is too large", "exponents up to ±" + MAX_EXPONENT + " are accepted", b.right());
        }
        Polynomial base = canonical(b.left());
        if (e >= 0) {
            Polynomial result = Polynomial.ONE;
            for (int i = 0; i < e; i++) {
                result = multiply(result, base, b);
            }
            return result;
        }
        if (base.isZero()) {
            throw error(
                    "division by zero: negative power of zero",
                    "a negative exponent divides by its base, and this base is 0: check the expression",
                    b);
        }
        if (!base.isShareFree()) {
            throw error("negative power of an expression of the shares", "payoffs must be polynomial in the shares", b);
        }
        if (base.isTerm()) {
            return base.reciprocal().pow(-e);
        }
        return Polynomial.term(BigFraction.ONE, Monomial.of(denominatorAtom(base), e));
    }

    private static Integer integerLiteral(Node n) {
        boolean negative = false;
        Node m = n;
        if (m instanceof Node.Negation neg) {
            negative = true;
            m = neg.operand();
        }
        if (m instanceof Node.Number num && num.value().isInteger()) {
            if (num.value().getNumerator().bitLength() > 31) {
                return Integer.MAX_VALUE;
            }
            int v = num.value().getNumerator().intValue();
            return negative ? -v : v;
        }
        return null;
    }

    private Polynomial call(Node.Call call) {
        int arity = Atom.arity(call.function());
        if (arity < 0) {
            String suggestion = Names.suggest(call.function(), Atom.FUNCTIONS);
            throw error(
                    "unknown function '" + call.function() + "'"
                            + (suggestion == null ? "" : " (did you mean '" + suggestion + "'?)"),
                    "the functions are " + String.join(", ", Atom.FUNCTIONS),
                    call);
        }
        if (call.arguments().size() != arity) {
            throw error(
                    call.function() + " takes " + arity + " argument" + (arity == 1 ? "" : "s") + ", not "
                            + call.arguments().size(),
                    arity == 1 ? "write e.g. " + call.function() + "(r)" : "write e.g. " + call.function() + "(a, b)",
                    call);
        }
        List<Polynomial> args = new ArrayList<>();
        for (Node a : call.arguments()) {
            Polynomial p = canonical(a);
            if (!p.isShareFree()) {
                throw error(
                        call.function() + "() of an expression of the shares",
                        "functions apply to parameters only, so that payoffs stay polynomial in the shares",
                        a);
            }
            args.add(p);
        }
        List<String> text = new ArrayList<>();
        List<String> latex = new ArrayList<>();
        for (Polynomial a : args) {
            text.add(Printer.TEXT.print(a));
            latex.add(Printer.LATEX.print(a));
        }
        String latexName = call.function().equals("sqrt")
                ? "\\sqrt{" + latex.get(0) + "}"
                : "\\" + call.function() + "\\left(" + String.join(", ", latex) + "\\right)";
        Symbol atom =
                scope.atom(call.function() + "(" + String.join(", ", text) + ")", latexName, call.function(), args);
        return Polynomial.of(atom);
    }

    private static ModelException error(String problem, String hint, Node where) {
        return new ModelException(problem, hint, null, where.start());
    }
}
