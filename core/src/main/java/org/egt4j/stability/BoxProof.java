package org.egt4j.stability;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.egt4j.expr.Atom;
import org.egt4j.expr.Polynomial;
import org.egt4j.expr.Symbol;
import org.egt4j.game.BoundGame;

/**
 * Proofs over a parameter box by bisection with outward-rounded interval enclosures of a vertex's
 * eigenvalues: a sub-box where every enclosure lies below zero is ESS throughout, one where some
 * enclosure lies at or above zero is non-ESS throughout. The widest side is halved until every sub-box is
 * settled, depth 40 or a budget of 512 boxes is reached; an unsettled sub-box makes the search undecided
 * and contributes the verdict at its centre as a witness.
 */
final class BoxProof {

    private final ParameterBox parameterBox;
    private final BoundGame bound;
    private final List<Symbol> varying;
    private final List<VertexTable.VertexEigenvalue> eig;
    private final Polynomial[][] gradients;
    private int budget = 512;
    private double[] essPoint;
    private double[] notPoint;
    private boolean undecided;

    BoxProof(ParameterBox parameterBox, List<VertexTable.VertexEigenvalue> eig) {
        this.parameterBox = parameterBox;
        this.bound = parameterBox.bound();
        this.varying = parameterBox.varying();
        this.eig = eig;
        this.gradients = gradients();
    }

    /** {@return the centre of a sub-box found ESS, or null} */
    double[] essPoint() {
        return essPoint;
    }

    /** {@return the centre of a sub-box found non-ESS, or null} */
    double[] notPoint() {
        return notPoint;
    }

    /** {@return whether some sub-box was left unsettled} */
    boolean undecided() {
        return undecided;
    }

    void search(Interval[] box, int depth) {
        budget--;
        Map<Symbol, Interval> atomIntervals = new HashMap<>();
        Function<Symbol, Interval> values = s -> {
            int i = varying.indexOf(s);
            if (i >= 0) {
                return box[i];
            }
            if (s.kind() == Symbol.Kind.ATOM) {
                return atomIntervals.get(s);
            }
            return Interval.point(bound.valueOf(s));
        };
        for (Atom a : bound.game().atoms()) {
            atomIntervals.put(a.symbol(), Interval.of(a, values));
        }
        boolean allNegative = true;
        boolean someNonNegative = false;
        for (int k = 0; k < eig.size(); k++) {
            VertexTable.VertexEigenvalue e = eig.get(k);
            Interval v = Interval.of(e.expression(), values);
            if (gradients[k] != null && !(v.hi() < 0 || v.lo() >= 0)) {
                v = v.intersect(meanValue(e.expression(), gradients[k], box, values));
            }
            allNegative &= v.hi() < 0;
            someNonNegative |= v.lo() >= 0;
        }
        if (allNegative) {
            essPoint = essPoint == null ? centre(box) : essPoint;
            return;
        }
        if (someNonNegative) {
            notPoint = notPoint == null ? centre(box) : notPoint;
            return;
        }
        if (depth >= 40 || budget <= 0) {
            undecided = true;
            // a witness at the centre still counts
            double[] c = centre(box);
            if (parameterBox.essAt(eig, c)) {
                essPoint = essPoint == null ? c : essPoint;
            } else {
                notPoint = notPoint == null ? c : notPoint;
            }
            return;
        }
        int widest = 0;
        for (int i = 1; i < box.length; i++) {
            if (box[i].hi() - box[i].lo() > box[widest].hi() - box[widest].lo()) {
                widest = i;
            }
        }
        double mid = 0.5 * (box[widest].lo() + box[widest].hi());
        Interval[] left = box.clone();
        Interval[] right = box.clone();
        left[widest] = new Interval(box[widest].lo(), mid);
        right[widest] = new Interval(mid, box[widest].hi());
        search(left, depth + 1);
        search(right, depth + 1);
    }

    private static double[] centre(Interval[] box) {
        double[] c = new double[box.length];
        for (int i = 0; i < box.length; i++) {
            c[i] = 0.5 * (box[i].lo() + box[i].hi());
        }
        return c;
    }

    /**
     * ∂λ/∂p<sub>i</sub> for each varying parameter, exact; null for an eigenvalue with atoms (whose
     * dependence on the parameters the polynomial derivative would miss) and for one that is affine in the
     * varying parameters (the mean-value form would add nothing).
     */
    private Polynomial[][] gradients() {
        Polynomial[][] g = new Polynomial[eig.size()][];
        for (int k = 0; k < eig.size(); k++) {
            Polynomial lambda = eig.get(k).expression();
            boolean atoms = false;
            for (Atom a : bound.game().atoms()) {
                atoms |= lambda.contains(a.symbol());
            }
            if (!atoms) {
                g[k] = new Polynomial[varying.size()];
                boolean constant = true; // λ affine in the box: its natural enclosure is already exact
                for (int i = 0; i < varying.size(); i++) {
                    g[k][i] = lambda.derivative(varying.get(i));
                    for (Symbol v : varying) {
                        constant &= !g[k][i].contains(v);
                    }
                }
                if (constant) {
                    g[k] = null;
                }
            }
        }
        return g;
    }

    /**
     * The mean-value form λ(c) + Σ<sub>i</sub> ∂λ/∂p<sub>i</sub>(X)·(X<sub>i</sub> − c<sub>i</sub>) over the
     * box X with centre c (Moore, Interval Analysis, 1966): its overestimation shrinks with the square of
     * the box width, where the natural enclosure's shrinks only linearly, so bisection proves a sign near a
     * zero set in far fewer boxes.
     */
    private Interval meanValue(
            Polynomial lambda, Polynomial[] gradient, Interval[] box, Function<Symbol, Interval> values) {
        Interval[] centre = new Interval[box.length];
        for (int i = 0; i < box.length; i++) {
            centre[i] = Interval.point(0.5 * (box[i].lo() + box[i].hi()));
        }
        Interval sum = Interval.of(lambda, s -> {
            int i = varying.indexOf(s);
            return i >= 0 ? centre[i] : values.apply(s);
        });
        for (int i = 0; i < box.length; i++) {
            Interval offset = box[i].add(Interval.point(-centre[i].lo()));
            sum = sum.add(Interval.of(gradient[i], values).multiply(offset));
        }
        return sum;
    }
}
