package org.egt4j.game;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.egt4j.ModelException;
import org.egt4j.expr.Symbol;
import org.egt4j.testing.RandomGames;
import org.egt4j.testing.RandomStates;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of the normal form over 1,000 seeded random games each. The reference is the definition of
 * the expected payoff of a normal-form game (Weibull 1995, Evolutionary Game Theory, chapter 5;
 * Sandholm 2010, Population Games and Evolutionary Dynamics, chapter 2), evaluated numerically here and independently
 * of how the game expands it: f<sub>k,i</sub>(x) = Σ<sub>s: s<sub>k</sub>=i</sub> π<sub>k</sub>(s)
 * Π<sub>l≠k</sub> x<sub>l,s<sub>l</sub></sub> for a table and f<sub>i</sub>(x) = (A x)<sub>i</sub> for a
 * matrix, at interior, vertex and edge states.
 */
class NormalFormPropertiesTest {

    static LongStream seeds() {
        return RandomGames.seeds(1000);
    }

    private static List<double[][]> states(Game g, long seed) {
        SplittableRandom r = new SplittableRandom(seed ^ 0x5DEECE66DL);
        return List.of(
                RandomStates.interior(g, r),
                RandomStates.vertex(g, r),
                RandomStates.edge(g, r),
                RandomStates.interior(g, r));
    }

    /**
     * f<sub>k,i</sub> at a state by the definition above, parameters and atoms at the game's defaults.
     *
     * @param nf the normal form
     * @param b the game bound at its defaults
     * @param s full shares per population
     * @param k the population
     * @param i the strategy
     * @return the expected payoff
     */
    static double reference(NormalForm nf, BoundGame b, double[][] s, int k, int i) {
        double sum = 0;
        if (nf.kind() == NormalForm.Kind.MATRIX) {
            for (int j = 0; j < nf.strategies(1); j++) {
                sum += b.evaluate(nf.matrix(i, j)) * s[0][j];
            }
            return sum;
        }
        for (int index = 0; index < nf.profileCount(); index++) {
            int[] profile = nf.profile(index);
            if (profile[k] != i) {
                continue;
            }
            double weight = 1;
            for (int l = 0; l < profile.length; l++) {
                if (l != k) {
                    weight *= s[l][profile[l]];
                }
            }
            sum += b.evaluate(nf.payoff(k, profile)) * weight;
        }
        return sum;
    }

