package org.egt4j.analysis;

import java.util.List;
import java.util.Map;
import org.egt4j.game.Game;
import org.egt4j.parallel.IndexedWork;
import org.egt4j.stability.VertexTable;

/** The stability map's cells as indexed items: cell k = j·r + i is the class at (x[i], y[j]). */
final class MapWork implements IndexedWork<Void, Integer> {

    /** The part's name within an analysis. */
    static final String PART = "map";

    private final Game game;
    private final Map<String, Double> base;
    private final List<VertexTable.Vertex> vertices;
    private final String xName;
    private final double[] xs;
    private final String yName;
    private final double[] ys;

    MapWork(
            Game game,
            Map<String, Double> base,
            VertexTable table,
            String xName,
            double[] xRange,
            String yName,
            double[] yRange,
            int resolution) {
        this.game = game;
        this.base = java.util.Collections.unmodifiableMap(new java.util.HashMap<>(base));
        this.vertices = table.vertices();
        this.xName = xName;
        this.xs = StabilityMap.grid(xRange, resolution);
        this.yName = yName;
        this.ys = StabilityMap.grid(yRange, resolution);
    }

    @Override
    public String part() {
        return PART;
    }

    @Override
    public int size() {
        return xs.length * ys.length;
    }

    @Override
    public Void newState() {
        return null;
    }

    @Override
    public Integer compute(Void none, int index) {
        return StabilityMap.cell(game, base, vertices, xName, xs[index % xs.length], yName, ys[index / xs.length]);
    }
}
