package org.egt4j.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.egt4j.dynamics.Replicator;
import org.egt4j.game.BoundGame;
import org.egt4j.game.Game;
import org.egt4j.ode.SolverSettings;
import org.egt4j.stability.StabilityAnalysis;
import org.egt4j.stability.VertexTable;
import org.egt4j.testing.RandomGames;
import org.egt4j.testing.TextbookGames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Analyses: Wilson intervals, basins with a closed-form boundary, stability maps, grids, sweeps. */
class AnalysisTest {

    @Test
    void wilsonIntervalsMatchPublishedValues() {
        // Newcombe, Statistics in Medicine 17 (1998), table I: 0/10 -> [0, 0.2775], 5/10 -> [0.2366, 0.7634]
        Wilson zero = Wilson.of(0, 10);
        assertEquals(0, zero.lower(), 1e-12);
        assertEquals(0.2775, zero.upper(), 1e-4);
        Wilson half = Wilson.of(5, 10);
        assertEquals(0.2366, half.lower(), 1e-4);
        assertEquals(0.7634, half.upper(), 1e-4);
        Wilson all = Wilson.of(29, 29);
        assertEquals(0.8830, all.lower(), 1e-4);
        assertEquals(1, all.upper(), 1e-12);
    }

    @Test
    void coordinationGameBasinMatchesItsClosedFormBoundary() {
        // A = [[a, 0], [0, b]]: the interior rest point x* = b/(a+b) separates the basins; uniform starts
        // reach the first strategy with probability 1 - x* = a/(a+b)
        Game coordination = Game.builder("coordination")
                .parameter("a", 2)
                .parameter("b", 1)
                .population("p", List.of("first", "second"), "x")
                .matrix(new String[][] {{"a", "0"}, {"0", "b"}})
                .build();
        BoundGame bound = coordination.bind();
        BasinEstimate basins =
                BasinEstimate.of(bound, StabilityAnalysis.of(bound), 4000, 7, 500, SolverSettings.DEFAULT, 2);
        assertEquals(2, basins.attractors().size());
        BasinEstimate.Attractor first = basins.attractors().get(0);
        assertEquals("(first)", first.label());
        assertTrue(
                first.interval().lower() <= 2.0 / 3
                        && 2.0 / 3 <= first.interval().upper(),
                first.toString());
        assertEquals(0, basins.unresolved());
        assertEquals(4000, first.count() + basins.attractors().get(1).count());
        BasinEstimate again =
                BasinEstimate.of(bound, StabilityAnalysis.of(bound), 4000, 7, 500, SolverSettings.DEFAULT, 1);
        assertEquals(first.count(), again.attractors().get(0).count(), "same seed, one thread: same counts");
    }

    static LongStream seeds() {
        return RandomGames.seeds(40);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void stabilityMapAgreesWithAFreshAnalysisAtRandomGridPoints(long seed) {
        RandomGames.Recipe recipe = RandomGames.recipe(seed);
        if (recipe.parameters.size() < 2) {
            return; // needs two parameters
        }
        Game g = recipe.build();
        BoundGame bound = g.bind();
        VertexTable table = StabilityAnalysis.of(bound).vertices();
        StabilityMap map = StabilityMap.of(bound, table, "a", new double[] {0.2, 3}, "b", new double[] {0.2, 3}, 9);
        SplittableRandom r = new SplittableRandom(seed);
        for (int check = 0; check < 5; check++) {
            int i = r.nextInt(9);
            int j = r.nextInt(9);
            Map<String, Double> point = new HashMap<>(bound.parameterValues());
            point.put("a", map.x()[i]);
            point.put("b", map.y()[j]);
            VertexTable fresh = StabilityAnalysis.of(g.bind(point)).vertices();
            int expected = StabilityMap.NONE;
            for (int v = 0; v < fresh.vertices().size(); v++) {
                if (fresh.vertices().get(v).stability() == org.egt4j.stability.Stability.STABLE) {
                    expected = expected == StabilityMap.NONE ? v : StabilityMap.SEVERAL;
                }
            }
            assertEquals(expected, map.cells()[j][i], "seed " + seed + " at a = " + map.x()[i] + ", b = " + map.y()[j]);
        }
    }

    @Test
    void thresholdCurvesAreTheZerosOfEigenvaluesAffineInTheHorizontalParameter() {
        // at the vertex (first): λ = S - C, zero along S = C; λ = S + exp(S) - C is not affine in S
        // (the atom exp(S) moves with S), so it has no curve: −a/b with a = exp(S₀) - C would be wrong
        for (String lambda : List.of("S - C", "S + exp(S) - C")) {
            Game g = Game.builder("curves")
                    .parameter("S", 1)
                    .parameter("C", 2)
                    .population("p", List.of("first", "second"), "x")
                    .matrix(new String[][] {{"0", "1"}, {lambda, "0"}})
                    .build();
            BoundGame bound = g.bind();
            VertexTable table = StabilityAnalysis.of(bound).vertices();
            StabilityMap map = StabilityMap.of(bound, table, "S", new double[] {0, 4}, "C", new double[] {0, 4}, 5);
            List<StabilityMap.Curve> curves = map.curves().stream()
                    .filter(c -> c.label().startsWith("(first)"))
                    .toList();
            if (lambda.equals("S - C")) {
                assertEquals(1, curves.size(), curves.toString());
                assertArrayEquals(map.y(), curves.get(0).x(), 1e-12, "S = C");
            } else {
                assertTrue(curves.isEmpty(), "no curve for an eigenvalue through an atom of S");
            }
        }
    }

    @Test
    void initialGridIsEveryCombinationOfLevelsCappedEvenly() {
        Game two = Game.builder("g")
                .population("p", List.of("a", "b"), "x")
                .population("q", List.of("c", "d"), "y")
                .fitness("p", "a", "y")
                .fitness("p", "b", "0")
                .fitness("q", "c", "x")
                .fitness("q", "d", "0")
                .build();
        List<double[]> grid = InitialGrid.of(two, InitialGrid.defaultLevels(), 81);
        assertEquals(9, grid.size());
        assertArrayEquals(new double[] {0.2, 0.2}, grid.get(0), 0);
        assertArrayEquals(new double[] {0.8, 0.8}, grid.get(8), 0);
        assertEquals(4, InitialGrid.of(two, InitialGrid.defaultLevels(), 4).size());
        Game rps = Game.builder("rps")
                .population("p", "r", "s", "x")
                .matrix(new String[][] {{"0", "1", "-1"}, {"-1", "0", "1"}, {"1", "-1", "0"}})
                .build();
        List<double[]> simplex = InitialGrid.of(rps, InitialGrid.defaultLevels(), 81);
        assertEquals(4, simplex.size(), "barycentre and one point near each vertex");
        assertArrayEquals(new double[] {0.6, 0.2}, simplex.get(1), 1e-15);
    }

    @Test
    void sweepStreamsResultsInGridOrderWhateverTheThreads() {
        Game hd = TextbookGames.hawkDove(2, 6);
        List<Map<String, Double>> points = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            points.add(Map.of("V", 0.1 * (i + 1)));
        }
        for (int threads : new int[] {1, 2, 3, 7}) {
            List<Integer> order = new ArrayList<>();
            List<Double> values = new ArrayList<>();
            new Sweep(threads, null)
                    .run(
                            hd,
                            points,
                            b -> {
                                double[] x = {0.5};
                                new org.egt4j.ode.DormandPrince54()
                                        .advance(Replicator.of(b), 0, x, 300, null, List.of(), List.of());
                                return x[0];
                            },
                            (i, v) -> {
                                order.add(i);
                                values.add(v);
                            });
            for (int i = 0; i < 30; i++) {
                assertEquals(i, order.get(i));
                assertEquals(0.1 * (i + 1) / 6, values.get(i), 1e-6, "the ESS V/C");
            }
        }
    }

