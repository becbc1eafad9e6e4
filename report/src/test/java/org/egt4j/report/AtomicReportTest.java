package org.egt4j.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.egt4j.ModelException;
import org.egt4j.analysis.FullAnalysis;
import org.egt4j.game.BoundGame;
import org.egt4j.spec.SpecLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing half-written: runs of the report writer are made to fail on purpose (an exception after some
 * files are written, a thread interrupt in the middle) and the previous report must be byte-identical
 * afterwards, with no temporary sibling left behind.
 */
class AtomicReportTest {

    private static final String OTHER_SPEC = ReportWriterTest.SPEC.replace("a: {value: 2", "a: {value: 2.5");

    private static ReportWriter writer(String text) {
        SpecLoader.GameSpec spec = SpecLoader.parseSpec("coordination.yaml", text);
        BoundGame bound = spec.game().bind();
        return new ReportWriter(bound, FullAnalysis.of(bound, spec.analysis(), 1, phase -> {}));
    }

    /** Every file under dir (relative name → bytes), to compare a directory before and after. */
    static Map<String, byte[]> snapshot(Path dir) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return files;
    }

    static void assertSameFiles(Map<String, byte[]> expected, Map<String, byte[]> actual) {
        assertEquals(expected.keySet(), actual.keySet());
        for (String f : expected.keySet()) {
            assertTrue(java.util.Arrays.equals(expected.get(f), actual.get(f)), f + " changed");
        }
    }

    /** The parent holds only the report: no .NAME.egt4j-partial-… or -old-… sibling. */
    static void assertNoTemporaries(Path parent) throws IOException {
        try (Stream<Path> list = Files.list(parent)) {
            List<String> names =
                    list.map(p -> p.getFileName().toString()).sorted().toList();
            assertEquals(List.of("report"), names);
        }
    }

    private static Map<String, byte[]> previousReport(Path dir) throws IOException {
        writer(ReportWriterTest.SPEC).write(dir, "first", ReportWriterTest.SPEC.getBytes(StandardCharsets.UTF_8));
        return snapshot(dir);
    }

    @Test
    void aFailureAfterSomeFilesLeavesThePreviousReportByteIdentical(@TempDir Path tmp) throws IOException {
        Path dir = tmp.resolve("report");
        Map<String, byte[]> before = previousReport(dir);
        ReportWriter second = writer(OTHER_SPEC);
        int[] written = {0};
        second.afterFile = name -> {
            if (++written[0] == 3) {
                throw new IllegalStateException("injected failure after " + name);
            }
        };
        assertThrows(IllegalStateException.class, () -> second.write(dir, "second", new byte[0]));
        assertEquals(3, written[0]);
        assertSameFiles(before, snapshot(dir));
        assertNoTemporaries(tmp);
    }

    @Test
    void anInterruptInTheMiddleLeavesThePreviousReportByteIdentical(@TempDir Path tmp) throws IOException {
        Path dir = tmp.resolve("report");
        Map<String, byte[]> before = previousReport(dir);
        ReportWriter second = writer(OTHER_SPEC);
        second.afterFile = name -> {
            if (name.equals("report.json")) {
                Thread.currentThread().interrupt();
            }
        };
        try {
            UncheckedIOException e =
                    assertThrows(UncheckedIOException.class, () -> second.write(dir, "second", new byte[0]));
            assertTrue(e.getCause() instanceof InterruptedIOException, e.toString());
        } finally {
            Thread.interrupted(); // clear the flag for the next test on this thread
        }
        assertSameFiles(before, snapshot(dir));
        assertNoTemporaries(tmp);
    }

    @Test
    void aCompleteRunReplacesThePreviousReportAsAWhole(@TempDir Path tmp) throws IOException {
        Path dir = tmp.resolve("report");
        previousReport(dir);
        Files.writeString(dir.resolve("stale.csv"), "from an older version");
        writer(OTHER_SPEC).write(dir, "second", OTHER_SPEC.getBytes(StandardCharsets.UTF_8));
        assertFalse(Files.exists(dir.resolve("stale.csv")), "a replaced report keeps no stale files");
        assertTrue(Files.readString(dir.resolve("manifest.json")).contains("\"second\""));
        assertNoTemporaries(tmp);
    }

    @Test
    void aDirectoryThatIsNotAReportIsRefusedNotDeleted(@TempDir Path tmp) throws IOException {
        Path dir = tmp.resolve("report");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("thesis.tex"), "years of work");
        ModelException e = assertThrows(
                ModelException.class, () -> writer(ReportWriterTest.SPEC).write(dir, "x", new byte[0]));
        assertTrue(e.problem().contains("not an egt4j report"), e.problem());
        assertEquals("years of work", Files.readString(dir.resolve("thesis.tex")));
        assertNoTemporaries(tmp);
        Path file = tmp.resolve("file");
        Files.writeString(file, "x");
        assertThrows(ModelException.class, () -> AtomicDirectory.replace(file, d -> null));
    }

    @Test
    void aWriterThatThrowsAnIoExceptionLeavesNoTemporary(@TempDir Path tmp) throws IOException {
        Path dir = tmp.resolve("report");
        Map<String, byte[]> before = previousReport(dir);
        assertThrows(
                IOException.class,
                () -> AtomicDirectory.replace(dir, d -> {
                    Files.writeString(d.resolve("manifest.json"), "{}");
                    throw new IOException("disk full (injected)");
                }));
        assertSameFiles(before, snapshot(dir));
        assertNoTemporaries(tmp);
    }
}
