package org.egt4j.ode;

import static org.egt4j.ode.DormandPrince853.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.egt4j.dynamics.Replicator;
import org.egt4j.dynamics.VectorField;
import org.egt4j.game.Game;
import org.egt4j.testing.RandomGames;
import org.egt4j.testing.RandomStates;
import org.hipparchus.ode.nonstiff.DormandPrince853Integrator;
import org.junit.jupiter.api.Test;

/**
 * Dormand–Prince 8(5,3): its coefficients against Hipparchus's Butcher tableau and against the
 * quadrature order conditions, order 8 of the solution and order 7 of the dense output under step
 * halving, and its economy against Dormand–Prince 5(4). What every engine must do is in {@link
 * AdaptiveRungeKuttaTest}.
 */
class DormandPrince853Test {

    /** Our tableau in Hipparchus's layout: rows and nodes for stages 2..16 (13 is the new point). */
    static final double[][] A = {
        {A21},
        {A31, A32},
        {A41, 0, A43},
        {A51, 0, A53, A54},
        {A61, 0, 0, A64, A65},
        {A71, 0, 0, A74, A75, A76},
        {A81, 0, 0, A84, A85, A86, A87},
        {A91, 0, 0, A94, A95, A96, A97, A98},
        {A101, 0, 0, A104, A105, A106, A107, A108, A109},
        {A111, 0, 0, A114, A115, A116, A117, A118, A119, A1110},
        {A121, 0, 0, A124, A125, A126, A127, A128, A129, A1210, A1211},
        {B1, 0, 0, 0, 0, B6, B7, B8, B9, B10, B11, B12},
        {A141, 0, 0, 0, 0, 0, A147, A148, A149, A1410, A1411, A1412, A1413},
        {A151, 0, 0, 0, 0, A156, A157, A158, 0, 0, A1511, A1512, A1513, A1514},
        {A161, 0, 0, 0, 0, A166, A167, A168, A169, 0, 0, 0, A1613, A1614, A1615}
    };

    static final double[] C = {C2, C3, C4, C5, C6, C7, C8, C9, C10, C11, 1, 1, C14, C15, C16};

    static final double[] B = {B1, 0, 0, 0, 0, B6, B7, B8, B9, B10, B11, B12};

    @Test
    void tableauIsHipparchussToTheLastDigits() {
        DormandPrince853Integrator reference = new DormandPrince853Integrator(1, 1, 1, 1);
        double[][] a = reference.getA();
        double[] c = reference.getC();
        assertEquals(A.length, a.length);
        for (int i = 0; i < A.length; i++) {
            assertEquals(c[i], C[i], 2e-16, "c of stage " + (i + 2));
            for (int j = 0; j < A[i].length; j++) {
                assertEquals(
                        a[i][j],
                        A[i][j],
                        4e-15 * Math.max(1, Math.abs(a[i][j])),
                        "a(" + (i + 2) + ", " + (j + 1) + ")");
            }
        }
        double[] b = reference.getB();
        for (int j = 0; j < B.length; j++) {
            assertEquals(b[j], B[j], 4e-15 * Math.max(1, Math.abs(b[j])), "b" + (j + 1));
        }
    }

    @Test
    void rowsSumToTheirNodes() {
        for (int i = 0; i < A.length; i++) {
            double sum = 0;
            for (double a : A[i]) {
                sum += a;
            }
            assertEquals(C[i], sum, 1e-13, "stage " + (i + 2));
        }
    }

    @Test
    void weightsIntegratePolynomialsUpToDegreeSevenExactly() {
        // the quadrature (bushy-tree) conditions of order 8: sum b_i c_i^(q-1) = 1/q, q = 1..8
        double[] nodes = new double[B.length];
        nodes[0] = 0;
        System.arraycopy(C, 0, nodes, 1, B.length - 1);
        for (int q = 1; q <= 8; q++) {
            double sum = 0;
            for (int i = 0; i < B.length; i++) {
                sum += B[i] * Math.pow(nodes[i], q - 1);
            }
            assertEquals(1.0 / q, sum, 1e-13, "q = " + q);
        }
    }

    @Test
    void errorEstimatorsVanishOnConstants() {
        // an error estimate is a difference of two quadratures: its weights sum to 0
        assertEquals(0, ER1 + ER6 + ER7 + ER8 + ER9 + ER10 + ER11 + ER12, 1e-14);
        assertEquals(1, BHH1 + BHH2 + BHH3, 1e-15);
    }

    /** Fixed steps of size h: tolerances so loose that every step is accepted, maxStep = h. */
    static double[] fixedStep(VectorField f, double[] x0, double t1, double h, Sampler sampler) {
        SolverSettings s = SolverSettings.DEFAULT
                .withTolerances(1e6, 1e6)
                .withInitialStep(h)
                .withMaxStep(h)
                .withProjection(false);
        return new DormandPrince853(s).integrate(f, 0, x0, t1, sampler).state();
    }

