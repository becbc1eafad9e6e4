package org.egt4j.sde;

import org.egt4j.dynamics.PayoffField;
import org.egt4j.game.BoundGame;
import org.egt4j.game.Game;

/**
 * The replicator equation of a bound game under noise, an Itô SDE in reduced coordinates (the shares
 * of every strategy but the last of every population): drift the replicator's x<sub>i</sub>(F<sub>i</sub>
 * − x·F) from the compiled {@link PayoffField} (plus, for payoff shocks, the Itô correction), and the
 * diffusion of the {@link NoiseKind}. Populations are driven by independent Brownian motions: one per
 * population for multiplicative and logistic noise, one per strategy for payoff shocks, one per pair
 * i &lt; j of strategies (in lexicographic order) for finite-size noise.
 *
 * <p>{@link #step} advances one state by one fixed step of a {@link Scheme} given the Brownian
 * increments; it allocates nothing (scratch arrays live in the instance: one instance per thread, see
 * {@link #copy()}). A step that leaves the state space is clipped: for two-strategy populations the
 * share is set to 0 or 1, for payoff shocks negative shares are set to 0 and the population's shares
 * renormalised; {@link #step} reports it so that ensembles count the paths that touched a boundary.
 *
 * <p>Milstein terms (L<sup>j</sup>b<sub>l</sub> = Σ<sub>k</sub> b<sub>k,j</sub>∂<sub>k</sub>b<sub>l</sub>):
 * multiplicative b = σx, b b′ = σ²x; logistic b = σx(1 − x), b b′ = σ²x(1 − x)(1 − 2x); payoff shocks,
 * with b<sub>i,l</sub> = x<sub>i</sub>(σ<sub>i</sub>δ<sub>il</sub> − σ<sub>l</sub>x<sub>l</sub>) on all
 * n shares of the population, L<sup>j</sup>b<sub>i,l</sub> = b<sub>i,j</sub>(σ<sub>i</sub>δ<sub>il</sub> −
 * σ<sub>l</sub>x<sub>l</sub>) − x<sub>i</sub>σ<sub>l</sub>b<sub>l,j</sub> (the reduced coordinates give
 * the same terms because Σ<sub>i</sub> b<sub>i,l</sub> = 0 on the simplex). Finite-size noise has no
 * Milstein step: its diffusion √(x<sub>i</sub>x<sub>j</sub>|F<sub>i</sub> − F<sub>j</sub>|/N) is not
 * differentiable where payoffs tie nor at the boundary, and depends on the other populations' states
 * (not commutative), so only Euler–Maruyama is offered ({@link #supports(Scheme)}).
 */
public final class ReplicatorSde {

    private final NoiseKind kind;
    private final PayoffField payoffs;
    private final double[] sigma;
    private final double[] inverseSize;
    private final int[] sizes;
    private final int[] reducedStart;
    private final int[] payoffStart;
    private final int[] brownianStart;
    private final int dimension;
    private final int brownian;
    // scratch
    private final double[] f;
    private final double[] z;
    private final double[] bw;

    private ReplicatorSde(
            NoiseKind kind,
            PayoffField payoffs,
            double[] sigma,
            double[] inverseSize,
            int[] sizes,
            int[] reducedStart,
            int[] payoffStart,
            int[] brownianStart) {
        this.kind = kind;
        this.payoffs = payoffs;
        this.sigma = sigma;
        this.inverseSize = inverseSize;
        this.sizes = sizes;
        this.reducedStart = reducedStart;
        this.payoffStart = payoffStart;
        this.brownianStart = brownianStart;
        this.dimension = reducedStart[sizes.length];
        this.brownian = brownianStart[sizes.length];
        this.f = new double[payoffs.size()];
        this.z = new double[payoffs.size()];
        this.bw = new double[payoffs.size()];
    }

