package org.egt4j.stability;

import java.util.ArrayList;
import java.util.List;
import org.egt4j.dynamics.StateSpace;
import org.egt4j.dynamics.VectorField;
import org.egt4j.game.BoundGame;
import org.egt4j.game.Game;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * Rest points of a dynamic that is not imitative (faces are not invariant, so the face-by-face search of
 * {@link RestPoints} does not apply): damped Newton iterations x ← x − J(x)<sup>−1</sup>V(x) on the
 * field itself, started from every point of a lattice on the product of simplices (shares in steps of
 * 1/{@value #LEVELS}, capped at {@value #MAX_STARTS} starts by a coarser lattice), kept when ‖V‖ is at
 * round-off level and the point lies in the state space, merged within {@value #MERGE} (max norm). The
 * list is what the starts reach: it is not proven complete (polynomial systems can have rest points that
 * no start converges to), and {@link RestPoints.Result} carries no claim that it is.
 */
final class FieldRestPoints {

    /** Lattice steps per share of the starts. */
    static final int LEVELS = 8;

    /** Most starts. */
    static final int MAX_STARTS = 4096;

    /** Distance (max norm) below which two roots are the same rest point. */
    static final double MERGE = 1e-7;

    private static final int ITERATIONS = 60;

    private FieldRestPoints() {}

    static RestPoints.Result find(BoundGame bound, VectorField prototype) {
        Game game = bound.game();
        VectorField field = prototype.copy();
        int n = game.dimension();
        StateSpace space = field.stateSpace();
        List<double[]> roots = new ArrayList<>();
        for (double[] start : starts(game)) {
            double[] x = newton(field, start, space);
            if (x == null) {
                continue;
            }
            boolean known = false;
            for (double[] r : roots) {
                double d = 0;
                for (int i = 0; i < n; i++) {
                    d = Math.max(d, Math.abs(r[i] - x[i]));
                }
                known |= d < MERGE;
            }
            if (!known) {
                roots.add(x);
            }
        }
        roots.sort(FieldRestPoints::lexicographic);
        List<RestPoints.Candidate> points = new ArrayList<>();
        for (double[] r : roots) {
            points.add(new RestPoints.Candidate(r, support(game, r), false));
        }
        return new RestPoints.Result(points, List.of());
    }

    private static int lexicographic(double[] a, double[] b) {
        for (int i = 0; i < a.length; i++) {
            int c = Double.compare(a[i], b[i]);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    /** The strategies with a positive share, per population. */
    static int[][] support(Game game, double[] x) {
        int pops = game.populations().size();
        int[][] support = new int[pops][];
        for (int k = 0; k < pops; k++) {
            int size = game.populations().get(k).size();
            List<Integer> s = new ArrayList<>();
            double last = 1;
            for (int i = 0; i < size - 1; i++) {
                double v = x[game.offset(k) + i];
                last -= v;
                if (v > StateSpace.ROUND_OFF) {
                    s.add(i);
                }
            }
            if (last > StateSpace.ROUND_OFF) {
                s.add(size - 1);
            }
            support[k] = s.stream().mapToInt(Integer::intValue).toArray();
        }
        return support;
    }

    /** Lattice starts: every population's shares in steps of 1/L, L lowered until the product fits. */
    static List<double[]> starts(Game game) {
        return starts(game, LEVELS);
    }

    /** Lattice starts from at most {@code most} steps per share, lowered until the product fits. */
    static List<double[]> starts(Game game, int most) {
        int pops = game.populations().size();
        for (int levels = most; levels >= 1; levels--) {
            List<List<double[]>> perPopulation = new ArrayList<>();
            long total = 1;
            for (int k = 0; k < pops; k++) {
                List<double[]> points = new ArrayList<>();
                compositions(
                        game.populations().get(k).size(),
                        levels,
                        new int[game.populations().get(k).size()],
                        0,
                        levels,
                        points);
                perPopulation.add(points);
                total *= points.size();
                if (total > MAX_STARTS) {
                    break;
                }
            }
            if (total <= MAX_STARTS || levels == 1) {
                List<double[]> starts = new ArrayList<>();
                product(game, perPopulation, 0, new double[game.dimension()], starts);
                return starts;
            }
        }
        throw new AssertionError("unreachable");
    }

    private static void compositions(int parts, int levels, int[] c, int at, int left, List<double[]> out) {
        if (at == parts - 1) {
            c[at] = left;
            double[] shares = new double[parts - 1];
            for (int i = 0; i < parts - 1; i++) {
                shares[i] = (double) c[i] / levels;
            }
            out.add(shares);
            return;
        }
        for (int v = 0; v <= left; v++) {
            c[at] = v;
            compositions(parts, levels, c, at + 1, left - v, out);
        }
    }

    private static void product(Game game, List<List<double[]>> per, int k, double[] x, List<double[]> out) {
        if (k == per.size()) {
            out.add(x.clone());
            return;
        }
        if (per.get(k).isEmpty()) {
            return;
        }
        for (double[] s : per.get(k)) {
            System.arraycopy(s, 0, x, game.offset(k), s.length);
            product(game, per, k + 1, x, out);
        }
    }

    /** Damped Newton from x0; the root, or null when it does not converge inside the state space. */
    static double[] newton(VectorField field, double[] x0, StateSpace space) {
        int n = field.dimension();
        double[] x = x0.clone();
        double[] v = new double[n];
        double[] jac = new double[n * n];
        double[] trial = new double[n];
        double[] vt = new double[n];
        DMatrixRMaj a = new DMatrixRMaj(n, n);
        DMatrixRMaj b = new DMatrixRMaj(n, 1);
        DMatrixRMaj step = new DMatrixRMaj(n, 1);
        field.derivativeAndJacobian(x, v, jac);
        double norm = norm(v);
        for (int it = 0; it < ITERATIONS; it++) {
            double scale = 0;
            for (double j : jac) {
                scale = Math.max(scale, Math.abs(j));
            }
            if (norm <= 1e-14 * Math.max(1, scale)) {
                return space.margin(x) >= -1e-9 ? clean(x, space) : null;
            }
            a.setData(jac.clone());
            for (int i = 0; i < n; i++) {
                b.set(i, 0, -v[i]);
            }
            if (!CommonOps_DDRM.solve(a, b, step)) {
                return null;
            }
            double lambda = 1;
            boolean improved = false;
            for (int tries = 0; tries < 30; tries++) {
                for (int i = 0; i < n; i++) {
                    trial[i] = x[i] + lambda * step.get(i, 0);
                }
                field.derivative(trial, vt);
                double nt = norm(vt);
                if (Double.isFinite(nt) && nt < norm) {
                    improved = true;
                    break;
                }
                lambda /= 2;
            }
            if (!improved) {
                return null;
            }
            System.arraycopy(trial, 0, x, 0, n);
            if (space.margin(x) < -0.5) {
                return null; // far outside: this start leads to a root that is not a state
            }
            field.derivativeAndJacobian(x, v, jac);
            norm = norm(v);
        }
        return null;
    }

    private static double[] clean(double[] x, StateSpace space) {
        double[] c = x.clone();
        space.project(c);
        for (int i = 0; i < c.length; i++) {
            if (Math.abs(c[i]) < 1e-15) {
                c[i] = 0;
            }
        }
        return c;
    }

    private static double norm(double[] v) {
        double m = 0;
        for (double d : v) {
            m = Math.max(m, Math.abs(d));
        }
        return m;
    }
}
