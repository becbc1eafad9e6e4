package org.egt4j.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.egt4j.ModelException;
import org.egt4j.dynamics.Dynamics;
import org.egt4j.dynamics.DynamicsCatalogue;
import org.egt4j.expr.Canonicalizer;
import org.egt4j.expr.Scope;
import org.egt4j.expr.Symbol;
import org.egt4j.game.BoundGame;
import org.egt4j.game.Game;
import org.egt4j.spec.SpecLoader;
import org.hipparchus.fraction.BigFraction;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The spec argument and {@code --set NAME=VALUE} options shared by every command. */
final class GameOptions {

    @Parameters(index = "0", paramLabel = "SPEC", description = "the game spec (YAML)")
    Path spec;

    @Option(names = "--set", paramLabel = "NAME=VALUE", description = "override a parameter for this run (repeatable)")
    List<String> sets = List.of();

    @Option(
            names = "--dynamics",
            paramLabel = "NAME[:KEY=VALUE,...]",
            description = "the dynamic, overriding the spec's dynamics: key (default replicator), "
                    + "e.g. replicator-mutator:mu=0.1")
    String dynamics;

    private SpecLoader.GameSpec loaded;

    /** Loads the spec. */
    Game game() {
        return gameSpec().game();
    }

    /** Loads the spec with its analysis settings and dynamic (once). */
    SpecLoader.GameSpec gameSpec() {
        if (loaded == null) {
            loaded = SpecLoader.loadSpec(spec);
        }
        return loaded;
    }

    /** The dynamic: {@code --dynamics}, else the spec's, else the replicator. */
    Dynamics dynamics() {
        if (dynamics == null) {
            return gameSpec().dynamics();
        }
        return parseDynamics("--dynamics", dynamics);
    }

    /**
     * A dynamic written {@code NAME[:KEY=VALUE,...]}, e.g. {@code logit:eta=0.1}.
     *
     * @param flag the option it was given with, for messages
     * @param dynamics the text
     * @return the dynamic from the catalogue
     * @throws ModelException naming the flag, the text and what is wrong, with the catalogue's hint
     */
    static Dynamics parseDynamics(String flag, String dynamics) {
        String text = dynamics.trim();
        int colon = text.indexOf(':');
        String name = colon < 0 ? text : text.substring(0, colon).trim();
        Map<String, Double> parameters = new LinkedHashMap<>();
        if (colon >= 0) {
            for (String part : text.substring(colon + 1).split(",", -1)) {
                int eq = part.indexOf('=');
                if (eq <= 0) {
                    throw new ModelException(
                            flag + " " + dynamics + ": '" + part.trim() + "' is not KEY=VALUE",
                            "write e.g. --dynamics replicator-mutator:mu=0.1");
                }
                String key = part.substring(0, eq).trim();
                String value = part.substring(eq + 1).trim();
                double v;
                try {
                    v = new Canonicalizer(Scope.constants())
                            .canonical(value)
                            .constantValue()
                            .doubleValue();
                } catch (ModelException e) {
                    throw new ModelException(
                            flag + " " + dynamics + ": '" + value + "' is not a number",
                            "write a number such as 0.1, 1e-3 or 1/3");
                }
                if (parameters.put(key, v) != null) {
                    throw new ModelException(
                            flag + " " + dynamics + ": " + key + " is given twice", "give each parameter once");
                }
            }
        }
        try {
            return DynamicsCatalogue.of(name, parameters);
        } catch (ModelException e) {
            throw new ModelException(flag + " " + dynamics + ": " + e.problem(), e.hint());
        }
    }

    /** The --set values as exact numbers, checked against the game's parameters. */
    Map<Symbol, BigFraction> exactOverrides(Game game) {
        Map<Symbol, BigFraction> result = new LinkedHashMap<>();
        Map<String, Double> numeric = overrides();
        game.bind(numeric); // checks names and values
        for (Map.Entry<String, BigFraction> e : exact().entrySet()) {
            for (Symbol s : game.parameterSymbols()) {
                if (s.name().equals(e.getKey())) {
                    result.put(s, e.getValue());
                }
            }
        }
        return result;
    }

    /** The game bound with the --set values. */
    BoundGame bound(Game game) {
        return game.bind(overrides());
    }

    private Map<String, Double> overrides() {
        Map<String, Double> m = new LinkedHashMap<>();
        exact().forEach((k, v) -> m.put(k, v.doubleValue()));
        return m;
    }

    private Map<String, BigFraction> exact() {
        Map<String, BigFraction> m = new LinkedHashMap<>();
        for (String s : sets) {
            int eq = s.indexOf('=');
            if (eq <= 0) {
                throw new ModelException("--set " + s + ": expected NAME=VALUE", "write e.g. --set S=2.5");
            }
            String name = s.substring(0, eq).trim();
            String value = s.substring(eq + 1).trim();
            BigFraction v;
            try {
                v = new Canonicalizer(Scope.constants()).canonical(value).constantValue();
            } catch (ModelException e) {
                throw new ModelException(
                        "--set " + s + ": '" + value + "' is not a number", "write a number such as 2.5, 1e-3 or 1/3");
            }
            if (m.put(name, v) != null) {
                throw new ModelException("--set " + name + " is given twice", "give each parameter once");
            }
        }
        return m;
    }
}
