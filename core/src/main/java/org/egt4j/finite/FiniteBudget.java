package org.egt4j.finite;

import org.egt4j.ModelException;

/**
 * The budgets of finite-population computations, checked before any work starts: the players of a
 * population (fixation sums, sweeps and absorption are linear in N; past a million players the
 * replicator dynamics, the N → ∞ limit, answers the same question) and the states of a full chain
 * (the chain with mutation, the absorbing chain from a start: a banded solve over every state, its
 * operations budget scaling with the states budget, {@link FullChain#MAX_WORK} per {@link
 * FullChain#MAX_STATES} states). A request over a budget is refused with the size asked, the budget and
 * how to change it ({@code egt4j finite --budget KIND=N}).
 *
 * @param players the most players of one population (default {@value FinitePopulation#MAX_SIZE})
 * @param chainStates the most states of a full chain (default {@value FullChain#MAX_STATES})
 */
public record FiniteBudget(long players, long chainStates) {

    /** The defaults. */
    public static final FiniteBudget DEFAULT = new FiniteBudget(FinitePopulation.MAX_SIZE, FullChain.MAX_STATES);

    /**
     * Checks the limits.
     *
     * @param players the most players of one population, from 2
     * @param chainStates the most states of a full chain, from 1, at most {@link Integer#MAX_VALUE} / 4
     *     (the chain's arrays are indexed by int)
     */
    public FiniteBudget {
        if (players < 2 || chainStates < 1 || chainStates > Integer.MAX_VALUE / 4) {
            throw new IllegalArgumentException("players >= 2 and 1 <= chainStates <= 2^29");
        }
    }

    /**
     * This budget with one kind changed, as {@code --budget KIND=N} asks.
     *
     * @param assignment {@code players=N} or {@code chain-states=N}
     * @return the changed budget
     * @throws ModelException for an unknown kind or a limit out of range
     */
    public FiniteBudget with(String assignment) {
        org.egt4j.BudgetAssignment read = org.egt4j.BudgetAssignment.parse(assignment);
        String kind = read.kind();
        long limit = read.limit();
        return switch (kind) {
            case "players" -> {
                if (limit < 2 || limit > Integer.MAX_VALUE) {
                    throw new ModelException(
                            "--budget " + assignment + " is not players=N with a whole number 2 <= N <= "
                                    + Integer.MAX_VALUE,
                            "write e.g. --budget players=" + 10L * FinitePopulation.MAX_SIZE);
                }
                yield new FiniteBudget(limit, chainStates);
            }
            case "chain-states" -> {
                if (limit < 1 || limit > Integer.MAX_VALUE / 4) {
                    throw new ModelException(
                            "--budget " + assignment + " is not chain-states=N with a whole number 1 <= N <= "
                                    + Integer.MAX_VALUE / 4,
                            "write e.g. --budget chain-states=" + 10L * FullChain.MAX_STATES);
                }
                yield new FiniteBudget(players, limit);
            }
            default -> throw new ModelException(
                    "--budget " + assignment + ": there is no budget called '" + kind + "'",
                    "the finite-population budgets are players and chain-states");
        };
    }

    /** {@return the operations budget of a full chain: {@link FullChain#MAX_WORK} per default states budget} */
    public double chainWork() {
        return FullChain.MAX_WORK * Math.max(1.0, (double) chainStates / FullChain.MAX_STATES);
    }

    /**
     * Refuses a spec's {@code process:} whose population sizes are over the players budget, before any
     * work starts.
     *
     * @param game the game (its populations)
     * @param settings the process settings
     * @throws ModelException naming the population, its size, the budget and the flag
     */
    public void check(org.egt4j.game.Game game, ProcessSettings settings) {
        int[] sizes = settings.sizesOf(game.populations());
        for (int k = 0; k < sizes.length; k++) {
            checkSize(sizes[k], game.populations().get(k).name());
        }
    }

    /**
     * Refuses a population size over the players budget or below 2.
     *
     * @param size N
     * @param population the population's name, for the message
     * @throws ModelException naming the size, the budget and the flag
     */
    public void checkSize(long size, String population) {
        if (size > players) {
            throw new ModelException(
                    "the size of population '" + population + "' is " + size + ", over the budget of " + players
                            + " players",
                    "use N <= " + players + ", or the replicator dynamics (egt4j analyze), the limit N -> infinity;"
                            + " or raise the budget with --budget players=" + size);
        }
        if (size < 2) {
            throw new ModelException(
                    "the size of population '" + population + "' must be at least 2, not " + size,
                    "a finite population needs a mutant and a resident: give N >= 2");
        }
    }

    /**
     * Refuses a chain over the states or operations budget.
     *
     * @param what the chain, for the message
     * @param states its number of states
     * @param band its band half-width
     * @param work its operations, states × band²
     * @param smaller how to ask for less
     * @throws ModelException naming the size, the budget and the flag
     */
    void checkChain(String what, double states, double band, double work, String smaller) {
        if (states > chainStates || work > chainWork()) {
            throw new ModelException(
                    what + " has " + (long) states + " states (band " + (long) band + "), over the budget of "
                            + chainStates + " states and " + (long) chainWork() + " operations",
                    smaller + ", or raise the budget with --budget chain-states="
                            + (long) Math.max(states, Math.ceil(work / FullChain.MAX_WORK * FullChain.MAX_STATES)));
        }
    }
}
