package org.egt4j.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.egt4j.game.Game;
import org.egt4j.game.GameBuilder;
import org.egt4j.game.PayoffForm;

/**
 * Seeded generator of random games for property tests: matrix games (one population, 2–4
 * strategies), normal-form tables (1–4 populations, 2–3 strategies, up to 36 profiles) and fitness
 * games (expected payoffs of degree ≤ 2 in the shares). Payoffs mix integers, exact fractions,
 * parameters, Laurent monomials ({@code a/b}), atoms ({@code a/(1 + b)}) and, in the table and fitness
 * forms, share-dependent terms. A recipe can be rebuilt with the strategies of every population in
 * another order, for permutation properties.
 */
public final class RandomGames {

    /**
     * Seeds 0..n-1, for {@code @MethodSource}; the system property {@code egt4j.seeds} caps n (the
     * mutation profile sets it, so that every mutant is tried against every property class in
     * minutes rather than hours; the default build always runs all n).
     */
    public static LongStream seeds(int n) {
        return LongStream.range(0, Math.min(n, Integer.getInteger("egt4j.seeds", Integer.MAX_VALUE)));
    }

    /** A game recipe: populations with strategies, and payoffs keyed by names. */
    public static final class Recipe {
        public final long seed;
        public final PayoffForm form;
        public final Map<String, List<String>> populations = new LinkedHashMap<>();
        public final Map<String, Double> parameters = new LinkedHashMap<>();
        public final Map<String, String> definitions = new LinkedHashMap<>();
        /** matrix[i][j] by strategy index of the declared order. */
        public String[][] matrix;
        /** table: profile (strategy names in population order) to payoffs in population order. */
        public final Map<List<String>, List<String>> table = new LinkedHashMap<>();
        /** fitness: population -> strategy -> expression. */
        public final Map<String, Map<String, String>> fitness = new LinkedHashMap<>();

        Recipe(long seed, PayoffForm form) {
            this.seed = seed;
            this.form = form;
        }

        /** The game in the declared strategy order. */
        public Game build() {
            return build(null);
        }

        /**
         * The game with the strategies of population k listed in the order {@code order[k]} (a permutation
         * of indices), or declared order when {@code order} is null.
         */
        public Game build(int[][] order) {
            GameBuilder b = Game.builder("random " + form + " " + seed);
            parameters.forEach(b::parameter);
            definitions.forEach(b::definition);
            int k = 0;
            for (Map.Entry<String, List<String>> p : populations.entrySet()) {
                List<String> s = new ArrayList<>(p.getValue());
                if (order != null) {
                    s.clear();
                    for (int i : order[k]) {
                        s.add(p.getValue().get(i));
                    }
                }
                b.population(p.getKey(), s, null);
                k++;
            }
            switch (form) {
                case MATRIX -> {
                    int n = matrix.length;
                    String[][] m = new String[n][n];
                    int[] o = order == null ? identity(n) : order[0];
                    for (int i = 0; i < n; i++) {
                        for (int j = 0; j < n; j++) {
                            m[i][j] = matrix[o[i]][o[j]];
                        }
                    }
                    b.matrix(m);
                }
                case PAYOFFS -> table.forEach((profile, values) -> b.payoff(profile, values.toArray(new String[0])));
                case FITNESS -> fitness.forEach((pop, m) -> m.forEach((s, e) -> b.fitness(pop, s, e)));
            }
            return b.build();
        }
    }

    static int[] identity(int n) {
        int[] o = new int[n];
        for (int i = 0; i < n; i++) {
            o[i] = i;
        }
        return o;
    }

