package org.egt4j.dynamics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.egt4j.ModelException;
import org.egt4j.expr.Polynomial;
import org.egt4j.game.Game;
import org.egt4j.game.Population;
import org.egt4j.testing.RandomGames;
import org.hipparchus.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Full mutation matrices of the replicator–mutator dynamics (Page and Nowak 2002, "Unifying
 * evolutionary dynamics", J. Theor. Biol. 219): the uniform matrix is the μ route exactly, the identity
 * is the replicator exactly, and with frequency-independent fitness the rest point is Eigen's
 * quasispecies, the Perron left eigenvector of diag(f)·Q with the mean fitness as its eigenvalue.
 */
class MutationMatrixTest {

    static LongStream seeds() {
        return RandomGames.seeds(100);
    }

    /** Q_jj = 1 − μ, Q_ji = μ/(n − 1), exactly, for every population of the game. */
    static Map<String, BigFraction[][]> uniform(Game g, BigFraction mu) {
        Map<String, BigFraction[][]> m = new LinkedHashMap<>();
        for (Population p : g.populations()) {
            int n = p.size();
            BigFraction[][] q = new BigFraction[n][n];
            for (int j = 0; j < n; j++) {
                for (int i = 0; i < n; i++) {
                    q[j][i] = i == j ? BigFraction.ONE.subtract(mu) : mu.divide(n - 1);
                }
            }
            m.put(p.name(), q);
        }
        return m;
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theUniformMatrixGivesExactlyTheEquationsOfTheMuRoute(long seed) {
        Game g = RandomGames.recipe(seed).build();
        // μ = k/100 with k = 0 (the edge case: no mutation) first, 100 (every offspring mutates) last
        int k = seed == 0 ? 0 : seed == 1 ? 100 : new SplittableRandom(seed).nextInt(101);
        BigFraction mu = new BigFraction(k, 100);
        List<Polynomial> byMu = ReplicatorMutator.uniform(k / 100.0).polynomials(g);
        List<Polynomial> byMatrix =
                ReplicatorMutator.withMatrices(null, uniform(g, mu)).polynomials(g);
        assertEquals(byMu, byMatrix, "seed " + seed + ", mu " + mu);
        // one population by matrix, the others by the same μ
        String first = g.populations().get(0).name();
        Map<String, BigFraction[][]> one = new LinkedHashMap<>();
        one.put(first, uniform(g, mu).get(first));
        assertEquals(byMu, ReplicatorMutator.withMatrices(k / 100.0, one).polynomials(g), "seed " + seed);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theIdentityMatrixIsTheReplicatorExactly(long seed) {
        Game g = RandomGames.recipe(seed).build();
        ReplicatorMutator identity = ReplicatorMutator.withMatrices(null, uniform(g, BigFraction.ZERO));
        List<ReplicatorEquation> rep = ReplicatorDynamics.replicatorEquations(g);
        List<Polynomial> rm = identity.polynomials(g);
        for (int c = 0; c < g.dimension(); c++) {
            assertEquals(rep.get(c).expanded(), rm.get(c), "coordinate " + c + ", seed " + seed);
        }
        assertTrue(identity.isImitative(), "no mutation: faces stay invariant");
        // populations without a matrix and without μ do not mutate either
        assertEquals(rm, ReplicatorMutator.withMatrices(null, Map.of()).polynomials(g));
    }

    /**
     * Page and Nowak (2002, §2): with fitness independent of the state, f_i, the replicator–mutator
     * equation is Eigen's quasispecies equation, whose stable rest point x* is the left Perron eigenvector
     * of W = diag(f)·Q, Σ_j x*_j f_j Q_ji = φ x*_i, with the mean fitness φ = x*·f its eigenvalue. The
     * eigenvector is found here by power iteration (an independent method) for random row-stochastic Q.
     */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void withConstantFitnessTheRestPointIsTheQuasispeciesPerronVector(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int n = 2 + r.nextInt(4);
        double[] f = new double[n];
        String[][] a = new String[n][n];
        String[] names = new String[n];
        for (int i = 0; i < n; i++) {
            f[i] = 1 + r.nextInt(9);
            names[i] = "s" + i;
            for (int j = 0; j < n; j++) {
                a[i][j] = Integer.toString((int) f[i]); // the payoff of i against anyone
            }
        }
        BigFraction[][] q = new BigFraction[n][n];
        for (int j = 0; j < n; j++) {
            int[] w = new int[n];
            int sum = 0;
            for (int i = 0; i < n; i++) {
                // seed 0: a mutation-free diagonal row for strategy 0 (an edge: Q_00 = 1)
                w[i] = seed == 0 && j == 0 ? (i == 0 ? 1 : 0) : 1 + r.nextInt(20) + (i == j ? 40 : 0);
                sum += w[i];
            }
            for (int i = 0; i < n; i++) {
                q[j][i] = new BigFraction(w[i], sum);
            }
        }
        Game g = Game.builder("quasispecies").population("p", names).matrix(a).build();
        ReplicatorMutator rm = ReplicatorMutator.withMatrices(null, Map.of("p", q));
        // power iteration on x ↦ x·diag(f)·Q, normalised to the simplex
        double[] x = new double[n];
        java.util.Arrays.fill(x, 1.0 / n);
        double phi = 0;
        for (int it = 0; it < 20_000; it++) {
            double[] y = new double[n];
            for (int j = 0; j < n; j++) {
                for (int i = 0; i < n; i++) {
                    y[i] += x[j] * f[j] * q[j][i].doubleValue();
                }
            }
            phi = 0;
            for (double v : y) {
                phi += v;
            }
            for (int i = 0; i < n; i++) {
                x[i] = y[i] / phi;
            }
        }
        double mean = 0;
        for (int i = 0; i < n; i++) {
            mean += x[i] * f[i];
        }
        assertEquals(phi, mean, 1e-12 * phi, "the eigenvalue is the mean fitness, seed " + seed);
        VectorField v = rm.field(g.bind());
        double[] reduced = java.util.Arrays.copyOf(x, n - 1);
        double[] dx = new double[n - 1];
        v.derivative(reduced, dx);
        for (int c = 0; c < n - 1; c++) {
            assertEquals(0, dx[c], 1e-12, "the Perron vector is a rest point, seed " + seed);
        }
    }

    @Test
    void badMatricesAreRefusedWithTheRowAndEntry() {
        BigFraction h = new BigFraction(1, 2);
        BigFraction z = BigFraction.ZERO;
        BigFraction one = BigFraction.ONE;
        ModelException e = assertThrows(
                ModelException.class,
                () -> ReplicatorMutator.withMatrices(null, Map.of("p", new BigFraction[][] {{h, h}, {one}})));
        assertTrue(e.getMessage().contains("is not square: row 2 has 1 entries"), e.getMessage());
        e = assertThrows(
                ModelException.class,
                () -> ReplicatorMutator.withMatrices(
                        null, Map.of("p", new BigFraction[][] {{h, h}, {new BigFraction(3, 2), h.negate()}})));
        assertTrue(e.getMessage().contains("negative entry Q[2][2] = -0.5"), e.getMessage());
        e = assertThrows(
                ModelException.class,
                () -> ReplicatorMutator.withMatrices(null, Map.of("p", new BigFraction[][] {{h, h}, {h, z}})));
        assertTrue(e.getMessage().contains("row 2 of the mutation matrix of p sums to 0.5, not 1"), e.getMessage());
        // within 1e-12 of 1: accepted (a rounded 1/3); beyond: refused
        BigFraction third = new BigFraction(3333333333333L, 10_000_000_000_000L);
        BigFraction rest = one.subtract(third.multiply(2));
        ReplicatorMutator.withMatrices(
                null, Map.of("p", new BigFraction[][] {{third, third, third}, {one, z, z}, {z, z, one}}));
        assertThrows(
                ModelException.class,
                () -> ReplicatorMutator.withMatrices(null, Map.of("p", new BigFraction[][] {
                    {new BigFraction(333333333, 1_000_000_000L), third, third}, {one, z, z}, {z, z, one}
                })));
        assertTrue(rest.signum() > 0);
        Game g = ReplicatorMutatorTest.rpsPlusC();
        e = assertThrows(ModelException.class, () -> ReplicatorMutator.withMatrices(
                        null, Map.of("plyers", new BigFraction[][] {{one}}))
                .field(g.bind()));
        assertTrue(e.getMessage().contains("unknown population 'plyers'"), e.getMessage());
        e = assertThrows(ModelException.class, () -> ReplicatorMutator.withMatrices(
                        null, Map.of("players", new BigFraction[][] {{one, z}, {z, one}}))
                .field(g.bind()));
        assertTrue(e.getMessage().contains("is 2x2, but players has 3 strategies"), e.getMessage());
    }

    @Test
    void matricesAreValuesAndNamedInTheCommandLineForm() {
        BigFraction h = new BigFraction(1, 2);
        BigFraction[][] q = {{h, h}, {BigFraction.ZERO, BigFraction.ONE}};
        ReplicatorMutator a = ReplicatorMutator.withMatrices(0.01, Map.of("p", q));
        ReplicatorMutator b = ReplicatorMutator.withMatrices(0.01, Map.of("p", new BigFraction[][] {{h, h}, {h, h}}));
        assertEquals(a, ReplicatorMutator.withMatrices(0.01, Map.of("p", q)));
        assertFalse(a.equals(b));
        assertFalse(a.equals(ReplicatorMutator.uniform(0.01)));
        assertEquals("replicator-mutator:mu=0.01+mutation(p)", a.spec());
        assertEquals(
                "replicator-mutator+mutation(p)",
                ReplicatorMutator.withMatrices(null, Map.of("p", q)).spec());
        assertEquals(0.5, a.matrices().get("p")[0][1]);
        assertFalse(a.isImitative());
    }
}
