package org.egt4j.report;

import java.util.List;
import org.egt4j.analysis.BasinEstimate;
import org.egt4j.analysis.BasinMap;

/**
 * A {@link BasinMap} as CSV: one row per attractor of every cell and one for the starts that reached
 * none, cells in the map's order (k = j·r + i, the first axis fastest), with the count, the share and
 * its 95% Wilson interval (the columns of {@code basins.csv}, after the cell's two parameter values).
 * Values only, no sentences: the same bytes whatever machine or executor computed the map.
 */
public final class BasinMapCsv {

    private BasinMapCsv() {}

    /**
     * The map's rows.
     *
     * @param map the basin map
     * @return the CSV text, a header line first
     */
    public static String of(BasinMap map) {
        double[] xs = map.xs();
        double[] ys = map.ys();
        StringBuilder sb = new StringBuilder(
                Csv.line(List.of(map.xName(), map.yName(), "attractor", "count", "share", "lower95", "upper95")));
        for (int k = 0; k < map.cells().size(); k++) {
            double x = xs[k % xs.length];
            double y = ys[k / xs.length];
            BasinEstimate b = map.cells().get(k);
            for (BasinEstimate.Attractor a : b.attractors()) {
                sb.append(Csv.line(List.of(
                        x,
                        y,
                        a.label(),
                        a.count(),
                        a.share(),
                        a.interval().lower(),
                        a.interval().upper())));
            }
            sb.append(Csv.line(List.of(
                    x,
                    y,
                    "none reached",
                    b.unresolved(),
                    (double) b.unresolved() / b.samples(),
                    b.unresolvedInterval().lower(),
                    b.unresolvedInterval().upper())));
        }
        return sb.toString();
    }
}
