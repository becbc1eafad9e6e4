package org.egt4j.stability;

import java.util.Map;
import java.util.Optional;
import org.egt4j.expr.Atom;
import org.egt4j.expr.Monomial;
import org.egt4j.expr.Polynomial;
import org.egt4j.expr.Symbol;
import org.egt4j.game.Game;
import org.hipparchus.fraction.BigFraction;

/**
 * An eigenvalue written as λ = a + b·P in one parameter P, with a and b free of P: the split behind every
 * threshold. Its zero, P = −a/b, is where the eigenvalue changes sign, so the ESS condition λ &lt; 0 reads
 * P &lt; −a/b when b &gt; 0 and P &gt; −a/b when b &lt; 0.
 *
 * <p>λ is affine in P only if no power of P above the first occurs and no atom of λ (a function such as
 * log or exp of the parameters) has an argument that depends on P: an atom's value changes with P, so
 * treating it as part of the constant a would give a wrong zero. The vertex table's thresholds and the
 * stability map's threshold curves both use this one split.
 *
 * @param constant a, the terms of λ without P
 * @param slope b, the coefficient of P; never zero
 */
public record AffineSplit(Polynomial constant, Polynomial slope) {

    /**
     * Splits λ in P.
     *
     * @param lambda the eigenvalue expression
     * @param parameter the parameter's symbol P
     * @param game the game whose atoms λ may contain
     * @return a and b, or empty when λ is not affine in P (a power of P above 1, or an atom depending on
     *     P) or does not contain P (b = 0)
     */
    public static Optional<AffineSplit> of(Polynomial lambda, Symbol parameter, Game game) {
        if (atomsDependOn(lambda, parameter, game)) {
            return Optional.empty();
        }
        Polynomial a = Polynomial.ZERO;
        Polynomial b = Polynomial.ZERO;
        for (Map.Entry<Monomial, BigFraction> t : lambda.terms().entrySet()) {
            int e = t.getKey().exponentOf(parameter);
            Polynomial rest = Polynomial.term(t.getValue(), t.getKey().without(parameter));
            if (e == 0) {
                a = a.add(rest);
            } else if (e == 1) {
                b = b.add(rest);
            } else {
                return Optional.empty();
            }
        }
        return b.isZero() ? Optional.empty() : Optional.of(new AffineSplit(a, b));
    }

    /**
     * Whether a polynomial depends on a parameter, directly or through the arguments of its atoms.
     *
     * @param p the polynomial
     * @param parameter the parameter's symbol
     * @param game the game whose atoms p may contain
     * @return whether p changes with the parameter
     */
    public static boolean dependsOn(Polynomial p, Symbol parameter, Game game) {
        return p.contains(parameter) || atomsDependOn(p, parameter, game);
    }

    private static boolean atomsDependOn(Polynomial p, Symbol parameter, Game game) {
        for (Atom a : game.atoms()) {
            if (p.contains(a.symbol()) && atomDependsOn(a, parameter, game)) {
                return true;
            }
        }
        return false;
    }

    private static boolean atomDependsOn(Atom a, Symbol parameter, Game game) {
        for (Polynomial arg : a.arguments()) {
            if (dependsOn(arg, parameter, game)) {
                return true;
            }
        }
        return false;
    }
}
