package org.egt4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.egt4j.analysis.AnalysisSettings;
import org.egt4j.analysis.AnalysisSolver;
import org.egt4j.analysis.FullAnalysis;
import org.egt4j.analysis.TrajectorySet;
import org.egt4j.dynamics.DynamicsCatalogue;
import org.egt4j.game.BoundGame;
import org.egt4j.spec.SpecLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The analysis' own trajectories (report.json "trajectories", trajectories.csv) keep a share that passes
 * close to a face and comes back, instead of clipping it to 0 at the 10<sup>−10</sup> level (the faces of
 * an imitative dynamic are invariant, so a clipped share would stay 0 for ever; see {@link
 * AnalysisSolver}).
 */
class AnalysisTrajectoryAccuracyTest {

    /**
     * A driven heteroclinic passage with a closed form. Two populations under the two-population
     * replicator dynamics: in Q the first strategy has the constant advantage c, so y' = c·y(1 − y) and y is
     * logistic; in P the first strategy earns k(y − 1/2) more than the second, so x' = x(1 − x)·k(y − 1/2).
     * Then d/dt log(x/(1 − x)) = k(y − 1/2), and ∫<sub>0</sub><sup>t</sup> y = (1/c)·ln(1 − y₀ + y₀e<sup>ct</sup>)
     * gives log(x/(1 − x)) = log(x₀/(1 − x₀)) + k[(1/c)·ln(1 − y₀ + y₀e<sup>ct</sup>) − t/2]: x decays like
     * e<sup>−kt/2</sup> while y is small, to about 10<sup>−16</sup>…10<sup>−53</sup> near t* = ln(1/y₀)/c, and then grows
     * like e<sup>+kt/2</sup> back to order 1 at T = 2·ln(1/y₀)/c (the linearised decay and regrowth around the
     * saddle (0, 0) then (0, 1); Hofbauer and Sigmund 1998, §10). Every sample of the analysis' trajectory
     * from (1/2, y₀) agrees with the closed form to 10<sup>−6</sup> relative.
     */
    @ParameterizedTest(name = "{0}: k {1}, c {2}, y0 {3}")
    @MethodSource("passages")
    void aShareThatPassesCloseToAFaceComesBackAsTheClosedFormSays(String seed, double k, double c, double y0) {
        String yaml = String.format(
                Locale.ROOT,
                "name: driven passage\nparameters:\n  k: {value: %s}\n  c: {value: %s}\n"
                        + "populations:\n  P: {strategies: [a, b], share: x}\n  Q: {strategies: [u, v], share: y}\n"
                        + "fitness:\n  P:\n    a: \"k*(y - 0.5)\"\n    b: \"0\"\n  Q:\n    u: \"c\"\n    v: \"0\"\n",
                Double.toString(k),
                Double.toString(c));
        BoundGame bound = SpecLoader.parseSpec("passage.yaml", yaml).game().bind();
        double time = 2 * Math.log(1 / y0) / c;
        AnalysisSettings s = new AnalysisSettings(
                time,
                201,
                new double[] {0.5, y0},
                81,
                List.of(),
                2,
                List.of(),
                2,
                0,
                1,
                1,
                AnalysisSettings.DEFAULT.rtol(),
                AnalysisSettings.DEFAULT.atol());
        FullAnalysis a = FullAnalysis.of(bound, DynamicsCatalogue.of("replicator", java.util.Map.of()), s, 1, p -> {});
        TrajectorySet grid = a.grid();
        int run = -1;
        for (int i = 0; i < grid.starts().size(); i++) {
            if (grid.starts().get(i)[0] == 0.5 && grid.starts().get(i)[1] == y0) {
                run = i;
            }
        }
        assertTrue(run >= 0, "the grid has the start (1/2, y0)");
        double smallest = 1;
        for (int j = 0; j < grid.times().length; j++) {
            double t = grid.times()[j];
            double logit = k * (Math.log1p(y0 * Math.expm1(c * t)) / c - t / 2);
            double exact = 1 / (1 + Math.exp(-logit));
            double x = grid.states()[run][j][0];
            smallest = Math.min(smallest, exact);
            assertEquals(exact, x, 1e-6 * exact, "x at t = " + t);
        }
        // the passage goes far below the 1e-10 level that clipped it before, so the test can tell
        assertTrue(smallest < 1e-14, "closest approach " + smallest);
    }

