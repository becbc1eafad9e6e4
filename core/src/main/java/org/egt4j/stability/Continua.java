package org.egt4j.stability;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.egt4j.game.Game;

/**
 * Continua of rest points on a face, reported as {@link RestPointSet}s with sample points, and the test
 * that drops isolated-looking points lying on a segment of rest points.
 *
 * <ul>
 *   <li>An affine continuum u = base + Σ<sub>j</sub> w<sub>j</sub> N<sub>j</sub> (a consistent singular
 *       linear face system) is kept where it meets the face's relative interior. In dimension 1 every
 *       support share is affine in w, so the interior is an open interval (lo, hi) of w, sampled at lo,
 *       the midpoint and hi (the closed segment). In higher dimension, up to 5 interior samples are drawn
 *       from uniform w in a box of half-width 2√m + 2, with a seeded random stream per face.
 *   <li>Roots of a non-linear system with a singular Jacobian form one set of unknown dimension (−1) per
 *       face, sampled by up to 5 of them.
 * </ul>
 *
 * <p>The set's description is the only English built here; it is determined by the set's dimension and
 * support (see {@link #description}).
 */
final class Continua {

    private Continua() {}

    /**
     * The seeded random stream that samples the continuum of one face (deterministic per face).
     *
     * @param masks the face's supports as bit sets
     * @return a fresh stream
     */
    static SplittableRandom random(int[] masks) {
        return org.egt4j.random.RandomStreams.stream(
                org.egt4j.random.FixedSeeds.REST_POINT_SETS, masks.length * 31L + Arrays.hashCode(masks));
    }

    /**
     * The affine continuum u = base + Σ w<sub>j</sub> basis<sub>j</sub> within the face, if it meets the
     * face's relative interior.
     *
     * @param game the game (for the description)
     * @param f the face
     * @param base a point of the continuum, in the face's unknowns
     * @param basis its directions (at least one)
     * @return the set, or null when the continuum misses the relative interior
     */
    static RestPointSet affine(Game game, Face f, double[] base, List<double[]> basis) {
        int dim = basis.size();
        List<double[][]> samples = new ArrayList<>();
        if (dim == 1) {
            double lo = Double.NEGATIVE_INFINITY;
            double hi = Double.POSITIVE_INFINITY;
            // every support share is affine in w: s(w) = s0 + s1 w > 0
            double[][] s0 = f.shares(base);
            double[] shifted = base.clone();
            for (int t = 0; t < f.m; t++) {
                shifted[t] += basis.get(0)[t];
            }
            double[][] s1 = f.shares(shifted);
            for (int k = 0; k < f.populations(); k++) {
                for (int i = 0; i < f.sizes[k]; i++) {
                    if (!f.inSupport(k, i)) {
                        continue;
                    }
                    double c0 = s0[k][i];
                    double c1 = s1[k][i] - s0[k][i];
                    if (Math.abs(c1) < 1e-15) {
                        if (c0 <= 0) {
                            return null;
                        }
                    } else if (c1 > 0) {
                        lo = Math.max(lo, -c0 / c1);
                    } else {
                        hi = Math.min(hi, -c0 / c1);
                    }
                }
            }
            if (!(hi - lo > 1e-12)) {
                return null;
            }
            for (double w : new double[] {lo, 0.5 * (lo + hi), hi}) {
                double[] u = base.clone();
                for (int t = 0; t < f.m; t++) {
                    u[t] += w * basis.get(0)[t];
                }
                samples.add(clean(f.shares(u)));
            }
        } else {
            SplittableRandom r = random(f.masks);
            double radius = 2 * Math.sqrt(f.m) + 2;
            for (int attempt = 0; attempt < 20_000 && samples.size() < 5; attempt++) {
                double[] u = base.clone();
                for (int j = 0; j < dim; j++) {
                    double w = (2 * r.nextDouble() - 1) * radius;
                    for (int t = 0; t < f.m; t++) {
                        u[t] += w * basis.get(j)[t];
                    }
                }
                if (f.minSupportShare(u) > 1e-9) {
                    samples.add(f.shares(u));
                }
            }
            if (samples.isEmpty()) {
                return null;
            }
        }
        int[][] support = f.support();
        return new RestPointSet(dim, support, samples);
    }

    /**
     * The set of a face's roots with singular Jacobian, sampled by the first 5 of them.
     *
     * @param game the game (for the description)
     * @param f the face
     * @param roots the roots, in the face's unknowns and in order (at least one)
     * @return the set, of dimension −1 (unknown)
     */
    static RestPointSet singular(Game game, Face f, List<double[]> roots) {
        List<double[][]> samples = new ArrayList<>();
        for (double[] s : roots.subList(0, Math.min(5, roots.size()))) {
            samples.add(f.shares(s));
        }
        int[][] support = f.support();
        return new RestPointSet(RestPointSet.SINGULAR, support, samples);
    }

    /** Sets shares below 1e-15 in magnitude (round-off at an end of a segment) to 0. */
    private static double[][] clean(double[][] s) {
        for (double[] p : s) {
            for (int i = 0; i < p.length; i++) {
                if (Math.abs(p[i]) < 1e-15) {
                    p[i] = 0;
                }
            }
        }
        return s;
    }

    /**
     * Whether a point lies within 1e-9 (max norm) of the closed segment between the end samples of a
     * 1-dimensional set.
     *
     * @param shares the point's shares per population
     * @param sets the continua found
     * @return whether it is on one of them
     */
    static boolean onSegment(double[][] shares, List<RestPointSet> sets) {
        double[] p = flatten(shares);
        for (RestPointSet set : sets) {
            if (set.dimension() != 1) {
                continue;
            }
            double[] a = flatten(set.samples().get(0));
            double[] b = flatten(set.samples().get(set.samples().size() - 1));
            double len2 = 0;
            double dot = 0;
            for (int i = 0; i < a.length; i++) {
                len2 += (b[i] - a[i]) * (b[i] - a[i]);
                dot += (p[i] - a[i]) * (b[i] - a[i]);
            }
            double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, dot / len2));
            double dist = 0;
            for (int i = 0; i < a.length; i++) {
                dist = Math.max(dist, Math.abs(a[i] + t * (b[i] - a[i]) - p[i]));
            }
            if (dist < 1e-9) {
                return true;
            }
        }
        return false;
    }

    private static double[] flatten(double[][] s) {
        int len = 0;
        for (double[] p : s) {
            len += p.length;
        }
        double[] f = new double[len];
        int at = 0;
        for (double[] p : s) {
            System.arraycopy(p, 0, f, at, p.length);
            at += p.length;
        }
        return f;
    }
}
