package org.egt4j.dynamics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.egt4j.ModelException;
import org.egt4j.game.BoundGame;
import org.egt4j.game.Game;
import org.egt4j.testing.RandomGames;
import org.egt4j.testing.RandomStates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Exact best-response paths where the payoffs are polynomials of degree ≥ 2 in the shares (normal forms of
 * three or more populations, polynomial fitness), against closed forms, against roots placed by hand and,
 * over seeded random games, against dense sampling of the best reply along every segment.
 */
class BestResponsePolynomialPathTest {

    /**
     * Three populations with two strategies each: B and C have strictly dominant first strategies, and A's
     * first strategy pays y·z against c for its second, where y, z are the shares of B's and C's first
     * strategies. From (a, y₀, z₀) with y₀z₀ &lt; c, A plays its second strategy (a → 0) while y(s) = 1 −
     * (1 − y₀)s and z(s) = 1 − (1 − z₀)s, s = e<sup>−t</sup>; A switches where y(s)z(s) = c, the larger
     * root in (0, 1) of the quadratic (1 − βs)(1 − γs) = c, β = 1 − y₀, γ = 1 − z₀: s* = [(β + γ) −
     * √((β + γ)² − 4βγ(1 − c))]/(2βγ), the smaller root of βγs² − (β + γ)s + (1 − c) = 0 (the larger lies
     * above 1).
     */
    @Test
    void aThreePopulationSwitchHappensAtTheRootOfTheBilinearAdvantage() {
        double c = 0.5;
        Game g = Game.builder("dominance chain")
                .parameter("c", c)
                .population("A", "a1", "a2")
                .population("B", "b1", "b2")
                .population("C", "c1", "c2")
                .fitness("A", "a1", "B.b1*C.c1")
                .fitness("A", "a2", "c")
                .fitness("B", "b1", "1")
                .fitness("B", "b2", "0")
                .fitness("C", "c1", "1")
                .fitness("C", "c2", "0")
                .build();
        BoundGame b = g.bind();
        double y0 = 0.3;
        double z0 = 0.4;
        double[] x0 = {0.6, y0, z0};
        BestResponsePath.Path path = BestResponsePath.of(b, x0, 10, 100);
        List<BestResponsePath.Segment> s = path.segments();
        assertEquals(2, s.size(), "one switch of A, then every population at its target");
        double beta = 1 - y0;
        double gamma = 1 - z0;
        double sum = beta + gamma;
        double star = (sum - Math.sqrt(sum * sum - 4 * beta * gamma * (1 - c))) / (2 * beta * gamma);
        assertEquals(-Math.log(star), s.get(0).end(), 1e-13, "switch time −ln s*");
        assertEquals(1, s.get(0).target()[0], "A plays a2 first");
        assertEquals(0, s.get(1).target()[0], "then a1");
        double[] at = s.get(0).state(g, s.get(0).end());
        assertEquals(c, at[1] * at[2], 1e-14, "y·z = c at the switch");
        assertEquals(0.6 * star, at[0], 1e-14, "a(t) = a₀e^{−t}");
        assertEquals(BestResponsePath.End.HORIZON, path.end());
    }

    /**
     * One population, F<sub>a</sub> = 1 − x², F<sub>b</sub> = 0.64 (x the share of a): a is the best reply
     * below x = 0.6, so from x₀ = 0.2 the path x(t) = 1 − 0.8e<sup>−t</sup> reaches the mixed equilibrium
     * x = 0.6 at t = ln 2 and slides there (as in hawk–dove, but with a quadratic payoff).
     */
    @Test
    void aQuadraticPayoffPathSlidesAtTheMixedEquilibriumAtLogTwo() {
        Game g = Game.builder("quadratic anti-coordination")
                .population("p", "a", "b")
                .fitness("p", "a", "1 - p.a^2")
                .fitness("p", "b", "0.64")
                .build();
        BestResponsePath.Path path = BestResponsePath.of(g.bind(), new double[] {0.2}, 5, 100);
        assertEquals(BestResponsePath.End.SLIDING, path.end());
        assertEquals(Math.log(2), path.segments().get(0).end(), 1e-14);
        double[][] x = BestResponseDynamics.trajectory(g.bind(), new double[] {0.2}, new double[] {0, 0.5, 5});
        assertEquals(1 - 0.8 * Math.exp(-0.5), x[1][0], 1e-15);
        assertEquals(0.6, x[2][0], 1e-14, "stays at the Nash equilibrium");
    }

    @Test
    void payoffsOfTooHighADegreeAreRefusedWithTheStrategyAndAHint() {
        Game g = Game.builder("steep")
                .population("p", "a", "b")
                .fitness("p", "a", "p.a^40")
                .fitness("p", "b", "0")
                .build();
        ModelException e =
                assertThrows(ModelException.class, () -> BestResponsePath.of(g.bind(), new double[] {0.5}, 1, 10));
        assertTrue(e.getMessage().contains("p.a") && e.getMessage().contains("degree 40"), e.getMessage());
        assertTrue(e.hint().contains("logit"), e.hint());
    }

