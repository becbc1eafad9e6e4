package org.egt4j.game;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.egt4j.ModelException;
import org.egt4j.expr.Atom;
import org.egt4j.expr.Polynomial;
import org.egt4j.expr.PolynomialSystem;
import org.egt4j.expr.Symbol;
import org.hipparchus.fraction.BigFraction;

/**
 * A {@link Game} with every parameter fixed to a number; immutable. Atoms are evaluated once here.
 * Numeric forms ({@link #compile}) evaluate without maps, boxing or allocation.
 */
public final class BoundGame {

    private final Game game;
    private final double[] parameterValues;
    private final double[] atomValues;

    BoundGame(Game game, double[] parameterValues) {
        this.game = game;
        this.parameterValues = parameterValues.clone();
        this.atomValues = new double[game.atoms().size()];
        for (Atom a : game.atoms()) {
            double v = a.value(this::valueOf);
            if (!Double.isFinite(v)) {
                throw new ModelException(
                        "with these parameter values, " + a.symbol().name() + " is " + v,
                        "check the parameter values: a division by zero, or log/sqrt of a negative number");
            }
            atomValues[a.symbol().index()] = v;
        }
    }

    /** {@return the symbolic game} */
    public Game game() {
        return game;
    }

    /**
     * Readable text for JShell: the game and its parameter values, e.g. {@code BoundGame[hawk-dove,
     * V=2, C=3]}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("BoundGame[").append(game.name());
        parameterValues()
                .forEach((name, v) ->
                        sb.append(", ").append(name).append('=').append(org.egt4j.Numbers.shortDecimal(v, 6)));
        return sb.append(']').toString();
    }

    /**
     * The value of parameter i (declaration order).
     *
     * @param i the parameter's index in declaration order
     * @return its bound value
     */
    public double parameterValue(int i) {
        return parameterValues[i];
    }

    /** {@return parameter values by name, in declaration order} */
    public Map<String, Double> parameterValues() {
        Map<String, Double> m = new LinkedHashMap<>();
        for (int i = 0; i < parameterValues.length; i++) {
            m.put(game.parameters().get(i).name(), parameterValues[i]);
        }
        return m;
    }

    /**
     * The value of a parameter or atom symbol.
     *
     * @param s a parameter or atom symbol (shares have no bound value)
     * @return its value at this parameter point
     */
    public double valueOf(Symbol s) {
        return switch (s.kind()) {
            case PARAMETER -> parameterValues[s.index()];
            case ATOM -> atomValues[s.index()];
            case SHARE -> throw new IllegalArgumentException("a share has no bound value: " + s.name());
        };
    }

    /**
     * The exact rational value of a parameter or atom symbol: the shortest decimal that reads back as
     * its double value (so a parameter written 0.35 is exactly 7/20).
     *
     * @param s a parameter or atom symbol
     * @return the exact fraction
     */
    public BigFraction exactValueOf(Symbol s) {
        return exact(valueOf(s));
    }

    /**
     * The shortest decimal of a finite double, as an exact fraction.
     *
     * @param v a finite double
     * @return the fraction equal to {@code Double.toString(v)} read as a decimal
     */
    public static BigFraction exact(double v) {
        return exact(new java.math.BigDecimal(Double.toString(v)));
    }

    /**
     * A decimal as an exact fraction.
     *
     * @param d the decimal
     * @return unscaled value / 10<sup>scale</sup>, reduced
     */
    public static BigFraction exact(java.math.BigDecimal d) {
        return d.scale() >= 0
                ? new BigFraction(d.unscaledValue(), java.math.BigInteger.TEN.pow(d.scale()))
                : new BigFraction(d.unscaledValue().multiply(java.math.BigInteger.TEN.pow(-d.scale())));
    }

    /**
     * A share-free polynomial's value at these parameters.
     *
     * @param p a polynomial without shares
     * @return its value
     */
    public double evaluate(Polynomial p) {
        return p.evaluate(this::valueOf);
    }

    /**
     * The polynomials compiled for fast numeric evaluation in reduced coordinates.
     *
     * @param polynomials polynomials in parameters, atoms and reduced shares
     * @return a system evaluating them all at a state, parameters fixed at this point
     */
    public PolynomialSystem compile(List<Polynomial> polynomials) {
        ToDoubleFunction<Symbol> v = this::valueOf;
        return PolynomialSystem.compile(polynomials, game.dimension(), v);
    }

    /** {@return the expected payoffs f<sub>k,i</sub> of all strategies, population by population, compiled} */
    public PolynomialSystem expectedPayoffs() {
        List<Polynomial> f = new ArrayList<>();
        for (int k = 0; k < game.populations().size(); k++) {
            for (int i = 0; i < game.populations().get(k).size(); i++) {
                f.add(game.expectedPayoff(k, i));
            }
        }
        return compile(f);
    }
}
