package org.egt4j.game;

/**
 * A named model parameter (subsidy S, penalty F, cost C, spillover α, ...) with its default value and
 * an optional range [min, max] used by sweeps and maps.
 *
 * @param name the name used in expressions
 * @param value the default value
 * @param min lower end of the range, or NaN when no range is given
 * @param max upper end of the range, or NaN when no range is given
 * @param meaning what the parameter stands for, in words (may be empty)
 */
public record Parameter(String name, double value, double min, double max, String meaning) {

    /**
     * Replaces a {@code null} meaning by the empty string.
     *
     * @param name the name used in expressions
     * @param value the default value
     * @param min lower end of the range, or NaN
     * @param max upper end of the range, or NaN
     * @param meaning what the parameter stands for, or {@code null}
     */
    public Parameter {
        meaning = meaning == null ? "" : meaning;
    }

    /**
     * A parameter without a stated meaning.
     *
     * @param name the name used in expressions
     * @param value the default value
     * @param min lower end of the range, or NaN
     * @param max upper end of the range, or NaN
     */
    public Parameter(String name, double value, double min, double max) {
        this(name, value, min, max, "");
    }

    /**
     * A parameter without a range.
     *
     * @param name the name used in expressions
     * @param value the default value
     * @return the parameter, min and max NaN
     */
    public static Parameter of(String name, double value) {
        return new Parameter(name, value, Double.NaN, Double.NaN);
    }

    /** {@return whether a range [min, max] is given} */
    public boolean hasRange() {
        return !Double.isNaN(min) && !Double.isNaN(max);
    }
}
