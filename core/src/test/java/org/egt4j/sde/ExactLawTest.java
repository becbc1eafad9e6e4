package org.egt4j.sde;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.egt4j.game.Game;
import org.junit.jupiter.api.Test;

/**
 * Ensembles against exact laws of x(T) (one two-strategy population, share x of the first).
 *
 * <p><b>Payoff shocks, constant payoffs a, b.</b> With U<sub>i</sub> the subpopulation sizes,
 * d log U<sub>i</sub> = (F<sub>i</sub> − σ<sub>i</sub>²/2) dt + σ<sub>i</sub> dW<sub>i</sub> (Itô), so the
 * log-odds y = log(x/(1 − x)) is a Brownian motion with drift: y(T) ~ N(y<sub>0</sub> + (a − b −
 * (σ<sub>1</sub>² − σ<sub>2</sub>²)/2)T, (σ<sub>1</sub>² + σ<sub>2</sub>²)T) and x(T) = 1/(1 + e<sup>−y(T)</sup>).
 *
 * <p><b>Logistic noise, equal payoffs.</b> dx = σx(1 − x) dW. By Itô, with y′ = 1/(x(1 − x)) and
 * y″ = (2x − 1)/(x(1 − x))², dy = σ dW + ½σ²(2x − 1) dt = σ dW + (σ²/2) tanh(y/2) dt. With X = y/σ
 * and θ = σ/2, dX = θ tanh(θX) dt + dB: the Doob h-transform of Brownian motion by h(X) = cosh(θX)
 * (h″/2 = (θ²/2)h), equivalently Girsanov's theorem with density h(B<sub>T</sub>)e<sup>−θ²T/2</sup>/h(B<sub>0</sub>),
 * so its density at time T is cosh(θX)e<sup>−θ²T/2</sup>φ<sub>T</sub>(X − X<sub>0</sub>)/cosh(θX<sub>0</sub>),
 * a mixture of two Gaussians. Back in y: y(T) ~ x<sub>0</sub> N(y<sub>0</sub> + σ²T/2, σ²T) +
 * (1 − x<sub>0</sub>) N(y<sub>0</sub> − σ²T/2, σ²T) (the weight e<sup>y<sub>0</sub>/2</sup>/(2cosh(y<sub>0</sub>/2))
 * is x<sub>0</sub>). As x is a martingale, E x(T) = x<sub>0</sub>, which the quadrature of this law
 * reproduces (an independent check of the derivation).
 *
 * <p>Error budgets (N paths): the mean within 5 standard errors s/√N plus 2·10<sup>−3</sup> for the
 * scheme's weak bias (Milstein at h = 2<sup>−8</sup>, weak order 1, measured in {@link
 * SchemeOrderTest}); the variance within 5·√((μ<sub>4</sub> − s⁴)/N) plus 2·10<sup>−3</sup>; quantile q<sub>p</sub>
 * within 5·√(p(1 − p)/N)/f(q<sub>p</sub>) (the asymptotic standard error of a sample quantile, f the
 * exact density) plus 2·10<sup>−3</sup>.
 */
class ExactLawTest {

    private static final double Z05 = -1.6448536269514722;

    /** E g(Y) for Y ~ N(m, v) by Simpson's rule on m ± 12√v. */
    private static double gauss(double m, double v, DoubleUnaryOperator g) {
        int n = 4000;
        double s = Math.sqrt(v);
        double lo = m - 12 * s;
        double h = 24 * s / n;
        double sum = 0;
        for (int i = 0; i <= n; i++) {
            double y = lo + i * h;
            double w = i == 0 || i == n ? 1 : i % 2 == 1 ? 4 : 2;
            double d = Math.exp(-(y - m) * (y - m) / (2 * v)) / Math.sqrt(2 * Math.PI * v);
            sum += w * d * g.applyAsDouble(y);
        }
        return sum * h / 3;
    }

    private static double logistic(double y) {
        return 1 / (1 + Math.exp(-y));
    }

    /** The exact law of y(T) as a mixture of normals: weights, means, one variance. */
    private record Mixture(double[] w, double[] m, double v) {
        double expect(DoubleUnaryOperator g) {
            double e = 0;
            for (int i = 0; i < w.length; i++) {
                e += w[i] * gauss(m[i], v, g);
            }
            return e;
        }

        double cdf(double y) {
            double c = 0;
            for (int i = 0; i < w.length; i++) {
                c += w[i] * normalCdf((y - m[i]) / Math.sqrt(v));
            }
            return c;
        }

