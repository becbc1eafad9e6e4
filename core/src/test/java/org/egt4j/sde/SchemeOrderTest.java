package org.egt4j.sde;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.egt4j.game.Game;
import org.egt4j.random.RandomStreams;
import org.junit.jupiter.api.Test;

/**
 * Strong and weak orders of {@link Scheme} measured against exact solutions (Kloeden and Platen 1992,
 * §10.2–10.3: Euler–Maruyama strong 1/2, Milstein strong 1, both weak 1).
 *
 * <p>Geometric Brownian motion dX = μX dt + σX dW has X(T) = X<sub>0</sub> exp((μ − σ²/2)T + σW(T)).
 * Every level h = T/2<sup>L</sup> sums the same fine increments, so strong errors E|X<sub>h</sub>(T) −
 * X(T)| are measured pathwise; the weak error E[X<sub>h</sub>(T)] − E[X(T)] is estimated as the mean of
 * X<sub>h</sub>(T) − X(T) on the same paths (its standard error is the strong error over √M). For both
 * schemes E[X<sub>h</sub>(T)] = X<sub>0</sub>(1 + μh)<sup>T/h</sup> exactly (each step multiplies the
 * mean by 1 + μh), a second reference for the weak error.
 *
 * <p>Payoff shocks on two strategies with constant payoffs a, b: the log-odds y = log(x/(1 − x)) of
 * the share of the first satisfies dy = (a − b − (σ<sub>1</sub>² − σ<sub>2</sub>²)/2) dt +
 * σ<sub>1</sub>dW<sub>1</sub> − σ<sub>2</sub>dW<sub>2</sub> (Itô on log U<sub>1</sub> − log U<sub>2</sub>),
 * an exact pathwise solution for the SDE as {@link ReplicatorSde} steps it.
 *
 * <p>Error budgets: slopes are least-squares fits of log error on log h over five levels; with the
 * stated path counts their sampling spread (over seeds) is a few hundredths, and the budgets are
 * ±0.15 around the theoretical orders.
 */
class SchemeOrderTest {

    private static final double T = 1;
    private static final int FINE = 7; // 2^7 fine steps
    private static final int[] LEVELS = {3, 4, 5, 6, 7};

    /** Strong (index 0) and weak (index 1) errors per level for GBM. */
    private static double[][] gbmErrors(Scheme scheme, double mu, double sigma, int paths, long seed) {
        int fine = 1 << FINE;
        double hf = T / fine;
        double[][] err = new double[2][LEVELS.length];
        double[] dw = new double[fine];
        for (int p = 0; p < paths; p++) {
            Normals z = new Normals(RandomStreams.stream(seed, p));
            double w = 0;
            for (int s = 0; s < fine; s++) {
                dw[s] = Math.sqrt(hf) * z.next();
                w += dw[s];
            }
            double exact = Math.exp((mu - sigma * sigma / 2) * T + sigma * w);
            for (int l = 0; l < LEVELS.length; l++) {
                int n = 1 << LEVELS[l];
                int group = fine / n;
                double h = T / n;
                double x = 1;
                for (int s = 0; s < n; s++) {
                    double inc = 0;
                    for (int g = 0; g < group; g++) {
                        inc += dw[s * group + g];
                    }
                    x = scheme.step(x, mu * x, sigma * x, sigma * sigma * x, h, inc);
                }
                err[0][l] += Math.abs(x - exact) / paths;
                err[1][l] += (x - exact) / paths;
            }
        }
        return err;
    }

    /** The least-squares slope of log |e| against log h. */
    private static double slope(double[] e) {
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double sxy = 0;
        int m = e.length;
        for (int l = 0; l < m; l++) {
            double lx = Math.log(T / (1 << LEVELS[l]));
            double ly = Math.log(Math.abs(e[l]));
            sx += lx;
            sy += ly;
            sxx += lx * lx;
            sxy += lx * ly;
        }
        return (m * sxy - sx * sy) / (m * sxx - sx * sx);
    }

