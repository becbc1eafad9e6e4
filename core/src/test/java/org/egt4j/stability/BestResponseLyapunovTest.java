package org.egt4j.stability;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.egt4j.ModelException;
import org.egt4j.NumericalException;
import org.egt4j.dynamics.BestResponsePath;
import org.egt4j.game.BoundGame;
import org.egt4j.game.Game;
import org.egt4j.game.GameBuilder;
import org.egt4j.testing.RandomGames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Lyapunov exponents of exact best-response paths (saltation matrices, Müller 1995) against independent
 * references: the closed form e<sup>−t</sup> of a path that never switches (every exponent −1); central
 * finite differences of the exact flow map (perturbed starts followed by {@link BestResponsePath}) against
 * the product e<sup>−T</sup>·S<sub>m</sub>⋯S<sub>1</sub> on seeded random games; the Shapley triangle of bad
 * rock–paper–scissors, whose return map has the multiplier e<sup>−P</sup> in closed form (exponents 0 and
 * −1) and, measured a second way, the ratio of successive distances of the exact path's switch points to
 * the triangle's vertex; and the refusals where no finite spectrum exists.
 */
class BestResponseLyapunovTest {

    /** RPS with win w and loss l: A = (0, −l, w; w, 0, −l; −l, w, 0). */
    static Game rps(double w, double l) {
        String a = Double.toString(w);
        String b = Double.toString(-l);
        return Game.builder("RPS " + w + "/" + l)
                .population("players", "rock", "paper", "scissors")
                .matrix(new String[][] {{"0", b, a}, {a, "0", b}, {b, a, "0"}})
                .build();
    }

    /**
     * Two populations playing bad RPS (w = 1, l = 2): against each other ({@code coupled}, the symmetric
     * bimatrix game, F<sub>row</sub> = A x<sub>column</sub>) or each against itself (uncoupled copies).
     */
    static Game twoRps(boolean coupled) {
        GameBuilder b = Game.builder(coupled ? "bimatrix bad RPS" : "two copies of bad RPS")
                .population("row", "rock", "paper", "scissors")
                .population("column", "rock", "paper", "scissors");
        String[] pops = {"row", "column"};
        for (int k = 0; k < 2; k++) {
            String o = coupled ? pops[1 - k] : pops[k];
            b.fitness(pops[k], "rock", "-2*" + o + ".paper + " + o + ".scissors")
                    .fitness(pops[k], "paper", o + ".rock - 2*" + o + ".scissors")
                    .fitness(pops[k], "scissors", "-2*" + o + ".rock + " + o + ".paper");
        }
        return b.build();
    }

    /** Coordination game with payoffs 1, 2, 3 on the diagonal. */
    static Game coordination() {
        return Game.builder("coordination")
                .population("p", "a", "b", "c")
                .matrix(new String[][] {{"1", "0", "0"}, {"0", "2", "0"}, {"0", "0", "3"}})
                .build();
    }

    /**
     * In the basin of a strict Nash equilibrium b the advantage of b over every j along x(t) = b + (x₀ −
     * b)e<sup>−t</sup> is d<sub>b</sub> + (d<sub>0</sub> − d<sub>b</sub>)e<sup>−t</sup> with d<sub>0</sub>,
     * d<sub>b</sub> &gt; 0, so the path never switches and the flow map's Jacobian is e<sup>−t</sup>·I: every
     * exponent is −1, exactly (closed form), in one population and in two.
     */
    @Test
    void withoutSwitchesEveryExponentIsMinusOneExactly() {
        Game stag = Game.builder("stag hunt, two populations")
                .population("hunter", "stag", "hare")
                .population("gatherer", "stag", "hare")
                .fitness("hunter", "stag", "4*gatherer.stag")
                .fitness("hunter", "hare", "3")
                .fitness("gatherer", "stag", "4*hunter.stag")
                .fitness("gatherer", "hare", "3")
                .build();
        record Case(Game game, double[] start) {}
        for (Case c : List.of(
                new Case(coordination(), new double[] {0.8, 0.1}),
                new Case(coordination(), new double[] {0.1, 0.1}),
                new Case(coordination(), new double[] {1, 0}), // the strict equilibrium itself
                new Case(stag, new double[] {0.9, 0.95}))) {
            for (double transientTime : new double[] {0, 3.5}) {
                BestResponseLyapunov.Result r =
                        BestResponseLyapunov.compute(c.game().bind(), c.start(), 40, transientTime, 0.7);
                double[] minusOne = new double[c.start().length];
                Arrays.fill(minusOne, -1);
                assertArrayEquals(
                        minusOne, r.spectrum().exponents(), 0.0, c.game().name());
                assertEquals(0, r.switches());
                assertEquals(0.0, r.spectrum().kaplanYorkeDimension(), 0.0);
                assertEquals(-c.start().length, r.spectrum().averageDivergence(), 0.0);
                assertArrayEquals(minusOne, r.spectrum().history()[0], 0.0);
                assertEquals(40, r.spectrum().times()[r.spectrum().times().length - 1], 1e-12);
            }
        }
    }

