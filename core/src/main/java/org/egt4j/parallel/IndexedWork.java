package org.egt4j.parallel;

/**
 * One named piece of indexed work of an analysis: {@link #size()} items, item i computed by {@link
 * #compute(Object, int)} from a per-worker state, as a pure function of i. The {@link #part()} names
 * the piece within its analysis (e.g. {@code basins}), so that an executor on other machines can
 * rebuild the same work there from a description of the analysis (spec text, parameters, settings)
 * instead of receiving live objects such as compiled vector fields, which cannot be serialized.
 *
 * @param <S> the per-worker state (an integration engine and a copy of a field, say)
 * @param <R> the result of one item; a remote executor ships it back, so it should be plain data
 *     (boxed numbers, arrays)
 */
public interface IndexedWork<S, R> {

    /** {@return the name of this piece within its analysis, e.g. {@code basins} or {@code sensitivity:S}} */
    String part();

    /** {@return the number of items, indexed 0 … size − 1} */
    int size();

    /**
     * Makes one worker's own state; called once per worker (thread or task), on its thread.
     *
     * @return the state, never shared with another thread
     */
    S newState();

    /**
     * Computes item {@code index}; the result depends on the index only, not on the state's history.
     *
     * @param state the calling worker's own state
     * @param index the item, in [0, size)
     * @return its result, never null
     */
    R compute(S state, int index);
}
