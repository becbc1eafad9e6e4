package org.egt4j.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.egt4j.cli.Main;
import org.egt4j.dynamics.Replicator;
import org.egt4j.game.Game;
import org.egt4j.game.Population;
import org.egt4j.spec.SpecLoader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every spec in {@code examples/games} loads, prints its equations, and has a finite field. */
class ExampleSpecsTest {

    static Stream<Path> specs() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("games"))) {
            List<Path> list =
                    s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
            assertFalse(list.isEmpty(), "examples/games holds specs");
            return list.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("specs")
    void specLoadsAndItsEquationsPrint(Path spec) {
        Game game = SpecLoader.load(spec);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        SpecLoader.GameSpec loaded = SpecLoader.loadSpec(spec);
        // a logit example has no polynomial equations (`equations` refuses it): print the replicator's
        boolean polynomial = loaded.dynamics().equations(game).isPresent();
        String[] args = polynomial
                ? new String[] {"equations", spec.toString()}
                : new String[] {"equations", spec.toString(), "--dynamics", "replicator"};
        int code = Main.run(args, new PrintStream(out), new PrintStream(err));
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        String heading = polynomial && !(loaded.dynamics() instanceof org.egt4j.dynamics.ReplicatorDynamics)
                ? "-mutator equations"
                : loaded.language().equals("zh") ? "复制动态方程:" : "Replicator equations:";
        assertTrue(out.toString(StandardCharsets.UTF_8).contains(heading), out.toString(StandardCharsets.UTF_8));
        // the field at the barycentre is finite, and every population's full derivative sums to zero
        Replicator field = Replicator.of(game.bind());
        double[] full = new double[field.fullDimension()];
        int at = 0;
        for (Population p : game.populations()) {
            for (int i = 0; i < p.size(); i++) {
                full[at++] = 1.0 / p.size();
            }
        }
        double[] dx = new double[full.length];
        field.fullDerivative(full, dx);
        for (double d : dx) {
            assertTrue(Double.isFinite(d));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("specs")
    void analyzeRunsAndHasAVertexRowPerPureProfile(Path spec) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(
                new String[] {"analyze", spec.toString(), "--json"}, new PrintStream(out), new PrintStream(err));
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        Game game = SpecLoader.load(spec);
        int profiles = 1;
        for (Population p : game.populations()) {
            profiles *= p.size();
        }
        String json = out.toString(StandardCharsets.UTF_8);
        boolean table = SpecLoader.loadSpec(spec).dynamics().hasVertexTable();
        assertEquals(
                table ? profiles : 0,
                json.split("\\{\"profile\":", -1).length - 1,
                "one vertex row per pure profile under the replicator, none for other dynamics");
    }
}
