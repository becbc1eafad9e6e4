package org.egt4j.game;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.egt4j.ModelException;
import org.egt4j.Origin;
import org.egt4j.expr.Canonicalizer;
import org.egt4j.expr.Latex;
import org.egt4j.expr.Polynomial;
import org.egt4j.expr.Symbol;

/**
 * Turns a checked builder into a {@link Game}: creates the symbols, canonicalizes every expression,
 * and derives the expected payoffs f<sub>k,i</sub> in reduced coordinates from the payoff form. A matrix
 * or table whose entries depend on the parameters only is kept as the game's {@link NormalForm}.
 */
final class GameAssembly {

    private final GameBuilder b;
    private final List<Population> pops;
    private final GameScope scope;
    private final Canonicalizer canon;
    /** shares[k][i]: the share of strategy i of population k as a polynomial in reduced coordinates. */
    private final Polynomial[][] shares;
    /** The written matrix or table, when its entries are share-free; set by fromMatrix and fromTable. */
    private NormalForm normalForm;

    private GameAssembly(GameBuilder b, List<Population> pops, GameScope scope, Polynomial[][] shares) {
        this.b = b;
        this.pops = pops;
        this.scope = scope;
        this.canon = scope.canonicalizer();
        this.shares = shares;
    }

    static Game assemble(
            GameBuilder b, String name, String description, List<Parameter> params, List<Population> pops) {
        GameScope scope = new GameScope(b.definitions);
        List<Symbol> paramSymbols = new ArrayList<>();
        for (int i = 0; i < params.size(); i++) {
            String n = params.get(i).name();
            Symbol s = new Symbol(Symbol.Kind.PARAMETER, i, n, Latex.name(n));
            paramSymbols.add(s);
            scope.define(n, Polynomial.of(s));
        }
        List<Symbol> coordinates = new ArrayList<>();
        Polynomial[][] shares = new Polynomial[pops.size()][];
        for (int k = 0; k < pops.size(); k++) {
            Population p = pops.get(k);
            shares[k] = new Polynomial[p.size()];
            Polynomial last = Polynomial.ONE;
            for (int i = 0; i < p.size() - 1; i++) {
                String n = i == 0 && p.shareSymbol() != null
                        ? p.shareSymbol()
                        : p.name() + "." + p.strategies().get(i);
                Symbol s = new Symbol(Symbol.Kind.SHARE, coordinates.size(), n, Latex.name(n));
                coordinates.add(s);
                shares[k][i] = Polynomial.of(s);
                last = last.subtract(shares[k][i]);
            }
            shares[k][p.size() - 1] = last;
            for (int i = 0; i < p.size(); i++) {
                scope.define(p.name() + "." + p.strategies().get(i), shares[k][i]);
            }
            if (p.shareSymbol() != null) {
                scope.define(p.shareSymbol(), shares[k][0]);
            }
        }
        GameAssembly a = new GameAssembly(b, pops, scope, shares);
        // Canonicalize every definition once, in order, so that errors in unused ones are reported too.
        for (Map.Entry<String, Text> d : b.definitions.entrySet()) {
            scope.resolve(d.getKey());
        }
        PayoffForm form;
        Polynomial[][] f;
        if (b.matrix != null) {
            form = PayoffForm.MATRIX;
            f = a.fromMatrix();
        } else if (!b.payoffs.isEmpty()) {
            form = PayoffForm.PAYOFFS;
            f = a.fromTable();
        } else {
            form = PayoffForm.FITNESS;
            f = a.fromFitness();
        }
        Map<String, String> definitions = new java.util.LinkedHashMap<>();
        b.definitions.forEach((k, v) -> definitions.put(k, v.value()));
        return new Game(
                name,
                description,
                params,
                definitions,
                pops,
                form,
                paramSymbols,
                coordinates,
                scope.atoms(),
                scope.resolvedNames(),
                f,
                a.normalForm);
    }

    private Polynomial expression(Text t, String context) {
        try {
            return canon.canonical(t.value());
        } catch (ModelException e) {
            throw e.at(t.origin()).in(context);
        }
    }

