package org.egt4j.report;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import org.egt4j.ModelException;

/**
 * Writes a directory so that nothing is ever half-written: the contents go into a temporary sibling
 * ({@code .NAME.egt4j-partial-…} next to the target) and are moved into place only when complete. A
 * previous directory of that name is moved aside ({@code .NAME.egt4j-old-…}), the new one moved in,
 * and the old one deleted; both moves are renames within one parent directory, atomic on POSIX file
 * systems. If writing fails, throws, or the thread is interrupted, the temporary directory is deleted
 * and the previous directory is left as it was, byte for byte. A JVM that is killed while writing
 * (Ctrl-C) deletes its temporary directory from a shutdown hook.
 *
 * <p>Because the target is replaced as a whole, a non-empty directory that is not an earlier egt4j
 * report (it has no {@code manifest.json}) is refused rather than deleted, as is a file of that name.
 */
public final class AtomicDirectory {

    /** The marker of a directory this writer may replace: every egt4j report has one. */
    static final String MARKER = "manifest.json";

    private AtomicDirectory() {}

    /**
     * What goes into the directory.
     *
     * @param <T> what the writer returns (for example the list of files written)
     */
    @FunctionalInterface
    public interface Contents<T> {
        /**
         * Writes the complete contents into {@code dir}.
         *
         * @param dir an empty directory, the temporary sibling of the target
         * @return the writer's result
         * @throws IOException when writing fails (the target is then left untouched)
         */
        T writeInto(Path dir) throws IOException;
    }

    /**
     * Writes {@code contents} into a temporary sibling of {@code target} and moves it into place.
     *
     * @param <T> the writer's result type
     * @param target the directory to create or replace
     * @param contents the writer of its contents
     * @return what the writer returned
     * @throws IOException when writing or moving fails, or {@link InterruptedIOException} when the
     *     thread was interrupted before the directory was complete; the target is then unchanged
     * @throws ModelException when the target is a file, or a non-empty directory that is not an earlier
     *     report
     */
    public static <T> T replace(Path target, Contents<T> contents) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        Path fileName = absolute.getFileName();
        if (parent == null || fileName == null) {
            throw new ModelException(
                    "--out " + target + " is the root of the file system",
                    "give a directory of its own for the report");
        }
        refuseForeign(target, absolute);
        Files.createDirectories(parent);
        String name = fileName.toString();
        Path partial = Files.createTempDirectory(parent, "." + name + ".egt4j-partial-");
        Thread cleanup = new Thread(() -> deleteQuietly(partial), "egt4j-delete-partial-report");
        Runtime.getRuntime().addShutdownHook(cleanup);
        try {
            T result = contents.writeInto(partial);
            if (Thread.currentThread().isInterrupted()) {
                throw new InterruptedIOException("interrupted before " + target + " was complete");
            }
            commit(partial, absolute, parent, name);
            return result;
        } catch (IOException | RuntimeException | Error e) {
            deleteQuietly(partial);
            throw e;
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(cleanup);
            } catch (IllegalStateException shuttingDown) {
                // the hook then runs and finds nothing to delete
            }
        }
    }

    /** Refuses a target that replacing would destroy: a file, or someone else's non-empty directory. */
    private static void refuseForeign(Path target, Path absolute) throws IOException {
        if (!Files.exists(absolute, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (!Files.isDirectory(absolute, LinkOption.NOFOLLOW_LINKS)) {
            throw new ModelException(
                    "--out " + target + " exists and is not a directory",
                    "give a new directory, or an earlier report's directory to replace it");
        }
        if (Files.exists(absolute.resolve(MARKER))) {
            return;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(absolute)) {
            if (entries.iterator().hasNext()) {
                throw new ModelException(
                        "--out " + target + " is a non-empty directory that is not an egt4j report (it has no " + MARKER
                                + "); it would be replaced as a whole",
                        "give a new or empty directory, or an earlier report's directory");
            }
        }
    }

    /** Old aside, new in, old deleted; on a failed second move the old one is moved back. */
    private static void commit(Path partial, Path target, Path parent, String name) throws IOException {
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            move(partial, target);
            return;
        }
        Path old = Files.createTempDirectory(parent, "." + name + ".egt4j-old-");
        Files.delete(old); // only the unique name is wanted: the rename creates it
        move(target, old);
        try {
            move(partial, target);
        } catch (IOException e) {
            move(old, target);
            throw e;
        }
        deleteQuietly(old);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            // a file system without atomic renames: a plain move is the best it offers
            Files.move(from, to);
        }
    }

    /** Deletes a directory tree, ignoring what cannot be deleted (it is only ever our own temporary). */
    static void deleteQuietly(Path dir) {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                    Files.deleteIfExists(d);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // best effort: a leftover temporary sibling is harmless and named as such
        }
    }
}
