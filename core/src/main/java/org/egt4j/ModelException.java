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

    private final String problem;
    private final String hint;
    private final Origin origin;
    private final int offset;
    private final String excerpt;

    /**
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

    /** An error with no known place. */
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

    /** The same error placed at {@code where} (keeps an existing known origin). */
    public ModelException at(Origin where) {
        if (origin.isKnown() || where == null) {
            return this;
        }
        return new ModelException(this, problem, where, excerpt);
    }

    /**
     * The source line(s) with a caret under the offending column, as the loader of a text renders
     * them; empty when unknown.
     */
    public String excerpt() {
        return excerpt;
    }

    /** The same error with a rendered excerpt of the source. */
    public ModelException withExcerpt(String text) {
        return new ModelException(this, problem, origin, text);
    }

    /** The same error with a prefix that says in which element it happened. */
    public ModelException in(String context) {
        return new ModelException(this, context + ": " + problem, origin, excerpt);
    }
}
