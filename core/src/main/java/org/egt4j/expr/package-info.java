/**
 * Exact payoff algebra.
 *
 * <p>Payoff expressions are parsed ({@link org.egt4j.expr.ExpressionParser}) into an abstract syntax
 * tree and brought into one exact canonical form, a {@link org.egt4j.expr.Polynomial}: a polynomial in
 * the strategy shares (reduced coordinates) whose coefficients are Laurent polynomials with exact
 * rational coefficients in the parameters. Parameter-only quantities that are not Laurent polynomials
 * ({@code S/(1+r)}, {@code exp(-r)}) and parameter-only definitions are kept as named atoms, which are
 * evaluated numerically when parameters are bound. Printers write the canonical form as plain text or
 * LaTeX with a deterministic term order.
 */
package org.egt4j.expr;
