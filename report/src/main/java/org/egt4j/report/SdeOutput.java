package org.egt4j.report;

import java.util.ArrayList;
import java.util.List;
import org.egt4j.game.Game;
import org.egt4j.game.Population;
import org.egt4j.sde.Noise;
import org.egt4j.sde.NoiseKind;
import org.egt4j.sde.PathEnsemble;
import org.egt4j.sde.ReplicatorSde;
import org.egt4j.sde.Scheme;

/**
 * The output of {@code egt4j sde}, shared by the command line and the Spark job (docs/sde.md): the
 * ensemble's statistics as a JSON document or as CSV rows. Values only, drawn from the result data, so
 * the bytes are the same whatever computed the ensemble.
 */
public final class SdeOutput {

    private SdeOutput() {}

    /**
     * The CSV of {@code egt4j sde --csv}: t, coordinate, mean, std, q05, q50, q95, one row per sample
     * time and coordinate.
     *
     * @param game the game (its coordinate names)
     * @param r the ensemble's statistics
     * @return the CSV text, a header line first
     */
    public static String csv(Game game, PathEnsemble.Result r) {
        List<String> names = game.coordinateNames();
        StringBuilder sb = new StringBuilder(Csv.line(List.of("t", "coordinate", "mean", "std", "q05", "q50", "q95")));
        for (int k = 0; k < r.times().length; k++) {
            for (int c = 0; c < names.size(); c++) {
                sb.append(Csv.line(List.of(
                        r.times()[k],
                        names.get(c),
                        r.mean()[k][c],
                        r.std()[k][c],
                        r.quantiles().get(0)[k][c],
                        r.quantiles().get(1)[k][c],
                        r.quantiles().get(2)[k][c])));
            }
        }
        return sb.toString();
    }

    /**
     * The JSON document of {@code egt4j sde --json}: {"coordinates", "t", "mean", "std", "quantiles",
     * "paths", "absorbed", "boundaryHits", "noise", "scheme", "dt", "seed"} (docs/sde.md).
     *
     * @param game the game
     * @param sde the SDE whose ensemble ran
     * @param n its noise
     * @param r the ensemble's statistics
     * @param s the scheme
     * @param seed the seed of the paths
     * @return the document
     */
    public static JsonValue json(Game game, ReplicatorSde sde, Noise n, PathEnsemble.Result r, Scheme s, long seed) {
        JsonValue.JsonObject.Builder q = JsonValue.JsonObject.builder();
        for (int i = 0; i < PathEnsemble.QUANTILES.size(); i++) {
            q.put(
                    Double.toString(PathEnsemble.QUANTILES.get(i)),
                    JsonValue.numbers(r.quantiles().get(i)));
        }
        List<JsonValue> kept = new ArrayList<>();
        for (double[][] path : r.paths()) {
            kept.add(JsonValue.numbers(path));
        }
        List<JsonValue> absorbed = new ArrayList<>();
        for (PathEnsemble.Absorption a : r.absorbed()) {
            absorbed.add(JsonValue.JsonObject.builder()
                    .put("state", state(game, a.state()))
                    .put("fraction", a.fraction())
                    .put("ci95", JsonValue.numbers(new double[] {
                        a.ci95().lower(), a.ci95().upper()
                    }))
                    .build());
        }
        JsonValue.JsonObject.Builder sigma = JsonValue.JsonObject.builder();
        for (int k = 0; k < game.populations().size(); k++) {
            Population pop = game.populations().get(k);
            if (n.kind() == NoiseKind.FINITE_SIZE) {
                sigma.put(pop.name(), sde.populationSize(k));
            } else if (n.kind() == NoiseKind.PAYOFF) {
                double[] v = new double[pop.size()];
                for (int i = 0; i < v.length; i++) {
                    v[i] = sde.sigma(k, i);
                }
                sigma.put(pop.name(), JsonValue.numbers(v));
            } else {
                sigma.put(pop.name(), sde.sigma(k, 0));
            }
        }
        return JsonValue.JsonObject.builder()
                .put("coordinates", JsonValue.strings(game.coordinateNames()))
                .put("t", JsonValue.numbers(r.times()))
                .put("mean", JsonValue.numbers(r.mean()))
                .put("std", JsonValue.numbers(r.std()))
                .put("quantiles", q.build())
                .put("paths", JsonValue.array(kept))
                .put("absorbed", JsonValue.array(absorbed))
                .put("boundaryHits", r.boundaryHits())
                .put(
                        "noise",
                        JsonValue.JsonObject.builder()
                                .put("kind", n.kind().key())
                                .put(n.kind() == NoiseKind.FINITE_SIZE ? "size" : "sigma", sigma.build())
                                .build())
                .put("scheme", s.key())
                .put("dt", r.step())
                .put("seed", seed)
                .build();
    }

    /** A state as {POP: [all shares]}, as {@code analyze --json} writes rest points. */
    private static JsonValue state(Game game, double[] reduced) {
        JsonValue.JsonObject.Builder m = JsonValue.JsonObject.builder();
        for (int k = 0; k < game.populations().size(); k++) {
            int size = game.populations().get(k).size();
            double[] shares = new double[size];
            double last = 1;
            for (int i = 0; i < size - 1; i++) {
                shares[i] = reduced[game.offset(k) + i];
                last -= shares[i];
            }
            shares[size - 1] = last;
            m.put(game.populations().get(k).name(), JsonValue.numbers(shares));
        }
        return m.build();
    }
}
