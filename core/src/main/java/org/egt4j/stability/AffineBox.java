package org.egt4j.stability;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.egt4j.expr.Monomial;
import org.egt4j.expr.Symbol;
import org.egt4j.game.BoundGame;
import org.hipparchus.fraction.BigFraction;

/**
 * The exact decision of a vertex over a box of parameter ranges when every eigenvalue is affine in the
 * varying parameters, λ<sub>k</sub>(p) = c<sub>k</sub> + a<sub>k</sub>·p on the box lo ≤ p ≤ hi (the other
 * parameters at their bound values, read as the exact decimals of the spec). Everything is rational
 * arithmetic, so the verdicts are exact, including at the boundary where an eigenvalue is exactly 0:
 * <ul>
 *   <li><b>everywhere</b> iff max<sub>box</sub> λ<sub>k</sub> = c<sub>k</sub> + Σ<sub>i</sub>
 *       max(a<sub>ki</sub>lo<sub>i</sub>, a<sub>ki</sub>hi<sub>i</sub>) &lt; 0 for every k (an affine function
 *       takes its maximum over a box at the corner chosen coordinate by coordinate);</li>
 *   <li><b>somewhere</b> iff the linear program max t subject to λ<sub>k</sub>(p) + t ≤ 0 for all k,
 *       p in the box, has an optimum t* &gt; 0 (the strict system λ &lt; 0 is feasible exactly when the
 *       largest common margin is positive); its optimal p is the ESS witness, and a corner where the
 *       largest eigenvalue is ≥ 0 the non-ESS witness;</li>
 *   <li><b>nowhere</b> iff t* ≤ 0.</li>
 * </ul>
 * The program is solved by {@link RationalSimplex} after the shift q = p − lo, s = t + M with M ≥
 * max<sub>k</sub> λ<sub>k</sub>(lo), which makes the origin feasible.
 */
final class AffineBox {

    private final List<String> names;
    private final BigFraction[] lo;
    private final BigFraction[] hi;
    private final BigFraction[] constant;
    private final BigFraction[][] slope;
    private BigFraction[] essWitness;

    private AffineBox(
            List<String> names, BigFraction[] lo, BigFraction[] hi, BigFraction[] constant, BigFraction[][] slope) {
        this.names = names;
        this.lo = lo;
        this.hi = hi;
        this.constant = constant;
        this.slope = slope;
    }

    /**
     * The affine form of a vertex's eigenvalues over the box.
     *
     * @param box the parameter box
     * @param eig the vertex's eigenvalues
     * @return the affine form, or null when some eigenvalue is not affine in the varying parameters (a
     *     product or power of them, an atom, a share) or a fixed parameter with a negative exponent is 0
     */
    static AffineBox of(ParameterBox box, List<VertexTable.VertexEigenvalue> eig) {
        List<Symbol> varying = box.varying();
        BoundGame bound = box.bound();
        int d = varying.size();
        BigFraction[] c = new BigFraction[eig.size()];
        BigFraction[][] a = new BigFraction[eig.size()][d];
        for (int k = 0; k < eig.size(); k++) {
            c[k] = BigFraction.ZERO;
            Arrays.fill(a[k], BigFraction.ZERO);
            for (Map.Entry<Monomial, BigFraction> term :
                    eig.get(k).expression().terms().entrySet()) {
                Monomial m = term.getKey();
                BigFraction coefficient = term.getValue();
                int linear = -1;
                for (int t = 0; t < m.size(); t++) {
                    Symbol s = m.symbol(t);
                    int e = m.exponent(t);
                    int i = varying.indexOf(s);
                    if (i >= 0) {
                        if (e != 1 || linear >= 0) {
                            return null;
                        }
                        linear = i;
                    } else if (s.kind() != Symbol.Kind.PARAMETER) {
                        return null;
                    } else {
                        BigFraction v = bound.exactValueOf(s);
                        if (e < 0 && v.signum() == 0) {
                            return null;
                        }
                        coefficient = coefficient.multiply(
                                e >= 0 ? v.pow(e) : v.reciprocal().pow(-e));
                    }
                }
                if (linear < 0) {
                    c[k] = c[k].add(coefficient);
                } else {
                    a[k][linear] = a[k][linear].add(coefficient);
                }
            }
        }
        BigFraction[] lo = new BigFraction[d];
        BigFraction[] hi = new BigFraction[d];
        for (int i = 0; i < d; i++) {
            lo[i] = BoundGame.exact(box.ranges().get(i).lo());
            hi[i] = BoundGame.exact(box.ranges().get(i).hi());
        }
        return new AffineBox(box.names(), lo, hi, c, a);
    }

