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

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
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
}
