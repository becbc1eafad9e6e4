package org.egt4j.sde;

import java.util.ArrayList;
import java.util.List;
import org.egt4j.game.BoundGame;
import org.egt4j.stability.StabilityAnalysis;
import org.egt4j.stability.VertexTable;

/**
 * Exponential stability of the pure profiles of a {@link ReplicatorSde} from its linearisation, as
 * exact expressions in the replicator's vertex eigenvalues λ (polynomials in the parameters, from
 * {@link VertexTable}) and the intensities σ.
 *
 * <p>At a vertex where population k plays s<sub>k</sub>, the linearised drift is diagonal in the shares
 * ξ<sub>j</sub> of the unused strategies j, with the vertex eigenvalues λ<sub>k,j</sub> = F<sub>k,j</sub>
 * − F<sub>k,s_k</sub> (see {@link VertexTable}), and so is the linearised noise:
 * <ul>
 *   <li>multiplicative, two strategies, x = 0 (the second strategy played): dξ = λξ dt + σξ dW. At x = 1
 *       the noise σx does not vanish: the vertex is <em>not a rest point</em> of the SDE, and only the
 *       profile where every population plays its second strategy is one;
 *   <li>logistic, at x = 0 and x = 1 alike: dξ = λξ dt ± σξ dW;
 *   <li>payoff shocks: dξ<sub>j</sub> = (λ<sub>j</sub> + σ<sub>s</sub>²)ξ<sub>j</sub> dt +
 *       ξ<sub>j</sub>(σ<sub>j</sub>dW<sub>j</sub> − σ<sub>s</sub>dW<sub>s</sub>) (from the drift's
 *       Itô term −x<sub>j</sub>(σ<sub>j</sub>²x<sub>j</sub> − Σσ<sub>l</sub>²x<sub>l</sub>²) → σ<sub>s</sub>²x<sub>j</sub>).
 * </ul>
 * Each ξ<sub>j</sub> is then a geometric Brownian motion dξ = μξ dt + ξ·(noise of variance rate v):
 * almost surely (1/t) log|ξ(t)| → μ − v/2 and E ξ(t)² = ξ(0)² e<sup>(2μ + v)t</sup>. Hence, with one
 * condition per unused strategy,
 * <ul>
 *   <li>almost-sure exponential stability iff every λ − σ²/2 &lt; 0 (multiplicative, logistic) or
 *       λ<sub>j</sub> + (σ<sub>s</sub>² − σ<sub>j</sub>²)/2 &lt; 0 (payoff shocks; Imhof 2005's
 *       condition), the top Lyapunov exponent being the largest left-hand side;
 *   <li>mean-square exponential stability iff every 2λ + σ² &lt; 0, or 2λ<sub>j</sub> + σ<sub>j</sub>² +
 *       3σ<sub>s</sub>² &lt; 0 (payoff shocks).
 * </ul>
 * By stability in the first approximation these conditions carry over locally to the nonlinear SDE
 * when the inequalities are strict (R. Khasminskii, <i>Stochastic Stability of Differential
 * Equations</i>, 2nd ed., Springer 2012, on linear systems and the first approximation; X. Mao,
 * <i>Stochastic Differential Equations and Applications</i>, 2nd ed., Horwood 2007, on almost-sure and
 * moment exponential stability). Mean-square stability implies almost-sure stability here (2μ + v &lt; 0
 * gives μ − v/2 &lt; 0), not conversely: strong noise stabilises almost surely while moments grow.
 *
 * <p>Finite-size noise is not linear at a vertex: the pair (s, j) contributes √(ξ<sub>j</sub>
 * |λ<sub>j</sub>|/N) dW, so each ξ<sub>j</sub> is to first order a Feller branching diffusion dξ = λξ dt
 * + √(|λ|ξ/N) dW, for which E ξ(t) = ξ(0)e<sup>λt</sup> and E ξ(t)² grows at the rate max(λ, 2λ); it
 * reaches 0 in finite time almost surely iff λ ≤ 0, and with probability e<sup>−2λξ(0)N/|λ|</sup> =
 * e<sup>−2Nξ(0)</sup> when λ &gt; 0 (W. Feller, "Diffusion processes in genetics", Proc. Second
 * Berkeley Symp. 1951). The conditions are then λ &lt; 0 for both (the deterministic ones): the
 * almost-sure value is λ, the mean-square value max(λ, 2λ), and no σ threshold applies.
 */
public final class VertexStochasticStability {

    private VertexStochasticStability() {}

