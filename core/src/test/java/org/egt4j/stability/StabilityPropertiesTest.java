package org.egt4j.stability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.egt4j.dynamics.Replicator;
import org.egt4j.game.BoundGame;
import org.egt4j.game.Game;
import org.egt4j.ode.DormandPrince54;
import org.egt4j.ode.SolverSettings;
import org.egt4j.ode.StopCondition;
import org.egt4j.ode.Trajectory;
import org.egt4j.testing.RandomGames;
import org.egt4j.testing.RandomStates;
import org.hipparchus.complex.Complex;
import org.hipparchus.linear.EigenDecompositionNonSymmetric;
import org.hipparchus.linear.MatrixUtils;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Seeded properties of the stability analysis over random games. */
class StabilityPropertiesTest {

    static LongStream seeds() {
        return RandomGames.seeds(300);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void everyRestPointHasZeroFieldAndSetSamplesToo(long seed) {
        Game g = RandomGames.recipe(seed).build();
        BoundGame b = g.bind();
        StabilityAnalysis a = StabilityAnalysis.of(b);
        Replicator field = Replicator.of(b);
        double[] dx = new double[g.dimension()];
        for (RestPoint p : a.restPoints()) {
            field.derivative(p.coordinates(), dx);
            for (double d : dx) {
                assertEquals(0, d, 1e-10, "seed " + seed);
            }
            assertTrue(field.stateSpace().margin(p.coordinates()) >= -1e-12);
        }
        for (RestPointSet s : a.restPointSets()) {
            for (double[][] sample : s.samples()) {
                field.derivative(RandomStates.reduced(g, sample), dx);
                for (double d : dx) {
                    assertEquals(0, d, 1e-9, "set sample, seed " + seed);
                }
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void eigenvaluesAgreeWithHipparchusOnRandomMatrices(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int n = 1 + r.nextInt(6);
        double[] m = new double[n * n];
        double[][] rows = new double[n][n];
        for (int i = 0; i < n * n; i++) {
            m[i] = r.nextInt(8) == 0 ? 0 : r.nextDouble() * 4 - 2;
            rows[i / n][i % n] = m[i];
        }
        List<Eigenvalue> ours = Eigenvalue.of(m, n);
        assertEquals(n, ours.size());
        // second reference: the eigenvalues sum to the trace
        double trace = 0;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            trace += rows[i][i];
            sum += ours.get(i).re();
        }
        assertEquals(trace, sum, 1e-9, "seed " + seed);
        Complex[] ref;
        try {
            ref = new EigenDecompositionNonSymmetric(MatrixUtils.createRealMatrix(rows)).getEigenvalues();
        } catch (org.hipparchus.exception.MathRuntimeException degenerate) {
            return; // Hipparchus also computes eigenvectors and refuses some defective matrices
        }
        List<Eigenvalue> theirs = new ArrayList<>();
        for (Complex c : ref) {
            theirs.add(new Eigenvalue(c.getReal(), c.getImaginary()));
        }
        for (Eigenvalue e : theirs) {
            boolean found = ours.stream().anyMatch(o -> Math.hypot(o.re() - e.re(), o.im() - e.im()) < 1e-8);
            assertTrue(found, "seed " + seed + ": " + e + " not in " + ours);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void vertexTableValuesAreTheNumericEigenvaluesAtRandomParameters(long seed) {
        RandomGames.Recipe recipe = RandomGames.recipe(seed);
        Game g = recipe.build();
        SplittableRandom r = new SplittableRandom(seed);
        Map<String, Double> values = new java.util.HashMap<>();
        for (String p : recipe.parameters.keySet()) {
            values.put(p, 0.25 + 3 * r.nextDouble());
        }
        BoundGame b = g.bind(values);
        VertexTable table = VertexTable.of(b, null);
        Replicator field = Replicator.of(b);
        int n = g.dimension();
        double[] jac = new double[n * n];
        List<double[][]> vertices = RandomStates.allVertices(g);
        for (int v = 0; v < vertices.size(); v++) {
            field.jacobian(RandomStates.reduced(g, vertices.get(v)), jac);
            List<Eigenvalue> numeric = Eigenvalue.of(jac, n);
            VertexTable.Vertex row = table.vertices().get(v);
            double[] exact = row.eigenvalues().stream()
                    .mapToDouble(VertexTable.VertexEigenvalue::value)
                    .sorted()
                    .toArray();
            double[] num = numeric.stream().mapToDouble(Eigenvalue::re).sorted().toArray();
            for (Eigenvalue e : numeric) {
                assertEquals(0, e.im(), 1e-9, "vertex eigenvalues are real, seed " + seed);
            }
            for (int i = 0; i < n; i++) {
                assertEquals(
                        exact[i],
                        num[i],
                        1e-9 * Math.max(1, Math.abs(exact[i])),
                        "vertex " + row.label() + ", seed " + seed);
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void everyLimitOfALongTrajectoryIsAFoundRestPoint(long seed) {
        Game g = RandomGames.recipe(seed).build();
        BoundGame b = g.bind();
        StabilityAnalysis a = StabilityAnalysis.of(b);
        Replicator field = Replicator.of(b);
        SplittableRandom r = new SplittableRandom(seed);
        for (int run = 0; run < 2; run++) {
            double[] x0 = RandomStates.reduced(g, RandomStates.interior(g, r));
            Trajectory t = new DormandPrince54(SolverSettings.DEFAULT.withTolerances(1e-10, 1e-12))
                    .integrate(field, 0, x0, 300, null, List.of(), List.of(StopCondition.steadyState(1e-11, 5)));
            if (t.reason() != Trajectory.Reason.CONDITION) {
                continue; // cycles or slow convergence: no limit point to check
            }
            double[] end = t.state();
            boolean found = false;
            for (RestPoint p : a.restPoints()) {
                double d = 0;
                for (int i = 0; i < end.length; i++) {
                    d = Math.max(d, Math.abs(p.coordinates()[i] - end[i]));
                }
                found |= d < 1e-5;
            }
            found |= !a.restPointSets().isEmpty(); // a limit on a continuum is not an isolated point
            assertTrue(
                    found,
                    "seed " + seed + ": limit " + java.util.Arrays.toString(end) + " is not among "
                            + a.restPoints().size() + " rest points");
        }
    }
}
