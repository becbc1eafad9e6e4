package org.egt4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code analyze --json} reports the limit cycle of the example rock-paper-scissors-cycle, and {@code
 * simulate} (an independent integration through the command line) returns from its point to its point
 * after one period; the hawk-dove example, whose trajectories come to rest, has none.
 */
class LimitCycleCommandTest {

    static final String SPEC =
            Path.of("..", "examples", "games", "rock-paper-scissors-cycle.yaml").toString();

    static double number(String json, String key) {
        Matcher m = Pattern.compile("\"" + key + "\":([-0-9.eE]+)").matcher(json);
        assertTrue(m.find(), key + " in " + json);
        return Double.parseDouble(m.group(1));
    }

    @Test
    void theExamplesCycleClosesUnderSimulate() {
        CommandLineTest.Run a = CommandLineTest.run("analyze", SPEC, "--json");
        assertEquals(0, a.code(), a.err());
        String cycles = a.out().substring(a.out().indexOf("\"limitCycles\":"));
        assertTrue(cycles.startsWith("\"limitCycles\":[{\"period\":"), cycles);
        assertEquals(1, cycles.split("\"period\"").length - 1, "one cycle: " + cycles);
        assertTrue(cycles.contains("\"stability\":\"stable\""), cycles);
        double period = number(cycles, "period");
        Matcher p = Pattern.compile("\"point\":\\{\"players\":\\[([-0-9.eE]+),([-0-9.eE]+),([-0-9.eE]+)\\]")
                .matcher(cycles);
        assertTrue(p.find(), cycles);
        double rock = Double.parseDouble(p.group(1));
        double paper = Double.parseDouble(p.group(2));
        CommandLineTest.Run s = CommandLineTest.run(
                "simulate",
                SPEC,
                "--from",
                "players=" + p.group(1) + ":" + p.group(2) + ":" + p.group(3),
                "--time",
                Double.toString(period),
                "--samples",
                "2",
                "--rtol",
                "1e-12",
                "--atol",
                "1e-14",
                "--json");
        assertEquals(0, s.code(), s.err());
        Matcher end = Pattern.compile("\\[([-0-9.eE]+),([-0-9.eE]+)\\]\\]\\}").matcher(s.out());
        assertTrue(end.find(), s.out());
        assertEquals(rock, Double.parseDouble(end.group(1)), 1e-8, "periodic to 1e-8: " + s.out());
        assertEquals(paper, Double.parseDouble(end.group(2)), 1e-8);
        CommandLineTest.Run h = CommandLineTest.run(
                "analyze", Path.of("..", "examples", "games", "hawk-dove.yaml").toString(), "--json");
        assertTrue(h.out().contains("\"limitCycles\":[]"), "a point attractor: no cycle");
    }
}
