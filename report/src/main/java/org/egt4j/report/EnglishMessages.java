package org.egt4j.report;

import java.util.ArrayList;
import java.util.List;
import org.egt4j.Numbers;
import org.egt4j.stability.BoxVerdict;
import org.egt4j.stability.DirectMethod;
import org.egt4j.stability.OverBox;
import org.egt4j.stability.ThresholdStatement;

/**
 * The English sentences: the text egt4j has always written. Numbers have up to 6 significant digits,
 * integers no point ({@link Numbers#shortDecimal}).
 */
final class EnglishMessages implements Messages {

    static final EnglishMessages INSTANCE = new EnglishMessages();

    private static final String OTHERS_FIXED = " (others fixed)";

    private EnglishMessages() {}

    @Override
    public String number(double value) {
        return Numbers.shortDecimal(value, 6);
    }

    @Override
    public String threshold(ThresholdStatement s) {
        String label = s.vertex();
        String name = s.parameter();
        boolean exact = !s.essSet().isEmpty();
        return switch (s.kind()) {
            case NOT_AFFINE -> label + ": an eigenvalue is not linear or quadratic in " + name
                    + "; numeric critical values " + values(s.criticalValues()) + OTHERS_FIXED;
            case NOT_ESS -> label + " is not an ESS for any value of " + name + OTHERS_FIXED;
            case NOT_ESS_IN_RANGE -> label + " is not an ESS for any " + name + " in " + range(s) + OTHERS_FIXED;
            case ESS_ACROSS_RANGE -> label + " is an ESS for every " + name + " in " + range(s) + OTHERS_FIXED
                    + (exact ? nonHyperbolicEnds(name, s.essSet().get(0)) : "");
            case ESS_EVERYWHERE -> label + " is an ESS for every value of " + name + OTHERS_FIXED;
            case ESS_BELOW, ESS_ABOVE, ESS_BETWEEN, ESS_UNION -> label + " is an ESS iff "
                    + (exact ? pieces(name, s.essSet()) : condition(s)) + OTHERS_FIXED;
        };
    }

    /** The condition of a statement built without its ESS set. */
    private String condition(ThresholdStatement s) {
        String name = s.parameter();
        return switch (s.kind()) {
            case ESS_BELOW -> name + " < " + number(s.to());
            case ESS_ABOVE -> name + " > " + number(s.from());
            default -> number(s.from()) + " < " + name + " < " + number(s.to());
        };
    }

    /**
     * The ESS set as inequalities joined by "or": an end that is a closed end of the range or infinite is
     * left out (the statement is about the range), a threshold end is strict.
     */
    private String pieces(String name, List<ThresholdStatement.Piece> set) {
        List<String> parts = new ArrayList<>();
        for (ThresholdStatement.Piece p : set) {
            boolean lowerFree = p.from().closed() || p.from().kind() == ThresholdStatement.EndKind.INFINITE;
            boolean upperFree = p.to().closed() || p.to().kind() == ThresholdStatement.EndKind.INFINITE;
            if (lowerFree && upperFree) {
                parts.add(p.from().value() == p.to().value() ? name + " = " + end(p.from()) : name + " in its range");
            } else if (lowerFree) {
                parts.add(name + " < " + end(p.to()));
            } else if (upperFree) {
                parts.add(name + " > " + end(p.from()));
            } else {
                parts.add(end(p.from()) + " < " + name + " < " + end(p.to()));
            }
        }
        return String.join(" or ", parts);
    }

    /** An end as a number, with its closed form first when it is irrational. */
    private String end(ThresholdStatement.End e) {
        return e.radical() == null ? number(e.value()) : e.radical() + " ≈ " + number(e.value());
    }

    /** "; at CA = 0 an eigenvalue is 0 (not hyperbolic)" for each open end of the range. */
    private String nonHyperbolicEnds(String name, ThresholdStatement.Piece p) {
        StringBuilder sb = new StringBuilder();
        for (ThresholdStatement.End e : List.of(p.from(), p.to())) {
            if (e.kind() == ThresholdStatement.EndKind.VANISHING) {
                sb.append("; at ")
                        .append(name)
                        .append(" = ")
                        .append(end(e))
                        .append(" an eigenvalue is 0 (not hyperbolic)");
            } else if (e.kind() == ThresholdStatement.EndKind.UNDEFINED) {
                sb.append("; at ").append(name).append(" = ").append(end(e)).append(" an eigenvalue is undefined");
            }
        }
        return sb.toString();
    }

    private String range(ThresholdStatement s) {
        if (s.essSet().size() == 1) {
            ThresholdStatement.Piece p = s.essSet().get(0);
            return (p.from().closed() ? "[" : "(") + number(s.from()) + ", " + number(s.to())
                    + (p.to().closed() ? "]" : ")");
        }
        return "[" + number(s.from()) + ", " + number(s.to()) + "]";
    }

