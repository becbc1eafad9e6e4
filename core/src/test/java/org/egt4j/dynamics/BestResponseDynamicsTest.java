package org.egt4j.dynamics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.egt4j.ModelException;
import org.egt4j.game.BoundGame;
import org.egt4j.game.Game;
import org.egt4j.stability.RestPoint;
import org.egt4j.stability.Stability;
import org.egt4j.stability.StabilityAnalysis;
import org.egt4j.testing.RandomGames;
import org.egt4j.testing.RandomStates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The best-response dynamic in the catalogue (Gilboa and Matsui 1991): its field's selection (the uniform
 * mix over tied best replies) against a direct evaluation of BR(x) − x on seeded random games, its
 * Jacobian −I against central differences where the best reply is unique, the sampled exact paths against
 * closed forms (x(t) = b + (x₀ − b)e<sup>−t</sup> before the first switch; max<sub>i</sub> F<sub>i</sub> =
 * V(0)e<sup>−t</sup> in standard RPS, Hofbauer 1995; good RPS reaching the centre at t = ln 3V(0) and
 * staying; hawk–dove reaching x* = ½ at t = ln 2), and its rest points, the Nash equilibria, with their
 * stability decided along exact paths (good RPS: stable; bad RPS: unstable, the paths leave for the
 * Shapley triangle; a strict equilibrium: eigenvalues −1 by linearisation).
 */
class BestResponseDynamicsTest {

    static LongStream seeds() {
        return RandomGames.seeds(200);
    }

