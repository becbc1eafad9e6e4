package org.egt4j.stability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.egt4j.dynamics.ReplicatorMutator;
import org.egt4j.dynamics.VectorField;
import org.egt4j.game.BoundGame;
import org.egt4j.game.Game;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Limit cycles and Floquet multipliers against closed forms. */
class LimitCyclesTest {

    /**
     * The Hopf normal form with a twist, in the plane around (cx, cy), optionally with a contracting third
     * coordinate: in polar coordinates ṙ = r(a − r²), θ̇ = ω + b r², ż = −c z. The circle r = √a is a limit
     * cycle of period T = 2π/(ω + b a); the radial linearisation d/dr[r(a − r²)] = −2a at r = √a gives the
     * non-trivial multiplier exp(−2aT), and z the multiplier exp(−cT) (Guckenheimer and Holmes 1983, §3.4).
     */
    record NormalForm(double a, double omega, double b, double c, boolean threeD) implements VectorField {
        static final double CX = 0.5;
        static final double CY = 0.4;

        @Override
        public int dimension() {
            return threeD ? 3 : 2;
        }

        @Override
        public void derivative(double[] x, double[] out) {
            double u = x[0] - CX;
            double v = x[1] - CY;
            double r2 = u * u + v * v;
            double w = omega + b * r2;
            out[0] = u * (a - r2) - w * v;
            out[1] = v * (a - r2) + w * u;
            if (threeD) {
                out[2] = -c * x[2];
            }
        }

        @Override
        public void jacobian(double[] x, double[] out) {
            int n = dimension();
            double u = x[0] - CX;
            double v = x[1] - CY;
            double r2 = u * u + v * v;
            double w = omega + b * r2;
            // ∂/∂u, ∂/∂v of u(a − r²) − w v and v(a − r²) + w u, with ∂w/∂u = 2bu, ∂w/∂v = 2bv
            out[0] = (a - r2) - 2 * u * u - 2 * b * u * v;
            out[1] = -2 * u * v - w - 2 * b * v * v;
            out[n] = -2 * u * v + w + 2 * b * u * u;
            out[n + 1] = (a - r2) - 2 * v * v + 2 * b * u * v;
            if (threeD) {
                out[2] = 0;
                out[n + 2] = 0;
                out[2 * n] = 0;
                out[2 * n + 1] = 0;
                out[2 * n + 2] = -c;
            }
        }

        @Override
        public VectorField copy() {
            return this;
        }
    }

    static Stream<Arguments> normalForms() {
        return Stream.of(
                Arguments.of(0.04, 1.0, 0.0, 0.0, false),
                Arguments.of(0.09, 2.0, 0.0, 0.0, false),
                Arguments.of(0.01, 0.5, 3.0, 0.0, false),
                Arguments.of(0.0625, 1.5, -2.0, 0.3, true));
    }