    /** Checks the reference against {@link Game#expectedPayoff} at every state, to 1e-12 relative to max(1, |f|). */
    static void assertConsistent(Game g, NormalForm nf, long seed) {
        BoundGame b = g.bind();
        for (double[][] s : states(g, seed)) {
            double[] x = RandomStates.reduced(g, s);
            for (int k = 0; k < g.populations().size(); k++) {
                for (int i = 0; i < g.populations().get(k).size(); i++) {
                    double expected = g.expectedPayoff(k, i)
                            .evaluate((Symbol sym) -> sym.isShare() ? x[sym.index()] : b.valueOf(sym));
                    double ref = reference(nf, b, s, k, i);
                    assertEquals(expected, ref, 1e-12 * Math.max(1, Math.abs(expected)), "f_" + k + "," + i);
                }
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theNormalFormsExpectationIsTheExpectedPayoff(long seed) {
        RandomGames.Recipe recipe = RandomGames.recipe(seed);
        Game g = recipe.build();
        Optional<NormalForm> kept = g.normalForm();
        switch (recipe.form) {
            case MATRIX -> assertTrue(kept.isPresent(), "a share-free matrix is kept");
            case FITNESS -> assertTrue(kept.isEmpty(), "fitness forms keep no normal form");
            case PAYOFFS -> {}
        }
        kept.ifPresent(nf -> assertConsistent(g, nf, seed));
        NormalForm.of(g).ifPresent(nf -> assertConsistent(g, nf, seed));
    }

    /**
     * A random matrix (odd test seeds: recipe 3n) or table (even: recipe 3n + 1, share-dependent terms
     * removed) written out as {@code fitness:} expressions by the definition: the recovered normal form is
     * the written one, and its expectation is the expected payoff.
     */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aMatrixOrTableWrittenAsFitnessIsRecovered(long seed) {
        RandomGames.Recipe recipe = RandomGames.recipe(3 * (seed / 2) + seed % 2);
        recipe.table.replaceAll((profile, values) -> shareFree(values));
        Game written = recipe.build();
        Game fitness = asFitness(recipe);
        assertEquals(written.dimension(), fitness.dimension());
        NormalForm kept = written.normalForm().orElseThrow();
        NormalForm recovered = NormalForm.recover(fitness);
        if (kept.kind() == NormalForm.Kind.TABLE && written.populations().size() == 1) {
            // a table of one population is a game against nature: its matrix has constant rows
            assertEquals(NormalForm.Kind.MATRIX, recovered.kind());
            for (int i = 0; i < kept.profileCount(); i++) {
                for (int j = 0; j < kept.profileCount(); j++) {
                    assertEquals(kept.payoff(0, new int[] {i}), recovered.matrix(i, j));
                }
            }
        } else {
            assertEquals(kept, recovered);
            assertEquals(kept, NormalForm.recover(written));
        }
        assertConsistent(fitness, recovered, seed);
    }

    /**
     * A random table with its share-dependent entries (recipe 3n + 1) and the same table written as
     * {@code fitness:} expressions have equal expected payoffs, so both recover the same normal form, or
     * both are refused for the same reason.
     */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aShareDependentTableRecoversLikeItsFitnessForm(long seed) {
        RandomGames.Recipe recipe = RandomGames.recipe(3 * seed + 1);
        Game written = recipe.build();
        Game fitness = asFitness(recipe);
        assertRecoversLike(written, fitness, seed);
    }

    /** The entries without the share-dependent term {@code + c*population.strategy} that RandomGames appends. */
    private static List<String> shareFree(List<String> values) {
        List<String> out = new ArrayList<>();
        values.forEach(v -> out.add(v.replaceAll(" \\+ -?\\d+\\*q\\d+\\.s\\d+$", "")));
        return out;
    }

    private static void assertRecoversLike(Game written, Game fitness, long seed) {
        ModelException refusal = null;
        NormalForm fromWritten = null;
        try {
            fromWritten = NormalForm.recover(written);
        } catch (ModelException e) {
            refusal = e;
        }
        if (refusal == null) {
            assertEquals(fromWritten, NormalForm.recover(fitness));
            assertConsistent(fitness, fromWritten, seed);
        } else {
            ModelException e = assertThrows(ModelException.class, () -> NormalForm.recover(fitness));
            assertEquals(refusal.problem(), e.problem());
        }
    }

    /** The recipe's payoffs as expected-payoff expressions, Σ over profiles of entry × opponents' shares. */
    static Game asFitness(RandomGames.Recipe recipe) {
        GameBuilder b = Game.builder("fitness of " + recipe.form + " " + recipe.seed);
        recipe.parameters.forEach(b::parameter);
        recipe.definitions.forEach(b::definition);
        recipe.populations.forEach((name, strategies) -> b.population(name, strategies, null));
        List<String> pops = new ArrayList<>(recipe.populations.keySet());
        if (recipe.form == org.egt4j.game.PayoffForm.MATRIX) {
            String p = pops.get(0);
            List<String> s = recipe.populations.get(p);
            for (int i = 0; i < s.size(); i++) {
                StringBuilder e = new StringBuilder("0");
                for (int j = 0; j < s.size(); j++) {
                    e.append(" + (")
                            .append(recipe.matrix[i][j])
                            .append(")*")
                            .append(p)
                            .append('.')
                            .append(s.get(j));
                }
                b.fitness(p, s.get(i), e.toString());
            }
            return b.build();
        }
        Map<String, Map<String, StringBuilder>> f = new LinkedHashMap<>();
        for (String p : pops) {
            Map<String, StringBuilder> m = new LinkedHashMap<>();
            recipe.populations.get(p).forEach(s -> m.put(s, new StringBuilder("0")));
            f.put(p, m);
        }
        recipe.table.forEach((profile, values) -> {
            for (int k = 0; k < pops.size(); k++) {
                StringBuilder e = f.get(pops.get(k)).get(profile.get(k));
                e.append(" + (").append(values.get(k)).append(')');
                for (int l = 0; l < pops.size(); l++) {
                    if (l != k) {
                        e.append('*').append(pops.get(l)).append('.').append(profile.get(l));
                    }
                }
            }
        });
        f.forEach((p, m) -> m.forEach((s, e) -> b.fitness(p, s, e.toString())));
        return b.build();
    }
}
