package org.egt4j.dynamics;

import org.egt4j.expr.Polynomial;
import org.egt4j.expr.Printer;
import org.egt4j.expr.Symbol;

/**
 * One exact equation ẋ<sub>c</sub> = P<sub>c</sub>(x) of a dynamic whose right-hand sides are
 * polynomials, for printing and for compiling: the coordinate, the expanded right-hand side, and the
 * form in which papers write it ({@link #format}).
 */
public interface Equation {

    /** {@return the reduced coordinate x<sub>c</sub>} */
    Symbol coordinate();

    /** {@return the right-hand side P<sub>c</sub>, expanded} */
    Polynomial expanded();

    /**
     * The equation as {@code dx/dt = ...}.
     *
     * @param printer the text or LaTeX style
     * @return the equation in this printer's notation
     */
    String format(Printer printer);

    /**
     * The equation as {@code dx/dt = ...}, optionally with common factors pulled out of its polynomials
     * ({@link Printer#printFactored}); the value is the same either way.
     *
     * @param printer the text or LaTeX style
     * @param factored whether to pull common factors out
     * @return the equation in this printer's notation
     */
    default String format(Printer printer, boolean factored) {
        return format(printer);
    }

    /**
     * The same equation with a substitution applied to every polynomial it holds (e.g. parameters fixed
     * to exact values), keeping its printed form.
     *
     * @param substitution maps each polynomial of the equation to its substituted form
     * @return the substituted equation
     */
    Equation substitute(java.util.function.UnaryOperator<Polynomial> substitution);

    /**
     * An equation printed as its expanded right-hand side.
     *
     * @param coordinate the reduced coordinate
     * @param expanded the right-hand side
     * @return {@code dx/dt = expanded}
     */
    static Equation expanded(Symbol coordinate, Polynomial expanded) {
        return new Expanded(coordinate, expanded);
    }

    /**
     * An equation printed with its right-hand side expanded.
     *
     * @param coordinate the reduced coordinate
     * @param expanded the right-hand side
     */
    record Expanded(Symbol coordinate, Polynomial expanded) implements Equation {
        @Override
        public Equation substitute(java.util.function.UnaryOperator<Polynomial> substitution) {
            return new Expanded(coordinate, substitution.apply(expanded));
        }

        @Override
        public String format(Printer printer) {
            return format(printer, false);
        }

        @Override
        public String format(Printer printer, boolean factored) {
            String name = printer == Printer.LATEX ? coordinate.latex() : coordinate.name();
            String lhs = printer == Printer.LATEX ? "\\frac{d " + name + "}{dt}" : "d" + name + "/dt";
            return lhs + " = " + (factored ? printer.printFactored(expanded) : printer.print(expanded));
        }
    }
}
