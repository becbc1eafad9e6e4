package org.egt4j.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.egt4j.game.Game;
import org.egt4j.spec.SpecLoader;

/** Example game specs packaged with the benchmarks (copied from {@code examples/games}). */
final class Games {

    private Games() {}

    /** Loads {@code examples/games/NAME.yaml} from the classpath. */
    static Game load(String name) {
        try (InputStream in = Games.class.getResourceAsStream("/games/" + name + ".yaml")) {
            if (in == null) {
                throw new IllegalStateException("no packaged spec " + name);
            }
            return SpecLoader.parse(name + ".yaml", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