    static LongStream seeds() {
        return RandomGames.seeds(120);
    }

    /**
     * The game and start of a seed: edge cases first (bad RPS with several switches, zero-sum RPS whose
     * switches come ever faster, a start at a vertex, a start on an edge, a coordination game that never
     * switches, the bimatrix bad RPS from an asymmetric start), then random 3×3 matrix games with payoffs in
     * [−3, 3] and, for every fourth seed, random 2×3 two-population games (payoffs affine in the other
     * population's shares), from random interior starts.
     */
    static Object[] caseOf(long seed) {
        SplittableRandom r = new SplittableRandom(seed * 7919 + 13);
        switch ((int) seed) {
            case 0:
                return new Object[] {rps(1, 2), new double[] {0.4, 0.35}};
            case 1:
                return new Object[] {rps(1, 1), new double[] {0.6, 0.3}};
            case 2:
                return new Object[] {rps(1, 2), new double[] {1, 0}};
            case 3:
                return new Object[] {rps(1.5, 2.5), new double[] {0.3, 0.7}};
            case 4:
                return new Object[] {coordination(), new double[] {0.2, 0.5}};
            case 5:
                return new Object[] {twoRps(true), new double[] {0.5, 0.3, 0.25, 0.3}};
            default:
                break;
        }
        if (seed % 4 == 3) {
            GameBuilder b = Game.builder("random 2x3 " + seed)
                    .population("row", "a", "b")
                    .population("column", "c", "d", "e");
            for (String s : new String[] {"a", "b"}) {
                b.fitness(
                        "row",
                        s,
                        coefficient(r) + "*column.c + " + coefficient(r) + "*column.d + " + coefficient(r)
                                + "*column.e");
            }
            for (String s : new String[] {"c", "d", "e"}) {
                b.fitness("column", s, coefficient(r) + "*row.a + " + coefficient(r) + "*row.b");
            }
            double p = 0.05 + 0.9 * r.nextDouble();
            double[] q = interior(r, 3);
            return new Object[] {b.build(), new double[] {p, q[0], q[1]}};
        }
        String[][] a = new String[3][3];
        for (String[] row : a) {
            for (int j = 0; j < 3; j++) {
                row[j] = coefficient(r);
            }
        }
        Game g = Game.builder("random 3x3 " + seed)
                .population("p", "x", "y", "z")
                .matrix(a)
                .build();
        double[] q = interior(r, 3);
        return new Object[] {g, new double[] {q[0], q[1]}};
    }

    private static String coefficient(SplittableRandom r) {
        return Double.toString(Math.round((6 * r.nextDouble() - 3) * 1000) / 1000.0);
    }

    /** A uniform point of the open simplex (normalized exponentials), all shares at least 0.02. */
    private static double[] interior(SplittableRandom r, int m) {
        double[] q = new double[m];
        double sum = 0;
        for (int i = 0; i < m; i++) {
            q[i] = -Math.log(1 - r.nextDouble()) + 0.1;
            sum += q[i];
        }
        for (int i = 0; i < m; i++) {
            q[i] /= sum;
        }
        return q;
    }

    /**
     * A time T in the middle of a segment of the path to 4, before any segment shorter than 10⁻³ (where
     * perturbations of 10⁻⁷ could change the order of switches), within the first 12 switches (after many
     * expanding switches a perturbation of 10⁻⁷ is no longer small) and before a sliding segment or state; 0 when the
     * first segment is already that short.
     */
    static double measuredTime(BestResponsePath.Path path) {
        double t = 0;
        List<BestResponsePath.Segment> s = path.segments();
        for (int k = 0; k < Math.min(s.size(), 13); k++) {
            BestResponsePath.Segment seg = s.get(k);
            if (seg.end() - seg.start() < 1e-3
                    || seg.isSliding()
                    || (k == s.size() - 1 && path.end() == BestResponsePath.End.SLIDING)) {
                break;
            }
            t = (seg.start() + seg.end()) / 2;
        }
        return t;
    }

