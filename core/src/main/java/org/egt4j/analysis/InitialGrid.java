package org.egt4j.analysis;

import java.util.ArrayList;
import java.util.List;
import org.egt4j.game.Game;

/**
 * The papers' "evolution paths from different initial values": start states built per population
 * from a few levels and combined. A two-strategy population takes its first share from {@code
 * levels} (default 0.2, 0.5, 0.8); a population with n &gt; 2 strategies takes the barycentre and, for
 * each strategy, the point 0.6 on that strategy and the rest shared equally. All combinations are
 * used; when there are more than {@code cap}, an evenly spaced subset (by index) of {@code cap} is
 * kept, so the grid is deterministic.
 */
public final class InitialGrid {

    private static final double[] LEVELS = {0.2, 0.5, 0.8};

    /** {@return the default levels of a two-strategy population, 0.2, 0.5 and 0.8 (a fresh copy)} */
    public static double[] defaultLevels() {
        return LEVELS.clone();
    }

    /** The default cap on the number of start states. */
    public static final int DEFAULT_CAP = 81;

    private InitialGrid() {}

    /**
     * The start states in reduced coordinates.
     *
     * @param game the game, for its populations and strategies
     * @param levels the first-strategy shares tried for each two-strategy population
     * @param cap the most start states kept
     * @return the start states in reduced coordinates, the last population varying fastest
     */
    public static List<double[]> of(Game game, double[] levels, int cap) {
        List<List<double[]>> perPopulation = new ArrayList<>();
        for (var p : game.populations()) {
            List<double[]> options = new ArrayList<>();
            int n = p.size();
            if (n == 2) {
                for (double v : levels) {
                    options.add(new double[] {v});
                }
            } else {
                double[] bary = new double[n - 1];
                java.util.Arrays.fill(bary, 1.0 / n);
                options.add(bary);
                for (int s = 0; s < n; s++) {
                    double[] x = new double[n - 1];
                    for (int i = 0; i < n - 1; i++) {
                        x[i] = i == s ? 0.6 : 0.4 / (n - 1);
                    }
                    options.add(x);
                }
            }
            perPopulation.add(options);
        }
        long total = 1;
        for (List<double[]> o : perPopulation) {
            total *= o.size();
        }
        int count = (int) Math.min(total, cap);
        List<double[]> grid = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            long index = total <= cap ? k : (long) Math.floor((double) k * total / count);
            double[] x = new double[game.dimension()];
            long rest = index;
            for (int pop = perPopulation.size() - 1; pop >= 0; pop--) {
                List<double[]> o = perPopulation.get(pop);
                double[] choice = o.get((int) (rest % o.size()));
                rest /= o.size();
                System.arraycopy(choice, 0, x, game.offset(pop), choice.length);
            }
            grid.add(x);
        }
        return List.copyOf(grid);
    }
}
