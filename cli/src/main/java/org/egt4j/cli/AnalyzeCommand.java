package org.egt4j.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.egt4j.game.Game;
import org.egt4j.report.AnalysisReport;
import org.egt4j.report.Messages;
import org.egt4j.stability.StabilityAnalysis;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code egt4j analyze SPEC [--set NAME=VALUE]... [--json|--latex|--markdown|--out DIR]}: every rest
 * point with its eigenvalues, stability, Nash and ESS verdicts; continua of rest points; the exact
 * vertex table with ESS conditions and thresholds; with {@code --out} (default {@code out/NAME/}) the
 * full report with analyses and figures, and a short summary on stdout.
 */
@Command(
        name = "analyze",
        mixinStandardHelpOptions = true,
        description =
                "Stability analysis: rest points, eigenvalues, ESS, exact vertex table, conditions and thresholds.")
final class AnalyzeCommand implements Callable<Integer> {

    @Mixin
    GameOptions options;

    @Mixin
    LanguageOption language;

    static final class Format {
        @Option(names = "--json", description = "the analysis as JSON (docs/architecture.md §5)")
        boolean json;

        @Option(names = "--latex", description = "the vertex table as a LaTeX booktabs tabular")
        boolean latex;

        @Option(names = "--markdown", description = "the analysis as Markdown on stdout")
        boolean markdown;
    }

    @ArgGroup(exclusive = true)
    Format format;

    @Option(
            names = "--out",
            paramLabel = "DIR",
            description = "write the full report (Markdown, LaTeX, JSON, CSV, PNG/SVG figures, manifest) to DIR")
    java.nio.file.Path out;

    @Option(
            names = "--factor",
            description = "print the equations with common factors pulled out (also `analysis: {factor: true}`)")
    boolean factor;

    @Option(names = "--bom", description = "start CSV files with a UTF-8 byte-order mark (for Excel)")
    boolean bom;

    @Option(
            names = "--threads",
            paramLabel = "N",
            description = "worker threads for trajectories and basins (default: all processors)")
    Integer threads;

    @Option(
            names = "--progress",
            description = "with --out: show the parts done on stderr even when it is not a terminal")
    boolean progress;

    @Option(
            names = "--budget",
            paramLabel = "KIND=N",
            description = "raise or lower a budget of the full report, checked before work starts: values"
                    + " (trajectory values written, default 20000000), map-cells (default 250000), basin-starts"
                    + " (default 1000000); docs/errors.md")
    List<String> budgets = new java.util.ArrayList<>();

    @Option(
            names = "--compare",
            paramLabel = "DYNAMICS",
            description = "compare dynamics on the game in the written report, e.g. replicator,smith,logit:eta=0.1"
                    + " (same starts: figure, CSV, rest points per dynamic)")
    String compare;

    @Spec
    CommandSpec spec;

    /**
     * The dynamics of {@code --compare}: names separated by commas, a {@code KEY=VALUE} without a colon
     * continuing the parameters of the dynamic before it ({@code replicator-mutator:mu=0.1,logit:eta=0.5}).
     */
    static List<org.egt4j.dynamics.Dynamics> compared(String text) {
        List<String> items = new java.util.ArrayList<>();
        for (String part : text.split(",", -1)) {
            String p = part.trim();
            if (!items.isEmpty() && p.contains("=") && !p.contains(":")) {
                items.set(items.size() - 1, items.get(items.size() - 1) + "," + p);
            } else {
                items.add(p);
            }
        }
        List<org.egt4j.dynamics.Dynamics> list = new java.util.ArrayList<>();
        for (String item : items) {
            if (item.isEmpty()) {
                throw new org.egt4j.ModelException(
                        "--compare " + text + ": an empty name", "write e.g. --compare replicator,smith,logit:eta=0.1");
            }
            list.add(GameOptions.parseDynamics("--compare", item));
        }
        return list;
    }

