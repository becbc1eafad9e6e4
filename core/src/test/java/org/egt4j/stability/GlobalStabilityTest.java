package org.egt4j.stability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.egt4j.dynamics.BrownVonNeumannNash;
import org.egt4j.dynamics.LogitDynamics;
import org.egt4j.dynamics.PayoffField;
import org.egt4j.dynamics.ProjectionDynamics;
import org.egt4j.dynamics.ReplicatorDynamics;
import org.egt4j.dynamics.SmithDynamics;
import org.egt4j.game.BoundGame;
import org.egt4j.game.Game;
import org.egt4j.testing.RandomGames;
import org.egt4j.testing.RandomStates;
import org.egt4j.testing.TextbookGames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Stable and potential games (Hofbauer and Sandholm 2009; Sandholm 2001) against closed forms for
 * textbook games and against the definition of a stable game, (y − x)·(F(y) − F(x)) ≤ 0 for all states
 * x, y, on seeded random games.
 */
class GlobalStabilityTest {

    static Game rps(String win, String lose) {
        return Game.builder("RPS")
                .population("players", "rock", "paper", "scissors")
                .matrix(new String[][] {{"0", "-" + lose, win}, {win, "0", "-" + lose}, {"-" + lose, win, "0"}})
                .build();
    }

    /**
     * RPS with win w and loss l: A + Aᵀ = (w − l)(J − I), which is (l − w)·I on 1<sup>⊥</sup>, so the game
     * is strictly stable iff w &gt; l (good RPS), null stable iff w = l, and not stable iff w &lt; l; a
     * cyclic A is not symmetric on 1<sup>⊥</sup>, so bad RPS is no potential game.
     */
    @Test
    void rockPaperScissorsIsStableExactlyWhenWinsOutweighLosses() {
        assertEquals(
                Optional.of(GlobalStability.GameClass.STRICTLY_STABLE),
                GlobalStability.classify(rps("2", "1").bind()));
        assertEquals(
                Optional.of(GlobalStability.GameClass.STABLE),
                GlobalStability.classify(rps("1", "1").bind()));
        assertEquals(Optional.empty(), GlobalStability.classify(rps("1", "2").bind()));
    }

    /** Coordination (1, 0; 0, 1): z·Az = 2 &gt; 0 on 1<sup>⊥</sup>, not stable; A symmetric, a potential game. */
    @Test
    void coordinationIsAPotentialGame() {
        Game g = Game.builder("coordination")
                .population("p", "a", "b", "c")
                .matrix(new String[][] {{"1", "0", "0"}, {"0", "2", "0"}, {"0", "0", "3"}})
                .build();
        assertEquals(Optional.of(GlobalStability.GameClass.POTENTIAL), GlobalStability.classify(g.bind()));
        GlobalStability s = GlobalStability.of(g.bind(), SmithDynamics.INSTANCE).orElseThrow();
        assertEquals(GlobalStability.Conclusion.CONVERGES_TO_NASH_SET, s.conclusion());
        assertEquals(GlobalStability.LyapunovFunction.POTENTIAL, s.lyapunov());
    }

    /**
     * Matching pennies between two populations is zero-sum: z·DF z = 0 on the tangent space, a null
     * stable game; hawk–dove (V = 2, C = 4): z·Az = −2 for z = (1, −1), strictly stable.
     */
    @Test
    void matchingPenniesIsNullStableAndHawkDoveStrictlyStable() {
        assertEquals(
                Optional.of(GlobalStability.GameClass.STABLE),
                GlobalStability.classify(TextbookGames.matchingPennies().bind()));
        assertEquals(
                Optional.of(GlobalStability.GameClass.STRICTLY_STABLE),
                GlobalStability.classify(TextbookGames.hawkDove(2, 4).bind()));
    }

