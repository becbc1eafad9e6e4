package org.egt4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code simulate} prints the shares the solver computed, however small: with a payoff advantage of 1
 * for the second strategy, x' = −x(1 − x), whose exact solution from x₀ = 1/2 is x(t) = e^{−t}/(1 + e^{−t})
 * (the logistic law, Hofbauer and Sigmund 1998, §7.1): 4.25e-18 at t = 40 and 1.9e-35 at t = 80, not 0.0.
 */
class SimulateAccuracyTest {

    @TempDir
    Path dir;

    @Test
    void aNegativeTimeIsRefusedUnlessBackwardIsAsked() throws Exception {
        CommandLineTest.Run r =
                CommandLineTest.run("simulate", decay().toString(), "--from", "p=0.5", "--time", "-1", "--csv");
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("--time -1.0 is negative") && r.err().contains("--backward"), r.err());
        assertTrue(r.out().isEmpty(), r.out());
        CommandLineTest.Run both = CommandLineTest.run(
                "simulate", decay().toString(), "--from", "p=0.5", "--time", "5", "--backward", "--csv");
        assertEquals(2, both.code(), both.err());
        assertTrue(both.err().contains("--backward needs a negative end time"), both.err());
    }

    /** Backwards, the same logistic law holds for t &lt; 0: x(−5) = e⁵/(1 + e⁵), the share the state came from. */
    @Test
    void backwardIntegrationFollowsTheLogisticLawIntoThePast() throws Exception {
        CommandLineTest.Run r = CommandLineTest.run(
                "simulate",
                decay().toString(),
                "--from",
                "p=0.5",
                "--time",
                "-5",
                "--backward",
                "--samples",
                "6",
                "--csv");
        assertEquals(0, r.code(), r.err());
        String[] rows = r.out().strip().split("\n");
        assertEquals(7, rows.length, r.out());
        for (int k = 1; k < rows.length; k++) {
            String[] cells = rows[k].split(",");
            double t = Double.parseDouble(cells[0]);
            double x = Double.parseDouble(cells[1]);
            assertEquals(-(k - 1), t, 1e-12);
            assertEquals(Math.exp(-t) / (1 + Math.exp(-t)), x, 1e-7, "t = " + t);
        }
    }

    private Path decay() throws Exception {
        Path spec = dir.resolve("decay.yaml");
        Files.writeString(
                spec,
                "name: decay\npopulations:\n  p: {strategies: [a, b], share: x}\n"
                        + "fitness:\n  p:\n    a: \"0\"\n    b: \"1\"\n",
                StandardCharsets.UTF_8);
        return spec;
    }

    @Test
    void aDecayingShareKeepsItsRelativeAccuracyInsteadOfPrintingZero() throws Exception {
        Path spec = dir.resolve("decay.yaml");
        Files.writeString(
                spec,
                "name: decay\npopulations:\n  p: {strategies: [a, b], share: x}\n"
                        + "fitness:\n  p:\n    a: \"0\"\n    b: \"1\"\n",
                StandardCharsets.UTF_8);
        CommandLineTest.Run r = CommandLineTest.run(
                "simulate", spec.toString(), "--from", "p=0.5", "--time", "80", "--samples", "3", "--csv");
        assertEquals(0, r.code(), r.err());
        String[] rows = r.out().strip().split("\n");
        for (int k = 1; k < rows.length; k++) {
            String[] cells = rows[k].split(",");
            double t = Double.parseDouble(cells[0]);
            double x = Double.parseDouble(cells[1]);
            double exact = Math.exp(-t) / (1 + Math.exp(-t));
            assertTrue(x > 0, "t = " + t + ": " + x);
            assertEquals(exact, x, 1e-6 * exact, "t = " + t);
        }
    }
}
