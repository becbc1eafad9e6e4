package org.egt4j.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.egt4j.dynamics.BestResponseDynamics;
import org.egt4j.dynamics.VectorField;
import org.egt4j.game.BoundGame;
import org.egt4j.game.Game;
import org.egt4j.report.Json;
import org.egt4j.report.JsonValue;
import org.egt4j.spec.States;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code egt4j field SPEC --at STATE [--set NAME=VALUE]... [--json]}. Under {@code --dynamics
 * best-response}, a differential inclusion, the derivative is the selection {@link
 * BestResponseDynamics#SELECTION} and the JSON says so in {@code "selection"}.
 */
@Command(
        name = "field",
        mixinStandardHelpOptions = true,
        description = "Evaluate the replicator field and its exact Jacobian at a state, in reduced coordinates.")
final class FieldCommand implements Callable<Integer> {

    @Mixin
    GameOptions options;

    @Option(
            names = "--at",
            required = true,
            paramLabel = "STATE",
            description = "the state, POP=v,POP=v (v: first strategy's share, or v1:v2:... all shares)")
    String at;

    @Option(names = "--json", description = "print JSON: {\"coordinates\", \"derivative\", \"jacobian\"}")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Game game = options.game();
        BoundGame bound = options.bound(game);
        double[] x = States.parse(game, at);
        VectorField field = options.dynamics().field(bound);
        int n = game.dimension();
        double[] dx = new double[n];
        double[] flat = new double[n * n];
        field.derivative(x, dx);
        field.jacobian(x, flat);
        double[][] jac = new double[n][n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(flat, i * n, jac[i], 0, n);
        }
        List<String> names = game.coordinateNames();
        var out = spec.commandLine().getOut();
        if (json) {
            JsonValue.JsonObject.Builder json = JsonValue.JsonObject.builder()
                    .put("coordinates", JsonValue.strings(names))
                    .put("derivative", JsonValue.numbers(dx))
                    .put("jacobian", JsonValue.numbers(jac));
            if (options.dynamics() instanceof BestResponseDynamics) {
                // a differential inclusion: say which of its velocities the derivative is
                json.put("selection", BestResponseDynamics.SELECTION);
            }
            out.println(Json.write(json.build()));
        } else {
            out.println("coordinate            x                   dx/dt");
            for (int i = 0; i < n; i++) {
                out.printf("%-20s  %-18s  %s%n", names.get(i), x[i], dx[i]);
            }
            out.println();
            out.println("Jacobian (row i, column j = d(dx_i/dt)/dx_j):");
            for (int i = 0; i < n; i++) {
                StringBuilder sb = new StringBuilder("  ");
                for (int j = 0; j < n; j++) {
                    sb.append(String.format("%14.6g", jac[i][j]));
                }
                out.println(sb);
            }
        }
        out.flush();
        return 0;
    }
}
