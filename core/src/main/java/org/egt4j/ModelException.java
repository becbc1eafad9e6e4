package org.egt4j;

/**
 * The one exception type for errors in a user's game: a message saying what is wrong, a hint saying how
 * to fix it, and where it is: an {@link Origin} and, for expressions, the offset of the offending
 * character within the expression text.
 *
 * <p>Command-line front ends print {@link #getMessage()} and {@link #hint()} without a stack trace.
 */
public final class ModelException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** What is wrong. */
    private final String problem;

    /** How to fix it; empty when there is no hint. */
    private final String hint;

    /** Where the offending text begins ({@link Origin#NONE} when unknown). */
    private final Origin origin;

    /** Offset of the offending character within the expression at {@link #origin}, or -1. */
    private final int offset;

    /** The rendered source excerpt with a caret; empty when unknown. */
    private final String excerpt;

    /**
     * An error at a known place.
     *
     * @param problem what is wrong, naming the offending values
     * @param hint how to fix it (may be empty)
     * @param origin where the offending text begins
     * @param offset offset (in chars) within the expression text at {@code origin}, or -1
     */
    public ModelException(String problem, String hint, Origin origin, int offset) {
        super(problem);
        this.problem = problem;
        this.hint = hint == null ? "" : hint;
        this.origin = origin == null ? Origin.NONE : origin;
        this.offset = offset;
        this.excerpt = "";
    }

    private ModelException(ModelException e, String problem, Origin origin, String excerpt) {
        super(problem);
        this.problem = problem;
        this.hint = e.hint;
        this.origin = origin;
        this.offset = e.offset;
        this.excerpt = excerpt;
    }

    /**
     * An error with no known place.
     *
     * @param problem what is wrong, naming the offending values
     * @param hint how to fix it (may be empty)
     */
    public ModelException(String problem, String hint) {
        this(problem, hint, Origin.NONE, -1);
    }

    /** {@return what is wrong} */
    public String problem() {
        return problem;
    }

    /** {@return how to fix it; empty when there is nothing useful to add} */
    public String hint() {
        return hint;
    }

    /** {@return where the offending text begins} */
    public Origin origin() {
        return origin;
    }

    /** {@return offset within an expression text, or -1} */
    public int offset() {
        return offset;
    }

    /**
     * The same error placed at {@code where} (keeps an existing known origin).
     *
     * @param where the place to report when this error has none
     * @return this error if its place is known, else a copy placed at {@code where}
     */
    public ModelException at(Origin where) {
        if (origin.isKnown() || where == null) {
            return this;
        }
        return new ModelException(this, problem, where, excerpt);
    }

    /**
     * The source line(s) with a caret under the offending column, as the loader of a text renders
     * them; empty when unknown.
     *
     * @return the excerpt, or an empty string
     */
    public String excerpt() {
        return excerpt;
    }

    /**
     * The same error with a rendered excerpt of the source.
     *
     * @param text the excerpt as rendered by the loader
     * @return a copy carrying the excerpt
     */
    public ModelException withExcerpt(String text) {
        return new ModelException(this, problem, origin, text);
    }

    /**
     * The same error with a prefix that says in which element it happened.
     *
     * @param context the element, e.g. {@code "payoff of firm at (invest, support)"}
     * @return a copy whose problem reads {@code context: problem}
     */
    public ModelException in(String context) {
        return new ModelException(this, context + ": " + problem, origin, excerpt);
    }
}
