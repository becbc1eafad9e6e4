package org.egt4j.spec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.egt4j.ModelException;
import org.junit.jupiter.api.Test;

/**
 * Coverage-guided fuzzing (Jazzer) of the spec loader, seeded with every example and every bad-input
 * fixture of docs/errors/ (the corpus in {@code SpecLoaderFuzzTestInputs/}). In {@code ./mvnw verify}
 * the corpus is replayed; {@code -Pfuzz} fuzzes. Properties: the loader returns a game or throws the
 * documented {@link ModelException}, which names a place in the file (line and column), says what is
 * wrong and how to fix it, within {@link Fuzzing#LIMIT_SECONDS} per input; a loaded game can be bound.
 */
class SpecLoaderFuzzTest {

    static final Path CORPUS =
            Path.of("src/test/resources/org/egt4j/spec/SpecLoaderFuzzTestInputs/anyBytesLoadOrAreRefusedWithAPlace");

    @FuzzTest(maxDuration = "2m")
    void anyBytesLoadOrAreRefusedWithAPlace(byte[] data) {
        String text = new String(data, StandardCharsets.UTF_8);
        Fuzzing.refusesOrRuns(() -> {
            try {
                SpecLoader.GameSpec spec = SpecLoader.parseSpec("fuzz.yaml", text);
                spec.game().bind();
            } catch (ModelException e) {
                assertTrue(e.origin().isKnown(), () -> "a refusal names its place: " + e.getMessage());
                throw e;
            }
        });
    }

    /** The corpus holds every example and every fixture of docs/errors/, byte for byte. */
    @Test
    void theCorpusIsSeededWithEveryExampleAndFixture() throws IOException {
        List<Path> sources = new ArrayList<>();
        for (String dir : List.of("../examples/games", "../docs/errors")) {
            try (Stream<Path> files = Files.list(Path.of(dir))) {
                files.filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(sources::add);
            }
        }
        assertTrue(sources.size() >= 20, "sources: " + sources.size());
        for (Path source : sources) {
            String prefix = source.getParent().endsWith("games") ? "example-" : "bad-";
            Path seed = CORPUS.resolve(prefix + source.getFileName());
            assertTrue(Files.exists(seed), () -> "missing seed " + seed + ": copy " + source + " there");
            assertArrayEquals(Files.readAllBytes(source), Files.readAllBytes(seed), seed.toString());
        }
        try (Stream<Path> seeds = Files.list(CORPUS)) {
            assertEquals(
                    sources.size(),
                    seeds.filter(p -> p.toString().endsWith(".yaml")).count());
        }
    }
}
