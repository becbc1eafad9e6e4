package org.egt4j.analysis;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.egt4j.dynamics.Dynamics;
import org.egt4j.game.BoundGame;
import org.egt4j.game.Game;
import org.egt4j.parallel.IndexedWork;
import org.egt4j.stability.RestPointRegimes;

/**
 * The stability map's cells under a dynamic without vertex regimes (logit, replicator–mutator) as
 * indexed items: cell k = j·r + i is {@link RestPointRegimes#cell} at (x[i], y[j]).
 */
final class RegimeMapWork implements IndexedWork<Void, Integer> {

    private final BoundGame bound;
    private final Dynamics dynamics;
    private final List<int[]> vertices;
    private final String xName;
    private final double[] xs;
    private final String yName;
    private final double[] ys;

    RegimeMapWork(
            BoundGame bound,
            Dynamics dynamics,
            List<int[]> vertices,
            String xName,
            double[] xRange,
            String yName,
            double[] yRange,
            int resolution) {
        this.bound = bound;
        this.dynamics = dynamics;
        this.vertices = List.copyOf(vertices);
        this.xName = xName;
        this.xs = StabilityMap.grid(xRange, resolution);
        this.yName = yName;
        this.ys = StabilityMap.grid(yRange, resolution);
    }

    @Override
    public String part() {
        return MapWork.PART;
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
        Game game = bound.game();
        Map<String, Double> point = new HashMap<>(bound.parameterValues());
        point.put(xName, xs[index % xs.length]);
        point.put(yName, ys[index / xs.length]);
        BoundGame cell;
        try {
            cell = game.bind(point);
        } catch (org.egt4j.ModelException undefined) {
            return StabilityMap.NONE; // an atom is undefined here
        }
        try {
            return RestPointRegimes.cell(cell, dynamics, vertices);
        } catch (org.egt4j.ModelException | org.egt4j.NumericalException outside) {
            return StabilityMap.NONE; // e.g. negative payoffs of the replicator–mutator in this cell
        }
    }
}
