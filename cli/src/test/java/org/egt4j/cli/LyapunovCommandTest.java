package org.egt4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.egt4j.report.Json;
import org.egt4j.report.JsonValue;
import org.egt4j.spec.SpecLoader;
import org.egt4j.stability.BestResponseLyapunov;
import org.junit.jupiter.api.Test;

/**
 * {@code egt4j lyapunov} under {@code --dynamics best-response}: the exact piecewise path with the saltation
 * matrices of its switches ({@link BestResponseLyapunov}). On the bad rock–paper–scissors example (win 1,
 * loss 2, raised by 2, which changes no best reply) the path converges to the Shapley triangle, whose
 * exponents are 0 and −1 in closed form (the return map's multiplier is e<sup>−P</sup>, see {@code
 * BestResponseLyapunovTest}); the command prints the core class's values byte for byte, with the method
 * and the number of switches. A path that reaches hawk–dove's mixed equilibrium in finite time is refused
 * with exit 2 and the arrival time.
 */
class LyapunovCommandTest {

    private static final String CYCLE = "../examples/games/rock-paper-scissors-cycle.yaml";

    @Test
    void bestResponseOnTheShapleyTrianglePrintsTheCoreValues() {
        CommandLineTest.Run run = CommandLineTest.run(
                "lyapunov",
                CYCLE,
                "--from",
                "players=0.4:0.35:0.25",
                "--time",
                "2000",
                "--transient",
                "100",
                "--dynamics",
                "best-response",
                "--json");
        assertEquals(0, run.code(), run.err());
        BestResponseLyapunov.Result core = BestResponseLyapunov.compute(
                SpecLoader.load(Path.of(CYCLE)).bind(), new double[] {0.4, 0.35}, 2000, 100, 1);
        double[] e = core.spectrum().exponents();
        assertEquals(0, e[0], 5e-3, "the flow direction of the cycle");
        assertEquals(-1, e[1], 5e-3, "the return map's multiplier e^{-P}");
        assertTrue(
                run.out()
                        .startsWith("{\"coordinates\":[\"players.rock\",\"players.paper\"],\"exponents\":"
                                + Json.write(JsonValue.numbers(e)) + ",\"kaplanYorkeDimension\":"),
                run.out());
        assertTrue(
                run.out()
                        .contains("\"averageDivergence\":"
                                + Json.write(
                                        new JsonValue.JsonNumber(core.spectrum().averageDivergence()))),
                run.out());
        assertTrue(
                run.out().trim().endsWith(",\"method\":\"benettin-saltation\",\"switches\":" + core.switches() + "}"),
                run.out());
        assertTrue(core.switches() > 2000 / Math.log(2) - 2, "one switch every ln 2");
    }

    @Test
    void smoothDynamicsNameTheirMethod() {
        CommandLineTest.Run run = CommandLineTest.run(
                "lyapunov", "../examples/games/hawk-dove.yaml", "--from", "animals=0.3", "--time", "50");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().trim().endsWith(",\"method\":\"benettin-variational\"}"), run.out());
    }

    @Test
    void aPathThatReachesAMixedEquilibriumInFiniteTimeIsRefused() {
        // hawk-dove V = 2, C = 3: from x = 0.1 hawk is the best reply, x(t) = 1 - 0.9e^{-t} reaches
        // x* = V/C = 2/3 at t = ln 2.7 and stays (the smallest exponent is -infinity)
        CommandLineTest.Run run = CommandLineTest.run(
                "lyapunov",
                "../examples/games/hawk-dove.yaml",
                "--from",
                "animals=0.1",
                "--time",
                "10",
                "--dynamics",
                "best-response");
        assertEquals(2, run.code(), run.err());
        assertTrue(
                run.err().contains("reaches the Nash equilibrium [0.666666667] at t = 0.993251773")
                        && run.err().contains("below 0.993251773"),
                run.err());
        assertFalse(run.err().contains("Exception"), run.err());
        assertEquals(0.993251773, Math.log(2.7), 1e-9);
        CommandLineTest.Run before = CommandLineTest.run(
                "lyapunov",
                "../examples/games/hawk-dove.yaml",
                "--from",
                "animals=0.1",
                "--time",
                "0.9",
                "--dynamics",
                "best-response");
        assertEquals(0, before.code(), before.err());
        assertTrue(before.out().contains("\"exponents\":[-1.0]"), before.out());
    }
}
