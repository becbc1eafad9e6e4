package org.egt4j.dynamics;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.egt4j.ModelException;
import org.egt4j.game.BoundGame;
import org.egt4j.game.Game;

/**
 * The logit dynamic (Fudenberg and Levine 1998; Sandholm 2010, §6.2), per population with payoffs F:
 *
 * <pre>
 *   ẋ = softmax(F(x)/η) − x,   softmax(v)_i = e^{v_i} / Σ_j e^{v_j},
 * </pre>
 *
 * the mean dynamic of logit choice with noise level η &gt; 0 (β = 1/η is the choice intensity). Its
 * rest points are the logit (quantal response) equilibria of McKelvey and Palfrey (1995); as η → 0 they
 * approach Nash equilibria, as η → ∞ the centre of each simplex. It is not imitative: unused strategies
 * are chosen at positive rates, so no face is invariant. The field is compiled to bytecode with its
 * exact Jacobian (exp, division and max in the register program), with a table-driven fallback.
 */
public final class LogitDynamics implements Dynamics {

    /** The name in specs and on the command line. */
    public static final String NAME = "logit";

    private final double eta;

    private LogitDynamics(double eta) {
        this.eta = eta;
    }

    /**
     * The logit dynamic with noise level η.
     *
     * @param eta η &gt; 0
     * @return the dynamic
     * @throws ModelException when η is not a positive finite number
     */
    public static LogitDynamics of(double eta) {
        if (!(eta > 0) || Double.isInfinite(eta)) {
            throw new ModelException(
                    "the noise level eta of the logit dynamic must be a positive number, not " + eta,
                    "write e.g. --dynamics logit:eta=0.1 (small eta: close to best response)");
        }
        return new LogitDynamics(eta);
    }

    /** {@return the noise level η} */
    public double eta() {
        return eta;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Map<String, Double> parameters() {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("eta", eta);
        return java.util.Collections.unmodifiableMap(m);
    }

    @Override
    public VectorField field(BoundGame bound) {
        Game game = bound.game();
        Kernel kernel = KernelCompiler.compileLogit(bound, eta);
        if (kernel == null) {
            return LogitField.of(bound, eta);
        }
        return new KernelField(kernel, game.dimension(), StateSpace.simplices(game.offsets()));
    }

    /**
     * The same field from the payoff field with loops in Java (the fallback for very large games).
     *
     * @param bound the game at a parameter point
     * @return the logit field, not compiled as a whole
     */
    public VectorField interpretedField(BoundGame bound) {
        return LogitField.of(bound, eta);
    }

    @Override
    public boolean isImitative() {
        return false;
    }

    @Override
    public Optional<List<Equation>> equations(Game game) {
        return Optional.empty();
    }

    @Override
    public String formula() {
        return "dx/dt = softmax(F(x)/eta) - x, softmax(v)_i = exp(v_i)/sum_j exp(v_j), per population";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LogitDynamics l && Double.compare(l.eta, eta) == 0;
    }

    @Override
    public int hashCode() {
        return Double.hashCode(eta);
    }

    @Override
    public String toString() {
        return spec();
    }
}
