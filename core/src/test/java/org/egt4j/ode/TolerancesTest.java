package org.egt4j.ode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Scalar and per-component tolerances, in egt4j's Dormand–Prince 5(4) and through the Hipparchus
 * adapter: equal per-component values are the scalar tolerance exactly, a tighter component costs
 * steps and buys accuracy, and both solvers honour per-component tolerances alike.
 */
class TolerancesTest {

    private static final double[] START = {1, 0};
    private static final double END = 10;

    private static Trajectory ours(Tolerances t) {
        return new DormandPrince54(SolverSettings.DEFAULT.withTolerances(t).withProjection(false))
                .integrate(TestFields.harmonic(), 0, START, END);
    }

    private static double error(double[] x) {
        return Math.hypot(x[0] - Math.cos(END), x[1] - Math.sin(END));
    }

    @Test
    void equalPerComponentTolerancesAreTheScalarToleranceBitForBit() {
        Trajectory scalar = ours(Tolerances.of(1e-7, 1e-9));
        Trajectory vector = ours(Tolerances.perComponent(new double[] {1e-7, 1e-7}, new double[] {1e-9, 1e-9}));
        assertArrayEquals(scalar.state(), vector.state(), 0.0);
        assertEquals(scalar.steps(), vector.steps());
        assertEquals(scalar.rejected(), vector.rejected());
    }

    @Test
    void aTighterComponentCostsStepsAndBuysAccuracy() {
        Trajectory loose = ours(Tolerances.of(1e-5, 1e-5));
        Trajectory tight = ours(Tolerances.perComponent(new double[] {1e-10, 1e-5}, new double[] {1e-10, 1e-5}));
        assertTrue(tight.steps() > 2 * loose.steps(), tight.steps() + " vs " + loose.steps() + " steps");
        assertTrue(
                error(tight.state()) < error(loose.state()) / 100,
                error(tight.state()) + " vs " + error(loose.state()));
    }

    @Test
    void hipparchusHonoursPerComponentTolerancesLikeTheScalarOnes() {
        SolverSettings scalar = SolverSettings.DEFAULT.withTolerances(1e-7, 1e-9);
        SolverSettings vector = SolverSettings.DEFAULT.withTolerances(
                Tolerances.perComponent(new double[] {1e-7, 1e-7}, new double[] {1e-9, 1e-9}));
        for (boolean eight : new boolean[] {false, true}) {
            Trajectory a = (eight
                            ? HipparchusSolver.dormandPrince853(scalar)
                            : HipparchusSolver.dormandPrince54(scalar))
                    .integrate(TestFields.harmonic(), 0, START, END);
            Trajectory b = (eight
                            ? HipparchusSolver.dormandPrince853(vector)
                            : HipparchusSolver.dormandPrince54(vector))
                    .integrate(TestFields.harmonic(), 0, START, END);
            assertArrayEquals(a.state(), b.state(), 0.0, eight ? "DP853" : "DP54");
            assertEquals(a.steps(), b.steps());
        }
    }

    @Test
    void hipparchusAndOursAgreeUnderTheSameMixedTolerances() {
        Tolerances mixed = Tolerances.perComponent(new double[] {1e-11, 1e-6}, new double[] {1e-12, 1e-8});
        Trajectory h = HipparchusSolver.dormandPrince54(SolverSettings.DEFAULT.withTolerances(mixed))
                .integrate(TestFields.harmonic(), 0, START, END);
        Trajectory o = ours(mixed);
        assertTrue(error(h.state()) < 1e-6, "Hipparchus error " + error(h.state()));
        assertTrue(error(o.state()) < 1e-6, "egt4j error " + error(o.state()));
        // the mixed tolerance is tighter than the loose one for both solvers
        Trajectory hLoose = HipparchusSolver.dormandPrince54(SolverSettings.DEFAULT.withTolerances(1e-6, 1e-8))
                .integrate(TestFields.harmonic(), 0, START, END);
        assertTrue(h.steps() > hLoose.steps(), h.steps() + " vs " + hLoose.steps());
    }

    @Test
    void accessorsGiveEachComponentItsTolerance() {
        Tolerances t = Tolerances.perComponent(new double[] {1e-3, 1e-4}, new double[] {1e-5, 1e-6});
        assertTrue(t.isPerComponent());
        assertEquals(1e-4, t.relative(1));
        assertEquals(1e-5, t.absolute(0));
        Tolerances s = Tolerances.of(1e-3, 1e-5);
        assertFalse(s.isPerComponent());
        assertEquals(1e-3, s.relative(7));
        assertEquals(1e-5, s.absolute(7));
    }

    @Test
    void perComponentArraysAreCopied() {
        double[] r = {1e-3, 1e-4};
        Tolerances t = Tolerances.perComponent(r, new double[] {1e-5, 1e-6});
        r[0] = 1;
        assertEquals(1e-3, t.relative(0));
    }

    @Test
    void badTolerancesAreRefusedWithTheirValues() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Tolerances.of(-1e-8, 1e-10));
        assertTrue(e.getMessage().contains("-1.0E-8"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Tolerances.of(0, 0));
        assertThrows(IllegalArgumentException.class, () -> Tolerances.of(Double.NaN, 1e-10));
        assertThrows(IllegalArgumentException.class, () -> Tolerances.of(1e-8, Double.POSITIVE_INFINITY));
        assertThrows(IllegalArgumentException.class, () -> Tolerances.of(Double.POSITIVE_INFINITY, 1e-10));
        assertThrows(
                IllegalArgumentException.class,
                () -> Tolerances.perComponent(new double[] {1e-8}, new double[] {1e-10, 1e-10}));
        assertThrows(
                IllegalArgumentException.class,
                () -> Tolerances.perComponent(new double[] {1e-8, -1}, new double[] {1e-10, 1e-10}));
        // rtol 0 with a positive atol is a pure absolute tolerance, and allowed
        assertEquals(0.0, Tolerances.of(0, 1e-10).relative(0));
    }
}
