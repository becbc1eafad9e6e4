package org.egt4j;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Iterator;
import java.util.Map;

/**
 * Readable text of result values, for JShell, notebooks, logs and test messages: the {@code
 * toString()} of the result records. A record prints as {@code Name[component=value, ...]} like
 * Java's own record text, but arrays print their numbers (never an identity such as {@code [D@5479e3f}),
 * numbers have 6 significant digits ({@link Numbers#shortDecimal}) and long arrays and lists show their
 * first {@value #SHOWN} items and how many there are, so that printing a trajectory of 10⁵ samples in
 * JShell stays one screen. The text is for people; results are data, and reports and JSON read the
 * components themselves.
 */
public final class Show {

    /** How many items of an array or list are printed before the count of the rest. */
    public static final int SHOWN = 8;

    private Show() {}

    /**
     * A record's readable text, {@code Name[component=value, ...]} with every component printed by
     * {@link #value}; the name is the simple name with its enclosing types ({@code BasinEstimate.Attractor}).
     *
     * @param record the record
     * @return the text
     */
    public static String record(Record record) {
        StringBuilder sb = new StringBuilder(name(record.getClass())).append('[');
        RecordComponent[] components = record.getClass().getRecordComponents();
        for (int i = 0; i < components.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(components[i].getName()).append('=');
            sb.append(value(component(record, components[i])));
        }
        return sb.append(']').toString();
    }

    /**
     * A value's readable text: numbers short, arrays (of any rank) and collections as {@code [a, b, …
     * (N items)]}, maps as {@code {key=value, ...}}, anything else by its own {@code toString()}.
     *
     * @param value the value, possibly null
     * @return the text
     */
    public static String value(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Double d) {
            return Numbers.shortDecimal(d, 6);
        }
        if (value instanceof Float f) {
            return Numbers.shortDecimal(f, 6);
        }
        if (value instanceof double[] a) {
            StringBuilder sb = new StringBuilder("[");
            for (int i = 0; i < Math.min(a.length, SHOWN); i++) {
                sb.append(i == 0 ? "" : ", ").append(Numbers.shortDecimal(a[i], 6));
            }
            return rest(sb, a.length, "values");
        }
        if (value instanceof int[] a) {
            StringBuilder sb = new StringBuilder("[");
            for (int i = 0; i < Math.min(a.length, SHOWN); i++) {
                sb.append(i == 0 ? "" : ", ").append(a[i]);
            }
            return rest(sb, a.length, "values");
        }
        if (value instanceof long[] a) {
            StringBuilder sb = new StringBuilder("[");
            for (int i = 0; i < Math.min(a.length, SHOWN); i++) {
                sb.append(i == 0 ? "" : ", ").append(a[i]);
            }
            return rest(sb, a.length, "values");
        }
        if (value instanceof boolean[] a) {
            StringBuilder sb = new StringBuilder("[");
            for (int i = 0; i < Math.min(a.length, SHOWN); i++) {
                sb.append(i == 0 ? "" : ", ").append(a[i]);
            }
            return rest(sb, a.length, "values");
        }
        if (value instanceof Object[] a) {
            StringBuilder sb = new StringBuilder("[");
            for (int i = 0; i < Math.min(a.length, SHOWN); i++) {
                sb.append(i == 0 ? "" : ", ").append(value(a[i]));
            }
            return rest(sb, a.length, "items");
        }
        if (value instanceof Collection<?> c) {
            StringBuilder sb = new StringBuilder("[");
            Iterator<?> it = c.iterator();
            for (int i = 0; i < SHOWN && it.hasNext(); i++) {
                sb.append(i == 0 ? "" : ", ").append(value(it.next()));
            }
            return rest(sb, c.size(), "items");
        }
        if (value instanceof Map<?, ?> m) {
            StringBuilder sb = new StringBuilder("{");
            int i = 0;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                sb.append(i++ == 0 ? "" : ", ")
                        .append(value(e.getKey()))
                        .append('=')
                        .append(value(e.getValue()));
            }
            return sb.append('}').toString();
        }
        if (value.getClass().isArray()) { // short[], byte[], char[]: none in results, but never an identity
            return value.getClass().getComponentType().getSimpleName() + "[" + java.lang.reflect.Array.getLength(value)
                    + "]";
        }
        return value.toString();
    }

    private static String rest(StringBuilder sb, int length, String what) {
        if (length > SHOWN) {
            sb.append(", … (").append(length).append(' ').append(what).append(')');
        }
        return sb.append(']').toString();
    }

    private static String name(Class<?> type) {
        Class<?> outer = type.getEnclosingClass();
        return outer == null ? type.getSimpleName() : name(outer) + "." + type.getSimpleName();
    }

    private static Object component(Record record, RecordComponent component) {
        try {
            java.lang.reflect.Method accessor = component.getAccessor();
            if (!accessor.canAccess(record)) {
                // a public record nested in a package-private type: its accessor is public, the type is not
                accessor.setAccessible(true);
            }
            return accessor.invoke(record);
        } catch (IllegalAccessException | InvocationTargetException | RuntimeException e) {
            return "<" + component.getName() + " unavailable: " + e + ">";
        }
    }
}