    private String values(List<Double> values) {
        List<String> s = new ArrayList<>();
        values.forEach(v -> s.add(number(v)));
        return s.isEmpty() ? "none found in range" : String.join(", ", s);
    }

    @Override
    public String essConditions(String vertex, List<String> conditions, OverBox overBox) {
        String s = vertex + " is an ESS iff " + String.join(" and ", conditions);
        return overBox == null ? s : s + "; over the parameter ranges: " + overBox(overBox.verdict(), overBox.exact());
    }

    @Override
    public String constantVerdict(String vertex, boolean ess) {
        return vertex + (ess ? " is an ESS for all parameter values" : " is not an ESS for any parameter values");
    }

    @Override
    public String overBox(BoxVerdict verdict, boolean exact) {
        if (exact) {
            return switch (verdict) {
                case EVERYWHERE -> "an ESS everywhere (exact)";
                case NOWHERE -> "an ESS nowhere (exact)";
                case SOMEWHERE -> "an ESS in part of the ranges (exact, with a witness)";
                case UNDECIDED -> "undecided";
            };
        }
        return switch (verdict) {
            case EVERYWHERE -> "an ESS everywhere (proved)";
            case NOWHERE -> "an ESS nowhere (proved)";
            case SOMEWHERE -> "an ESS in part of the ranges";
            case UNDECIDED -> "undecided";
        };
    }

    @Override
    public String limitCycles(int count, double largestModulus) {
        return "Trajectories from the initial grid converge to " + count
                + (count == 1 ? " limit cycle" : " limit cycles")
                + " (found by section recurrence and a shooting Newton method). The Floquet multipliers are the"
                + " eigenvalues of the monodromy matrix of the variational equation over one period; one is always 1"
                + " (the trivial multiplier, along the flow, marked *), and every other has modulus at most "
                + number(largestModulus) + " < 1, so " + (count == 1 ? "the cycle is" : "each cycle is")
                + " orbitally asymptotically stable.";
    }

    @Override
    public String globalStability(
            org.egt4j.stability.GlobalStability.GameClass game,
            org.egt4j.stability.GlobalStability.Conclusion conclusion,
            org.egt4j.stability.GlobalStability.LyapunovFunction lyapunov) {
        String g =
                switch (game) {
                    case STRICTLY_STABLE -> "strictly stable";
                    case STABLE -> "stable";
                    case POTENTIAL -> "a potential game";
                };
        String c =
                switch (conclusion) {
                    case NASH_SET_GLOBALLY_ASYMPTOTICALLY_STABLE -> "the set of Nash equilibria is globally asymptotically stable";
                    case NASH_SET_GLOBALLY_STABLE -> "the set of Nash equilibria is globally stable (the distance to an equilibrium does not increase)";
                    case CONVERGES_TO_NASH_SET -> "every solution converges to the set of Nash equilibria";
                };
        String f =
                switch (lyapunov) {
                    case SMITH -> "Ψ(x) = Σ x_i [F_j − F_i]₊²";
                    case BNN -> "Γ(x) = ½ Σ [F_i − x·F]₊²";
                    case EUCLIDEAN_DISTANCE -> "‖x − x*‖²";
                    case BEST_RESPONSE -> "G(x) = Σ (max_i F_i − x·F), Ġ ≤ −G (best response)";
                    case POTENTIAL -> "the potential f with ∇f = F (increasing along solutions)";
                };
        return "Global stability (Hofbauer and Sandholm 2009): the game is " + g + ", so " + c + "; Lyapunov function "
                + f + ".";
    }

    @Override
    public String relativeEntropy(DirectMethod.Outcome outcome) {
        return "relative entropy: "
                + switch (outcome) {
                    case CONSERVED -> "conserved";
                    case DECREASING -> "decreasing";
                    case INCONCLUSIVE -> "inconclusive";
                };
    }

    /** An eigenvalue as "-1" or "0.5 - 0.25i", its numbers written by the catalogue's {@link Messages#number}. */
    static String eigenvalueText(Messages m, org.egt4j.stability.Eigenvalue e) {
        return e.im() == 0
                ? m.number(e.re())
                : m.number(e.re()) + (e.im() < 0 ? " - " : " + ") + m.number(Math.abs(e.im())) + "i";
    }