    /** The recipe for this seed; the form cycles with the seed so every form is covered evenly. */
    public static Recipe recipe(long seed) {
        SplittableRandom r = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + 17);
        PayoffForm form = PayoffForm.values()[(int) (seed % 3)];
        Recipe g = new Recipe(seed, form);
        int params = r.nextInt(3);
        String[] names = {"a", "b"};
        for (int i = 0; i < params; i++) {
            g.parameters.put(names[i], 0.5 + r.nextInt(6) * 0.5);
        }
        if (params == 2 && r.nextBoolean()) {
            g.definitions.put("d", "a/(1 + b)");
        }
        switch (form) {
            case MATRIX -> {
                int n = 2 + r.nextInt(3);
                List<String> s = strategies(n);
                g.populations.put("p", s);
                g.matrix = new String[n][n];
                for (int i = 0; i < n; i++) {
                    for (int j = 0; j < n; j++) {
                        g.matrix[i][j] = constant(r, g, false, List.of());
                    }
                }
            }
            case PAYOFFS -> {
                int pops = 1 + r.nextInt(4);
                int profiles = 1;
                List<String> shares = new ArrayList<>();
                for (int k = 0; k < pops; k++) {
                    int n = 2 + (profiles * 3 <= 36 && r.nextInt(3) == 0 ? 1 : 0);
                    profiles *= n;
                    List<String> s = strategies(n);
                    g.populations.put("q" + k, s);
                    for (String t : s) {
                        shares.add("q" + k + "." + t);
                    }
                }
                List<List<String>> all = new ArrayList<>();
                all.add(List.of());
                for (List<String> s : g.populations.values()) {
                    List<List<String>> next = new ArrayList<>();
                    for (List<String> prefix : all) {
                        for (String t : s) {
                            List<String> p = new ArrayList<>(prefix);
                            p.add(t);
                            next.add(p);
                        }
                    }
                    all = next;
                }
                for (List<String> profile : all) {
                    List<String> values = new ArrayList<>();
                    for (int k = 0; k < pops; k++) {
                        values.add(constant(r, g, r.nextInt(5) == 0, shares));
                    }
                    g.table.put(profile, values);
                }
            }
            case FITNESS -> {
                int pops = 1 + r.nextInt(3);
                List<String> shares = new ArrayList<>();
                for (int k = 0; k < pops; k++) {
                    List<String> s = strategies(2 + r.nextInt(2));
                    g.populations.put("f" + k, s);
                    for (String t : s) {
                        shares.add("f" + k + "." + t);
                    }
                }
                for (Map.Entry<String, List<String>> p : g.populations.entrySet()) {
                    Map<String, String> m = new LinkedHashMap<>();
                    for (String s : p.getValue()) {
                        StringBuilder e = new StringBuilder(constant(r, g, false, shares));
                        int terms = 1 + r.nextInt(3);
                        for (int t = 0; t < terms; t++) {
                            e.append(" + ")
                                    .append(constant(r, g, false, shares))
                                    .append("*")
                                    .append(shares.get(r.nextInt(shares.size())));
                            if (r.nextBoolean()) {
                                e.append("*").append(shares.get(r.nextInt(shares.size())));
                            }
                        }
                        m.put(s, e.toString());
                    }
                    g.fitness.put(p.getKey(), m);
                }
            }
        }
        return g;
    }

    private static List<String> strategies(int n) {
        List<String> s = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            s.add("s" + i);
        }
        return s;
    }

    /** A random payoff term: integer, fraction, parameter expression, atom, optionally share-dependent. */
    private static String constant(SplittableRandom r, Recipe g, boolean stateDependent, List<String> shares) {
        String c =
                switch (r.nextInt(6)) {
                    case 0, 1 -> Integer.toString(r.nextInt(11) - 5);
                    case 2 -> "(" + (r.nextInt(9) - 4) + "/" + (1 + r.nextInt(4)) + ")";
                    case 3 -> g.parameters.isEmpty() ? "0.25" : "(" + (r.nextInt(5) - 2) + "*a - 1)";
                    case 4 -> g.parameters.size() < 2 ? "-1.5" : "(a/b - " + r.nextInt(3) + ")";
                    default -> g.definitions.isEmpty() ? "3" : "(d - 1)";
                };
        if (stateDependent && !shares.isEmpty()) {
            c = c + " + " + (r.nextInt(5) - 2) + "*" + shares.get(r.nextInt(shares.size()));
        }
        return c;
    }

    private RandomGames() {}
}
