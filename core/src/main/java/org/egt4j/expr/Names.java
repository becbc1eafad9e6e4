package org.egt4j.expr;

import java.util.Collection;
import java.util.TreeSet;

/** Helpers for names in messages: "did you mean" suggestions by edit distance, and short lists. */
public final class Names {

    private Names() {}

    /**
     * The known name closest to {@code name} by Levenshtein distance (case-insensitive first), if it is
     * close enough to be a plausible typo (distance ≤ max(1, length/3)); otherwise {@code null}.
     *
     * @param name the unknown name as written
     * @param known the names in scope
     * @return the suggestion, or {@code null}
     */
    public static String suggest(String name, Collection<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String k : new TreeSet<>(known)) {
            int d = k.equalsIgnoreCase(name) ? 0 : distance(name, k);
            if (d < bestDistance) {
                best = k;
                bestDistance = d;
            }
        }
        return best != null && bestDistance <= Math.max(1, name.length() / 3) ? best : null;
    }

    /**
     * The names sorted, comma-separated, at most 20 of them.
     *
     * @param names the names
     * @return e.g. {@code "C, F, S"}; {@code "(none)"} for none; {@code ", ... (n more)"} after the twentieth
     */
    public static String list(Collection<String> names) {
        TreeSet<String> sorted = new TreeSet<>(names);
        if (sorted.isEmpty()) {
            return "(none)";
        }
        StringBuilder sb = new StringBuilder();
        int n = 0;
        for (String s : sorted) {
            if (n == 20) {
                sb.append(", ... (").append(sorted.size() - 20).append(" more)");
                break;
            }
            sb.append(n++ == 0 ? "" : ", ").append(s);
        }
        return sb.toString();
    }

    /**
     * Optimal-string-alignment distance: insertions, deletions, substitutions and transpositions of
     * adjacent characters each cost 1 (so {@code rwo} is one step from {@code row}).
     */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(d[i - 1][j - 1] + cost, Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1));
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, d[i - 2][j - 2] + 1);
                }
                d[i][j] = v;
            }
        }
        return d[a.length()][b.length()];
    }
}
