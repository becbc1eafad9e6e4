package org.egt4j.stability;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.egt4j.dynamics.Replicator;
import org.egt4j.dynamics.VectorField;
import org.egt4j.game.Game;
import org.egt4j.ode.SolverSettings;
import org.egt4j.testing.TextbookGames;
import org.junit.jupiter.api.Test;

/** Lyapunov exponents against published values and exact limits. */
class LyapunovSpectrumTest {

    /** The Lorenz system σ = 10, ρ = 28, β = 8/3 through the general vector-field API. */
    static VectorField lorenz() {
        return new VectorField() {
            @Override
            public int dimension() {
                return 3;
            }

            @Override
            public void derivative(double[] x, double[] out) {
                out[0] = 10 * (x[1] - x[0]);
                out[1] = x[0] * (28 - x[2]) - x[1];
                out[2] = x[0] * x[1] - 8.0 / 3 * x[2];
            }

            @Override
            public void jacobian(double[] x, double[] out) {
                double[] j = {-10, 10, 0, 28 - x[2], -1, -x[0], x[1], x[0], -8.0 / 3};
                System.arraycopy(j, 0, out, 0, 9);
            }

            @Override
            public VectorField copy() {
                return this;
            }
        };
    }

    @Test
    void lorenzSpectrumMatchesThePublishedValues() {
        // Sprott, "Chaos and Time-Series Analysis" (2003): 0.9056, 0, -14.5723
        LyapunovSpectrum.Result r = LyapunovSpectrum.compute(
                lorenz(), new double[] {1, 1, 1}, 1000, 50, 0.5, SolverSettings.DEFAULT.withTolerances(1e-9, 1e-11));
        assertEquals(0.906, r.exponents()[0], 0.03);
        assertEquals(0.0, r.exponents()[1], 0.02);
        assertEquals(-14.572, r.exponents()[2], 0.05);
        double sum = r.exponents()[0] + r.exponents()[1] + r.exponents()[2];
        assertEquals(-(10 + 1 + 8.0 / 3), sum, 1e-4, "the sum is the constant divergence");
        assertEquals(r.averageDivergence(), sum, 1e-4);
        assertEquals(2.06, r.kaplanYorkeDimension(), 0.01);
    }

    @Test
    void conservativeRockPaperScissorsHasASymmetricSpectrumSummingToZero() {
        Game rps = TextbookGames.rockPaperScissors();
        LyapunovSpectrum.Result r = LyapunovSpectrum.compute(
                Replicator.of(rps.bind()),
                new double[] {0.5, 0.3},
                2000,
                0,
                1,
                SolverSettings.DEFAULT.withTolerances(1e-10, 1e-12));
        assertEquals(0, r.exponents()[0] + r.exponents()[1], 2e-3);
        assertEquals(0, r.exponents()[0], 0.02);
        assertEquals(r.averageDivergence(), r.exponents()[0] + r.exponents()[1], 1e-6);
    }

    @Test
    void aStableGameHasTheEigenvaluesOfItsAttractorAsExponents() {
        Game hd = TextbookGames.hawkDove(2, 3);
        LyapunovSpectrum.Result r = LyapunovSpectrum.compute(
                Replicator.of(hd.bind(Map.of())), new double[] {0.1}, 400, 20, 1, SolverSettings.DEFAULT);
        assertEquals(-2.0 * (3 - 2) / (2 * 3), r.exponents()[0], 2e-3, "-V(C-V)/(2C)");
        Game bos = TextbookGames.battleOfTheSexes();
        LyapunovSpectrum.Result b = LyapunovSpectrum.compute(
                Replicator.of(bos.bind()), new double[] {0.9, 0.9}, 2000, 20, 1, SolverSettings.DEFAULT);
        assertEquals(-1, b.exponents()[0], 2e-3);
        assertEquals(-2, b.exponents()[1], 2e-3);
        assertEquals(0, b.kaplanYorkeDimension(), 0);
    }

    @Test
    void kaplanYorkeDimensionFollowsItsDefinition() {
        assertEquals(2 + (0.9 + 0) / 14.6, LyapunovSpectrum.kaplanYorke(new double[] {0.9, 0, -14.6}), 1e-12);
        assertEquals(0, LyapunovSpectrum.kaplanYorke(new double[] {-1, -2}), 0);
        assertEquals(2, LyapunovSpectrum.kaplanYorke(new double[] {1, 0}), 0);
    }

    static final double[] R = {1, 0.72, 1.53, 1.27};
    static final double[][] A = {{1, 1.09, 1.52, 0}, {0, 1, 0.44, 1.36}, {2.33, 0, 1, 0.47}, {1.21, 0.51, 0.35, 1}};

