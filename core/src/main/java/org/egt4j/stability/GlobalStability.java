package org.egt4j.stability;

import java.util.Optional;
import org.egt4j.dynamics.BrownVonNeumannNash;
import org.egt4j.dynamics.Dynamics;
import org.egt4j.dynamics.PayoffField;
import org.egt4j.dynamics.ProjectionDynamics;
import org.egt4j.dynamics.SmithDynamics;
import org.egt4j.game.BoundGame;
import org.egt4j.game.Game;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/**
 * A global convergence theorem that applies to a game under a dynamic, as data: the class of the game,
 * what follows for the set of Nash equilibria, and the Lyapunov function that proves it.
 *
 * <p>The classes are decided for games whose payoffs are linear in the state (matrix games, two-population
 * normal forms, linear fitness), where the payoff derivative DF is constant and the tests below are
 * necessary and sufficient (up to the round-off tolerance 10<sup>−9</sup> times the largest entry). With
 * T the tangent space of the product of simplices (Σ<sub>i</sub> z<sub>k,i</sub> = 0 per population)
 * and G = z ↦ z·DF z on T:
 *
 * <ul>
 *   <li>stable (Hofbauer and Sandholm 2009, "Stable games and their dynamics", J. Econ. Theory 144):
 *       z·DF z ≤ 0 on T; strictly stable: &lt; 0 for z ≠ 0. For a matrix game, the symmetric part of A
 *       negative semidefinite (definite) on 1<sup>⊥</sup>.
 *   <li>potential (Sandholm 2001, "Potential games with continuous player sets", J. Econ. Theory 97):
 *       DF symmetric on T × T, F the gradient of a potential f on the state space.
 * </ul>
 *
 * <p>What follows (Hofbauer and Sandholm 2009; Lahkar and Sandholm 2008; Sandholm 2010, ch. 7): in a
 * stable game the Nash set is globally asymptotically stable under Smith's dynamic (Lyapunov function
 * Ψ(x) = Σ<sub>i,j</sub> x<sub>i</sub> [F<sub>j</sub> − F<sub>i</sub>]<sub>+</sub>², summed over
 * populations) and under BNN (Γ(x) = ½ Σ<sub>i</sub> [F̂<sub>i</sub>]<sub>+</sub>²); under the projection
 * dynamic the Euclidean distance to a Nash equilibrium does not increase, so the Nash set is globally
 * stable, and globally asymptotically stable in a strictly stable game. Under the best-response
 * dynamic the total excess of the best payoff, G(x) = max<sub>y</sub> (y − x)·F(x) = Σ<sub>k</sub>
 * (max<sub>i</sub> F<sub>k,i</sub> − x<sub>k</sub>·F<sub>k</sub>), obeys Ġ ≤ −G along every solution of
 * a stable game (Hofbauer and Sandholm 2009, §7.2), so G(x(t)) ≤ G(x(0))e<sup>−t</sup> and the Nash set
 * (G = 0) is globally asymptotically stable in every stable game, null stable ones such as standard RPS
 * included (there Ġ = −G exactly, Hofbauer 1995). In a potential game that is not stable the potential
 * increases along every non-stationary solution of these dynamics, so every solution converges to the
 * set of Nash equilibria.
 *
 * @param game the class of the game
 * @param conclusion what follows for the Nash set under the dynamic
 * @param lyapunov the function that proves it
 */
public record GlobalStability(GameClass game, Conclusion conclusion, LyapunovFunction lyapunov) {

    /** The class of a game for which a global theorem holds. */
    public enum GameClass {
        /** z·DF z &lt; 0 for every tangent z ≠ 0. */
        STRICTLY_STABLE,
        /** z·DF z ≤ 0 for every tangent z (null stable games such as standard RPS included). */
        STABLE,
        /** F is the gradient of a potential on the state space. */
        POTENTIAL
    }

    /** What the theorem says about the set of Nash equilibria. */
    public enum Conclusion {
        /** Lyapunov stable and attracting from every initial state. */
        NASH_SET_GLOBALLY_ASYMPTOTICALLY_STABLE,
        /** Lyapunov stable; solutions stay at a constant or decreasing distance. */
        NASH_SET_GLOBALLY_STABLE,
        /** Every solution converges to the set of Nash equilibria. */
        CONVERGES_TO_NASH_SET
    }

    /** The Lyapunov function of the theorem. */
    public enum LyapunovFunction {
        /** Ψ(x) = Σ<sub>i,j</sub> x<sub>i</sub> [F<sub>j</sub> − F<sub>i</sub>]<sub>+</sub>² (Smith). */
        SMITH,
        /** Γ(x) = ½ Σ<sub>i</sub> [F<sub>i</sub> − x·F]<sub>+</sub>² (BNN). */
        BNN,
        /** ‖x − x*‖², x* a Nash equilibrium (projection). */
        EUCLIDEAN_DISTANCE,
        /** G(x) = Σ<sub>k</sub> (max<sub>i</sub> F<sub>k,i</sub> − x<sub>k</sub>·F<sub>k</sub>) (best response, Ġ ≤ −G). */
        BEST_RESPONSE,
        /** The potential f with ∇f = F on the tangent space (increasing). */
        POTENTIAL
    }

