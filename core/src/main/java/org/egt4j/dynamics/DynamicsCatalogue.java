package org.egt4j.dynamics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import org.egt4j.ModelException;
import org.egt4j.expr.Names;

/**
 * The dynamics that specs ({@code dynamics: {name: replicator-mutator, mu: 0.01}}) and the command line
 * ({@code --dynamics replicator-mutator:mu=0.01}) can name, with their parameter keys. Adding a dynamic
 * is one entry here next to its class.
 */
public final class DynamicsCatalogue {

    /** One nameable dynamic: its name, its parameter keys (all required) and how to make it. */
    private record Entry(String name, List<String> keys, Function<Map<String, Double>, Dynamics> make) {}

    private static final List<Entry> ENTRIES = List.of(
            new Entry(ReplicatorDynamics.NAME, List.of(), p -> ReplicatorDynamics.INSTANCE),
            new Entry(ReplicatorMutator.NAME, List.of("mu"), p -> ReplicatorMutator.uniform(p.get("mu"))),
            new Entry(LogitDynamics.NAME, List.of("eta"), p -> LogitDynamics.of(p.get("eta"))),
            new Entry(MaynardSmith.NAME, List.of(), p -> MaynardSmith.INSTANCE),
            new Entry(SmithDynamics.NAME, List.of(), p -> SmithDynamics.INSTANCE),
            new Entry(BrownVonNeumannNash.NAME, List.of(), p -> BrownVonNeumannNash.INSTANCE),
            new Entry(ProjectionDynamics.NAME, List.of(), p -> ProjectionDynamics.INSTANCE),
            new Entry(BestResponseDynamics.NAME, List.of(), p -> BestResponseDynamics.INSTANCE));

    private DynamicsCatalogue() {}

    /** {@return the names of the dynamics, in catalogue order} */
    public static List<String> names() {
        List<String> names = new ArrayList<>();
        ENTRIES.forEach(e -> names.add(e.name()));
        return List.copyOf(names);
    }

    /**
     * The dynamic of this name with these parameters.
     *
     * @param name e.g. {@code replicator-mutator}
     * @param parameters its parameters by key (every key of the dynamic, no other)
     * @return the dynamic
     * @throws ModelException for an unknown name or key, a missing key, or a value out of range; the
     *     message names the dynamic and the hint lists what is accepted
     */
    public static Dynamics of(String name, Map<String, Double> parameters) {
        Entry entry = null;
        for (Entry e : ENTRIES) {
            if (e.name().equals(name)) {
                entry = e;
            }
        }
        if (entry == null) {
            String s = Names.suggest(name, names());
            throw new ModelException(
                    "unknown dynamics '" + name + "'" + (s == null ? "" : " (did you mean '" + s + "'?)"),
                    "the dynamics are: " + String.join(", ", names()));
        }
        for (String key : new TreeSet<>(parameters.keySet())) {
            if (!entry.keys().contains(key)) {
                String s = Names.suggest(key, entry.keys());
                throw new ModelException(
                        "the dynamics " + name + " has no parameter '" + key + "'"
                                + (s == null ? "" : " (did you mean '" + s + "'?)"),
                        entry.keys().isEmpty()
                                ? name + " takes no parameters"
                                : name + " takes: " + String.join(", ", entry.keys()));
            }
            Double v = parameters.get(key);
            if (v == null || !Double.isFinite(v)) {
                throw new ModelException(
                        "the parameter " + key + " of " + name + " must be a finite number, not " + v,
                        "write e.g. " + example(entry));
            }
        }
        for (String key : entry.keys()) {
            if (!parameters.containsKey(key)) {
                throw new ModelException(
                        "the dynamics " + name + " needs the parameter '" + key + "'", "write e.g. " + example(entry));
            }
        }
        return entry.make().apply(parameters);
    }

    private static String example(Entry e) {
        StringBuilder sb = new StringBuilder("--dynamics ").append(e.name());
        String sep = ":";
        for (String k : e.keys()) {
            sb.append(sep).append(k).append("=0.01");
            sep = ",";
        }
        return sb.toString();
    }
}