    /**
     * One condition "weight·λ + ownWeight·σ<sub>own</sub>² + usedWeight·σ<sub>used</sub>² &lt; 0".
     *
     * @param eigenvalue the vertex eigenvalue λ (exact expression and value)
     * @param lambdaWeight 1 for almost-sure, 2 for mean-square conditions
     * @param ownSigma σ of the unused strategy (the population's σ for multiplicative and logistic noise)
     * @param ownWeight the weight of σ<sub>own</sub>²: −1/2 (almost sure) or 1 (mean square)
     * @param usedSigma σ of the strategy played at the vertex (payoff shocks; 0 otherwise)
     * @param usedWeight the weight of σ<sub>used</sub>²: 1/2 or 3 for payoff shocks, 0 otherwise
     * @param value the left-hand side at the bound parameters: the exponent of |ξ| (almost sure) or of
     *     E ξ² (mean square)
     * @param holds whether value &lt; 0
     * @param sigmaThreshold the threshold in the population's σ (multiplicative and logistic noise): an
     *     almost-sure condition holds iff σ &gt; √(2λ) (the threshold; 0 when λ &lt; 0, every σ), a
     *     mean-square condition iff σ &lt; √(−2λ) (NaN when λ ≥ 0, no σ); NaN for payoff shocks, whose
     *     conditions involve two intensities
     */
    public record Condition(
            VertexTable.VertexEigenvalue eigenvalue,
            int lambdaWeight,
            double ownSigma,
            double ownWeight,
            double usedSigma,
            double usedWeight,
            double value,
            boolean holds,
            double sigmaThreshold) {}

    /**
     * The stochastic stability of one pure profile.
     *
     * @param vertex the vertex table's row (profile, label, exact eigenvalues, deterministic verdict)
     * @param restPoint whether the noise vanishes there (false only for multiplicative noise on a
     *     population playing its first strategy); when false the lists are empty and the exponents NaN
     * @param almostSure one condition per vertex eigenvalue
     * @param meanSquare one condition per vertex eigenvalue
     * @param lyapunovExponent the top Lyapunov exponent of the linearisation, max of the almost-sure values
     * @param meanSquareExponent the exponent of E|ξ|², max of the mean-square values
     * @param almostSurelyStable whether every almost-sure condition holds
     * @param meanSquareStable whether every mean-square condition holds
     */
    public record Verdict(
            VertexTable.Vertex vertex,
            boolean restPoint,
            List<Condition> almostSure,
            List<Condition> meanSquare,
            double lyapunovExponent,
            double meanSquareExponent,
            boolean almostSurelyStable,
            boolean meanSquareStable) {}

    /**
     * The verdicts at every pure profile.
     *
     * @param bound the game at a parameter point
     * @param sde its SDE (for the noise kind and intensities)
     * @return one verdict per vertex, in the vertex table's order
     */
    public static List<Verdict> of(BoundGame bound, ReplicatorSde sde) {
        return of(StabilityAnalysis.of(bound).vertices(), sde);
    }

    /**
     * The verdicts at every pure profile of a vertex table.
     *
     * @param table the replicator's vertex table of the same bound game
     * @param sde its SDE
     * @return one verdict per vertex, in the table's order
     */
    public static List<Verdict> of(VertexTable table, ReplicatorSde sde) {
        List<Verdict> out = new ArrayList<>();
        for (VertexTable.Vertex v : table.vertices()) {
            out.add(verdict(v, sde));
        }
        return out;
    }

    private static Verdict verdict(VertexTable.Vertex v, ReplicatorSde sde) {
        int[] profile = v.profile();
        if (sde.kind() == NoiseKind.MULTIPLICATIVE) {
            for (int k = 0; k < profile.length; k++) {
                if (profile[k] == 0 && sde.sigma(k, 0) > 0) {
                    return new Verdict(v, false, List.of(), List.of(), Double.NaN, Double.NaN, false, false);
                }
            }
        }
        List<Condition> as = new ArrayList<>();
        List<Condition> ms = new ArrayList<>();
        double top = Double.NEGATIVE_INFINITY;
        double second = Double.NEGATIVE_INFINITY;
        if (sde.kind() == NoiseKind.FINITE_SIZE) {
            for (VertexTable.VertexEigenvalue e : v.eigenvalues()) {
                double lambda = e.value();
                double m = Math.max(lambda, 2 * lambda);
                as.add(new Condition(e, 1, 0, 0, 0, 0, lambda, lambda < 0, Double.NaN));
                ms.add(new Condition(e, 1, 0, 0, 0, 0, m, m < 0, Double.NaN));
                top = Math.max(top, lambda);
                second = Math.max(second, m);
            }
            return new Verdict(v, true, as, ms, top, second, top < 0, second < 0);
        }
        for (VertexTable.VertexEigenvalue e : v.eigenvalues()) {
            int k = e.population();
            double own = sde.sigma(k, e.strategy());
            boolean payoff = sde.kind() == NoiseKind.PAYOFF;
            double used = payoff ? sde.sigma(k, profile[k]) : 0;
            double lambda = e.value();
            double a = lambda - own * own / 2 + (payoff ? used * used / 2 : 0);
            double m = 2 * lambda + own * own + (payoff ? 3 * used * used : 0);
            double asThreshold = payoff ? Double.NaN : lambda < 0 ? 0 : Math.sqrt(2 * lambda);
            double msThreshold = payoff || lambda >= 0 ? Double.NaN : Math.sqrt(-2 * lambda);
            as.add(new Condition(e, 1, own, -0.5, used, payoff ? 0.5 : 0, a, a < 0, asThreshold));
            ms.add(new Condition(e, 2, own, 1, used, payoff ? 3 : 0, m, m < 0, msThreshold));
            top = Math.max(top, a);
            second = Math.max(second, m);
        }
        return new Verdict(v, true, as, ms, top, second, top < 0, second < 0);
    }
}
