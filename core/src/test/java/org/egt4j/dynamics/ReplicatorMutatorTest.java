package org.egt4j.dynamics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.egt4j.ModelException;
import org.egt4j.expr.Polynomial;
import org.egt4j.game.BoundGame;
import org.egt4j.game.Game;
import org.egt4j.stability.Eigenvalue;
import org.egt4j.stability.RestPoint;
import org.egt4j.stability.Stability;
import org.egt4j.stability.StabilityAnalysis;
import org.egt4j.testing.RandomGames;
import org.egt4j.testing.RandomStates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The replicator–mutator dynamics (Page and Nowak 2002) against closed forms and a second implementation. */
class ReplicatorMutatorTest {

    /** Rock–paper–scissors with every payoff raised by c (so payoffs are ≥ 0 for c ≥ 1). */
    static Game rpsPlusC() {
        return Game.builder("RPS+c")
                .parameter("c", 2)
                .population("players", "rock", "paper", "scissors")
                .matrix(new String[][] {{"c", "c - 1", "c + 1"}, {"c + 1", "c", "c - 1"}, {"c - 1", "c + 1", "c"}})
                .build();
    }

    /**
     * With uniform mutation Q = (1 − 3μ/2)I + (μ/2)J the field is V = (1 − 3μ/2)R + (μ/2)φ(1 − 3x): at the
     * barycentre of RPS+c (φ* = c, the replicator's eigenvalues ±i/√3) the Jacobian on the simplex is
     * (1 − 3μ/2)DR − (3μ/2)c·I, so the eigenvalues are −3μc/2 ± i(1 − 3μ/2)/√3.
     */
    @Test
    void rockPaperScissorsPlusCHasEigenvaluesMinusThreeMuCOverTwoPlusMinusIOneMinusThreeMuOverTwoOverRootThree() {
        for (double mu : new double[] {0.01, 0.1, 0.3}) {
            for (double c : new double[] {1, 2, 5}) {
                BoundGame b = rpsPlusC().bind(Map.of("c", c));
                StabilityAnalysis a = StabilityAnalysis.of(b, ReplicatorMutator.uniform(mu));
                RestPoint centre = null;
                for (RestPoint p : a.restPoints()) {
                    if (Math.abs(p.coordinates()[0] - 1.0 / 3) < 1e-9
                            && Math.abs(p.coordinates()[1] - 1.0 / 3) < 1e-9) {
                        centre = p;
                    }
                }
                assertTrue(centre != null, "the barycentre is a rest point, mu " + mu + ", c " + c);
                List<Eigenvalue> e = centre.eigenvalues();
                assertEquals(-1.5 * mu * c, e.get(0).re(), 1e-12, "mu " + mu + ", c " + c);
                assertEquals(-1.5 * mu * c, e.get(1).re(), 1e-12);
                assertEquals((1 - 1.5 * mu) / Math.sqrt(3), Math.abs(e.get(0).im()), 1e-12);
                assertEquals(-e.get(0).im(), e.get(1).im(), 1e-12);
                assertEquals(Stability.STABLE, centre.stability());
                assertEquals(1, a.restPoints().size(), "no other rest point for mu > 0, mu " + mu);
                assertTrue(a.vertices().vertices().isEmpty(), "no vertex table for this dynamic");
            }
        }
    }

    static LongStream seeds() {
        return RandomGames.seeds(200);
    }

    /** At μ = 0 the equations are exactly the replicator's, x_i F_i − x_i x·F = x_i(F_i − x·F). */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void withoutMutationTheEquationsAreExactlyTheReplicators(long seed) {
        Game g = RandomGames.recipe(seed).build();
        List<Polynomial> rm = ReplicatorMutator.uniform(0).polynomials(g);
        List<ReplicatorEquation> rep = ReplicatorDynamics.replicatorEquations(g);
        for (int c = 0; c < g.dimension(); c++) {
            assertEquals(rep.get(c).expanded(), rm.get(c), "coordinate " + c + ", seed " + seed);
        }
    }