    /** d(s) from its values at the finder's nodes. */
    private static double overtaking(int degree, java.util.function.DoubleUnaryOperator d) {
        SwitchFinder f = new SwitchFinder(degree, 2);
        double[] v = new double[degree + 1];
        for (int m = 0; m <= degree; m++) {
            double u = m == 0 ? 1 : m == degree ? -1 : Math.cos(Math.PI * m / degree);
            v[m] = d.applyAsDouble((u + 1) / 2);
        }
        double[] a = f.coefficients(v);
        List<Double> roots = SwitchFinder.roots(a, -1, 1);
        double upper = 1;
        for (int q = roots.size() - 1; q >= -1; q--) {
            double lower = q >= 0 ? roots.get(q) : -1;
            if (SwitchFinder.clenshaw(a, (lower + upper) / 2) > 1e-14) {
                return (upper + 1) / 2;
            }
            upper = lower;
        }
        return 0;
    }

    /**
     * Roots placed by hand: a pair 10<sup>−4</sup> apart (a grid would step over it), a touching double
     * root (no switch), a triple root (a switch), and the Chebyshev interpolant reproduces a polynomial of
     * degree D exactly at D + 1 nodes.
     */
    @Test
    void closeRootPairsAreSeparatedAndTouchingRootsAreNoSwitch() {
        assertEquals(0.7001, overtaking(3, s -> -(s - 0.7) * (s - 0.7001) * (s - 0.2)), 1e-13);
        assertEquals(0, overtaking(3, s -> -(s - 0.5) * (s - 0.5) * (s + 1)), 0.0);
        assertEquals(0.4, overtaking(3, s -> Math.pow(0.4 - s, 3)), 1e-5); // a triple root is found to ~ε^{1/3}
        assertEquals(0.25, overtaking(5, s -> -(s - 0.25) * (s * s + 1) * (s * s + 2)), 1e-14);
        SwitchFinder f = new SwitchFinder(4, 1);
        double[] v = new double[5];
        for (int m = 0; m <= 4; m++) {
            double u = m == 0 ? 1 : m == 4 ? -1 : Math.cos(Math.PI * m / 4);
            v[m] = 3 - 2 * u + 0.5 * u * u * u * u;
        }
        double[] a = f.coefficients(v);
        for (double u = -1; u <= 1; u += 0.125) {
            assertEquals(3 - 2 * u + 0.5 * Math.pow(u, 4), SwitchFinder.clenshaw(a, u), 1e-14, "u = " + u);
        }
    }

    static Stream<Arguments> randomGames() {
        List<Arguments> cases = new ArrayList<>();
        RandomGames.seeds(240).forEach(seed -> {
            Game g = RandomGames.recipe(seed).build();
            if (BestResponsePath.shareDegree(g) >= 2) {
                cases.add(Arguments.of(seed, g));
            }
        });
        return cases.stream();
    }

    /**
     * Over random games with payoffs of degree ≥ 2: every segment's target is a best reply at 64 evenly
     * spaced times inside it (dense sampling, the second method: a missed switch shows as a strategy that
     * beats the target inside a segment), the old and new best replies tie at every switch, and the path
     * is continuous.
     */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("randomGames")
    void everySegmentsTargetIsABestReplyAtDenseSamples(long seed, Game g) {
        BoundGame b = g.bind();
        PayoffField payoffs = PayoffField.interpreted(b);
        double[] f = new double[payoffs.size()];
        SplittableRandom r = new SplittableRandom(seed);
        double[] x0 = RandomStates.reduced(g, RandomStates.interior(g, r));
        BestResponsePath.Path path = BestResponsePath.of(b, x0, 6, 500);
        List<BestResponsePath.Segment> segments = path.segments();
        for (int q = 0; q < segments.size(); q++) {
            BestResponsePath.Segment seg = segments.get(q);
            double length = Math.min(seg.end(), 6) - seg.start();
            if (length < 1e-9) {
                continue;
            }
            for (int m = 1; m < 64; m++) {
                double t = seg.start() + length * m / 64;
                payoffs.payoffs(seg.state(g, t), f);
                for (int k = 0; k < g.populations().size(); k++) {
                    int at = payoffs.start(k);
                    double best = Double.NEGATIVE_INFINITY;
                    double scale = 1;
                    for (int i = 0; i < g.populations().get(k).size(); i++) {
                        best = Math.max(best, f[at + i]);
                        scale = Math.max(scale, Math.abs(f[at + i]));
                    }
                    assertTrue(
                            f[at + seg.target()[k]] >= best - 1e-9 * scale,
                            "seed " + seed + " segment " + q + " t = " + t + ": population " + k + "'s target "
                                    + seg.target()[k] + " is beaten");
                }
            }
            if (q + 1 < segments.size()) {
                BestResponsePath.Segment next = segments.get(q + 1);
                double[] end = seg.state(g, seg.end());
                assertEquals(seg.end(), next.start(), 0.0);
                for (int c = 0; c < end.length; c++) {
                    assertEquals(end[c], next.from()[c], 0.0, "continuous");
                }
                payoffs.payoffs(end, f);
                for (int k = 0; k < g.populations().size(); k++) {
                    if (seg.target()[k] != next.target()[k]) {
                        int at = payoffs.start(k);
                        double scale = 1 + Math.abs(f[at + seg.target()[k]]);
                        assertEquals(
                                f[at + seg.target()[k]],
                                f[at + next.target()[k]],
                                1e-9 * scale,
                                "seed " + seed + ": the old and new best replies tie at switch " + q);
                    }
                }
            }
        }
    }
}
