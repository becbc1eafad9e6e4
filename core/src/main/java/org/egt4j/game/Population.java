package org.egt4j.game;

import java.util.ArrayList;
import java.util.List;

/**
 * A population of players who choose among an ordered list of strategies. Its state is the vector of
 * strategy shares, a point of the simplex Δ<sup>n-1</sup>; in reduced coordinates it is represented by
 * the shares of all strategies but the last. For a two-strategy population that is the share x of the
 * first strategy, and {@code shareSymbol} (e.g. {@code x}) is the name expressions use for it.
 *
 * @param name the population's name
 * @param strategies strategy names in order (at least two)
 * @param shareSymbol the name of the first strategy's share, or {@code null}
 */
public record Population(String name, List<String> strategies, String shareSymbol) {

    /**
     * Copies the strategy list into an immutable one.
     *
     * @param name the population's name
     * @param strategies strategy names in order
     * @param shareSymbol the name of the first strategy's share, or {@code null}
     */
    public Population {
        strategies = List.copyOf(strategies);
    }

    /** {@return number of strategies} */
    public int size() {
        return strategies.size();
    }

    /** {@return the strategies as values} */
    public List<Strategy> strategyList() {
        List<Strategy> list = new ArrayList<>();
        for (int i = 0; i < strategies.size(); i++) {
            list.add(new Strategy(name, strategies.get(i), i));
        }
        return List.copyOf(list);
    }

    /**
     * Index of the strategy with this name, or -1.
     *
     * @param strategy a strategy name
     * @return its index in {@link #strategies()}, or -1
     */
    public int indexOf(String strategy) {
        return strategies.indexOf(strategy);
    }
}
