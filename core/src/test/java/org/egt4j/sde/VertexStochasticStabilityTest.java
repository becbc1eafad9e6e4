package org.egt4j.sde;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.egt4j.game.BoundGame;
import org.egt4j.random.RandomStreams;
import org.egt4j.testing.TextbookGames;
import org.hipparchus.complex.Complex;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.EigenDecompositionNonSymmetric;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The exact stochastic-stability conditions of {@link VertexStochasticStability} against a second
 * method that does not use them: the linearisation dξ = Aξ dt + Σ<sub>j</sub> B<sub>j</sub>ξ dW<sub>j</sub>
 * at each vertex is built by central differences of {@link ReplicatorSde#drift} and {@link
 * ReplicatorSde#diffusion} in reduced coordinates;
 * <ul>
 *   <li>its top Lyapunov exponent is simulated by Euler–Maruyama with renormalisation (Benettin's
 *       method) over T = 800 with step 2·10<sup>−3</sup> from a seeded stream: budget 5·s/√T (s² the
 *       largest noise variance rate: the standard deviation of (1/T)·σW(T)) plus 0.03 for the step's bias;
 *   <li>its mean-square exponent is the spectral abscissa of the second-moment generator P ↦ AP + PAᵀ +
 *       Σ<sub>j</sub> B<sub>j</sub>PB<sub>j</sub>ᵀ (Itô's formula for ξξᵀ), as the n² × n² matrix A ⊗ I +
 *       I ⊗ A + Σ B<sub>j</sub> ⊗ B<sub>j</sub>, to 1e-6.
 * </ul>
 */
class VertexStochasticStabilityTest {

    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        for (NoiseKind kind : List.of(NoiseKind.MULTIPLICATIVE, NoiseKind.LOGISTIC, NoiseKind.PAYOFF)) {
            out.add(Arguments.of("battle of the sexes", kind, 0.6));
            out.add(Arguments.of("battle of the sexes", kind, 1.5));
            out.add(Arguments.of("hawk-dove", kind, 1.2));
        }
        out.add(Arguments.of("rock-paper-scissors", NoiseKind.PAYOFF, 0.8));
        return out.stream();
    }

    private static BoundGame game(String name) {
        return switch (name) {
            case "battle of the sexes" -> TextbookGames.battleOfTheSexes().bind();
            case "hawk-dove" -> TextbookGames.hawkDove(2, 3).bind();
            default -> TextbookGames.rockPaperScissors().bind();
        };
    }

    @ParameterizedTest(name = "{0}, {1} noise, sigma {2}")
    @MethodSource("cases")
    void exactConditionsMatchTheSimulatedLinearisation(String name, NoiseKind kind, double sigma) {
        BoundGame bound = game(name);
        // unequal intensities for payoff shocks, so that sigma_s and sigma_j differ
        Noise noise =
                kind == NoiseKind.PAYOFF ? Noise.perStrategy(perStrategy(bound, sigma)) : Noise.uniform(kind, sigma);
        ReplicatorSde sde = ReplicatorSde.of(bound, noise);
        List<VertexStochasticStability.Verdict> verdicts = VertexStochasticStability.of(bound, sde);
        int n = sde.dimension();
        int m = sde.brownianDimension();
        int index = 0;
        for (VertexStochasticStability.Verdict v : verdicts) {
            double[] vertex = sde.vertex(v.vertex().profile());
            double[] b0 = new double[n * m];
            sde.diffusion(vertex, b0);
            double noiseAtVertex = 0;
            for (double b : b0) {
                noiseAtVertex = Math.max(noiseAtVertex, Math.abs(b));
            }
            assertEquals(
                    !v.restPoint(),
                    noiseAtVertex > 1e-12,
                    "rest point iff the noise vanishes, " + v.vertex().label());
            if (!v.restPoint()) {
                assertTrue(v.almostSure().isEmpty() && Double.isNaN(v.lyapunovExponent()));
                continue;
            }
            double[][] a = new double[n][n];
            double[][][] b = new double[m][n][n];
            linearise(sde, vertex, a, b);
            double simulated = simulatedExponent(a, b, RandomStreams.stream(17, index++));
            double s2 = 0;
            for (VertexStochasticStability.Condition c : v.almostSure()) {
                s2 = Math.max(s2, c.ownSigma() * c.ownSigma() + c.usedSigma() * c.usedSigma());
            }
            double budget = 5 * Math.sqrt(s2 / 800) + 0.03;
            assertEquals(
                    v.lyapunovExponent(),
                    simulated,
                    budget,
                    "top Lyapunov exponent at " + v.vertex().label());
            assertEquals(
                    v.meanSquareExponent(),
                    meanSquareExponent(a, b),
                    1e-6,
                    "mean square at " + v.vertex().label());
            assertEquals(v.lyapunovExponent() < 0, v.almostSurelyStable());
            assertEquals(v.meanSquareExponent() < 0, v.meanSquareStable());
            if (v.meanSquareStable()) {
                assertTrue(v.almostSurelyStable(), "mean square implies almost sure");
            }
            for (VertexStochasticStability.Condition c : v.almostSure()) {
                double lhs = c.lambdaWeight() * c.eigenvalue().value()
                        + c.ownWeight() * c.ownSigma() * c.ownSigma()
                        + c.usedWeight() * c.usedSigma() * c.usedSigma();
                assertEquals(lhs, c.value(), 1e-12);
                assertEquals(lhs < 0, c.holds());
                if (kind != NoiseKind.PAYOFF) {
                    // the threshold separates sigmas for which the condition holds from those it fails
                    double lambda = c.eigenvalue().value();
                    assertEquals(
                            c.holds(), c.ownSigma() > c.sigmaThreshold() || (lambda < 0 && c.sigmaThreshold() == 0));
                } else {
                    assertTrue(Double.isNaN(c.sigmaThreshold()));
                }
            }
            for (VertexStochasticStability.Condition c : v.meanSquare()) {
                if (kind != NoiseKind.PAYOFF) {
                    assertEquals(c.holds(), c.ownSigma() < c.sigmaThreshold(), "mean square below the threshold");
                }
            }
        }
    }

    private static double[][] perStrategy(BoundGame bound, double sigma) {
        int pops = bound.game().populations().size();
        double[][] s = new double[pops][];
        for (int k = 0; k < pops; k++) {
            s[k] = new double[bound.game().populations().get(k).size()];
            for (int i = 0; i < s[k].length; i++) {
                s[k][i] = sigma * (1 + 0.5 * i);
            }
        }
        return s;
    }

    private static void linearise(ReplicatorSde sde, double[] v, double[][] a, double[][][] b) {
        int n = sde.dimension();
        int m = sde.brownianDimension();
        double h = 1e-6;
        double[] plus = new double[n];
        double[] minus = new double[n];
        double[] bp = new double[n * m];
        double[] bm = new double[n * m];
        for (int c = 0; c < n; c++) {
            double[] x = v.clone();
            x[c] += h;
            sde.drift(x, plus);
            sde.diffusion(x, bp);
            x[c] -= 2 * h;
            sde.drift(x, minus);
            sde.diffusion(x, bm);
            for (int r = 0; r < n; r++) {
                a[r][c] = (plus[r] - minus[r]) / (2 * h);
                for (int j = 0; j < m; j++) {
                    b[j][r][c] = (bp[r * m + j] - bm[r * m + j]) / (2 * h);
                }
            }
        }
    }

    private static double simulatedExponent(double[][] a, double[][][] b, java.util.SplittableRandom random) {
        int n = a.length;
        Normals z = new Normals(random);
        double h = 2e-3;
        int steps = 400_000;
        double[] xi = new double[n];
        java.util.Arrays.fill(xi, 1 / Math.sqrt(n));
        double[] next = new double[n];
        double[] dw = new double[b.length];
        double log = 0;
        for (int s = 0; s < steps; s++) {
            for (int j = 0; j < dw.length; j++) {
                dw[j] = Math.sqrt(h) * z.next();
            }
            double norm = 0;
            for (int r = 0; r < n; r++) {
                double d = 0;
                for (int c = 0; c < n; c++) {
                    double coef = a[r][c] * h;
                    for (int j = 0; j < dw.length; j++) {
                        coef += b[j][r][c] * dw[j];
                    }
                    d += coef * xi[c];
                }
                next[r] = xi[r] + d;
                norm += next[r] * next[r];
            }
            norm = Math.sqrt(norm);
            log += Math.log(norm);
            for (int r = 0; r < n; r++) {
                xi[r] = next[r] / norm;
            }
        }
        return log / (steps * h);
    }

    private static double meanSquareExponent(double[][] a, double[][][] b) {
        int n = a.length;
        double[][] g = new double[n * n][n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                for (int k = 0; k < n; k++) {
                    for (int l = 0; l < n; l++) {
                        double v = (j == l ? a[i][k] : 0) + (i == k ? a[j][l] : 0);
                        for (double[][] bj : b) {
                            v += bj[i][k] * bj[j][l];
                        }
                        g[i * n + j][k * n + l] = v;
                    }
                }
            }
        }
        double max = Double.NEGATIVE_INFINITY;
        for (Complex c : new EigenDecompositionNonSymmetric(new Array2DRowRealMatrix(g)).getEigenvalues()) {
            max = Math.max(max, c.getReal());
        }
        return max;
    }

    @ParameterizedTest(name = "sigma {0}")
    @MethodSource("sigmas")
    void strongMultiplicativeNoiseStabilisesAnUnstableVertexAlmostSurelyButNotInMeanSquare(double sigma) {
        // Hawk-Dove (V = 2, C = 3): at all doves (x = 0) lambda = F_hawk - F_dove = V - V/2 = 1 > 0
        BoundGame hd = TextbookGames.hawkDove(2, 3).bind();
        ReplicatorSde sde = ReplicatorSde.of(hd, Noise.uniform(NoiseKind.MULTIPLICATIVE, sigma));
        VertexStochasticStability.Verdict doves =
                VertexStochasticStability.of(hd, sde).get(1);
        assertEquals(1, doves.vertex().profile()[0]);
        assertEquals(1.0, doves.almostSure().get(0).eigenvalue().value(), 1e-12);
        assertEquals(sigma > Math.sqrt(2), doves.almostSurelyStable(), "a.s. iff sigma > sqrt(2 lambda)");
        assertFalse(doves.meanSquareStable());
        assertEquals(Math.sqrt(2), doves.almostSure().get(0).sigmaThreshold(), 1e-15);
        assertTrue(Double.isNaN(doves.meanSquare().get(0).sigmaThreshold()), "no sigma gives mean-square stability");
        assertEquals(
                sigma == 0,
                VertexStochasticStability.of(hd, sde).get(0).restPoint(),
                "x = 1 is a rest point iff sigma = 0");
    }

    static Stream<Double> sigmas() {
        return Stream.of(0.0, 1.0, 1.4, 1.5, 3.0);
    }
}
