package org.egt4j.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.egt4j.ModelException;
import org.egt4j.game.Game;
import org.egt4j.report.CodeExport;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Writes {@code equations --format matlab|python|r --out DIR}: the files are written into a temporary
 * sibling of DIR first and then moved into place, so that a failure leaves no half-written export. A
 * new DIR (or an empty one) is replaced by the sibling as a whole; in an existing DIR each generated file
 * is replaced by one move and other files are left alone.
 */
final class CodeFiles {

    private CodeFiles() {}

    static int write(CommandSpec spec, GameOptions options, Game game, CodeExport.Language language, Path out) {
        String name = language.name().toLowerCase(java.util.Locale.ROOT);
        if (out == null) {
            throw new ModelException(
                    "--format " + name + " writes files and needs --out DIR",
                    "add --out DIR, e.g. --out " + name + "-code");
        }
        CodeExport export = CodeExport.of(options.bound(game), options.dynamics());
        Map<String, String> files = export.files(language);
        Path target = out.toAbsolutePath().normalize();
        if (Files.exists(target) && !Files.isDirectory(target)) {
            throw new ModelException("--out " + out + " is a file, not a folder", "give a folder for the code");
        }
        Path parent = target.getParent();
        if (parent == null) {
            throw new ModelException("--out " + out + " is the root folder", "give a folder for the code");
        }
        try {
            Files.createDirectories(parent);
            Path temporary = Files.createTempDirectory(parent, "." + target.getFileName() + ".partial-");
            try {
                for (Map.Entry<String, String> f : files.entrySet()) {
                    Files.writeString(temporary.resolve(f.getKey()), f.getValue(), StandardCharsets.UTF_8);
                }
                if (Files.isDirectory(target) && isEmpty(target)) {
                    Files.delete(target);
                }
                if (!Files.exists(target)) {
                    move(temporary, target);
                } else {
                    for (String f : files.keySet()) {
                        move(temporary.resolve(f), target.resolve(f));
                    }
                }
            } finally {
                deleteTree(temporary);
            }
        } catch (IOException e) {
            throw new ModelException(
                    "cannot write the code to " + out + ": " + e.getMessage(), "check that the folder is writable");
        }
        var w = spec.commandLine().getOut();
        for (String f : files.keySet()) {
            w.println(target.resolve(f));
        }
        w.flush();
        return 0;
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
