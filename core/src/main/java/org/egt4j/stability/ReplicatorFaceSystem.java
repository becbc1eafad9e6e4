package org.egt4j.stability;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.egt4j.expr.Monomial;
import org.egt4j.expr.Polynomial;
import org.egt4j.expr.PolynomialSystem;
import org.egt4j.game.BoundGame;
import org.egt4j.game.Game;
import org.hipparchus.fraction.BigFraction;

/**
 * The rest-point equations of the replicator dynamics on a face: equal payoffs on the support.
 *
 * <p>A point of the relative interior of a face is a rest point of ẋ<sub>k,i</sub> = x<sub>k,i</sub>
 * (f<sub>k,i</sub> − f̄<sub>k</sub>) iff, in every population k, all strategies in the support S<sub>k</sub>
 * earn the same payoff. With g<sub>c</sub> = f<sub>k,s</sub> − f<sub>k,last</sub> the advantage of
 * reduced coordinate c = (k, s) over the population's last strategy (and g = 0 for the last strategy
 * itself), the face's equations are E<sub>t</sub> = g<sub>k,s</sub> − g<sub>k,d_k</sub> = 0 for each
 * unknown t = (k, s), s ∈ S<sub>k</sub> \ {d<sub>k</sub>} (Hofbauer and Sigmund, <i>Evolutionary Games and
 * Population Dynamics</i>, 1998). The same system gives the rest points of every payoff-monotone
 * imitative dynamic ẋ<sub>k,i</sub> = x<sub>k,i</sub> G<sub>k,i</sub>(x), whose growth rates are equal on
 * the support exactly when the payoffs are (Weibull, <i>Evolutionary Game Theory</i>, 1995).
 *
 * <p>The system is linear in u when no surviving monomial of these advantages has degree ≥ 2 in the
 * shares of the mixing populations (always so for matrix and bimatrix games); then the coefficients are
 * the exact rationals of the bound values.
 */
final class ReplicatorFaceSystem implements FaceSystem {

    /** A monomial of an advantage: exponents by reduced coordinate, exact coefficient at the bound values. */
    private record Term(int[] exps, BigFraction coefficient) {}

    private final int pops;
    private final int n;
    private final int[] sizes;
    private final int[] offsets;
    private final PolynomialSystem gSystem;
    private final PolynomialSystem dgSystem;
    private final List<List<Term>> exactTerms = new ArrayList<>();
    private final double scale;
    // evaluation buffers, overwritten by every call
    private final double[] g;
    private final double[] dg;

    /**
     * The system of a bound game: its advantages exactly (by monomial) and compiled with their Jacobian.
     *
     * @param bound the game at a parameter point
     */
    ReplicatorFaceSystem(BoundGame bound) {
        Game game = bound.game();
        this.pops = game.populations().size();
        this.n = game.dimension();
        this.sizes = new int[pops];
        this.offsets = new int[pops + 1];
        for (int k = 0; k < pops; k++) {
            sizes[k] = game.populations().get(k).size();
            offsets[k + 1] = game.offset(k + 1);
        }
        List<Polynomial> gs = new ArrayList<>();
        List<Polynomial> dgs = new ArrayList<>();
        double s = 0;
        for (int c = 0; c < n; c++) {
            gs.add(game.advantage(c));
            List<Term> terms = new ArrayList<>();
            for (Map.Entry<Monomial, Polynomial> e :
                    game.advantage(c).byShares().entrySet()) {
                BigFraction coef = e.getValue().evaluateExact(bound::exactValueOf);
                if (coef.signum() == 0) {
                    continue;
                }
                int[] exps = new int[n];
                Monomial mono = e.getKey();
                for (int i = 0; i < mono.size(); i++) {
                    exps[mono.symbol(i).index()] = mono.exponent(i);
                }
                terms.add(new Term(exps, coef));
                s = Math.max(s, Math.abs(coef.doubleValue()));
            }
            exactTerms.add(terms);
        }
        for (int c = 0; c < n; c++) {
            for (int j = 0; j < n; j++) {
                dgs.add(game.advantage(c).derivative(game.coordinates().get(j)));
            }
        }
        this.scale = Math.max(1, s);
        this.gSystem = bound.compile(gs);
        this.dgSystem = bound.compile(dgs);
        this.g = new double[n];
        this.dg = new double[n * n];
    }

    /** {@return n<sub>k</sub>, the strategies of each population} */
    int[] sizes() {
        return sizes.clone();
    }

