package org.egt4j.dynamics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.egt4j.game.BoundGame;
import org.egt4j.game.Game;
import org.junit.jupiter.api.Test;

/** Exact best-response paths (Gilboa and Matsui 1991) against closed forms in rock–paper–scissors. */
class BestResponsePathTest {

    /** RPS with win w and loss l: A = (0, −l, w; w, 0, −l; −l, w, 0). */
    static Game rps(double w, double l) {
        return Game.builder("RPS")
                .parameter("w", w)
                .parameter("l", l)
                .population("players", "rock", "paper", "scissors")
                .matrix(new String[][] {{"0", "-l", "w"}, {"w", "0", "-l"}, {"-l", "w", "0"}})
                .build();
    }

    private static double[] payoffs(BoundGame b, double[] x) {
        PayoffField f = PayoffField.interpreted(b);
        double[] out = new double[f.size()];
        f.payoffs(x, out);
        return out;
    }

    private static double max(double[] f) {
        return Math.max(f[0], Math.max(f[1], f[2]));
    }

    /**
     * Every segment's target is the unique best reply inside the segment, the payoffs of the old and
     * the new best reply tie at every switch, and the path is continuous.
     */
    private static void assertConsistent(BoundGame b, BestResponsePath.Path path) {
        Game g = b.game();
        List<BestResponsePath.Segment> s = path.segments();
        for (int k = 0; k < s.size(); k++) {
            BestResponsePath.Segment seg = s.get(k);
            if (seg.end() - seg.start() < 1e-9 || seg.isSliding()) {
                continue; // legs shorter than this end at states where round-off decides the best reply
            }
            double[] mid = payoffs(b, seg.state(g, (seg.start() + seg.end()) / 2));
            for (int i = 0; i < 3; i++) {
                if (i != seg.target()[0]) {
                    assertTrue(mid[i] < mid[seg.target()[0]], "the target is the best reply inside segment " + k);
                }
            }
            if (k + 1 < s.size()) {
                double[] end = seg.state(g, seg.end());
                double[] f = payoffs(b, end);
                assertEquals(f[seg.target()[0]], f[s.get(k + 1).target()[0]], 1e-12, "tie at switch " + k);
                assertEquals(end[0], s.get(k + 1).from()[0], 0.0);
                assertEquals(seg.end(), s.get(k + 1).start(), 0.0);
            }
        }
    }

    /**
     * In RPS with a zero diagonal, V = max_i (Ax)_i = (Ax)_b obeys V̇ = (A(e_b − x))_b = A_bb − V = −V
     * along a best-response path, so the largest payoff decays exactly as V(0)e<sup>−t</sup> (Hofbauer
     * 1995); checked at every switch.
     */
    private static void assertLargestPayoffDecays(BoundGame b, double[] x0, BestResponsePath.Path path) {
        double v0 = max(payoffs(b, x0));
        for (BestResponsePath.Segment s : path.segments()) {
            if (s.isSliding()) {
                continue; // resting at a mixed equilibrium (good RPS), where V stays at the game's value
            }
            double t = s.end();
            assertEquals(v0 * Math.exp(-t), max(payoffs(b, s.state(b.game(), t))), 1e-13, "t = " + t);
        }
    }

    /**
     * Standard RPS: V decays as e<sup>−t</sup> and {V = 0} is the centre, so the path spirals into it;
     * a leg takes time of the order of the spiral's radius, so switches accumulate (about e<sup>t</sup>
     * of them by time t).
     */
    @Test
    void inStandardRpsTheLargestPayoffDecaysAsEToTheMinusT() {
        BoundGame b = rps(1, 1).bind();
        double[] x0 = {0.6, 0.3};
        BestResponsePath.Path path = BestResponsePath.of(b, x0, 6, 100_000);
        assertEquals(BestResponsePath.End.HORIZON, path.end());
        assertTrue(
                path.segments().size() > 100,
                "it switches ever faster: " + path.segments().size());
        assertConsistent(b, path);
        assertLargestPayoffDecays(b, x0, path);
        double[] x = path.segments().get(path.segments().size() - 1).state(b.game(), 6);
        assertEquals(1.0 / 3, x[0], 0.01);
        assertEquals(1.0 / 3, x[1], 0.01);
    }

    /**
     * Bad RPS (w = 1 &lt; l = 2): the path converges to the Shapley triangle (Shapley 1964; Gaunersdorfer
     * and Hofbauer 1995), a 3-periodic sequence of switch points away from the centre.
     */
    @Test
    void inBadRpsTheSwitchPointsConvergeToTheShapleyTriangle() {
        BoundGame b = rps(1, 2).bind();
        BestResponsePath.Path path = BestResponsePath.of(b, new double[] {0.4, 0.35}, 1e6, 120);
        assertEquals(BestResponsePath.End.SWITCHES, path.end());
        assertConsistent(b, path);
        assertLargestPayoffDecays(b, new double[] {0.4, 0.35}, path);
        List<BestResponsePath.Segment> s = path.segments();
        int last = s.size() - 1;
        // the triangle (l², w², wl)/(l² + w² + wl) = (4, 1, 2)/7 and its cyclic shifts: at (4, 1, 2)/7, Ax =
        // (0, 0, −1), rock and paper tie; moving to paper for ln 2 halves the distance to it and gives
        // (2, 4, 1)/7, the next vertex; so each leg takes ln 2 and the period is ln 8
        double[][] triangle = {{4.0 / 7, 1.0 / 7}, {2.0 / 7, 4.0 / 7}, {1.0 / 7, 2.0 / 7}};
        int matched = 0;
        for (int k = last - 2; k <= last; k++) {
            double[] p = s.get(k).from();
            for (double[] v : triangle) {
                if (Math.abs(p[0] - v[0]) < 1e-10 && Math.abs(p[1] - v[1]) < 1e-10) {
                    matched++;
                }
            }
            assertEquals(Math.log(2), s.get(k - 1).end() - s.get(k - 1).start(), 1e-9, "leg time ln 2");
        }
        assertEquals(3, matched, "the last three switch points are the vertices of the Shapley triangle");
        for (int k = last - 5; k <= last - 3; k++) {
            double[] p = s.get(k).from();
            double[] q = s.get(k + 3).from();
            assertEquals(p[0], q[0], 1e-10, "3-periodic");
            assertEquals(p[1], q[1], 1e-10, "3-periodic");
            assertTrue(Math.abs(p[0] - 1.0 / 3) + Math.abs(p[1] - 1.0 / 3) > 0.05, "away from the centre");
        }
    }

