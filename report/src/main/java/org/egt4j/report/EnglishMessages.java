package org.egt4j.report;

import java.util.ArrayList;
import java.util.List;
import org.egt4j.Numbers;
import org.egt4j.stability.BoxVerdict;
import org.egt4j.stability.DirectMethod;
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
        return switch (s.kind()) {
            case NOT_AFFINE -> label + ": an eigenvalue is not linear in " + name + "; critical values "
                    + values(s.criticalValues()) + OTHERS_FIXED;
            case NOT_ESS -> label + " is not an ESS for any value of " + name + OTHERS_FIXED;
            case NOT_ESS_IN_RANGE -> label + " is not an ESS for any " + name + " in " + range(s) + OTHERS_FIXED;
            case ESS_ACROSS_RANGE -> label + " is an ESS for every " + name + " in " + range(s) + OTHERS_FIXED;
            case ESS_EVERYWHERE -> label + " is an ESS for every value of " + name + OTHERS_FIXED;
            case ESS_BELOW -> label + " is an ESS iff " + name + " < " + number(s.to()) + OTHERS_FIXED;
            case ESS_ABOVE -> label + " is an ESS iff " + name + " > " + number(s.from()) + OTHERS_FIXED;
            case ESS_BETWEEN -> label + " is an ESS iff " + number(s.from()) + " < " + name + " < " + number(s.to())
                    + OTHERS_FIXED;
        };
    }

    private String range(ThresholdStatement s) {
        return "[" + number(s.from()) + ", " + number(s.to()) + "]";
    }

    private String values(List<Double> values) {
        List<String> s = new ArrayList<>();
        values.forEach(v -> s.add(number(v)));
        return s.isEmpty() ? "none found in range" : String.join(", ", s);
    }

    @Override
    public String essConditions(String vertex, List<String> conditions, BoxVerdict overBox) {
        String s = vertex + " is an ESS iff " + String.join(" and ", conditions);
        return overBox == null ? s : s + "; over the parameter ranges: " + overBox(overBox);
    }

    @Override
    public String constantVerdict(String vertex, boolean ess) {
        return vertex + (ess ? " is an ESS for all parameter values" : " is not an ESS for any parameter values");
    }

    @Override
    public String overBox(BoxVerdict verdict) {
        return switch (verdict) {
            case EVERYWHERE -> "an ESS everywhere (proved)";
            case NOWHERE -> "an ESS nowhere (proved)";
            case SOMEWHERE -> "an ESS in part of the ranges";
            case UNDECIDED -> "undecided";
        };
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
}
