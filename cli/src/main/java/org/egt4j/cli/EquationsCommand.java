package org.egt4j.cli;

import java.util.concurrent.Callable;
import org.egt4j.game.Game;
import org.egt4j.report.EquationsReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code egt4j equations SPEC [--set NAME=VALUE]... [--format text|latex|json] [--factor]}. */
@Command(
        name = "equations",
        mixinStandardHelpOptions = true,
        description =
                "Print the expected payoffs and replicator equations, exact and simplified. --set substitutes exact values.")
final class EquationsCommand implements Callable<Integer> {

    enum Format {
        text,
        latex,
        json
    }

    @Mixin
    GameOptions options;

    @Mixin
    LanguageOption language;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            description = "text, latex or json (default: ${DEFAULT-VALUE})",
            defaultValue = "text")
    Format format;

    @Option(
            names = "--factor",
            description = "pull common factors out of the equations as papers write them (same values)")
    boolean factor;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Game game = options.game();
        EquationsReport r = new EquationsReport(game, options.exactOverrides(game), options.dynamics())
                .withMessages(language.messages(options.gameSpec()))
                .factored(factor);
        String out =
                switch (format) {
                    case text -> r.text();
                    case latex -> r.latex();
                    case json -> r.json() + "\n";
                };
        spec.commandLine().getOut().print(out);
        spec.commandLine().getOut().flush();
        return 0;
    }
}