    @Test
    void theTheoremNamesTheLyapunovFunctionOfEachDynamic() {
        BoundGame standard = rps("1", "1").bind();
        BoundGame good = rps("2", "1").bind();
        assertEquals(
                new GlobalStability(
                        GlobalStability.GameClass.STABLE,
                        GlobalStability.Conclusion.NASH_SET_GLOBALLY_ASYMPTOTICALLY_STABLE,
                        GlobalStability.LyapunovFunction.SMITH),
                GlobalStability.of(standard, SmithDynamics.INSTANCE).orElseThrow());
        assertEquals(
                GlobalStability.LyapunovFunction.BNN,
                GlobalStability.of(standard, BrownVonNeumannNash.INSTANCE)
                        .orElseThrow()
                        .lyapunov());
        // projection in null stable RPS: circles, stable but not attracting; in good RPS attracting
        assertEquals(
                GlobalStability.Conclusion.NASH_SET_GLOBALLY_STABLE,
                GlobalStability.of(standard, ProjectionDynamics.INSTANCE)
                        .orElseThrow()
                        .conclusion());
        assertEquals(
                GlobalStability.Conclusion.NASH_SET_GLOBALLY_ASYMPTOTICALLY_STABLE,
                GlobalStability.of(good, ProjectionDynamics.INSTANCE)
                        .orElseThrow()
                        .conclusion());
        assertEquals(Optional.empty(), GlobalStability.of(good, ReplicatorDynamics.INSTANCE));
        assertEquals(Optional.empty(), GlobalStability.of(good, LogitDynamics.of(0.1)));
        assertEquals(Optional.empty(), GlobalStability.of(rps("1", "2").bind(), SmithDynamics.INSTANCE));
        assertEquals(
                Optional.of(GlobalStability.of(standard, SmithDynamics.INSTANCE).orElseThrow()),
                StabilityAnalysis.of(standard, SmithDynamics.INSTANCE).globalStability());
    }

    /** Under best response a stable game's Nash set is globally asymptotically stable with G = total excess. */
    @Test
    void bestResponseInAStableGameHasTheExcessPayoffAsLyapunovFunction() {
        GlobalStability s = GlobalStability.of(rps("1", "1").bind(), org.egt4j.dynamics.BestResponseDynamics.INSTANCE)
                .orElseThrow();
        assertEquals(GlobalStability.LyapunovFunction.BEST_RESPONSE, s.lyapunov());
        assertEquals(GlobalStability.Conclusion.NASH_SET_GLOBALLY_ASYMPTOTICALLY_STABLE, s.conclusion());
    }

