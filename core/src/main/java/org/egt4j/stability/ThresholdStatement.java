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
 * @param essSet the exact set of P (within P's range when it has one) where the vertex is an ESS, as
 *     disjoint intervals in ascending order with each end's status; empty when the vertex is an ESS
 *     nowhere there and for {@link Kind#NOT_AFFINE}
 */
public record ThresholdStatement(
        Kind kind,
        String vertex,
        String parameter,
        double from,
        double to,
        List<Double> criticalValues,
        List<Piece> essSet) {

    /** The status of an end of an interval of the ESS set. */
    public enum EndKind {
        /** The end belongs to the set: every eigenvalue is negative there (a closed end of P's range). */
        CLOSED,
        /** An eigenvalue is exactly 0 there (a threshold, or a range end where the vertex is not hyperbolic). */
        VANISHING,
        /** An eigenvalue is undefined there (a parameter in a denominator is 0). */
        UNDEFINED,
        /** The interval is unbounded on this side. */
        INFINITE
    }

    /**
     * One end of an interval.
     *
     * @param value the end (±∞ for {@link EndKind#INFINITE})
     * @param radical the exact closed form when the end is irrational (e.g. "(3 - sqrt(5))/2"), else null
     * @param kind whether the end belongs to the set, and why not
     */
    public record End(double value, String radical, EndKind kind) {

        /** {@return whether the end belongs to the set} */
        public boolean closed() {
            return kind == EndKind.CLOSED;
        }
    }

    /**
     * An interval of the ESS set.
     *
     * @param from the lower end
     * @param to the upper end
     */
    public record Piece(End from, End to) {}

    /**
     * A statement without its ESS set (built by hand, e.g. in tests).
     *
     * @param kind the shape of the ESS set
     * @param vertex the vertex's label
     * @param parameter the parameter's name
     * @param from the lower end, or NaN
     * @param to the upper end, or NaN
     * @param criticalValues numeric critical values for {@link Kind#NOT_AFFINE}
     */
    public ThresholdStatement(
            Kind kind, String vertex, String parameter, double from, double to, List<Double> criticalValues) {
        this(kind, vertex, parameter, from, to, criticalValues, List.of());
    }

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
        /** An ESS on two or more disjoint intervals of P, listed in the ESS set. */
        ESS_UNION,
        /**
         * An eigenvalue depends on P through a function (an atom) or is a polynomial of degree above 2 in
         * P: only numeric critical values, no interval.
         */
        NOT_AFFINE;

        /**
         * Whether the statement is a condition on P, "an ESS iff ...": the vertex is an ESS on one side of
         * a threshold inside the range considered and not on the other.
         *
         * @return true for {@link #ESS_BELOW}, {@link #ESS_ABOVE}, {@link #ESS_BETWEEN} and
         *     {@link #ESS_UNION}
         */
        public boolean isCondition() {
            return this == ESS_BELOW || this == ESS_ABOVE || this == ESS_BETWEEN || this == ESS_UNION;
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
     * @param essSet the ESS set as intervals
     */
    public ThresholdStatement {
        criticalValues = List.copyOf(criticalValues);
        essSet = List.copyOf(essSet);
    }
}
