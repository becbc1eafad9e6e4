package org.egt4j.dynamics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.egt4j.game.Game;
import org.egt4j.game.GameBuilder;
import org.junit.jupiter.api.Test;

/**
 * Games larger than the property tests draw: the compiled kernel with wide local slots and
 * {@code sipush} indices (14 coordinates, hundreds of registers), and a game too large for one JVM
 * method, which falls back to the table-driven field. Each path is compared with the other and with
 * central finite differences of the derivative (an independent reference for the Jacobian).
 */
class LargeGamesTest {

    /** Seven three-strategy populations with dense quadratic fitness in everyone's shares. */
    static Game sevenPopulations(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        GameBuilder b = Game.builder("seven populations");
        List<String> shares = new ArrayList<>();
        for (int k = 0; k < 7; k++) {
            b.population("p" + k, "a" + k, "b" + k, "c" + k);
            shares.add("p" + k + ".a" + k);
            shares.add("p" + k + ".b" + k);
        }
        for (int k = 0; k < 7; k++) {
            for (String s : List.of("a", "b", "c")) {
                StringBuilder e = new StringBuilder(Integer.toString(r.nextInt(-3, 4)));
                for (int t = 0; t < 12; t++) {
                    e.append(" + ")
                            .append(r.nextInt(1, 9))
                            .append('*')
                            .append(shares.get(r.nextInt(shares.size())))
                            .append('*')
                            .append(shares.get(r.nextInt(shares.size())));
                }
                b.fitness("p" + k, s + k, e.toString());
            }
        }
        return b.build();
    }

    static double[] interior(Game g, SplittableRandom r) {
        double[] x = new double[g.dimension()];
        for (int k = 0; k < g.populations().size(); k++) {
            double u = r.nextDouble();
            double v = r.nextDouble() * (1 - u);
            x[g.offset(k)] = u;
            x[g.offset(k) + 1] = v;
        }
        return x;
    }

    static void assertAgree(Replicator a, Replicator b, double[] x) {
        int n = x.length;
        double[] da = new double[n];
        double[] db = new double[n];
        double[] ja = new double[n * n];
        double[] jb = new double[n * n];
        double[] jc = new double[n * n];
        double[] dc = new double[n];
        a.derivative(x, da);
        b.derivative(x, db);
        a.jacobian(x, ja);
        b.jacobian(x, jb);
        b.derivativeAndJacobian(x, dc, jc);
        double scale = 1;
        for (double v : jb) {
            scale = Math.max(scale, Math.abs(v));
        }
        for (int i = 0; i < n; i++) {
            assertEquals(db[i], da[i], 1e-12 * scale, "derivative " + i);
            assertEquals(db[i], dc[i], 0.0, "derivative alone and with the Jacobian");
        }
        for (int i = 0; i < n * n; i++) {
            assertEquals(jb[i], ja[i], 1e-12 * scale, "Jacobian " + i);
            assertEquals(jb[i], jc[i], 0.0, "Jacobian alone and with the derivative");
        }
        // central differences, h = 1e-6: error O(h²·F''') plus rounding O(ε/h)
        double[] plus = new double[n];
        double[] minus = new double[n];
        for (int j = 0; j < n; j++) {
            double[] xp = x.clone();
            double[] xm = x.clone();
            xp[j] += 1e-6;
            xm[j] -= 1e-6;
            b.derivative(xp, plus);
            b.derivative(xm, minus);
            for (int i = 0; i < n; i++) {
                assertEquals((plus[i] - minus[i]) / 2e-6, jb[i * n + j], 1e-6 * scale, "∂F" + i + "/∂x" + j);
            }
        }
    }

    @Test
    void aFourteenDimensionalGameIsCompiledAndAgreesWithTheTable() {
        for (long seed = 1; seed <= 3; seed++) {
            Game g = sevenPopulations(seed);
            Replicator compiled = Replicator.of(g.bind());
            Replicator table = Replicator.interpreted(g.bind());
            assertTrue(compiled.isCompiled());
            assertFalse(table.isCompiled());
            SplittableRandom r = new SplittableRandom(seed);
            for (int s = 0; s < 5; s++) {
                assertAgree(compiled, table, interior(g, r));
            }
            assertAgree(compiled.copy(), table.copy(), interior(g, r));
        }
    }

    @Test
    void aGameTooLargeForOneMethodFallsBackToTheTable() {
        // a dense 40-strategy matrix game: its Jacobian alone needs far more than the 64 KiB of
        // bytecode a JVM method may hold, so no kernel is generated
        int size = 40;
        SplittableRandom r = new SplittableRandom(5);
        String[][] a = new String[size][size];
        List<String> strategies = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            strategies.add("s" + i);
            for (int j = 0; j < size; j++) {
                a[i][j] = Integer.toString(r.nextInt(-4, 5));
            }
        }
        Game g = Game.builder("large matrix")
                .population("players", strategies, null)
                .matrix(a)
                .build();
        Replicator field = Replicator.of(g.bind());
        assertFalse(field.isCompiled());
        // at the barycentre of a matrix game, F_i = x_i ((A x)_i − xᵀA x)
        double[] x = new double[size - 1];
        java.util.Arrays.fill(x, 1.0 / size);
        double[] dx = new double[size - 1];
        field.derivative(x, dx);
        double mean = 0;
        double[] ax = new double[size];
        for (int i = 0; i < size; i++) {
            for (int j = 0; j < size; j++) {
                ax[i] += Integer.parseInt(a[i][j]) / (double) size;
            }
            mean += ax[i] / size;
        }
        for (int i = 0; i < size - 1; i++) {
            assertEquals((ax[i] - mean) / size, dx[i], 1e-13, "F" + i);
        }
    }
}
