package org.egt4j.stability;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;
import org.egt4j.expr.Atom;
import org.egt4j.expr.Symbol;
import org.egt4j.game.BoundGame;
import org.egt4j.game.Game;
import org.egt4j.game.Parameter;

/**
 * The box of parameter ranges of a bound game and the decision whether a vertex is an ESS over it. When
 * every eigenvalue is affine in the varying parameters the decision is exact ({@link AffineBox}: a rational
 * linear program). Otherwise cheap
 * witnesses come first (the centre, corners and quasi-random points, then a coordinate descent towards a
 * small ESS corner): an ESS point and a non-ESS point settle "somewhere" without any proof. Otherwise
 * {@link BoxProof} bisects the box with interval enclosures.
 */
final class ParameterBox {

    private final BoundGame bound;
    private final List<Symbol> varying = new ArrayList<>();
    private final List<String> names = new ArrayList<>();
    private final List<Interval> ranges = new ArrayList<>();

    /**
     * The box of the parameters with a range of positive width, the others at their bound values.
     *
     * @param bound the game at a parameter point
     */
    ParameterBox(BoundGame bound) {
        this.bound = bound;
        Game game = bound.game();
        for (int p = 0; p < game.parameters().size(); p++) {
            Parameter par = game.parameters().get(p);
            if (par.hasRange() && par.min() < par.max()) {
                varying.add(game.parameterSymbols().get(p));
                names.add(par.name());
                ranges.add(new Interval(par.min(), par.max()));
            }
        }
    }

    BoundGame bound() {
        return bound;
    }

    /** The varying parameters' names, in the order of the box's coordinates. */
    List<String> names() {
        return names;
    }

    /** The varying parameters' ranges, in the order of the box's coordinates. */
    List<Interval> ranges() {
        return ranges;
    }

    /** The varying parameters' symbols, in the order of the box's coordinates. */
    List<Symbol> varying() {
        return varying;
    }

    /**
     * Decides a vertex over the box.
     *
     * @param eig the vertex's eigenvalues
     * @return the verdict with witnesses, or null when no parameter varies
     */
    OverBox decide(List<VertexTable.VertexEigenvalue> eig) {
        if (varying.isEmpty()) {
            return null;
        }
        AffineBox affine = AffineBox.of(this, eig);
        if (affine != null) {
            return affine.decide();
        }
        return decideByIntervals(eig);
    }

    /**
     * Decides a vertex by witnesses and interval bisection, whatever the form of its eigenvalues.
     *
     * @param eig the vertex's eigenvalues
     * @return the verdict with witnesses (not exact)
     */
    OverBox decideByIntervals(List<VertexTable.VertexEigenvalue> eig) {
        double[] essPoint = null;
        double[] notPoint = null;
        Interval[] whole = ranges.toArray(new Interval[0]);
        // witnesses first: the centre, then corners and quasi-random points of the box
        SplittableRandom r = org.egt4j.random.RandomStreams.stream(
                org.egt4j.random.FixedSeeds.VERTEX_WITNESSES, eig.size() * 7919L + varying.size());
        int d = whole.length;
        double[] point = new double[d];
        for (int i = 0; i < 513 && !(essPoint != null && notPoint != null); i++) {
            for (int j = 0; j < d; j++) {
                double t = i == 0 ? 0.5 : i <= 256 ? (r.nextBoolean() ? 0 : 1) : r.nextDouble();
                point[j] = whole[j].lo() + t * (whole[j].hi() - whole[j].lo());
            }
            if (essAt(eig, point)) {
                essPoint = essPoint == null ? point.clone() : essPoint;
            } else {
                notPoint = notPoint == null ? point.clone() : notPoint;
            }
        }
        if (essPoint == null) {
            essPoint = descend(eig, whole);
        }
        if (essPoint != null && notPoint != null) {
            return new OverBox(BoxVerdict.SOMEWHERE, names, essPoint, notPoint, false);
        }
        // proofs: bisection with outward-rounded interval enclosures
        BoxProof proof = new BoxProof(this, eig);
        proof.search(whole, 0);
        // a witness of either phase is a point of the box with the property checked there
        double[] ess = proof.essPoint() != null ? proof.essPoint() : essPoint;
        double[] not = proof.notPoint() != null ? proof.notPoint() : notPoint;
        if (proof.essPoint() == null && !proof.undecided()) {
            return new OverBox(BoxVerdict.NOWHERE, names, ess, not, false);
        }
        if (proof.notPoint() == null && !proof.undecided()) {
            return new OverBox(BoxVerdict.EVERYWHERE, names, ess, not, false);
        }
        if (proof.essPoint() != null && proof.notPoint() != null) {
            return new OverBox(BoxVerdict.SOMEWHERE, names, ess, not, false);
        }
        return new OverBox(BoxVerdict.UNDECIDED, names, ess, not, false);
    }

    /**
     * Coordinate descent on max λ<sub>i</sub>(p) over the box, trying 9 values per parameter: finds the ESS
     * region when it is a small corner of a high-dimensional box.
     *
     * @return a point with all λ &lt; 0, or null if none was found
     */
    private double[] descend(List<VertexTable.VertexEigenvalue> eig, Interval[] box) {
        int d = box.length;
        double[] p = new double[d];
        for (int j = 0; j < d; j++) {
            p[j] = 0.5 * (box[j].lo() + box[j].hi());
        }
        double best = maxEigenvalue(eig, p);
        for (int sweep = 0; sweep < 20 && best >= 0; sweep++) {
            boolean improved = false;
            for (int j = 0; j < d; j++) {
                double keep = p[j];
                for (int t = 0; t <= 8; t++) {
                    p[j] = box[j].lo() + t * (box[j].hi() - box[j].lo()) / 8;
                    double v = maxEigenvalue(eig, p);
                    if (v < best) {
                        best = v;
                        keep = p[j];
                        improved = true;
                    }
                }
                p[j] = keep;
            }
            if (!improved) {
                break;
            }
        }
        return best < 0 && essAt(eig, p) ? p : null;
    }

    private double maxEigenvalue(List<VertexTable.VertexEigenvalue> eig, double[] point) {
        ToDoubleFunction<Symbol> values = valuesAt(point);
        double max = Double.NEGATIVE_INFINITY;
        for (VertexTable.VertexEigenvalue e : eig) {
            max = Math.max(max, e.expression().evaluate(values));
        }
        return Double.isNaN(max) ? Double.POSITIVE_INFINITY : max;
    }

    /** Whether every eigenvalue is negative with the varying parameters at {@code point}. */
    boolean essAt(List<VertexTable.VertexEigenvalue> eig, double[] point) {
        ToDoubleFunction<Symbol> values = valuesAt(point);
        for (VertexTable.VertexEigenvalue e : eig) {
            if (!(e.expression().evaluate(values) < 0)) {
                return false;
            }
        }
        return true;
    }

    /** Parameter and atom values with the varying parameters at {@code point}. */
    private ToDoubleFunction<Symbol> valuesAt(double[] point) {
        Map<Symbol, Double> atomValues = new HashMap<>();
        ToDoubleFunction<Symbol> values = s -> {
            int i = varying.indexOf(s);
            if (i >= 0) {
                return point[i];
            }
            return s.kind() == Symbol.Kind.ATOM ? atomValues.get(s) : bound.valueOf(s);
        };
        for (Atom a : bound.game().atoms()) {
            atomValues.put(a.symbol(), a.value(values));
        }
        return values;
    }
}
