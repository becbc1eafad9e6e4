package org.egt4j;

/**
 * Where something was written in a user's text: a source name (a file path, or a description such as
 * {@code "builder"}), and the 1-based line and column of its first character. For an expression the
 * column is that of the expression's first character, so an offset into the expression adds to it.
 *
 * @param source file path or other name of the text
 * @param line 1-based line, 0 when unknown
 * @param column 1-based column (in code points), 0 when unknown
 */
public record Origin(String source, int line, int column) {

    /** No known place (values built in Java code). */
    public static final Origin NONE = new Origin("", 0, 0);

    /** {@return whether a line is known} */
    public boolean isKnown() {
        return line > 0;
    }

    @Override
    public String toString() {
        if (!isKnown()) {
            return source;
        }
        return source + ":" + line + ":" + column;
    }
}
