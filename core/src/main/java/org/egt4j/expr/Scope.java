package org.egt4j.expr;

import java.util.Collection;
import java.util.List;

/**
 * The names an expression may use, and the registry of atoms it creates. A game provides one scope
 * for all its expressions, so equal atoms are the same symbol everywhere.
 */
public interface Scope {

  /** The canonical value of a name (a parameter, share, or definition), or {@code null} if unknown. */
  Polynomial resolve(String name);

  /** All names, for "did you mean" suggestions. */
  Collection<String> names();

  /**
   * The atom for a parameter-only quantity, created on first use; an atom with the same text is
   * returned again.
   *
   * @param text plain-text name, e.g. {@code exp(-r)} or {@code (1 + r)}
   * @param latex LaTeX name
   * @param function {@code null} or a function name, see {@link Atom}
   * @param arguments share-free polynomials
   */
  Symbol atom(String text, String latex, String function, List<Polynomial> arguments);
}
