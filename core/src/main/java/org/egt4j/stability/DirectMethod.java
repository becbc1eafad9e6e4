package org.egt4j.stability;

import java.util.SplittableRandom;
import org.egt4j.expr.PolynomialSystem;
import org.egt4j.game.BoundGame;
import org.egt4j.game.Game;

/**
 * Lyapunov's direct method with the relative entropy (Kullback–Leibler divergence) of a rest point
 * x*, V(x) = Σ<sub>k</sub> Σ<sub>i ∈ supp x*</sub> x*<sub>k,i</sub> ln(x*<sub>k,i</sub>/x<sub>k,i</sub>), the
 * classical Lyapunov function of the replicator dynamics (Hofbauer and Sigmund 1998, §7.2). Along
 * the field, dV/dt = −Σ<sub>k</sub> Σ<sub>i</sub> x*<sub>k,i</sub>(f<sub>k,i</sub>(x) − f̄<sub>k</sub>(x)).
 * Sampled in a full neighbourhood of x* (half the points, within 0.05) and across the face of its
 * support (the other half): dV/dt ≡ 0 means
 * {@code conserved} (a centre with closed orbits, as in matching pennies and standard
 * Rock–Paper–Scissors); dV/dt &lt; 0 everywhere but x* means {@code decreasing} (asymptotically stable);
 * anything else is {@code inconclusive}.
 */
public final class DirectMethod {

    /** Samples per test. */
    public static final int SAMPLES = 400;

    /**
     * The outcome with its evidence.
     *
     * @param verdict conserved, decreasing or inconclusive
     * @param samples how many points were tested
     * @param maxDerivative the largest dV/dt seen
     * @param minDerivative the smallest dV/dt seen
     */
    public record Verdict(Outcome verdict, int samples, double maxDerivative, double minDerivative) {}

    /** What the sampled dV/dt shows. */
    public enum Outcome {
        /** dV/dt ≡ 0 within tolerance: V is a constant of motion (a centre with closed orbits). */
        CONSERVED,
        /** dV/dt &lt; 0 at every sample: x* is asymptotically stable on the sampled region. */
        DECREASING,
        /** Neither, or no sample was usable. */
        INCONCLUSIVE
    }

    private DirectMethod() {}

    /** A Lyapunov candidate V(x) supplied by the user, as a function of the shares per population. */
    @FunctionalInterface
    public interface Candidate {
        /**
         * V at the state with these shares (shares[k][i], not to be modified).
         *
         * @param shares shares[k][i] of strategy i in population k
         * @return V there
         */
        double value(double[][] shares);
    }

    /** dV/dt at a state, given its shares and the expected payoffs of every strategy. */
    private interface Rate {
        double at(double[][] s, double[] f);
    }

    /**
     * Tests the relative entropy of the rest point with these shares.
     *
     * @param bound the game at a parameter point
     * @param star the rest point's shares, star[k][i]
     * @return conserved, decreasing or inconclusive, with the extreme dV/dt seen
     */
    public static Verdict relativeEntropy(BoundGame bound, double[][] star) {
        return test(bound, star, (s, f) -> {
            double dv = 0;
            int at = 0;
            for (int k = 0; k < s.length; k++) {
                double mean = 0;
                for (int i = 0; i < s[k].length; i++) {
                    mean += s[k][i] * f[at + i];
                }
                for (int i = 0; i < s[k].length; i++) {
                    dv -= star[k][i] * (f[at + i] - mean);
                }
                at += s[k].length;
            }
            return dv;
        });
    }

