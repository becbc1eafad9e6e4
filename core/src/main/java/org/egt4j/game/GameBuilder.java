package org.egt4j.game;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.egt4j.ModelException;
import org.egt4j.Origin;
import org.egt4j.expr.Atom;
import org.egt4j.expr.ExpressionParser;
import org.egt4j.expr.Names;

/**
 * Fluent builder of a {@link Game}. Collects populations, parameters, definitions and exactly one payoff
 * form, then {@link #build()} checks everything and canonicalizes every expression; it either returns
 * a complete game or throws a {@link ModelException} pointing at the first problem (nothing is
 * half-built).
 *
 * <p>Every method has a {@link Text} variant that carries where the text was written (used by the YAML
 * loader, so errors name file, line and column) and a plain {@code String} variant for Java code.
 *
 * <pre>{@code
 * Game bos = Game.builder("Battle of the sexes")
 *     .population("row", List.of("opera", "football"), "x")
 *     .population("column", List.of("opera", "football"), "y")
 *     .payoff(List.of("opera", "opera"), "2", "1")
 *     .payoff(List.of("opera", "football"), "0", "0")
 *     .payoff(List.of("football", "opera"), "0", "0")
 *     .payoff(List.of("football", "football"), "1", "2")
 *     .build();
 * }</pre>
 */
public final class GameBuilder {

    /** Most pure profiles a payoff table may have (2<sup>20</sup>). */
    public static final int MAX_PROFILES = 1 << 20;

    /** Most populations a game may have. */
    public static final int MAX_POPULATIONS = 64;

    /** Most strategies a population may have. */
    public static final int MAX_STRATEGIES = 256;

    record ParameterEntry(Text name, double value, double min, double max, String meaning) {}

    record PopulationEntry(Text name, List<Text> strategies, Text share) {}

    record PayoffEntry(Map<Text, Text> profile, Map<Text, Text> payoffs, Origin origin) {}

    record FitnessEntry(Text population, Text strategy, Text expression) {}

    private final Text name;
    private String description = "";
    final List<ParameterEntry> parameters = new ArrayList<>();
    final LinkedHashMap<String, Text> definitions = new LinkedHashMap<>();
    final List<Text> definitionNames = new ArrayList<>();
    final List<PopulationEntry> populations = new ArrayList<>();
    List<List<Text>> matrix;
    Origin matrixOrigin = Origin.NONE;
    final List<PayoffEntry> payoffs = new ArrayList<>();
    Origin payoffsOrigin = Origin.NONE;
    final List<FitnessEntry> fitness = new ArrayList<>();
    Origin fitnessOrigin = Origin.NONE;

    GameBuilder(Text name) {
        this.name = name;
    }

    /**
     * Sets the free-text description.
     *
     * @param text the description in words ({@code null} clears it)
     * @return this builder
     */
    public GameBuilder description(String text) {
        this.description = text == null ? "" : text;
        return this;
    }

    /**
     * Adds a parameter with a default value.
     *
     * @param name the parameter's symbol, as used in payoff expressions
     * @param value its default value (the point at which the game is bound unless told otherwise)
     * @return this builder
     */
    public GameBuilder parameter(String name, double value) {
        return parameter(Text.of(name), value, Double.NaN, Double.NaN);
    }

    /**
     * Adds a parameter with a default value and a range.
     *
     * @param name the parameter's symbol, as used in payoff expressions
     * @param value its default value, inside the range
     * @param min the lower end of the range studied in sweeps, maps and thresholds
     * @param max the upper end of the range
     * @return this builder
     */
    public GameBuilder parameter(String name, double value, double min, double max) {
        return parameter(Text.of(name), value, min, max);
    }

    /**
     * Adds a parameter; {@code min} and {@code max} are NaN when there is no range.
     *
     * @param name the parameter's symbol and where it is written
     * @param value its default value
     * @param min the lower end of the range, or NaN
     * @param max the upper end of the range, or NaN
     * @return this builder
     */
    public GameBuilder parameter(Text name, double value, double min, double max) {
        return parameter(name, value, min, max, "");
    }

