package org.egt4j.expr;

import java.util.Arrays;

/**
 * A product of symbol powers, x<sub>1</sub><sup>e<sub>1</sub></sup> ⋯ x<sub>m</sub><sup>e<sub>m</sub></sup>,
 * immutable, with factors in {@link Symbol} order and non-zero exponents. Shares only take positive
 * exponents; parameters and atoms may take negative ones (Laurent monomials).
 *
 * <p>The natural order (used for printing) puts monomials of lower total share degree first, then
 * compares the share factors, then the parameter factors (a pure number last), so that
 * {@code S - 1 - C*y + F*x*y} prints in that order.
 */
public final class Monomial implements Comparable<Monomial> {

    /** The empty product, 1. */
    public static final Monomial ONE = new Monomial(new Symbol[0], new int[0]);

    private final Symbol[] symbols;
    private final int[] exponents;
    private final int hash;
    /** Index of the first share factor (shares sort last); {@code symbols.length} when none. */
    private final int firstShare;

    private final int shareDegree;

    private Monomial(Symbol[] symbols, int[] exponents) {
        this.symbols = symbols;
        this.exponents = exponents;
        this.hash = 31 * Arrays.hashCode(symbols) + Arrays.hashCode(exponents);
        int f = symbols.length;
        int d = 0;
        for (int i = symbols.length - 1; i >= 0 && symbols[i].isShare(); i--) {
            f = i;
            d += exponents[i];
        }
        this.firstShare = f;
        this.shareDegree = d;
    }

    /**
     * The monomial {@code s^e}; e = 0 gives {@link #ONE}.
     *
     * @param s the symbol
     * @param e its exponent, any sign
     * @return the monomial {@code s^e}
     */
    public static Monomial of(Symbol s, int e) {
        if (e == 0) {
            return ONE;
        }
        if (e < 0 && s.isShare()) {
            throw new IllegalArgumentException("a share cannot have a negative exponent: " + s.name());
        }
        return new Monomial(new Symbol[] {s}, new int[] {e});
    }

    /** {@return number of distinct symbols} */
    public int size() {
        return symbols.length;
    }

    /**
     * The i-th symbol, in symbol order.
     *
     * @param i the position, 0 ≤ i &lt; number of symbols
     * @return the symbol at that position
     */
    public Symbol symbol(int i) {
        return symbols[i];
    }

    /**
     * The exponent of the i-th symbol.
     *
     * @param i the position, 0 ≤ i &lt; number of symbols
     * @return its exponent, never zero
     */
    public int exponent(int i) {
        return exponents[i];
    }

    /**
     * The exponent of {@code s} (0 when absent).
     *
     * @param s the symbol
     * @return its exponent in this monomial
     */
    public int exponentOf(Symbol s) {
        int i = Arrays.binarySearch(symbols, s);
        return i >= 0 ? exponents[i] : 0;
    }

    /** {@return sum of the exponents of the share symbols} */
    public int shareDegree() {
        return shareDegree;
    }

    /** {@return whether no share symbol occurs} */
    public boolean isShareFree() {
        return firstShare == symbols.length;
    }

