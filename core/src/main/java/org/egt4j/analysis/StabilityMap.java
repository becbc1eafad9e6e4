package org.egt4j.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.egt4j.expr.Polynomial;
import org.egt4j.expr.Symbol;
import org.egt4j.game.BoundGame;
import org.egt4j.game.Game;
import org.egt4j.stability.AffineSplit;
import org.egt4j.stability.VertexTable;

/**
 * Which pure profile is the ESS over a grid of two parameters (the others fixed), computed from the
 * exact vertex table: at each grid point the eigenvalue expressions are evaluated and a vertex is an
 * ESS iff all are negative. Each cell holds the index of the unique ESS vertex, {@link #NONE} or
 * {@link #SEVERAL}. Threshold curves are the zero sets of eigenvalues affine in the first parameter,
 * x = −a(y)/b(y) by {@link AffineSplit} (the vertex table's thresholds use the same split), traced along
 * the second.
 *
 * @param xParameter name of the horizontal parameter
 * @param yParameter name of the vertical parameter
 * @param x grid values of the horizontal parameter
 * @param y grid values of the vertical parameter
 * @param cells cells[j][i]: the class at (x[i], y[j])
 * @param vertexLabels labels of the vertices, by index
 * @param curves threshold curves
 */
public record StabilityMap(
        String xParameter,
        String yParameter,
        double[] x,
        double[] y,
        int[][] cells,
        List<String> vertexLabels,
        List<Curve> curves) {
    /**
     * Readable text for JShell and logs ({@link org.egt4j.Show#record}): the components with their
     * numbers to 6 significant digits, long arrays shortened to their first items and their count.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return org.egt4j.Show.record(this);
    }

    /** No vertex is an ESS. */
    public static final int NONE = -1;

    /** More than one vertex is an ESS. */
    public static final int SEVERAL = -2;

    /**
     * A threshold curve: eigenvalue {@code eigenvalue} of vertex {@code vertex} is zero along it.
     *
     * @param label e.g. "(adopt, passive): C - R - S"
     * @param x horizontal coordinates (NaN where undefined)
     * @param y vertical coordinates
     */
    public record Curve(String label, double[] x, double[] y) {
        /**
         * Readable text for JShell and logs ({@link org.egt4j.Show#record}): the components with their
         * numbers to 6 significant digits, long arrays shortened to their first items and their count.
         *
         * @return the text
         */
        @Override
        public String toString() {
            return org.egt4j.Show.record(this);
        }
    }

    /**
     * Computes the map.
     *
     * @param bound the game at its base parameter point
     * @param table the vertex table of the game (any parameter point: expressions are exact)
     * @param xName horizontal parameter
     * @param xRange {min, max}
     * @param yName vertical parameter
     * @param yRange {min, max}
     * @param resolution grid points per axis (≥ 2)
     * @return the ESS vertex at every grid point and the threshold curves
     */
    public static StabilityMap of(
            BoundGame bound,
            VertexTable table,
            String xName,
            double[] xRange,
            String yName,
            double[] yRange,
            int resolution) {
        Game game = bound.game();
        double[] xs = grid(xRange, resolution);
        double[] ys = grid(yRange, resolution);
        int[] cells = new int[resolution * resolution];
        Map<String, Double> base = bound.parameterValues();
        for (int k = 0; k < cells.length; k++) {
            cells[k] = cell(game, base, table.vertices(), xName, xs[k % resolution], yName, ys[k / resolution]);
        }
        return assemble(bound, table, xName, xRange, yName, yRange, resolution, cells);
    }

    /**
     * The class of one grid point: the index of the unique ESS vertex, {@link #NONE} or {@link #SEVERAL}.
     * The map's cell k (row-major, x fastest) is this at (x[k mod r], y[k div r]), a pure function of
     * the point, so cells can be computed anywhere in any order.
     */
    static int cell(
            Game game,
            Map<String, Double> base,
            List<VertexTable.Vertex> vertices,
            String xName,
            double x,
            String yName,
            double y) {
        Map<String, Double> point = new HashMap<>(base);
        point.put(xName, x);
        point.put(yName, y);
        BoundGame b;
        try {
            b = game.bind(point);
        } catch (org.egt4j.ModelException undefined) {
            return NONE; // an atom is undefined here (e.g. log of a negative number)
        }
        int found = NONE;
        for (int v = 0; v < vertices.size(); v++) {
            if (ess(b, vertices.get(v))) {
                found = found == NONE ? v : SEVERAL;
            }
        }
        return found;
    }

    /** The map from its cells in row-major order (x fastest), with the threshold curves. */
    static StabilityMap assemble(
            BoundGame bound,
            VertexTable table,
            String xName,
            double[] xRange,
            String yName,
            double[] yRange,
            int resolution,
            int[] flat) {
        double[] xs = grid(xRange, resolution);
        double[] ys = grid(yRange, resolution);
        int[][] cells = new int[resolution][resolution];
        for (int j = 0; j < resolution; j++) {
            System.arraycopy(flat, j * resolution, cells[j], 0, resolution);
        }
        List<VertexTable.Vertex> vertices = table.vertices();
        List<String> labels = new ArrayList<>();
        vertices.forEach(v -> labels.add(v.label()));
        return new StabilityMap(
                xName, yName, xs, ys, cells, List.copyOf(labels), curves(bound, vertices, xName, yName, ys));
    }

    /**
     * Whether a vertex is an ESS at a bound point: all its eigenvalues negative.
     *
     * @param b the game at a parameter point
     * @param v a vertex of the exact table
     * @return whether every eigenvalue expression is negative at b
     */
    public static boolean ess(BoundGame b, VertexTable.Vertex v) {
        for (VertexTable.VertexEigenvalue e : v.eigenvalues()) {
            if (!(b.evaluate(e.expression()) < 0)) {
                return false;
            }
        }
        return true;
    }

    static double[] grid(double[] range, int n) {
        double[] g = new double[n];
        for (int i = 0; i < n; i++) {
            g[i] = range[0] + (range[1] - range[0]) * i / (n - 1);
        }
        g[n - 1] = range[1];
        return g;
    }

    private static List<Curve> curves(
            BoundGame bound, List<VertexTable.Vertex> vertices, String xName, String yName, double[] ys) {
        Game game = bound.game();
        Symbol xs = null;
        for (Symbol s : game.parameterSymbols()) {
            if (s.name().equals(xName)) {
                xs = s;
            }
        }
        List<Curve> curves = new ArrayList<>();
        java.util.Set<Polynomial> seen = new java.util.HashSet<>();
        for (VertexTable.Vertex v : vertices) {
            for (VertexTable.VertexEigenvalue e : v.eigenvalues()) {
                Polynomial lambda = e.expression();
                if (xs == null || !lambda.contains(xs) || !seen.add(lambda)) {
                    continue;
                }
                // the vertex table's split: an atom depending on x (say log x) makes λ non-affine in x
                Optional<AffineSplit> split = AffineSplit.of(lambda, xs, game);
                if (split.isEmpty()) {
                    continue;
                }
                Polynomial a = split.get().constant();
                Polynomial b = split.get().slope();
                double[] cx = new double[ys.length];
                Map<String, Double> point = new HashMap<>(bound.parameterValues());
                for (int j = 0; j < ys.length; j++) {
                    point.put(yName, ys[j]);
                    try {
                        BoundGame bj = game.bind(point);
                        double bv = bj.evaluate(b);
                        cx[j] = bv == 0 ? Double.NaN : -bj.evaluate(a) / bv;
                    } catch (org.egt4j.ModelException undefined) {
                        cx[j] = Double.NaN;
                    }
                }
                curves.add(new Curve(
                        v.label() + ": " + org.egt4j.expr.Printer.TEXT.print(lambda) + " = 0", cx, ys.clone()));
            }
        }
        return List.copyOf(curves);
    }
}
