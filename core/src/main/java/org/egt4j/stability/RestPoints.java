package org.egt4j.stability;

import java.util.ArrayList;
import java.util.List;
import org.egt4j.ModelException;
import org.egt4j.game.BoundGame;
import org.egt4j.game.Game;
import org.hipparchus.fraction.BigFraction;

/**
 * Finds every rest point of the replicator dynamics of a bound game, face by face.
 *
 * <p>A point is a rest point iff, in every population k, all strategies in use (the support S<sub>k</sub>)
 * earn the same payoff. So each face of the state space (one non-empty support per population, {@link
 * Faces}) gives a square system ({@link ReplicatorFaceSystem}): with d<sub>k</sub> the last strategy of
 * S<sub>k</sub>, the unknowns are the shares of S<sub>k</sub> \ {d<sub>k</sub>} (x<sub>d_k</sub> = 1 − Σ of
 * them) and the equations are f<sub>k,s</sub> − f<sub>k,d_k</sub> = 0 for s ∈ S<sub>k</sub> \
 * {d<sub>k</sub>}. Rest points in the relative interior of the face (all support shares &gt; 0) are
 * reported there; boundary points belong to lower faces.
 *
 * <ul>
 *   <li>When the face system is linear in its unknowns (always for single-population matrix games and
 *       two-population bimatrix games, and for faces of larger games where at most one population ...
 *       mixes per payoff term), it is solved exactly over the rationals ({@link ExactFaceSolver};
 *       coefficients are the exact decimals of the bound values): a unique solution is an exact rest
 *       point; a consistent singular system is a continuum of rest points, reported as a {@link
 *       RestPointSet} ({@link Continua}).
 *   <li>Otherwise Newton's method runs from quasi-random starts in the face ({@link CertifiedNewton}:
 *       damped, with exact Jacobians); each root is certified (residual ≤ 1e-12 relative to the payoff
 *       scale, strictly inside the face) and duplicates are merged. A root with a singular Jacobian lies
 *       on a continuum and is reported in a set with the other such roots of its face.
 * </ul>
 *
 * Vertices (pure profiles) are always rest points and always reported. Isolated points found on the
 * closed segment of a 1-dimensional continuum are dropped (vertices excepted).
 */
public final class RestPoints {

    /** Most faces searched (Π<sub>k</sub>(2<sup>n<sub>k</sub></sup> − 1)). */
    public static final long MAX_FACES = Faces.MAX_FACES;

    /**
     * A rest point found, before judging: its coordinates, support and how it was found.
     *
     * @param coordinates the reduced coordinates (each population's last share left out)
     * @param support support[k] = the strategies of population k in use, increasing
     * @param exact whether it was found by the exact rational solve (else by certified Newton)
     */
    public record Candidate(double[] coordinates, int[][] support, boolean exact) {
        /**
         * Readable text for JShell and logs ({@link org.egt4j.Show#record}): the components with their
         * numbers to 6 significant digits, long arrays shortened to their first items and their count.
         *
         * @return the text
         */
        @Override
        public String toString() {
            return org.egt4j.Show.record(this);
        }
    }

    /**
     * The rest points and continua of a game.
     *
     * @param points the isolated rest points, in face order (vertices first within the enumeration)
     * @param sets the continua, in face order
     */
    public record Result(List<Candidate> points, List<RestPointSet> sets) {}

    private final Game game;
    private final int[] sizes;
    private final int[] offsets;
    private final FaceSystem system;
    private final List<Candidate> points = new ArrayList<>();
    private final List<RestPointSet> sets = new ArrayList<>();

    private RestPoints(Game game, FaceSystem system) {
        this.game = game;
        int pops = game.populations().size();
        this.sizes = new int[pops];
        this.offsets = new int[pops + 1];
        for (int k = 0; k < pops; k++) {
            sizes[k] = game.populations().get(k).size();
            offsets[k + 1] = game.offset(k + 1);
        }
        this.system = system;
    }

