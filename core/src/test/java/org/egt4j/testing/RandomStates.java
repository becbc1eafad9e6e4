package org.egt4j.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.egt4j.game.Game;
import org.egt4j.game.Population;

/**
 * Seeded states on the product of simplices, as full share vectors per population: interior points,
 * vertices, and points on edges (two strategies in use per population). Property tests always include
 * a vertex and an edge point besides interior ones.
 */
public final class RandomStates {

    private RandomStates() {}

    /** A uniformly random interior point of each simplex (normalized exponentials). */
    public static double[][] interior(Game g, SplittableRandom r) {
        double[][] s = new double[g.populations().size()][];
        for (int k = 0; k < s.length; k++) {
            int n = g.populations().get(k).size();
            s[k] = new double[n];
            double sum = 0;
            for (int i = 0; i < n; i++) {
                s[k][i] = -Math.log(1 - r.nextDouble());
                sum += s[k][i];
            }
            for (int i = 0; i < n; i++) {
                s[k][i] /= sum;
            }
        }
        return s;
    }

    /** A random pure profile. */
    public static double[][] vertex(Game g, SplittableRandom r) {
        double[][] s = new double[g.populations().size()][];
        for (int k = 0; k < s.length; k++) {
            s[k] = new double[g.populations().get(k).size()];
            s[k][r.nextInt(s[k].length)] = 1;
        }
        return s;
    }

    /** A point where each population mixes two random strategies. */
    public static double[][] edge(Game g, SplittableRandom r) {
        double[][] s = new double[g.populations().size()][];
        for (int k = 0; k < s.length; k++) {
            int n = g.populations().get(k).size();
            s[k] = new double[n];
            int i = r.nextInt(n);
            int j = (i + 1 + r.nextInt(n - 1)) % n;
            double t = r.nextDouble();
            s[k][i] = t;
            s[k][j] = 1 - t;
        }
        return s;
    }

    /** Every pure profile of the game. */
    public static List<double[][]> allVertices(Game g) {
        List<double[][]> all = new ArrayList<>();
        int[] idx = new int[g.populations().size()];
        while (true) {
            double[][] s = new double[idx.length][];
            for (int k = 0; k < idx.length; k++) {
                s[k] = new double[g.populations().get(k).size()];
                s[k][idx[k]] = 1;
            }
            all.add(s);
            int k = idx.length - 1;
            while (k >= 0 && ++idx[k] == g.populations().get(k).size()) {
                idx[k--] = 0;
            }
            if (k < 0) {
                return all;
            }
        }
    }

    /** Reduced coordinates of a state. */
    public static double[] reduced(Game g, double[][] s) {
        double[] x = new double[g.dimension()];
        for (int k = 0; k < s.length; k++) {
            System.arraycopy(s[k], 0, x, g.offset(k), s[k].length - 1);
        }
        return x;
    }

    /** Full coordinates of a state, concatenated in population order. */
    public static double[] full(Game g, double[][] s) {
        int n = 0;
        for (Population p : g.populations()) {
            n += p.size();
        }
        double[] x = new double[n];
        int at = 0;
        for (double[] p : s) {
            System.arraycopy(p, 0, x, at, p.length);
            at += p.length;
        }
        return x;
    }
}
