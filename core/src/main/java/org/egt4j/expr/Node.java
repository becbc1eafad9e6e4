package org.egt4j.expr;

import java.util.List;
import org.hipparchus.fraction.BigFraction;

/**
 * The syntax tree of an expression as written, before canonicalization. Every node knows the span
 * [{@code start}, {@code end}) of the text it came from, for error messages.
 */
public sealed interface Node {

    /**
     * Offset of the first character.
     *
     * @return the offset in the expression text
     */
    int start();

    /**
     * Offset after the last character.
     *
     * @return the offset in the expression text
     */
    int end();

    /** A number literal, exact. */
    record Number(BigFraction value, int start, int end) implements Node {}

    /** A name: parameter, definition, share symbol or {@code population.strategy}. */
    record Name(String name, int start, int end) implements Node {}

    /** Unary minus. */
    record Negation(Node operand, int start, int end) implements Node {}

    /** {@code left op right} with op one of {@code + - * / ^}. */
    record Binary(char operator, Node left, Node right, int start, int end) implements Node {}

    /** A function call, {@code exp(x)}. */
    record Call(String function, List<Node> arguments, int start, int end) implements Node {
        /**
         * Copies the argument list into an immutable one.
         *
         * @param function the function's name
         * @param arguments the argument expressions
         * @param start offset of the first character
         * @param end offset after the closing parenthesis
         */
        public Call {
            arguments = List.copyOf(arguments);
        }
    }
}