    /**
     * All rest points and continua of the bound game.
     *
     * @param bound the game at a parameter point
     * @return the isolated rest points (vertices first) and the continua
     * @throws ModelException when the game has more than {@value #MAX_FACES} faces
     */
    public static Result find(BoundGame bound) {
        return find(bound.game(), new ReplicatorFaceSystem(bound));
    }

    /**
     * All rest points and continua of a dynamic given by its equations on each face: for each face, the
     * zeros of {@code system} in the face's relative interior. Vertices are always rest points.
     *
     * @param game the game (its populations and strategies span the faces; names describe the sets)
     * @param system the dynamic's rest-point equations on a face
     * @return the isolated rest points and the continua
     * @throws ModelException when the game has more than {@value #MAX_FACES} faces
     */
    static Result find(Game game, FaceSystem system) {
        return new RestPoints(game, system).search();
    }

    private Result search() {
        Faces.forEach(sizes, masks -> face(new Face(sizes, offsets, masks)));
        // a point on the closure of a segment of rest points is not isolated (vertices are kept for the table)
        List<Candidate> isolated = new ArrayList<>();
        for (Candidate c : points) {
            boolean vertex = true;
            for (int[] sup : c.support()) {
                vertex &= sup.length == 1;
            }
            if (vertex || !Continua.onSegment(shares(c.coordinates()), sets)) {
                isolated.add(c);
            }
        }
        return new Result(List.copyOf(isolated), List.copyOf(sets));
    }

    /** Full share vectors from reduced coordinates: each population's last share is 1 − the others. */
    private double[][] shares(double[] x) {
        double[][] s = new double[sizes.length][];
        for (int k = 0; k < sizes.length; k++) {
            s[k] = new double[sizes[k]];
            double sum = 0;
            for (int i = 0; i < sizes[k] - 1; i++) {
                s[k][i] = x[offsets[k] + i];
                sum += s[k][i];
            }
            s[k][sizes[k] - 1] = 1 - sum;
        }
        return s;
    }

    /** Solves one face's system: exactly when it is linear, by certified Newton otherwise. */
    private void face(Face f) {
        if (f.m == 0) {
            points.add(new Candidate(f.x(new double[0]), f.support(), true));
            return;
        }
        BigFraction[][] linear = system.exactLinearSystem(f);
        if (linear != null) {
            exact(f, linear);
        } else {
            newton(f);
        }
    }

    private void exact(Face f, BigFraction[][] linear) {
        ExactFaceSolver.Solution solution = ExactFaceSolver.solve(linear);
        if (solution == null) {
            return; // inconsistent: no rest point in this face
        }
        BigFraction[] u0 = solution.particular();
        if (solution.unique()) {
            if (strictlyInside(f, u0)) {
                double[] u = new double[f.m];
                for (int t = 0; t < f.m; t++) {
                    u[t] = u0[t].doubleValue();
                }
                points.add(new Candidate(f.x(u), f.support(), true));
            }
            return;
        }
        double[] base = new double[f.m];
        for (int t = 0; t < f.m; t++) {
            base[t] = u0[t].doubleValue();
        }
        RestPointSet set = Continua.affine(game, f, base, solution.directions());
        if (set != null) {
            sets.add(set);
        }
    }

    /** Whether every support share at the exact u is strictly positive (decided exactly). */
    private static boolean strictlyInside(Face f, BigFraction[] u) {
        int t = 0;
        for (int k = 0; k < f.populations(); k++) {
            if (!f.mixing(k)) {
                continue;
            }
            BigFraction sum = BigFraction.ZERO;
            for (int[] unk : f.unknowns) {
                if (unk[0] == k) {
                    if (u[t].signum() <= 0) {
                        return false;
                    }
                    sum = sum.add(u[t]);
                    t++;
                }
            }
            if (BigFraction.ONE.subtract(sum).signum() <= 0) {
                return false;
            }
        }
        return true;
    }

    private void newton(Face f) {
        CertifiedNewton.Roots roots = CertifiedNewton.roots(f, system);
        for (double[] r : roots.regular()) {
            points.add(new Candidate(f.x(r), f.support(), false));
        }
        if (!roots.singular().isEmpty()) {
            sets.add(Continua.singular(game, f, roots.singular()));
        }
    }
}
