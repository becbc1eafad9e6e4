package org.egt4j.dynamics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.egt4j.expr.Symbol;
import org.egt4j.game.BoundGame;
import org.egt4j.game.Game;
import org.egt4j.testing.RandomGames;
import org.egt4j.testing.RandomStates;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The compiled payoff field against the table-driven one and against central differences, on 300
 * seeded random games: F<sub>k,i</sub>(x) is the game's expected payoff, DF its derivative.
 */
class PayoffFieldTest {

    static LongStream seeds() {
        return RandomGames.seeds(300);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void compiledPayoffsEqualTheTablesAndTheirDerivativesEqualFiniteDifferences(long seed) {
        Game g = RandomGames.recipe(seed).build();
        BoundGame b = g.bind();
        PayoffField compiled = PayoffField.of(b);
        PayoffField table = PayoffField.interpreted(b);
        assertTrue(compiled.isCompiled(), "seed " + seed);
        int n = g.dimension();
        int m = compiled.size();
        assertEquals(compiled.start(g.populations().size()), m);
        double[] x = RandomStates.reduced(g, RandomStates.interior(g, new SplittableRandom(seed)));
        double[] f = new double[m];
        double[] ft = new double[m];
        double[] jac = new double[m * n];
        double[] jt = new double[m * n];
        compiled.payoffsAndJacobian(x, f, jac);
        table.copy().payoffsAndJacobian(x, ft, jt);
        double[] only = new double[m];
        compiled.copy().payoffs(x, only);
        double scale = 1;
        for (double v : ft) {
            scale = Math.max(scale, Math.abs(v));
        }
        double h = 1e-6;
        double[] plus = new double[m];
        double[] minus = new double[m];
        for (int r = 0; r < m; r++) {
            assertEquals(ft[r], f[r], 1e-12 * scale, "F_" + r + " compiled vs table, seed " + seed);
            assertEquals(f[r], only[r], 0.0, "payoffs() vs payoffsAndJacobian(), seed " + seed);
            for (int j = 0; j < n; j++) {
                assertEquals(jt[r * n + j], jac[r * n + j], 1e-12 * scale, "DF compiled vs table, seed " + seed);
            }
        }
        int k = 0;
        for (int p = 0; p < g.populations().size(); p++) {
            for (int i = 0; i < g.populations().get(p).size(); i++) {
                double symbolic = g.expectedPayoff(p, i)
                        .evaluate(s -> s.kind() == Symbol.Kind.SHARE ? x[s.index()] : b.valueOf(s));
                assertEquals(symbolic, f[k++], 1e-12 * scale, "symbolic payoff, seed " + seed);
            }
        }
        for (int j = 0; j < n; j++) {
            double[] xp = x.clone();
            double[] xm = x.clone();
            xp[j] += h;
            xm[j] -= h;
            compiled.payoffs(xp, plus);
            compiled.payoffs(xm, minus);
            for (int r = 0; r < m; r++) {
                assertEquals((plus[r] - minus[r]) / (2 * h), jac[r * n + j], 1e-6 * scale, "seed " + seed);
            }
        }
    }
}
