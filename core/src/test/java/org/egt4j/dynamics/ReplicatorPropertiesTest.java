package org.egt4j.dynamics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.egt4j.expr.Monomial;
import org.egt4j.expr.Polynomial;
import org.egt4j.game.BoundGame;
import org.egt4j.game.Game;
import org.egt4j.game.PayoffForm;
import org.egt4j.testing.RandomGames;
import org.egt4j.testing.RandomStates;
import org.hipparchus.analysis.differentiation.Gradient;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of the replicator field over 1,000 seeded random games each (matrix, table and fitness
 * forms, with parameters, atoms and state-dependent payoffs), always at an interior point, a vertex
 * and an edge point.
 */
class ReplicatorPropertiesTest {

    static LongStream seeds() {
        return RandomGames.seeds(1000);
    }

    private static List<double[][]> states(Game g, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        return List.of(
                RandomStates.interior(g, r),
                RandomStates.vertex(g, r),
                RandomStates.edge(g, r),
                RandomStates.interior(g, r));
    }

    /** The expanded symbolic right-hand side evaluated with Hipparchus forward-mode AD. */
    private static Gradient[] automatic(BoundGame b, double[] x) {
        Game g = b.game();
        int n = g.dimension();
        Gradient[] vars = new Gradient[n];
        for (int i = 0; i < n; i++) {
            vars[i] = Gradient.variable(n, i, x[i]);
        }
        Gradient[] out = new Gradient[n];
        for (int c = 0; c < n; c++) {
            Gradient sum = Gradient.constant(n, 0);
            for (Map.Entry<Monomial, Polynomial> e : ReplicatorDynamics.replicatorEquations(g)
                    .get(c)
                    .expanded()
                    .byShares()
                    .entrySet()) {
                Gradient t = Gradient.constant(n, b.evaluate(e.getValue()));
                Monomial m = e.getKey();
                for (int i = 0; i < m.size(); i++) {
                    t = t.multiply(vars[m.symbol(i).index()].pow(m.exponent(i)));
                }
                sum = sum.add(t);
            }
            out[c] = sum;
        }
        return out;
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void exactJacobianEqualsFiniteDifferencesAndAutomaticDifferentiation(long seed) {
        Game g = RandomGames.recipe(seed).build();
        BoundGame b = g.bind();
        Replicator field = Replicator.of(b);
        int n = g.dimension();
        double[] jac = new double[n * n];
        double[] dx = new double[n];
        double[] plus = new double[n];
        double[] minus = new double[n];
        for (double[][] s : states(g, seed)) {
            double[] x = RandomStates.reduced(g, s);
            field.derivative(x, dx);
            field.jacobian(x, jac);
            double[] dx2 = new double[n];
            double[] jac2 = new double[n * n];
            field.derivativeAndJacobian(x, dx2, jac2);
            org.junit.jupiter.api.Assertions.assertArrayEquals(dx, dx2, 0.0, "combined derivative, seed " + seed);
            org.junit.jupiter.api.Assertions.assertArrayEquals(jac, jac2, 0.0, "combined Jacobian, seed " + seed);
            Gradient[] ad = automatic(b, x);
            double scale = 1;
            for (double v : jac) {
                scale = Math.max(scale, Math.abs(v));
            }
            for (int i = 0; i < n; i++) {
                assertEquals(
                        ad[i].getValue(), dx[i], 1e-12 * scale, "derivative vs expanded symbolic form, seed " + seed);
                double[] grad = ad[i].getGradient();
                for (int j = 0; j < n; j++) {
                    assertEquals(
                            grad[j],
                            jac[i * n + j],
                            1e-12 * scale,
                            "exact vs AD at (" + i + "," + j + "), seed " + seed);
                }
            }
            double h = 1e-6;
            for (int j = 0; j < n; j++) {
                double[] xp = x.clone();
                double[] xm = x.clone();
                xp[j] += h;
                xm[j] -= h;
                field.derivative(xp, plus);
                field.derivative(xm, minus);
                for (int i = 0; i < n; i++) {
                    double fd = (plus[i] - minus[i]) / (2 * h);
                    assertEquals(
                            fd,
                            jac[i * n + j],
                            1e-6 * scale,
                            "exact vs central differences at (" + i + "," + j + "), seed " + seed);
                }
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void everyVertexIsARestPoint(long seed) {
        Game g = RandomGames.recipe(seed).build();
        Replicator field = Replicator.of(g.bind());
        double[] dx = new double[g.dimension()];
        for (double[][] v : RandomStates.allVertices(g)) {
            field.derivative(RandomStates.reduced(g, v), dx);
            for (double d : dx) {
                assertEquals(0.0, d, 0.0, "seed " + seed);
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void fieldIsTangentToTheSimplexAndMatchesReducedCoordinates(long seed) {
        Game g = RandomGames.recipe(seed).build();
        Replicator field = Replicator.of(g.bind());
        double[] full = new double[field.fullDimension()];
        double[] dx = new double[g.dimension()];
        for (double[][] s : states(g, seed)) {
            field.fullDerivative(RandomStates.full(g, s), full);
            field.derivative(RandomStates.reduced(g, s), dx);
            int at = 0;
            for (int k = 0; k < s.length; k++) {
                double sum = 0;
                double scale = 1e-300;
                for (int i = 0; i < s[k].length; i++) {
                    sum += full[at + i];
                    scale = Math.max(scale, Math.abs(full[at + i]));
                    if (i < s[k].length - 1) {
                        assertEquals(dx[g.offset(k) + i], full[at + i], 1e-13 * Math.max(1, scale), "seed " + seed);
                    }
                }
                assertEquals(0.0, sum, 1e-13 * Math.max(1, scale), "population " + k + ", seed " + seed);
                at += s[k].length;
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void strategyPermutationPermutesTheField(long seed) {
        RandomGames.Recipe recipe = RandomGames.recipe(seed);
        Game g = recipe.build();
        SplittableRandom r = new SplittableRandom(~seed);
        int[][] order = new int[g.populations().size()][];
        for (int k = 0; k < order.length; k++) {
            int n = g.populations().get(k).size();
            order[k] = new int[n];
            for (int i = 0; i < n; i++) {
                order[k][i] = i;
            }
            for (int i = n - 1; i > 0; i--) {
                int j = r.nextInt(i + 1);
                int t = order[k][i];
                order[k][i] = order[k][j];
                order[k][j] = t;
            }
        }
        Game p = recipe.build(order);
        Replicator fg = Replicator.of(g.bind());
        Replicator fp = Replicator.of(p.bind());
        double[] out = new double[fg.fullDimension()];
        double[] outP = new double[fg.fullDimension()];
        for (double[][] s : states(g, seed)) {
            double[][] sp = new double[s.length][];
            for (int k = 0; k < s.length; k++) {
                sp[k] = new double[s[k].length];
                for (int i = 0; i < s[k].length; i++) {
                    sp[k][i] = s[k][order[k][i]];
                }
            }
            fg.fullDerivative(RandomStates.full(g, s), out);
            fp.fullDerivative(RandomStates.full(p, sp), outP);
            int at = 0;
            for (int k = 0; k < s.length; k++) {
                for (int i = 0; i < s[k].length; i++) {
                    assertEquals(
                            out[at + order[k][i]],
                            outP[at + i],
                            1e-12 * (1 + Math.abs(out[at + order[k][i]])),
                            "seed " + seed);
                }
                at += s[k].length;
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void addingAConstantToAMatrixColumnChangesNothing(long seed) {
        RandomGames.Recipe recipe = RandomGames.recipe(seed * 3); // seeds ≡ 0 mod 3 are matrix games
        assertTrue(recipe.form == PayoffForm.MATRIX);
        Game g = recipe.build();
        SplittableRandom r = new SplittableRandom(seed);
        int j = r.nextInt(recipe.matrix.length);
        String c = r.nextBoolean()
                ? Integer.toString(r.nextInt(19) - 9)
                : "(7/3 + " + (g.parameters().isEmpty() ? "1" : "a") + ")";
        for (String[] row : recipe.matrix) {
            row[j] = "(" + row[j] + ") + " + c;
        }
        Game shifted = recipe.build();
        for (int i = 0; i < g.dimension(); i++) {
            assertEquals(
                    ReplicatorDynamics.replicatorEquations(g).get(i).expanded(),
                    ReplicatorDynamics.replicatorEquations(shifted).get(i).expanded(),
                    "seed " + seed);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void generatedBytecodeAgreesWithTheTableDrivenField(long seed) {
        Game g = RandomGames.recipe(seed).build();
        BoundGame b = g.bind();
        Replicator compiled = Replicator.of(b);
        Replicator table = Replicator.interpreted(b);
        assertTrue(compiled.isCompiled(), "small games are compiled");
        assertTrue(!table.isCompiled());
        int n = g.dimension();
        double[] d1 = new double[n];
        double[] d2 = new double[n];
        double[] j1 = new double[n * n];
        double[] j2 = new double[n * n];
        for (double[][] s : states(g, seed)) {
            double[] x = RandomStates.reduced(g, s);
            compiled.derivativeAndJacobian(x, d1, j1);
            table.derivativeAndJacobian(x, d2, j2);
            double scale = 1;
            for (double v : j2) {
                scale = Math.max(scale, Math.abs(v));
            }
            for (int i = 0; i < n; i++) {
                assertEquals(d2[i], d1[i], 1e-13 * scale, "derivative, seed " + seed);
            }
            for (int i = 0; i < n * n; i++) {
                assertEquals(j2[i], j1[i], 1e-13 * scale, "Jacobian, seed " + seed);
            }
            compiled.derivative(x, d1);
            table.derivative(x, d2);
            for (int i = 0; i < n; i++) {
                assertEquals(d2[i], d1[i], 1e-13 * scale, "derivative alone, seed " + seed);
            }
        }
    }
}
