package org.egt4j.dynamics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.egt4j.game.BoundGame;
import org.egt4j.game.Game;
import org.egt4j.testing.RandomGames;
import org.egt4j.testing.RandomStates;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The replicator recovered as the mean dynamic of pairwise proportional imitation (Schlag 1998;
 * Sandholm 2010, §5.4.2), on 300 seeded random games (matrix, table and fitness forms) at interior,
 * vertex and edge states: the mean dynamic built from the protocol's rates alone equals the compiled
 * replicator field, and its central-difference Jacobian equals the replicator's exact Jacobian.
 */
class RevisionProtocolTest {

    static LongStream seeds() {
        return RandomGames.seeds(300);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void pairwiseProportionalImitationHasTheReplicatorAsItsMeanDynamic(long seed) {
        Game g = RandomGames.recipe(seed).build();
        BoundGame b = g.bind();
        Replicator replicator = Replicator.of(b);
        MeanDynamic mean = MeanDynamic.of(b, PairwiseProportionalImitation.INSTANCE);
        int n = g.dimension();
        SplittableRandom r = new SplittableRandom(seed);
        for (double[][] s : List.of(RandomStates.interior(g, r), RandomStates.vertex(g, r), RandomStates.edge(g, r))) {
            double[] x = RandomStates.reduced(g, s);
            double[] expected = new double[n];
            double[] actual = new double[n];
            replicator.derivative(x, expected);
            mean.derivative(x, actual);
            double[] je = new double[n * n];
            double[] ja = new double[n * n];
            replicator.jacobian(x, je);
            mean.copy().jacobian(x, ja);
            double scale = 1;
            for (double v : je) {
                scale = Math.max(scale, Math.abs(v));
            }
            for (int i = 0; i < n; i++) {
                assertEquals(expected[i], actual[i], 1e-12 * scale, "ẋ_" + i + ", seed " + seed);
                for (int j = 0; j < n; j++) {
                    assertEquals(je[i * n + j], ja[i * n + j], 1e-6 * scale, "J_" + i + j + ", seed " + seed);
                }
            }
        }
    }
}