    /** {@return the exact verdict with witnesses} */
    OverBox decide() {
        int d = lo.length;
        int kMax = -1;
        BigFraction worst = null;
        BigFraction[] worstCorner = null;
        for (int k = 0; k < constant.length; k++) {
            BigFraction[] corner = new BigFraction[d];
            for (int i = 0; i < d; i++) {
                corner[i] = slope[k][i].signum() > 0 ? hi[i] : lo[i];
            }
            BigFraction max = value(k, corner);
            if (worst == null || max.compareTo(worst) > 0) {
                worst = max;
                worstCorner = corner;
                kMax = k;
            }
        }
        if (kMax < 0 || worst.signum() < 0) {
            // every eigenvalue is negative at its own worst corner: an ESS throughout (no eigenvalue: vacuous)
            essWitness = centre();
            return new OverBox(BoxVerdict.EVERYWHERE, names, doubles(essWitness), null, true);
        }
        BigFraction[] essPoint = largestMarginPoint();
        essWitness = essPoint;
        double[] notEss = doubles(worstCorner);
        if (essPoint == null) {
            return new OverBox(BoxVerdict.NOWHERE, names, null, notEss, true);
        }
        return new OverBox(BoxVerdict.SOMEWHERE, names, doubles(essPoint), notEss, true);
    }

    /**
     * Solves max t subject to λ<sub>k</sub>(p) + t ≤ 0, lo ≤ p ≤ hi, t ≤ 1.
     *
     * @return the optimal point when t* &gt; 0, else null
     */
    private BigFraction[] largestMarginPoint() {
        int d = lo.length;
        int kCount = constant.length;
        // λ_k(lo) bounds the shift M that makes the origin (q = 0, s = 0) feasible
        BigFraction shift = BigFraction.ZERO;
        BigFraction[] atLo = new BigFraction[kCount];
        for (int k = 0; k < kCount; k++) {
            atLo[k] = value(k, lo);
            if (atLo[k].compareTo(shift) > 0) {
                shift = atLo[k];
            }
        }
        int rows = kCount + d + 1;
        BigFraction[][] a = new BigFraction[rows][d + 1];
        BigFraction[] b = new BigFraction[rows];
        for (BigFraction[] row : a) {
            Arrays.fill(row, BigFraction.ZERO);
        }
        for (int k = 0; k < kCount; k++) {
            System.arraycopy(slope[k], 0, a[k], 0, d);
            a[k][d] = BigFraction.ONE;
            b[k] = shift.subtract(atLo[k]);
        }
        for (int i = 0; i < d; i++) {
            a[kCount + i][i] = BigFraction.ONE;
            b[kCount + i] = hi[i].subtract(lo[i]);
        }
        a[rows - 1][d] = BigFraction.ONE;
        b[rows - 1] = shift.add(BigFraction.ONE);
        BigFraction[] objective = new BigFraction[d + 1];
        Arrays.fill(objective, BigFraction.ZERO);
        objective[d] = BigFraction.ONE;
        RationalSimplex.Optimum opt = RationalSimplex.maximise(a, b, objective);
        // bounded: every variable has an upper bound row
        if (opt.value().subtract(shift).signum() <= 0) {
            return null;
        }
        BigFraction[] p = new BigFraction[d];
        for (int i = 0; i < d; i++) {
            p[i] = lo[i].add(opt.x()[i]);
        }
        return p;
    }

    private BigFraction value(int k, BigFraction[] p) {
        BigFraction v = constant[k];
        for (int i = 0; i < p.length; i++) {
            v = v.add(slope[k][i].multiply(p[i]));
        }
        return v;
    }

    private BigFraction[] centre() {
        BigFraction[] c = new BigFraction[lo.length];
        for (int i = 0; i < c.length; i++) {
            c[i] = lo[i].add(hi[i]).divide(2);
        }
        return c;
    }

    private static double[] doubles(BigFraction[] p) {
        double[] d = new double[p.length];
        for (int i = 0; i < p.length; i++) {
            d[i] = p[i].doubleValue();
        }
        return d;
    }

    /** {@return the exact ESS witness of the last decision, or null} */
    BigFraction[] exactEssWitness() {
        return essWitness == null ? null : essWitness.clone();
    }

    /** {@return the exact eigenvalues at a point} */
    List<BigFraction> valuesAt(BigFraction[] p) {
        List<BigFraction> v = new ArrayList<>();
        for (int k = 0; k < constant.length; k++) {
            v.add(value(k, p));
        }
        return v;
    }
}