    private Polynomial[][] fromMatrix() {
        if (pops.size() != 1) {
            throw new ModelException(
                    "a payoff matrix describes a symmetric game inside one population, but the game has " + pops.size()
                            + " populations",
                    "use `payoffs` (a normal-form table) for games between populations",
                    b.matrixOrigin,
                    -1);
        }
        Population p = pops.get(0);
        int n = p.size();
        if (b.matrix.size() != n) {
            throw new ModelException(
                    "the payoff matrix has " + b.matrix.size() + " rows but population '" + p.name() + "' has " + n
                            + " strategies",
                    "write one row per strategy, in the order " + p.strategies(),
                    b.matrixOrigin,
                    -1);
        }
        Polynomial[][] f = new Polynomial[1][n];
        Polynomial[][] entries = new Polynomial[n][n];
        boolean shareFree = true;
        for (int i = 0; i < n; i++) {
            List<Text> row = b.matrix.get(i);
            if (row.size() != n) {
                Origin o = row.isEmpty() ? b.matrixOrigin : row.get(0).origin();
                throw new ModelException(
                        "row " + (i + 1) + " of the payoff matrix has " + row.size() + " entries, expected " + n,
                        "every row needs one payoff per opponent strategy " + p.strategies(),
                        o,
                        -1);
            }
            Polynomial fi = Polynomial.ZERO;
            for (int j = 0; j < n; j++) {
                Polynomial a = expression(
                        row.get(j),
                        "in matrix entry (" + p.strategies().get(i) + ", "
                                + p.strategies().get(j) + ")");
                entries[i][j] = a;
                shareFree &= a.isShareFree();
                fi = fi.add(a.multiply(shares[0][j]));
            }
            f[0][i] = fi;
        }
        // A share-dependent entry is no payoff of a single encounter: such a game keeps no normal form.
        normalForm = shareFree ? NormalForm.matrix(p, entries) : null;
        return f;
    }

    private Polynomial[][] fromFitness() {
        Map<String, Integer> popIndex = populationIndex();
        Polynomial[][] f = new Polynomial[pops.size()][];
        Origin[][] seen = new Origin[pops.size()][];
        for (int k = 0; k < pops.size(); k++) {
            f[k] = new Polynomial[pops.get(k).size()];
            seen[k] = new Origin[pops.get(k).size()];
        }
        for (GameBuilder.FitnessEntry e : b.fitness) {
            int k = population(e.population(), popIndex);
            int i = strategy(k, e.strategy());
            if (seen[k][i] != null) {
                throw new ModelException(
                        "the fitness of " + pops.get(k).name() + "."
                                + e.strategy().value() + " is given twice",
                        "give each strategy's expected payoff once",
                        e.strategy().origin(),
                        -1);
            }
            seen[k][i] = e.strategy().origin();
            f[k][i] = expression(
                    e.expression(),
                    "in the fitness of " + pops.get(k).name() + "."
                            + e.strategy().value());
        }
        for (int k = 0; k < pops.size(); k++) {
            for (int i = 0; i < f[k].length; i++) {
                if (f[k][i] == null) {
                    throw new ModelException(
                            "the fitness of " + pops.get(k).name() + "."
                                    + pops.get(k).strategies().get(i) + " is missing",
                            "give an expected payoff for every strategy of every population",
                            b.fitnessOrigin,
                            -1);
                }
            }
        }
        return f;
    }

