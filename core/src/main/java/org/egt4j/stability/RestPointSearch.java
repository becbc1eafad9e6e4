package org.egt4j.stability;

import java.util.List;

/**
 * How the rest points of an analysis were found and whether the list is complete: the method, the paths
 * tracked by homotopy continuation and how they ended, the completeness claim with the reason when there
 * is none, and which method found each rest point. Data only; reports put it into words.
 *
 * <p>Completeness is claimed only by total-degree homotopy continuation ({@link HomotopyContinuation}) and
 * only when every one of its paths ended at a regular finite root or at infinity and no two paths ended at
 * the same root: then every isolated complex root of the rest-point system was reached (for a random γ,
 * with probability one; Sommese and Wampler 2005, Theorem 8.4.1), so every isolated rest point is listed.
 *
 * @param method the method that produced the list
 * @param paths the homotopy paths (the Bézout number of the system: tracked, or asked for when over
 *     {@link #MAX_PATHS}); 0 when no homotopy was run
 * @param regular paths that ended at a regular finite root (real or complex)
 * @param atInfinity paths that ended at infinity
 * @param singular paths that ended at a singular finite point
 * @param failed paths whose tracking failed or whose end could not be classified
 * @param complete whether the list holds every isolated rest point
 * @param incomplete why not, when {@code complete} is false ({@link Incompleteness#NONE} otherwise)
 * @param foundBy the method that found each rest point, in the analysis's rest-point order
 * @param logit the logit correspondence followed from the centre, for the logit dynamic; else null
 */
public record RestPointSearch(
        Method method,
        long paths,
        int regular,
        int atInfinity,
        int singular,
        int failed,
        boolean complete,
        Incompleteness incomplete,
        List<Method> foundBy,
        LogitCorrespondence logit) {

    /** Most homotopy paths (Bézout number) tracked; larger systems fall back to multi-start Newton. */
    public static final long MAX_PATHS = HomotopyContinuation.MAX_PATHS;

    /** A rest-point method. */
    public enum Method {
        /** Face by face (imitative and Nash-stationary dynamics, {@link RestPoints}). */
        FACES("faces"),
        /** Total-degree homotopy continuation on the polynomial rest-point system. */
        TOTAL_DEGREE_HOMOTOPY("total-degree homotopy"),
        /** Damped Newton from a lattice of starts ({@link FieldRestPoints}). */
        MULTI_START_NEWTON("multi-start Newton"),
        /** Pseudo-arclength continuation of the logit equilibria in λ = 1/η from the centre. */
        LOGIT_CONTINUATION("continuation from the centre");

        private final String label;

        Method(String label) {
            this.label = label;
        }

        /** {@return the words used in JSON} */
        public String label() {
            return label;
        }
    }

    /** Why a list of rest points is not claimed complete. */
    public enum Incompleteness {
        /** It is complete. */
        NONE,
        /** The face search makes no completeness claim (continua, nonlinear faces by Newton). */
        NOT_CLAIMED,
        /** The field is not polynomial (e.g. logit): multi-start Newton and continuation only. */
        NOT_POLYNOMIAL,
        /** The Bézout number is over {@link #MAX_PATHS}: multi-start Newton only. */
        OVER_PATH_LIMIT,
        /** Some paths ended at singular points (multiple roots or continua of roots). */
        SINGULAR_ENDPOINTS,
        /** Some paths failed to be tracked or their ends could not be classified. */
        FAILED_PATHS,
        /** Two paths ended at the same regular root (path jumping). */
        SAME_ENDPOINTS
    }

    /**
     * Copies the list.
     *
     * @param method the method that produced the list
     * @param paths the homotopy paths
     * @param regular paths that ended at a regular finite root
     * @param atInfinity paths that ended at infinity
     * @param singular paths that ended at a singular finite point
     * @param failed paths that failed
     * @param complete whether the list holds every isolated rest point
     * @param incomplete why not
     * @param foundBy the method that found each rest point
     * @param logit the logit correspondence, or null
     */
    public RestPointSearch {
        foundBy = List.copyOf(foundBy);
        if (complete != (incomplete == Incompleteness.NONE)) {
            throw new IllegalArgumentException("complete iff no reason for incompleteness");
        }
    }

    /**
     * The face search of imitative and Nash-stationary dynamics (no completeness claim here).
     *
     * @param points the number of rest points
     * @return the search record
     */
    static RestPointSearch faces(int points) {
        return new RestPointSearch(
                Method.FACES,
                0,
                0,
                0,
                0,
                0,
                false,
                Incompleteness.NOT_CLAIMED,
                java.util.Collections.nCopies(points, Method.FACES),
                null);
    }

    /**
     * This search with the per-point methods replaced (after the analysis has ordered and filtered them).
     *
     * @param methods one method per rest point, in the analysis's order
     * @return the search record
     */
    RestPointSearch withFoundBy(List<Method> methods) {
        return new RestPointSearch(
                method, paths, regular, atInfinity, singular, failed, complete, incomplete, methods, logit);
    }
}
