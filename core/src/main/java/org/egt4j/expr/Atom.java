package org.egt4j.expr;

import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * A parameter-only quantity kept by name in the canonical form: a definition that depends on parameters
 * only ({@code P = S + F/2}), a function value ({@code exp(-r*T)}), or a denominator that is not a
 * single term ({@code (1 + r)} in {@code S/(1 + r)}). Its value is computed when parameters are bound.
 *
 * @param symbol the symbol that stands for the atom in polynomials
 * @param function {@code null} for a plain quantity (the value of the single argument), otherwise one
 *     of {@code exp log sqrt min max}
 * @param arguments share-free polynomials (they may contain earlier atoms)
 */
public record Atom(Symbol symbol, String function, List<Polynomial> arguments) {

    /** The functions an atom may apply. */
    public static final List<String> FUNCTIONS = List.of("exp", "log", "sqrt", "min", "max");

    /**
     * Copies the arguments into an immutable list.
     *
     * @param symbol the symbol that stands for the atom
     * @param function {@code null} or one of {@link #FUNCTIONS}
     * @param arguments share-free polynomials
     */
    public Atom {
        arguments = List.copyOf(arguments);
    }

    /**
     * The value, given the values of the parameters and of the atoms it refers to.
     *
     * @param values the value of every parameter and of every earlier atom
     * @return the function applied to the arguments' values (NaN outside its domain, e.g. log of a negative)
     */
    public double value(ToDoubleFunction<Symbol> values) {
        double a = arguments.get(0).evaluate(values);
        if (function == null) {
            return a;
        }
        return switch (function) {
            case "exp" -> Math.exp(a);
            case "log" -> Math.log(a);
            case "sqrt" -> Math.sqrt(a);
            case "min" -> Math.min(a, arguments.get(1).evaluate(values));
            case "max" -> Math.max(a, arguments.get(1).evaluate(values));
            default -> throw new IllegalStateException("unknown function " + function);
        };
    }

    /**
     * Number of arguments {@code function} takes, or -1 when it is not a known function.
     *
     * @param function a function name
     * @return 1 for exp, log and sqrt, 2 for min and max, -1 otherwise
     */
    public static int arity(String function) {
        return switch (function) {
            case "exp", "log", "sqrt" -> 1;
            case "min", "max" -> 2;
            default -> -1;
        };
    }
}
