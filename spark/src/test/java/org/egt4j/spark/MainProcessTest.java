package org.egt4j.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.egt4j.analysis.FullAnalysis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job's {@link Main} in a JVM of its own, started as docs/cluster.md says ({@code java
 * <the --add-opens list> -cp ... org.egt4j.spark.Main --master local[2] --partitions 7 analyze SPEC
 * --out DIR}): it exits 0 and writes the files of the local run (second method: {@link FullAnalysis}
 * on the local runner, written by the same {@link ReportWriter}), byte for byte, manifest aside. This
 * also checks that the documented Java options suffice for Spark on Java 17.
 */
class MainProcessTest {

    @TempDir
    Path dir;

    @Test
    void mainInItsOwnJvmWritesTheLocalFiles() throws IOException, InterruptedException {
        Path spec = dir.resolve("spark-coordination.yaml");
        Files.writeString(spec, SparkAnalysisTest.SPEC, StandardCharsets.UTF_8);
        AnalysisPlan.Prepared p = AnalysisPlan.of(spec.toString(), SparkAnalysisTest.SPEC, Map.of())
                .prepare();
        Path local = dir.resolve("local");
        SparkAnalysisTest.writer(p, FullAnalysis.of(p.bound(), p.dynamics(), p.settings(), 2, phase -> {}))
                .write(local, "command", SparkAnalysisTest.SPEC.getBytes(StandardCharsets.UTF_8));

        Path out = dir.resolve("spark");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String option : System.getProperty("egt4j.spark.javaOptions", "").split("\\s+")) {
            if (!option.isBlank()) {
                command.add(option);
            }
        }
        command.addAll(List.of(
                "-cp",
                System.getProperty("java.class.path"),
                "org.egt4j.spark.Main",
                "--master",
                "local[2]",
                "--partitions",
                "7",
                "analyze",
                spec.toString(),
                "--out",
                out.toString()));
        Path log = dir.resolve("log.txt");
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "Main did not finish within 120 s");
        String output = Files.readString(log);
        assertEquals(0, process.exitValue(), output);
        assertTrue(output.contains("(Spark local[2], 7 partitions)"), output);
        SparkAnalysisTest.assertSameFiles(local, out, List.of("manifest.json"));
        String manifest = Files.readString(out.resolve("manifest.json"));
        assertTrue(manifest.contains("\"master\":\"local[2]\",\"partitions\":7"), manifest);
    }
}