    /** RPS with win w and loss l: A = (0, −l, w; w, 0, −l; −l, w, 0). */
    static Game rps(double w, double l) {
        String a = Double.toString(w);
        String b = Double.toString(-l);
        return Game.builder("RPS " + w + "/" + l)
                .population("players", "rock", "paper", "scissors")
                .matrix(new String[][] {{"0", b, a}, {a, "0", b}, {b, a, "0"}})
                .build();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theFieldIsTheUniformMixOverTiedBestRepliesMinusTheState(long seed) {
        Game g = RandomGames.recipe(seed).build();
        BoundGame b = g.bind();
        VectorField field = BestResponseDynamics.INSTANCE.field(b);
        PayoffField payoffs = PayoffField.interpreted(b);
        SplittableRandom r = new SplittableRandom(seed);
        for (double[][] s : List.of(RandomStates.interior(g, r), RandomStates.vertex(g, r), RandomStates.edge(g, r))) {
            double[] x = RandomStates.reduced(g, s);
            double[] v = new double[g.dimension()];
            field.derivative(x, v);
            double[] f = new double[payoffs.size()];
            payoffs.payoffs(x, f);
            for (int k = 0; k < s.length; k++) {
                int m = s[k].length;
                double best = Double.NEGATIVE_INFINITY;
                for (int i = 0; i < m; i++) {
                    best = Math.max(best, f[payoffs.start(k) + i]);
                }
                int tied = 0;
                for (int i = 0; i < m; i++) {
                    tied += f[payoffs.start(k) + i] >= best - 1e-12 * Math.max(1, Math.abs(best)) ? 1 : 0;
                }
                for (int i = 0; i < m - 1; i++) {
                    boolean top = f[payoffs.start(k) + i] >= best - 1e-12 * Math.max(1, Math.abs(best));
                    assertEquals((top ? 1.0 / tied : 0) - s[k][i], v[g.offset(k) + i], 1e-15, "seed " + seed);
                }
            }
        }
    }

    /** Where every best reply is unique (gap &gt; 1e-3) the field is locally b − x: Jacobian −I. */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theJacobianIsMinusTheIdentityWhereTheBestReplyIsUnique(long seed) {
        Game g = RandomGames.recipe(seed).build();
        BoundGame b = g.bind();
        VectorField field = BestResponseDynamics.INSTANCE.field(b);
        double[] x = RandomStates.reduced(g, RandomStates.interior(g, new SplittableRandom(seed)));
        int n = g.dimension();
        double[] jac = new double[n * n];
        field.jacobian(x, jac);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                assertEquals(i == j ? -1 : 0, jac[i * n + j], 0.0, "seed " + seed);
            }
        }
        double h = 1e-6;
        double[] plus = new double[n];
        double[] minus = new double[n];
        double[] v = new double[n];
        field.derivative(x, v);
        for (int j = 0; j < n; j++) {
            double[] xp = x.clone();
            double[] xm = x.clone();
            xp[j] += h;
            xm[j] -= h;
            field.derivative(xp, plus);
            field.derivative(xm, minus);
            boolean smooth = true;
            for (int i = 0; i < n; i++) {
                // a switch of best reply within the step shows as a jump of order 1
                smooth &= Math.abs(plus[i] - v[i]) < 1e-3 && Math.abs(minus[i] - v[i]) < 1e-3;
            }
            if (smooth) {
                for (int i = 0; i < n; i++) {
                    assertEquals(i == j ? -1 : 0, (plus[i] - minus[i]) / (2 * h), 1e-6, "seed " + seed);
                }
            }
        }
    }

    @Test
    void beforeTheFirstSwitchThePathIsTheExponentialApproachToTheBestReply() {
        BoundGame b = rps(1, 1).bind();
        double[] x0 = {0.7, 0.2}; // F = (−0.1, 0.4, −0.3)·… : paper is the best reply
        BestResponsePath.Path path = BestResponsePath.of(b, x0, 10, 10);
        double first = path.segments().get(0).end();
        assertTrue(first > 0.1, "the first segment has length " + first);
        double[] times = {0, first / 3, first / 2, first};
        double[][] x = BestResponseDynamics.trajectory(b, x0, times);
        for (int k = 0; k < times.length; k++) {
            double e = Math.exp(-times[k]);
            assertEquals(0 + (0.7 - 0) * e, x[k][0], 1e-15, "rock at t = " + times[k]);
            assertEquals(1 + (0.2 - 1) * e, x[k][1], 1e-15, "paper at t = " + times[k]);
        }
    }

    /** Standard RPS (zero-sum, x·Ax = 0): V = max_i (Ax)_i = b·Ax and V̇ = b·A(b − x) = −V, so V(t) = V(0)e^{−t}. */
    @Test
    void inStandardRpsTheLargestPayoffAlongTheSampledPathIsVZeroTimesEToTheMinusT() {
        BoundGame b = rps(1, 1).bind();
        double[] x0 = {0.7, 0.2};
        double[] times = new double[201];
        for (int k = 0; k < times.length; k++) {
            times[k] = k * 0.05;
        }
        double[][] x = BestResponseDynamics.trajectory(b, x0, times);
        double v0 = largestPayoff(b, x0);
        for (int k = 0; k < times.length; k++) {
            assertEquals(v0 * Math.exp(-times[k]), largestPayoff(b, x[k]), 1e-12, "t = " + times[k]);
        }
    }

    private static double largestPayoff(BoundGame b, double[] x) {
        PayoffField p = PayoffField.interpreted(b);
        double[] f = new double[p.size()];
        p.payoffs(x, f);
        double best = Double.NEGATIVE_INFINITY;
        for (double v : f) {
            best = Math.max(best, v);
        }
        return best;
    }

    @Test
    void inGoodRpsThePathReachesTheCentreAtLogThreeVZeroAndStays() {
        BoundGame b = rps(2, 1).bind();
        double[] x0 = {0.7, 0.2}; // V(0) = 1.3
        double arrival = Math.log(3 * 1.3);
        double[][] x = BestResponseDynamics.trajectory(b, x0, new double[] {0, arrival + 0.5, 50});
        for (double[] later : List.of(x[1], x[2])) {
            assertEquals(1.0 / 3, later[0], 1e-9);
            assertEquals(1.0 / 3, later[1], 1e-9);
        }
    }

    @Test
    void inHawkDoveThePathReachesTheMixedEquilibriumAtLogTwoAndStays() {
        Game g = Game.builder("hawk-dove")
                .population("p", "hawk", "dove")
                .matrix(new String[][] {{"-1", "2"}, {"0", "1"}})
                .build();
        double[][] x =
                BestResponseDynamics.trajectory(g.bind(), new double[] {0}, new double[] {0, Math.log(2) / 2, 1, 9});
        assertEquals(1 - Math.exp(-Math.log(2) / 2), x[1][0], 1e-15, "x(t) = 1 − e^{−t} before the switch");
        assertEquals(0.5, x[2][0], 1e-14);
        assertEquals(0.5, x[3][0], 1e-14);
    }

    @Test
    void restPointsAreTheNashEquilibriaWithStabilityAlongExactPaths() {
        StabilityAnalysis good = StabilityAnalysis.of(rps(2, 1).bind(), BestResponseDynamics.INSTANCE);
        StabilityAnalysis bad = StabilityAnalysis.of(rps(1, 2).bind(), BestResponseDynamics.INSTANCE);
        for (StabilityAnalysis a : List.of(good, bad)) {
            assertEquals(1, a.restPoints().size(), "only the centre is Nash");
            RestPoint centre = a.restPoints().get(0);
            assertEquals(RestPoint.Basis.SIMULATION, centre.basis());
            assertEquals(1.0 / 3, centre.shares()[0][0], 1e-12);
        }
        assertEquals(Stability.STABLE, good.restPoints().get(0).stability());
        assertEquals(Stability.UNSTABLE, bad.restPoints().get(0).stability());
        // prisoner's dilemma: defection is a strict equilibrium, the best reply is unique near it
        Game pd = Game.builder("PD")
                .population("p", "cooperate", "defect")
                .matrix(new String[][] {{"3", "0"}, {"5", "1"}})
                .build();
        StabilityAnalysis strict = StabilityAnalysis.of(pd.bind(), BestResponseDynamics.INSTANCE);
        assertEquals(1, strict.restPoints().size());
        RestPoint defect = strict.restPoints().get(0);
        assertEquals(Stability.STABLE, defect.stability());
        assertEquals(RestPoint.Basis.LINEARIZATION, defect.basis());
        assertEquals(-1, defect.eigenvalues().get(0).re(), 0.0);
    }

    @Test
    void theCatalogueNamesItAndItsPropertiesAreStated() {
        Dynamics d = DynamicsCatalogue.of("best-response", Map.of());
        assertEquals(BestResponseDynamics.INSTANCE, d);
        assertEquals("best-response", d.spec());
        assertTrue(d.restPointsAreNashEquilibria()
                && !d.isImitative()
                && d.equations(rps(1, 1)).isEmpty());
        assertTrue(d.formula().contains("BR(x)"));
        assertFalse(d.isDifferentiableAt(new double[][] {{0.5, 0.5}}, new double[][] {{1, 1}}, 1e-9));
        assertTrue(d.isDifferentiableAt(new double[][] {{0.5, 0.5}}, new double[][] {{1, 2}}, 1e-9));
    }

    @Test
    void payoffsOfTooHighADegreeAreRefusedWithAHint() {
        Game g = Game.builder("steep")
                .population("p", "a", "b")
                .fitness("p", "a", "p.a^33")
                .fitness("p", "b", "0")
                .build();
        ModelException e = assertThrows(
                ModelException.class,
                () -> BestResponseDynamics.trajectory(g.bind(), new double[] {0.5}, new double[] {0, 1}));
        assertTrue(e.hint().contains("matrix game"), e.hint());
    }

    /**
     * Matching pennies: the best-response path spirals into the mixed equilibrium (½, ½) with ever faster
     * switches (the largest regret decays as e<sup>−t</sup>, Hofbauer 1995), so by t = 50 it needs far
     * more than {@link BestResponseDynamics#MAX_SWITCHES} switches; it is held once it is a Nash
     * equilibrium to {@link BestResponseDynamics#HOLD_TOLERANCE}, as the method string says.
     */
    @Test
    void aSpiralIntoTheMixedEquilibriumIsHeldThereAfterTheSwitchBudget() {
        Game g = Game.builder("matching pennies")
                .population("matcher", "heads", "tails")
                .population("mismatcher", "heads", "tails")
                .payoff(List.of("heads", "heads"), "1", "-1")
                .payoff(List.of("heads", "tails"), "-1", "1")
                .payoff(List.of("tails", "heads"), "-1", "1")
                .payoff(List.of("tails", "tails"), "1", "-1")
                .build();
        double[][] x = BestResponseDynamics.trajectory(g.bind(), new double[] {0.9, 0.3}, new double[] {0, 25, 50});
        assertEquals(0.5, x[2][0], 1e-3);
        assertEquals(0.5, x[2][1], 1e-3);
        assertTrue(BestResponseDynamics.isNash(g.bind(), x[2], BestResponseDynamics.HOLD_TOLERANCE));
        assertTrue(BestResponseDynamics.PATH_METHOD.contains(Integer.toString(BestResponseDynamics.MAX_SWITCHES))
                && BestResponseDynamics.PATH_METHOD.contains("1e-4")
                && BestResponseDynamics.HOLD_TOLERANCE == 1e-4);
    }
}
