package org.egt4j.finite;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.egt4j.ModelException;
import org.egt4j.game.Game;
import org.egt4j.random.RandomStreams;
import org.hipparchus.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Several finite populations in the small-mutation limit: a mutant fixes against constant payoffs (the
 * others held at their profile), so every ρ is the constant-fitness closed form (1 − 1/r)/(1 −
 * 1/r<sup>N</sup>) (Nowak 2006, Evolutionary Dynamics, chapter 6); the chain over pure profiles against
 * power iteration; symmetric games give symmetric distributions.
 */
class FiniteGameTest {

    static Stream<Arguments> seeds() {
        return LongStream.range(0, 30).mapToObj(s -> Arguments.of(s));
    }

    /** A two-population game with integer payoffs drawn from the seed, written as `fitness:`. */
    static Game randomGame(SplittableRandom r, int rowStrategies, boolean symmetric) {
        int n = rowStrategies;
        int[][] row = new int[n][2];
        int[][] col = new int[2][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < 2; j++) {
                row[i][j] = 1 + r.nextInt(5);
            }
        }
        // symmetric (n = 2): column strategy j against row strategy i earns what row j earns against column i
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < 2; j++) {
                col[j][i] = symmetric ? row[j][i] : 1 + r.nextInt(5);
            }
        }
        String[] names = {"a", "b", "c", "d"};
        var b = Game.builder("random")
                .population("row", List.of(names).subList(0, n), "x")
                .population("column", List.of("a", "b"), "y");
        for (int i = 0; i < n; i++) {
            b.fitness("row", names[i], row[i][0] + "*y + " + row[i][1] + "*(1 - y)");
        }
        // column strategy j against the row's shares: x_i for i < n-1, the last 1 - sum
        for (int j = 0; j < 2; j++) {
            StringBuilder f = new StringBuilder();
            for (int i = 0; i < n; i++) {
                f.append(i == 0 ? "" : " + ").append(col[j][i]).append("*row.").append(names[i]);
            }
            b.fitness("column", names[j], f.toString());
        }
        return b.build();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void everyFixationIsTheConstantFitnessClosedForm(long seed) {
        SplittableRandom r = RandomStreams.stream(seed, 20);
        Game g = randomGame(r, 2 + r.nextInt(2), false);
        int[] sizes = {2 + r.nextInt(30), 2 + r.nextInt(30)};
        double w = (1 + r.nextInt(10)) / 10.0;
        FiniteGame fg = FiniteGame.of(g.bind(), FiniteProcess.MORAN, sizes, w);
        BigFraction wf = new BigFraction(Math.round(w * 10), 10);
        for (FiniteGame.ProfileFixation pf : fg.fixations()) {
            int[] with = pf.profile().clone();
            with[pf.population()] = pf.fixation().mutant();
            BigFraction pm = new BigFraction((long) fg.payoff(pf.population(), with));
            BigFraction pr = new BigFraction((long) fg.payoff(pf.population(), pf.profile()));
            BigFraction phiM = BigFraction.ONE.subtract(wf).add(wf.multiply(pm));
            BigFraction phiR = BigFraction.ONE.subtract(wf).add(wf.multiply(pr));
            int n = sizes[pf.population()];
            BigFraction expected;
            if (phiM.equals(phiR)) {
                expected = new BigFraction(1, n);
            } else {
                BigFraction inv = phiR.divide(phiM);
                expected = BigFraction.ONE.subtract(inv).divide(BigFraction.ONE.subtract(inv.pow(n)));
            }
            if (pf.fixation().exact() != null) {
                assertEquals(expected, pf.fixation().exact());
            }
            assertEquals(expected.doubleValue(), pf.fixation().probability(), 1e-12 * expected.doubleValue());
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theProfileChainWeighsPopulationsBySizeAndAgreesWithPowerIteration(long seed) {
        SplittableRandom r = RandomStreams.stream(seed, 21);
        int rows = 2 + r.nextInt(3);
        Game g = randomGame(r, rows, false);
        int[] sizes = {2 + r.nextInt(20), 2 + r.nextInt(20)};
        FiniteGame fg = FiniteGame.of(g.bind(), FiniteProcess.PAIRWISE_COMPARISON, sizes, r.nextDouble(0, 0.5));
        SmallMutation sm = fg.smallMutation();
        int count = rows * 2;
        assertEquals(count, sm.states().length);
        double total = sizes[0] + sizes[1];
        for (int s = 0; s < count; s++) {
            int[] from = sm.states()[s];
            double rowSum = 0;
            for (int t = 0; t < count; t++) {
                int[] to = sm.states()[t];
                rowSum += sm.transition()[s][t];
                int differ = 0;
                int p = -1;
                for (int q = 0; q < 2; q++) {
                    if (from[q] != to[q]) {
                        differ++;
                        p = q;
                    }
                }
                if (differ == 1) {
                    double rho = fg.fixation(p, to[p], from).probability();
                    int strategies = p == 0 ? rows : 2;
                    assertEquals(sizes[p] / total * rho / (strategies - 1), sm.transition()[s][t], 1e-15);
                } else if (differ == 2) {
                    assertEquals(0.0, sm.transition()[s][t]);
                }
            }
            assertEquals(1, rowSum, 1e-14);
        }
        assertArrayEquals(SmallMutationTest.powerIteration(sm.transition()), sm.stationary(), 1e-10);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aSymmetricGameBetweenEqualPopulationsHasASymmetricDistribution(long seed) {
        SplittableRandom r = RandomStreams.stream(seed, 22);
        Game g = randomGame(r, 2, true);
        int n = 2 + r.nextInt(50);
        FiniteGame fg =
                FiniteGame.of(g.bind(), FiniteProcess.PAIRWISE_COMPARISON, new int[] {n, n}, r.nextDouble(0, 3));
        SmallMutation sm = fg.smallMutation();
        // profiles (a,a), (a,b), (b,a), (b,b): swapping the populations exchanges (a,b) and (b,a)
        assertEquals(sm.logStationary()[1], sm.logStationary()[2], 1e-12 * (1 + Math.abs(sm.logStationary()[1])));
        assertEquals(
                fg.fixation(0, 1, new int[] {0, 0}).logProbability(),
                fg.fixation(1, 1, new int[] {0, 0}).logProbability());
    }

    @Test
    void badInputIsRefused() {
        Game g = randomGame(RandomStreams.stream(1, 23), 2, false);
        assertThrows(ModelException.class, () -> FiniteGame.of(g.bind(), FiniteProcess.MORAN, new int[] {10}, 1));
        assertThrows(ModelException.class, () -> FiniteGame.of(g.bind(), FiniteProcess.MORAN, new int[] {10, 1}, 1));
        assertThrows(
                ModelException.class,
                () -> FiniteGame.of(g.bind(), FiniteProcess.PAIRWISE_COMPARISON, new int[] {10, 10}, -1));
        Game one = Game.builder("one")
                .population("p", List.of("a", "b"), "x")
                .matrix(new String[][] {{"1", "2"}, {"3", "4"}})
                .build();
        assertThrows(ModelException.class, () -> FiniteGame.of(one.bind(), FiniteProcess.MORAN, new int[] {10}, 1));
        Game own = Game.builder("own")
                .population("row", List.of("a", "b"), "x")
                .population("column", List.of("a", "b"), "y")
                .fitness("row", "a", "x*y")
                .fitness("row", "b", "1")
                .fitness("column", "a", "x")
                .fitness("column", "b", "1")
                .build();
        ModelException e = assertThrows(
                ModelException.class, () -> FiniteGame.of(own.bind(), FiniteProcess.MORAN, new int[] {10, 10}, 1));
        assertTrue(e.problem().contains("own shares"), e.problem());
        Game negative = Game.builder("negative")
                .population("row", List.of("a", "b"), "x")
                .population("column", List.of("a", "b"), "y")
                .fitness("row", "a", "-y")
                .fitness("row", "b", "1")
                .fitness("column", "a", "x")
                .fitness("column", "b", "1")
                .build();
        ModelException m = assertThrows(
                ModelException.class, () -> FiniteGame.of(negative.bind(), FiniteProcess.MORAN, new int[] {10, 10}, 1));
        assertTrue(m.problem().contains("(a, a)"), m.problem());
        FiniteGame ok = FiniteGame.of(g.bind(Map.of()), FiniteProcess.MORAN, new int[] {10, 12}, 0.5);
        assertEquals(12, ok.size(1));
        assertEquals(0.5, ok.intensity());
        assertEquals(FiniteProcess.MORAN, ok.process());
        assertEquals(4, ok.normalForm().profileCount());
    }
}