    @Test
    void chaoticFourSpeciesCompetitionHasAPositiveExponent() {
        // Vano, Wildenberg, Anderson, Noel, Sprott, Nonlinearity 19 (2006): 0.0203, 0, -0.2749, -1.0024
        VectorField lv = new VectorField() {
            @Override
            public int dimension() {
                return 4;
            }

            @Override
            public void derivative(double[] x, double[] out) {
                for (int i = 0; i < 4; i++) {
                    double s = 1;
                    for (int j = 0; j < 4; j++) {
                        s -= A[i][j] * x[j];
                    }
                    out[i] = R[i] * x[i] * s;
                }
            }

            @Override
            public void jacobian(double[] x, double[] out) {
                for (int i = 0; i < 4; i++) {
                    double s = 1;
                    for (int j = 0; j < 4; j++) {
                        s -= A[i][j] * x[j];
                    }
                    for (int j = 0; j < 4; j++) {
                        out[i * 4 + j] = -R[i] * x[i] * A[i][j] + (i == j ? R[i] * s : 0);
                    }
                }
            }

            @Override
            public VectorField copy() {
                return this;
            }
        };
        LyapunovSpectrum.Result r = LyapunovSpectrum.compute(
                lv,
                new double[] {0.3, 0.3, 0.3, 0.3},
                20_000,
                500,
                1,
                SolverSettings.DEFAULT.withTolerances(1e-9, 1e-11));
        assertEquals(0.0203, r.exponents()[0], 0.002);
        assertEquals(0, r.exponents()[1], 0.002);
        assertEquals(-0.2749, r.exponents()[2], 0.005);
        assertEquals(
                r.averageDivergence(), r.exponents()[0] + r.exponents()[1] + r.exponents()[2] + r.exponents()[3], 1e-4);
    }

    @Test
    void theSameCompetitionAsAFiveStrategyReplicatorGameIsChaoticToo() {
        // Hofbauer's equivalence: n-species Lotka–Volterra = replicator with n + 1 strategies (time rescaled)
        String[][] m = new String[5][5];
        for (int i = 0; i < 5; i++) {
            for (int j = 0; j < 5; j++) {
                m[i][j] = i == 4 ? "0" : j == 4 ? Double.toString(R[i]) : Double.toString(-R[i] * A[i][j]);
            }
        }
        Game g = Game.builder("Vano-Sprott as a game")
                .population("p", "s1", "s2", "s3", "s4", "s5")
                .matrix(m)
                .build();
        LyapunovSpectrum.Result r = LyapunovSpectrum.compute(
                Replicator.of(g.bind()),
                new double[] {0.2, 0.2, 0.2, 0.2},
                20_000,
                500,
                1,
                SolverSettings.DEFAULT.withTolerances(1e-9, 1e-11));
        assertTrue(r.exponents()[0] > 0.004, "positive largest exponent: " + r.exponents()[0]);
        assertEquals(0, r.exponents()[1], 0.002);
        assertTrue(
                r.kaplanYorkeDimension() > 2 && r.kaplanYorkeDimension() < 3,
                "a strange attractor: " + r.kaplanYorkeDimension());
    }

    @Test
    void theArneodoCoulletTresserCompetitionIsAChaoticFourStrategyGame() {
        // Arneodo, Coullet, Tresser, Physics Letters A 79 (1980): three species, chaos at mu = 1.5
        double mu = 1.5;
        String[][] m = {
            {"-0.5", "-0.5", "-0.1", "1.1"},
            {"0.5", "0.1", "-0.1", "-0.5"},
            {Double.toString(-mu), "-0.1", "-0.1", Double.toString(mu + 0.2)},
            {"0", "0", "0", "0"}
        };
        Game g = Game.builder("ACT")
                .population("p", "s1", "s2", "s3", "s4")
                .matrix(m)
                .build();
        LyapunovSpectrum.Result r = LyapunovSpectrum.compute(
                Replicator.of(g.bind()),
                new double[] {0.25, 0.25, 0.25},
                20_000,
                500,
                1,
                SolverSettings.DEFAULT.withTolerances(1e-9, 1e-11));
        assertTrue(r.exponents()[0] > 0.004, "positive largest exponent: " + r.exponents()[0]);
        assertEquals(0, r.exponents()[1], 0.003);
        assertTrue(
                r.kaplanYorkeDimension() > 2 && r.kaplanYorkeDimension() < 3,
                "strange attractor: " + r.kaplanYorkeDimension());
        assertEquals(r.averageDivergence(), r.exponents()[0] + r.exponents()[1] + r.exponents()[2], 1e-6);
    }
    /** ẋ = A x with an upper-triangular A: its exponents are the diagonal, its divergence the trace. */
    static VectorField linear(double[][] a) {
        int n = a.length;
        return new VectorField() {
            @Override
            public int dimension() {
                return n;
            }

            @Override
            public void derivative(double[] x, double[] out) {
                for (int i = 0; i < n; i++) {
                    out[i] = 0;
                    for (int j = 0; j < n; j++) {
                        out[i] += a[i][j] * x[j];
                    }
                }
            }

            @Override
            public void jacobian(double[] x, double[] out) {
                for (int i = 0; i < n; i++) {
                    System.arraycopy(a[i], 0, out, i * n, n);
                }
            }

            @Override
            public VectorField copy() {
                return this;
            }
        };
    }