    /**
     * The theorem behind {@link GlobalStability.LyapunovFunction#BEST_RESPONSE} checked along exact
     * best-response paths (Hofbauer and Sandholm 2009, §7.2): in random stable matrix games A = K − BᵀB
     * (K skew-symmetric, so z·Az = −|Bz|² ≤ 0), G(x) = max<sub>i</sub>(Ax)<sub>i</sub> − x·Ax obeys
     * G(x(t)) ≤ G(x(0))e<sup>−t</sup> at 50 times along the path from a random start.
     */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void excessPayoffDecaysAtLeastExponentiallyAlongBestResponsePathsOfStableGames(long seed) {
        java.util.SplittableRandom r = new java.util.SplittableRandom(seed * 31 + 7);
        int n = 3 + r.nextInt(2);
        double[][] k = new double[n][n];
        double[][] b = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                b[i][j] = seed == 0 ? 0 : r.nextDouble(-1, 1); // seed 0: zero-sum, Ġ = −G exactly
                if (j > i) {
                    k[i][j] = r.nextDouble(-2, 2);
                    k[j][i] = -k[i][j];
                }
            }
        }
        String[][] m = new String[n][n];
        double[][] a = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double btb = 0;
                for (int q = 0; q < n; q++) {
                    btb += b[q][i] * b[q][j];
                }
                a[i][j] = k[i][j] - btb;
                m[i][j] = Double.toString(a[i][j]);
            }
        }
        String[] names = new String[n];
        for (int i = 0; i < n; i++) {
            names[i] = "s" + i;
        }
        Game g = Game.builder("stable " + seed).population("p", names).matrix(m).build();
        assertTrue(GlobalStability.classify(g.bind()).isPresent(), "stable by construction");
        double[] x0 = RandomStates.reduced(g, RandomStates.interior(g, r));
        double[] times = new double[50];
        for (int q = 0; q < times.length; q++) {
            times[q] = 8.0 * q / (times.length - 1);
        }
        double[][] path = org.egt4j.dynamics.BestResponseDynamics.trajectory(g.bind(), x0, times);
        double g0 = excess(a, path[0]);
        for (int q = 0; q < times.length; q++) {
            assertTrue(
                    excess(a, path[q]) <= g0 * Math.exp(-times[q]) + 1e-9 * (1 + g0),
                    "seed " + seed + " t = " + times[q] + ": G = " + excess(a, path[q]) + " > G(0)e^{-t} = "
                            + g0 * Math.exp(-times[q]));
        }
    }

    private static double excess(double[][] a, double[] reduced) {
        int n = a.length;
        double[] x = new double[n];
        double last = 1;
        for (int i = 0; i < n - 1; i++) {
            x[i] = reduced[i];
            last -= reduced[i];
        }
        x[n - 1] = last;
        double best = Double.NEGATIVE_INFINITY;
        double mean = 0;
        for (int i = 0; i < n; i++) {
            double f = 0;
            for (int j = 0; j < n; j++) {
                f += a[i][j] * x[j];
            }
            best = Math.max(best, f);
            mean += x[i] * f;
        }
        return best - mean;
    }

    /** Payoffs quadratic in the shares: DF is not constant and the test does not decide. */
    @Test
    void nonlinearPayoffsAreUndecided() {
        Game g = Game.builder("quadratic")
                .population("p", "a", "b")
                .fitness("p", "a", "p.a^2")
                .fitness("p", "b", "0")
                .build();
        assertEquals(Optional.empty(), GlobalStability.classify(g.bind()));
    }

    static LongStream seeds() {
        return RandomGames.seeds(300);
    }

    /**
     * The definition: in a stable game (y − x)·(F(y) − F(x)) ≤ 0 for all x, y (Hofbauer and Sandholm 2009,
     * Definition 2.1), checked on 50 random pairs of interior, vertex and edge states; a potential game
     * has a path-independent line integral of F, checked around the triangle x → y → w → x (exact for
     * linear F by the midpoint rule on each side).
     */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theClassAgreesWithTheDefinition(long seed) {
        Game g = RandomGames.recipe(seed).build();
        BoundGame b = g.bind();
        Optional<GlobalStability.GameClass> c = GlobalStability.classify(b);
        if (c.isEmpty()) {
            return;
        }
        PayoffField payoffs = PayoffField.interpreted(b);
        SplittableRandom r = new SplittableRandom(seed);
        for (int t = 0; t < 50; t++) {
            double[] x = RandomStates.full(g, t % 3 == 0 ? RandomStates.vertex(g, r) : RandomStates.interior(g, r));
            double[] y = RandomStates.full(g, t % 3 == 1 ? RandomStates.edge(g, r) : RandomStates.interior(g, r));
            double[] w = RandomStates.full(g, RandomStates.interior(g, r));
            if (c.get() == GlobalStability.GameClass.POTENTIAL) {
                double loop = segment(g, payoffs, x, y) + segment(g, payoffs, y, w) + segment(g, payoffs, w, x);
                assertEquals(0, loop, 1e-9, "∮F·dx = 0, seed " + seed);
            } else {
                double[] fx = payoffsAt(g, payoffs, x);
                double[] fy = payoffsAt(g, payoffs, y);
                double dot = 0;
                for (int i = 0; i < x.length; i++) {
                    dot += (y[i] - x[i]) * (fy[i] - fx[i]);
                }
                assertTrue(dot <= 1e-9, "(y − x)·(F(y) − F(x)) = " + dot + " > 0, seed " + seed);
            }
        }
    }

    @Test
    void randomGamesCoverEveryClass() {
        int[] counts = new int[4];
        for (long seed : seeds().toArray()) {
            Optional<GlobalStability.GameClass> c =
                    GlobalStability.classify(RandomGames.recipe(seed).build().bind());
            counts[c.map(Enum::ordinal).orElse(3)]++;
        }
        for (int i = 0; i < 4; i++) {
            assertTrue(counts[i] > 0, "class " + i + " occurs: " + java.util.Arrays.toString(counts));
        }
    }

    private static double segment(Game g, PayoffField payoffs, double[] a, double[] b) {
        double[] mid = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            mid[i] = (a[i] + b[i]) / 2;
        }
        double[] f = payoffsAt(g, payoffs, mid);
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += f[i] * (b[i] - a[i]);
        }
        return sum;
    }

    /** F at a state given in full shares (concatenated populations). */
    private static double[] payoffsAt(Game g, PayoffField payoffs, double[] full) {
        double[] x = new double[g.dimension()];
        int at = 0;
        for (int k = 0; k < g.populations().size(); k++) {
            int m = g.populations().get(k).size();
            System.arraycopy(full, at, x, g.offset(k), m - 1);
            at += m;
        }
        double[] f = new double[payoffs.size()];
        payoffs.payoffs(x, f);
        return f;
    }
}
