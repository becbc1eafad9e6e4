package org.egt4j.game;

/**
 * A strategy of a population: its name and its position in the population's list.
 *
 * @param population the name of the population
 * @param name the name of the strategy
 * @param index 0-based position in the population's strategy list
 */
public record Strategy(String population, String name, int index) {

    /** {@return {@code population.strategy}, the qualified name used in expressions} */
    public String qualifiedName() {
        return population + "." + name;
    }
}
