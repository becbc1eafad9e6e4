package org.egt4j.stability;

/**
 * Whether a vertex is an ESS over the whole box of parameter ranges, decided soundly: exactly by rational
 * linear programming when every eigenvalue is affine in the parameters; otherwise proofs by outward-rounded
 * interval arithmetic for {@link #EVERYWHERE} and {@link #NOWHERE}, two witness points for
 * {@link #SOMEWHERE}.
 */
public enum BoxVerdict {
    /** Proved: every eigenvalue is negative at every point of the box. */
    EVERYWHERE,
    /** Proved: at every point of the box some eigenvalue is non-negative. */
    NOWHERE,
    /** Witnessed: the box has a point where the vertex is an ESS and one where it is not. */
    SOMEWHERE,
    /** The bisection budget ran out before a proof or both witnesses were found. */
    UNDECIDED
}
