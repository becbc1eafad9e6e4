package org.egt4j.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A JSON document as data: every JSON output of egt4j is built as a tree of these values and written
 * by {@link Json#write(JsonValue)}, never spliced together as text. Objects keep their members in the
 * order they were added, so the same tree always gives the same bytes.
 */
public sealed interface JsonValue
        permits JsonValue.JsonObject,
                JsonValue.JsonArray,
                JsonValue.JsonString,
                JsonValue.JsonNumber,
                JsonValue.JsonInteger,
                JsonValue.JsonBoolean,
                JsonValue.JsonNull {

    /**
     * One member of an object.
     *
     * @param name the member's name
     * @param value its value
     */
    record Member(String name, JsonValue value) {}

    /**
     * An object, its members in order. Names are not checked for uniqueness: the builders that make
     * objects here add each name once.
     *
     * @param members the members in writing order
     */
    record JsonObject(List<Member> members) implements JsonValue {

        /**
         * Copies the members.
         *
         * @param members the members in writing order
         */
        public JsonObject {
            members = List.copyOf(members);
        }

        /**
         * The object with these members followed by {@code more}'s: e.g. the report's JSON extends the
         * analysis' with the data of the further analyses.
         *
         * @param more the object whose members to append
         * @return a new object
         */
        public JsonObject with(JsonObject more) {
            List<Member> all = new ArrayList<>(members);
            all.addAll(more.members());
            return new JsonObject(all);
        }

        /** {@return a builder of an empty object} */
        public static Builder builder() {
            return new Builder();
        }

        /** Adds members in order. */
        public static final class Builder {
            private final List<Member> members = new ArrayList<>();

            private Builder() {}

            /**
             * Adds a member.
             *
             * @param name the member's name
             * @param value its value
             * @return this builder
             */
            public Builder put(String name, JsonValue value) {
                members.add(new Member(name, value));
                return this;
            }

            /**
             * Adds a string member, {@code null} when the string is null.
             *
             * @param name the member's name
             * @param value the string, or null
             * @return this builder
             */
            public Builder put(String name, String value) {
                return put(name, string(value));
            }

            /**
             * Adds a number member (written as {@code null} when not finite).
             *
             * @param name the member's name
             * @param value the number
             * @return this builder
             */
            public Builder put(String name, double value) {
                return put(name, new JsonNumber(value));
            }

            /**
             * Adds an integer member.
             *
             * @param name the member's name
             * @param value the integer
             * @return this builder
             */
            public Builder put(String name, long value) {
                return put(name, new JsonInteger(value));
            }

            /**
             * Adds a boolean member.
             *
             * @param name the member's name
             * @param value the boolean
             * @return this builder
             */
            public Builder put(String name, boolean value) {
                return put(name, new JsonBoolean(value));
            }

            /** {@return the object with the members added so far} */
            public JsonObject build() {
                return new JsonObject(members);
            }
        }
    }

    /**
     * An array.
     *
     * @param elements the elements in order
     */
    record JsonArray(List<JsonValue> elements) implements JsonValue {

        /**
         * Copies the elements.
         *
         * @param elements the elements in order
         */
        public JsonArray {
            elements = List.copyOf(elements);
        }
    }

    /**
     * A string.
     *
     * @param value the text, not null
     */
    record JsonString(String value) implements JsonValue {

        /**
         * Rejects null (use {@link JsonNull}).
         *
         * @param value the text
         */
        public JsonString {
            if (value == null) {
                throw new NullPointerException("a JSON string is not null; use JsonNull");
            }
        }
    }

    /**
     * A floating-point number, written as Java's shortest round-trip decimal ({@link Double#toString}),
     * −0.0 as 0.0 and a non-finite value, which JSON cannot hold, as {@code null}.
     *
     * @param value the number
     */
    record JsonNumber(double value) implements JsonValue {}

    /**
     * An integer, written without a decimal point.
     *
     * @param value the integer
     */
    record JsonInteger(long value) implements JsonValue {}

    /**
     * {@code true} or {@code false}.
     *
     * @param value the boolean
     */
    record JsonBoolean(boolean value) implements JsonValue {}

    /** {@code null}. */
    enum JsonNull implements JsonValue {
        /** The one null. */
        NULL
    }

    /**
     * A string, or {@code null} for a null string.
     *
     * @param s the text, or null
     * @return the value
     */
    static JsonValue string(String s) {
        return s == null ? JsonNull.NULL : new JsonString(s);
    }

    /**
     * An array of strings.
     *
     * @param strings the strings (a null element is written as {@code null})
     * @return the array
     */
    static JsonArray strings(List<String> strings) {
        List<JsonValue> e = new ArrayList<>();
        strings.forEach(s -> e.add(string(s)));
        return new JsonArray(e);
    }

    /**
     * An array of numbers.
     *
     * @param values the numbers
     * @return the array
     */
    static JsonArray numbers(double[] values) {
        List<JsonValue> e = new ArrayList<>();
        for (double v : values) {
            e.add(new JsonNumber(v));
        }
        return new JsonArray(e);
    }

    /**
     * An array of arrays of numbers, row by row.
     *
     * @param rows the rows
     * @return the array
     */
    static JsonArray numbers(double[][] rows) {
        List<JsonValue> e = new ArrayList<>();
        for (double[] r : rows) {
            e.add(numbers(r));
        }
        return new JsonArray(e);
    }

    /**
     * An array of arrays of numbers, row by row.
     *
     * @param rows the rows
     * @return the array
     */
    static JsonArray numbers(List<double[]> rows) {
        List<JsonValue> e = new ArrayList<>();
        for (double[] r : rows) {
            e.add(numbers(r));
        }
        return new JsonArray(e);
    }

    /**
     * An array of these values.
     *
     * @param values the elements in order
     * @return the array
     */
    static JsonArray array(List<? extends JsonValue> values) {
        return new JsonArray(new ArrayList<>(values));
    }

    /**
     * An object of numbers, in the map's iteration order.
     *
     * @param values names to numbers, e.g. parameter values
     * @return the object
     */
    static JsonObject numbers(Map<String, Double> values) {
        JsonObject.Builder b = JsonObject.builder();
        values.forEach((k, v) -> b.put(k, v == null ? JsonNull.NULL : new JsonNumber(v)));
        return b.build();
    }

    /**
     * The JSON token of a verdict: its constant's name in lower case, e.g. {@code SOMEWHERE} →
     * "somewhere". Tokens are part of the JSON contract, not words of a language.
     *
     * @param verdict an enum constant
     * @return the token
     */
    static JsonString token(Enum<?> verdict) {
        return new JsonString(verdict.name().toLowerCase(java.util.Locale.ROOT));
    }
}