    @ParameterizedTest(name = "a {0}, omega {1}, b {2}, c {3}, 3-D {4}")
    @MethodSource("normalForms")
    void theNormalFormsCycleHasPeriodTwoPiOverOmegaPlusBaAndMultiplierExpMinusTwoAT(
            double a, double omega, double b, double c, boolean threeD) {
        NormalForm f = new NormalForm(a, omega, b, c, threeD);
        List<double[]> starts = List.of(
                threeD ? new double[] {NormalForm.CX, NormalForm.CY, 0} : new double[] {NormalForm.CX, NormalForm.CY},
                threeD ? new double[] {0.55, 0.4, 0.2} : new double[] {0.55, 0.4},
                threeD ? new double[] {0.9, 0.9, -0.1} : new double[] {0.9, 0.9});
        List<LimitCycle> cycles = LimitCycles.find(f, starts, null);
        assertEquals(1, cycles.size(), "one cycle, reached from the two starts off the unstable centre: " + cycles);
        LimitCycle cycle = cycles.get(0);
        double period = 2 * Math.PI / (omega + b * a);
        assertEquals(period, cycle.period(), 1e-9 * period);
        double[] p = cycle.point();
        assertEquals(Math.sqrt(a), Math.hypot(p[0] - NormalForm.CX, p[1] - NormalForm.CY), 1e-9, "on the circle");
        assertEquals(NormalForm.CX - Math.sqrt(a), cycle.min()[0], 1e-8);
        assertEquals(NormalForm.CX + Math.sqrt(a), cycle.max()[0], 1e-8);
        assertEquals(NormalForm.CY + Math.sqrt(a), cycle.max()[1], 1e-8);
        List<Eigenvalue> m = cycle.multipliers();
        assertEquals(f.dimension(), m.size());
        Eigenvalue trivial = m.get(cycle.trivial());
        assertEquals(1, trivial.re(), 1e-7, "the trivial multiplier");
        assertEquals(0, trivial.im(), 1e-7);
        List<Double> expected = new java.util.ArrayList<>(List.of(Math.exp(-2 * a * period)));
        if (threeD) {
            expected.add(Math.exp(-c * period));
        }
        List<Double> got = new java.util.ArrayList<>();
        for (int i = 0; i < m.size(); i++) {
            if (i != cycle.trivial()) {
                assertEquals(0, m.get(i).im(), 1e-8);
                got.add(m.get(i).re());
            }
        }
        java.util.Collections.sort(expected);
        java.util.Collections.sort(got);
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i), got.get(i), 1e-7, "the non-trivial multipliers " + got);
        }
        assertEquals(Stability.STABLE, cycle.stability());
        assertTrue(cycle.residual() < 1e-9, "closes: " + cycle.residual());
    }

    @Test
    void aFieldThatConvergesToAPointHasNoCycle() {
        // a < 0: the centre is a stable focus, every trajectory spirals into it
        NormalForm f = new NormalForm(-0.05, 1.0, 0.0, 0.0, false);
        assertEquals(List.of(), LimitCycles.find(f, List.of(new double[] {0.6, 0.5}, new double[] {0.9, 0.1}), null));
    }

    /**
     * "Bad" rock–paper–scissors (win w = 1, loss s = 2) raised by c = 2 (payoffs ≥ 0) under uniform
     * mutation. At the barycentre the replicator's eigenvalues are (s − w)/6 ± i(s + w)/(2√3) (the circulant
     * eigenvalue −sω + wω², ω = e^{2πi/3}, over 3), and mutation adds −(3μ/2)φ* with φ* = c + (w − s)/3
     * while scaling the replicator part by 1 − 3μ/2 (ReplicatorMutatorTest). The real part
     * (1 − 3μ/2)(s − w)/6 − (3μ/2)φ* vanishes at μ_H = d/(9c − 3d/2), d = s − w: 2/33 here, the Hopf
     * bifurcation of Mobilia (2010) and Toupo and Strogatz (2015) for this game. Below it trajectories
     * converge to a stable limit cycle whose period tends to 2π/ω_H, ω_H = (1 − 3μ_H/2)(s + w)/(2√3), and
     * whose amplitude grows like √(μ_H − μ) (a supercritical Hopf bifurcation); above it there is none.
     */
    static Game badRps() {
        return Game.builder("bad RPS + c")
                .population("players", "rock", "paper", "scissors")
                .matrix(new String[][] {{"2", "0", "3"}, {"3", "2", "0"}, {"0", "3", "2"}})
                .build();
    }

    static final double MU_H = 2.0 / 33;

    static List<double[]> rpsStarts() {
        return List.of(new double[] {1.0 / 3, 1.0 / 3}, new double[] {0.6, 0.2}, new double[] {0.2, 0.2});
    }

    @Test
    void theBarycentresEigenvaluesCrossTheImaginaryAxisAtMuH() {
        BoundGame g = badRps().bind();
        for (double mu : new double[] {MU_H * 0.9, MU_H, MU_H * 1.1}) {
            StabilityAnalysis a = StabilityAnalysis.of(g, ReplicatorMutator.uniform(mu));
            RestPoint centre = a.restPoints().stream()
                    .filter(p -> Math.abs(p.coordinates()[0] - 1.0 / 3) < 1e-9)
                    .findFirst()
                    .orElseThrow();
            double re = (1 - 1.5 * mu) / 6 - 1.5 * mu * (2 - 1.0 / 3);
            assertEquals(re, centre.eigenvalues().get(0).re(), 1e-12, "mu " + mu);
            assertEquals(
                    (1 - 1.5 * mu) * 3 / (2 * Math.sqrt(3)),
                    Math.abs(centre.eigenvalues().get(0).im()),
                    1e-12);
        }
        assertEquals(0, (1 - 1.5 * MU_H) / 6 - 1.5 * MU_H * (2 - 1.0 / 3), 1e-15);
    }

    @Test
    void belowTheHopfPointTheReplicatorMutatorOfBadRpsHasAStableCycleAndAboveItNone() {
        BoundGame g = badRps().bind();
        double omega = (1 - 1.5 * MU_H) * 3 / (2 * Math.sqrt(3));
        double[] amplitude = new double[2];
        double[] deltas = {0.004, 0.001};
        for (int k = 0; k < 2; k++) {
            double mu = MU_H - deltas[k];
            VectorField f = ReplicatorMutator.uniform(mu).field(g);
            List<LimitCycle> cycles = LimitCycles.find(f, rpsStarts(), g.game().offsets());
            assertEquals(1, cycles.size(), "mu " + mu + ": " + cycles);
            LimitCycle c = cycles.get(0);
            // the period tends to 2π/ω_H with an O(μ_H − μ) correction
            assertEquals(2 * Math.PI / omega, c.period(), 40 * deltas[k], "mu " + mu);
            assertEquals(Stability.STABLE, c.stability());
            assertEquals(1, c.multipliers().get(c.trivial()).re(), 1e-7);
            assertTrue(c.largestNonTrivialModulus() < 1, c.toString());
            assertEquals(3, c.min().length, "the range of every share");
            amplitude[k] = c.max()[0] - c.min()[0];
            // periodic to 1e-8 by an independent integration (Dormand–Prince 5(4), other tolerances)
            assertPeriodic(f, c);
        }
        // supercritical Hopf: amplitude ∝ √(μ_H − μ), so a quarter of the distance halves it
        assertEquals(2, amplitude[0] / amplitude[1], 0.1, java.util.Arrays.toString(amplitude));
        VectorField above = ReplicatorMutator.uniform(MU_H + 0.004).field(g);
        assertEquals(List.of(), LimitCycles.find(above, rpsStarts(), g.game().offsets()), "a stable focus");
        Map<String, Double> none = Map.of();
        assertTrue(none.isEmpty());
    }

    /** φ_T(x) = x to 1e-8, integrated by a method and tolerances other than the search's. */
    static void assertPeriodic(VectorField f, LimitCycle c) {
        org.egt4j.ode.AdaptiveRungeKutta s = new org.egt4j.ode.DormandPrince54(org.egt4j.ode.SolverSettings.DEFAULT
                .withTolerances(1e-12, 1e-15)
                .withProjection(false));
        double[] end = s.integrate(f, 0, c.point(), c.period()).state();
        double d = 0;
        for (int i = 0; i < end.length; i++) {
            d = Math.max(d, Math.abs(end[i] - c.point()[i]));
        }
        assertTrue(d < 1e-8, "periodic to 1e-8: " + d + " for " + c);
    }
}
