package org.egt4j.dynamics;

import java.util.ArrayList;
import java.util.List;
import org.egt4j.game.BoundGame;
import org.egt4j.game.Game;
import org.egt4j.game.Population;

/**
 * The lowest expected payoff F<sub>k,i</sub> over the pure profiles of a bound game (the first in profile
 * order, the last population's strategy changing fastest), at most {@link #MAX_PROFILES} of them. For
 * payoffs multilinear in the shares (tables, and matrix games for the other populations) the pure
 * profiles are where the extremes over the product of simplices are attained, so dynamics that need
 * positive or non-negative payoffs check their sign here.
 *
 * @param value the lowest payoff
 * @param population its population
 * @param strategy its strategy
 * @param profile the pure profile where it is earned, a strategy per population
 */
record LowestPayoff(double value, int population, int strategy, int[] profile) {

    /** Most pure profiles searched. */
    static final long MAX_PROFILES = 1 << 16;

    static LowestPayoff of(BoundGame bound) {
        Game game = bound.game();
        PayoffField payoffs = PayoffField.of(bound);
        List<Population> pops = game.populations();
        int[] pure = new int[pops.size()];
        double[] x = new double[game.dimension()];
        double[] f = new double[payoffs.size()];
        LowestPayoff lowest = null;
        for (long count = 0; count < MAX_PROFILES; count++) {
            java.util.Arrays.fill(x, 0);
            for (int k = 0; k < pops.size(); k++) {
                if (pure[k] < pops.get(k).size() - 1) {
                    x[game.offset(k) + pure[k]] = 1;
                }
            }
            payoffs.payoffs(x, f);
            for (int k = 0; k < pops.size(); k++) {
                for (int i = 0; i < pops.get(k).size(); i++) {
                    double v = f[payoffs.start(k) + i];
                    if (lowest == null || v < lowest.value() || Double.isNaN(v)) {
                        lowest = new LowestPayoff(v, k, i, pure.clone());
                    }
                }
            }
            int k = pops.size() - 1;
            while (k >= 0 && ++pure[k] == pops.get(k).size()) {
                pure[k--] = 0;
            }
            if (k < 0) {
                break;
            }
        }
        return lowest;
    }

    /** {@return "population.strategy"} */
    String who(Game game) {
        Population p = game.populations().get(population);
        return p.name() + "." + p.strategies().get(strategy);
    }

    /** {@return the profile as "(s1, s2, ...)"} */
    String where(Game game) {
        List<String> s = new ArrayList<>();
        for (int k = 0; k < profile.length; k++) {
            s.add(game.populations().get(k).strategies().get(profile[k]));
        }
        return "(" + String.join(", ", s) + ")";
    }
}
