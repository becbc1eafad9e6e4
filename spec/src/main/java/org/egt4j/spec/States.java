package org.egt4j.spec;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.egt4j.ModelException;
import org.egt4j.expr.Names;
import org.egt4j.game.Game;
import org.egt4j.game.Population;

/**
 * Reads a state written as on the command line (docs/architecture.md §5): {@code POP=v,POP=v}, where v is the
 * share of the first strategy of a two-strategy population, or {@code v1:v2:...} all shares of a
 * population (summing to 1 within {@value #SUM_TOLERANCE}). Every population must be given once.
 */
public final class States {

    /** Tolerance on the sum of a population's shares. */
    public static final double SUM_TOLERANCE = 1e-9;

    private States() {}

    /**
     * The state in reduced coordinates.
     *
     * @param game the game whose populations are named
     * @param text e.g. {@code firm=0.3,gov=0.5} or {@code species=0.2:0.3:0.5}
     * @return the state in reduced coordinates
     * @throws ModelException naming the offending population and value
     */
    public static double[] parse(Game game, String text) {
        Map<String, Integer> index = new HashMap<>();
        List<Population> pops = game.populations();
        for (int k = 0; k < pops.size(); k++) {
            index.put(pops.get(k).name(), k);
        }
        double[][] shares = new double[pops.size()][];
        String example = example(game);
        if (text == null || text.isBlank()) {
            throw new ModelException("the state is empty", "write e.g. " + example);
        }
        for (String part : text.split(",", -1)) {
            int eq = part.indexOf('=');
            if (eq < 0) {
                throw new ModelException(
                        "'" + part.trim() + "' in the state has no '='",
                        "write POPULATION=share for every population, e.g. " + example);
            }
            String name = part.substring(0, eq).trim();
            Integer k = index.get(name);
            if (k == null) {
                String s = Names.suggest(name, index.keySet());
                throw new ModelException(
                        "unknown population '" + name + "' in the state"
                                + (s == null ? "" : " (did you mean '" + s + "'?)"),
                        "the populations are: "
                                + String.join(
                                        ", ", index.keySet().stream().sorted().toList()));
            }
            if (shares[k] != null) {
                throw new ModelException(
                        "population '" + name + "' is given twice in the state", "give each population once");
            }
            shares[k] = shares(pops.get(k), part.substring(eq + 1).trim());
        }
        double[] x = new double[game.dimension()];
        for (int k = 0; k < pops.size(); k++) {
            if (shares[k] == null) {
                throw new ModelException(
                        "the state does not give population '" + pops.get(k).name() + "'",
                        "give every population, e.g. " + example);
            }
            for (int i = 0; i < pops.get(k).size() - 1; i++) {
                x[game.offset(k) + i] = shares[k][i];
            }
        }
        return x;
    }

    private static double[] shares(Population p, String value) {
        String[] parts = value.split(":", -1);
        int n = p.size();
        if (parts.length == 1 && n > 2) {
            throw new ModelException(
                    "population '" + p.name() + "' has " + n + " strategies; one number does not fix its state",
                    "give all " + n + " shares as v1:v2:...:v" + n + " summing to 1 (order "
                            + String.join(", ", p.strategies()) + ")");
        }
        if (parts.length != 1 && parts.length != n) {
            throw new ModelException(
                    "population '" + p.name() + "' has " + n + " strategies but " + parts.length + " shares were given",
                    "give " + (n == 2 ? "the first strategy's share, or " : "") + n + " shares separated by ':'");
        }
        double[] s = new double[n];
        double sum = 0;
        for (int i = 0; i < parts.length; i++) {
            s[i] = number(p, parts[i].trim());
            sum += s[i];
        }
        if (parts.length == 1) {
            s[1] = 1 - s[0];
        } else if (Math.abs(sum - 1) > SUM_TOLERANCE) {
            throw new ModelException(
                    "the shares of population '" + p.name() + "' sum to " + sum + ", not 1",
                    "shares are fractions of the population; make them sum to 1");
        }
        return s;
    }

    private static double number(Population p, String text) {
        double v;
        try {
            v = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new ModelException(
                    "'" + text + "' is not a number (share of population '" + p.name() + "')",
                    "write a share such as 0.3");
        }
        if (!(v >= 0 && v <= 1)) {
            throw new ModelException(
                    "share " + text + " of population '" + p.name() + "' is outside [0, 1]",
                    "shares are fractions between 0 and 1");
        }
        return v;
    }

    private static String example(Game game) {
        StringBuilder sb = new StringBuilder();
        for (Population p : game.populations()) {
            sb.append(sb.length() == 0 ? "" : ",").append(p.name()).append('=');
            if (p.size() == 2) {
                sb.append("0.5");
            } else {
                for (int i = 0; i < p.size(); i++) {
                    sb.append(i == 0 ? "" : ":")
                            .append(
                                    i == 0
                                            ? 1.0 - (p.size() - 1) * Math.floor(100.0 / p.size()) / 100
                                            : Math.floor(100.0 / p.size()) / 100);
                }
            }
        }
        return sb.toString();
    }
}