    String continuumStabilityPhrase(org.egt4j.stability.ContinuumStability c) {
        List<String> values = new ArrayList<>();
        if (!c.transverse().isEmpty()) {
            for (org.egt4j.stability.Eigenvalue e :
                    c.transverse().get(c.transverse().size() / 2)) {
                values.add(eigenvalueText(this, e));
            }
        }
        String eig = values.isEmpty() ? "" : "transverse eigenvalues " + String.join(", ", values);
        return switch (c.verdict()) {
            case ATTRACTING -> "attracting (normally hyperbolic" + (eig.isEmpty() ? "" : ": " + eig)
                    + "; each point stable, not asymptotically)";
            case REPELLING -> "repelling (normally hyperbolic: " + eig + ")";
            case SADDLE -> "saddle-type (normally hyperbolic: " + eig + ")";
            case UNDECIDED -> "stability undecided: "
                    + switch (c.reason()) {
                        case NOT_NORMALLY_HYPERBOLIC -> "a transverse eigenvalue is 0 (not normally hyperbolic"
                                + (eig.isEmpty() ? ")" : "; " + eig + ")");
                        case VARIES_ALONG_THE_SET -> "the transverse eigenvalues change sign along the set";
                        case DIMENSION_UNKNOWN -> "its dimension is not known (found by a singular Jacobian)";
                        case NO_INTERIOR_SAMPLE -> "no sample point in the interior of its face";
                        case TANGENT_NOT_ZERO -> "its tangent eigenvalues are not zero to tolerance";
                        case NONE -> "no reason";
                    };
        };
    }

    @Override
    public String restPointSet(org.egt4j.game.Game game, org.egt4j.stability.RestPointSet set) {
        StringBuilder sb = new StringBuilder(
                set.dimension() == org.egt4j.stability.RestPointSet.SINGULAR
                        ? "set of non-isolated rest points (singular Jacobian)"
                        : set.dimension() + "-dimensional set of rest points");
        sb.append(" with support {");
        int[][] support = set.support();
        for (int k = 0; k < support.length; k++) {
            sb.append(k == 0 ? "" : "; ")
                    .append(game.populations().get(k).name())
                    .append(": ");
            for (int j = 0; j < support[k].length; j++) {
                sb.append(j == 0 ? "" : ", ")
                        .append(game.populations().get(k).strategies().get(support[k][j]));
            }
        }
        return sb.append('}').toString();
    }

    String noiseModelSentence(org.egt4j.sde.NoiseKind kind) {
        return switch (kind) {
            case MULTIPLICATIVE -> "Multiplicative noise: dx = x(1 - x)(F1 - F2) dt + sigma x dW for every two-strategy"
                    + " population (the form of most applied papers); [0, 1] is not invariant, so steps leaving it"
                    + " are clipped and counted.";
            case LOGISTIC -> "Logistic noise: dx = x(1 - x)(F1 - F2) dt + sigma x(1 - x) dW for every two-strategy"
                    + " population; (0, 1) is invariant.";
            case PAYOFF -> "Aggregate payoff shocks (Fudenberg and Harris 1992; Imhof 2005): every strategy's payoff"
                    + " receives sigma_i dW_i, so dx_i = x_i[(F_i - x.F) - (sigma_i^2 x_i - sum_j sigma_j^2 x_j^2)] dt"
                    + " + x_i[sigma_i dW_i - sum_j sigma_j x_j dW_j]; the simplex is invariant.";
            case FINITE_SIZE -> "Finite-size noise: the diffusion approximation of N agents per population revising"
                    + " by pairwise proportional imitation (Kurtz 1978; Sandholm 2010, ch. 10), dx_i = x_i(F_i - x.F)"
                    + " dt + N^(-1/2) sum_{i<j} sqrt(x_i x_j |F_i - F_j|)(e_i - e_j) dW_ij.";
        };
    }

    String ensembleMethodSentence(
            int paths,
            double step,
            String scheme,
            long seed,
            double time,
            List<Double> factors,
            boolean finiteSize,
            List<String> coordinates,
            double[] start) {
        List<String> f = new ArrayList<>();
        factors.forEach(v -> f.add(number(v)));
        String from = "the barycentre of every simplex";
        if (start != null) {
            List<String> parts = new ArrayList<>();
            for (int i = 0; i < start.length; i++) {
                parts.add(coordinates.get(i) + " = " + number(start[i]));
            }
            from = String.join(", ", parts);
        }
        return paths + " paths per noise intensity from " + from + " to T = " + number(time)
                + ", " + scheme + " with step " + number(step) + ", seed " + seed + " (the same increments at every"
                + " intensity); intensities: the spec's noise scaled by " + String.join(", ", f)
                + (finiteSize
                        ? " (population sizes divided by the square of the factor)."
                        : " (every sigma times the factor).");
    }