    /**
     * The SDE of a bound game under a noise.
     *
     * @param bound the game at a parameter point
     * @param noise the noise; checked against the game ({@link Noise#strategySigmas(Game)})
     * @return the SDE
     * @throws org.egt4j.ModelException when the noise does not fit the game
     */
    public static ReplicatorSde of(BoundGame bound, Noise noise) {
        Game game = bound.game();
        double[] sigma = noise.strategySigmas(game);
        int pops = game.populations().size();
        int[] sizes = new int[pops];
        int[] reduced = new int[pops + 1];
        int[] pay = new int[pops + 1];
        int[] w = new int[pops + 1];
        PayoffField field = PayoffField.of(bound);
        for (int k = 0; k < pops; k++) {
            sizes[k] = game.populations().get(k).size();
            reduced[k] = game.offset(k);
            pay[k] = field.start(k);
            w[k + 1] = w[k]
                    + switch (noise.kind()) {
                        case PAYOFF -> sizes[k];
                        case FINITE_SIZE -> sizes[k] * (sizes[k] - 1) / 2;
                        default -> 1;
                    };
        }
        reduced[pops] = game.dimension();
        pay[pops] = field.size();
        double[] n = noise.populationSizes(game);
        double[] inverse = new double[pops];
        for (int k = 0; k < n.length; k++) {
            inverse[k] = 1 / n[k];
        }
        return new ReplicatorSde(noise.kind(), field, sigma, inverse, sizes, reduced, pay, w);
    }

    /** {@return an independent instance for another thread (same game, same noise)} */
    public ReplicatorSde copy() {
        return new ReplicatorSde(
                kind, payoffs.copy(), sigma, inverseSize, sizes, reducedStart, payoffStart, brownianStart);
    }

    /**
     * Whether a scheme can step this SDE: both can, except Milstein under finite-size noise.
     *
     * @param scheme the scheme
     * @return whether {@link #step} accepts it
     */
    public boolean supports(Scheme scheme) {
        return !(kind == NoiseKind.FINITE_SIZE && scheme == Scheme.MILSTEIN);
    }

    /**
     * The population size N of a population under finite-size noise.
     *
     * @param population the population index
     * @return N, or infinity for the other kinds (no finite-size noise)
     */
    public double populationSize(int population) {
        return kind == NoiseKind.FINITE_SIZE ? 1 / inverseSize[population] : Double.POSITIVE_INFINITY;
    }

    /** {@return the kind of noise} */
    public NoiseKind kind() {
        return kind;
    }

    /** {@return the state dimension n (reduced coordinates)} */
    public int dimension() {
        return dimension;
    }

    /** {@return the number m of independent Brownian motions driving the SDE} */
    public int brownianDimension() {
        return brownian;
    }

    /** {@return the number of populations} */
    public int populations() {
        return sizes.length;
    }

    /**
     * The Itô drift a(x).
     *
     * @param x the state in reduced coordinates; not modified
     * @param out receives a(x), length {@link #dimension()}
     */
    public void drift(double[] x, double[] out) {
        prepare(x);
        for (int k = 0; k < sizes.length; k++) {
            int p = payoffStart[k];
            int n = sizes[k];
            double mean = 0;
            double s2 = 0;
            for (int i = 0; i < n; i++) {
                mean += z[p + i] * f[p + i];
                double c = sigma[p + i] * z[p + i];
                s2 += c * c;
            }
            for (int i = 0; i < n - 1; i++) {
                double zi = z[p + i];
                double a = zi * (f[p + i] - mean);
                if (kind == NoiseKind.PAYOFF) {
                    double si = sigma[p + i];
                    a -= zi * (si * si * zi - s2);
                }
                out[reducedStart[k] + i] = a;
            }
        }
    }

    /**
     * The diffusion matrix b(x): column j is the coefficient of dW<sub>j</sub>.
     *
     * @param x the state in reduced coordinates; not modified
     * @param out receives b<sub>c,j</sub> at c·m + j (m = {@link #brownianDimension()}), length n·m
     */
    public void diffusion(double[] x, double[] out) {
        prepare(x);
        java.util.Arrays.fill(out, 0, dimension * brownian, 0.0);
        for (int k = 0; k < sizes.length; k++) {
            int p = payoffStart[k];
            int r = reducedStart[k];
            int w = brownianStart[k];
            int n = sizes[k];
            if (kind == NoiseKind.MULTIPLICATIVE) {
                out[r * brownian + w] = sigma[p] * z[p];
            } else if (kind == NoiseKind.LOGISTIC) {
                out[r * brownian + w] = sigma[p] * z[p] * (1 - z[p]);
            } else if (kind == NoiseKind.FINITE_SIZE) {
                int column = w;
                for (int i = 0; i < n; i++) {
                    for (int j = i + 1; j < n; j++) {
                        double g = pairDiffusion(p, i, j, inverseSize[k]);
                        if (i < n - 1) {
                            out[(r + i) * brownian + column] = g;
                        }
                        if (j < n - 1) {
                            out[(r + j) * brownian + column] = -g;
                        }
                        column++;
                    }
                }
            } else {
                for (int i = 0; i < n - 1; i++) {
                    for (int l = 0; l < n; l++) {
                        double b = -z[p + i] * sigma[p + l] * z[p + l];
                        if (l == i) {
                            b += z[p + i] * sigma[p + i];
                        }
                        out[(r + i) * brownian + w + l] = b;
                    }
                }
            }
        }
    }

