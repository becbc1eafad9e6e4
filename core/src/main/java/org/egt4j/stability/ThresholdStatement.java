package org.egt4j.stability;

import java.util.List;

/**
 * What a vertex's eigenvalues say about one parameter P, the other parameters fixed at their bound
 * values: the shape of the set of P where the vertex is an ESS, with the numbers that bound it. The
 * report module turns it into the sentence a paper would write.
 *
 * @param kind the shape of the ESS set
 * @param vertex the vertex's label, e.g. "(adopt, support)"
 * @param parameter the parameter's name
 * @param from the lower end: the threshold for {@link Kind#ESS_ABOVE} and {@link Kind#ESS_BETWEEN}, the
 *     range's minimum for {@link Kind#ESS_ACROSS_RANGE} and {@link Kind#NOT_ESS_IN_RANGE}; NaN for the
 *     other kinds
 * @param to the upper end: the threshold for {@link Kind#ESS_BELOW} and {@link Kind#ESS_BETWEEN}, the
 *     range's maximum for {@link Kind#ESS_ACROSS_RANGE} and {@link Kind#NOT_ESS_IN_RANGE}; NaN for the
 *     other kinds
 * @param criticalValues for {@link Kind#NOT_AFFINE}: the numeric critical values found, ascending (may
 *     be empty); empty for the other kinds
 */
public record ThresholdStatement(
        Kind kind, String vertex, String parameter, double from, double to, List<Double> criticalValues) {

    /** The shape of the set of P where the vertex is an ESS. */
    public enum Kind {
        /** An ESS iff P &lt; {@code to}. */
        ESS_BELOW,
        /** An ESS iff P &gt; {@code from}. */
        ESS_ABOVE,
        /** An ESS iff {@code from} &lt; P &lt; {@code to}. */
        ESS_BETWEEN,
        /** An ESS for every real P. */
        ESS_EVERYWHERE,
        /** An ESS for every P in P's range [{@code from}, {@code to}]. */
        ESS_ACROSS_RANGE,
        /** An ESS for no value of P. */
        NOT_ESS,
        /** An ESS for no P in P's range [{@code from}, {@code to}] (possibly outside it). */
        NOT_ESS_IN_RANGE,
        /** An eigenvalue is not affine in P: only numeric critical values, no interval. */
        NOT_AFFINE;

        /**
         * Whether the statement is a condition on P, "an ESS iff ...": the vertex is an ESS on one side of
         * a threshold inside the range considered and not on the other.
         *
         * @return true for {@link #ESS_BELOW}, {@link #ESS_ABOVE} and {@link #ESS_BETWEEN}
         */
        public boolean isCondition() {
            return this == ESS_BELOW || this == ESS_ABOVE || this == ESS_BETWEEN;
        }
    }

    /**
     * Copies the critical values.
     *
     * @param kind the shape of the ESS set
     * @param vertex the vertex's label
     * @param parameter the parameter's name
     * @param from the lower end, or NaN
     * @param to the upper end, or NaN
     * @param criticalValues numeric critical values for {@link Kind#NOT_AFFINE}
     */
    public ThresholdStatement {
        criticalValues = List.copyOf(criticalValues);
    }
}