    String stochasticStabilityBasisSentence(org.egt4j.sde.NoiseKind kind) {
        String linear = "From the linearisation at each vertex, a geometric Brownian motion per unused strategy:"
                + " almost-sure exponential stability iff the top Lyapunov exponent is negative, mean-square"
                + " stability iff the second-moment exponent is negative (Khasminskii, Stochastic Stability of"
                + " Differential Equations, 2012; Mao, Stochastic Differential Equations and Applications, 2007).";
        return switch (kind) {
            case MULTIPLICATIVE -> linear + " Under multiplicative noise a vertex where a population plays its first"
                    + " strategy is not a rest point of the SDE (the noise sigma x does not vanish at x = 1).";
            case LOGISTIC -> linear;
            case PAYOFF -> linear + " For payoff shocks the almost-sure condition is Imhof's (2005).";
            case FINITE_SIZE -> "Under finite-size noise each vertex is absorbing and its linearisation a Feller"
                    + " branching diffusion (Feller 1951): absorbed almost surely iff lambda <= 0, E xi decays iff"
                    + " lambda < 0, so the conditions are the deterministic lambda < 0.";
        };
    }

    String sigmaThresholdsSentence(String vertex, List<String> populations, double[] almostSure, double[] meanSquare) {
        List<String> as = new ArrayList<>();
        List<String> ms = new ArrayList<>();
        for (int i = 0; i < populations.size(); i++) {
            String sigma = "sigma of " + populations.get(i);
            as.add(
                    Double.compare(almostSure[i], 0) == 0
                            ? sigma + " >= 0 (every sigma)"
                            : sigma + " > " + number(almostSure[i]));
            ms.add(Double.isNaN(meanSquare[i]) ? "no " + sigma : sigma + " < " + number(meanSquare[i]));
        }
        return vertex + ": almost surely exponentially stable iff " + String.join(" and ", as) + "; in mean square iff "
                + String.join(" and ", ms) + ".";
    }

    @Override
    public String finiteProcess(
            org.egt4j.finite.FiniteProcess process, double intensity, java.util.Map<String, Integer> sizes, double mu) {
        List<String> n = new ArrayList<>();
        sizes.forEach((pop, size) -> n.add("N = " + size + " (" + pop + ")"));
        String rule = process == org.egt4j.finite.FiniteProcess.MORAN
                ? "Moran birth-death process with intensity of selection w = " + number(intensity)
                : "Pairwise comparison (Fermi imitation) with selection strength β = " + number(intensity);
        return rule + " and mutation probability μ = " + number(mu) + "; " + String.join(", ", n) + ".";
    }

    @Override
    public String favouredInvasion(String mutant, String resident, double relativeToNeutral) {
        return "one " + mutant + " mutant among " + resident + " residents fixes with " + number(relativeToNeutral)
                + " times the neutral probability 1/N";
    }

    @Override
    public String smallMutationMode(String state, double probability) {
        return "In the small-mutation limit the population is at " + state + " "
                + Numbers.shortDecimal(100 * probability, 4) + "% of the time.";
    }

    @Override
    public String fullChainOverBudget(double states, int budget) {
        return "The full chain with mutation has " + String.format(java.util.Locale.ROOT, "%.4g", states)
                + " states, over the budget of " + budget + "; it is not computed (the small-mutation limit is).";
    }

    @Override
    public String restPointSearch(
            org.egt4j.stability.RestPointSearch.Method method,
            org.egt4j.stability.RestPointSearch.Incompleteness incomplete,
            long paths,
            int regular,
            int atInfinity) {
        String how =
                switch (method) {
                    case FACES -> "Rest points face by face";
                    case TOTAL_DEGREE_HOMOTOPY -> "Rest points by total-degree homotopy continuation: " + paths
                            + " paths, " + regular + " to regular finite roots and " + atInfinity + " to infinity";
                    case MULTI_START_NEWTON -> "Rest points by damped Newton from a lattice of starts";
                    case LOGIT_CONTINUATION -> "Logit equilibria by continuation in λ = 1/η from the centre (λ = 0) and by"
                            + " damped Newton from a lattice of starts";
                };
        String why =
                switch (incomplete) {
                    case NONE -> "every path ended at a regular root or at infinity, so the list is complete";
                    case NOT_CLAIMED -> "the list is not claimed complete";
                    case NOT_POLYNOMIAL -> "the field is not polynomial, so the list is not claimed complete";
                    case OVER_PATH_LIMIT -> "the Bézout number " + paths + " is over the limit of "
                            + org.egt4j.stability.RestPointSearch.MAX_PATHS
                            + " homotopy paths, so the list is not claimed complete";
                    case SINGULAR_ENDPOINTS -> "some paths ended at singular points (a multiple root or a continuum), so"
                            + " the list is not claimed complete";
                    case FAILED_PATHS -> "some paths could not be tracked to their end, so the list is not claimed complete";
                    case SAME_ENDPOINTS -> "two paths ended at the same root, so the list is not claimed complete";
                };
        return how + "; " + why + ".";
    }
}