    /**
     * The compiled exact field against the defining sum Σ_j x_j F_j Q_ji − x_i x·F evaluated from the
     * payoff field, and its exact Jacobian against central differences, for random μ on random games.
     */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void compiledFieldEqualsTheDefiningSumAndItsJacobianEqualsFiniteDifferences(long seed) {
        Game g = RandomGames.recipe(seed).build();
        BoundGame b = g.bind();
        SplittableRandom r = new SplittableRandom(seed);
        double mu = seed % 5 == 0 ? 0 : r.nextDouble();
        ReplicatorMutator d = ReplicatorMutator.uniform(mu);
        int[] offsets = new int[g.populations().size() + 1];
        for (int k = 0; k <= g.populations().size(); k++) {
            offsets[k] = g.offset(k);
        }
        // bypasses the non-negativity check: the algebra holds for any payoffs
        VectorField field = PolynomialField.of(b, d.polynomials(g), StateSpace.simplices(offsets), true);
        PayoffField payoffs = PayoffField.of(b);
        int n = g.dimension();
        double[] x = RandomStates.reduced(g, RandomStates.interior(g, r));
        double[] v = new double[n];
        double[] jac = new double[n * n];
        field.derivativeAndJacobian(x, v, jac);
        double[] f = new double[payoffs.size()];
        payoffs.payoffs(x, f);
        double scale = 1;
        for (double y : f) {
            scale = Math.max(scale, Math.abs(y));
        }
        for (int k = 0; k < g.populations().size(); k++) {
            int size = g.populations().get(k).size();
            double[] s = new double[size];
            double last = 1;
            for (int i = 0; i < size - 1; i++) {
                s[i] = x[g.offset(k) + i];
                last -= s[i];
            }
            s[size - 1] = last;
            double phi = 0;
            for (int j = 0; j < size; j++) {
                phi += s[j] * f[payoffs.start(k) + j];
            }
            for (int i = 0; i < size - 1; i++) {
                double in = 0;
                for (int j = 0; j < size; j++) {
                    double q = j == i ? 1 - mu : mu / (size - 1);
                    in += s[j] * f[payoffs.start(k) + j] * q;
                }
                assertEquals(in - s[i] * phi, v[g.offset(k) + i], 1e-12 * scale * scale, "seed " + seed);
            }
        }
        double h = 1e-6;
        double[] plus = new double[n];
        double[] minus = new double[n];
        for (int j = 0; j < n; j++) {
            double[] xp = x.clone();
            double[] xm = x.clone();
            xp[j] += h;
            xm[j] -= h;
            field.derivative(xp, plus);
            field.derivative(xm, minus);
            for (int i = 0; i < n; i++) {
                assertEquals((plus[i] - minus[i]) / (2 * h), jac[i * n + j], 1e-6 * scale * scale, "seed " + seed);
            }
        }
    }

    /** Mutation pushes into the interior: at a vertex every absent strategy grows at rate μ/(n−1)·F. */
    @Test
    void atAVertexMutationFeedsEveryAbsentStrategy() {
        BoundGame b = rpsPlusC().bind();
        VectorField field = ReplicatorMutator.uniform(0.2).field(b);
        double[] v = new double[2];
        field.derivative(new double[] {1, 0}, v); // all rock: F_rock = c = 2
        assertEquals(-0.2 * 2, v[0], 1e-15, "rock loses the mutants it sends out");
        assertEquals(0.1 * 2, v[1], 1e-15, "paper gains μ/2 · F_rock");
    }

    @Test
    void refusesNegativePayoffsAndMutationRatesOutsideTheUnitInterval() {
        ModelException negative = assertThrows(ModelException.class, () -> ReplicatorMutator.uniform(0.1)
                .field(rpsPlusC().bind(Map.of("c", 0.5))));
        assertTrue(negative.problem().contains("non-negative payoffs"), negative.problem());
        assertTrue(negative.hint().contains("background payoff"), negative.hint());
        assertThrows(ModelException.class, () -> ReplicatorMutator.uniform(-0.1));
        assertThrows(ModelException.class, () -> ReplicatorMutator.uniform(1.5));
        assertThrows(ModelException.class, () -> ReplicatorMutator.uniform(Double.NaN));
    }

    @Test
    void theCatalogueNamesTheDynamicsAndChecksTheirParameters() {
        assertEquals(
                List.of(
                        "replicator",
                        "replicator-mutator",
                        "logit",
                        "maynard-smith",
                        "smith",
                        "bnn",
                        "projection",
                        "best-response"),
                DynamicsCatalogue.names());
        assertEquals(ReplicatorDynamics.INSTANCE, DynamicsCatalogue.of("replicator", Map.of()));
        Dynamics d = DynamicsCatalogue.of("replicator-mutator", Map.of("mu", 0.1));
        assertEquals(ReplicatorMutator.uniform(0.1), d);
        assertEquals("replicator-mutator:mu=0.1", d.spec());
        ModelException unknown =
                assertThrows(ModelException.class, () -> DynamicsCatalogue.of("replicator-mutatr", Map.of()));
        assertTrue(unknown.problem().contains("did you mean 'replicator-mutator'"), unknown.problem());
        ModelException key =
                assertThrows(ModelException.class, () -> DynamicsCatalogue.of("replicator-mutator", Map.of("m", 1.0)));
        assertTrue(key.problem().contains("no parameter 'm'"), key.problem());
        ModelException missing =
                assertThrows(ModelException.class, () -> DynamicsCatalogue.of("replicator-mutator", Map.of()));
        assertTrue(missing.problem().contains("needs the parameter 'mu'"), missing.problem());
        assertThrows(ModelException.class, () -> DynamicsCatalogue.of("replicator", Map.of("mu", 0.1)));
    }
}
