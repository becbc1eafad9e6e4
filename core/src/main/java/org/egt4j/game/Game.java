package org.egt4j.game;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.egt4j.ModelException;
import org.egt4j.expr.Atom;
import org.egt4j.expr.Canonicalizer;
import org.egt4j.expr.Polynomial;
import org.egt4j.expr.Scope;
import org.egt4j.expr.Symbol;

/**
 * A multi-population evolutionary game in exact symbolic form; immutable.
 *
 * <p>The state is a point of the product of simplices Π<sub>k</sub> Δ<sup>n<sub>k</sub>-1</sup>. In
 * reduced coordinates (docs/architecture.md §3) it is the vector of the shares x<sub>k,i</sub> of every
 * strategy but the last of every population, in population order; the last share is
 * 1 − Σ<sub>i</sub> x<sub>k,i</sub>. The game holds, exactly:
 *
 * <ul>
 *   <li>the expected payoffs f<sub>k,i</sub>(x) of every strategy, polynomials in the reduced
 *       coordinates with Laurent-polynomial coefficients in the parameters ({@link #expectedPayoff});
 *   <li>the advantages g<sub>k,i</sub> = f<sub>k,i</sub> − f<sub>k,last</sub> for the reduced
 *       strategies ({@link #advantage}).
 * </ul>
 *
 * A single-population matrix game is the case of one population with f<sub>i</sub> = (A x)<sub>i</sub>.
 * The game computes no dynamic: dynamics ({@code org.egt4j.dynamics.Dynamics}) turn its payoffs into
 * vector fields.
 */
public final class Game {

    private final String name;
    private final String description;
    private final List<Parameter> parameters;
    private final Map<String, String> definitions;
    private final List<Population> populations;
    private final PayoffForm form;
    private final List<Symbol> parameterSymbols;
    private final List<Symbol> coordinates;
    private final List<Atom> atoms;
    private final List<List<Polynomial>> payoffs;
    private final List<Polynomial> advantages;
    private final int[] offsets;
    private final int[] populationOf;
    private final Map<String, Polynomial> names;
    private final NormalForm normalForm;

    Game(
            String name,
            String description,
            List<Parameter> parameters,
            Map<String, String> definitions,
            List<Population> populations,
            PayoffForm form,
            List<Symbol> parameterSymbols,
            List<Symbol> coordinates,
            List<Atom> atoms,
            Map<String, Polynomial> names,
            Polynomial[][] f,
            NormalForm normalForm) {
        this.names = Map.copyOf(names);
        this.normalForm = normalForm;
        this.name = name;
        this.description = description;
        this.parameters = List.copyOf(parameters);
        this.definitions = Collections.unmodifiableMap(new LinkedHashMap<>(definitions));
        this.populations = List.copyOf(populations);
        this.form = form;
        this.parameterSymbols = List.copyOf(parameterSymbols);
        this.coordinates = List.copyOf(coordinates);
        this.atoms = List.copyOf(atoms);
        List<List<Polynomial>> p = new ArrayList<>();
        for (Polynomial[] row : f) {
            p.add(List.of(row));
        }
        this.payoffs = List.copyOf(p);
        this.offsets = new int[populations.size() + 1];
        this.populationOf = new int[coordinates.size()];
        List<Polynomial> g = new ArrayList<>();
        for (int k = 0; k < populations.size(); k++) {
            int n = populations.get(k).size();
            offsets[k + 1] = offsets[k] + n - 1;
            Polynomial last = f[k][n - 1];
            for (int i = 0; i < n - 1; i++) {
                g.add(f[k][i].subtract(last));
                populationOf[offsets[k] + i] = k;
            }
        }
        this.advantages = List.copyOf(g);
    }

    /**
     * A builder for a game with this name.
     *
     * @param name the game's name, shown in reports
     * @return an empty builder
     */
    public static GameBuilder builder(String name) {
        return new GameBuilder(Text.of(name));
    }

    /**
     * A builder for a game with this name, written at a known place.
     *
     * @param name the game's name and where it is written
     * @return an empty builder
     */
    public static GameBuilder builder(Text name) {
        return new GameBuilder(name);
    }

    /** {@return the game's name} */
    public String name() {
        return name;
    }

    /** {@return free-text description (may be empty)} */
    public String description() {
        return description;
    }

    /** {@return the parameters, in declaration order} */
    public List<Parameter> parameters() {
        return parameters;
    }

    /** {@return the definitions as written, name to expression text, in declaration order} */
    public Map<String, String> definitions() {
        return definitions;
    }

    /** {@return the populations, in declaration order} */
    public List<Population> populations() {
        return populations;
    }

    /** {@return how the payoffs were written} */
    public PayoffForm payoffForm() {
        return form;
    }

    /**
     * The payoffs of single encounters as written: the matrix A of a {@code matrix:} game or the table
     * π<sub>k</sub>(s) of a {@code payoffs:} game, when the entries depend on the parameters only.
     * {@link NormalForm#recover(Game)} finds it for {@code fitness:} games where it exists.
     *
     * @return the written normal form; empty for {@code fitness:} games and share-dependent entries
     */
    public Optional<NormalForm> normalForm() {
        return Optional.ofNullable(normalForm);
    }

    /** {@return the parameter symbols, in declaration order} */
    public List<Symbol> parameterSymbols() {
        return parameterSymbols;
    }

    /** {@return the reduced coordinates as symbols, in order} */
    public List<Symbol> coordinates() {
        return coordinates;
    }

    /** {@return number of reduced coordinates, Σ<sub>k</sub> (n<sub>k</sub> − 1)} */
    public int dimension() {
        return coordinates.size();
    }

