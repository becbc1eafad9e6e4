package org.egt4j.report;

/**
 * The one JSON writer: compact text of a {@link JsonValue} tree. Doubles are written as Java's shortest
 * round-trip decimal ({@link Double#toString}), −0.0 as 0.0 and non-finite values, which JSON cannot
 * hold, as {@code null}; strings escape the quote, the backslash and control characters. The same tree
 * always gives the same bytes.
 */
public final class Json {

    private Json() {}

    /**
     * The JSON text of {@code value}, compact, followed by nothing.
     *
     * @param value the document
     * @return the JSON text
     */
    public static String write(JsonValue value) {
        StringBuilder sb = new StringBuilder();
        write(sb, value);
        return sb.toString();
    }

    private static void write(StringBuilder sb, JsonValue v) {
        if (v instanceof JsonValue.JsonObject o) {
            sb.append('{');
            boolean first = true;
            for (JsonValue.Member m : o.members()) {
                sb.append(first ? "" : ",");
                string(sb, m.name());
                sb.append(':');
                write(sb, m.value());
                first = false;
            }
            sb.append('}');
        } else if (v instanceof JsonValue.JsonArray a) {
            sb.append('[');
            for (int i = 0; i < a.elements().size(); i++) {
                sb.append(i == 0 ? "" : ",");
                write(sb, a.elements().get(i));
            }
            sb.append(']');
        } else if (v instanceof JsonValue.JsonString s) {
            string(sb, s.value());
        } else if (v instanceof JsonValue.JsonNumber n) {
            number(sb, n.value());
        } else if (v instanceof JsonValue.JsonInteger i) {
            sb.append(i.value());
        } else if (v instanceof JsonValue.JsonBoolean b) {
            sb.append(b.value());
        } else {
            sb.append("null");
        }
    }

    private static void number(StringBuilder sb, double d) {
        if (Double.isFinite(d)) {
            sb.append(d == 0 ? 0.0 : d); // -0.0 is written as 0.0
        } else {
            sb.append("null");
        }
    }

    private static void string(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }
}