    /**
     * Tests a user's candidate V on the same samples: dV/dt = ∇V·ẋ by a central difference along the
     * replicator direction ẋ<sub>k,i</sub> = x<sub>k,i</sub>(f<sub>k,i</sub> − f̄<sub>k</sub>).
     *
     * @param bound the game at a parameter point
     * @param star the rest point's shares, star[k][i]
     * @param v the candidate, expected to have its minimum at x*
     * @return conserved, decreasing or inconclusive, with the extreme dV/dt seen
     */
    public static Verdict candidate(BoundGame bound, double[][] star, Candidate v) {
        return test(bound, star, (s, f) -> {
            double[][] plus = new double[s.length][];
            double[][] minus = new double[s.length][];
            double speed = 0;
            double[][] dx = new double[s.length][];
            int at = 0;
            for (int k = 0; k < s.length; k++) {
                double mean = 0;
                for (int i = 0; i < s[k].length; i++) {
                    mean += s[k][i] * f[at + i];
                }
                dx[k] = new double[s[k].length];
                for (int i = 0; i < s[k].length; i++) {
                    dx[k][i] = s[k][i] * (f[at + i] - mean);
                    speed = Math.max(speed, Math.abs(dx[k][i]));
                }
                at += s[k].length;
            }
            if (speed == 0) {
                return 0;
            }
            double h = 1e-6 / speed;
            for (int k = 0; k < s.length; k++) {
                plus[k] = new double[s[k].length];
                minus[k] = new double[s[k].length];
                for (int i = 0; i < s[k].length; i++) {
                    plus[k][i] = s[k][i] + h * dx[k][i];
                    minus[k][i] = s[k][i] - h * dx[k][i];
                }
            }
            return (v.value(plus) - v.value(minus)) / (2 * h);
        });
    }

    private static Verdict test(BoundGame bound, double[][] star, Rate rate) {
        Game game = bound.game();
        PolynomialSystem payoffs = bound.expectedPayoffs();
        int pops = star.length;
        double[] f = new double[payoffs.size()];
        double[] x = new double[game.dimension()];
        SplittableRandom r = org.egt4j.random.RandomStreams.stream(org.egt4j.random.FixedSeeds.DIRECT_METHOD, 0);
        double max = Double.NEGATIVE_INFINITY;
        double min = Double.POSITIVE_INFINITY;
        double scale = 0;
        int tested = 0;
        for (int sample = 0; sample < SAMPLES; sample++) {
            boolean near = sample < SAMPLES / 2; // near: a full neighbourhood; far: across the face
            double radius = near ? 0.05 * r.nextDouble() : 1.0;
            double[][] s = new double[pops][];
            double distance = 0;
            for (int k = 0; k < pops; k++) {
                s[k] = new double[star[k].length];
                double sum = 0;
                for (int i = 0; i < s[k].length; i++) {
                    if (near || star[k][i] > 0) {
                        double w = -Math.log(1 - r.nextDouble());
                        s[k][i] = w;
                        sum += w;
                    }
                }
                for (int i = 0; i < s[k].length; i++) {
                    s[k][i] = (1 - radius) * star[k][i] + radius * s[k][i] / sum;
                    distance = Math.max(distance, Math.abs(s[k][i] - star[k][i]));
                }
            }
            if (distance < 1e-9) {
                continue;
            }
            for (int k = 0; k < pops; k++) {
                System.arraycopy(s[k], 0, x, game.offset(k), s[k].length - 1);
            }
            payoffs.evaluate(x, f);
            for (double v : f) {
                scale = Math.max(scale, Math.abs(v));
            }
            double dv = rate.at(s, f);
            max = Math.max(max, dv);
            min = Math.min(min, dv);
            tested++;
        }
        double tol = 1e-9 * Math.max(1, scale);
        Outcome verdict;
        if (tested == 0) {
            verdict = Outcome.INCONCLUSIVE;
        } else if (Math.max(Math.abs(max), Math.abs(min)) <= tol) {
            verdict = Outcome.CONSERVED;
        } else if (max < 0) {
            verdict = Outcome.DECREASING;
        } else {
            verdict = Outcome.INCONCLUSIVE;
        }
        return new Verdict(verdict, tested, tested == 0 ? 0 : max, tested == 0 ? 0 : min);
    }
}
