package org.egt4j.game;

import java.util.Objects;
import org.egt4j.Origin;

/**
 * A piece of user-written text (a name or an expression) and where it was written, so that errors can
 * point at it.
 *
 * @param value the text
 * @param origin where its first character stands
 */
public record Text(String value, Origin origin) {

    /**
     * Refuses missing values.
     *
     * @param value the text
     * @param origin where its first character stands ({@link Origin#NONE} when unknown)
     */
    public Text {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(origin, "origin");
    }

    /**
     * Text written in Java code (no known place).
     *
     * @param value the text
     * @return the text at {@link Origin#NONE}
     */
    public static Text of(String value) {
        return new Text(value, Origin.NONE);
    }

    @Override
    public String toString() {
        return value;
    }
}
