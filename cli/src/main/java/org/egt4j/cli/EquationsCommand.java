package org.egt4j.cli;

import java.util.concurrent.Callable;
import org.egt4j.game.Game;
import org.egt4j.report.CodeExport;
import org.egt4j.report.EquationsReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code egt4j equations SPEC [--set NAME=VALUE]... [--format text|latex|json] [--factor]} and {@code --format matlab|python|r --out DIR}. */
@Command(
        name = "equations",
        mixinStandardHelpOptions = true,
        description =
                "Print the expected payoffs and replicator equations, exact and simplified. --set substitutes exact values.")
final class EquationsCommand implements Callable<Integer> {

    enum Format {
        text,
        latex,
        json,
        matlab,
        python,
        r
    }

    @Mixin
    GameOptions options;

    @Mixin
    LanguageOption language;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            description = "text, latex or json, or code for co-authors: matlab, python or r, written to --out DIR"
                    + " (default: ${DEFAULT-VALUE})",
            defaultValue = "text")
    Format format;

    @Option(
            names = "--factor",
            description = "pull common factors out of the equations as papers write them (same values)")
    boolean factor;

    @Option(
            names = "--out",
            paramLabel = "DIR",
            description = "the folder the matlab, python or r code is written to (created or updated)")
    java.nio.file.Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Game game = options.game();
        CodeExport.Language code =
                switch (format) {
                    case matlab -> CodeExport.Language.MATLAB;
                    case python -> CodeExport.Language.PYTHON;
                    case r -> CodeExport.Language.R;
                    default -> null;
                };
        if (code != null) {
            return CodeFiles.write(spec, options, game, code, out);
        }
        EquationsReport r = new EquationsReport(game, options.exactOverrides(game), options.dynamics())
                .withMessages(language.messages(options.gameSpec()))
                .factored(factor);
        String out =
                switch (format) {
                    case text -> r.text();
                    case latex -> r.latex();
                    case json -> r.json() + "\n";
                    default -> throw new IllegalStateException("code formats are written above");
                };
        spec.commandLine().getOut().print(out);
        spec.commandLine().getOut().flush();
        return 0;
    }
}