    private Polynomial[][] fromTable() {
        long count = 1;
        for (Population p : pops) {
            count *= p.size();
            if (count > GameBuilder.MAX_PROFILES) {
                throw new ModelException(
                        "the game has more than " + GameBuilder.MAX_PROFILES + " pure profiles",
                        "a normal-form table that large cannot be written out; use `fitness` (expected payoffs) instead",
                        b.payoffsOrigin,
                        -1);
            }
        }
        int n = (int) count;
        Map<String, Integer> popIndex = populationIndex();
        Polynomial[][] table = new Polynomial[n][];
        Origin[] where = new Origin[n];
        for (GameBuilder.PayoffEntry e : b.payoffs) {
            int[] profile = new int[pops.size()];
            java.util.Arrays.fill(profile, -1);
            for (Map.Entry<Text, Text> s : e.profile().entrySet()) {
                int k = population(s.getKey(), popIndex);
                if (profile[k] >= 0) {
                    throw new ModelException(
                            "population '" + pops.get(k).name() + "' appears twice in a profile",
                            "name each population once",
                            s.getKey().origin(),
                            -1);
                }
                profile[k] = strategy(k, s.getValue());
            }
            for (int k = 0; k < pops.size(); k++) {
                if (profile[k] < 0) {
                    throw new ModelException(
                            "the profile does not say what population '"
                                    + pops.get(k).name() + "' plays",
                            "a profile names one strategy for every population: " + populationNames(),
                            e.origin(),
                            -1);
                }
            }
            int index = index(profile);
            if (table[index] != null) {
                throw new ModelException(
                        "profile " + describe(profile) + " is given twice"
                                + (where[index].isKnown() ? " (first at " + where[index] + ")" : ""),
                        "give every pure profile exactly once",
                        e.origin(),
                        -1);
            }
            where[index] = e.origin();
            Polynomial[] values = new Polynomial[pops.size()];
            for (Map.Entry<Text, Text> v : e.payoffs().entrySet()) {
                Integer k = popIndex.get(v.getKey().value());
                if (k == null) {
                    throw new ModelException(
                            "'" + v.getKey().value() + "' is not a population"
                                    + GameBuilder.suggestion(v.getKey().value(), popIndex.keySet()),
                            "give one payoff per population: " + populationNames(),
                            v.getKey().origin(),
                            -1);
                }
                if (values[k] != null) {
                    throw new ModelException(
                            "the payoff of '" + pops.get(k).name() + "' is given twice",
                            "give one payoff per population",
                            v.getKey().origin(),
                            -1);
                }
                values[k] = expression(
                        v.getValue(), "in the payoff of " + pops.get(k).name() + " at " + describe(profile));
            }
            for (int k = 0; k < pops.size(); k++) {
                if (values[k] == null) {
                    throw new ModelException(
                            "profile " + describe(profile) + " has no payoff for population '"
                                    + pops.get(k).name() + "'",
                            "give one payoff per population: " + populationNames(),
                            e.origin(),
                            -1);
                }
            }
            table[index] = values;
        }
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (table[i] == null) {
                missing.add(describe(profile(i)));
            }
        }
        if (!missing.isEmpty()) {
            throw new ModelException(
                    missing.size() + " of " + n + " pure profiles have no payoffs, e.g. " + missing.get(0),
                    "give every pure profile exactly once; missing: "
                            + String.join(", ", missing.subList(0, Math.min(5, missing.size())))
                            + (missing.size() > 5 ? ", ..." : ""),
                    b.payoffsOrigin,
                    -1);
        }
        boolean shareFree = true;
        for (Polynomial[] values : table) {
            for (Polynomial v : values) {
                shareFree &= v.isShareFree();
            }
        }
        // As for a matrix: entries that depend on the state are not payoffs of single encounters.
        normalForm = shareFree ? NormalForm.table(pops, table) : null;
        Polynomial[][] f = new Polynomial[pops.size()][];
        for (int k = 0; k < pops.size(); k++) {
            f[k] = new Polynomial[pops.get(k).size()];
            java.util.Arrays.fill(f[k], Polynomial.ZERO);
            expected(0, k, new int[pops.size()], Polynomial.ONE, table, f[k]);
        }
        return f;
    }

    /** Depth-first over profiles: multiplies the opponents' shares in as it descends. */
    private void expected(int l, int k, int[] profile, Polynomial product, Polynomial[][] table, Polynomial[] acc) {
        if (l == pops.size()) {
            int i = profile[k];
            acc[i] = acc[i].add(table[index(profile)][k].multiply(product));
            return;
        }
        for (int j = 0; j < pops.get(l).size(); j++) {
            profile[l] = j;
            expected(l + 1, k, profile, l == k ? product : product.multiply(shares[l][j]), table, acc);
        }
    }

    private int index(int[] profile) {
        int index = 0;
        for (int k = 0; k < pops.size(); k++) {
            index = index * pops.get(k).size() + profile[k];
        }
        return index;
    }

    private int[] profile(int index) {
        int[] p = new int[pops.size()];
        int r = index;
        for (int k = pops.size() - 1; k >= 0; k--) {
            p[k] = r % pops.get(k).size();
            r /= pops.get(k).size();
        }
        return p;
    }

    private String describe(int[] profile) {
        StringBuilder sb = new StringBuilder("{");
        for (int k = 0; k < pops.size(); k++) {
            sb.append(k == 0 ? "" : ", ")
                    .append(pops.get(k).name())
                    .append(": ")
                    .append(pops.get(k).strategies().get(profile[k]));
        }
        return sb.append('}').toString();
    }

    private Map<String, Integer> populationIndex() {
        Map<String, Integer> m = new HashMap<>();
        for (int k = 0; k < pops.size(); k++) {
            m.put(pops.get(k).name(), k);
        }
        return m;
    }

    private String populationNames() {
        List<String> names = new ArrayList<>();
        pops.forEach(p -> names.add(p.name()));
        return String.join(", ", names);
    }

    private int population(Text t, Map<String, Integer> popIndex) {
        Integer k = popIndex.get(t.value());
        if (k == null) {
            throw new ModelException(
                    "unknown population '" + t.value() + "'" + GameBuilder.suggestion(t.value(), popIndex.keySet()),
                    "the populations are: " + populationNames(),
                    t.origin(),
                    -1);
        }
        return k;
    }

    private int strategy(int k, Text t) {
        Population p = pops.get(k);
        int i = p.indexOf(t.value());
        if (i < 0) {
            throw new ModelException(
                    "unknown strategy '" + t.value() + "' of population '" + p.name() + "'"
                            + GameBuilder.suggestion(t.value(), p.strategies()),
                    "the strategies of '" + p.name() + "' are: " + String.join(", ", p.strategies()),
                    t.origin(),
                    -1);
        }
        return i;
    }
}
