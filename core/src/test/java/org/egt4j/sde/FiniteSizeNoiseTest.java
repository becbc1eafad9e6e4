package org.egt4j.sde;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.egt4j.ModelException;
import org.egt4j.dynamics.MeanDynamic;
import org.egt4j.dynamics.PairwiseProportionalImitation;
import org.egt4j.dynamics.PayoffField;
import org.egt4j.game.BoundGame;
import org.egt4j.game.Game;
import org.egt4j.random.RandomStreams;
import org.egt4j.testing.RandomGames;
import org.egt4j.testing.RandomStates;
import org.egt4j.testing.TextbookGames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Finite-size noise, the diffusion approximation of N agents revising by pairwise proportional
 * imitation, against the finite process itself:
 *
 * <ul>
 *   <li>its drift and covariance b bᵀ against the exact conditional moments of one step of the
 *       uniformised jump chain (every agent's clock at rate R, a step lasting τ = 1/(NR)), enumerated
 *       from the protocol's rates ({@link PairwiseProportionalImitation}): E[ΔX]/τ is the drift and
 *       Cov[ΔX]/τ + τ·(E[ΔX]/τ)(E[ΔX]/τ)ᵀ is b bᵀ exactly (to 1e-12), on seeded random games at
 *       interior, edge and vertex states; populations are independent (zero cross blocks);
 *   <li>ensemble mean and variance at time T against a Gillespie simulation of the chain (N = 400),
 *       within 4 standard errors plus the diffusion approximation's O(1/N²) and Euler's O(dt) bias;
 *   <li>the ensemble's absorption at x = 1 against the exact absorption probability of the diffusion,
 *       (1 − e<sup>−2Nx₀</sup>)/(1 − e<sup>−2N</sup>) for a constant payoff advantage (scale function
 *       of dx = cx(1 − x)dt + √(cx(1 − x)/N) dW, Karlin and Taylor, <i>A Second Course in Stochastic
 *       Processes</i>, 1981, §15.3).
 * </ul>
 */
class FiniteSizeNoiseTest {

    static LongStream seeds() {
        return RandomGames.seeds(30);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void driftAndCovarianceAreTheJumpMomentsOfOneStepOfTheImitationChain(long seed) {
        Game g = RandomGames.recipe(seed).build();
        BoundGame bound = g.bind();
        double size = 50;
        ReplicatorSde sde = ReplicatorSde.of(bound, Noise.finiteSize(size));
        PayoffField payoffs = PayoffField.of(bound);
        SplittableRandom r = new SplittableRandom(seed);
        List<double[][]> states = new ArrayList<>(
                List.of(RandomStates.interior(g, r), RandomStates.edge(g, r), RandomStates.vertex(g, r)));
        int n = sde.dimension();
        int m = sde.brownianDimension();
        double[] drift = new double[n];
        double[] b = new double[n * m];
        double[] f = new double[payoffs.size()];
        MeanDynamic replicator = MeanDynamic.of(bound, PairwiseProportionalImitation.INSTANCE);
        double[] mean = new double[n];
        for (double[][] s : states) {
            double[] x = RandomStates.reduced(g, s);
            sde.drift(x, drift);
            sde.diffusion(x, b);
            replicator.derivative(x, mean);
            payoffs.payoffs(x, f);
            double[][] sigma = new double[n][n];
            for (int c = 0; c < n; c++) {
                for (int d = 0; d < n; d++) {
                    for (int j = 0; j < m; j++) {
                        sigma[c][d] += b[c * m + j] * b[d * m + j];
                    }
                }
            }
            for (int k = 0; k < g.populations().size(); k++) {
                int size_k = g.populations().get(k).size();
                double[] pi = new double[size_k];
                System.arraycopy(f, payoffs.start(k), pi, 0, size_k);
                double[] rates = new double[size_k * size_k];
                PairwiseProportionalImitation.INSTANCE.rates(pi, s[k], rates);
                double clock = 1;
                for (int i = 0; i < size_k; i++) {
                    double out = 0;
                    for (int j = 0; j < size_k; j++) {
                        out += j == i ? 0 : rates[i * size_k + j];
                    }
                    clock = Math.max(clock, out + 1);
                }
                double tau = 1 / (size * clock);
                // one step: an agent drawn uniformly (an i-player with probability x_i) switches to j
                // with probability rho_ij / R; the jump is (e_j - e_i)/N in all n shares
                double[] m1 = new double[size_k];
                double[][] m2 = new double[size_k][size_k];
                for (int i = 0; i < size_k; i++) {
                    for (int j = 0; j < size_k; j++) {
                        if (j == i) {
                            continue;
                        }
                        double p = s[k][i] * rates[i * size_k + j] / clock;
                        double[] jump = new double[size_k];
                        jump[j] += 1 / size;
                        jump[i] -= 1 / size;
                        for (int c = 0; c < size_k; c++) {
                            m1[c] += p * jump[c];
                            for (int d = 0; d < size_k; d++) {
                                m2[c][d] += p * jump[c] * jump[d];
                            }
                        }
                    }
                }
                int o = g.offset(k);
                double scale = 1e-12 * (1 + maxAbs(pi));
                for (int c = 0; c < size_k - 1; c++) {
                    assertEquals(m1[c] / tau, drift[o + c], scale, "drift, seed " + seed);
                    assertEquals(mean[o + c], drift[o + c], scale, "the replicator, seed " + seed);
                    for (int d = 0; d < size_k - 1; d++) {
                        double cov = m2[c][d] - m1[c] * m1[d];
                        double fromChain = cov / tau + tau * (m1[c] / tau) * (m1[d] / tau);
                        assertEquals(fromChain, sigma[o + c][o + d], scale, "covariance, seed " + seed);
                    }
                    for (int d = 0; d < n; d++) {
                        if (d < o || d >= o + size_k - 1) {
                            assertEquals(0, sigma[o + c][d], 0.0, "populations are independent");
                        }
                    }
                }
            }
        }
    }

    private static double maxAbs(double[] v) {
        double m = 0;
        for (double d : v) {
            m = Math.max(m, Math.abs(d));
        }
        return m;
    }

    /** Gillespie's direct method on the counts of one population; returns the shares at time T. */
    private static double[] chainAt(BoundGame bound, int size, int[] counts0, double time, SplittableRandom random) {
        PayoffField payoffs = PayoffField.of(bound);
        int n = counts0.length;
        int[] counts = counts0.clone();
        double[] x = new double[n - 1];
        double[] shares = new double[n];
        double[] f = new double[n];
        double[] rates = new double[n * n];
        double t = 0;
        while (true) {
            for (int i = 0; i < n; i++) {
                shares[i] = (double) counts[i] / size;
                if (i < n - 1) {
                    x[i] = shares[i];
                }
            }
            payoffs.payoffs(x, f);
            PairwiseProportionalImitation.INSTANCE.rates(f, shares, rates);
            double total = 0;
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    total += j == i ? 0 : counts[i] * rates[i * n + j];
                }
            }
            if (total <= 0) {
                return shares;
            }
            t += -Math.log(1 - random.nextDouble()) / total;
            if (t > time) {
                return shares;
            }
            double u = random.nextDouble() * total;
            int from = -1;
            int to = -1;
            outer:
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    if (j != i) {
                        u -= counts[i] * rates[i * n + j];
                        from = i;
                        to = j;
                        if (u < 0) {
                            break outer;
                        }
                    }
                }
            }
            counts[from]--;
            counts[to]++;
        }
    }

    static List<Object[]> chainCases() {
        return List.of(
                new Object[] {"hawk-dove", TextbookGames.hawkDove(2, 3), new int[] {80, 320}},
                new Object[] {"rock-paper-scissors", TextbookGames.rockPaperScissors(), new int[] {200, 120, 80}});
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("chainCases")
    void ensembleMeanAndVarianceMatchAGillespieSimulationOfTheImitationChain(String name, Game g, int[] counts) {
        BoundGame bound = g.bind();
        int size = 400;
        double time = 2;
        int n = counts.length;
        double[] x0 = new double[n - 1];
        for (int i = 0; i < n - 1; i++) {
            x0[i] = (double) counts[i] / size;
        }
        int paths = 6000;
        ReplicatorSde sde = ReplicatorSde.of(bound, Noise.finiteSize(size));
        PathEnsemble.Result r = PathEnsemble.run(
                sde, x0, time, new PathEnsemble.Settings(paths, 1e-3, Scheme.EULER_MARUYAMA, 5, 2, 0), 2);
        int replicates = 6000;
        double[] sum = new double[n - 1];
        double[] sum2 = new double[n - 1];
        for (int rep = 0; rep < replicates; rep++) {
            double[] end = chainAt(bound, size, counts, time, RandomStreams.stream(11, rep));
            for (int c = 0; c < n - 1; c++) {
                sum[c] += end[c];
                sum2[c] += end[c] * end[c];
            }
        }
        for (int c = 0; c < n - 1; c++) {
            double chainMean = sum[c] / replicates;
            double chainVar = (sum2[c] - replicates * chainMean * chainMean) / (replicates - 1);
            double sdeMean = r.mean()[1][c];
            double sdeVar = r.std()[1][c] * r.std()[1][c];
            double se = Math.sqrt(sdeVar / paths + chainVar / replicates);
            // 4 standard errors, plus 1e-3 for Euler's O(dt) bias and the O(1/N^2) of the approximation
            assertEquals(chainMean, sdeMean, 4 * se + 1e-3, name + " mean of coordinate " + c);
            // the sample variance's relative standard error is sqrt(2/(P - 1)) for near-Gaussian data;
            // 4 of them, plus 5% for the O(1/N) relative difference of the two processes' variances
            double relative = 4 * Math.sqrt(2.0 / paths + 2.0 / replicates) + 0.05;
            assertEquals(1, sdeVar / chainVar, relative, name + " variance of coordinate " + c);
            assertTrue(chainVar > 1e-5, "the variance is of order 1/N, not zero");
        }
    }

    @Test
    void absorptionMatchesTheExactAbsorptionProbabilityOfTheDiffusion() {
        // F1 - F2 = 1 everywhere: dx = x(1 - x) dt + sqrt(x(1 - x)/N) dW; the scale function
        // s'(y) = exp(-2N y) gives P(absorbed at 1 | x0) = (1 - e^{-2N x0})/(1 - e^{-2N})
        Game g = Game.builder("constant advantage")
                .population("p", List.of("a", "b"), "x")
                .matrix(new String[][] {{"1", "1"}, {"0", "0"}})
                .build();
        int size = 20;
        double x0 = 0.05;
        int paths = 3000;
        ReplicatorSde sde = ReplicatorSde.of(g.bind(), Noise.finiteSize(size));
        PathEnsemble.Result r = PathEnsemble.run(
                sde, new double[] {x0}, 20, new PathEnsemble.Settings(paths, 1e-3, Scheme.EULER_MARUYAMA, 3, 2, 0), 2);
        double exact = (1 - Math.exp(-2 * size * x0)) / (1 - Math.exp(-2.0 * size));
        double atOne = 0;
        double atZero = 0;
        for (PathEnsemble.Absorption a : r.absorbed()) {
            if (a.state()[0] == 1) {
                atOne = a.fraction();
            } else {
                atZero = a.fraction();
            }
        }
        double se = Math.sqrt(exact * (1 - exact) / paths);
        // 4 standard errors plus 0.02 for the Euler scheme's bias at the absorbing boundary, where the
        // diffusion sqrt(x/N) is not Lipschitz
        assertEquals(exact, atOne, 4 * se + 0.02, "absorbed at x = 1");
        assertEquals(1, atOne + atZero, 1e-12, "every path is absorbed by T = 20");
    }

    @Test
    void vertexConditionsAreTheFellerDiffusionsLambdaBelowZeroWithTheMeanSquareRateMaxOfLambdaAndTwoLambda() {
        // the absorption test above is this linearisation's extinction law at x = 0 (lambda = 1):
        // escape with probability 1 - e^{-2 N xi0}; here the verdicts' values and signs
        BoundGame hd = TextbookGames.hawkDove(2, 3).bind();
        ReplicatorSde sde = ReplicatorSde.of(hd, Noise.finiteSize(100));
        List<VertexStochasticStability.Verdict> verdicts = VertexStochasticStability.of(hd, sde);
        assertEquals(2, verdicts.size());
        for (VertexStochasticStability.Verdict v : verdicts) {
            assertTrue(v.restPoint());
            double lambda = v.vertex().eigenvalues().get(0).value();
            assertEquals(lambda, v.lyapunovExponent(), 0.0);
            assertEquals(Math.max(lambda, 2 * lambda), v.meanSquareExponent(), 0.0);
            assertEquals(lambda < 0, v.almostSurelyStable());
            assertEquals(lambda < 0, v.meanSquareStable());
            assertTrue(Double.isNaN(v.almostSure().get(0).sigmaThreshold()));
            assertEquals(0, v.almostSure().get(0).ownWeight(), 0.0);
        }
        // hawk-dove (V = 2, C = 3): both vertices are unstable (lambda = 1 at all-dove, 1/2 at all-hawk)
        assertTrue(verdicts.stream().noneMatch(VertexStochasticStability.Verdict::almostSurelyStable));
    }

    @Test
    void largePopulationsReproduceTheDeterministicReplicatorAndTheSchemeIsByteIdenticalAcrossThreads() {
        BoundGame bos = TextbookGames.battleOfTheSexes().bind();
        double[] x0 = {0.4, 0.7};
        ReplicatorSde huge = ReplicatorSde.of(bos, Noise.finiteSize(1e12));
        ReplicatorSde quiet = ReplicatorSde.of(bos, Noise.uniform(NoiseKind.LOGISTIC, 0));
        PathEnsemble.Settings s = new PathEnsemble.Settings(3, 1e-3, Scheme.EULER_MARUYAMA, 1, 6, 1);
        PathEnsemble.Result a = PathEnsemble.run(huge, x0, 5, s, 1);
        PathEnsemble.Result b = PathEnsemble.run(quiet, x0, 5, s, 1);
        for (int k = 0; k < 6; k++) {
            for (int c = 0; c < 2; c++) {
                // the noise is of order sqrt(t/N) = 2e-6
                assertEquals(b.mean()[k][c], a.mean()[k][c], 1e-5);
            }
        }
        ReplicatorSde small = ReplicatorSde.of(bos, Noise.finiteSize(new double[] {30, 60}));
        PathEnsemble.Settings many = new PathEnsemble.Settings(101, 0.01, Scheme.EULER_MARUYAMA, 42, 11, 3);
        PathEnsemble.Result one = PathEnsemble.run(small, x0, 4, many, 1);
        PathEnsemble.Result two = PathEnsemble.run(small, x0, 4, many, 2);
        PathEnsemble.Result seven = PathEnsemble.run(small, x0, 4, many, 7);
        assertTrue(java.util.Arrays.deepEquals(one.mean(), two.mean()));
        assertTrue(java.util.Arrays.deepEquals(one.std(), seven.std()));
        assertTrue(java.util.Arrays.deepEquals(one.paths().get(2), seven.paths().get(2)));
        assertEquals(one.boundaryHits(), seven.boundaryHits());
        assertEquals(30, small.populationSize(0), 0.0);
        assertEquals(60, small.populationSize(1), 0.0);
        assertEquals(Double.POSITIVE_INFINITY, quiet.populationSize(0), 0.0);
    }

    @Test
    void badSizesAndTheMilsteinSchemeAreRefusedWithAHint() {
        BoundGame bos = TextbookGames.battleOfTheSexes().bind();
        for (double bad : new double[] {1, 0, -5, 2.5, Double.NaN, Double.POSITIVE_INFINITY, 1e13}) {
            ModelException e = assertThrows(ModelException.class, () -> Noise.finiteSize(bad));
            assertTrue(e.hint().contains("whole number"), e.hint());
        }
        assertThrows(ModelException.class, () -> Noise.finiteSize(new double[] {100, 1}));
        ModelException sigma = assertThrows(ModelException.class, () -> Noise.uniform(NoiseKind.FINITE_SIZE, 1));
        assertTrue(sigma.hint().contains("size"), sigma.hint());
        assertThrows(ModelException.class, () -> Noise.perPopulation(NoiseKind.FINITE_SIZE, new double[] {100, 100}));
        assertThrows(ModelException.class, () -> ReplicatorSde.of(bos, Noise.finiteSize(new double[] {100})));
        ReplicatorSde sde = ReplicatorSde.of(bos, Noise.finiteSize(100));
        assertTrue(sde.supports(Scheme.EULER_MARUYAMA) && !sde.supports(Scheme.MILSTEIN));
        ModelException milstein = assertThrows(
                ModelException.class,
                () -> PathEnsemble.run(
                        sde,
                        new double[] {0.5, 0.5},
                        1,
                        new PathEnsemble.Settings(10, 0.01, Scheme.MILSTEIN, 1, 2, 0),
                        1));
        assertTrue(milstein.hint().contains("euler-maruyama"), milstein.hint());
        assertThrows(
                IllegalArgumentException.class,
                () -> sde.step(Scheme.MILSTEIN, new double[] {0.5, 0.5}, 0.01, new double[2]));
        assertEquals(NoiseKind.FINITE_SIZE, NoiseKind.parse("Finite-Size"));
        // three strategies are fine for finite-size noise: three pairs, three Brownian motions
        assertEquals(
                3,
                ReplicatorSde.of(TextbookGames.rockPaperScissors().bind(), Noise.finiteSize(10))
                        .brownianDimension());
    }
}