    @Test
    void aShareOfASweepHandsItsSinkGlobalIndices() {
        Game hd = TextbookGames.hawkDove(2, 6);
        List<Map<String, Double>> points = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            points.add(Map.of("V", 1.0 + i));
        }
        List<Integer> whole = new ArrayList<>();
        List<Double> wholeValues = new ArrayList<>();
        new Sweep(2, null).run(hd, points, b -> b.parameterValue(0), (i, v) -> {
            whole.add(i);
            wholeValues.add(v);
        });
        List<Integer> shares = new ArrayList<>();
        List<Double> shareValues = new ArrayList<>();
        for (int[] share : new int[][] {{0, 7}, {7, 7}, {7, 20}}) {
            new Sweep(3, null).run(hd, points, share[0], share[1], b -> b.parameterValue(0), (i, v) -> {
                shares.add(i);
                shareValues.add(v);
            });
        }
        assertEquals(whole, shares, "the shares' indices concatenate to the whole sweep's");
        assertEquals(wholeValues, shareValues);
        assertEquals(1.0 + 19, shareValues.get(19));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> new Sweep(1, null)
                .run(hd, points, 5, 21, b -> 1.0, (i, v) -> {}));
        org.junit.jupiter.api.Assertions.assertThrows(
                IllegalArgumentException.class, () -> new Sweep(1, null).run(hd, points, 5, 4, b -> 1.0, (i, v) -> {}));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> new Sweep(1, null)
                .run(hd, points, -1, 4, b -> 1.0, (i, v) -> {}));
        // the lowest failing point decides, after the sink has every point before it
        List<Integer> before = new ArrayList<>();
        IllegalStateException e =
                org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, () -> new Sweep(2, null)
                        .run(
                                hd,
                                points,
                                2,
                                20,
                                b -> {
                                    double v = b.parameterValue(0);
                                    if (v == 9.0 || v == 15.0) {
                                        throw new IllegalStateException("V = " + v);
                                    }
                                    return v;
                                },
                                (i, v) -> before.add(i)));
        assertEquals("V = 9.0", e.getMessage());
        assertEquals(List.of(2, 3, 4, 5, 6, 7), before);
    }

    @Test
    void sweepReportsProgressAndCanBeCancelled() {
        Game hd = TextbookGames.hawkDove(2, 6);
        List<Map<String, Double>> points = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            points.add(Map.of("V", 1.0 + i));
        }
        long[] last = {0};
        new Sweep(2, (done, total) -> {
                    synchronized (last) {
                        last[0] = Math.max(last[0], done);
                    }
                    assertEquals(20, total);
                })
                .run(hd, points, b -> b.parameterValue(0), (i, v) -> {});
        assertEquals(20, last[0]);
        Sweep cancelled = new Sweep(2, null);
        cancelled.cancel();
        org.junit.jupiter.api.Assertions.assertThrows(
                java.util.concurrent.CancellationException.class,
                () -> cancelled.run(hd, points, b -> 1.0, (i, v) -> {}));
    }
}
