package org.egt4j.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.egt4j.ModelException;
import org.egt4j.expr.Printer;
import org.egt4j.expr.Symbol;
import org.egt4j.game.BoundGame;
import org.egt4j.game.Game;
import org.egt4j.game.GameBuilder;
import org.egt4j.game.NormalForm;
import org.egt4j.game.Parameter;
import org.egt4j.game.PayoffForm;
import org.egt4j.game.Population;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The normal form of every spec in {@code examples/games}: kept by the {@code matrix:} and {@code
 * payoffs:} specs, recovered from the expected payoffs of every payoff table, and, wherever a game has
 * one, consistent with its expected payoffs: f<sub>k,i</sub>(x) = Σ<sub>s: s<sub>k</sub>=i</sub>
 * π<sub>k</sub>(s) Π<sub>l≠k</sub> x<sub>l,s<sub>l</sub></sub> for a table and (A x)<sub>i</sub> for a
 * matrix (Weibull 1995, Evolutionary Game Theory, chapter 5) at seeded random states.
 */
class NormalFormExamplesTest {

    private static final Path EXAMPLES = Path.of("..", "examples", "games");

    static List<String> files() throws IOException {
        try (Stream<Path> s = Files.list(EXAMPLES)) {
            List<String> names = new ArrayList<>(s.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".yaml"))
                    .sorted()
                    .toList());
            assertFalse(names.isEmpty(), "examples/games holds specs");
            return names;
        }
    }

    static Stream<String> examples() throws IOException {
        return files().stream();
    }

    static Stream<Arguments> examplesAndSeeds() throws IOException {
        return files().stream().flatMap(f -> LongStream.range(0, 5).mapToObj(seed -> Arguments.of(f, seed)));
    }

    static Stream<String> tables() throws IOException {
        return files().stream().filter(f -> load(f).payoffForm() == PayoffForm.PAYOFFS);
    }

    static Game load(String file) {
        return SpecLoader.load(EXAMPLES.resolve(file));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void matrixAndTableSpecsKeepTheirNormalFormAndFitnessSpecsNone(String file) {
        Game g = load(file);
        assertEquals(g.payoffForm() != PayoffForm.FITNESS, g.normalForm().isPresent());
        g.normalForm()
                .ifPresent(nf -> assertEquals(
                        g.payoffForm() == PayoffForm.MATRIX ? NormalForm.Kind.MATRIX : NormalForm.Kind.TABLE,
                        nf.kind()));
    }

    /** Each payoff table, written out as the {@code fitness:} forms it implies, is recovered entry by entry. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("tables")
    void payoffTablesAreRecoveredFromTheirExpectedPayoffs(String file) {
        Game table = load(file);
        NormalForm written = table.normalForm().orElseThrow();
        Game fitness = asFitness(table);
        assertEquals(PayoffForm.FITNESS, fitness.payoffForm());
        NormalForm recovered = NormalForm.recover(fitness);
        assertEquals(written, recovered);
        for (int s = 0; s < written.profileCount(); s++) {
            for (int k = 0; k < written.positions(); k++) {
                assertEquals(written.payoff(k, written.profile(s)), recovered.payoff(k, recovered.profile(s)));
            }
        }
        assertEquals(written, NormalForm.recover(table));
    }

    /**
     * Wherever an example has a normal form (kept or recovered), its expectation equals the expected payoff
     * at random states; where it has none, {@link NormalForm#require} says why.
     */
    @ParameterizedTest(name = "{0}, seed {1}")
    @MethodSource("examplesAndSeeds")
    void theNormalFormsExpectationIsTheExpectedPayoff(String file, long seed) {
        Game g = load(file);
        Optional<NormalForm> nf = NormalForm.of(g);
        if (nf.isEmpty()) {
            ModelException e = assertThrows(ModelException.class, () -> NormalForm.require(g, "the Moran process"));
            assertTrue(e.problem().startsWith("the Moran process needs the payoffs of single encounters"));
            assertTrue(e.problem().contains("'" + g.name() + "' gives `fitness:` forms"), e.problem());
            assertTrue(e.problem().contains("own shares") || e.problem().contains("degree"), e.problem());
            return;
        }
        BoundGame b = g.bind();
        SplittableRandom r = new SplittableRandom(seed);
        for (int n = 0; n < 4; n++) {
            double[][] s = n == 1 ? vertex(g, r) : interior(g, r);
            double[] x = new double[g.dimension()];
            for (int k = 0; k < s.length; k++) {
                System.arraycopy(s[k], 0, x, g.offset(k), s[k].length - 1);
            }
            for (int k = 0; k < s.length; k++) {
                for (int i = 0; i < s[k].length; i++) {
                    double expected = g.expectedPayoff(k, i)
                            .evaluate((Symbol sym) -> sym.isShare() ? x[sym.index()] : b.valueOf(sym));
                    double ref = reference(nf.get(), b, s, k, i);
                    assertEquals(expected, ref, 1e-12 * Math.max(1, Math.abs(expected)), "f_" + k + "," + i);
                }
            }
        }
    }

    /** Σ over profiles with s<sub>k</sub> = i of π<sub>k</sub>(s) times the opponents' shares; (A x)<sub>i</sub>. */
    private static double reference(NormalForm nf, BoundGame b, double[][] s, int k, int i) {
        double sum = 0;
        if (nf.kind() == NormalForm.Kind.MATRIX) {
            for (int j = 0; j < s[0].length; j++) {
                sum += b.evaluate(nf.matrix(i, j)) * s[0][j];
            }
            return sum;
        }
        for (int index = 0; index < nf.profileCount(); index++) {
            int[] profile = nf.profile(index);
            if (profile[k] == i) {
                double w = b.evaluate(nf.payoff(k, profile));
                for (int l = 0; l < profile.length; l++) {
                    w *= l == k ? 1 : s[l][profile[l]];
                }
                sum += w;
            }
        }
        return sum;
    }

    private static double[][] interior(Game g, SplittableRandom r) {
        double[][] s = new double[g.populations().size()][];
        for (int k = 0; k < s.length; k++) {
            s[k] = new double[g.populations().get(k).size()];
            double sum = 0;
            for (int i = 0; i < s[k].length; i++) {
                s[k][i] = -Math.log(1 - r.nextDouble());
                sum += s[k][i];
            }
            for (int i = 0; i < s[k].length; i++) {
                s[k][i] /= sum;
            }
        }
        return s;
    }

    private static double[][] vertex(Game g, SplittableRandom r) {
        double[][] s = new double[g.populations().size()][];
        for (int k = 0; k < s.length; k++) {
            s[k] = new double[g.populations().get(k).size()];
            s[k][r.nextInt(s[k].length)] = 1;
        }
        return s;
    }

    /** The same game with its expected payoffs, as printed, given as {@code fitness:} forms. */
    private static Game asFitness(Game g) {
        GameBuilder b = Game.builder(g.name() + " (fitness)");
        for (Parameter p : g.parameters()) {
            b.parameter(p.name(), p.value());
        }
        g.definitions().forEach(b::definition);
        for (Population p : g.populations()) {
            b.population(p.name(), p.strategies(), p.shareSymbol());
        }
        for (int k = 0; k < g.populations().size(); k++) {
            Population p = g.populations().get(k);
            for (int i = 0; i < p.size(); i++) {
                b.fitness(p.name(), p.strategies().get(i), Printer.TEXT.print(g.expectedPayoff(k, i)));
            }
        }
        return b.build();
    }
}