    private static double[] endState(BoundGame b, double[] x0, double time) {
        BestResponsePath.Path p = BestResponsePath.of(b, x0, time, 10_000);
        List<BestResponsePath.Segment> s = p.segments();
        return s.get(s.size() - 1).state(b.game(), time);
    }

    private static List<String> targets(BoundGame b, double[] x0, double time) {
        List<String> out = new ArrayList<>();
        for (BestResponsePath.Segment s :
                BestResponsePath.of(b, x0, time, 10_000).segments()) {
            out.add(Arrays.toString(s.target()));
        }
        return out;
    }

    /**
     * The second method: the Jacobian of the exact flow map x₀ ↦ x(T) by central differences (step 10⁻⁷ in
     * every reduced coordinate, each perturbed path followed exactly by {@link BestResponsePath} through the
     * same sequence of best replies) equals the product e<sup>−T</sup>·S<sub>m</sub>⋯S<sub>1</sub> of the
     * saltation matrices.
     */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theSaltationProductIsTheJacobianOfTheExactFlowMap(long seed) {
        Object[] c = caseOf(seed);
        Game g = (Game) c[0];
        double[] x0 = (double[]) c[1];
        BoundGame b = g.bind();
        double time = measuredTime(BestResponsePath.of(b, x0, 4, 10_000));
        assertTrue(time > 0, "seed " + seed + ": the start is on a switching surface");
        double[][] exact = BestResponseLyapunov.flowJacobian(b, x0, time);
        int n = g.dimension();
        double h = 1e-7;
        List<String> sequence = targets(b, x0, time);
        for (int col = 0; col < n; col++) {
            double[] up = x0.clone();
            double[] down = x0.clone();
            up[col] += h;
            down[col] -= h;
            assertEquals(sequence, targets(b, up, time), "seed " + seed + ": the same best replies");
            assertEquals(sequence, targets(b, down, time), "seed " + seed + ": the same best replies");
            double[] xu = endState(b, up, time);
            double[] xd = endState(b, down, time);
            for (int row = 0; row < n; row++) {
                double fd = (xu[row] - xd[row]) / (2 * h);
                double scale = Math.max(1, Math.abs(exact[row][col]));
                assertEquals(
                        fd,
                        exact[row][col],
                        2e-6 * scale,
                        "seed " + seed + ", T = " + time + ", d x" + row + "/d x0_" + col + " after "
                                + (sequence.size() - 1) + " switches");
            }
        }
    }

    /** The property above is not vacuous: most seeds switch best reply before their T, many several times. */
    @Test
    void theRandomCasesSwitchBeforeTheirMeasuredTime() {
        int switching = 0;
        int several = 0;
        int total = 120;
        for (long seed = 0; seed < total; seed++) {
            Object[] c = caseOf(seed);
            BoundGame b = ((Game) c[0]).bind();
            double[] x0 = (double[]) c[1];
            int switches = targets(b, x0, measuredTime(BestResponsePath.of(b, x0, 4, 10_000)))
                            .size()
                    - 1;
            switching += switches > 0 ? 1 : 0;
            several += switches > 1 ? 1 : 0;
        }
        assertTrue(switching >= total / 5 && several >= total / 20, switching + " switching, " + several + " several");
    }

