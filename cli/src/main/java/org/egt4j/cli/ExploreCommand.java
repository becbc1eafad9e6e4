package org.egt4j.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.egt4j.ModelException;
import org.egt4j.analysis.AnalysisSettings;
import org.egt4j.analysis.FullAnalysis;
import org.egt4j.analysis.InitialGrid;
import org.egt4j.dynamics.BestResponseDynamics;
import org.egt4j.game.BoundGame;
import org.egt4j.report.explorer.ExplorerPage;
import org.egt4j.spec.SpecLoader;
import org.egt4j.stability.StabilityAnalysis;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code egt4j explore SPEC [--set NAME=VALUE]... [--dynamics D] [--lang en|zh] [--no-open]}: the
 * interactive explorer (docs/explorer.md) of the analysis, the page {@code analyze --out} writes as
 * {@code explorer.html}, written into a new temporary folder; prints the page's path and opens it in the
 * desktop's browser where there is one ({@link java.awt.Desktop#browse}, else {@code xdg-open} when a
 * display is set). Without a desktop it only prints the path: a missing browser is never an error.
 *
 * <p>The page needs the vertex table, the initial grid and the stability map, not the basin estimate,
 * so the analysis runs with the spec's settings but no basin samples. Under {@code --dynamics best-response}
 * only the stability analysis runs: the page follows the exact best-response paths itself.
 */
@Command(
        name = "explore",
        mixinStandardHelpOptions = true,
        description = "Write the interactive explorer page (sliders, live trajectories and ESS verdicts) to a"
                + " temporary folder, print its path and open it in a browser where a desktop is available.")
final class ExploreCommand implements Callable<Integer> {

    @Mixin
    GameOptions options;

    @Mixin
    LanguageOption language;

    @Option(names = "--no-open", description = "only print the page's path, do not open a browser")
    boolean noOpen;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        SpecLoader.GameSpec gameSpec = options.gameSpec();
        BoundGame bound = options.bound(gameSpec.game());
        AnalysisSettings s = gameSpec.analysis();
        AnalysisSettings withoutBasins = new AnalysisSettings(
                s.time(),
                s.samples(),
                s.levels(),
                s.gridCap(),
                s.sensitivity(),
                s.sensitivityValues(),
                s.mapAxes(),
                s.mapResolution(),
                0,
                s.basinTime(),
                s.seed(),
                s.rtol(),
                s.atol());
        org.egt4j.analysis.AnalysisBudget.DEFAULT.check(gameSpec.game(), withoutBasins);
        String html;
        if (options.dynamics() instanceof BestResponseDynamics) {
            // the page follows the exact paths itself and shows no trajectory of the analysis, whose integration
            // the inclusion's jumping field would defeat: the rest points and the initial grid are all it needs
            // (no vertex table, so no stability map)
            html = ExplorerPage.of(
                            bound,
                            StabilityAnalysis.of(bound, options.dynamics()),
                            withoutBasins,
                            InitialGrid.of(gameSpec.game(), withoutBasins.levels(), withoutBasins.gridCap()),
                            null,
                            language.messages(gameSpec))
                    .html();
        } else {
            FullAnalysis full = FullAnalysis.of(
                    bound,
                    options.dynamics(),
                    withoutBasins,
                    Runtime.getRuntime().availableProcessors(),
                    phase -> {});
            html = ExplorerPage.of(bound, full, language.messages(gameSpec)).html();
        }
        Path page;
        try {
            Path dir = Files.createTempDirectory("egt4j-explore-");
            page = dir.resolve("explorer.html");
            Files.writeString(page, html, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ModelException(
                    "cannot write the explorer page into a temporary folder: " + e.getMessage(),
                    "check that the temporary folder (java.io.tmpdir) is writable, or use analyze --out DIR,"
                            + " which writes DIR/explorer.html");
        }
        var out = spec.commandLine().getOut();
        out.println(page.toAbsolutePath());
        out.flush();
        if (!noOpen) {
            open(page);
        }
        return 0;
    }

    /** Opens the page where a desktop browser is available; never fails (the path is printed already). */
    private void open(Path page) {
        try {
            if (!java.awt.GraphicsEnvironment.isHeadless()
                    && java.awt.Desktop.isDesktopSupported()
                    && java.awt.Desktop.getDesktop().isSupported(java.awt.Desktop.Action.BROWSE)) {
                java.awt.Desktop.getDesktop().browse(page.toUri());
                return;
            }
            String display = System.getenv("DISPLAY");
            String wayland = System.getenv("WAYLAND_DISPLAY");
            if ((display != null && !display.isEmpty()) || (wayland != null && !wayland.isEmpty())) {
                new ProcessBuilder("xdg-open", page.toUri().toString())
                        .redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .start();
            }
        } catch (IOException | RuntimeException | LinkageError noBrowser) {
            // no desktop browser here: the printed path is the result
            var err = spec.commandLine().getErr();
            err.println("egt4j: no browser opened (" + noBrowser.getMessage() + "); open the path above");
            err.flush();
        }
    }
}
