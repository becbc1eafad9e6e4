package org.egt4j.finite;

import java.util.ArrayList;
import java.util.List;
import org.egt4j.ModelException;
import org.egt4j.expr.Monomial;
import org.egt4j.expr.Polynomial;
import org.egt4j.expr.Symbol;
import org.egt4j.game.BoundGame;
import org.egt4j.game.NormalForm;
import org.egt4j.game.Population;
import org.hipparchus.fraction.BigFraction;

/**
 * One population of N players playing a symmetric matrix game A under a {@link FiniteProcess}; immutable.
 *
 * <p>Payoffs exclude self-interaction: a player of strategy i in the state n = (n<sub>1</sub>, ...,
 * n<sub>s</sub>), Σ n<sub>k</sub> = N, meets each of the N − 1 others once and earns f<sub>i</sub>(n) =
 * (Σ<sub>k</sub> A<sub>ik</sub> n<sub>k</sub> − A<sub>ii</sub>)/(N − 1) (Nowak, Sasaki, Taylor and
 * Fudenberg, "Emergence of cooperation and evolutionary stability in finite populations", Nature 428,
 * 2004). For a pair of a mutant a (k players) and a resident b (N − k players): f<sub>a</sub>(k) =
 * (A<sub>aa</sub>(k − 1) + A<sub>ab</sub>(N − k))/(N − 1) and f<sub>b</sub>(k) = (A<sub>ba</sub> k +
 * A<sub>bb</sub>(N − k − 1))/(N − 1). The transition probabilities of the pair, T<sup>±</sup>(k), are those
 * of {@link FiniteProcess} without mutation, which is what fixation and the small-mutation limit need.
 *
 * <p>Everything a fixation needs is a sum over k of logarithms, so {@link #fixation(int, int)} takes O(N)
 * time and no allocation, whatever N.
 */
public final class FinitePopulation {

    /**
     * Exact fixation probabilities whose numerator or denominator have more digits than this are not
     * reported ({@link Fixation#exact()} is {@code null}).
     */
    public static final int EXACT_DIGITS = 60;

    /** The running exact sum is abandoned when it exceeds this many digits (the work budget). */
    static final int EXACT_WORK_DIGITS = 600;

    private final Population population;
    private final FiniteProcess process;
    private final int size;
    private final double intensity;
    private final int n;
    private final double[][] a;
    /** The exact matrix when the entries are free of atoms, else null. */
    private final BigFraction[][] exactA;

    private final FiniteBudget budget;

    private FinitePopulation(
            Population population,
            FiniteProcess process,
            int size,
            double intensity,
            double[][] a,
            BigFraction[][] exactA,
            FiniteBudget budget) {
        this.budget = budget;
        this.population = population;
        this.process = process;
        this.size = size;
        this.intensity = intensity;
        this.n = a.length;
        this.a = a;
        this.exactA = exactA;
    }

    /**
     * A finite population of a game with one population, at the game's bound parameter values.
     *
     * @param game a bound game with one population whose normal form exists ({@link NormalForm#require})
     * @param process the update rule
     * @param size N ≥ 2, the number of players
     * @param intensity β ≥ 0 for the pairwise comparison, w ∈ [0, 1] for Moran
     * @return the population
     * @throws ModelException for N &lt; 2, an intensity out of range, a game with several populations or
     *     without a normal form, or Moran fitness 1 − w + w·f that is not positive at some state
     */
    public static FinitePopulation of(BoundGame game, FiniteProcess process, int size, double intensity) {
        return of(game, process, size, intensity, FiniteBudget.DEFAULT);
    }

