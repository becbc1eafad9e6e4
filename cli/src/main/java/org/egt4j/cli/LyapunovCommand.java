package org.egt4j.cli;

import java.util.concurrent.Callable;
import org.egt4j.ModelException;
import org.egt4j.dynamics.BestResponseDynamics;
import org.egt4j.dynamics.VectorField;
import org.egt4j.game.Game;
import org.egt4j.ode.SolverSettings;
import org.egt4j.report.Json;
import org.egt4j.report.JsonValue;
import org.egt4j.spec.States;
import org.egt4j.stability.BestResponseLyapunov;
import org.egt4j.stability.LyapunovSpectrum;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code egt4j lyapunov SPEC --from STATE --time T [--transient T0] [--set NAME=VALUE]... --json}: the
 * Lyapunov spectrum of the trajectory from STATE (Benettin's method with the exact Jacobian). Under
 * {@code --dynamics best-response} the trajectory is the exact piecewise path and its tangent map the
 * product of e<sup>−Δt</sup>·I and the saltation matrices of its switches ({@link BestResponseLyapunov});
 * {@code --rtol}/{@code --atol} are unused there, and the JSON adds the number of {@code "switches"}.
 * {@code "method"} names the method: {@code "benettin-variational"} or {@code "benettin-saltation"}.
 */
@Command(
        name = "lyapunov",
        mixinStandardHelpOptions = true,
        description = "Lyapunov exponents of a trajectory and its Kaplan-Yorke dimension.")
final class LyapunovCommand implements Callable<Integer> {

    @Mixin
    GameOptions options;

    @Option(names = "--from", required = true, paramLabel = "STATE", description = "start state POP=v,POP=v")
    String from;

    @Option(names = "--time", required = true, paramLabel = "T", description = "measured time after the transient")
    double time;

    @Option(
            names = "--transient",
            paramLabel = "T0",
            defaultValue = "0",
            description = "time integrated first and discarded (default: ${DEFAULT-VALUE})")
    double transientTime;

    @Option(
            names = "--interval",
            paramLabel = "DT",
            defaultValue = "1",
            description = "time between re-orthonormalizations (default: ${DEFAULT-VALUE})")
    double interval;

    @Option(
            names = "--rtol",
            paramLabel = "r",
            defaultValue = "1e-9",
            description = "relative tolerance (default: ${DEFAULT-VALUE})")
    double rtol;

    @Option(
            names = "--atol",
            paramLabel = "a",
            defaultValue = "1e-11",
            description = "absolute tolerance (default: ${DEFAULT-VALUE})")
    double atol;

    @Option(
            names = "--json",
            description = "JSON: {\"exponents\", \"kaplanYorkeDimension\", ..., \"method\"} (the default)")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (!(Double.isFinite(time) && time > 0)
                || !(Double.isFinite(transientTime) && transientTime >= 0)
                || !(interval > 0 && Double.isFinite(interval))) {
            throw new ModelException(
                    "--time must be positive, --transient non-negative and --interval positive",
                    "e.g. --time 2000 --transient 100");
        }
        if (!(rtol >= 0 && atol >= 0 && rtol + atol > 0 && rtol < 1)) {
            throw new ModelException(
                    "--rtol " + rtol + " / --atol " + atol + " are not usable tolerances",
                    "give e.g. --rtol 1e-9 --atol 1e-11");
        }
        Game game = options.game();
        double[] x0;
        try {
            x0 = States.parse(game, from);
        } catch (ModelException e) {
            throw e.in("--from " + from);
        }
        JsonValue root;
        if (options.dynamics() instanceof BestResponseDynamics) {
            // a differential inclusion: its exact piecewise paths and saltation matrices, no ODE solver
            BestResponseLyapunov.Result r =
                    BestResponseLyapunov.compute(options.bound(game), x0, time, transientTime, interval);
            root = json(game, r.spectrum())
                    .put("method", BestResponseLyapunov.METHOD)
                    .put("switches", r.switches())
                    .build();
        } else {
            VectorField field = options.dynamics().field(options.bound(game));
            LyapunovSpectrum.Result r = LyapunovSpectrum.compute(
                    field, x0, time, transientTime, interval, SolverSettings.DEFAULT.withTolerances(rtol, atol));
            root = json(game, r).put("method", LyapunovSpectrum.METHOD).build();
        }
        spec.commandLine().getOut().println(Json.write(root));
        spec.commandLine().getOut().flush();
        return 0;
    }

    /** The keys every dynamic prints, in their order. */
    private static JsonValue.JsonObject.Builder json(Game game, LyapunovSpectrum.Result r) {
        return JsonValue.JsonObject.builder()
                .put("coordinates", JsonValue.strings(game.coordinateNames()))
                .put("exponents", JsonValue.numbers(r.exponents()))
                .put("kaplanYorkeDimension", r.kaplanYorkeDimension())
                .put("averageDivergence", r.averageDivergence())
                .put("historyTimes", JsonValue.numbers(r.times()))
                .put("history", JsonValue.numbers(r.history()));
    }
}