    @Test
    void aLinearSystemHasItsEigenvaluesAsExponentsAndItsTraceAsDivergence() {
        // eigenvalues 0.3, -0.1, -0.7 (diagonal of a triangular matrix); the off-diagonal coupling
        // makes the tangent directions rotate, which Gram–Schmidt must undo
        VectorField f = linear(new double[][] {{0.3, 2, -1}, {0, -0.1, 3}, {0, 0, -0.7}});
        LyapunovSpectrum.Result r = LyapunovSpectrum.compute(
                f, new double[] {1e-3, 1e-3, 1e-3}, 400, 0, 0.7, SolverSettings.DEFAULT.withTolerances(1e-10, 1e-14));
        assertArrayEquals(new double[] {0.3, -0.1, -0.7}, r.exponents(), 0.02);
        assertEquals(-0.5, r.averageDivergence(), 1e-6, "tr A, exactly at every time");
        assertEquals(0.3 + -0.1 + -0.7, sum(r.exponents()), 1e-6, "the exponents sum to the divergence");
        // Kaplan–Yorke: 0.3 - 0.1 = 0.2 >= 0, 0.2 - 0.7 < 0: 2 + 0.2/0.7
        assertEquals(2 + 0.2 / 0.7, r.kaplanYorkeDimension(), 0.1);
        double[] t = r.times();
        assertEquals(400, t[t.length - 1], 1e-9, "the last chunk ends at the requested time");
        for (int i = 1; i < t.length; i++) {
            assertTrue(t[i] > t[i - 1]);
        }
        assertEquals(t.length, r.history().length);
        assertArrayEquals(r.exponents(), r.history()[r.history().length - 1], 1e-12, "the last estimate is the result");
        for (double[] estimate : r.history()) {
            assertTrue(estimate[0] >= estimate[1] && estimate[1] >= estimate[2], "descending at every time");
        }
    }

    @Test
    void aTransientIsIntegratedFirstAndNotMeasured() {
        // a stable linear system from far away: the transient does not enter the average. Over a
        // measured time T the estimate of the largest exponent is off by ln|c|/T, c the component of
        // the random start frame's first vector along the slowest direction: T = 5000 keeps that
        // below 1e-3 for any frame with |c| > 0.007, whatever the seed of the frame
        VectorField f = linear(new double[][] {{-1, 0}, {0, -2}});
        LyapunovSpectrum.Result r = LyapunovSpectrum.compute(
                f, new double[] {5, 5}, 5000, 10, 1, SolverSettings.DEFAULT.withTolerances(1e-10, 1e-14));
        assertArrayEquals(new double[] {-1, -2}, r.exponents(), 1e-3);
        assertEquals(5000, r.times()[r.times().length - 1], 1e-9);
    }

    @Test
    void longRunsKeepAboutAThousandHistoryPoints() {
        VectorField f = linear(new double[][] {{-1}});
        LyapunovSpectrum.Result r = LyapunovSpectrum.compute(f, new double[] {1}, 5000, 0, 1, SolverSettings.DEFAULT);
        assertEquals(1000, r.times().length, "every fifth of 5000 chunks");
        assertEquals(-1, r.exponents()[0], 1e-6);
    }

    @Test
    void badTimesAreRefused() {
        VectorField f = linear(new double[][] {{-1}});
        double[] x = {1};
        assertThrows(
                IllegalArgumentException.class, () -> LyapunovSpectrum.compute(f, x, 0, 0, 1, SolverSettings.DEFAULT));
        assertThrows(
                IllegalArgumentException.class,
                () -> LyapunovSpectrum.compute(f, x, 10, -1, 1, SolverSettings.DEFAULT));
        assertThrows(
                IllegalArgumentException.class, () -> LyapunovSpectrum.compute(f, x, 10, 0, 0, SolverSettings.DEFAULT));
    }

    static double sum(double[] v) {
        double s = 0;
        for (double d : v) {
            s += d;
        }
        return s;
    }
}