    /** The relative round-off tolerance of the tests. */
    static final double TOLERANCE = 1e-9;

    /**
     * The global theorem that applies to a game under a dynamic.
     *
     * @param bound the game at a parameter point
     * @param dynamics the dynamic
     * @return the theorem; empty when the dynamic is not Smith, BNN, projection or best response, when the payoffs are
     *     not linear in the state (the test is then undecided), or when the game is neither stable nor
     *     a potential game
     */
    public static Optional<GlobalStability> of(BoundGame bound, Dynamics dynamics) {
        LyapunovFunction own;
        if (dynamics instanceof SmithDynamics) {
            own = LyapunovFunction.SMITH;
        } else if (dynamics instanceof BrownVonNeumannNash) {
            own = LyapunovFunction.BNN;
        } else if (dynamics instanceof ProjectionDynamics) {
            own = LyapunovFunction.EUCLIDEAN_DISTANCE;
        } else if (dynamics instanceof org.egt4j.dynamics.BestResponseDynamics) {
            own = LyapunovFunction.BEST_RESPONSE;
        } else {
            return Optional.empty();
        }
        Optional<GameClass> c = classify(bound);
        if (c.isEmpty()) {
            return Optional.empty();
        }
        GameClass game = c.get();
        if (game == GameClass.POTENTIAL) {
            return Optional.of(new GlobalStability(game, Conclusion.CONVERGES_TO_NASH_SET, LyapunovFunction.POTENTIAL));
        }
        Conclusion conclusion = own == LyapunovFunction.EUCLIDEAN_DISTANCE && game == GameClass.STABLE
                ? Conclusion.NASH_SET_GLOBALLY_STABLE
                : Conclusion.NASH_SET_GLOBALLY_ASYMPTOTICALLY_STABLE;
        return Optional.of(new GlobalStability(game, conclusion, own));
    }

    /**
     * The class of a game with payoffs linear in the state: strictly stable, stable, potential (a game
     * that is both stable and potential is reported as stable), or none.
     *
     * @param bound the game at a parameter point
     * @return the class; empty when the payoffs are not linear in the state, the game is in no class, or
     *     the eigenvalue iteration failed
     */
    public static Optional<GameClass> classify(BoundGame bound) {
        Game game = bound.game();
        int n = game.dimension();
        for (int k = 0; k < game.populations().size(); k++) {
            for (int i = 0; i < game.populations().get(k).size(); i++) {
                for (int c = 0; c < n; c++) {
                    if (!game.expectedPayoff(k, i)
                            .derivative(game.coordinates().get(c))
                            .isShareFree()) {
                        return Optional.empty();
                    }
                }
            }
        }
        if (n == 0) {
            return Optional.empty();
        }
        double[] g = tangentForm(bound);
        double scale = 0;
        for (double v : g) {
            scale = Math.max(scale, Math.abs(v));
        }
        double tol = TOLERANCE * Math.max(1, scale);
        DMatrixRMaj sym = new DMatrixRMaj(n, n);
        boolean symmetric = true;
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                sym.set(a, b, 0.5 * (g[a * n + b] + g[b * n + a]));
                symmetric &= Math.abs(g[a * n + b] - g[b * n + a]) <= tol;
            }
        }
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(n, false, true);
        if (!eig.decompose(sym)) {
            return Optional.empty(); // undecided: the symmetric eigenvalue iteration did not converge
        }
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            max = Math.max(max, eig.getEigenvalue(i).real);
        }
        if (max < -tol) {
            return Optional.of(GameClass.STRICTLY_STABLE);
        }
        if (max <= tol) {
            return Optional.of(GameClass.STABLE);
        }
        return symmetric ? Optional.of(GameClass.POTENTIAL) : Optional.empty();
    }

    /**
     * G<sub>ab</sub> = Σ<sub>r</sub> T<sub>ra</sub> ∂F<sub>r</sub>/∂x<sub>b</sub>: the bilinear form z·DF w
     * in reduced coordinates, where the tangent vector of reduced coordinate a of population k is
     * e<sub>k,a</sub> − e<sub>k,last</sub>; row-major n × n.
     */
    static double[] tangentForm(BoundGame bound) {
        Game game = bound.game();
        int n = game.dimension();
        PayoffField payoffs = PayoffField.of(bound);
        double[] f = new double[payoffs.size()];
        double[] df = new double[payoffs.size() * n];
        payoffs.payoffsAndJacobian(new double[n], f, df);
        double[] g = new double[n * n];
        for (int k = 0; k < game.populations().size(); k++) {
            int m = game.populations().get(k).size();
            int last = payoffs.start(k) + m - 1;
            for (int a = 0; a < m - 1; a++) {
                int row = payoffs.start(k) + a;
                int ra = game.offset(k) + a;
                for (int b = 0; b < n; b++) {
                    g[ra * n + b] = df[row * n + b] - df[last * n + b];
                }
            }
        }
        return g;
    }
}
