package org.egt4j.stability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.egt4j.game.BoundGame;
import org.egt4j.game.Game;
import org.egt4j.game.GameBuilder;
import org.hipparchus.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The exact box verdict for affine eigenvalues against two independent references: brute-force exact
 * sampling of the box (every corner and random rational points: an ESS sample rules out "nowhere", a
 * non-ESS sample rules out "everywhere") and the interval method with bisection (whatever it proves, the
 * linear program must agree with). Seeds 0–5 are the edge cases: eigenvalues that vanish exactly on a
 * face or at a corner of the box, and two eigenvalues whose zero sets touch along a line, where the
 * interval method cannot decide.
 */
class AffineBoxTest {

    private static final String[] NAMES = {"S", "C", "F", "R"};

    static LongStream seeds() {
        return LongStream.range(0, 300);
    }

    /** A box problem: parameters with ranges and eigenvalue expressions in them. */
    record Problem(Game game, List<String> lambdas) {
        BoundGame bound() {
            return game.bind();
        }

        List<VertexTable.VertexEigenvalue> eigenvalues() {
            List<VertexTable.VertexEigenvalue> e = new ArrayList<>();
            for (int k = 0; k < lambdas.size(); k++) {
                e.add(new VertexTable.VertexEigenvalue(k, 1, game.expression(lambdas.get(k)), 0));
            }
            return e;
        }
    }

    static Problem problem(String[] ranges, String... lambdas) {
        GameBuilder b = Game.builder("box");
        for (String r : ranges) {
            String[] p = r.split(":");
            b.parameter(p[0], Double.parseDouble(p[1]), Double.parseDouble(p[2]), Double.parseDouble(p[3]));
        }
        Game g = b.population("p", List.of("first", "second"), "x")
                .matrix(new String[][] {{"0", "1"}, {"1", "0"}})
                .build();
        return new Problem(g, List.of(lambdas));
    }