    /**
     * Bad RPS (w &lt; l): the paths converge to the Shapley triangle (Shapley 1964; Gaunersdorfer and
     * Hofbauer 1995), with vertices (l², w², wl)/(l² + w² + wl) and its cyclic shifts. Closed form: at the
     * vertex where rock and paper tie, h = F<sub>paper</sub> − F<sub>rock</sub> has nᵀf⁻ = h(e<sub>rock</sub>) = w
     * and nᵀf⁺ = h(e<sub>paper</sub>) = l, so det S = l/w; each leg takes ln(l/w), the period is P = 3 ln(l/w),
     * and the monodromy e<sup>−P</sup>S₃S₂S₁ has determinant e<sup>−2P</sup>(l/w)³ = e<sup>−P</sup> and the
     * trivial multiplier 1 (the flow direction): the other multiplier is e<sup>−P</sup>, so the exponents are
     * 0 and −1 for every w &lt; l. Second method: the return map's multiplier as the ratio of successive
     * distances of the exact path's rock-to-paper switch points to that vertex (a one-sided finite
     * difference of the return map at its fixed point), over the measured return time.
     */
    @ParameterizedTest(name = "w = {0}, l = {1}")
    @org.junit.jupiter.params.provider.CsvSource({"1, 2", "1, 3", "2, 2.5"})
    void theShapleyTriangleHasExponentsZeroAndMinusOne(double w, double l) {
        BoundGame b = rps(w, l).bind();
        double[] x0 = {0.4, 0.35};
        BestResponseLyapunov.Result r = BestResponseLyapunov.compute(b, x0, 3000, 100, 1);
        double[] e = r.spectrum().exponents();
        assertEquals(0, e[0], 3e-3, "the flow direction");
        assertEquals(-1, e[1], 3e-3, "the closed form e^{-P}");
        assertEquals(e[0] + e[1], r.spectrum().averageDivergence(), 1e-9, "the sum by the determinant lemma");
        assertEquals(1, r.spectrum().kaplanYorkeDimension(), 3e-3, "a cycle");
        assertEquals(3000 / Math.log(l / w), r.switches(), 2, "one switch every ln(l/w)");

        // the second method, independent of the saltations
        double d = l * l + w * w + w * l;
        double[] vertex = {l * l / d, w * w / d};
        List<BestResponsePath.Segment> s = BestResponsePath.of(b, x0, 1e6, 200).segments();
        List<double[]> points = new ArrayList<>();
        List<Double> times = new ArrayList<>();
        for (int k = 1; k < s.size(); k++) {
            if (s.get(k - 1).target()[0] == 0 && s.get(k).target()[0] == 1) {
                points.add(s.get(k).from());
                times.add(s.get(k).start());
            }
        }
        double ratio = Double.NaN;
        double period = Double.NaN;
        for (int k = 1; k < points.size(); k++) {
            double before = Math.hypot(points.get(k - 1)[0] - vertex[0], points.get(k - 1)[1] - vertex[1]);
            double after = Math.hypot(points.get(k)[0] - vertex[0], points.get(k)[1] - vertex[1]);
            if (before < 1e-7) {
                break; // close enough that the return map is linear to 1e-6, far enough from round-off
            }
            ratio = after / before;
            period = times.get(k) - times.get(k - 1);
        }
        assertEquals(3 * Math.log(l / w), period, 1e-4, "the period 3 ln(l/w)");
        assertEquals(Math.exp(-3 * Math.log(l / w)), ratio, 1e-3 * ratio, "the multiplier e^{-P}");
        assertEquals(Math.log(ratio) / period, e[1], 3e-3, "the exponent from the return map");
    }

    /**
     * Two uncoupled copies of bad RPS started alike switch at the same instants; their saltations commute
     * (each switching surface lies in its own population's shares), so they are applied in sequence and the
     * spectrum is the union of the copies' spectra, (0, 0, −1, −1).
     */
    @Test
    void uncoupledSimultaneousSwitchesGiveTheUnionOfTheSpectra() {
        BestResponseLyapunov.Result r =
                BestResponseLyapunov.compute(twoRps(false).bind(), new double[] {0.4, 0.35, 0.4, 0.35}, 3000, 100, 1);
        double[] e = r.spectrum().exponents();
        assertArrayEquals(new double[] {0, 0, -1, -1}, e, 3e-3, Arrays.toString(e));
        assertEquals(3000 / Math.log(2), r.switches(), 2, "a simultaneous switch counts once");
    }

    /**
     * The symmetric bimatrix bad RPS from a symmetric start: both populations switch at once, and the order
     * matters (row's switching surface is in column's shares, whose field column's switch changes), so the
     * flow map has a kink and the computation is refused with the populations, time and state.
     */
    @Test
    void simultaneousSwitchesThatDoNotCommuteAreRefused() {
        BoundGame b = twoRps(true).bind();
        ModelException e = assertThrows(
                ModelException.class,
                () -> BestResponseLyapunov.compute(b, new double[] {0.4, 0.35, 0.4, 0.35}, 10, 0, 1));
        assertTrue(
                e.problem().contains("populations row, column switch best reply at the same instant")
                        && e.problem().contains("do not commute")
                        && e.hint().contains("start elsewhere"),
                e.problem());
        // from an asymmetric start the same game runs (its switches are one at a time)
        BestResponseLyapunov.Result r = BestResponseLyapunov.compute(b, new double[] {0.5, 0.3, 0.25, 0.3}, 5, 0, 1);
        assertTrue(r.switches() > 10, "switches " + r.switches());
    }