    @Test
    void errorShrinksWithTheEighthPowerOfTheStepOnTheHarmonicOscillator() {
        double t1 = 6;
        double[] errors = new double[3];
        for (int k = 0; k < errors.length; k++) {
            double h = 0.75 / (1 << k);
            double[] x = fixedStep(TestFields.harmonic(), new double[] {1, 0}, t1, h, null);
            errors[k] = Math.hypot(x[0] - Math.cos(t1), x[1] - Math.sin(t1));
        }
        for (int k = 1; k < errors.length; k++) {
            assertEquals(8.0, Math.log(errors[k - 1] / errors[k]) / Math.log(2), 0.5, "level " + k);
        }
    }

    @Test
    void errorShrinksWithTheEighthPowerOfTheStepOnTheLogisticReplicator() {
        double c = 1.5;
        double x0 = 0.1;
        double t1 = 4;
        double[] errors = new double[3];
        for (int k = 0; k < errors.length; k++) {
            double h = 0.5 / (1 << k);
            errors[k] = Math.abs(fixedStep(TestFields.logistic(c), new double[] {x0}, t1, h, null)[0]
                    - TestFields.logisticSolution(c, x0, t1));
        }
        for (int k = 1; k < errors.length; k++) {
            assertEquals(8.0, Math.log(errors[k - 1] / errors[k]) / Math.log(2), 0.6, "level " + k);
        }
    }

    @Test
    void denseOutputInsideTheStepsHasOrderSeven() {
        // samples at 0.3 and 0.7 of every step, never at a step end
        double t1 = 6;
        double[] errors = new double[3];
        for (int k = 0; k < errors.length; k++) {
            double h = 0.75 / (1 << k);
            int steps = (int) Math.round(t1 / h);
            double[] times = new double[2 * steps];
            for (int s = 0; s < steps; s++) {
                times[2 * s] = (s + 0.3) * h;
                times[2 * s + 1] = (s + 0.7) * h;
            }
            Sampler sampler = Sampler.at(times);
            fixedStep(TestFields.harmonic(), new double[] {1, 0}, t1, h, sampler);
            double worst = 0;
            for (int i = 0; i < times.length; i++) {
                double[] x = sampler.states()[i];
                worst = Math.max(worst, Math.hypot(x[0] - Math.cos(times[i]), x[1] - Math.sin(times[i])));
            }
            errors[k] = worst;
        }
        for (int k = 1; k < errors.length; k++) {
            double order = Math.log(errors[k - 1] / errors[k]) / Math.log(2);
            assertTrue(order > 6.5, "observed dense-output order " + order + " at level " + k);
        }
    }

    @Test
    void denseOutputCostsThreeEvaluationsPerStepOnlyWhenAskedFor() {
        Game g = RandomGames.recipe(3).build();
        Replicator field = Replicator.of(g.bind());
        double[] x0 = RandomStates.reduced(g, RandomStates.interior(g, new SplittableRandom(3)));
        DormandPrince853 s = new DormandPrince853();
        Trajectory plain = s.integrate(field, 0, x0, 20);
        assertEquals(
                1 + 1 + 12 * plain.steps() + 11 * plain.rejected(),
                plain.evaluations(),
                "F(x0), the initial-step probe, 12 per step, 11 per rejection");
        // samples every 0.02: every step has some inside it, so every step builds its extension
        Trajectory observed = s.integrate(field, 0, x0, 20, Sampler.evenly(0, 20, 1001));
        assertEquals(plain.steps(), observed.steps());
        assertEquals(plain.evaluations() + 3 * plain.steps(), observed.evaluations());
        // samples only at the ends: the end state is the step's own, nothing is interpolated
        Trajectory ends = s.integrate(field, 0, x0, 20, Sampler.evenly(0, 20, 2));
        assertEquals(plain.evaluations(), ends.evaluations());
    }

    @Test
    void takesFewerEvaluationsThanDormandPrince54AtTightTolerance() {
        for (long seed = 0; seed < 10; seed++) {
            Game g = RandomGames.recipe(seed).build();
            Replicator field = Replicator.of(g.bind());
            double[] x0 = RandomStates.reduced(g, RandomStates.interior(g, new SplittableRandom(seed)));
            SolverSettings s = SolverSettings.DEFAULT.withTolerances(1e-10, 1e-12);
            long eight = new DormandPrince853(s).integrate(field, 0, x0, 30).evaluations();
            long five = new DormandPrince54(s).integrate(field, 0, x0, 30).evaluations();
            assertTrue(eight < five, "seed " + seed + ": " + eight + " vs " + five + " evaluations");
        }
    }

    @Test
    void createChoosesTheEighthOrderPairAtTightTolerances() {
        assertInstanceOf(
                DormandPrince853.class,
                AdaptiveRungeKutta.create(
                        SolverSettings.DEFAULT.withTolerances(AdaptiveRungeKutta.EIGHTH_ORDER_BELOW, 1e-12)));
        assertInstanceOf(
                DormandPrince54.class, AdaptiveRungeKutta.create(SolverSettings.DEFAULT.withTolerances(1e-4, 1e-6)));
        // per component: the loosest relative tolerance decides
        Tolerances mixed = Tolerances.perComponent(new double[] {1e-12, 1e-4}, new double[] {1e-14, 1e-6});
        assertInstanceOf(
                DormandPrince54.class, AdaptiveRungeKutta.create(SolverSettings.DEFAULT.withTolerances(mixed)));
    }
}
