package org.egt4j.cli;

import java.util.concurrent.Callable;
import org.egt4j.game.Game;
import org.egt4j.report.AnalysisReport;
import org.egt4j.stability.StabilityAnalysis;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code egt4j analyze SPEC [--set NAME=VALUE]... [--json|--latex]}: every rest point with its
 * eigenvalues, stability, Nash and ESS verdicts; continua of rest points; the exact vertex table
 * with ESS conditions and thresholds. Markdown by default.
 */
@Command(
    name = "analyze",
    mixinStandardHelpOptions = true,
    description = "Stability analysis: rest points, eigenvalues, ESS, exact vertex table, conditions and thresholds.")
final class AnalyzeCommand implements Callable<Integer> {

  @Mixin GameOptions options;

  static final class Format {
    @Option(names = "--json", description = "the analysis as JSON (architecture §5)")
    boolean json;

    @Option(names = "--latex", description = "the vertex table as a LaTeX booktabs tabular")
    boolean latex;
  }

  @ArgGroup(exclusive = true)
  Format format;

  @Option(names = "--out", paramLabel = "DIR", description = "write the full report (Markdown, LaTeX, JSON, CSV, PNG/SVG figures, manifest) to DIR")
  java.nio.file.Path out;

  @Option(names = "--threads", paramLabel = "N", description = "worker threads for trajectories and basins (default: all processors)")
  Integer threads;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    if (out != null) {
      return writeReport();
    }
    Game game = options.game();
    AnalysisReport report = new AnalysisReport(StabilityAnalysis.of(options.bound(game)));
    var out = spec.commandLine().getOut();
    if (format != null && format.json) {
      out.println(report.json());
    } else if (format != null && format.latex) {
      out.print(report.latexVertexTable());
    } else {
      out.print(report.markdown());
    }
    out.flush();
    return 0;
  }

  private int writeReport() {
    int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    if (n < 1) {
      throw new org.egt4j.ModelException("--threads " + n + " is not a thread count", "give 1 or more");
    }
    org.egt4j.spec.SpecLoader.GameSpec spec = options.gameSpec();
    org.egt4j.game.BoundGame bound = options.bound(spec.game());
    boolean terminal = System.console() != null;
    var err = this.spec.commandLine().getErr();
    org.egt4j.analysis.FullAnalysis full =
        org.egt4j.analysis.FullAnalysis.of(bound, spec.analysis(), n, phase -> {
          if (terminal) {
            err.print("\r\u001b[Kegt4j: " + phase + " ...");
            err.flush();
          }
        });
    byte[] bytes;
    try {
      bytes = java.nio.file.Files.readAllBytes(options.spec);
    } catch (java.io.IOException e) {
      throw new org.egt4j.ModelException("cannot read " + options.spec + ": " + e.getMessage(), "check the file");
    }
    String command = "egt4j analyze " + options.spec + options.sets.stream().map(x -> " --set " + x).reduce("", String::concat) + " --out " + out;
    java.util.List<String> files = new org.egt4j.report.ReportWriter(bound, full).write(out, command, bytes);
    if (terminal) {
      err.print("\r\u001b[K");
      err.flush();
    }
    var o = this.spec.commandLine().getOut();
    o.println("wrote " + files.size() + " files to " + out + " (report.md, report.tex, report.json, CSV, figures/, manifest.json)");
    o.flush();
    return 0;
  }
}