    static Stream<Arguments> passages() {
        List<Arguments> cases = new ArrayList<>();
        // edge cases: the deepest passage (x down to about 1e-32) and the shallowest (about 1e-15)
        cases.add(Arguments.of("edge deep", 10.0, 0.8, 1e-9));
        cases.add(Arguments.of("edge shallow", 6.0, 1.2, 1e-7));
        long seed = 20261201L;
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < 4; i++) {
            double k = 6 + 4 * random.nextDouble();
            double c = 0.8 + 0.4 * random.nextDouble();
            double y0 = Math.pow(10, -7 - 2 * random.nextDouble());
            cases.add(Arguments.of("seed " + seed + " #" + i, k, c, y0));
        }
        return cases.stream();
    }

    /**
     * The windmill example, start 31 of the initial grid (0.5, 0.2, 0.5, 0.2): the capital share at t = 50
     * in the analysis is what {@code egt4j simulate} (an independent run through the command line, with its
     * own default tolerances) prints, to 10<sup>−6</sup> relative, about 1.02·10<sup>−5</sup>, not the 0.0 that
     * atol 10<sup>−10</sup> clipped it to.
     */
    @Test
    void windmillStart31AgreesWithSimulate() throws Exception {
        Path spec = Path.of("..", "examples", "games", "windmill.yaml");
        SpecLoader.GameSpec g = SpecLoader.parseSpec("windmill.yaml", Files.readString(spec, StandardCharsets.UTF_8));
        AnalysisSettings d = AnalysisSettings.DEFAULT;
        // only the grid matters here: no sweeps, map or basins
        AnalysisSettings s = new AnalysisSettings(
                d.time(),
                d.samples(),
                d.levels(),
                d.gridCap(),
                List.of(),
                2,
                List.of(),
                2,
                0,
                1,
                1,
                d.rtol(),
                d.atol());
        BoundGame bound = g.game().bind();
        FullAnalysis a = FullAnalysis.of(bound, DynamicsCatalogue.of("replicator", java.util.Map.of()), s, 1, p -> {});
        double[] start = a.grid().starts().get(30);
        assertEquals(List.of(0.5, 0.2, 0.5, 0.2), List.of(start[0], start[1], start[2], start[3]));
        double[][] samples = a.grid().states()[30];
        double[] end = samples[samples.length - 1];
        CommandLineTest.Run r = CommandLineTest.run(
                "simulate",
                spec.toString(),
                "--time",
                "50",
                "--from",
                "market=0.5,government=0.2,platform=0.5,capital=0.2",
                "--samples",
                "2",
                "--csv");
        assertEquals(0, r.code(), r.err());
        String[] rows = r.out().strip().split("\n");
        String[] last = rows[rows.length - 1].split(",");
        assertEquals(50.0, Double.parseDouble(last[0]));
        for (int i = 0; i < end.length; i++) {
            double simulated = Double.parseDouble(last[i + 1]);
            assertEquals(simulated, end[i], 1e-6 * Math.abs(simulated), "coordinate " + i);
        }
        assertTrue(end[3] > 1e-5 && end[3] < 1.1e-5, "capital share " + end[3]);
    }

    /** Non-imitative dynamics keep the settings' atol; imitative ones control shares relatively. */
    @Test
    void onlyImitativeDynamicsSwitchToRelativeControl() {
        AnalysisSettings d = AnalysisSettings.DEFAULT;
        assertEquals(1e-300, AnalysisSolver.atol(d, DynamicsCatalogue.of("replicator", java.util.Map.of())));
        assertEquals(1e-300, AnalysisSolver.atol(d, DynamicsCatalogue.of("maynard-smith", java.util.Map.of())));
        assertEquals(d.atol(), AnalysisSolver.atol(d, DynamicsCatalogue.of("logit", java.util.Map.of("eta", 0.1))));
        assertEquals(d.atol(), AnalysisSolver.atol(d, DynamicsCatalogue.of("best-response", java.util.Map.of())));
    }
    /**
     * The cooperation-cycles example (ALLC, ALLD, TFT; Imhof, Fudenberg and Nowak, PNAS 102, 10797, 2005):
     * ALLD is a strict Nash equilibrium (P·m = 10 against TFT's S + P(m − 1) − c = 8.3 and ALLC's S·m = 1),
     * and near the ALLC–TFT edge ALLC outearns TFT by c and is then invaded by ALLD (T·m &gt; R·m), so under
     * the replicator every interior start ends at ALLD. An independent integration in log coordinates
     * (u<sub>i</sub> = log x<sub>i</sub>, u<sub>i</sub>' = (Ax)<sub>i</sub> − x·Ax, SciPy DOP853 at rtol
     * 10<sup>−13</sup>) gives ALLD shares 1 − 10<sup>−19</sup> or closer at t = 50 from all four grid starts. With
     * atol 10<sup>−10</sup> the ALLD share was clipped to 0 on the way and three starts "ended" at ALLC, and 904
     * of 2000 basin starts reached no attractor.
     */
    @Test
    void everyCooperationCyclesStartReachesAllD() throws Exception {
        Path spec = Path.of("..", "examples", "games", "cooperation-cycles.yaml");
        SpecLoader.GameSpec g =
                SpecLoader.parseSpec("cooperation-cycles.yaml", Files.readString(spec, StandardCharsets.UTF_8));
        AnalysisSettings d = g.analysis();
        AnalysisSettings s = new AnalysisSettings(
                d.time(),
                d.samples(),
                d.levels(),
                d.gridCap(),
                List.of(),
                2,
                List.of(),
                2,
                400,
                d.basinTime(),
                d.seed(),
                d.rtol(),
                d.atol());
        FullAnalysis a = FullAnalysis.of(g.game().bind(), g.dynamics(), s, 1, p -> {});
        double[][][] states = a.grid().states();
        assertEquals(4, states.length);
        for (double[][] run : states) {
            double[] end = run[run.length - 1];
            assertEquals(1, end[1], 1e-12, "ALLD share at t = 50");
            assertTrue(end[0] > 0, "ALLC share stays positive: " + end[0]);
        }
        assertEquals(1, a.basins().attractors().size());
        assertEquals(400, a.basins().attractors().get(0).count(), "starts reaching ALLD");
        assertEquals(0, a.basins().unresolved());
    }
}