    /**
     * A finite population of a game with one population within a budget (players, chain states).
     *
     * @param game a bound game with one population whose normal form exists
     * @param process the update rule
     * @param size N ≥ 2, the number of players
     * @param intensity β ≥ 0 for the pairwise comparison, w ∈ [0, 1] for Moran
     * @param budget the budgets its size and its chains are checked against
     * @return the population
     * @throws ModelException as {@link #of(BoundGame, FiniteProcess, int, double)}, and for N over the
     *     budget
     */
    public static FinitePopulation of(
            BoundGame game, FiniteProcess process, int size, double intensity, FiniteBudget budget) {
        budget.checkSize(size, game.game().populations().get(0).name());
        process.checkIntensity(intensity);
        if (game.game().populations().size() != 1) {
            throw new ModelException(
                    "'" + game.game().name() + "' has "
                            + game.game().populations().size()
                            + " populations; a finite population of one game needs one",
                    "write the game as a `matrix:` of one population");
        }
        NormalForm nf = NormalForm.require(game.game(), "the " + process.id() + " process");
        Population pop = nf.populations().get(0);
        int s = pop.size();
        Polynomial[][] entries = new Polynomial[s][s];
        for (int i = 0; i < s; i++) {
            for (int j = 0; j < s; j++) {
                entries[i][j] = nf.kind() == NormalForm.Kind.MATRIX ? nf.matrix(i, j) : nf.payoff(0, new int[] {i});
            }
        }
        double[][] a = new double[s][s];
        boolean rational = true;
        for (int i = 0; i < s; i++) {
            for (int j = 0; j < s; j++) {
                a[i][j] = game.evaluate(entries[i][j]);
                if (!Double.isFinite(a[i][j])) {
                    throw new ModelException(
                            "the payoff of " + pop.strategies().get(i) + " against "
                                    + pop.strategies().get(j) + " is " + a[i][j],
                            "check the parameter values");
                }
                rational &= atomFree(entries[i][j]);
            }
        }
        BigFraction[][] exact = null;
        if (rational) {
            exact = new BigFraction[s][s];
            for (int i = 0; i < s; i++) {
                for (int j = 0; j < s; j++) {
                    exact[i][j] = entries[i][j].evaluateExact(game::exactValueOf);
                }
            }
        }
        FinitePopulation p = new FinitePopulation(pop, process, size, intensity, a, exact, budget);
        p.checkFitness();
        return p;
    }

    /**
     * A finite population of the matrix game A, for tests and the Java API.
     *
     * @param population the population (its strategies name the rows of A)
     * @param matrix A, s × s with s the number of strategies; copied
     * @param process the update rule
     * @param size N ≥ 2
     * @param intensity β ≥ 0 or w ∈ [0, 1]
     * @return the population; exact fixation uses the shortest decimals of the entries
     * @throws ModelException as {@link #of(BoundGame, FiniteProcess, int, double)}
     */
    public static FinitePopulation ofMatrix(
            Population population, double[][] matrix, FiniteProcess process, int size, double intensity) {
        FiniteBudget.DEFAULT.checkSize(size, population.name());
        process.checkIntensity(intensity);
        int s = population.size();
        if (matrix.length != s) {
            throw new IllegalArgumentException("a " + s + "-strategy population needs " + s + " rows");
        }
        double[][] a = new double[s][];
        BigFraction[][] exact = new BigFraction[s][s];
        for (int i = 0; i < s; i++) {
            if (matrix[i].length != s) {
                throw new IllegalArgumentException("row " + i + " has " + matrix[i].length + " entries");
            }
            a[i] = matrix[i].clone();
            for (int j = 0; j < s; j++) {
                exact[i][j] = BoundGame.exact(a[i][j]);
            }
        }
        FinitePopulation p = new FinitePopulation(population, process, size, intensity, a, exact, FiniteBudget.DEFAULT);
        p.checkFitness();
        return p;
    }

    /** A population with given (already checked) double and exact payoffs; exact may be null. */
    static FinitePopulation pair(
            Population population,
            double[][] a,
            BigFraction[][] exact,
            FiniteProcess process,
            int size,
            double intensity) {
        FinitePopulation p = new FinitePopulation(population, process, size, intensity, a, exact, FiniteBudget.DEFAULT);
        p.checkFitness();
        return p;
    }

    /**
     * The largest population size: fixation sums, sweeps and absorption are linear in N, and past a
     * million players the replicator dynamics (the N → ∞ limit) answers the same question.
     */
    public static final int MAX_SIZE = 1_000_000;

    static void checkSize(int size, String population) {
        FiniteBudget.DEFAULT.checkSize(size, population);
    }

    /**
     * Checks a population size.
     *
     * @param size N
     * @param population the population's name, for the message
     * @throws ModelException when N &lt; 2 or N &gt; {@link #MAX_SIZE}
     */
    public static void checkSizeOf(int size, String population) {
        checkSize(size, population);
    }

