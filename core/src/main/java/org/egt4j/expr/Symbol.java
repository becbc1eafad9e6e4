package org.egt4j.expr;

import java.util.Objects;

/**
 * A variable of the payoff algebra: a strategy share (a reduced coordinate), a parameter, or an atom
 * (a named parameter-only quantity such as a definition or {@code exp(-r)}).
 *
 * <p>Symbols are ordered by kind (parameters, then atoms, then shares) and then by their index, which
 * is the order in which the game declares them; this order fixes the printed term order.
 *
 * @param kind what the symbol stands for
 * @param index position among the symbols of its kind (the reduced-coordinate index for shares)
 * @param name the name printed in plain text
 * @param latex the name printed in LaTeX
 */
public record Symbol(Kind kind, int index, String name, String latex) implements Comparable<Symbol> {

    /** What a symbol stands for. */
    public enum Kind {
        /** A named model parameter (subsidy S, penalty F, ...). May appear with negative exponents. */
        PARAMETER,
        /** A parameter-only quantity kept by name; may appear with negative exponents. */
        ATOM,
        /** The share of a strategy, a reduced coordinate; only non-negative exponents. */
        SHARE
    }

    /**
     * Checks the fields.
     *
     * @param kind what the symbol stands for
     * @param index position among the symbols of its kind (the reduced-coordinate index for shares)
     * @param name the name printed in plain text
     * @param latex the name printed in LaTeX
     */
    public Symbol {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(latex, "latex");
        if (index < 0) {
            throw new IllegalArgumentException("negative symbol index " + index);
        }
    }

    /** {@return whether this symbol is a strategy share, i.e. depends on the state} */
    public boolean isShare() {
        return kind == Kind.SHARE;
    }

    @Override
    public int compareTo(Symbol o) {
        int c = kind.compareTo(o.kind);
        if (c != 0) {
            return c;
        }
        c = Integer.compare(index, o.index);
        return c != 0 ? c : name.compareTo(o.name);
    }

    @Override
    public String toString() {
        return name;
    }
}