    /**
     * Adds a parameter with its meaning in words (shown in reports).
     *
     * @param name the parameter's symbol and where it is written
     * @param value its default value
     * @param min the lower end of the range, or NaN
     * @param max the upper end of the range, or NaN
     * @param meaning what the parameter stands for, e.g. "government subsidy" (empty for none)
     * @return this builder
     */
    public GameBuilder parameter(Text name, double value, double min, double max, String meaning) {
        parameters.add(new ParameterEntry(name, value, min, max, meaning));
        return this;
    }

    /**
     * Adds a named expression usable in payoffs.
     *
     * @param name the name the payoffs use for it
     * @param expression its value in parameters, shares and earlier definitions
     * @return this builder
     */
    public GameBuilder definition(String name, String expression) {
        return definition(Text.of(name), Text.of(expression));
    }

    /**
     * Adds a named expression usable in payoffs.
     *
     * @param name the name the payoffs use for it, and where it is written
     * @param expression its value in parameters, shares and earlier definitions
     * @return this builder
     */
    public GameBuilder definition(Text name, Text expression) {
        definitionNames.add(name);
        definitions.putIfAbsent(name.value(), expression);
        return this;
    }

    /**
     * Adds a population with its strategies, without a share symbol.
     *
     * @param name the population's name
     * @param strategies its strategies, at least two, in the order used for profiles and coordinates
     * @return this builder
     */
    public GameBuilder population(String name, String... strategies) {
        return population(name, Arrays.asList(strategies), null);
    }

    /**
     * Adds a population; {@code share} names the first strategy's share ({@code null} for none).
     *
     * @param name the population's name
     * @param strategies its strategies, at least two
     * @param share the symbol of the first strategy's share (e.g. {@code x}), or {@code null}
     * @return this builder
     */
    public GameBuilder population(String name, List<String> strategies, String share) {
        List<Text> s = new ArrayList<>();
        strategies.forEach(t -> s.add(Text.of(t)));
        return population(Text.of(name), s, share == null ? null : Text.of(share));
    }

    /**
     * Adds a population; {@code share} names the first strategy's share ({@code null} for none).
     *
     * @param name the population's name and where it is written
     * @param strategies its strategies, at least two
     * @param share the symbol of the first strategy's share, or {@code null}
     * @return this builder
     */
    public GameBuilder population(Text name, List<Text> strategies, Text share) {
        populations.add(new PopulationEntry(name, List.copyOf(strategies), share));
        return this;
    }

    /**
     * Sets the payoff matrix of a symmetric game inside the single population (row = own strategy).
     *
     * @param entries {@code entries[i][j]} is the payoff to strategy i against strategy j
     * @return this builder
     */
    public GameBuilder matrix(String[][] entries) {
        List<List<Text>> rows = new ArrayList<>();
        for (String[] row : entries) {
            List<Text> r = new ArrayList<>();
            for (String e : row) {
                r.add(Text.of(e));
            }
            rows.add(r);
        }
        return matrix(rows, Origin.NONE);
    }

    /**
     * Sets the payoff matrix; {@code origin} is where the matrix is written.
     *
     * @param rows the rows of the matrix, each an expression per opposing strategy
     * @param origin where the matrix is written ({@link Origin#NONE} from Java code)
     * @return this builder
     */
    public GameBuilder matrix(List<List<Text>> rows, Origin origin) {
        List<List<Text>> copy = new ArrayList<>();
        rows.forEach(r -> copy.add(List.copyOf(r)));
        this.matrix = List.copyOf(copy);
        this.matrixOrigin = origin;
        return this;
    }

    /**
     * Adds one row of the normal-form payoff table: a strategy per population and a payoff per
     * population, both in population order.
     *
     * @param profile the strategy of each population, in population order
     * @param payoffs the payoff expression of each population at that profile, in population order
     * @return this builder
     */
    public GameBuilder payoff(List<String> profile, String... payoffs) {
        if (profile.size() != populations.size() || payoffs.length != populations.size()) {
            throw new ModelException(
                    "profile " + profile + " needs one strategy and one payoff for each of the " + populations.size()
                            + " populations",
                    "declare the populations before the payoffs");
        }
        Map<Text, Text> p = new LinkedHashMap<>();
        Map<Text, Text> v = new LinkedHashMap<>();
        for (int k = 0; k < profile.size(); k++) {
            p.put(populations.get(k).name(), Text.of(profile.get(k)));
            v.put(populations.get(k).name(), Text.of(payoffs[k]));
        }
        return payoff(p, v, Origin.NONE);
    }

