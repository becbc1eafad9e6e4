package org.egt4j.expr;

import java.util.List;
import org.hipparchus.fraction.BigFraction;

/**
 * The syntax tree of an expression as written, before canonicalization. Every node knows the span
 * [{@code start}, {@code end}) of the text it came from, for error messages.
 */
public sealed interface Node {

    /** Offset of the first character. */
    int start();

    /** Offset after the last character. */
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
        // copies the argument list.
        public Call {
            arguments = List.copyOf(arguments);
        }
    }
}
