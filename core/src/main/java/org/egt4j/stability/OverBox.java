package org.egt4j.stability;

import java.util.List;

/**
 * The verdict of a vertex over the box of parameter ranges with its evidence.
 *
 * @param verdict everywhere, nowhere, somewhere or undecided
 * @param parameters the names of the parameters that vary in the box (those with a range of positive
 *     width), the coordinates of the witness points
 * @param essWitness a point of the box where every eigenvalue is negative (values of {@code parameters}),
 *     or null when none was found
 * @param nonEssWitness a point of the box where some eigenvalue is non-negative, or null when none was
 *     found
 */
public record OverBox(BoxVerdict verdict, List<String> parameters, double[] essWitness, double[] nonEssWitness) {

    /**
     * Copies the parameter list.
     *
     * @param verdict everywhere, nowhere, somewhere or undecided
     * @param parameters the names of the varying parameters
     * @param essWitness an ESS point of the box, or null
     * @param nonEssWitness a non-ESS point of the box, or null
     */
    public OverBox {
        parameters = List.copyOf(parameters);
    }
}