    /**
     * Adds one row of the normal-form payoff table, keyed by population name.
     *
     * @param profile population name to strategy name
     * @param payoffs population name to payoff expression
     * @param origin where the row is written
     * @return this builder
     */
    public GameBuilder payoff(Map<Text, Text> profile, Map<Text, Text> payoffs, Origin origin) {
        if (this.payoffs.isEmpty()) {
            payoffsOrigin = origin;
        }
        this.payoffs.add(new PayoffEntry(new LinkedHashMap<>(profile), new LinkedHashMap<>(payoffs), origin));
        return this;
    }

    /**
     * Sets the expected payoff of one strategy as an expression of parameters and shares.
     *
     * @param population the population's name
     * @param strategy the strategy whose expected payoff is given
     * @param expression the expected payoff, in parameters and shares of all populations
     * @return this builder
     */
    public GameBuilder fitness(String population, String strategy, String expression) {
        return fitness(Text.of(population), Text.of(strategy), Text.of(expression));
    }

    /**
     * Sets the expected payoff of one strategy.
     *
     * @param population the population's name and where it is written
     * @param strategy the strategy whose expected payoff is given
     * @param expression the expected payoff, in parameters and shares of all populations
     * @return this builder
     */
    public GameBuilder fitness(Text population, Text strategy, Text expression) {
        if (fitness.isEmpty()) {
            fitnessOrigin = population.origin();
        }
        fitness.add(new FitnessEntry(population, strategy, expression));
        return this;
    }

    /**
     * Checks everything and builds the game.
     *
     * @return the checked game, every expression in canonical form; a matrix or payoff table whose entries
     *     depend on the parameters only is kept as its {@link Game#normalForm()}
     * @throws ModelException at the first problem, with its place
     */
    public Game build() {
        if (name.value().isBlank()) {
            throw new ModelException("the game has no name", "give it a name", name.origin(), -1);
        }
        Set<String> taken = new HashSet<>();
        Map<String, Origin> takenAt = new HashMap<>();
        List<Parameter> params = new ArrayList<>();
        for (ParameterEntry p : parameters) {
            claim(p.name(), "parameter", taken, takenAt);
            checkParameter(p);
            params.add(new Parameter(p.name().value(), p.value(), p.min(), p.max(), p.meaning()));
        }
        for (Text d : definitionNames) {
            claim(d, "definition", taken, takenAt);
        }
        if (populations.isEmpty()) {
            throw new ModelException(
                    "the game has no populations",
                    "list at least one population with its strategies",
                    name.origin(),
                    -1);
        }
        if (populations.size() > MAX_POPULATIONS) {
            throw new ModelException(
                    "too many populations (" + populations.size() + ")",
                    "at most " + MAX_POPULATIONS + " are accepted",
                    populations.get(MAX_POPULATIONS).name().origin(),
                    -1);
        }
        List<Population> pops = new ArrayList<>();
        Set<String> popNames = new HashSet<>();
        for (PopulationEntry p : populations) {
            identifier(p.name(), "population");
            if (!popNames.add(p.name().value())) {
                throw new ModelException(
                        "population '" + p.name().value() + "' is declared twice",
                        "give every population its own name",
                        p.name().origin(),
                        -1);
            }
            if (p.strategies().size() < 2) {
                throw new ModelException(
                        "population '" + p.name().value() + "' has "
                                + p.strategies().size() + " strateg"
                                + (p.strategies().size() == 1 ? "y" : "ies"),
                        "a population needs at least two strategies to evolve",
                        p.name().origin(),
                        -1);
            }
            if (p.strategies().size() > MAX_STRATEGIES) {
                throw new ModelException(
                        "population '" + p.name().value() + "' has too many strategies",
                        "at most " + MAX_STRATEGIES + " are accepted",
                        p.name().origin(),
                        -1);
            }
            Set<String> seen = new HashSet<>();
            List<String> strategies = new ArrayList<>();
            for (Text s : p.strategies()) {
                identifier(s, "strategy");
                if (!seen.add(s.value())) {
                    throw new ModelException(
                            "strategy '" + s.value() + "' appears twice in population '"
                                    + p.name().value() + "'",
                            "give every strategy its own name",
                            s.origin(),
                            -1);
                }
                strategies.add(s.value());
            }
            if (p.share() != null) {
                claim(p.share(), "share symbol", taken, takenAt);
            }
            pops.add(new Population(
                    p.name().value(),
                    strategies,
                    p.share() == null ? null : p.share().value()));
        }
        int forms = (matrix != null ? 1 : 0) + (payoffs.isEmpty() ? 0 : 1) + (fitness.isEmpty() ? 0 : 1);
        if (forms != 1) {
            throw new ModelException(
                    forms == 0 ? "the game has no payoffs" : "the game has more than one payoff form",
                    "give exactly one of: matrix (symmetric game in one population), payoffs (normal-form table), fitness (expected payoffs)",
                    forms == 0 ? name.origin() : (matrix != null && !payoffs.isEmpty() ? payoffsOrigin : fitnessOrigin),
                    -1);
        }
        return GameAssembly.assemble(this, name.value(), description, params, pops);
    }