    /**
     * Hawk–dove (Sandholm 2010, §6.1 example): from x = 0 the path x(t) = 1 − e<sup>−t</sup> reaches the mixed
     * equilibrium ½ at t = ln 2 and stays: refused with the time (the smallest exponent is −∞); a window
     * ending before ln 2 has no switch, exponent −1. Good RPS reaches its centre in finite time (ln 3V(0)),
     * refused too; a start at the centre is refused with its own reason.
     */
    @Test
    void pathsThatReachAMixedEquilibriumInFiniteTimeAreRefused() {
        Game hawkDove = Game.builder("hawk-dove")
                .population("p", "hawk", "dove")
                .matrix(new String[][] {{"-1", "2"}, {"0", "1"}})
                .build();
        ModelException e = assertThrows(
                ModelException.class, () -> BestResponseLyapunov.compute(hawkDove.bind(), new double[] {0}, 10, 0, 1));
        assertTrue(
                e.problem().contains("reaches the Nash equilibrium [0.5] at t = 0.693147181")
                        && e.problem().contains("-infinity")
                        && e.hint().contains("below 0.693147181"),
                e.problem() + " / " + e.hint());
        assertArrayEquals(
                new double[] {-1},
                BestResponseLyapunov.compute(hawkDove.bind(), new double[] {0}, 0.5, 0.1, 0.1)
                        .spectrum()
                        .exponents(),
                0.0);
        ModelException good = assertThrows(
                ModelException.class,
                () -> BestResponseLyapunov.compute(rps(2, 1).bind(), new double[] {0.7, 0.2}, 10, 0, 1));
        assertTrue(
                good.problem().contains("at t = " + org.egt4j.Numbers.shortDecimal(Math.log(3 * 1.3), 9)),
                good.problem());
        ModelException centre = assertThrows(
                ModelException.class,
                () -> BestResponseLyapunov.compute(rps(2, 1).bind(), new double[] {1.0 / 3, 1.0 / 3}, 10, 0, 1));
        assertTrue(
                centre.problem().contains("the start [0.333333333, 0.333333333] is a Nash equilibrium"),
                centre.problem());
    }

    /**
     * Hawk–dove (V = 2, C = 4) with a dominated third strategy: from (½, 0.1, 0.4) hawk is the best reply,
     * x<sub>hawk</sub> = 1 − 0.9s and x<sub>dove</sub> = 0.4s tie at s = 1/1.3, t = ln 1.3, where the loser's
     * share is still ½s = 5/13; on either side of the tie the other strategy is better, so the path slides
     * along it (a Filippov sliding mode): refused with the time and state (transverse perturbations reach
     * the tie in finite time, exponent −∞). A window that ends before ln 1.3 has no switch: exponents −1.
     */
    @Test
    void aSlidingModeInTheWindowIsRefused() {
        BoundGame b = Game.builder("hawk-dove and a loser")
                .population("players", "loser", "hawk", "dove")
                .matrix(new String[][] {{"-1", "-1", "-1"}, {"0", "-1", "2"}, {"0", "0", "1"}})
                .build()
                .bind();
        double[] x0 = {0.5, 0.1};
        ModelException e = assertThrows(ModelException.class, () -> BestResponseLyapunov.compute(b, x0, 10, 0, 1));
        String t = org.egt4j.Numbers.shortDecimal(Math.log(1.3), 9);
        String at = "[" + org.egt4j.Numbers.shortDecimal(5.0 / 13, 9) + ", "
                + org.egt4j.Numbers.shortDecimal(4.0 / 13, 9) + "]";
        assertTrue(
                e.problem().contains("slides from t = " + t + " at " + at)
                        && e.problem().contains("players (hawk, dove) stay tied")
                        && e.hint().contains("below " + t)
                        && !e.hint().contains("--transient above"),
                e.problem() + " / " + e.hint());
        assertArrayEquals(
                new double[] {-1, -1},
                BestResponseLyapunov.compute(b, x0, 0.25, 0, 0.1).spectrum().exponents(),
                0.0);
    }

