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
 * @param exact whether the verdict was decided in exact rational arithmetic (every eigenvalue affine in
 *     the varying parameters: a linear program) rather than by interval enclosures and floating-point
 *     witnesses
 */
public record OverBox(
        BoxVerdict verdict, List<String> parameters, double[] essWitness, double[] nonEssWitness, boolean exact) {

    /**
     * Copies the parameter list.
     *
     * @param verdict everywhere, nowhere, somewhere or undecided
     * @param parameters the names of the varying parameters
     * @param essWitness an ESS point of the box, or null
     * @param nonEssWitness a non-ESS point of the box, or null
     * @param exact whether the verdict is exact
     */
    public OverBox {
        parameters = List.copyOf(parameters);
    }

    /**
     * Readable text: the verdict, how it was decided, and the witness points by parameter name, e.g.
     * {@code OverBox[somewhere (exact) over S, F; ESS at {S=0.5, F=1}; not ESS at {S=0, F=0}]}.
     *
     * @return the text, numbers to 6 significant digits
     */
    @Override
    public String toString() {
        return "OverBox[" + verdict.name().toLowerCase(java.util.Locale.ROOT) + (exact ? " (exact)" : " (enclosures)")
                + " over " + String.join(", ", parameters) + "; ESS at " + point(essWitness) + "; not ESS at "
                + point(nonEssWitness) + "]";
    }

    private String point(double[] p) {
        if (p == null) {
            return "none found";
        }
        StringBuilder sb = new StringBuilder("{");
        for (int i = 0; i < p.length; i++) {
            sb.append(i == 0 ? "" : ", ")
                    .append(i < parameters.size() ? parameters.get(i) : "?")
                    .append('=');
            sb.append(org.egt4j.Numbers.shortDecimal(p[i], 6));
        }
        return sb.append('}').toString();
    }
}
