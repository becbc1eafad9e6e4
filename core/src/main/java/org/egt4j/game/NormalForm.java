package org.egt4j.game;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.egt4j.ModelException;
import org.egt4j.expr.Monomial;
import org.egt4j.expr.Polynomial;
import org.egt4j.expr.Symbol;
import org.hipparchus.fraction.BigFraction;

/**
 * The normal form of a game: the payoffs of single encounters, exact polynomials in the parameters
 * (with atoms, but no shares); immutable. Where {@link Game#expectedPayoff} gives what a strategy earns
 * on average against the whole state, this gives what it earns in one encounter at one pure profile, which
 * is what finite-population processes need (Nowak, Sasaki, Taylor and Fudenberg, "Emergence of
 * cooperation and evolutionary stability in finite populations", Nature 428, 2004).
 *
 * <p>Two kinds (Weibull 1995, <i>Evolutionary Game Theory</i>, chapters 1 and 5; Sandholm 2010,
 * <i>Population Games and Evolutionary Dynamics</i>, chapter 2):
 *
 * <ul>
 *   <li>{@link Kind#MATRIX}: a symmetric two-player game inside one population of n strategies, the
 *       n × n matrix A with A<sub>ij</sub> the payoff of strategy i against strategy j. A profile is a
 *       pair (i, j) of strategies of the two players, and player 1 receives A<sub>ij</sub>, player 2
 *       A<sub>ji</sub>. The
 *       expected payoff is f<sub>i</sub>(x) = (A x)<sub>i</sub> = Σ<sub>j</sub> A<sub>ij</sub>
 *       x<sub>j</sub>; in a finite population of N players of which n<sub>j</sub> play j, a player of
 *       strategy i meets the N − 1 others and earns f<sub>i</sub> = (Σ<sub>j</sub> A<sub>ij</sub>
 *       n<sub>j</sub> − A<sub>ii</sub>)/(N − 1).
 *   <li>{@link Kind#TABLE}: populations k = 1..K with n<sub>k</sub> strategies; a profile s = (s<sub>1</sub>,
 *       ..., s<sub>K</sub>) names one strategy per population and π<sub>k</sub>(s) is the payoff to
 *       population k there. The expected payoff of strategy i of population k is
 *       f<sub>k,i</sub>(x) = Σ<sub>s</sub> [s<sub>k</sub> = i] π<sub>k</sub>(s) Π<sub>l≠k</sub>
 *       x<sub>l</sub>(s<sub>l</sub>), where x<sub>l</sub>(j) is the share of strategy j in population l and
 *       [·] is 1 when true and 0 otherwise: multilinear in the other populations' shares and free of its
 *       own.
 * </ul>
 *
 * <p>A game written as {@code matrix:} or {@code payoffs:} keeps its normal form ({@link
 * Game#normalForm()}) when its entries depend on the parameters only. For expected payoffs written
 * directly ({@code fitness:}), {@link #recover(Game)} finds the normal form exactly when it exists: the
 * expected payoffs are then affine in each population's share vector, hence equal to the multilinear
 * interpolation of their values at the vertices of the product of simplices, and those values are the
 * entries.
 *
 * <p>Profiles are numbered row-major in position order: index(s) = (⋯((s<sub>1</sub> n<sub>2</sub> +
 * s<sub>2</sub>) n<sub>3</sub> + s<sub>3</sub>)⋯) n<sub>K</sub> + s<sub>K</sub>, the order of {@link
 * #profile(int)}.
 */
public final class NormalForm {

    /** The kind of a normal form. */
    public enum Kind {
        /** A symmetric two-player game in one population: the matrix A, f<sub>i</sub> = (A x)<sub>i</sub>. */
        MATRIX,
        /** A payoff table over the pure profiles of all populations: π<sub>k</sub>(s). */
        TABLE
    }

    private final Kind kind;
    private final List<Population> populations;
    /** Strategies at each position of a profile: {n, n} for a matrix, n<sub>k</sub> for a table. */
    private final int[] sizes;
    /** MATRIX: A row-major, n·i + j. TABLE: π<sub>k</sub>(s) at index(s)·K + k. */
    private final Polynomial[] entries;

    private NormalForm(Kind kind, List<Population> populations, int[] sizes, Polynomial[] entries) {
        this.kind = kind;
        this.populations = List.copyOf(populations);
        this.sizes = sizes;
        this.entries = entries;
    }