    /** {@return offsets[k] = the first reduced coordinate of population k; offsets[K] = the dimension} */
    int[] offsets() {
        return offsets.clone();
    }

    @Override
    public double scale() {
        return scale;
    }

    /** The row of g for (k, s), or -1 for the last strategy (whose advantage is 0). */
    private int row(int k, int s) {
        return s == sizes[k] - 1 ? -1 : offsets[k] + s;
    }

    /** -1 if the monomial vanishes on the face, else its degree in the mixing populations' shares. */
    private int mixingDegree(Face f, int[] exps) {
        int degree = 0;
        for (int k = 0; k < pops; k++) {
            for (int c = offsets[k]; c < offsets[k + 1]; c++) {
                if (exps[c] == 0) {
                    continue;
                }
                if (!f.inSupport(k, c - offsets[k])) {
                    return -1;
                }
                if (f.mixing(k)) {
                    degree += exps[c];
                }
            }
        }
        return degree;
    }

    private boolean linear(Face f) {
        for (int[] t : f.unknowns) {
            for (int r : new int[] {row(t[0], t[1]), row(t[0], f.dependent[t[0]])}) {
                if (r < 0) {
                    continue;
                }
                for (Term term : exactTerms.get(r)) {
                    if (mixingDegree(f, term.exps()) > 1) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    @Override
    public BigFraction[][] exactLinearSystem(Face f) {
        if (!linear(f)) {
            return null;
        }
        int m = f.m;
        BigFraction[][] aug = new BigFraction[m][m + 1];
        for (int t = 0; t < m; t++) {
            Arrays.fill(aug[t], BigFraction.ZERO);
            int k = f.unknowns.get(t)[0];
            accumulate(f, row(k, f.unknowns.get(t)[1]), BigFraction.ONE, aug[t]);
            accumulate(f, row(k, f.dependent[k]), BigFraction.MINUS_ONE, aug[t]);
        }
        return aug;
    }

    /** Adds sign·(row r of g restricted to the face) to aug as coefficients of u and the negated constant. */
    private void accumulate(Face f, int r, BigFraction sign, BigFraction[] aug) {
        if (r < 0) {
            return;
        }
        int m = f.m;
        for (Term term : exactTerms.get(r)) {
            int degree = mixingDegree(f, term.exps());
            if (degree < 0) {
                continue;
            }
            BigFraction c = term.coefficient().multiply(sign);
            if (degree == 0) {
                aug[m] = aug[m].subtract(c);
                continue;
            }
            // degree 1: the one mixing coordinate of the monomial (the others are pure, with share 1)
            int coord = -1;
            for (int k = 0; k < pops && coord < 0; k++) {
                if (f.mixing(k)) {
                    for (int i = offsets[k]; i < offsets[k + 1]; i++) {
                        if (term.exps()[i] != 0) {
                            coord = i;
                            break;
                        }
                    }
                }
            }
            // x_coord = a + Σ b u, with a and b integers (0, ±1)
            BigFraction a = new BigFraction((long) f.a[coord]);
            aug[m] = aug[m].subtract(c.multiply(a));
            for (int t = 0; t < m; t++) {
                if (f.b[coord][t] != 0) {
                    aug[t] = aug[t].add(c.multiply(new BigFraction((long) f.b[coord][t])));
                }
            }
        }
    }

    @Override
    public double residual(Face f, double[] u, double[] e, double[][] jac) {
        double[] x = f.x(u);
        gSystem.evaluate(x, g);
        if (jac != null) {
            dgSystem.evaluate(x, dg);
        }
        double norm = 0;
        for (int t = 0; t < f.m; t++) {
            int k = f.unknowns.get(t)[0];
            int r1 = row(k, f.unknowns.get(t)[1]);
            int r2 = row(k, f.dependent[k]);
            e[t] = (r1 < 0 ? 0 : g[r1]) - (r2 < 0 ? 0 : g[r2]);
            norm = Math.max(norm, Math.abs(e[t]));
            if (jac != null) {
                for (int t2 = 0; t2 < f.m; t2++) {
                    double v = 0;
                    for (int c = 0; c < n; c++) {
                        double bc = f.b[c][t2];
                        if (bc != 0) {
                            v += ((r1 < 0 ? 0 : dg[r1 * n + c]) - (r2 < 0 ? 0 : dg[r2 * n + c])) * bc;
                        }
                    }
                    jac[t][t2] = v;
                }
            }
        }
        return norm;
    }
}