    /** Zero-sum RPS switches ever faster; past the switch budget the path is refused as in simulate. */
    @Test
    void runawaySwitchesEndWithTheNumericalFailureOfTheExactPath() {
        NumericalException e = assertThrows(
                NumericalException.class,
                () -> BestResponseLyapunov.compute(rps(1, 1).bind(), new double[] {0.6, 0.3}, 30, 0, 1));
        assertTrue(e.problem().contains("more than 100000 times"), e.problem());
        // before that, the spiral into the centre: the exponents stay finite and sum to the determinant rate
        BestResponseLyapunov.Result r =
                BestResponseLyapunov.compute(rps(1, 1).bind(), new double[] {0.6, 0.3}, 8, 0, 0.5);
        double[] x = r.spectrum().exponents();
        assertEquals(x[0] + x[1], r.spectrum().averageDivergence(), 1e-9);
        assertTrue(r.switches() > 1000, "switches " + r.switches());
    }

    /**
     * The frame is re-orthonormalized after every switch, so the interval only sets the history's times: the
     * exponents are the same to the last bit whatever it is (a check of the bookkeeping that skips the
     * intervals without switches, which would drop or misplace a switch otherwise), and the history holds
     * every interval's running estimate (at most about 1000 of them) ending at the result.
     */
    @Test
    void theExponentsDoNotDependOnTheInterval() {
        BoundGame b = rps(1, 2).bind();
        double[] x0 = {0.4, 0.35};
        double[] reference =
                BestResponseLyapunov.compute(b, x0, 500, 10, 1).spectrum().exponents();
        for (double interval : new double[] {0.05, 0.3, 7, 600}) {
            LyapunovSpectrum.Result r =
                    BestResponseLyapunov.compute(b, x0, 500, 10, interval).spectrum();
            assertArrayEquals(reference, r.exponents(), 0.0, "interval " + interval);
            assertArrayEquals(r.exponents(), r.history()[r.history().length - 1], 0.0);
            assertEquals(500, r.times()[r.times().length - 1], 0.0);
        }
        LyapunovSpectrum.Result fine = BestResponseLyapunov.compute(
                        coordination().bind(), new double[] {0.8, 0.1}, 40, 0, 0.7)
                .spectrum();
        assertEquals(58, fine.times().length, "ceil(40 / 0.7) intervals");
        for (int k = 0; k < 58; k++) {
            assertEquals(Math.min(40, (k + 1) * 0.7), fine.times()[k], 0.0);
        }
        // a long time without switches: about 1000 history entries, not 10^12 steps
        LyapunovSpectrum.Result longRun = BestResponseLyapunov.compute(
                        coordination().bind(), new double[] {0.8, 0.1}, 1e12, 0, 1)
                .spectrum();
        assertArrayEquals(new double[] {-1, -1}, longRun.exponents(), 0.0);
        assertTrue(longRun.times().length <= 1001, "history " + longRun.times().length);
        assertEquals(1e12, longRun.times()[longRun.times().length - 1], 0.0);
        // a transient longer than the interval with switches in both: the same spectrum as before
        BestResponseLyapunov.Result shifted = BestResponseLyapunov.compute(b, x0, 500, 10.5, 0.25);
        assertArrayEquals(reference, shifted.spectrum().exponents(), 2e-3);
    }

    @Test
    void badArgumentsAreRejected() {
        BoundGame b = coordination().bind();
        double[] x = {0.5, 0.2};
        assertThrows(IllegalArgumentException.class, () -> BestResponseLyapunov.compute(b, x, 0, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> BestResponseLyapunov.compute(b, x, 1, -1, 1));
        assertThrows(IllegalArgumentException.class, () -> BestResponseLyapunov.compute(b, x, 1, 0, 0));
        assertThrows(
                IllegalArgumentException.class,
                () -> BestResponseLyapunov.compute(b, x, Double.POSITIVE_INFINITY, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> BestResponseLyapunov.flowJacobian(b, x, 0));
        assertTrue(BestResponseLyapunov.compute(b, x, 1, 0, 1).toString().startsWith("BestResponseLyapunov.Result["));
    }
}
