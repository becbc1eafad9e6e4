package org.egt4j.analysis;

import java.util.List;
import org.egt4j.dynamics.Dynamics;
import org.egt4j.game.BoundGame;
import org.egt4j.stability.LimitCycle;
import org.egt4j.stability.LimitCycles;

/**
 * The limit cycles of an analysis: the stable periodic orbits that trajectories from the analysis'
 * initial grid ({@link InitialGrid}, the same starts as the time series and phase portraits) converge
 * to, found by {@link LimitCycles#find} (under best response by {@link
 * org.egt4j.stability.BestResponseCycles#find} on exact paths). Deterministic: sequential in start order.
 */
public final class CycleSearch {

    private CycleSearch() {}

    /**
     * The limit cycles reached from the initial grid of these settings.
     *
     * @param bound the game at its parameter point
     * @param dynamics the dynamic whose field is searched
     * @param settings the analysis settings (their start levels and grid cap)
     * @return the cycles, in the order of the first start that reaches each; empty for most games
     */
    public static List<LimitCycle> of(BoundGame bound, Dynamics dynamics, AnalysisSettings settings) {
        List<double[]> starts = InitialGrid.of(bound.game(), settings.levels(), settings.gridCap());
        if (dynamics instanceof org.egt4j.dynamics.BestResponseDynamics) {
            // the inclusion's field jumps: Shapley polygons from the exact paths' return map instead
            return org.egt4j.stability.BestResponseCycles.find(bound, starts);
        }
        return LimitCycles.find(dynamics.field(bound), starts, bound.game().offsets());
    }
}
