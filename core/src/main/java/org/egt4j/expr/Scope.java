package org.egt4j.expr;

import java.util.Collection;
import java.util.List;

/**
 * The names an expression may use, and the registry of atoms it creates. A game provides one scope
 * for all its expressions, so equal atoms are the same symbol everywhere.
 */
public interface Scope {

    /**
     * The canonical value of a name (a parameter, share, or definition), or {@code null} if unknown.
     *
     * @param name the name as written
     * @return its canonical polynomial, or {@code null}
     */
    Polynomial resolve(String name);

    /**
     * All names, for "did you mean" suggestions.
     *
     * @return every name this scope resolves
     */
    Collection<String> names();

    /**
     * The atom for a parameter-only quantity, created on first use; an atom with the same text is
     * returned again.
     *
     * @param text plain-text name, e.g. {@code exp(-r)} or {@code (1 + r)}
     * @param latex LaTeX name
     * @param function {@code null} or a function name, see {@link Atom}
     * @param arguments share-free polynomials
     * @return the atom's symbol, of kind {@link Symbol.Kind#ATOM}
     */
    Symbol atom(String text, String latex, String function, List<Polynomial> arguments);

    /**
     * A scope without names or atoms: only constant expressions such as {@code 1/3} or {@code 1e-3}.
     *
     * @return the scope, in which every name is unknown
     */
    static Scope constants() {
        return new Scope() {
            @Override
            public Polynomial resolve(String name) {
                return null;
            }

            @Override
            public Collection<String> names() {
                return List.of();
            }

            @Override
            public Symbol atom(String text, String latex, String function, List<Polynomial> arguments) {
                throw new org.egt4j.ModelException(
                        function + "() is not allowed here", "write a plain number", null, -1);
            }
        };
    }
}
