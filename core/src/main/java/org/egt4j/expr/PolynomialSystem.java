package org.egt4j.expr;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.egt4j.ModelException;

/**
 * Numeric evaluation of several polynomials in the shares at once, with parameters and atoms fixed.
 *
 * <p>All distinct share monomials of all polynomials are put in one table, closed under "remove one
 * factor", so that every monomial is its parent times one coordinate: evaluating the table costs one
 * multiplication per monomial, and each polynomial is then a sparse dot product of its coefficients
 * with the table. Evaluation allocates nothing and does no lookups; the table is a scratch array owned
 * by this object, so an instance must not be shared between threads ({@link #copy()} gives another).
 */
public final class PolynomialSystem {

    private final int dimension;
    private final int[] parent;
    private final int[] variable;
    private final int[] rowStart;
    private final int[] termMonomial;
    private final double[] termCoefficient;
    private final double[] monomials;

    private PolynomialSystem(
            int dimension, int[] parent, int[] variable, int[] rowStart, int[] termMonomial, double[] termCoefficient) {
        this.dimension = dimension;
        this.parent = parent;
        this.variable = variable;
        this.rowStart = rowStart;
        this.termMonomial = termMonomial;
        this.termCoefficient = termCoefficient;
        this.monomials = new double[parent.length];
    }

    /**
     * Compiles {@code polynomials}; share symbol with index c is coordinate c.
     *
     * @param polynomials the polynomials (rows of the output)
     * @param dimension number of coordinates
     * @param values the values of parameters and atoms
     * @return the system, with every coefficient multiplied out to a double
     * @throws ModelException when a coefficient is not finite at these values (e.g. V/C with C = 0)
     */
    public static PolynomialSystem compile(
            List<Polynomial> polynomials, int dimension, ToDoubleFunction<Symbol> values) {
        Map<Key, Integer> index = new HashMap<>();
        List<int[]> table = new ArrayList<>(); // {parent, variable}
        table.add(new int[] {-1, -1});
        index.put(new Key(new int[dimension]), 0);
        int[] rowStart = new int[polynomials.size() + 1];
        List<Integer> mons = new ArrayList<>();
        List<Double> coefs = new ArrayList<>();
        for (int r = 0; r < polynomials.size(); r++) {
            rowStart[r] = mons.size();
            for (Map.Entry<Monomial, Polynomial> e :
                    polynomials.get(r).byShares().entrySet()) {
                double c = e.getValue().evaluate(values);
                if (!Double.isFinite(c)) {
                    throw new ModelException(
                            "with these parameter values the coefficient " + Printer.TEXT.factor(e.getValue()) + " of "
                                    + e.getKey() + " is " + c,
                            "check for a division by a parameter that is zero, or log/sqrt of a negative value",
                            null,
                            -1);
                }
                if (c == 0) {
                    continue;
                }
                int[] exps = new int[dimension];
                Monomial m = e.getKey();
                for (int i = 0; i < m.size(); i++) {
                    exps[m.symbol(i).index()] = m.exponent(i);
                }
                mons.add(ensure(exps, index, table));
                coefs.add(c);
            }
        }
        rowStart[polynomials.size()] = mons.size();
        int[] parent = new int[table.size()];
        int[] variable = new int[table.size()];
        for (int i = 0; i < table.size(); i++) {
            parent[i] = table.get(i)[0];
            variable[i] = table.get(i)[1];
        }
        int[] tm = new int[mons.size()];
        double[] tc = new double[mons.size()];
        for (int i = 0; i < tm.length; i++) {
            tm[i] = mons.get(i);
            tc[i] = coefs.get(i);
        }
        return new PolynomialSystem(dimension, parent, variable, rowStart, tm, tc);
    }

    private static int ensure(int[] exps, Map<Key, Integer> index, List<int[]> table) {
        Key key = new Key(exps);
        Integer found = index.get(key);
        if (found != null) {
            return found;
        }
        int v = exps.length - 1;
        while (exps[v] == 0) {
            v--;
        }
        int[] p = exps.clone();
        p[v]--;
        int parentIndex = ensure(p, index, table);
        table.add(new int[] {parentIndex, v});
        index.put(key, table.size() - 1);
        return table.size() - 1;
    }

    private record Key(int[] exps) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Arrays.equals(exps, k.exps);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(exps);
        }
    }

    /** {@return an independent copy with its own scratch table, for another thread} */
    public PolynomialSystem copy() {
        return new PolynomialSystem(dimension, parent, variable, rowStart, termMonomial, termCoefficient);
    }

    /** {@return number of polynomials (rows)} */
    public int size() {
        return rowStart.length - 1;
    }

    /** {@return number of coordinates} */
    public int dimension() {
        return dimension;
    }

    /** {@return number of monomials in the shared table} */
    public int monomialCount() {
        return parent.length;
    }

    /**
     * Evaluates every polynomial at {@code x}.
     *
     * @param x coordinates (length {@link #dimension()}), not modified
     * @param out receives the values (length ≥ {@link #size()})
     */
    public void evaluate(double[] x, double[] out) {
        double[] m = monomials;
        m[0] = 1.0;
        for (int j = 1; j < m.length; j++) {
            m[j] = m[parent[j]] * x[variable[j]];
        }
        int rows = rowStart.length - 1;
        for (int r = 0; r < rows; r++) {
            double s = 0;
            for (int t = rowStart[r], end = rowStart[r + 1]; t < end; t++) {
                s += termCoefficient[t] * m[termMonomial[t]];
            }
            out[r] = s;
        }
    }
}
