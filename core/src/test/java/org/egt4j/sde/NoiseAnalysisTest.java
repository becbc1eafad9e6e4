package org.egt4j.sde;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.egt4j.game.BoundGame;
import org.egt4j.stability.StabilityAnalysis;
import org.egt4j.testing.TextbookGames;
import org.junit.jupiter.api.Test;

/**
 * The report's ensembles: one per scale factor from the barycentre, each equal to a direct {@link
 * PathEnsemble#run} of the scaled noise, byte-identical across thread counts; scaling multiplies σ or
 * divides N by the factor squared; the verdicts are those of the unscaled noise.
 */
class NoiseAnalysisTest {

    @Test
    void everyFactorIsADirectEnsembleOfTheScaledNoiseWhateverTheThreadCount() {
        BoundGame rps = TextbookGames.rockPaperScissors().bind();
        Noise noise = Noise.perStrategy(new double[][] {{0.4, 0.2, 0.1}});
        var table = StabilityAnalysis.of(rps).vertices();
        NoiseAnalysis.Result one = NoiseAnalysis.of(rps, table, noise, 3, 40, 0.01, Scheme.MILSTEIN, 5, 500, 1);
        NoiseAnalysis.Result two = NoiseAnalysis.of(rps, table, noise, 3, 40, 0.01, Scheme.MILSTEIN, 5, 500, 2);
        assertArrayEquals(new double[] {1.0 / 3, 1.0 / 3}, one.start(), 0.0);
        assertEquals(NoiseAnalysis.FACTORS.size(), one.runs().size());
        assertEquals(NoiseAnalysis.MAX_SAMPLES, one.settings().samples(), "samples are capped");
        for (int i = 0; i < one.runs().size(); i++) {
            NoiseAnalysis.Run a = one.runs().get(i);
            NoiseAnalysis.Run b = two.runs().get(i);
            assertTrue(Arrays.deepEquals(a.result().mean(), b.result().mean()), "threads " + a.factor());
            assertTrue(Arrays.deepEquals(a.result().ends(), b.result().ends()), "threads " + a.factor());
            PathEnsemble.Result direct = PathEnsemble.run(
                    ReplicatorSde.of(rps, noise.scaled(a.factor())), one.start(), 3, one.settings(), 1);
            assertTrue(Arrays.deepEquals(direct.ends(), a.result().ends()), "direct " + a.factor());
            assertEquals(0.4 * a.factor(), ReplicatorSde.of(rps, a.noise()).sigma(0, 0), 1e-15);
        }
        assertEquals(1.0, one.base().factor(), 0.0);
        assertEquals(noise, one.base().noise());
        assertThrows(IllegalArgumentException.class, () -> one.run(3));
        assertEquals(3, one.verdicts().size());
        assertEquals(
                VertexStochasticStability.of(table, ReplicatorSde.of(rps, noise))
                        .get(0)
                        .lyapunovExponent(),
                one.verdicts().get(0).lyapunovExponent(),
                0.0);
        // the end states are the last samples of the kept paths
        for (int r = 0; r < NoiseAnalysis.KEPT_PATHS; r++) {
            double[][] path = one.base().result().paths().get(r);
            assertArrayEquals(path[path.length - 1], one.base().result().ends()[r], 0.0);
        }
    }

    @Test
    void scalingMultipliesSigmasAndDividesPopulationSizesByTheFactorSquared() {
        BoundGame bos = TextbookGames.battleOfTheSexes().bind();
        assertEquals(
                Noise.uniform(NoiseKind.LOGISTIC, 1.0),
                Noise.uniform(NoiseKind.LOGISTIC, 0.5).scaled(2));
        assertEquals(
                Noise.perPopulation(NoiseKind.MULTIPLICATIVE, new double[] {0.25, 1}),
                Noise.perPopulation(NoiseKind.MULTIPLICATIVE, new double[] {0.5, 2})
                        .scaled(0.5));
        assertEquals(
                Noise.perStrategy(new double[][] {{2, 4}, {6, 8}}),
                Noise.perStrategy(new double[][] {{1, 2}, {3, 4}}).scaled(2));
        assertArrayEquals(new double[] {25, 25}, Noise.finiteSize(100).scaled(2).populationSizes(bos.game()), 0.0);
        assertArrayEquals(
                new double[] {400, 12},
                Noise.finiteSize(new double[] {100, 3})
                        .scaled(0.5)
                        .populationSizes(bos.game())
                        .clone(),
                0.0);
        assertArrayEquals(new double[] {2, 2}, Noise.finiteSize(10).scaled(4).populationSizes(bos.game()), 0.0);
        assertThrows(IllegalArgumentException.class, () -> Noise.finiteSize(10).scaled(0));
        assertThrows(IllegalArgumentException.class, () -> Noise.finiteSize(10).scaled(Double.NaN));
        assertEquals(0, Noise.uniform(NoiseKind.LOGISTIC, 1).populationSizes(bos.game()).length);
        assertEquals(List.of(0.5, 1.0, 2.0), NoiseAnalysis.SENSITIVITY);
        assertTrue(NoiseAnalysis.FACTORS.containsAll(NoiseAnalysis.SENSITIVITY));
    }
}
