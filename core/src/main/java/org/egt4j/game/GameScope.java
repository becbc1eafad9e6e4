package org.egt4j.game;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.egt4j.ModelException;
import org.egt4j.expr.Atom;
import org.egt4j.expr.Canonicalizer;
import org.egt4j.expr.Latex;
import org.egt4j.expr.Polynomial;
import org.egt4j.expr.Scope;
import org.egt4j.expr.Symbol;

/**
 * The names of one game: parameters, share symbols, {@code population.strategy}, and definitions,
 * which are canonicalized on first use (with cycle detection); parameter-only definitions become atoms.
 */
final class GameScope implements Scope {

    private final Map<String, Polynomial> values = new HashMap<>();
    private final Map<String, Text> definitions;
    private final Map<String, Boolean> resolving = new HashMap<>();
    private final LinkedHashMap<String, Atom> atoms = new LinkedHashMap<>();
    private final Canonicalizer canonicalizer = new Canonicalizer(this);

    GameScope(Map<String, Text> definitions) {
        this.definitions = definitions;
    }

    void define(String name, Polynomial value) {
        values.put(name, value);
    }

    Canonicalizer canonicalizer() {
        return canonicalizer;
    }

    /** Every name resolved so far (call after all definitions are resolved). */
    Map<String, Polynomial> resolvedNames() {
        return new HashMap<>(values);
    }

    List<Atom> atoms() {
        return List.copyOf(atoms.values());
    }

    @Override
    public Polynomial resolve(String name) {
        Polynomial p = values.get(name);
        if (p != null) {
            return p;
        }
        Text def = definitions.get(name);
        if (def == null) {
            return null;
        }
        if (resolving.containsKey(name)) {
            throw new ModelException(
                    "definition '" + name + "' refers to itself (through " + String.join(" -> ", resolving.keySet())
                            + ")",
                    "definitions must not be circular",
                    def.origin(),
                    -1);
        }
        resolving.put(name, Boolean.TRUE);
        Polynomial value;
        try {
            value = canonicalizer.canonical(def.value());
        } catch (ModelException e) {
            throw e.at(def.origin()).in("in definition '" + name + "'");
        } finally {
            resolving.remove(name);
        }
        if (value.isShareFree()) {
            Symbol s = new Symbol(Symbol.Kind.ATOM, atoms.size(), name, Latex.name(name));
            atoms.put(name, new Atom(s, null, List.of(value)));
            value = Polynomial.of(s);
        }
        values.put(name, value);
        return value;
    }

    @Override
    public Collection<String> names() {
        List<String> all = new ArrayList<>(values.keySet());
        for (String d : definitions.keySet()) {
            if (!values.containsKey(d)) {
                all.add(d);
            }
        }
        return all;
    }

    @Override
    public Symbol atom(String text, String latex, String function, List<Polynomial> arguments) {
        Atom a = atoms.get(text);
        if (a == null) {
            a = new Atom(new Symbol(Symbol.Kind.ATOM, atoms.size(), text, latex), function, arguments);
            atoms.put(text, a);
        }
        return a.symbol();
    }
}