    /**
     * The intensity σ of one strategy.
     *
     * @param population the population index
     * @param strategy the strategy index within it
     * @return its σ (for multiplicative and logistic noise the population's σ)
     */
    public double sigma(int population, int strategy) {
        return sigma[payoffStart[population] + strategy];
    }

    /** √(z_i z_j |f_i − f_j| / N): the coefficient of dW_ij on share i (and its negative on share j). */
    private double pairDiffusion(int p, int i, int j, double inverse) {
        double v = z[p + i] * z[p + j] * Math.abs(f[p + i] - f[p + j]) * inverse;
        return v > 0 ? Math.sqrt(v) : 0;
    }

    /** Writes the full shares into z and the payoffs into f. */
    private void prepare(double[] x) {
        payoffs.payoffs(x, f);
        for (int k = 0; k < sizes.length; k++) {
            int p = payoffStart[k];
            int r = reducedStart[k];
            int n = sizes[k];
            double last = 1;
            for (int i = 0; i < n - 1; i++) {
                z[p + i] = x[r + i];
                last -= x[r + i];
            }
            z[p + n - 1] = last;
        }
    }

    /**
     * Advances x by one step.
     *
     * @param scheme Euler–Maruyama or Milstein
     * @param x the state in reduced coordinates, replaced by the next state
     * @param h the step, positive
     * @param dW the Brownian increments over the step, N(0, h) each, length {@link #brownianDimension()}
     *     (population k's first at the sum of the earlier populations' counts)
     * @return whether the step left the state space and was clipped back to its boundary
     * @throws IllegalArgumentException for a scheme this SDE does not {@link #supports(Scheme) support}
     */
    public boolean step(Scheme scheme, double[] x, double h, double[] dW) {
        boolean milstein = scheme == Scheme.MILSTEIN;
        if (kind == NoiseKind.FINITE_SIZE) {
            if (milstein) {
                throw new IllegalArgumentException("no Milstein step for finite-size noise");
            }
            return finiteSizeStep(x, h, dW);
        }
        if (kind != NoiseKind.PAYOFF) {
            return twoStrategyStep(milstein, x, h, dW);
        }
        prepare(x);
        boolean clipped = false;
        for (int k = 0; k < sizes.length; k++) {
            int p = payoffStart[k];
            double mean = 0;
            for (int i = 0; i < sizes[k]; i++) {
                mean += z[p + i] * f[p + i];
            }
            clipped |= payoffStep(milstein, x, h, dW, k, mean);
        }
        return clipped;
    }

    /**
     * Multiplicative and logistic noise: every population has two strategies, reduced coordinate r = k,
     * drift x(1 − x)(F<sub>1</sub> − F<sub>2</sub>).
     */
    private boolean twoStrategyStep(boolean milstein, double[] x, double h, double[] dW) {
        payoffs.payoffs(x, f);
        boolean clipped = false;
        boolean multiplicative = kind == NoiseKind.MULTIPLICATIVE;
        for (int k = 0; k < sizes.length; k++) {
            int p = payoffStart[k];
            double s = sigma[p];
            double xi = x[k];
            double q = xi * (1 - xi);
            double a = q * (f[p] - f[p + 1]);
            double w = dW[k];
            double b = multiplicative ? s * xi : s * q;
            double next = xi + a * h + b * w;
            if (milstein) {
                next += 0.5 * s * (multiplicative ? b : b * (1 - 2 * xi)) * (w * w - h);
            }
            if (next < 0) {
                next = 0;
                clipped = true;
            } else if (next > 1) {
                next = 1;
                clipped = true;
            }
            x[k] = next; // F was computed from the whole state before the loop
        }
        return clipped;
    }

