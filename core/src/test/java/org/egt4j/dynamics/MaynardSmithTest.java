package org.egt4j.dynamics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.egt4j.ModelException;
import org.egt4j.game.BoundGame;
import org.egt4j.game.Game;
import org.egt4j.game.GameBuilder;
import org.egt4j.stability.RestPoint;
import org.egt4j.stability.StabilityAnalysis;
import org.egt4j.testing.RandomGames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Maynard Smith's dynamics against the replicator it rescales (Hofbauer and Sigmund 1998, §7.1). */
class MaynardSmithTest {

    static LongStream seeds() {
        return RandomGames.seeds(200);
    }

    /** A one-population matrix game (seed even) or a two-population bimatrix game with payoffs in [1, 5]. */
    static Game positive(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        GameBuilder b = Game.builder("positive " + seed);
        if (seed % 2 == 0) {
            int n = 2 + r.nextInt(3);
            String[] s = new String[n];
            String[][] a = new String[n][n];
            for (int i = 0; i < n; i++) {
                s[i] = "s" + i;
                for (int j = 0; j < n; j++) {
                    a[i][j] = Integer.toString(1 + r.nextInt(5));
                }
            }
            return b.population("p", s).matrix(a).build();
        }
        b.population("row", "a", "b").population("column", "c", "d");
        for (String x : new String[] {"a", "b"}) {
            String f1 = (1 + r.nextInt(5)) + "*column.c + " + (1 + r.nextInt(5)) + "*(1 - column.c)";
            b.fitness("row", x, f1);
        }
        for (String y : new String[] {"c", "d"}) {
            b.fitness("column", y, (1 + r.nextInt(5)) + "*row.a + " + (1 + r.nextInt(5)) + "*(1 - row.a)");
        }
        return b.build();
    }

    /**
     * At a rest point R = 0, so DV = diag(1/φ_k)·DR: the eigenvalues of one population are the
     * replicator's divided by the mean payoff; the rest points are the replicator's.
     */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void atRestPointsTheJacobianIsTheReplicatorsDividedByTheMeanPayoff(long seed) {
        Game g = positive(seed);
        BoundGame b = g.bind();
        StabilityAnalysis rep = StabilityAnalysis.of(b);
        StabilityAnalysis ms = StabilityAnalysis.of(b, MaynardSmith.INSTANCE);
        assertEquals(rep.restPoints().size(), ms.restPoints().size(), "seed " + seed);
        VectorField field = MaynardSmith.INSTANCE.field(b);
        Replicator replicator = Replicator.of(b);
        PayoffField payoffs = PayoffField.of(b);
        int n = g.dimension();
        for (int p = 0; p < rep.restPoints().size(); p++) {
            RestPoint point = rep.restPoints().get(p);
            double[] x = point.coordinates();
            assertEquals(x.length, ms.restPoints().get(p).coordinates().length);
            double[] jr = new double[n * n];
            double[] jm = new double[n * n];
            replicator.jacobian(x, jr);
            field.jacobian(x, jm);
            double[] f = new double[payoffs.size()];
            payoffs.payoffs(x, f);
            // the identity is exact where R = 0; a Newton root leaves |R| at round-off level, which
            // enters through the term R∇φᵀ/φ² (payoffs ≤ 5, so |∇φ| ≤ 20 and φ ≥ 1)
            double[] residual = new double[n];
            replicator.derivative(x, residual);
            double worst = 0;
            for (double v : residual) {
                worst = Math.max(worst, Math.abs(v));
            }
            double tolerance = 1e-12 + 20 * n * worst;
            for (int k = 0; k < g.populations().size(); k++) {
                double phi = 0;
                for (int i = 0; i < point.shares()[k].length; i++) {
                    phi += point.shares()[k][i] * f[payoffs.start(k) + i];
                }
                for (int c = g.offset(k); c < g.offset(k + 1); c++) {
                    for (int j = 0; j < n; j++) {
                        assertEquals(jr[c * n + j] / phi, jm[c * n + j], tolerance, "seed " + seed);
                    }
                }
                if (g.populations().size() == 1) {
                    for (int e = 0; e < point.eigenvalues().size(); e++) {
                        assertEquals(
                                point.eigenvalues().get(e).re() / phi,
                                ms.restPoints().get(p).eigenvalues().get(e).re(),
                                1e-7 + tolerance, // a double eigenvalue is computed to about √ε
                                "seed " + seed);
                    }
                    assertEquals(point.stability(), ms.restPoints().get(p).stability(), "seed " + seed);
                }
            }
        }
    }

    /** Away from rest points: V = R/φ, and the exact Jacobian equals central differences. */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theFieldIsTheReplicatorOverTheMeanPayoffWithAnExactJacobian(long seed) {
        Game g = positive(seed);
        BoundGame b = g.bind();
        VectorField field = MaynardSmith.INSTANCE.field(b);
        Replicator replicator = Replicator.of(b);
        PayoffField payoffs = PayoffField.of(b);
        int n = g.dimension();
        SplittableRandom r = new SplittableRandom(seed);
        double[] x = new double[n];
        for (int k = 0; k < g.populations().size(); k++) {
            double left = 1;
            for (int c = g.offset(k); c < g.offset(k + 1); c++) {
                x[c] = left * r.nextDouble() * 0.9;
                left -= x[c];
            }
        }
        double[] v = new double[n];
        double[] jac = new double[n * n];
        field.derivativeAndJacobian(x, v, jac);
        double[] rv = new double[n];
        replicator.derivative(x, rv);
        double[] f = new double[payoffs.size()];
        payoffs.payoffs(x, f);
        for (int k = 0; k < g.populations().size(); k++) {
            double phi = 0;
            double last = 1;
            int size = g.populations().get(k).size();
            for (int i = 0; i < size - 1; i++) {
                phi += x[g.offset(k) + i] * f[payoffs.start(k) + i];
                last -= x[g.offset(k) + i];
            }
            phi += last * f[payoffs.start(k) + size - 1];
            for (int c = g.offset(k); c < g.offset(k + 1); c++) {
                assertEquals(rv[c] / phi, v[c], 1e-15, "seed " + seed);
            }
        }
        double h = 1e-6;
        double[] plus = new double[n];
        double[] minus = new double[n];
        for (int j = 0; j < n; j++) {
            double[] xp = x.clone();
            double[] xm = x.clone();
            xp[j] += h;
            xm[j] -= h;
            field.derivative(xp, plus);
            field.derivative(xm, minus);
            for (int i = 0; i < n; i++) {
                assertEquals((plus[i] - minus[i]) / (2 * h), jac[i * n + j], 1e-7, "seed " + seed);
            }
        }
        double[] only = new double[n * n];
        field.copy().jacobian(x, only);
        org.junit.jupiter.api.Assertions.assertArrayEquals(jac, only, 0.0);
    }

    @Test
    void refusesPayoffsThatAreNotPositive() {
        Game g = Game.builder("zero")
                .population("p", "a", "b")
                .matrix(new String[][] {{"1", "0"}, {"2", "1"}})
                .build();
        ModelException e = assertThrows(ModelException.class, () -> MaynardSmith.INSTANCE.field(g.bind()));
        assertTrue(e.problem().contains("positive payoffs") && e.problem().contains("p.a earns 0"), e.problem());
        assertEquals(MaynardSmith.INSTANCE, DynamicsCatalogue.of("maynard-smith", java.util.Map.of()));
    }
}