    /**
     * The product of this and {@code o}.
     *
     * @param o the other monomial
     * @return the product, exponents of common symbols added (symbols whose exponents cancel dropped)
     */
    public Monomial multiply(Monomial o) {
        if (o.symbols.length == 0) {
            return this;
        }
        if (symbols.length == 0) {
            return o;
        }
        Symbol[] s = new Symbol[symbols.length + o.symbols.length];
        int[] e = new int[s.length];
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < symbols.length || j < o.symbols.length) {
            int c = i == symbols.length ? 1 : j == o.symbols.length ? -1 : symbols[i].compareTo(o.symbols[j]);
            if (c < 0) {
                s[n] = symbols[i];
                e[n++] = exponents[i++];
            } else if (c > 0) {
                s[n] = o.symbols[j];
                e[n++] = o.exponents[j++];
            } else {
                int sum = Math.addExact(exponents[i], o.exponents[j]);
                if (sum != 0) {
                    s[n] = symbols[i];
                    e[n++] = sum;
                }
                i++;
                j++;
            }
        }
        return n == 0 ? ONE : new Monomial(Arrays.copyOf(s, n), Arrays.copyOf(e, n));
    }

    /**
     * This monomial to the power {@code p} (p may be negative only for share-free monomials).
     *
     * @param p the exponent
     * @return every exponent multiplied by {@code p}
     */
    public Monomial pow(int p) {
        if (p == 0 || symbols.length == 0) {
            return ONE;
        }
        if (p < 0 && !isShareFree()) {
            throw new IllegalArgumentException("negative power of a share");
        }
        int[] e = new int[exponents.length];
        for (int i = 0; i < e.length; i++) {
            e[i] = Math.multiplyExact(exponents[i], p);
        }
        return new Monomial(symbols.clone(), e);
    }

    /**
     * The factors whose symbol is (not) a share: {@code shares ? share part : parameter part}.
     *
     * @param shares {@code true} for the share factors, {@code false} for the parameter and atom factors
     * @return the product of those factors ({@link #ONE} when there are none)
     */
    public Monomial part(boolean shares) {
        int from = shares ? firstShare : 0;
        int to = shares ? symbols.length : firstShare;
        if (from == 0 && to == symbols.length) {
            return this;
        }
        if (from == to) {
            return ONE;
        }
        return new Monomial(Arrays.copyOfRange(symbols, from, to), Arrays.copyOfRange(exponents, from, to));
    }

    /**
     * This monomial with the factor {@code s} removed (exponent set to zero); {@link #exponentOf} gives
     * the removed exponent.
     *
     * @param s the symbol removed
     * @return the remaining factors
     */
    public Monomial without(Symbol s) {
        int i = Arrays.binarySearch(symbols, s);
        if (i < 0) {
            return this;
        }
        if (symbols.length == 1) {
            return ONE;
        }
        Symbol[] ns = new Symbol[symbols.length - 1];
        int[] ne = new int[ns.length];
        System.arraycopy(symbols, 0, ns, 0, i);
        System.arraycopy(symbols, i + 1, ns, i, ns.length - i);
        System.arraycopy(exponents, 0, ne, 0, i);
        System.arraycopy(exponents, i + 1, ne, i, ne.length - i);
        return new Monomial(ns, ne);
    }

    @Override
    public int compareTo(Monomial o) {
        int c = Integer.compare(shareDegree, o.shareDegree);
        if (c != 0) {
            return c;
        }
        c = compareFactors(this, firstShare, symbols.length, o, o.firstShare, o.symbols.length);
        if (c != 0) {
            return c;
        }
        if ((firstShare == 0) != (o.firstShare == 0)) {
            return firstShare == 0 ? 1 : -1; // a pure number comes after parameter terms: a + 1, S - C - 1
        }
        return compareFactors(this, 0, firstShare, o, 0, o.firstShare);
    }

    /** Lexicographic over factor ranges: a monomial with more of an earlier symbol comes first. */
    private static int compareFactors(Monomial a, int aFrom, int aTo, Monomial b, int bFrom, int bTo) {
        int n = Math.min(aTo - aFrom, bTo - bFrom);
        for (int i = 0; i < n; i++) {
            int c = a.symbols[aFrom + i].compareTo(b.symbols[bFrom + i]);
            if (c != 0) {
                return c;
            }
            c = Integer.compare(b.exponents[bFrom + i], a.exponents[aFrom + i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(aTo - aFrom, bTo - bFrom);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Monomial m
                && hash == m.hash
                && Arrays.equals(symbols, m.symbols)
                && Arrays.equals(exponents, m.exponents);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public String toString() {
        if (symbols.length == 0) {
            return "1";
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < symbols.length; i++) {
            if (i > 0) {
                sb.append('*');
            }
            sb.append(symbols[i].name());
            if (exponents[i] != 1) {
                sb.append('^').append(exponents[i]);
            }
        }
        return sb.toString();
    }
}