        double density(double y) {
            double d = 0;
            for (int i = 0; i < w.length; i++) {
                d += w[i] * Math.exp(-(y - m[i]) * (y - m[i]) / (2 * v)) / Math.sqrt(2 * Math.PI * v);
            }
            return d;
        }

        double quantile(double p) {
            double lo = -60;
            double hi = 60;
            for (int i = 0; i < 200; i++) {
                double mid = (lo + hi) / 2;
                if (cdf(mid) < p) {
                    lo = mid;
                } else {
                    hi = mid;
                }
            }
            return (lo + hi) / 2;
        }
    }

    /** Φ(z) by Simpson's rule on [−12, z]. */
    private static double normalCdf(double z) {
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

    private static void compare(PathEnsemble.Result r, Mixture law, int paths, String what) {
        int last = r.times().length - 1;
        double mean = law.expect(ExactLawTest::logistic);
        double second = law.expect(y -> logistic(y) * logistic(y));
        double var = second - mean * mean;
        double fourth = law.expect(y -> Math.pow(logistic(y) - mean, 4));
        double bias = 2e-3;
        assertEquals(mean, r.mean()[last][0], 5 * Math.sqrt(var / paths) + bias, what + " mean");
        double sd = r.std()[last][0];
        assertEquals(var, sd * sd, 5 * Math.sqrt((fourth - var * var) / paths) + bias, what + " variance");
        List<Double> levels = PathEnsemble.QUANTILES;
        for (int q = 0; q < levels.size(); q++) {
            double p = levels.get(q);
            double y = law.quantile(p);
            double x = logistic(y);
            double f = law.density(y) / (x * (1 - x)); // density of x = logistic(y)
            double budget = 5 * Math.sqrt(p * (1 - p) / paths) / f + bias;
            assertEquals(x, r.quantiles().get(q)[last][0], budget, what + " quantile " + p);
        }
    }

    @Test
    void payoffShocksWithConstantPayoffsGiveALogitNormalShare() {
        double a = 0.3;
        double b = -0.2;
        double s1 = 0.6;
        double s2 = 0.3;
        double x0 = 0.3;
        double time = 2;
        Game g = Game.builder("constant")
                .population("p", List.of("one", "two"), "x")
                .fitness("p", "one", "3/10")
                .fitness("p", "two", "-1/5")
                .build();
        ReplicatorSde sde = ReplicatorSde.of(g.bind(), Noise.perStrategy(new double[][] {{s1, s2}}));
        double y0 = Math.log(x0 / (1 - x0));
        Mixture law = new Mixture(
                new double[] {1},
                new double[] {y0 + (a - b - (s1 * s1 - s2 * s2) / 2) * time},
                (s1 * s1 + s2 * s2) * time);
        assertEquals(logistic(law.m()[0] + Z05 * Math.sqrt(law.v())), logistic(law.quantile(0.05)), 1e-9);
        int paths = 4000;
        for (Scheme scheme : Scheme.values()) {
            PathEnsemble.Result r = PathEnsemble.run(
                    sde, new double[] {x0}, time, new PathEnsemble.Settings(paths, 1.0 / 256, scheme, 99, 3, 0), 2);
            compare(r, law, paths, scheme.key());
        }
    }

    @Test
    void logisticNoiseWithEqualPayoffsGivesATwoGaussianMixtureInLogOdds() {
        double sigma = 1;
        double x0 = 0.3;
        double time = 1;
        Game g = Game.builder("neutral")
                .population("p", List.of("one", "two"), "x")
                .fitness("p", "one", "1")
                .fitness("p", "two", "1")
                .build();
        ReplicatorSde sde = ReplicatorSde.of(g.bind(), Noise.uniform(NoiseKind.LOGISTIC, sigma));
        double y0 = Math.log(x0 / (1 - x0));
        double shift = sigma * sigma * time / 2;
        Mixture law =
                new Mixture(new double[] {x0, 1 - x0}, new double[] {y0 + shift, y0 - shift}, sigma * sigma * time);
        // the martingale property, from the law alone
        assertEquals(x0, law.expect(ExactLawTest::logistic), 1e-10);
        int paths = 4000;
        for (Scheme scheme : Scheme.values()) {
            PathEnsemble.Result r = PathEnsemble.run(
                    sde, new double[] {x0}, time, new PathEnsemble.Settings(paths, 1.0 / 256, scheme, 98, 3, 0), 2);
            compare(r, law, paths, scheme.key());
        }
    }
}
