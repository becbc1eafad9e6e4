package org.egt4j.dynamics;

import java.util.List;
import org.egt4j.game.BoundGame;
import org.egt4j.game.Game;

/**
 * The mean dynamic of a revision protocol (Sandholm 2010, §4.2), population by population:
 *
 * <pre>
 *   ẋ_{k,i} = Σ_j x_{k,j} ρ^k_{ji}(F^k(x), x_k) − x_{k,i} Σ_j ρ^k_{ij}(F^k(x), x_k),
 * </pre>
 *
 * in reduced coordinates (the components of every strategy but the last), with the payoffs from the
 * compiled {@link PayoffField}. It is the expected motion of a large population whose agents revise at
 * rate 1 by the protocol. A protocol supplies rates only, so the Jacobian is taken by central
 * differences (step 6·10<sup>−6</sup>, error of order 10<sup>−10</sup> for smooth rates): dynamics that
 * need speed or exact Jacobians implement their own field; this class is the definition against which
 * they are tested. Allocation-free; single-threaded ({@link #copy()}).
 */
public final class MeanDynamic implements VectorField {

    /** Central-difference step for the Jacobian, about the cube root of the double precision. */
    static final double STEP = 6e-6;

    private final List<RevisionProtocol> protocols;
    private final PayoffField payoffs;
    private final int[] offsets;
    private final int[] sizes;
    private final int n;
    private final double[] f;
    private final double[][] pi;
    private final double[][] shares;
    private final double[][] rates;
    private final double[] plus;
    private final double[] minus;
    private final double[] shifted;
    private final StateSpace space;

    private MeanDynamic(List<RevisionProtocol> protocols, PayoffField payoffs, int[] offsets, int[] sizes) {
        this.protocols = protocols;
        this.payoffs = payoffs;
        this.offsets = offsets;
        this.sizes = sizes;
        this.n = offsets[offsets.length - 1];
        this.f = new double[payoffs.size()];
        this.pi = new double[sizes.length][];
        this.shares = new double[sizes.length][];
        this.rates = new double[sizes.length][];
        for (int k = 0; k < sizes.length; k++) {
            pi[k] = new double[sizes[k]];
            shares[k] = new double[sizes[k]];
            rates[k] = new double[sizes[k] * sizes[k]];
        }
        this.plus = new double[n];
        this.minus = new double[n];
        this.shifted = new double[n];
        this.space = StateSpace.simplices(offsets);
    }

    /**
     * The mean dynamic of one protocol used by every population.
     *
     * @param bound the game at a parameter point
     * @param protocol the revision protocol
     * @return the field in reduced coordinates
     */
    public static MeanDynamic of(BoundGame bound, RevisionProtocol protocol) {
        return of(
                bound, java.util.Collections.nCopies(bound.game().populations().size(), protocol));
    }

    /**
     * The mean dynamic with a protocol per population.
     *
     * @param bound the game at a parameter point
     * @param protocols one protocol per population, in population order
     * @return the field in reduced coordinates
     */
    public static MeanDynamic of(BoundGame bound, List<RevisionProtocol> protocols) {
        Game game = bound.game();
        int pops = game.populations().size();
        if (protocols.size() != pops) {
            throw new IllegalArgumentException(protocols.size() + " protocols for " + pops + " populations");
        }
        int[] offsets = game.offsets();
        int[] sizes = game.sizes();
        return new MeanDynamic(List.copyOf(protocols), PayoffField.of(bound), offsets, sizes);
    }

    @Override
    public int dimension() {
        return n;
    }

    @Override
    public void derivative(double[] x, double[] out) {
        payoffs.payoffs(x, f);
        for (int k = 0; k < sizes.length; k++) {
            int m = sizes[k];
            double last = 1;
            for (int i = 0; i < m - 1; i++) {
                shares[k][i] = x[offsets[k] + i];
                last -= shares[k][i];
            }
            shares[k][m - 1] = last;
            System.arraycopy(f, payoffs.start(k), pi[k], 0, m);
            protocols.get(k).rates(pi[k], shares[k], rates[k]);
            for (int i = 0; i < m - 1; i++) {
                double in = 0;
                double outflow = 0;
                for (int j = 0; j < m; j++) {
                    if (j != i) {
                        in += shares[k][j] * rates[k][j * m + i];
                        outflow += rates[k][i * m + j];
                    }
                }
                out[offsets[k] + i] = in - shares[k][i] * outflow;
            }
        }
    }

    @Override
    public void jacobian(double[] x, double[] out) {
        System.arraycopy(x, 0, shifted, 0, n);
        for (int j = 0; j < n; j++) {
            shifted[j] = x[j] + STEP;
            derivative(shifted, plus);
            shifted[j] = x[j] - STEP;
            derivative(shifted, minus);
            shifted[j] = x[j];
            for (int i = 0; i < n; i++) {
                out[i * n + j] = (plus[i] - minus[i]) / (2 * STEP);
            }
        }
    }

    @Override
    public StateSpace stateSpace() {
        return space;
    }

    @Override
    public MeanDynamic copy() {
        return new MeanDynamic(protocols, payoffs.copy(), offsets, sizes);
    }
}