    @Override
    public Integer call() {
        if (out != null) {
            return writeReport();
        }
        if (compare != null && format != null) {
            throw new org.egt4j.ModelException(
                    "--compare draws figures and writes CSV files: it belongs to the written report",
                    "drop --json/--markdown/--latex (the report goes to out/NAME/ or --out DIR)");
        }
        if (format == null) {
            java.nio.file.Path fileName = options.spec.getFileName();
            String base = (fileName == null ? "analysis" : fileName.toString()).replaceFirst("\\.(yaml|yml)$", "");
            out = java.nio.file.Path.of("out", base);
            return writeReport();
        }
        Game game = options.game();
        StabilityAnalysis analysis = StabilityAnalysis.of(options.bound(game), options.dynamics());
        // limit cycles and, under a noise, the stochastic verdicts: the report's own assembly
        AnalysisReport report = org.egt4j.report.ReportAssembly.analysisReport(
                options.gameSpec(), options.bound(game), analysis, language.messages(options.gameSpec()));
        var out = spec.commandLine().getOut();
        if (format.json) {
            out.println(report.json());
        } else if (format.latex) {
            out.print(report.latexVertexTable());
        } else {
            out.print(report.markdown(factor || options.gameSpec().factorEquations()));
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
        org.egt4j.analysis.AnalysisBudget budget = org.egt4j.analysis.AnalysisBudget.DEFAULT;
        for (String b : budgets) {
            budget = budget.with(b);
        }
        ReportBudgets.check(spec, bound, budget); // the finite and stochastic sections' budgets too
        boolean terminal = progress || System.console() != null;
        var err = this.spec.commandLine().getErr();
        List<org.egt4j.dynamics.Dynamics> comparedDynamics = compare == null ? List.of() : compared(compare);
        org.egt4j.analysis.FullAnalysis full =
                org.egt4j.analysis.FullAnalysis.of(bound, options.dynamics(), spec.analysis(), n, phase -> {
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
        String command = "egt4j analyze " + options.spec
                + options.sets.stream().map(x -> " --set " + x).reduce("", String::concat)
                + (options.dynamics == null ? "" : " --dynamics " + options.dynamics) + (factor ? " --factor" : "")
                + (compare == null ? "" : " --compare " + compare)
                + " --out " + out;
        // the sections the spec asks for (limit cycles, stochastic, finite), as the notebook and Spark assemble them
        org.egt4j.report.ReportWriter writer = org.egt4j.report.ReportAssembly.writer(
                        spec, bound, full, language.messages(spec), factor || spec.factorEquations(), n)
                .withByteOrderMark(bom);
        if (!comparedDynamics.isEmpty()) {
            writer.withComparison(new org.egt4j.report.ComparisonReport(
                    spec.game(),
                    org.egt4j.analysis.DynamicsComparison.of(bound, comparedDynamics, spec.analysis(), n)));
        }
        java.util.List<String> files = writer.write(out, command, bytes);
        if (!writer.fontWarning().isEmpty()) {
            err.println("egt4j: warning: " + writer.fontWarning());
        }
        if (terminal) {
            err.print("\r\u001b[K");
            err.flush();
        }
        var o = this.spec.commandLine().getOut();
        Messages messages = language.messages(spec);
        o.print(summary(full, messages));
        o.println(messages.text(org.egt4j.report.Phrase.WROTE, files.size(), out));
        o.flush();
        return 0;
    }

    /** The ESS found and the thresholds, in a few lines. */
    private static String summary(org.egt4j.analysis.FullAnalysis full, Messages messages) {
        StringBuilder sb = new StringBuilder();
        var stability = full.stability();
        sb.append(stability.game().name()).append('\n');
        List<String> ess = new java.util.ArrayList<>();
        for (var p : stability.restPoints()) {
            if (p.ess()) {
                ess.add(describe(stability.game(), p.shares()));
            }
        }
        sb.append(
                        ess.isEmpty()
                                ? messages.text(org.egt4j.report.Phrase.NO_ESS)
                                : messages.text(org.egt4j.report.Phrase.ESS_LIST, String.join("; ", ess)))
                .append('\n');
        for (var v : stability.vertices().vertices()) {
            for (var t : v.thresholds()) {
                if (t.statement().kind().isCondition() && v.ess()) {
                    sb.append("  ").append(messages.threshold(t.statement())).append('\n');
                }
            }
        }
        if (full.basins() != null) {
            for (var a : full.basins().attractors()) {
                sb.append(messages.text(
                                org.egt4j.report.Phrase.BASIN_OF,
                                a.label(),
                                String.format(
                                        java.util.Locale.ROOT,
                                        "%.1f%% [%.1f%%, %.1f%%]",
                                        100 * a.share(),
                                        100 * a.interval().lower(),
                                        100 * a.interval().upper())))
                        .append('\n');
            }
        }
        return sb.toString();
    }

    private static String describe(org.egt4j.game.Game game, double[][] shares) {
        List<String> parts = new java.util.ArrayList<>();
        for (int k = 0; k < shares.length; k++) {
            var p = game.populations().get(k);
            int pure = -1;
            for (int i = 0; i < shares[k].length; i++) {
                if (Math.abs(shares[k][i] - 1) < 1e-12) {
                    pure = i;
                }
            }
            if (pure >= 0) {
                parts.add(p.strategies().get(pure));
            } else {
                List<String> v = new java.util.ArrayList<>();
                for (int i = 0; i < shares[k].length; i++) {
                    v.add(p.strategies().get(i) + " " + String.format(java.util.Locale.ROOT, "%.4g", shares[k][i]));
                }
                parts.add(p.name() + " (" + String.join(", ", v) + ")");
            }
        }
        return "(" + String.join(", ", parts) + ")";
    }
}
