package org.egt4j.stability;

import java.util.ArrayList;
import java.util.List;
import org.egt4j.dynamics.Dynamics;
import org.egt4j.dynamics.StateSpace;
import org.egt4j.dynamics.VectorField;
import org.egt4j.game.BoundGame;
import org.egt4j.game.Game;

/**
 * The regime of one cell of a stability map under a smooth dynamic whose rest points are not vertices
 * (logit, replicator–mutator), where the replicator's vertex conditions say nothing: the cell's rest points
 * by damped Newton on the field from a coarse lattice of starts ({@value #LEVELS} steps per share), each
 * judged by the eigenvalues of the field's Jacobian (asymptotically stable when every real part is below
 * −{@value #MARGIN}), and the cell's class: the vertex whose strategies hold the majority (share &gt; ½ in
 * every population) at its one stable rest point, {@link org.egt4j.analysis.StabilityMap#SEVERAL} when it
 * has two or more, {@link org.egt4j.analysis.StabilityMap#NONE} when it has none or its one stable rest
 * point has no majority profile (a mixed attractor). Like every multi-start search the list is what the
 * starts reach, not a proof of completeness.
 */
public final class RestPointRegimes {

    /** Lattice steps per share of the starts of each cell. */
    public static final int LEVELS = 2;

    /** The largest real part of a stable rest point's eigenvalues: −MARGIN. */
    public static final double MARGIN = 1e-9;

    private RestPointRegimes() {}

    /**
     * The class of one cell.
     *
     * @param bound the game at the cell's parameters
     * @param dynamics the dynamic
     * @param vertices the profiles the classes index, in the map's order (each an int per population)
     * @return the index of the vertex, or {@link org.egt4j.analysis.StabilityMap#NONE} or {@link
     *     org.egt4j.analysis.StabilityMap#SEVERAL}
     */
    public static int cell(BoundGame bound, Dynamics dynamics, List<int[]> vertices) {
        Game game = bound.game();
        VectorField field = dynamics.field(bound).copy();
        StateSpace space = field.stateSpace();
        int n = game.dimension();
        List<double[]> stable = new ArrayList<>();
        List<double[]> roots = new ArrayList<>();
        double[] jac = new double[n * n];
        for (double[] start : FieldRestPoints.starts(game, LEVELS)) {
            double[] x = FieldRestPoints.newton(field, start, space);
            if (x == null || known(roots, x)) {
                continue;
            }
            roots.add(x);
            field.jacobian(x, jac);
            boolean attracting = true;
            for (Eigenvalue e : Eigenvalue.of(jac, n)) {
                attracting &= e.re() < -MARGIN;
            }
            if (attracting) {
                stable.add(x);
            }
        }
        if (stable.size() > 1) {
            return org.egt4j.analysis.StabilityMap.SEVERAL;
        }
        if (stable.isEmpty()) {
            return org.egt4j.analysis.StabilityMap.NONE;
        }
        int[] majority = majority(game, stable.get(0));
        if (majority == null) {
            return org.egt4j.analysis.StabilityMap.NONE;
        }
        for (int v = 0; v < vertices.size(); v++) {
            if (java.util.Arrays.equals(vertices.get(v), majority)) {
                return v;
            }
        }
        return org.egt4j.analysis.StabilityMap.NONE;
    }

    /** The profile whose strategy has share above ½ in every population, or null. */
    static int[] majority(Game game, double[] x) {
        int pops = game.populations().size();
        int[] profile = new int[pops];
        for (int k = 0; k < pops; k++) {
            int m = game.populations().get(k).size();
            double last = 1;
            profile[k] = -1;
            for (int i = 0; i < m; i++) {
                double share = i < m - 1 ? x[game.offset(k) + i] : last;
                if (i < m - 1) {
                    last -= share;
                }
                if (share > 0.5) {
                    profile[k] = i;
                }
            }
            if (profile[k] < 0) {
                return null;
            }
        }
        return profile;
    }

    private static boolean known(List<double[]> roots, double[] x) {
        for (double[] r : roots) {
            double d = 0;
            for (int i = 0; i < x.length; i++) {
                d = Math.max(d, Math.abs(r[i] - x[i]));
            }
            if (d < FieldRestPoints.MERGE) {
                return true;
            }
        }
        return false;
    }
}