    @Test
    void eulerMaruyamaHasStrongOrderOneHalfOnGeometricBrownianMotion() {
        double s = slope(gbmErrors(Scheme.EULER_MARUYAMA, 0.5, 0.8, 2000, 11)[0]);
        assertEquals(0.5, s, 0.15, "strong slope " + s);
    }

    @Test
    void milsteinHasStrongOrderOneOnGeometricBrownianMotion() {
        double s = slope(gbmErrors(Scheme.MILSTEIN, 0.5, 0.8, 2000, 12)[0]);
        assertEquals(1.0, s, 0.15, "strong slope " + s);
    }

    @Test
    void bothSchemesHaveWeakOrderOneOnGeometricBrownianMotionAndMatchTheExactSchemeMean() {
        double mu = 1;
        for (Scheme scheme : List.of(Scheme.EULER_MARUYAMA, Scheme.MILSTEIN)) {
            int paths = 20000;
            double[][] e = gbmErrors(scheme, mu, 0.5, paths, 13);
            double s = slope(e[1]);
            assertEquals(1.0, s, 0.15, scheme + " weak slope " + s);
            for (int l = 0; l < LEVELS.length; l++) {
                int n = 1 << LEVELS[l];
                double exactBias = Math.pow(1 + mu * T / n, n) - Math.exp(mu * T);
                // standard error of the weak estimate: at most the strong error over sqrt(paths), times 5
                double budget = 5 * e[0][l] / Math.sqrt(paths) * 3;
                assertEquals(exactBias, e[1][l], budget, scheme + " level " + LEVELS[l]);
            }
        }
    }

    /** Strong errors of the share x(T) under payoff shocks with constant payoffs. */
    private static double[] payoffErrors(Scheme scheme, int paths, long seed) {
        double a = 0.3;
        double b = -0.2;
        double s1 = 0.6;
        double s2 = 0.3;
        Game g = Game.builder("constant")
                .population("p", List.of("one", "two"), "x")
                .fitness("p", "one", "3/10")
                .fitness("p", "two", "-1/5")
                .build();
        ReplicatorSde sde = ReplicatorSde.of(g.bind(), Noise.perStrategy(new double[][] {{s1, s2}}));
        assertEquals(2, sde.brownianDimension());
        int fine = 1 << FINE;
        double hf = T / fine;
        double[] e = new double[LEVELS.length];
        double[][] dw = new double[fine][2];
        double x0 = 0.3;
        double y0 = Math.log(x0 / (1 - x0));
        double[] x = new double[1];
        double[] inc = new double[2];
        for (int p = 0; p < paths; p++) {
            Normals z = new Normals(RandomStreams.stream(seed, p));
            double w1 = 0;
            double w2 = 0;
            for (int s = 0; s < fine; s++) {
                dw[s][0] = Math.sqrt(hf) * z.next();
                dw[s][1] = Math.sqrt(hf) * z.next();
                w1 += dw[s][0];
                w2 += dw[s][1];
            }
            double y = y0 + (a - b - (s1 * s1 - s2 * s2) / 2) * T + s1 * w1 - s2 * w2;
            double exact = 1 / (1 + Math.exp(-y));
            for (int l = 0; l < LEVELS.length; l++) {
                int n = 1 << LEVELS[l];
                int group = fine / n;
                x[0] = x0;
                for (int s = 0; s < n; s++) {
                    inc[0] = 0;
                    inc[1] = 0;
                    for (int q = 0; q < group; q++) {
                        inc[0] += dw[s * group + q][0];
                        inc[1] += dw[s * group + q][1];
                    }
                    sde.step(scheme, x, T / n, inc);
                }
                e[l] += Math.abs(x[0] - exact) / paths;
            }
        }
        return e;
    }

    @Test
    void payoffShocksOnTwoStrategiesConvergeStronglyWithOrderOneHalfAndOneToTheExactLogOddsSolution() {
        double em = slope(payoffErrors(Scheme.EULER_MARUYAMA, 2000, 21));
        double mil = slope(payoffErrors(Scheme.MILSTEIN, 2000, 22));
        assertEquals(0.5, em, 0.15, "Euler-Maruyama strong slope " + em);
        assertEquals(1.0, mil, 0.15, "Milstein strong slope " + mil);
    }
}