    /**
     * Good RPS (w = 2 &gt; l = 1), strictly stable: V = V(0)e<sup>−t</sup> as in every RPS, but at the
     * centre every payoff is (w − l)/3 = ⅓ and V cannot fall below it: V(x) ≥ min<sub>y</sub> max<sub>i</sub> (Ay)<sub>i</sub> = ⅓,
     * the value of the zero-sum game A (the circulant A has the centre as its unique optimal strategy), so the path
     * reaches the centre in finite time, at V(0)e<sup>−t</sup> = ⅓, t = ln 3V(0), and stays (a sliding
     * segment whose mixed target is the centre itself).
     */
    @Test
    void inGoodRpsThePathReachesTheCentreAtTimeLogThreeV0() {
        BoundGame b = rps(2, 1).bind();
        double[] x0 = {0.7, 0.2};
        BestResponsePath.Path path = BestResponsePath.of(b, x0, 6, 100_000);
        assertEquals(BestResponsePath.End.HORIZON, path.end());
        assertConsistent(b, path);
        assertLargestPayoffDecays(b, x0, path);
        BestResponsePath.Segment last = path.segments().get(path.segments().size() - 1);
        assertTrue(last.isSliding());
        assertEquals(1.0 / 3, last.point()[0], 1e-9);
        // F(x0) = (0, 1.3, −0.3): V(0) = 1.3
        assertEquals(Math.log(3 * 1.3), last.start(), 1e-9);
        assertEquals(1.0 / 3, last.from()[0], 1e-9);
        assertEquals(1.0 / 3, last.from()[1], 1e-9);
    }

    /**
     * Hawk–dove (V = 2, C = 4): the path reaches x* = ½ in finite time ln 2 from x = 0 and slides there:
     * the sliding target is x* itself, so the path rests at it to the horizon.
     */
    @Test
    void inHawkDoveThePathSlidesAtTheMixedEquilibrium() {
        Game g = Game.builder("hawk-dove")
                .population("p", "hawk", "dove")
                .matrix(new String[][] {{"-1", "2"}, {"0", "1"}})
                .build();
        BestResponsePath.Path path = BestResponsePath.of(g.bind(), new double[] {0}, 10, 100);
        assertEquals(BestResponsePath.End.HORIZON, path.end());
        BestResponsePath.Segment first = path.segments().get(0);
        // x(t) = 1 − e^{−t} reaches ½ at t = ln 2
        assertEquals(Math.log(2), first.end(), 1e-14);
        assertEquals(0.5, first.state(g, first.end())[0], 1e-14);
        BestResponsePath.Segment rest = path.segments().get(1);
        assertTrue(rest.isSliding());
        assertEquals(0.5, rest.point()[0], 1e-14);
        assertEquals(0.5, rest.state(g, 10)[0], 1e-14);
    }

    /**
     * A Filippov sliding mode off equilibrium: hawk–dove (−1, 2; 0, 1) with a third, dominated strategy
     * (payoff −5). From (0, 0.2, 0.8) hawk is the best reply until hawk and dove tie where h = d, at
     * e<sup>−t</sup> = 1/1.2; then the tie persists: the path slides towards the mixed best reply b = (½,
     * ½, 0), the one point of the hawk–dove edge where F<sub>hawk</sub> = F<sub>dove</sub>, so x(t) = b +
     * (x₁ − b)e<sup>−(t − t₁)</sup> with x₁ = (1/6, 1/6, 2/3).
     */
    @Test
    void aTieThatPersistsSlidesTowardsTheMixedBestReplyThatKeepsIt() {
        Game g = Game.builder("hawk-dove with a dominated strategy")
                .population("p", "hawk", "dove", "weak")
                .matrix(new String[][] {{"-1", "2", "0"}, {"0", "1", "0"}, {"-5", "-5", "-5"}})
                .build();
        BestResponsePath.Path path = BestResponsePath.of(g.bind(), new double[] {0, 0.2}, 10, 100);
        List<BestResponsePath.Segment> s = path.segments();
        assertEquals(2, s.size());
        double t1 = Math.log(1.2);
        assertEquals(t1, s.get(0).end(), 1e-14);
        assertTrue(s.get(1).isSliding());
        assertEquals(0.5, s.get(1).point()[0], 1e-14);
        assertEquals(0.5, s.get(1).point()[1], 1e-14);
        double t = t1 + Math.log(2);
        double[] x = s.get(1).state(g, t);
        assertEquals(0.5 + (1.0 / 6 - 0.5) / 2, x[0], 1e-14);
        assertEquals(x[0], x[1], 1e-14, "hawk and dove stay tied");
        assertEquals(BestResponsePath.End.HORIZON, path.end());
    }
}
