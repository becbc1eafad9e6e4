package org.egt4j.dynamics;

import org.egt4j.expr.Polynomial;
import org.egt4j.expr.Printer;
import org.egt4j.expr.Symbol;

/**
 * One replicator equation in the form papers write it: for a two-strategy population
 * dx/dt = x(1 − x)(f<sub>1</sub> − f<sub>2</sub>); otherwise dx<sub>i</sub>/dt = x<sub>i</sub>(f<sub>i</sub>
 * − f̄), with the bracket written out exactly in reduced coordinates.
 *
 * @param coordinate the reduced coordinate x
 * @param binary whether the population has two strategies
 * @param growth the bracket: f<sub>1</sub> − f<sub>2</sub> (binary) or f<sub>i</sub> − f̄
 * @param expanded the right-hand side, expanded
 */
public record ReplicatorEquation(Symbol coordinate, boolean binary, Polynomial growth, Polynomial expanded)
        implements Equation {

    @Override
    public ReplicatorEquation substitute(java.util.function.UnaryOperator<Polynomial> substitution) {
        return new ReplicatorEquation(coordinate, binary, substitution.apply(growth), substitution.apply(expanded));
    }

    /**
     * The equation as {@code dx/dt = ...} in plain text or LaTeX.
     *
     * @param printer the text or LaTeX style
     * @return {@code dx/dt = x*(1 - x)*(growth)} for a two-strategy population, {@code dx/dt = x*(growth)} otherwise
     */
    @Override
    public String format(Printer printer) {
        return format(printer, false);
    }

    /**
     * The equation as {@code dx/dt = x*(1 - x)*(growth)}, the growth with its common factors pulled out
     * when asked.
     *
     * @param printer the text or LaTeX style
     * @param factored whether to pull common factors out of the growth term
     * @return the equation
     */
    @Override
    public String format(Printer printer, boolean factored) {
        Polynomial x = Polynomial.of(coordinate);
        String name = printer == Printer.LATEX ? coordinate.latex() : coordinate.name();
        String lhs = printer == Printer.LATEX ? "\\frac{d " + name + "}{dt}" : "d" + name + "/dt";
        StringBuilder rhs = new StringBuilder(printer.factor(x));
        if (binary) {
            rhs.append(printer.times()).append(printer.factor(Polynomial.ONE.subtract(x)));
        }
        if (growth.isZero()) {
            return lhs + " = 0";
        }
        if (!growth.equals(Polynomial.ONE)) {
            rhs.append(printer.times()).append(printer.factor(growth, factored));
        }
        return lhs + " = " + rhs;
    }
}