    /**
     * The normal form of a symmetric matrix game.
     *
     * @param population the one population
     * @param a {@code a[i][j]} = A<sub>ij</sub>, share-free
     * @return the matrix normal form
     */
    static NormalForm matrix(Population population, Polynomial[][] a) {
        int n = population.size();
        Polynomial[] e = new Polynomial[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                e[i * n + j] = Objects.requireNonNull(a[i][j]);
            }
        }
        return new NormalForm(Kind.MATRIX, List.of(population), new int[] {n, n}, e);
    }

    /**
     * The normal form of a payoff table.
     *
     * @param populations the populations, in order
     * @param table {@code table[index(s)][k]} = π<sub>k</sub>(s), share-free
     * @return the table normal form
     */
    static NormalForm table(List<Population> populations, Polynomial[][] table) {
        int k = populations.size();
        int[] sizes = new int[k];
        for (int l = 0; l < k; l++) {
            sizes[l] = populations.get(l).size();
        }
        Polynomial[] e = new Polynomial[table.length * k];
        for (int s = 0; s < table.length; s++) {
            for (int l = 0; l < k; l++) {
                e[s * k + l] = Objects.requireNonNull(table[s][l]);
            }
        }
        return new NormalForm(Kind.TABLE, populations, sizes, e);
    }

    /** {@return whether this is a matrix or a table} */
    public Kind kind() {
        return kind;
    }

    /** {@return the game's populations (one for a matrix)} */
    public List<Population> populations() {
        return populations;
    }

    /** {@return positions in a profile: 2 players for a matrix, the number of populations for a table} */
    public int positions() {
        return sizes.length;
    }

    /**
     * The number of strategies at one position of a profile.
     *
     * @param position a player of a matrix game (0 or 1) or a population of a table
     * @return n for a matrix, n<sub>k</sub> for a table
     */
    public int strategies(int position) {
        return sizes[position];
    }

    /** {@return the number of pure profiles, Π over positions of the strategies there} */
    public int profileCount() {
        int n = 1;
        for (int s : sizes) {
            n *= s;
        }
        return n;
    }

    /**
     * The pure profile with this index (row-major, the first position varying slowest).
     *
     * @param index 0 ≤ index &lt; {@link #profileCount()}
     * @return a new array, one strategy index per position
     */
    public int[] profile(int index) {
        if (index < 0 || index >= profileCount()) {
            throw new IndexOutOfBoundsException("profile " + index + " of " + profileCount());
        }
        return profileOf(index, sizes);
    }

    private static int[] profileOf(int index, int[] sizes) {
        int[] p = new int[sizes.length];
        int r = index;
        for (int k = sizes.length - 1; k >= 0; k--) {
            p[k] = r % sizes[k];
            r /= sizes[k];
        }
        return p;
    }

    /**
     * The index of a pure profile, the inverse of {@link #profile(int)}.
     *
     * @param profile one strategy index per position
     * @return its row-major index
     */
    public int index(int[] profile) {
        if (profile.length != sizes.length) {
            throw new IllegalArgumentException("a profile has " + sizes.length + " strategies, not " + profile.length);
        }
        int index = 0;
        for (int k = 0; k < sizes.length; k++) {
            if (profile[k] < 0 || profile[k] >= sizes[k]) {
                throw new IndexOutOfBoundsException("strategy " + profile[k] + " at position " + k + " of " + sizes[k]);
            }
            index = index * sizes[k] + profile[k];
        }
        return index;
    }

    /**
     * The payoff of one position at a pure profile: π<sub>k</sub>(s) for a table; for a matrix at the
     * profile (i, j), A<sub>ij</sub> to player 0 and A<sub>ji</sub> to player 1.
     *
     * @param population the population of a table, or the player (0 or 1) of a matrix game
     * @param profile one strategy index per position
     * @return the exact payoff, a polynomial in parameters and atoms only
     */
    public Polynomial payoff(int population, int[] profile) {
        int index = index(profile);
        if (population < 0 || population >= sizes.length) {
            throw new IndexOutOfBoundsException("position " + population + " of " + sizes.length);
        }
        if (kind == Kind.MATRIX) {
            return population == 0 ? matrix(profile[0], profile[1]) : matrix(profile[1], profile[0]);
        }
        return entries[index * sizes.length + population];
    }

    /**
     * The matrix entry A<sub>ij</sub> of a matrix game.
     *
     * @param i the own strategy (row)
     * @param j the opponent's strategy (column)
     * @return the payoff of strategy i against strategy j
     * @throws IllegalStateException for a table
     */
    public Polynomial matrix(int i, int j) {
        if (kind != Kind.MATRIX) {
            throw new IllegalStateException("a payoff table has no matrix; use payoff(population, profile)");
        }
        int n = sizes[0];
        if (i < 0 || i >= n || j < 0 || j >= n) {
            throw new IndexOutOfBoundsException("entry (" + i + ", " + j + ") of a " + n + " x " + n + " matrix");
        }
        return entries[i * n + j];
    }

    /**
     * The normal form of a game written in any form: the one it keeps ({@link Game#normalForm()}), else
     * the one {@link #recover(Game)} finds.
     *
     * @param game any game
     * @return its normal form, empty when its expected payoffs are not those of single encounters
     */
    public static Optional<NormalForm> of(Game game) {
        Optional<NormalForm> kept = game.normalForm();
        if (kept.isPresent()) {
            return kept;
        }
        try {
            return Optional.of(recover(game));
        } catch (ModelException e) {
            return Optional.empty();
        }
    }

    /**
     * The normal form of a game, for a process that needs the payoffs of single encounters; throws when
     * there is none, saying why and how to write the game instead.
     *
     * @param game any game
     * @param purpose what needs it, as the subject of the message (e.g. "the Moran process")
     * @return the normal form, as {@link #of(Game)} finds it
     * @throws ModelException when the game has none: {@code fitness:} forms that are not multilinear in
     *     the other populations' shares or that depend on the own population's shares, or share-dependent
     *     matrix or table entries
     */
    public static NormalForm require(Game game, String purpose) {
        Optional<NormalForm> kept = game.normalForm();
        if (kept.isPresent()) {
            return kept.get();
        }
        try {
            return recover(game);
        } catch (ModelException e) {
            String gives =
                    switch (game.payoffForm()) {
                        case FITNESS -> game.populations().size() == 1
                                ? "`fitness:` forms that are not linear in the shares"
                                : "`fitness:` forms that are not multilinear in the other populations' shares"
                                        + " and free of each population's own shares";
                        case MATRIX -> "matrix entries that depend on the shares";
                        case PAYOFFS -> "table entries that depend on the shares";
                    };
            throw new ModelException(
                    purpose + " needs the payoffs of single encounters (a `matrix:` or `payoffs:` spec); '"
                            + game.name() + "' gives " + gives + ": " + e.problem(),
                    "write the game as `matrix:` (one population) or `payoffs:` (one row per pure profile) with"
                            + " entries in the parameters only, or give `fitness:` expressions in which each"
                            + " population's payoffs are free of its own shares and of degree at most 1 in"
                            + " each other population's shares (one population: linear in the shares)");
        }
    }

    /**
     * Recovers the normal form exactly from the expected payoffs, whatever form the game was written in.
     *
     * <p>With two or more populations, every f<sub>k,i</sub> must be free of population k's shares and of
     * degree at most 1 in each other population's reduced shares (multilinear, the form of the table
     * formula in the class comment); then π<sub>k</sub>(s) is the value of f<sub>k,i</sub> for i =
     * s<sub>k</sub> at the vertex e<sub>s</sub> where every population l plays s<sub>l</sub>, and the result is a {@link
     * Kind#TABLE}. With one population, every f<sub>i</sub> must be affine in the shares, and then
     * A<sub>ij</sub> = f<sub>i</sub>(e<sub>j</sub>) and the result is a {@link Kind#MATRIX} (even for a
     * one-population table, whose rows are then constant). In both cases the expected payoffs of the
     * result equal the game's exactly, since an affine function on a simplex is the interpolation of its
     * vertex values (Weibull 1995, chapter 5).
     *
     * @param game any game
     * @return the normal form whose expected payoffs are the game's
     * @throws ModelException naming the first expected payoff and term that prevent it: a term in the
     *     population's own shares, or of degree 2 or more in one population's shares
     */
    public static NormalForm recover(Game game) {
        List<Population> pops = game.populations();
        return pops.size() == 1 ? recoverMatrix(game) : recoverTable(game);
    }

    private static NormalForm recoverMatrix(Game game) {
        Population p = game.populations().get(0);
        int n = p.size();
        Polynomial[][] a = new Polynomial[n][n];
        for (int i = 0; i < n; i++) {
            Map<Monomial, Polynomial> f = game.expectedPayoff(0, i).byShares();
            for (Map.Entry<Monomial, Polynomial> t : f.entrySet()) {
                if (t.getKey().shareDegree() > 1) {
                    throw new ModelException(
                            "the expected payoff of " + name(p, i) + " has degree "
                                    + t.getKey().shareDegree() + " in the shares (term " + term(t)
                                    + "), so it is not (A x)_i for a matrix A",
                            "a matrix game's expected payoffs are linear in the shares");
                }
            }
            for (int j = 0; j < n; j++) {
                a[i][j] = atVertex(f, ones(game, new int[] {j}));
            }
        }
        return matrix(p, a);
    }

    private static NormalForm recoverTable(Game game) {
        List<Population> pops = game.populations();
        int k = pops.size();
        List<List<Map<Monomial, Polynomial>>> f = new ArrayList<>();
        long count = 1;
        for (int l = 0; l < k; l++) {
            List<Map<Monomial, Polynomial>> fl = new ArrayList<>();
            for (int i = 0; i < pops.get(l).size(); i++) {
                Map<Monomial, Polynomial> terms = game.expectedPayoff(l, i).byShares();
                for (Map.Entry<Monomial, Polynomial> t : terms.entrySet()) {
                    checkMultilinear(game, l, i, t);
                }
                fl.add(terms);
            }
            f.add(fl);
            count *= pops.get(l).size();
            if (count > GameBuilder.MAX_PROFILES) {
                throw new ModelException(
                        "the game has more than " + GameBuilder.MAX_PROFILES + " pure profiles",
                        "a normal-form table that large is not kept");
            }
        }
        int[] sizes = new int[k];
        for (int l = 0; l < k; l++) {
            sizes[l] = pops.get(l).size();
        }
        Polynomial[][] table = new Polynomial[(int) count][k];
        for (int s = 0; s < count; s++) {
            int[] profile = profileOf(s, sizes);
            boolean[] ones = ones(game, profile);
            for (int l = 0; l < k; l++) {
                table[s][l] = atVertex(f.get(l).get(profile[l]), ones);
            }
        }
        return table(pops, table);
    }

    /** Refuses a term of f<sub>k,i</sub> in k's own shares or of degree ≥ 2 in some population's shares. */
    private static void checkMultilinear(Game game, int k, int i, Map.Entry<Monomial, Polynomial> t) {
        Monomial m = t.getKey();
        int[] degree = new int[game.populations().size()];
        for (int f = 0; f < m.size(); f++) {
            Symbol s = m.symbol(f);
            if (s.isShare()) {
                degree[game.populationOf(s.index())] += m.exponent(f);
            }
        }
        Population own = game.populations().get(k);
        if (degree[k] > 0) {
            throw new ModelException(
                    "the expected payoff of " + name(own, i) + " depends on the own shares of population '" + own.name()
                            + "' (term " + term(t) + ")",
                    "in a game between populations a player meets members of the other populations only");
        }
        for (int l = 0; l < degree.length; l++) {
            if (degree[l] > 1) {
                throw new ModelException(
                        "the expected payoff of " + name(own, i) + " has degree " + degree[l]
                                + " in the shares of population '"
                                + game.populations().get(l).name()
                                + "' (term " + term(t) + ")",
                        "one encounter involves one member of each population, so expected payoffs are"
                                + " of degree at most 1 in each population's shares");
            }
        }
    }

    /**
     * The reduced coordinates that are 1 at the vertex of a pure profile (all others are 0): the
     * coordinate of s<sub>l</sub> unless it is population l's last strategy, which has no coordinate.
     */
    private static boolean[] ones(Game game, int[] profile) {
        boolean[] ones = new boolean[game.dimension()];
        for (int l = 0; l < profile.length; l++) {
            if (profile[l] < game.populations().get(l).size() - 1) {
                ones[game.offset(l) + profile[l]] = true;
            }
        }
        return ones;
    }

    /**
     * The value at a vertex of a polynomial grouped by share monomials: the share monomials made of
     * coordinates that are all 1 there keep their coefficients, the others vanish (a positive power of 0).
     */
    private static Polynomial atVertex(Map<Monomial, Polynomial> byShares, boolean[] ones) {
        Polynomial sum = Polynomial.ZERO;
        for (Map.Entry<Monomial, Polynomial> t : byShares.entrySet()) {
            Monomial m = t.getKey();
            boolean survives = true;
            for (int f = 0; f < m.size() && survives; f++) {
                survives = ones[m.symbol(f).index()];
            }
            if (survives) {
                sum = sum.add(t.getValue());
            }
        }
        return sum;
    }

    private static String name(Population p, int i) {
        return p.name() + "." + p.strategies().get(i);
    }

    private static String term(Map.Entry<Monomial, Polynomial> t) {
        return t.getValue()
                .multiply(Polynomial.term(BigFraction.ONE, t.getKey()))
                .toString();
    }

    /**
     * Equal when of the same kind, over the same populations, with equal entries.
     *
     * @param o another object
     * @return whether {@code o} is an equal normal form
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof NormalForm n
                && kind == n.kind
                && populations.equals(n.populations)
                && Arrays.equals(entries, n.entries);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * kind.hashCode() + populations.hashCode()) + Arrays.hashCode(entries);
    }

    /** {@return a short description: kind, shape and number of profiles} */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("NormalForm[").append(kind).append(' ');
        for (int k = 0; k < sizes.length; k++) {
            sb.append(k == 0 ? "" : " x ").append(sizes[k]);
        }
        return sb.append(", ").append(profileCount()).append(" profiles]").toString();
    }
}