    /**
     * Euler–Maruyama under finite-size noise, population by population: the increments of all n shares
     * (drift plus ±√(x_i x_j |F_i − F_j|/N) dW_ij per pair) in bw, then the reduced shares, clipped like
     * payoff shocks (negative shares to 0, the population renormalised when the last share would be
     * negative).
     */
    private boolean finiteSizeStep(double[] x, double h, double[] dW) {
        prepare(x);
        boolean clipped = false;
        for (int k = 0; k < sizes.length; k++) {
            int p = payoffStart[k];
            int r = reducedStart[k];
            int n = sizes[k];
            double mean = 0;
            for (int i = 0; i < n; i++) {
                mean += z[p + i] * f[p + i];
            }
            for (int i = 0; i < n; i++) {
                bw[p + i] = z[p + i] * (f[p + i] - mean) * h;
            }
            int column = brownianStart[k];
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    double g = pairDiffusion(p, i, j, inverseSize[k]) * dW[column++];
                    bw[p + i] += g;
                    bw[p + j] -= g;
                }
            }
            double total = 0;
            for (int i = 0; i < n - 1; i++) {
                double next = z[p + i] + bw[p + i];
                if (next < 0) {
                    next = 0;
                    clipped = true;
                }
                x[r + i] = next;
                total += next;
            }
            if (total > 1) {
                for (int i = 0; i < n - 1; i++) {
                    x[r + i] /= total;
                }
                clipped = true;
            }
        }
        return clipped;
    }

    private boolean payoffStep(boolean milstein, double[] x, double h, double[] dW, int k, double mean) {
        int p = payoffStart[k];
        int r = reducedStart[k];
        int n = sizes[k];
        int w0 = brownianStart[k];
        // S = Σ c_l dW_l with c_l = σ_l z_l; s2 = Σ c_l²
        double sum = 0;
        double s2 = 0;
        for (int l = 0; l < n; l++) {
            double c = sigma[p + l] * z[p + l];
            sum += c * dW[w0 + l];
            s2 += c * c;
        }
        // B_l = Σ_j b_lj dW_j = z_l(σ_l dW_l − S)
        for (int l = 0; l < n; l++) {
            bw[p + l] = z[p + l] * (sigma[p + l] * dW[w0 + l] - sum);
        }
        // term2 common part: Σ_l σ_l (B_l dW_l − b_ll h), b_ll = z_l(σ_l − c_l)
        double common = 0;
        if (milstein) {
            for (int l = 0; l < n; l++) {
                double sl = sigma[p + l];
                double bll = z[p + l] * (sl - sl * z[p + l]);
                common += sl * (bw[p + l] * dW[w0 + l] - bll * h);
            }
        }
        double total = 0;
        boolean clipped = false;
        for (int i = 0; i < n - 1; i++) {
            double zi = z[p + i];
            double si = sigma[p + i];
            double a = zi * ((f[p + i] - mean) - (si * si * zi - s2));
            double next = zi + a * h + bw[p + i];
            if (milstein) {
                double bii = zi * (si - si * zi);
                double term1 =
                        si * dW[w0 + i] * bw[p + i] - si * bii * h - sum * bw[p + i] + h * zi * (si * si * zi - s2);
                next += 0.5 * (term1 - zi * common);
            }
            if (next < 0) {
                next = 0;
                clipped = true;
            }
            x[r + i] = next;
            total += next;
        }
        if (total > 1) {
            for (int i = 0; i < n - 1; i++) {
                x[r + i] /= total;
            }
            clipped = true;
        }
        return clipped;
    }

    /**
     * The pure profile a state is at.
     *
     * @param x a state in reduced coordinates
     * @param tolerance how far from 1 every population's largest share may be
     * @return the strategy index of every population, or null when some population is not within the
     *     tolerance of a vertex
     */
    public int[] pureProfile(double[] x, double tolerance) {
        int[] profile = new int[sizes.length];
        for (int k = 0; k < sizes.length; k++) {
            int r = reducedStart[k];
            int n = sizes[k];
            double last = 1;
            int best = n - 1;
            double bestShare = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < n - 1; i++) {
                last -= x[r + i];
                if (x[r + i] > bestShare) {
                    bestShare = x[r + i];
                    best = i;
                }
            }
            if (last > bestShare) {
                bestShare = last;
                best = n - 1;
            }
            if (bestShare < 1 - tolerance) {
                return null;
            }
            profile[k] = best;
        }
        return profile;
    }

    /**
     * The vertex of a pure profile.
     *
     * @param profile the strategy index of every population
     * @return the state in reduced coordinates: 1 at each chosen strategy but a last one, 0 elsewhere
     */
    public double[] vertex(int[] profile) {
        double[] v = new double[dimension];
        for (int k = 0; k < sizes.length; k++) {
            if (profile[k] < sizes[k] - 1) {
                v[reducedStart[k] + profile[k]] = 1;
            }
        }
        return v;
    }
}