    static boolean atomFree(Polynomial p) {
        for (Monomial m : p.terms().keySet()) {
            for (int f = 0; f < m.size(); f++) {
                if (m.symbol(f).kind() == Symbol.Kind.ATOM) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Moran fitness must be positive: its minimum over states is 1 − w + w·min A (a row's entries are reached). */
    private void checkFitness() {
        if (process != FiniteProcess.MORAN) {
            return;
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double phi = 1 - intensity + intensity * a[i][j];
                if (!(phi > 0)) {
                    throw new ModelException(
                            "the Moran fitness 1 - w + w*f of "
                                    + population.strategies().get(i) + " against "
                                    + population.strategies().get(j) + " is " + phi + " (w = " + intensity
                                    + ", payoff " + a[i][j] + "), not positive",
                            "lower w, or add a constant to the payoffs so that 1 - w + w*f > 0 everywhere");
                }
            }
        }
    }

    /** {@return the budgets this population's size and chains are checked against} */
    public FiniteBudget budget() {
        return budget;
    }

    /** {@return the population} */
    public Population population() {
        return population;
    }

    /** {@return the update rule} */
    public FiniteProcess process() {
        return process;
    }

    /** {@return N, the number of players} */
    public int size() {
        return size;
    }

    /** {@return β (pairwise comparison) or w (Moran)} */
    public double intensity() {
        return intensity;
    }

    /** {@return the number of strategies} */
    public int strategies() {
        return n;
    }

    /** {@return whether exact fixation probabilities are available: Moran with rational payoffs, or neutral drift} */
    public boolean isRational() {
        return intensity == 0 || (process == FiniteProcess.MORAN && exactA != null);
    }

    /**
     * The payoff of a player of strategy i without self-interaction, f<sub>i</sub>(n) = (Σ<sub>k</sub>
     * A<sub>ik</sub> n<sub>k</sub> − A<sub>ii</sub>)/(N − 1).
     *
     * @param i the strategy (n<sub>i</sub> ≥ 1 for the value to be a player's payoff)
     * @param counts n, one count per strategy, summing to N
     * @return f<sub>i</sub>(n)
     */
    public double payoff(int i, int[] counts) {
        if (counts.length != n) {
            throw new IllegalArgumentException("counts of " + n + " strategies expected, not " + counts.length);
        }
        double sum = -a[i][i];
        for (int k = 0; k < n; k++) {
            sum += a[i][k] * counts[k];
        }
        return sum / (size - 1);
    }

    private double fMutant(int m, int r, int k) {
        return (a[m][m] * (k - 1) + a[m][r] * (size - k)) / (size - 1);
    }

    private double fResident(int m, int r, int k) {
        return (a[r][m] * k + a[r][r] * (size - k - 1)) / (size - 1);
    }

    private double fitness(double f) {
        return 1 - intensity + intensity * f;
    }

    /**
     * T<sup>+</sup>(k), the probability that one step turns a resident into a mutant (formulas in {@link
     * FiniteProcess}), without mutation.
     *
     * @param mutant the mutant strategy a
     * @param resident the resident strategy b ≠ a
     * @param k the number of mutants, 0 ≤ k ≤ N
     * @return T<sup>+</sup>(k), 0 at k = 0 and k = N
     */
    public double tPlus(int mutant, int resident, int k) {
        if (k <= 0 || k >= size) {
            return 0;
        }
        return Math.exp(logTPlus(mutant, resident, k));
    }

    /**
     * T<sup>−</sup>(k), the probability that one step turns a mutant into a resident, without mutation.
     *
     * @param mutant the mutant strategy a
     * @param resident the resident strategy b ≠ a
     * @param k the number of mutants, 0 ≤ k ≤ N
     * @return T<sup>−</sup>(k), 0 at k = 0 and k = N
     */
    public double tMinus(int mutant, int resident, int k) {
        if (k <= 0 || k >= size) {
            return 0;
        }
        return Math.exp(logTPlus(mutant, resident, k) + logGamma(mutant, resident, k));
    }

    /** ln γ<sub>k</sub> = ln T<sup>−</sup>(k)/T<sup>+</sup>(k), for 1 ≤ k ≤ N − 1. */
    double logGamma(int m, int r, int k) {
        double fa = fMutant(m, r, k);
        double fb = fResident(m, r, k);
        return process == FiniteProcess.PAIRWISE_COMPARISON
                ? -intensity * (fa - fb)
                : Math.log(fitness(fb)) - Math.log(fitness(fa));
    }

    /** ln T<sup>+</sup>(k), for 1 ≤ k ≤ N − 1. */
    double logTPlus(int m, int r, int k) {
        double fa = fMutant(m, r, k);
        double fb = fResident(m, r, k);
        if (process == FiniteProcess.PAIRWISE_COMPARISON) {
            return Math.log((double) k * (size - k) / ((double) size * (size - 1)))
                    - LogMath.softplus(-intensity * (fa - fb));
        }
        double pa = k * fitness(fa);
        double pb = (size - k) * fitness(fb);
        return Math.log(pa / (pa + pb)) + Math.log((double) (size - k) / size);
    }

    /**
     * The gradient of selection G(k) = T<sup>+</sup>(k) − T<sup>−</sup>(k), the expected change of the
     * number of mutants in one step; for the pairwise comparison G(k) = k(N − k)/(N(N − 1))
     * tanh(β(f<sub>a</sub> − f<sub>b</sub>)/2) (Traulsen, Nowak and Pacheco 2006).
     *
     * @param mutant strategy a
     * @param resident strategy b ≠ a
     * @return G(k) for k = 0, ..., N (0 at both ends)
     */
    public double[] gradient(int mutant, int resident) {
        checkPair(mutant, resident);
        double[] g = new double[size + 1];
        for (int k = 1; k < size; k++) {
            g[k] = tPlus(mutant, resident, k) - tMinus(mutant, resident, k);
        }
        return g;
    }

    private void checkPair(int mutant, int resident) {
        if (mutant < 0 || mutant >= n || resident < 0 || resident >= n || mutant == resident) {
            throw new IllegalArgumentException(
                    "a mutant and a resident are two different strategies of " + n + ": " + mutant + ", " + resident);
        }
    }

    /**
     * The fixation of one mutant in a population of residents: ρ in log space with no cut-off, exactly
     * where the process is rational, and the mean times (formulas in {@link Fixation}). Two passes over k
     * = 1, ..., N − 1, no allocation.
     *
     * @param mutant strategy a
     * @param resident strategy b ≠ a
     * @return the fixation
     */
    public Fixation fixation(int mutant, int resident) {
        checkPair(mutant, resident);
        double cn = -logFixation(mutant, resident);
        double l;
        // pass 2: the times; C_k = LSE(L_0..L_{k-1}) and ln phi_k = C_k - C_N
        double ck = 0;
        l = 0;
        double sc = Double.NEGATIVE_INFINITY;
        double su = Double.NEGATIVE_INFINITY;
        double tc = Double.NEGATIVE_INFINITY;
        double tu = Double.NEGATIVE_INFINITY;
        for (int k = 1; k < size; k++) {
            double lg = logGamma(mutant, resident, k);
            double ltp = logTPlus(mutant, resident, k);
            sc = LogMath.add(sc + lg, ck - cn - ltp);
            su = LogMath.add(su + lg, -ltp);
            tc = LogMath.add(tc, sc);
            tu = LogMath.add(tu, su);
            l += lg;
            ck = LogMath.add(ck, l);
        }
        double logRho = -cn;
        BigFraction exact = exactFixation(mutant, resident);
        return new Fixation(
                mutant,
                resident,
                exact == null ? Math.exp(logRho) : exact.doubleValue(),
                logRho,
                logRho / Math.log(10),
                exact,
                1.0 / size,
                Math.exp(tc),
                Math.exp(tu + logRho));
    }

    /**
     * ln ρ = −C<sub>N</sub>, C<sub>N</sub> = LSE(L<sub>0</sub> = 0, L<sub>1</sub>, ..., L<sub>N−1</sub>): one
     * pass, no allocation.
     *
     * @param mutant strategy a
     * @param resident strategy b ≠ a
     * @return the natural logarithm of the fixation probability of one a-mutant among b-residents
     */
    public double logFixation(int mutant, int resident) {
        checkPair(mutant, resident);
        double l = 0;
        double cn = 0;
        for (int k = 1; k < size; k++) {
            l += logGamma(mutant, resident, k);
            cn = LogMath.add(cn, l);
        }
        return -cn;
    }

    /**
     * ρ = 1/(1 + Σ<sub>j</sub> Π<sub>k≤j</sub> φ<sub>b</sub>(k)/φ<sub>a</sub>(k)) in exact arithmetic, or null.
     */
    private BigFraction exactFixation(int m, int r) {
        if (intensity == 0) {
            return new BigFraction(1, size);
        }
        if (!isRational()) {
            return null;
        }
        BigFraction w = BoundGame.exact(intensity);
        BigFraction base = BigFraction.ONE.subtract(w);
        BigFraction den = new BigFraction(size - 1);
        BigFraction product = BigFraction.ONE;
        BigFraction sum = BigFraction.ONE;
        for (int k = 1; k < size; k++) {
            BigFraction fa = exactA[m][m]
                    .multiply(k - 1)
                    .add(exactA[m][r].multiply(size - k))
                    .divide(den);
            BigFraction fb = exactA[r][m]
                    .multiply(k)
                    .add(exactA[r][r].multiply(size - k - 1))
                    .divide(den);
            BigFraction pa = base.add(w.multiply(fa));
            BigFraction pb = base.add(w.multiply(fb));
            product = product.multiply(pb).divide(pa);
            sum = sum.add(product);
            if (digits(sum) > EXACT_WORK_DIGITS) {
                return null;
            }
        }
        BigFraction rho = sum.reciprocal();
        return digits(rho) > EXACT_DIGITS ? null : rho;
    }

    private static int digits(BigFraction f) {
        return Math.max(
                f.getNumerator().abs().toString().length(),
                f.getDenominator().toString().length());
    }

    /**
     * The probability that one step of the process with mutation turns one player of strategy j into
     * strategy i ≠ j (formulas in {@link FullChain}).
     *
     * @param counts the state n, summing to N
     * @param j the strategy that loses a player (n<sub>j</sub> ≥ 1)
     * @param i the strategy that gains it
     * @param mu the mutation probability, uniform over the other strategies
     * @return the transition probability
     */
    double switchProbability(int[] counts, int j, int i, double mu) {
        return Rule.switchProbability(process, intensity, size, counts, payoffs(counts), j, i, mu);
    }

    /** The payoff of every strategy present in the state (0 for absent ones). */
    double[] payoffs(int[] counts) {
        double[] f = new double[n];
        for (int l = 0; l < n; l++) {
            f[l] = counts[l] > 0 ? payoff(l, counts) : 0;
        }
        return f;
    }

    private BigFraction[] exactPayoffs(int[] counts) {
        BigFraction[] f = new BigFraction[n];
        BigFraction den = new BigFraction(size - 1);
        for (int l = 0; l < n; l++) {
            BigFraction sum = exactA[l][l].negate();
            for (int k = 0; k < n; k++) {
                sum = sum.add(exactA[l][k].multiply(counts[k]));
            }
            f[l] = sum.divide(den);
        }
        return f;
    }

    /**
     * Absorption from any start state of the process without mutation: the probability of ending in each
     * monomorphic state reachable from it and the mean number of steps until then (method in {@link
     * Absorption}), exactly where the process is rational.
     *
     * @param counts the start state, one count per strategy, summing to N (any mix of strategies)
     * @return the absorption; its targets are the monomorphic states of the strategies present
     * @throws ModelException for counts of the wrong length, negative or not summing to N, or a chain over
     *     the budget of {@link FullChain}
     */
    public Absorption absorption(int[] counts) {
        BigFraction exactIntensity =
                intensity == 0 ? BigFraction.ZERO : isRational() ? BoundGame.exact(intensity) : null;
        CountStates.Payoffs payoffs = new CountStates.Payoffs() {
            @Override
            public double[] of(int p, int[][] c) {
                return payoffs(c[0]);
            }

            @Override
            public BigFraction[] exactOf(int p, int[][] c) {
                return exactA == null ? null : exactPayoffs(c[0]);
            }
        };
        return Absorption.solve(
                process,
                intensity,
                exactIntensity,
                new int[] {size},
                new int[] {n},
                payoffs,
                new int[][] {counts},
                List.of(population.name()),
                budget);
    }

    /**
     * The fixation of every mutant into every resident.
     *
     * @return s(s − 1) fixations, ordered by resident, then mutant
     */
    public List<Fixation> fixations() {
        List<Fixation> all = new ArrayList<>();
        for (int r = 0; r < n; r++) {
            for (int m = 0; m < n; m++) {
                if (m != r) {
                    all.add(fixation(m, r));
                }
            }
        }
        return all;
    }

    /**
     * The small-mutation limit (Fudenberg and Imhof 2006): the chain on the s monomorphic states with
     * M<sub>rm</sub> = ρ<sub>m,r</sub>/(s − 1) and its stationary distribution by log-space GTH.
     *
     * @return the chain and its stationary distribution
     */
    public SmallMutation smallMutation() {
        double[][] logP = new double[n][n];
        double[][] p = new double[n][n];
        double logShare = Math.log(n - 1);
        for (int r = 0; r < n; r++) {
            double off = 0;
            for (int m = 0; m < n; m++) {
                if (m != r) {
                    logP[r][m] = logFixation(m, r) - logShare;
                    p[r][m] = Math.exp(logP[r][m]);
                    off += p[r][m];
                }
            }
            p[r][r] = Math.max(0, 1 - off);
            logP[r][r] = Double.NEGATIVE_INFINITY;
        }
        double[] logPi = Gth.logStationary(logP);
        double[] pi = new double[n];
        int[][] states = new int[n][];
        for (int i = 0; i < n; i++) {
            pi[i] = Math.exp(logPi[i]);
            states[i] = new int[] {i};
        }
        return new SmallMutation(states, p, pi, logPi);
    }
}
