package org.egt4j.report;

import java.util.List;

/**
 * Deterministic CSV (RFC 4180): comma-separated, a header row, fields quoted when they contain a
 * comma, quote or line break, numbers as Java's shortest round-trip decimal, lines ending in
 * {@code \n}.
 */
public final class Csv {

    private Csv() {}

    /**
     * One CSV line from cells (strings or numbers), with the line break.
     *
     * @param cells strings and numbers; a non-finite number gives an empty cell
     * @return the cells joined by commas, ending in {@code \n}
     */
    public static String line(List<?> cells) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            Object c = cells.get(i);
            String s = c instanceof Double d
                    ? (Double.isFinite(d) ? Double.toString(d == 0 ? 0.0 : d) : "")
                    : String.valueOf(c);
            if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
                s = "\"" + s.replace("\"", "\"\"") + "\"";
            }
            sb.append(s);
        }
        return sb.append('\n').toString();
    }
}
