package example;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Runs the new user's program and checks what it prints. */
class TripartiteTest {

    @Test
    void printsEquationsAndTheEss() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = System.out;
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            Tripartite.main(new String[0]);
        } finally {
            System.setOut(out);
        }
        String printed = bytes.toString(StandardCharsets.UTF_8);
        System.out.println(printed); // into the invoker's build.log
        assertContains(printed, "Game: Government-industry-university");
        assertContains(printed, "dx/dt = x*(1 - x)*(");
        assertContains(printed, "dy/dt = y*(1 - y)*(");
        assertContains(printed, "dz/dt = z*(1 - z)*(");
        assertContains(printed, "Same equations from the YAML spec: true");
        assertContains(printed, "(cooperate, support, share)  stable  ESS");
        // the vertex where all three cooperate: stable, an ESS for S < B = 4 (with F = 1, C = 3)
        assertContains(printed, "ESS iff ");
        assertContains(printed, "ESS for -2 < S < 4 (others fixed)");
        assertContains(printed, "ESS for B > 2 (others fixed)");
        // the rest point on the face y = 0: 4x - 3/2 = 0 and 4z - 3 = 0
        assertContains(printed, "(firms.cooperate = 0.3750, gov.support = 0.000, uni.share = 0.7500)  saddle");
        assertTrue(!printed.contains("[D@") && !printed.contains("[[D"), "no array identities:\n" + printed);
    }

    private static void assertContains(String printed, String expected) {
        assertTrue(printed.contains(expected), "expected '" + expected + "' in:\n" + printed);
    }
}
