package org.egt4j.stability;

import org.hipparchus.fraction.BigFraction;

/**
 * The equations whose zeros in the relative interior of a {@link Face} are the rest points of a dynamic
 * there: a square system E(u) = 0 in the face's m unknowns u. {@link RestPoints} enumerates the faces and
 * solves each one's system, exactly when it is linear and by certified Newton otherwise; a dynamic other
 * than the replicator plugs in by giving its own system per face.
 *
 * <p>For the replicator (and every imitative dynamic with the same rest points) the system is "equal
 * advantages on the support", {@link ReplicatorFaceSystem}.
 */
interface FaceSystem {

    /**
     * The size of the coefficients; residual tolerances are relative to it.
     *
     * @return a positive scale, at least 1
     */
    double scale();

    /**
     * The system on a face as exact linear equations A u = c, when it is linear in u.
     *
     * @param face the face
     * @return the augmented rows [A | c] (m × (m + 1), exact rationals), or null when the system is not
     *     linear in u on this face
     */
    BigFraction[][] exactLinearSystem(Face face);

    /**
     * Evaluates the system numerically.
     *
     * @param face the face
     * @param u the face's unknowns
     * @param e receives E(u) (length m)
     * @param jacobian receives ∂E/∂u (m × m), or null when only the values are needed
     * @return max<sub>t</sub> |E<sub>t</sub>(u)|
     */
    double residual(Face face, double[] u, double[] e, double[][] jacobian);
}
