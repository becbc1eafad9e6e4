package org.egt4j.report;

import java.util.List;
import java.util.Map;

/**
 * A minimal deterministic JSON writer: maps (in their iteration order; use {@link
 * java.util.LinkedHashMap}), lists, arrays of doubles, strings, numbers, booleans and {@code null}.
 * Doubles are written as Java's shortest round-trip decimal ({@link Double#toString}); non-finite
 * values, which JSON cannot hold, as {@code null}. The same value always gives the same bytes.
 */
public final class Json {

    private Json() {}

    /**
     * The JSON text of {@code value}, compact, followed by nothing.
     *
     * @param value a map, list, {@code double[]}, {@code double[][]}, string, number, boolean or {@code null}, nested
     * @return the JSON text
     * @throws IllegalArgumentException for a value of another type
     */
    public static String write(Object value) {
        StringBuilder sb = new StringBuilder();
        write(sb, value);
        return sb.toString();
    }

    private static void write(StringBuilder sb, Object v) {
        if (v == null) {
            sb.append("null");
        } else if (v instanceof String s) {
            string(sb, s);
        } else if (v instanceof Double d) {
            number(sb, d);
        } else if (v instanceof Float f) {
            number(sb, f.doubleValue());
        } else if (v instanceof Number || v instanceof Boolean) {
            sb.append(v);
        } else if (v instanceof double[] a) {
            sb.append('[');
            for (int i = 0; i < a.length; i++) {
                sb.append(i == 0 ? "" : ",");
                number(sb, a[i]);
            }
            sb.append(']');
        } else if (v instanceof double[][] m) {
            sb.append('[');
            for (int i = 0; i < m.length; i++) {
                sb.append(i == 0 ? "" : ",");
                write(sb, m[i]);
            }
            sb.append(']');
        } else if (v instanceof Map<?, ?> map) {
            sb.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                sb.append(first ? "" : ",");
                string(sb, String.valueOf(e.getKey()));
                sb.append(':');
                write(sb, e.getValue());
                first = false;
            }
            sb.append('}');
        } else if (v instanceof List<?> list) {
            sb.append('[');
            for (int i = 0; i < list.size(); i++) {
                sb.append(i == 0 ? "" : ",");
                write(sb, list.get(i));
            }
            sb.append(']');
        } else {
            throw new IllegalArgumentException(
                    "no JSON form for " + v.getClass().getName());
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
