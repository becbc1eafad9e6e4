package org.egt4j.ode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.egt4j.dynamics.Replicator;
import org.egt4j.dynamics.VectorField;
import org.egt4j.game.Game;
import org.egt4j.testing.RandomGames;
import org.egt4j.testing.RandomStates;
import org.junit.jupiter.api.Test;

/**
 * Dormand–Prince 5(4): convergence order against closed forms; ensembles; the Hipparchus adapter. What
 * every engine must do (tolerance, dense output, events, safety) is in {@link AdaptiveRungeKuttaTest}.
 */
class DormandPrince54Test {

    /** Fixed steps of size h: tolerances so loose that every step is accepted, maxStep = h. */
    static double[] fixedStep(VectorField f, double[] x0, double t1, double h) {
        SolverSettings s = SolverSettings.DEFAULT
                .withTolerances(1e6, 1e6)
                .withInitialStep(h)
                .withMaxStep(h)
                .withProjection(false);
        return new DormandPrince54(s).integrate(f, 0, x0, t1).state();
    }

    @Test
    void errorShrinksWithTheFifthPowerOfTheStepOnTheLogisticReplicator() {
        double c = 1.5;
        double x0 = 0.1;
        double t1 = 4;
        double[] errors = new double[3]; // steps 1/16, 1/32, 1/64: the asymptotic regime
        for (int k = 0; k < errors.length; k++) {
            double h = 0.0625 / (1 << k);
            errors[k] = Math.abs(fixedStep(TestFields.logistic(c), new double[] {x0}, t1, h)[0]
                    - TestFields.logisticSolution(c, x0, t1));
        }
        for (int k = 1; k < errors.length; k++) {
            double order = Math.log(errors[k - 1] / errors[k]) / Math.log(2);
            assertEquals(5.0, order, 0.35, "observed order between h and h/2, level " + k);
        }
    }

    @Test
    void errorShrinksWithTheFifthPowerOfTheStepOnTheHarmonicOscillator() {
        double t1 = 3;
        double[] errors = new double[4];
        for (int k = 0; k < errors.length; k++) {
            double h = 0.3 / (1 << k);
            double[] x = fixedStep(TestFields.harmonic(), new double[] {1, 0}, t1, h);
            errors[k] = Math.hypot(x[0] - Math.cos(t1), x[1] - Math.sin(t1));
        }
        for (int k = 1; k < errors.length; k++) {
            assertEquals(5.0, Math.log(errors[k - 1] / errors[k]) / Math.log(2), 0.35, "level " + k);
        }
    }

    static LongStream games() {
        return RandomGames.seeds(60);
    }

    @Test
    void hipparchusOdeAdapterGivesTheSameDerivative() {
        Game g = RandomGames.recipe(5).build();
        Replicator field = Replicator.of(g.bind());
        double[] x = RandomStates.reduced(g, RandomStates.interior(g, new SplittableRandom(5)));
        double[] dx = new double[x.length];
        field.derivative(x, dx);
        assertArrayEquals(dx, HipparchusSolver.ode(field).computeDerivatives(0, x), 0.0);
    }

    @Test
    void hipparchusDormandPrince853ThroughTheAdapterShowsOrderEight() {
        double t1 = 6;
        double[] errors = new double[3];
        for (int k = 0; k < errors.length; k++) {
            double h = 0.75 / (1 << k);
            org.hipparchus.ode.nonstiff.DormandPrince853Integrator dp853 =
                    new org.hipparchus.ode.nonstiff.DormandPrince853Integrator(h, h, 1e6, 1e6);
            dp853.setInitialStepSize(h);
            double[] x = dp853.integrate(
                            HipparchusSolver.ode(TestFields.harmonic()),
                            new org.hipparchus.ode.ODEState(0, new double[] {1, 0}),
                            t1)
                    .getPrimaryState();
            errors[k] = Math.hypot(x[0] - Math.cos(t1), x[1] - Math.sin(t1));
        }
        for (int k = 1; k < errors.length; k++) {
            assertEquals(8.0, Math.log(errors[k - 1] / errors[k]) / Math.log(2), 0.5, "level " + k);
        }
    }
}