    static Problem generate(long seed) {
        switch ((int) seed) {
            case 0: // λ = S vanishes at the lower end: never an ESS (λ < 0 nowhere on [0, 1])
                return problem(new String[] {"S:0.5:0:1"}, "S");
            case 1: // λ = −S vanishes at the lower end only: an ESS on (0, 1]
                return problem(new String[] {"S:0.5:0:1"}, "-S");
            case 2: // two eigenvalues of opposite sign everywhere but on the diagonal, where both are 0
                return problem(new String[] {"S:0.5:0:1", "C:0.5:0:1"}, "S - C", "C - S");
            case 3: // the ESS region is the single corner (0, 0), where λ = 0: nowhere
                return problem(new String[] {"S:0.5:0:1", "C:0.5:0:1"}, "S + C");
            case 4: // negative except at the corner (0, 0): somewhere
                return problem(new String[] {"S:0.5:0:1", "C:0.5:0:1"}, "-S - C");
            case 5: // constant eigenvalues beside a varying one
                return problem(new String[] {"S:0.5:0:1", "C:0.5:0:1"}, "-1/10", "S - 2*C - 1/10");
            default:
                break;
        }
        SplittableRandom r = new SplittableRandom(seed);
        int d = 1 + r.nextInt(4);
        String[] ranges = new String[d];
        for (int i = 0; i < d; i++) {
            int lo = r.nextInt(-2, 2);
            int hi = lo + 1 + r.nextInt(3);
            ranges[i] = NAMES[i] + ":" + lo + ":" + lo + ":" + hi;
        }
        int k = 1 + r.nextInt(4);
        String[] lambdas = new String[k];
        for (int j = 0; j < k; j++) {
            StringBuilder s = new StringBuilder(Integer.toString(r.nextInt(-3, 4)));
            for (int i = 0; i < d; i++) {
                s.append(" + ").append(r.nextInt(-3, 4)).append("*").append(NAMES[i]);
            }
            if (r.nextInt(4) == 0) {
                s.append(" + 1/").append(1 + r.nextInt(5));
            }
            lambdas[j] = s.toString();
        }
        return problem(ranges, lambdas);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theExactVerdictAgreesWithExactSamplingAndWithTheIntervalMethod(long seed) {
        Problem pr = generate(seed);
        ParameterBox box = new ParameterBox(pr.bound());
        List<VertexTable.VertexEigenvalue> eig = pr.eigenvalues();
        AffineBox affine = AffineBox.of(box, eig);
        assertNotNull(affine, "affine eigenvalues, seed " + seed);
        OverBox exact = affine.decide();
        assertTrue(exact.exact());
        OverBox viaTable = box.decide(eig);
        assertEquals(exact.verdict(), viaTable.verdict(), "the vertex table takes the exact route");
        assertTrue(viaTable.exact());
        // witnesses, exactly
        if (exact.verdict() != BoxVerdict.NOWHERE) {
            BigFraction[] w = affine.exactEssWitness();
            assertInBox(box, w);
            for (BigFraction v : affine.valuesAt(w)) {
                assertTrue(v.signum() < 0, "ESS witness eigenvalue " + v + ", seed " + seed);
            }
        } else {
            assertNull(exact.essWitness());
        }
        if (exact.verdict() != BoxVerdict.EVERYWHERE) {
            BigFraction[] w = exactPoint(exact.nonEssWitness());
            assertInBox(box, w);
            assertTrue(affine.valuesAt(w).stream().anyMatch(v -> v.signum() >= 0), "non-ESS witness, seed " + seed);
        } else {
            assertNull(exact.nonEssWitness());
        }
        // brute force: every corner and 400 random rational points
        SplittableRandom r = new SplittableRandom(seed ^ 0x5DEECE66DL);
        int d = box.ranges().size();
        for (int s = 0; s < (1 << d) + 400; s++) {
            BigFraction[] p = new BigFraction[d];
            for (int i = 0; i < d; i++) {
                BigFraction lo = BoundGame.exact(box.ranges().get(i).lo());
                BigFraction hi = BoundGame.exact(box.ranges().get(i).hi());
                BigFraction t = s < (1 << d) ? new BigFraction((s >> i) & 1) : new BigFraction(r.nextInt(0, 65), 64);
                p[i] = lo.add(hi.subtract(lo).multiply(t));
            }
            boolean ess = affine.valuesAt(p).stream().allMatch(v -> v.signum() < 0);
            if (ess) {
                assertNotEquals(BoxVerdict.NOWHERE, exact.verdict(), "an ESS sample, seed " + seed);
            } else {
                assertNotEquals(BoxVerdict.EVERYWHERE, exact.verdict(), "a non-ESS sample, seed " + seed);
            }
        }
        // whatever the interval method proves or witnesses, the linear program agrees
        BoxVerdict interval = box.decideByIntervals(eig).verdict();
        if (interval != BoxVerdict.UNDECIDED) {
            assertEquals(interval, exact.verdict(), "interval method, seed " + seed);
        }
    }

    @Test
    void touchingZeroSetsAreDecidedExactlyWhereIntervalsCannot() {
        Problem pr = generate(2);
        ParameterBox box = new ParameterBox(pr.bound());
        assertEquals(BoxVerdict.NOWHERE, box.decide(pr.eigenvalues()).verdict());
        assertEquals(
                BoxVerdict.UNDECIDED, box.decideByIntervals(pr.eigenvalues()).verdict());
    }

    @Test
    void anEigenvalueThatVanishesOnlyAtAnEndIsAnEssSomewhereWithAWitnessInside() {
        Problem pr = generate(1);
        OverBox o = new ParameterBox(pr.bound()).decide(pr.eigenvalues());
        assertEquals(BoxVerdict.SOMEWHERE, o.verdict());
        assertEquals(0.0, o.nonEssWitness()[0], "S = 0, where λ = 0");
        assertTrue(o.essWitness()[0] > 0);
    }

    @Test
    void productsAndPowersOfParametersTakeTheIntervalRoute() {
        Problem pr = problem(new String[] {"S:0.5:0:1", "C:0.5:0:1"}, "S*C - 1/10");
        assertNull(AffineBox.of(new ParameterBox(pr.bound()), pr.eigenvalues()));
        Problem square = problem(new String[] {"S:0.5:0:1"}, "S^2 - 1/10");
        assertNull(AffineBox.of(new ParameterBox(square.bound()), square.eigenvalues()));
    }

    @Test
    void fixedParametersEnterAsExactDecimals() {
        // α fixed at 0.35 = 7/20 (not its binary double): λ = α·S − 7/20 vanishes exactly at S = 1
        Problem pr = problem(new String[] {"S:0.5:0:1", "a:0.35:0.35:0.35"}, "a*S - 7/20");
        OverBox o = new ParameterBox(pr.bound()).decide(pr.eigenvalues());
        assertTrue(o.exact());
        assertEquals(BoxVerdict.SOMEWHERE, o.verdict());
        assertEquals(List.of("S"), o.parameters());
        assertEquals(1.0, o.nonEssWitness()[0]);
    }

    private static BigFraction[] exactPoint(double[] p) {
        BigFraction[] e = new BigFraction[p.length];
        for (int i = 0; i < p.length; i++) {
            e[i] = BoundGame.exact(p[i]);
        }
        return e;
    }

    private static void assertInBox(ParameterBox box, BigFraction[] p) {
        for (int i = 0; i < p.length; i++) {
            assertTrue(p[i].compareTo(BoundGame.exact(box.ranges().get(i).lo())) >= 0);
            assertTrue(p[i].compareTo(BoundGame.exact(box.ranges().get(i).hi())) <= 0);
        }
    }
}
