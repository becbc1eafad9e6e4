package org.egt4j.random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Random streams: reproducible, distinct across index and seed, statistically sane and independent of
 * the asking thread.
 *
 * <p>Statistical budget: every check below compares a statistic with its standard error σ under the
 * hypothesis of independent uniform draws and fails beyond 5σ, a false-alarm probability of about
 * 6·10<sup>-7</sup> per check for a genuinely random generator; the tests make about 300 such checks,
 * so the whole class would fail by chance with probability below 2·10<sup>-4</sup> (and, the seeds
 * being fixed, it either always passes or always fails for a given generator).
 */
class RandomStreamsTest {

    private static final int DRAWS = 20_000;

    static Stream<Long> seeds() {
        SplittableRandom r = new SplittableRandom(20261201L);
        List<Long> s = new ArrayList<>(List.of(0L, 1L, 2L, 3L, -1L, Long.MIN_VALUE));
        for (int i = 0; i < 4; i++) {
            s.add(r.nextLong());
        }
        return s.stream();
    }

    private static double[] draws(long seed, long index, int n) {
        SplittableRandom r = RandomStreams.stream(seed, index);
        double[] d = new double[n];
        for (int i = 0; i < n; i++) {
            d[i] = r.nextDouble();
        }
        return d;
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aStreamIsReproducible(long seed) {
        for (long index : new long[] {0, 1, 7, 1L << 40, -1}) {
            assertArrayEquals(draws(seed, index, 100), draws(seed, index, 100), 0.0, "index " + index);
        }
    }

    @Test
    void theConstructionIsTheDocumentedOne() {
        // the first output of SplitMix64 from the stream seed s is mix64(s + γ): this pins both our
        // derivation and the JDK's SplittableRandom algorithm, on which reproducibility rests
        long s = RandomStreams.streamSeed(42, 5);
        assertEquals(
                RandomStreams.fmix64(
                        RandomStreams.mix64(42 + RandomStreams.GOLDEN_GAMMA) + 6 * RandomStreams.GOLDEN_GAMMA),
                s);
        SplittableRandom r = RandomStreams.stream(42, 5);
        assertEquals(RandomStreams.mix64(s + RandomStreams.GOLDEN_GAMMA), r.nextLong());
        assertEquals(RandomStreams.mix64(s + 2 * RandomStreams.GOLDEN_GAMMA), r.nextLong());
        // the first two outputs of the reference splitmix64.c seeded with 0; fmix64 is murmur3's
        // finalizer, which fixes 0 and, unlike mix64, shifts by 33 three times
        assertEquals(0, RandomStreams.fmix64(0));
        assertEquals(0xb456bcfc34c2cb2cL, RandomStreams.fmix64(1));
        assertEquals(0xe220a8397b1dcdafL, RandomStreams.mix64(RandomStreams.GOLDEN_GAMMA));
        assertEquals(0x6e789e6aa1b965f4L, RandomStreams.mix64(2 * RandomStreams.GOLDEN_GAMMA));
        SplittableRandom zero = new SplittableRandom(0);
        assertEquals(0xe220a8397b1dcdafL, zero.nextLong());
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void streamsDifferAcrossIndexAndSeed(long seed) {
        Set<Long> firsts = new HashSet<>();
        for (long index = 0; index < 10_000; index++) {
            assertTrue(firsts.add(RandomStreams.stream(seed, index).nextLong()), "index " + index);
        }
        for (long other = seed - 50; other < seed + 50; other++) {
            if (other != seed) {
                for (long index = 0; index < 3; index++) {
                    assertNotEquals(
                            RandomStreams.streamSeed(seed, index),
                            RandomStreams.streamSeed(other, index),
                            "seeds " + seed + " and " + other + ", index " + index);
                    // nearby seeds must not give index-shifted copies of each other
                    assertNotEquals(
                            RandomStreams.streamSeed(seed, index + 1),
                            RandomStreams.streamSeed(other, index),
                            "seeds " + seed + " and " + other + ", indices shifted");
                }
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void meansAndNeighbourCorrelationsAreWithinFiveSigma(long seed) {
        // mean of n uniforms: 1/2 ± sqrt(1/12n); sample correlation of independent sequences: 0 ± 1/sqrt(n)
        double meanSigma = Math.sqrt(1.0 / (12.0 * DRAWS));
        double corrSigma = 1 / Math.sqrt(DRAWS);
        for (long index = 0; index < 8; index++) {
            double[] a = draws(seed, index, DRAWS);
            double[] nextIndex = draws(seed, index + 1, DRAWS);
            double[] nextSeed = draws(seed + 1, index, DRAWS);
            assertEquals(0.5, mean(a), 5 * meanSigma, "mean of stream " + index);
            assertEquals(0, correlation(a, nextIndex), 5 * corrSigma, "streams " + index + " and " + (index + 1));
            assertEquals(0, correlation(a, nextSeed), 5 * corrSigma, "seeds " + seed + " and " + (seed + 1));
            // lag-1 autocorrelation within the stream
            double[] lagged = new double[DRAWS - 1];
            System.arraycopy(a, 1, lagged, 0, DRAWS - 1);
            double[] head = new double[DRAWS - 1];
            System.arraycopy(a, 0, head, 0, DRAWS - 1);
            assertEquals(0, correlation(head, lagged), 5 * corrSigma, "lag 1 in stream " + index);
        }
        // the first draws of 20 000 consecutive streams are uniform too (what BasinEstimate uses)
        double[] firsts = new double[DRAWS];
        for (int i = 0; i < DRAWS; i++) {
            firsts[i] = RandomStreams.stream(seed, i).nextDouble();
        }
        assertEquals(0.5, mean(firsts), 5 * meanSigma, "first draws across streams");
        int[] bins = new int[10];
        for (double f : firsts) {
            bins[(int) (f * 10)]++;
        }
        double chi2 = 0;
        for (int b : bins) {
            chi2 += (b - DRAWS / 10.0) * (b - DRAWS / 10.0) / (DRAWS / 10.0);
        }
        // χ² with 9 degrees of freedom: P(χ² > 37) ≈ 2.5·10⁻⁵
        assertTrue(chi2 < 37, "chi-square of the first draws " + chi2);
    }

    @Test
    void aStreamDoesNotDependOnTheThreadThatAsks() throws Exception {
        int streams = 64;
        double[][] main = new double[streams][];
        for (int i = 0; i < streams; i++) {
            main[i] = draws(9, i, 50);
        }
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<double[]>> futures = new ArrayList<>();
            // ask in reverse order, interleaved over three threads
            for (int i = streams - 1; i >= 0; i--) {
                int index = i;
                futures.add(pool.submit(() -> draws(9, index, 50)));
            }
            for (int k = 0; k < streams; k++) {
                assertArrayEquals(main[streams - 1 - k], futures.get(k).get(), 0.0, "stream " + (streams - 1 - k));
            }
        } finally {
            pool.shutdown();
        }
        assertFalse(java.util.Arrays.equals(main[0], main[1]));
    }

    @Test
    void everyFixedSeedIsListed() {
        assertEquals(
                List.of("directMethod", "lyapunovSpectrum", "vertexWitnesses", "restPointSets"),
                List.copyOf(FixedSeeds.all().keySet()));
        assertEquals(FixedSeeds.DIRECT_METHOD, FixedSeeds.all().get("directMethod"));
        assertEquals(FixedSeeds.LYAPUNOV_SPECTRUM, FixedSeeds.all().get("lyapunovSpectrum"));
        assertEquals(FixedSeeds.VERTEX_WITNESSES, FixedSeeds.all().get("vertexWitnesses"));
        assertEquals(FixedSeeds.REST_POINT_SETS, FixedSeeds.all().get("restPointSets"));
        assertTrue(RandomStreams.GENERATOR.contains("SplittableRandom"));
    }

    private static double mean(double[] a) {
        double s = 0;
        for (double v : a) {
            s += v;
        }
        return s / a.length;
    }

    private static double correlation(double[] a, double[] b) {
        double ma = mean(a);
        double mb = mean(b);
        double sab = 0;
        double saa = 0;
        double sbb = 0;
        for (int i = 0; i < a.length; i++) {
            sab += (a[i] - ma) * (b[i] - mb);
            saa += (a[i] - ma) * (a[i] - ma);
            sbb += (b[i] - mb) * (b[i] - mb);
        }
        return sab / Math.sqrt(saa * sbb);
    }
}
