package org.egt4j.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.egt4j.ModelException;
import org.egt4j.dynamics.BestResponseDynamics;
import org.egt4j.dynamics.VectorField;
import org.egt4j.game.Game;
import org.egt4j.ode.AdaptiveRungeKutta;
import org.egt4j.ode.Sampler;
import org.egt4j.ode.SolverSettings;
import org.egt4j.report.Csv;
import org.egt4j.report.Json;
import org.egt4j.report.JsonValue;
import org.egt4j.spec.States;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code egt4j simulate SPEC --from STATE [--from STATE]... --time T [--backward] [--samples N] [--rtol r]
 * [--atol a] [--set NAME=VALUE]... [--json|--csv]}: trajectories of the replicator dynamics in
 * reduced coordinates, sampled at N evenly spaced times on [0, T] (both ends included; T &lt; 0 only with
 * {@code --backward}: the past of the start state), integrated by
 * the engine {@code AdaptiveRungeKutta.create} picks for the tolerances (Dormand–Prince 8(5,3) from rtol
 * 1e-5 down, else 5(4)). Under {@code --dynamics best-response} the samples are taken on the exact
 * piecewise paths instead ({@link BestResponseDynamics#trajectory}; the tolerances are then unused).
 */
@Command(
        name = "simulate",
        mixinStandardHelpOptions = true,
        description = "Integrate the replicator dynamics from one or more start states; print sampled trajectories.")
final class SimulateCommand implements Callable<Integer> {

    @Mixin
    GameOptions options;

    @Option(
            names = "--from",
            required = true,
            paramLabel = "STATE",
            description = "start state POP=v,POP=v (repeatable: one trajectory each)")
    List<String> from;

    @Option(
            names = "--time",
            required = true,
            paramLabel = "T",
            description = "end time, positive (negative only with --backward)")
    double time;

    @Option(
            names = "--backward",
            description = "integrate backwards in time to the negative end time --time -T (where the trajectory"
                    + " came from); without it a negative time is refused as a likely typo")
    boolean backward;

    @Option(
            names = "--samples",
            paramLabel = "N",
            defaultValue = "101",
            description = "samples per trajectory, evenly spaced on [0, T] (default: ${DEFAULT-VALUE})")
    int samples;

    @Option(
            names = "--rtol",
            paramLabel = "r",
            defaultValue = "1e-8",
            description = "relative tolerance (default: ${DEFAULT-VALUE})")
    double rtol;

    @Option(
            names = "--atol",
            paramLabel = "a",
            description = "absolute tolerance (default: 1e-300 for imitative dynamics such as the replicator, whose"
                    + " faces are invariant, so that every share keeps its relative accuracy down to 1e-300"
                    + " instead of being clipped to 0 at the 1e-10 level; 1e-10 for the others)")
    Double atolOption;

    static final class Format {
        @Option(
                names = "--json",
                description = "JSON: {\"coordinates\", \"t\", \"x\"}, a list for several --from (default)")
        boolean json;

        @Option(names = "--csv", description = "CSV: t and the coordinates; a run column for several --from")
        boolean csv;
    }

    @ArgGroup(exclusive = true)
    Format format;

    @Option(names = "--bom", description = "with --csv: start with a UTF-8 byte-order mark (for Excel)")
    boolean bom;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (!(Double.isFinite(time) && time != 0)) {
            throw new ModelException(
                    "--time " + time + " is not a usable end time", "give a finite, non-zero time such as 50");
        }
        // a researcher who types -1 most likely meant 1; time running backwards is asked for by name
        if (time < 0 && !backward) {
            throw new ModelException(
                    "--time " + time + " is negative: the trajectory would be integrated backwards in time",
                    "give a positive end time such as " + -time + ", or add --backward to integrate backwards");
        }
        if (time > 0 && backward) {
            throw new ModelException(
                    "--backward needs a negative end time, not --time " + time,
                    "write --time " + -time + " --backward to integrate backwards to t = " + -time);
        }
        if (samples < 2 || samples > 10_000_000) {
            throw new ModelException(
                    "--samples " + samples + " is out of range", "give between 2 and 10000000 samples");
        }
        // a share that decays like e^(-t) is computed to relative accuracy only if the absolute tolerance does
        // not dominate: with atol 1e-10 the step error may push it below 0, and the projection then prints 0.0
        double atol = atolOption != null ? atolOption : options.dynamics().isImitative() ? 1e-300 : 1e-10;
        if (!(rtol >= 0 && atol >= 0 && rtol + atol > 0 && rtol < 1)) {
            throw new ModelException(
                    "--rtol " + rtol + " / --atol " + atol + " are not usable tolerances",
                    "give e.g. --rtol 1e-8 --atol 1e-10");
        }
        Game game = options.game();
        VectorField field = options.dynamics().field(options.bound(game));
        List<double[]> starts = new ArrayList<>();
        for (String s : from) {
            try {
                starts.add(States.parse(game, s));
            } catch (ModelException e) {
                throw e.in("--from " + s);
            }
        }
        AdaptiveRungeKutta solver = AdaptiveRungeKutta.create(SolverSettings.DEFAULT.withTolerances(rtol, atol));
        List<double[][]> runs = new ArrayList<>();
        double[] t = null;
        for (double[] x0 : starts) {
            Sampler sampler = Sampler.evenly(0, time, samples);
            if (options.dynamics() instanceof BestResponseDynamics) {
                // a differential inclusion: its exact piecewise paths, not an ODE solver on a jumping field
                if (time < 0) {
                    throw new ModelException(
                            "--time " + time + " runs backwards, but best-response paths are followed forwards only",
                            "give a positive time such as 50");
                }
                t = sampler.times();
                runs.add(BestResponseDynamics.trajectory(options.bound(game), x0, t));
                continue;
            }
            solver.integrate(field, 0, x0, time, sampler);
            runs.add(sampler.states());
            t = sampler.times();
        }
        List<String> names = game.coordinateNames();
        var out = spec.commandLine().getOut();
        if (format != null && format.csv) {
            List<Object> header = new ArrayList<>();
            if (runs.size() > 1) {
                header.add("run");
            }
            header.add("t");
            header.addAll(names);
            StringBuilder sb = new StringBuilder(bom ? "\uFEFF" : "").append(Csv.line(header));
            for (int r = 0; r < runs.size(); r++) {
                for (int k = 0; k < samples; k++) {
                    List<Object> row = new ArrayList<>();
                    if (runs.size() > 1) {
                        row.add(r + 1);
                    }
                    row.add(t[k]);
                    for (double v : runs.get(r)[k]) {
                        row.add(v);
                    }
                    sb.append(Csv.line(row));
                }
            }
            out.print(sb);
        } else {
            List<JsonValue> list = new ArrayList<>();
            for (double[][] run : runs) {
                list.add(JsonValue.JsonObject.builder()
                        .put("coordinates", JsonValue.strings(names))
                        .put("t", JsonValue.numbers(t))
                        .put("x", JsonValue.numbers(run))
                        .build());
            }
            out.println(Json.write(list.size() == 1 ? list.get(0) : JsonValue.array(list)));
        }
        out.flush();
        return 0;
    }
}
