package org.egt4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.egt4j.ode.AdaptiveRungeKutta;
import org.egt4j.ode.SolverSettings;
import org.egt4j.random.FixedSeeds;
import org.egt4j.random.RandomStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The manifest of the windmill report against its golden copy, with only the truly variable fields
 * masked (the egt4j and Java versions and the output directory in the command): it must name the
 * solver that ran, the generator and every seed. {@code -Degt4j.golden.record=true} rewrites the copy.
 */
class ManifestGoldenTest {

    private static final Path SPEC = Path.of("..", "examples", "games", "windmill.yaml");
    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden", "manifest", "windmill.json");

    static String mask(String manifest, Path out) {
        String json = org.egt4j.report.Json.write(org.egt4j.report.JsonValue.string(out.toString()));
        String quotedOut = json.substring(1, json.length() - 1);
        return manifest.replaceAll("\"egt4jVersion\":\"[^\"]*\"", "\"egt4jVersion\":\"(masked)\"")
                .replaceAll("\"javaVersion\":\"[^\"]*\"", "\"javaVersion\":\"(masked)\"")
                .replace(quotedOut, "(output directory)");
    }

    @Test
    void theWindmillManifestMatchesItsGoldenCopy(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("report");
        String printed = GoldenOutputsTest.run("analyze", SPEC.toString(), "--out", out.toString(), "--threads", "2");
        assertTrue(printed.contains("manifest.json"), printed);
        String manifest = mask(Files.readString(out.resolve("manifest.json"), StandardCharsets.UTF_8), out);
        // what ran: the default rtol 1e-8 picks the eighth-order pair, not the fifth-order one
        String solver = AdaptiveRungeKutta.create(SolverSettings.DEFAULT.withTolerances(1e-8, 1e-10))
                .name();
        assertEquals("Dormand–Prince 8(5,3)", solver);
        assertTrue(
                manifest.contains(
                        "\"method\":" + org.egt4j.report.Json.write(org.egt4j.report.JsonValue.string(solver))),
                manifest);
        assertTrue(
                manifest.contains(
                        org.egt4j.report.Json.write(org.egt4j.report.JsonValue.string(RandomStreams.GENERATOR))),
                manifest);
        assertTrue(manifest.contains("\"basins\":1"), "the basin seed (default 1): " + manifest);
        for (Map.Entry<String, Long> seed : FixedSeeds.all().entrySet()) {
            assertTrue(manifest.contains("\"" + seed.getKey() + "\":" + seed.getValue()), seed + " in " + manifest);
        }
        assertTrue(!manifest.contains(dir.toString()), "no variable path is left: " + manifest);
        if (Boolean.getBoolean("egt4j.golden.record")) {
            Files.createDirectories(GOLDEN.getParent());
            Files.writeString(GOLDEN, manifest, StandardCharsets.UTF_8);
            return;
        }
        assertTrue(Files.exists(GOLDEN), "no golden copy " + GOLDEN + " (record with -Degt4j.golden.record=true)");
        assertEquals(Files.readString(GOLDEN, StandardCharsets.UTF_8), manifest);
    }
}
