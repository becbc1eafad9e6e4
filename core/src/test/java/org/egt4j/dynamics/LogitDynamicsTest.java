package org.egt4j.dynamics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.egt4j.ModelException;
import org.egt4j.game.BoundGame;
import org.egt4j.game.Game;
import org.egt4j.stability.Eigenvalue;
import org.egt4j.stability.RestPoint;
import org.egt4j.stability.Stability;
import org.egt4j.stability.StabilityAnalysis;
import org.egt4j.testing.RandomGames;
import org.egt4j.testing.RandomStates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The logit dynamic (Sandholm 2010, §6.2) against closed forms and a second implementation. */
class LogitDynamicsTest {

    static Game rps() {
        return Game.builder("RPS")
                .population("players", "rock", "paper", "scissors")
                .matrix(new String[][] {{"0", "-1", "1"}, {"1", "0", "-1"}, {"-1", "1", "0"}})
                .build();
    }

    /**
     * At the centre of standard RPS, p = (⅓, ⅓, ⅓) and 1ᵀA = 0, so the Jacobian on the simplex is
     * A/(3η) − I; A has eigenvalues ±i√3 there, hence −1 ± i/(√3η).
     */
    @Test
    void theCentreOfRockPaperScissorsHasEigenvaluesMinusOnePlusMinusIOverRootThreeEta() {
        for (double eta : new double[] {0.1, 0.5, 2}) {
            StabilityAnalysis a = StabilityAnalysis.of(rps().bind(), LogitDynamics.of(eta));
            assertEquals(1, a.restPoints().size(), "the centre is the only logit equilibrium, eta " + eta);
            RestPoint centre = a.restPoints().get(0);
            assertEquals(1.0 / 3, centre.coordinates()[0], 1e-12);
            assertEquals(1.0 / 3, centre.coordinates()[1], 1e-12);
            List<Eigenvalue> e = centre.eigenvalues();
            assertEquals(-1, e.get(0).re(), 1e-12, "eta " + eta);
            assertEquals(-1, e.get(1).re(), 1e-12);
            assertEquals(1 / (Math.sqrt(3) * eta), Math.abs(e.get(0).im()), 1e-11, "eta " + eta);
            assertEquals(Stability.STABLE, centre.stability());
        }
    }

    /** Constant payoffs F_a − F_b = d: the logit equilibrium is x* = 1/(1 + e^{−d/η}), eigenvalue −1. */
    @Test
    void withConstantPayoffsTheEquilibriumIsTheLogisticOfTheAdvantage() {
        Game g = Game.builder("constant")
                .parameter("d", 1)
                .population("p", "a", "b")
                .fitness("p", "a", "d")
                .fitness("p", "b", "0")
                .build();
        for (double eta : new double[] {0.05, 0.3, 1, 10}) {
            for (double d : new double[] {-2, 0, 0.5, 3}) {
                StabilityAnalysis a = StabilityAnalysis.of(g.bind(Map.of("d", d)), LogitDynamics.of(eta));
                assertEquals(1, a.restPoints().size());
                assertEquals(1 / (1 + Math.exp(-d / eta)), a.restPoints().get(0).coordinates()[0], 1e-12);
                assertEquals(-1, a.restPoints().get(0).eigenvalues().get(0).re(), 1e-12);
            }
        }
    }

    static LongStream seeds() {
        return RandomGames.seeds(300);
    }

    /**
     * The compiled kernel (exp, division and max in the register program) against the Java loops over
     * the payoff field, and the exact Jacobian against central differences, at interior, vertex and edge
     * states, with η from 0.01 (large exponents) to 5.
     */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void compiledFieldEqualsTheSecondImplementationAndFiniteDifferences(long seed) {
        Game g = RandomGames.recipe(seed).build();
        BoundGame b = g.bind();
        SplittableRandom r = new SplittableRandom(seed);
        double eta = seed % 7 == 0 ? 0.01 : 0.05 + 5 * r.nextDouble();
        LogitDynamics d = LogitDynamics.of(eta);
        VectorField compiled = d.field(b);
        VectorField loops = d.interpretedField(b);
        assertTrue(compiled instanceof KernelField, "compiled, seed " + seed);
        int n = g.dimension();
        for (double[][] s : List.of(RandomStates.interior(g, r), RandomStates.vertex(g, r), RandomStates.edge(g, r))) {
            double[] x = RandomStates.reduced(g, s);
            double[] v = new double[n];
            double[] w = new double[n];
            double[] jac = new double[n * n];
            double[] jw = new double[n * n];
            double[] only = new double[n * n];
            compiled.derivativeAndJacobian(x, v, jac);
            loops.derivativeAndJacobian(x, w, jw);
            compiled.copy().jacobian(x, only);
            double scale = 1;
            for (double y : jw) {
                scale = Math.max(scale, Math.abs(y));
            }
            for (int i = 0; i < n; i++) {
                assertTrue(v[i] >= -1 - 1e-12 && v[i] <= 1 + 1e-12, "p − x is in [−1, 1], seed " + seed);
                assertEquals(w[i], v[i], 1e-13, "V_" + i + ", seed " + seed);
                for (int j = 0; j < n; j++) {
                    assertEquals(jw[i * n + j], jac[i * n + j], 1e-12 * scale, "J, seed " + seed);
                    assertEquals(jac[i * n + j], only[i * n + j], 0.0, "jacobian() alone, seed " + seed);
                }
            }
            if (eta < 0.02) {
                continue; // central differences are meaningless where softmax switches within h
            }
            double h = 1e-6;
            double[] plus = new double[n];
            double[] minus = new double[n];
            for (int j = 0; j < n; j++) {
                double[] xp = x.clone();
                double[] xm = x.clone();
                xp[j] += h;
                xm[j] -= h;
                compiled.derivative(xp, plus);
                compiled.derivative(xm, minus);
                for (int i = 0; i < n; i++) {
                    assertEquals((plus[i] - minus[i]) / (2 * h), jac[i * n + j], 1e-5 * scale, "seed " + seed);
                }
            }
        }
    }

    @Test
    void theCatalogueNamesLogitAndRefusesANonPositiveNoiseLevel() {
        assertEquals(LogitDynamics.of(0.1), DynamicsCatalogue.of("logit", Map.of("eta", 0.1)));
        assertEquals("logit:eta=0.1", LogitDynamics.of(0.1).spec());
        for (double bad : new double[] {0, -1, Double.NaN, Double.POSITIVE_INFINITY}) {
            ModelException e = assertThrows(ModelException.class, () -> LogitDynamics.of(bad));
            assertTrue(e.hint().contains("--dynamics logit:eta="), e.hint());
        }
    }
}