    private void checkParameter(ParameterEntry p) {
        String n = p.name().value();
        if (!Double.isFinite(p.value())) {
            throw new ModelException(
                    "parameter '" + n + "' has no finite value",
                    "give a number such as 2 or 0.35",
                    p.name().origin(),
                    -1);
        }
        boolean hasMin = !Double.isNaN(p.min());
        boolean hasMax = !Double.isNaN(p.max());
        if (hasMin != hasMax) {
            throw new ModelException(
                    "parameter '" + n + "' has only one end of its range",
                    "give both min and max",
                    p.name().origin(),
                    -1);
        }
        if (hasMin && !(p.min() <= p.max())) {
            throw new ModelException(
                    "parameter '" + n + "' has min " + p.min() + " above max " + p.max(),
                    "swap them",
                    p.name().origin(),
                    -1);
        }
        if (hasMin && (p.value() < p.min() || p.value() > p.max())) {
            throw new ModelException(
                    "parameter '" + n + "' has value " + p.value() + " outside its range [" + p.min() + ", " + p.max()
                            + "]",
                    "move the value into the range or widen the range",
                    p.name().origin(),
                    -1);
        }
    }

    static void identifier(Text t, String what) {
        String s = t.value();
        boolean ok = !s.isEmpty() && ExpressionParser.isNameStart(s.codePointAt(0));
        for (int i = 0; ok && i < s.length(); ) {
            int cp = s.codePointAt(i);
            ok = ExpressionParser.isNamePart(cp);
            i += Character.charCount(cp);
        }
        if (!ok) {
            throw new ModelException(
                    "'" + s + "' is not a valid " + what + " name",
                    "names start with a letter or _ and continue with letters, digits or _ (e.g. " + suggestName(s)
                            + ")",
                    t.origin(),
                    -1);
        }
    }

    private static String suggestName(String s) {
        String r = s.trim().replaceAll("[^\\p{L}\\p{Nd}_]+", "_");
        if (r.isEmpty() || !ExpressionParser.isNameStart(r.codePointAt(0))) {
            r = "_" + r;
        }
        return r;
    }

    private static void claim(Text t, String what, Set<String> taken, Map<String, Origin> takenAt) {
        identifier(t, what);
        if (Atom.arity(t.value()) >= 0) {
            throw new ModelException(
                    "'" + t.value() + "' is the name of a function",
                    "choose another " + what + " name",
                    t.origin(),
                    -1);
        }
        if (!taken.add(t.value())) {
            Origin first = takenAt.get(t.value());
            throw new ModelException(
                    "name '" + t.value() + "' is used twice" + (first.isKnown() ? " (first at " + first + ")" : ""),
                    "parameters, definitions and share symbols share one name space; rename one of them",
                    t.origin(),
                    -1);
        }
        takenAt.put(t.value(), t.origin());
    }

    static String suggestion(String name, java.util.Collection<String> known) {
        String s = Names.suggest(name, known);
        return s == null ? "" : " (did you mean '" + s + "'?)";
    }
}