    /** {@return the reduced coordinates named {@code population.strategy}, in order} */
    public List<String> coordinateNames() {
        List<String> names = new ArrayList<>();
        for (Population p : populations) {
            for (int i = 0; i < p.size() - 1; i++) {
                names.add(p.name() + "." + p.strategies().get(i));
            }
        }
        return List.copyOf(names);
    }

    /**
     * Index of population k's first reduced coordinate; {@code offset(populations().size())} is the dimension.
     *
     * @param k a population index, 0 ≤ k ≤ number of populations
     * @return the sum of (strategies − 1) over the populations before k
     */
    public int offset(int k) {
        return offsets[k];
    }

    /** {@return population k's first reduced coordinate at k, the dimension at the end (a copy)} */
    public int[] offsets() {
        return offsets.clone();
    }

    /** {@return the number of strategies of each population, in order (a copy)} */
    public int[] sizes() {
        int[] sizes = new int[populations.size()];
        for (int k = 0; k < sizes.length; k++) {
            sizes[k] = populations.get(k).size();
        }
        return sizes;
    }

    /**
     * The population that reduced coordinate c belongs to.
     *
     * @param c a reduced coordinate, 0 ≤ c &lt; dimension
     * @return the index of its population
     */
    public int populationOf(int c) {
        return populationOf[c];
    }

    /** {@return the atoms (parameter-only quantities kept by name), in creation order} */
    public List<Atom> atoms() {
        return atoms;
    }

    /**
     * The expected payoff f<sub>k,i</sub>(x) of strategy i of population k, in reduced coordinates.
     *
     * @param k the population index
     * @param i the strategy index within population k
     * @return f<sub>k,i</sub>, a polynomial in parameters and reduced shares
     */
    public Polynomial expectedPayoff(int k, int i) {
        return payoffs.get(k).get(i);
    }

    /**
     * The mean payoff f̄<sub>k</sub> = Σ<sub>i</sub> x<sub>k,i</sub> f<sub>k,i</sub> of population k.
     *
     * @param k the population index
     * @return f̄<sub>k</sub>, expanded
     */
    public Polynomial meanPayoff(int k) {
        Polynomial mean = Polynomial.ZERO;
        Population p = populations.get(k);
        Polynomial last = Polynomial.ONE;
        for (int i = 0; i < p.size() - 1; i++) {
            Polynomial x = Polynomial.of(coordinates.get(offsets[k] + i));
            mean = mean.add(x.multiply(payoffs.get(k).get(i)));
            last = last.subtract(x);
        }
        return mean.add(last.multiply(payoffs.get(k).get(p.size() - 1)));
    }

    /**
     * The advantage g<sub>c</sub> = f<sub>k,i</sub> − f<sub>k,last</sub> of reduced coordinate c.
     *
     * @param c a reduced coordinate
     * @return g<sub>c</sub>, expanded
     */
    public Polynomial advantage(int c) {
        return advantages.get(c);
    }

    /**
     * An expression in this game's names (parameters, definitions, share symbols,
     * {@code population.strategy}) in canonical form, e.g. {@code game.expression("x*(1 - x)")}.
     * Functions and non-monomial denominators that the game does not already hold as atoms are refused.
     *
     * @param text the expression
     * @return its canonical polynomial
     * @throws ModelException for a parse error or an unknown name
     */
    public Polynomial expression(String text) {
        Map<String, Atom> byText = new HashMap<>();
        atoms.forEach(a -> byText.put(a.symbol().name(), a));
        Scope scope = new Scope() {
            @Override
            public Polynomial resolve(String name) {
                return names.get(name);
            }

            @Override
            public java.util.Collection<String> names() {
                return names.keySet();
            }

            @Override
            public Symbol atom(String text, String latex, String function, List<Polynomial> arguments) {
                Atom a = byText.get(text);
                if (a == null) {
                    throw new ModelException(
                            "'" + text + "' is not a quantity of this game", "use it in a definition of the spec");
                }
                return a.symbol();
            }
        };
        return new Canonicalizer(scope).canonical(text);
    }

    /** {@return binds the default parameter values} */
    public BoundGame bind() {
        return bind(Map.of());
    }

    /**
     * Binds parameter values: the defaults, overridden by name.
     *
     * @param overrides parameter name to value; parameters not named keep their defaults
     * @return the game with numeric parameter values, ready for dynamics and stability
     * @throws ModelException for an unknown parameter name, a non-finite value, or values at which an
     *     atom or coefficient is undefined
     */
    public BoundGame bind(Map<String, Double> overrides) {
        Map<String, Integer> index = new HashMap<>();
        double[] values = new double[parameters.size()];
        for (int i = 0; i < values.length; i++) {
            index.put(parameters.get(i).name(), i);
            values[i] = parameters.get(i).value();
        }
        for (Map.Entry<String, Double> e : new java.util.TreeMap<>(overrides).entrySet()) {
            Integer i = index.get(e.getKey());
            if (i == null) {
                throw new ModelException(
                        "unknown parameter '" + e.getKey() + "'" + GameBuilder.suggestion(e.getKey(), index.keySet()),
                        "the parameters of '" + name + "' are: "
                                + (index.isEmpty() ? "(none)" : String.join(", ", parameterNames())));
            }
            if (e.getValue() == null || !Double.isFinite(e.getValue())) {
                throw new ModelException(
                        "parameter '" + e.getKey() + "' must have a finite value, not " + e.getValue(),
                        "give a number");
            }
            values[i] = e.getValue();
        }
        return new BoundGame(this, values);
    }

    private List<String> parameterNames() {
        List<String> names = new ArrayList<>();
        parameters.forEach(p -> names.add(p.name()));
        return names;
    }

    @Override
    public String toString() {
        return "Game[" + name + ", " + populations.size() + " populations, dimension " + dimension() + "]";
    }
}
