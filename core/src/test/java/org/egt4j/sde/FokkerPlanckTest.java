package org.egt4j.sde;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.egt4j.game.Game;
import org.egt4j.testing.TextbookGames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link FokkerPlanck1D} against exact laws, then path ensembles under logistic noise with unequal
 * payoffs against it.
 *
 * <p>Exact cases: Brownian motion with drift (y(T) ~ N(y₀ + μT, s²T)); the Ornstein–Uhlenbeck process
 * dy = −θy dt + s dW (y(T) ~ N(y₀e<sup>−θT</sup>, s²(1 − e<sup>−2θT</sup>)/(2θ))); and logistic noise with
 * equal payoffs, whose log-odds has drift (σ²/2)tanh(y/2) and the law x₀N(y₀ + σ²T/2, σ²T) + (1 −
 * x₀)N(y₀ − σ²T/2, σ²T) (Doob's h-transform by cosh(y/2), derived in {@link ExactLawTest}). Budgets:
 * moments and CDF values within 2·10<sup>−4</sup> at h = 0.01, Δt = 10<sup>−3</sup> (the scheme is second
 * order in both), plus for a constant drift the fitted flux's known O(h²) excess variance s²T((P/2)coth(P/2)
 * − 1), P the cell Péclet number; quantile levels within 10<sup>−3</sup> plus that excess.
 *
 * <p>Ensembles (logistic noise, hawk–dove with V = 2, C = 3 so F₁ − F₂ = 1 − 3x/2, and a constant
 * advantage F₁ − F₂ = 0.4; Milstein, dt = 2⁻⁹, 20 000 paths): the mean of x(T) within 4 standard errors
 * + 2·10⁻³ (the scheme's weak bias, first order in dt), the variance within 4·√((μ₄ − s⁴)/N) + 2·10⁻³,
 * the 5%, 50%, 95% quantiles within 4·√(p(1 − p)/N)/f(q) + 2·10⁻³, and the Kolmogorov–Smirnov distance
 * of all paths' x(T) to the solver's law below 1.95/√N (the 99.9% point of Kolmogorov's distribution)
 * + 0.005.
 */
class FokkerPlanckTest {

    private static double normalCdf(double z) {
        // Abramowitz and Stegun 7.1.26 is too coarse here: integrate exp(-t^2/2) by Simpson's rule
        if (z < -12) {
            return 0;
        }
        int n = 4000;
        double lo = -12;
        double h = (z - lo) / n;
        double sum = 0;
        for (int i = 0; i <= n; i++) {
            double t = lo + i * h;
            double w = i == 0 || i == n ? 1 : i % 2 == 1 ? 4 : 2;
            sum += w * Math.exp(-t * t / 2);
        }
        return sum * h / 3 / Math.sqrt(2 * Math.PI);
    }

    private static void assertGaussian(
            FokkerPlanck1D.Solution s, double mean, double var, double tol, double excess, String what) {
        assertEquals(1, s.mass(), 1e-10, what + " mass");
        double m = s.expectation(y -> y);
        double v = s.expectation(y -> (y - mean) * (y - mean));
        assertEquals(mean, m, tol, what + " mean");
        // the midpoint rule adds h^2/12 to the variance of the cell-constant density
        assertEquals(var, v - s.width() * s.width() / 12, tol + excess, what + " variance");
        for (double p : new double[] {0.05, 0.5, 0.95}) {
            double q = s.quantile(p);
            assertEquals(p, normalCdf((q - mean) / Math.sqrt(var)), 1e-3 + excess, what + " quantile " + p);
        }
    }

    @ParameterizedTest(name = "drift {0}")
    @ValueSource(doubles = {0, 0.7, -3, 8})
    void brownianMotionWithDriftIsGaussian(double mu) {
        double s = 0.8;
        double time = 1.5;
        double y0 = 0.3;
        double lo = Math.min(y0 + mu * time - 8, y0 - 1);
        double hi = Math.max(y0 + mu * time + 8, y0 + 1);
        int cells = (int) Math.round((hi - lo) / 0.01);
        FokkerPlanck1D.Solution sol = FokkerPlanck1D.solve(y -> mu, s, lo, hi, cells, y0, time, 1500);
        // with a constant drift the semi-discrete scheme is a lattice walk with variance rate
        // 2D (P/2)coth(P/2), P = mu h / D the cell Peclet number: an O(h^2) excess over 2D of
        // s^2 T ((P/2)coth(P/2) - 1), 7e-4 at mu = -3 and 5e-3 at mu = 8 (h = 0.01, D = 0.32)
        double d = s * s / 2;
        double half = mu * sol.width() / d / 2;
        double excess = mu == 0 ? 0 : s * s * time * (half / Math.tanh(half) - 1);
        assertGaussian(sol, y0 + mu * time, s * s * time, 2e-4, excess * 1.01, "mu " + mu);
        assertTrue(Arrays.stream(sol.density()).allMatch(p -> p >= 0), "non-negative");
    }

    @Test
    void ornsteinUhlenbeckIsGaussianAndTheSchemeConverges() {
        double theta = 1.3;
        double s = 0.9;
        double time = 2;
        double y0 = 1.7;
        DoubleUnaryOperator drift = y -> -theta * y;
        FokkerPlanck1D.Solution fine = FokkerPlanck1D.solve(drift, s, -6, 6, 1200, y0, time, 2000);
        double var = s * s * (1 - Math.exp(-2 * theta * time)) / (2 * theta);
        assertGaussian(fine, y0 * Math.exp(-theta * time), var, 2e-4, 0, "OU");
        FokkerPlanck1D.Solution coarse = FokkerPlanck1D.solve(drift, s, -6, 6, 600, y0, time, 1000);
        double m = Math.exp(-theta * time) * y0;
        double errFine = Math.abs(fine.expectation(y -> (y - m) * (y - m)) - fine.width() * fine.width() / 12 - var);
        double errCoarse =
                Math.abs(coarse.expectation(y -> (y - m) * (y - m)) - coarse.width() * coarse.width() / 12 - var);
        assertTrue(errFine < 1e-4 && errCoarse < 4e-4, errFine + " " + errCoarse);
    }

    private static double logistic(double y) {
        return 1 / (1 + Math.exp(-y));
    }

    @Test
    void logisticNoiseWithEqualPayoffsGivesTheTwoGaussianMixture() {
        double sigma = 1;
        double x0 = 0.3;
        double time = 1;
        double y0 = Math.log(x0 / (1 - x0));
        FokkerPlanck1D.Solution sol =
                FokkerPlanck1D.solve(y -> sigma * sigma * (logistic(y) - 0.5), sigma, -12, 12, 2400, y0, time, 1000);
        double shift = sigma * sigma * time / 2;
        double v = sigma * sigma * time;
        for (double y : new double[] {-2.5, -0.85, 0, 1.2}) {
            double exact = x0 * normalCdf((y - y0 - shift) / Math.sqrt(v))
                    + (1 - x0) * normalCdf((y - y0 + shift) / Math.sqrt(v));
            assertEquals(exact, sol.cdf(y), 2e-4, "cdf at " + y);
        }
        // x is a martingale: E x(T) = x0
        assertEquals(x0, sol.expectation(FokkerPlanckTest::logistic), 2e-4);
        double exactMean = x0 * (y0 + shift) + (1 - x0) * (y0 - shift);
        assertEquals(exactMean, sol.expectation(y -> y), 2e-4);
    }

    @Test
    void unusableProblemsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> FokkerPlanck1D.solve(y -> 0, 0, -1, 1, 10, 0, 1, 10));
        assertThrows(IllegalArgumentException.class, () -> FokkerPlanck1D.solve(y -> 0, 1, 1, -1, 10, 0, 1, 10));
        assertThrows(IllegalArgumentException.class, () -> FokkerPlanck1D.solve(y -> 0, 1, -1, 1, 10, 2, 1, 10));
        assertThrows(IllegalArgumentException.class, () -> FokkerPlanck1D.solve(y -> 0, 1, -1, 1, 10, 0, 0, 10));
        assertEquals(1, FokkerPlanck1D.bernoulli(0), 0.0);
        assertEquals(1e-3 / Math.expm1(1e-3), FokkerPlanck1D.bernoulli(1e-3), 1e-15);
        // a start at the edge of the first or last cell keeps its mass in that cell
        assertEquals(
                1, FokkerPlanck1D.solve(y -> 0, 1, -1, 1, 10, -0.99, 0.01, 5).mass(), 1e-12);
        assertEquals(
                1, FokkerPlanck1D.solve(y -> 0, 1, -1, 1, 10, 0.99, 0.01, 5).mass(), 1e-12);
    }

    static List<Object[]> games() {
        return List.of(
                new Object[] {"hawk-dove", TextbookGames.hawkDove(2, 3), (DoubleUnaryOperator) x -> 1 - 1.5 * x},
                new Object[] {
                    "constant advantage",
                    Game.builder("constant")
                            .population("p", List.of("one", "two"), "x")
                            .fitness("p", "one", "2/5")
                            .fitness("p", "two", "0")
                            .build(),
                    (DoubleUnaryOperator) x -> 0.4
                });
    }

    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.MethodSource("games")
    void logisticNoiseEnsemblesMatchTheFokkerPlanckLawWithUnequalPayoffs(
            String name, Game game, DoubleUnaryOperator advantage) {
        double sigma = 0.8;
        double x0 = 0.2;
        double time = 2;
        double y0 = Math.log(x0 / (1 - x0));
        // Ito: dy = [F1 - F2 + sigma^2 (x - 1/2)] dt + sigma dW with x = logistic(y)
        DoubleUnaryOperator drift = y -> advantage.applyAsDouble(logistic(y)) + sigma * sigma * (logistic(y) - 0.5);
        FokkerPlanck1D.Solution law = FokkerPlanck1D.solve(drift, sigma, -14, 14, 2800, y0, time, 2000);
        assertEquals(1, law.mass(), 1e-12);
        int paths = 20_000;
        ReplicatorSde sde = ReplicatorSde.of(game.bind(), Noise.uniform(NoiseKind.LOGISTIC, sigma));
        PathEnsemble.Result r = PathEnsemble.run(
                sde,
                new double[] {x0},
                time,
                new PathEnsemble.Settings(paths, 1.0 / 512, Scheme.MILSTEIN, 17, 2, paths),
                2);
        double mean = law.expectation(FokkerPlanckTest::logistic);
        double var = law.expectation(y -> (logistic(y) - mean) * (logistic(y) - mean));
        double fourth = law.expectation(y -> Math.pow(logistic(y) - mean, 4));
        double bias = 2e-3;
        assertEquals(mean, r.mean()[1][0], 4 * Math.sqrt(var / paths) + bias, name + " mean");
        double sd = r.std()[1][0];
        assertEquals(var, sd * sd, 4 * Math.sqrt((fourth - var * var) / paths) + bias, name + " variance");
        for (int q = 0; q < PathEnsemble.QUANTILES.size(); q++) {
            double p = PathEnsemble.QUANTILES.get(q);
            double y = law.quantile(p);
            double x = logistic(y);
            int cell = (int) ((y - law.lower()) / law.width());
            double f = law.density()[cell] / (x * (1 - x));
            double budget = 4 * Math.sqrt(p * (1 - p) / paths) / f + bias;
            assertEquals(x, r.quantiles().get(q)[1][0], budget, name + " quantile " + p);
        }
        double[] end = new double[paths];
        for (int i = 0; i < paths; i++) {
            end[i] = r.paths().get(i)[1][0];
        }
        Arrays.sort(end);
        double ks = 0;
        for (int i = 0; i < paths; i++) {
            double c = law.cdf(Math.log(end[i] / (1 - end[i])));
            ks = Math.max(ks, Math.max(Math.abs(c - (double) i / paths), Math.abs(c - (double) (i + 1) / paths)));
        }
        assertTrue(ks < 1.95 / Math.sqrt(paths) + 0.005, name + " KS distance " + ks);
        // and the law differs from the neutral game's (the test can fail): the means are apart
        FokkerPlanck1D.Solution neutral =
                FokkerPlanck1D.solve(y -> sigma * sigma * (logistic(y) - 0.5), sigma, -14, 14, 2800, y0, time, 2000);
        assertTrue(Math.abs(neutral.expectation(FokkerPlanckTest::logistic) - mean) > 0.05, name);
    }
}
