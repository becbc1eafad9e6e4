package org.egt4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.egt4j.ModelException;
import org.egt4j.dynamics.Dynamics;
import org.egt4j.dynamics.DynamicsCatalogue;
import org.egt4j.dynamics.LogitDynamics;
import org.egt4j.dynamics.PayoffField;
import org.egt4j.dynamics.VectorField;
import org.egt4j.game.BoundGame;
import org.egt4j.game.Game;
import org.egt4j.spec.SpecLoader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code equations --format python|matlab|r --out DIR} on every example: the generated code, run by
 * {@code python3} (NumPy), GNU Octave ({@code octave-cli}) and R ({@code Rscript}, with deSolve for the
 * driver), agrees with egt4j's own compiled field
 * (the second, independent evaluation of the same equations: {@link Dynamics#field}) at seeded random
 * interior states, the barycentre and two vertices — derivative and Jacobian — and on a trajectory: a
 * classical fixed-step RK4 (Runge–Kutta 1901/Kutta; 200 steps of 0.01) run in each language on the
 * generated {@code rhs} ends where the same RK4 on egt4j's field ends, all to 1e-9 (relative to values
 * above 1). One interpreter process runs every example, so the whole class stays within seconds. The
 * drivers ({@code model.py} under {@code __main__}, {@code run_model.m}, {@code run_model.R}) are run on
 * the windmill and their end states compared with {@code egt4j simulate} at tight tolerances. Tests skip
 * (JUnit assumptions, with the reason) where an interpreter is missing: R where {@code Rscript} or
 * deSolve is not installed (.ci/run installs Octave, not R).
 */
class CodeExportTest {

    static final long SEED = 20261201L;
    static final double H = 0.01;
    static final int STEPS = 200;
    static final double TOLERANCE = 1e-9;
    static final String LOGIT = "logit:eta=0.5";

    /** The dynamics computed from the payoffs with max(·, 0), the unit step or a division, beyond logit. */
    static final List<String> PAYOFF_DRIVEN = List.of("smith", "bnn", "projection", "maynard-smith");

    /** Example@dynamic cases whose export was refused (Maynard Smith on a game with a payoff ≤ 0). */
    static final List<String> REFUSED = new ArrayList<>();

    @TempDir
    static Path dir;

    /** Per example: the states checked, and egt4j's field. */
    record Case(
            String example, Game game, Dynamics dynamics, VectorField field, List<double[]> states, double[] start) {}

    static final Map<String, Case> CASES = new LinkedHashMap<>();
    static final Map<String, Map<String, double[]>> PYTHON = new HashMap<>();
    static final Map<String, Map<String, double[]>> OCTAVE = new HashMap<>();
    static final Map<String, Map<String, double[]>> R = new HashMap<>();
    static String pythonProblem;
    static String octaveProblem;
    static String rProblem;

    static Stream<String> examples() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("..", "examples", "games"))) {
            return s
                    .map(p -> p.getFileName().toString())
                    .filter(f -> f.endsWith(".yaml"))
                    .map(f -> f.substring(0, f.length() - 5))
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    @BeforeAll
    static void exportAndRunEverything() throws Exception {
        for (String example : examples().toList()) {
            Path spec = Path.of("..", "examples", "games", example + ".yaml");
            SpecLoader.GameSpec gs = SpecLoader.loadSpec(spec);
            BoundGame bound = gs.game().bind();
            // the spec's own dynamic (polynomial equations), the logit dynamic (a softmax of them) and the
            // dynamics with kinks or a division
            List<String> variants = new ArrayList<>(List.of("", LOGIT));
            variants.addAll(PAYOFF_DRIVEN);
            for (String variant : variants) {
                String key = variant.isEmpty() ? example : example + "@" + variant.replaceAll(":.*", "");
                Dynamics dynamics = variant.isEmpty()
                        ? gs.dynamics()
                        : variant.equals(LOGIT) ? LogitDynamics.of(0.5) : DynamicsCatalogue.of(variant, Map.of());
                VectorField field;
                try {
                    field = dynamics.field(bound);
                } catch (ModelException refused) {
                    CommandLineTest.Run run = CommandLineTest.run(
                            "equations",
                            spec.toString(),
                            "--format",
                            "python",
                            "--out",
                            out(key, "python").toString(),
                            "--dynamics",
                            variant);
                    assertEquals(2, run.code(), key + ": the export refuses what the field refuses");
                    REFUSED.add(key);
                    continue;
                }
                for (String format : List.of("python", "matlab", "r")) {
                    List<String> args = new ArrayList<>(List.of(
                            "equations",
                            spec.toString(),
                            "--format",
                            format,
                            "--out",
                            out(key, format).toString()));
                    if (!variant.isEmpty()) {
                        args.addAll(List.of("--dynamics", variant));
                    }
                    CommandLineTest.Run run = CommandLineTest.run(args.toArray(String[]::new));
                    assertEquals(0, run.code(), key + " " + format + ": " + run.err());
                }
                CASES.put(key, new Case(key, gs.game(), dynamics, field, states(gs.game()), barycentre(gs.game())));
            }
        }
        if (!available("python3", "-c", "import numpy")) {
            pythonProblem = "python3 with numpy is not installed";
        } else {
            PYTHON.putAll(
                    run(List.of("python3", write("check.py", pythonScript()).toString())));
        }
        if (!available("octave-cli", "--version")) {
            octaveProblem = "octave-cli is not installed (apt-get install octave; .ci/run installs it)";
        } else {
            OCTAVE.putAll(run(List.of(
                    "octave-cli",
                    "--no-gui",
                    "--norc",
                    "--quiet",
                    write("check.m", octaveScript()).toString())));
        }
        if (!available("Rscript", "--version")) {
            rProblem = "Rscript is not installed (R is tested only where it exists)";
        } else if (!available("Rscript", "-e", "library(deSolve)")) {
            rProblem = "the R package deSolve is not installed";
        } else {
            R.putAll(run(List.of("Rscript", write("check.R", rScript()).toString())));
        }
    }

    @AfterAll
    static void clear() {
        CASES.clear();
        PYTHON.clear();
        OCTAVE.clear();
        R.clear();
        REFUSED.clear();
    }

    static Path out(String key, String format) {
        return dir.resolve(key.replace('@', '-') + "-" + format);
    }

    /** Seeded Dirichlet(1,…,1) states of every population, the barycentre and the two extreme vertices. */
    static List<double[]> states(Game game) {
        SplittableRandom random = new SplittableRandom(SEED);
        List<double[]> states = new ArrayList<>();
        for (int r = 0; r < 3; r++) {
            double[] x = new double[game.dimension()];
            int c = 0;
            for (int n : game.sizes()) {
                double[] g = new double[n];
                double sum = 0;
                for (int i = 0; i < n; i++) {
                    g[i] = -Math.log(1 - random.nextDouble());
                    sum += g[i];
                }
                for (int i = 0; i < n - 1; i++) {
                    x[c++] = g[i] / sum;
                }
            }
            states.add(x);
        }
        states.add(barycentre(game));
        states.add(new double[game.dimension()]); // every population plays its last strategy
        double[] first = new double[game.dimension()];
        for (int k = 0; k < game.populations().size(); k++) {
            first[game.offset(k)] = 1; // every population plays its first strategy
        }
        states.add(first);
        return states;
    }

    static double[] barycentre(Game game) {
        double[] x = new double[game.dimension()];
        int c = 0;
        for (int n : game.sizes()) {
            for (int i = 0; i < n - 1; i++) {
                x[c++] = 1.0 / n;
            }
        }
        return x;
    }

    /** The classical RK4 on egt4j's field, the same steps the scripts take. */
    static double[] rk4(VectorField f, double[] start) {
        int n = start.length;
        double[] x = start.clone();
        double[] k1 = new double[n];
        double[] k2 = new double[n];
        double[] k3 = new double[n];
        double[] k4 = new double[n];
        double[] y = new double[n];
        for (int s = 0; s < STEPS; s++) {
            f.derivative(x, k1);
            for (int i = 0; i < n; i++) {
                y[i] = x[i] + H / 2 * k1[i];
            }
            f.derivative(y, k2);
            for (int i = 0; i < n; i++) {
                y[i] = x[i] + H / 2 * k2[i];
            }
            f.derivative(y, k3);
            for (int i = 0; i < n; i++) {
                y[i] = x[i] + H * k3[i];
            }
            f.derivative(y, k4);
            for (int i = 0; i < n; i++) {
                x[i] += H / 6 * (k1[i] + 2 * k2[i] + 2 * k3[i] + k4[i]);
            }
        }
        return x;
    }

    static String vector(double[] x, String open, String close) {
        List<String> v = new ArrayList<>();
        for (double d : x) {
            v.add(Double.toString(d));
        }
        return open + String.join(", ", v) + close;
    }

    static String pythonScript() {
        StringBuilder sb = new StringBuilder("import importlib.util\nimport numpy as np\n\n");
        sb.append("def out(tag, v):\n    print(tag, *[repr(float(a)) for a in np.ravel(v)])\n\n");
        sb.append("def rk4(m, x):\n    x = np.array(x, dtype=float)\n    for _ in range(")
                .append(STEPS)
                .append("):\n");
        sb.append("        k1 = m.rhs(0, x, m.PARAMS)\n        k2 = m.rhs(0, x + ")
                .append(H)
                .append(" / 2 * k1, m.PARAMS)\n");
        sb.append("        k3 = m.rhs(0, x + ").append(H).append(" / 2 * k2, m.PARAMS)\n");
        sb.append("        k4 = m.rhs(0, x + ").append(H).append(" * k3, m.PARAMS)\n");
        sb.append("        x = x + ").append(H).append(" / 6 * (k1 + 2 * k2 + 2 * k3 + k4)\n    return x\n\n");
        int id = 0;
        for (Case c : CASES.values()) {
            String m = "m" + id++;
            sb.append("spec = importlib.util.spec_from_file_location(\"")
                    .append(m)
                    .append("\", r\"")
                    .append(out(c.example(), "python").resolve("model.py"))
                    .append("\")\n");
            sb.append(m)
                    .append(" = importlib.util.module_from_spec(spec)\nspec.loader.exec_module(")
                    .append(m)
                    .append(")\n");
            for (int s = 0; s < c.states().size(); s++) {
                String x = vector(c.states().get(s), "np.array([", "])");
                sb.append("out(\"")
                        .append(c.example())
                        .append(" F")
                        .append(s)
                        .append("\", ")
                        .append(m)
                        .append(".rhs(0, ")
                        .append(x)
                        .append(", ")
                        .append(m)
                        .append(".PARAMS))\n");
                sb.append("out(\"")
                        .append(c.example())
                        .append(" J")
                        .append(s)
                        .append("\", ")
                        .append(m)
                        .append(".jac(0, ")
                        .append(x)
                        .append(", ")
                        .append(m)
                        .append(".PARAMS))\n");
            }
            sb.append("out(\"")
                    .append(c.example())
                    .append(" RK4\", rk4(")
                    .append(m)
                    .append(", ")
                    .append(m)
                    .append(".X0))\n");
        }
        return sb.toString();
    }

    static String octaveScript() {
        StringBuilder sb = new StringBuilder("1;\n");
        sb.append("function out(tag, v)\n  printf('%s', tag); printf(' %.17g', v); printf('\\n');\nend\n");
        sb.append("function x = rk4(x, p)\n  for s = 1:").append(STEPS).append('\n');
        sb.append("    k1 = rhs(0, x, p); k2 = rhs(0, x + ").append(H).append(" / 2 * k1, p);\n");
        sb.append("    k3 = rhs(0, x + ")
                .append(H)
                .append(" / 2 * k2, p); k4 = rhs(0, x + ")
                .append(H)
                .append(" * k3, p);\n");
        sb.append("    x = x + ").append(H).append(" / 6 * (k1 + 2 * k2 + 2 * k3 + k4);\n  end\nend\n");
        for (Case c : CASES.values()) {
            sb.append("cd('").append(out(c.example(), "matlab")).append("'); clear rhs jac params;\n");
            sb.append("p = params();\n");
            for (int s = 0; s < c.states().size(); s++) {
                String x = vector(c.states().get(s), "[", "]'");
                sb.append("out('")
                        .append(c.example())
                        .append(" F")
                        .append(s)
                        .append("', rhs(0, ")
                        .append(x)
                        .append(", p));\n");
                // row-major, as egt4j writes the Jacobian
                sb.append("J = jac(0, ")
                        .append(x)
                        .append(", p)'; out('")
                        .append(c.example())
                        .append(" J")
                        .append(s)
                        .append("', J(:));\n");
            }
            sb.append("out('")
                    .append(c.example())
                    .append(" RK4', rk4(")
                    .append(vector(c.start(), "[", "]'"))
                    .append(", p));\n");
        }
        return sb.toString();
    }

    static String rScript() {
        StringBuilder sb = new StringBuilder();
        sb.append("out <- function(tag, v) cat(tag, sprintf('%.17g', as.vector(v)), '\\n')\n");
        sb.append("rk4 <- function(x, p) {\n  for (s in 1:").append(STEPS).append(") {\n");
        sb.append("    k1 <- rhs(0, x, p)[[1]]; k2 <- rhs(0, x + ").append(H).append(" / 2 * k1, p)[[1]]\n");
        sb.append("    k3 <- rhs(0, x + ")
                .append(H)
                .append(" / 2 * k2, p)[[1]]; k4 <- rhs(0, x + ")
                .append(H)
                .append(" * k3, p)[[1]]\n");
        sb.append("    x <- x + ").append(H).append(" / 6 * (k1 + 2 * k2 + 2 * k3 + k4)\n  }\n  x\n}\n");
        for (Case c : CASES.values()) {
            sb.append("source('")
                    .append(out(c.example(), "r").resolve("model.R"))
                    .append("')\n");
            for (int s = 0; s < c.states().size(); s++) {
                String x = vector(c.states().get(s), "c(", ")");
                sb.append("out('")
                        .append(c.example())
                        .append(" F")
                        .append(s)
                        .append("', rhs(0, ")
                        .append(x);
                sb.append(", params)[[1]])\n");
                // row-major, as egt4j writes the Jacobian
                sb.append("out('")
                        .append(c.example())
                        .append(" J")
                        .append(s)
                        .append("', t(jac(0, ")
                        .append(x);
                sb.append(", params)))\n");
            }
            sb.append("out('").append(c.example()).append(" RK4', rk4(x0, params))\n");
        }
        return sb.toString();
    }

    static Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    static boolean available(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Runs a script; lines {@code EXAMPLE TAG v v ...} become a map per example. */
    static Map<String, Map<String, double[]>> run(List<String> command) throws Exception {
        ProcessResult r = exec(command, Map.of());
        assertEquals(0, r.code(), String.join(" ", command) + ":\n" + r.output());
        Map<String, Map<String, double[]>> result = new HashMap<>();
        for (String line : r.output().split("\n")) {
            String[] f = line.trim().split(" +");
            if (f.length < 2 || !CASES.containsKey(f[0])) {
                continue; // interpreter noise, e.g. Octave's exit message
            }
            double[] v = new double[f.length - 2];
            for (int i = 0; i < v.length; i++) {
                v[i] = Double.parseDouble(f[i + 2].replace("Inf", "Infinity"));
            }
            result.computeIfAbsent(f[0], k -> new HashMap<>()).put(f[1], v);
        }
        return result;
    }

    record ProcessResult(int code, String output) {}

    static ProcessResult exec(List<String> command, Map<String, String> environment) throws Exception {
        ProcessBuilder pb =
                new ProcessBuilder(command).redirectErrorStream(true).directory(dir.toFile());
        pb.environment().putAll(environment);
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), String.join(" ", command) + " timed out");
        return new ProcessResult(p.exitValue(), output);
    }

    static void assertClose(double[] expected, double[] actual, String what) {
        assertEquals(expected.length, actual.length, what + ": length");
        for (int i = 0; i < expected.length; i++) {
            double scale = Math.max(1, Math.abs(expected[i]));
            assertTrue(
                    Math.abs(expected[i] - actual[i]) <= TOLERANCE * scale,
                    what + "[" + i + "]: egt4j " + expected[i] + ", generated code " + actual[i]);
        }
    }

    /**
     * Whether the dynamic's field is differentiable at x (no tie within 1e-9 where it has a kink): only
     * there are the one-sided Jacobians of two evaluations comparable (at a kink, rounding decides the side).
     */
    static boolean differentiable(Case c, double[] x) {
        Game g = c.game();
        PayoffField payoffs = PayoffField.of(g.bind());
        double[] f = new double[payoffs.size()];
        payoffs.payoffs(x, f);
        int pops = g.populations().size();
        double[][] shares = new double[pops][];
        double[][] byPopulation = new double[pops][];
        for (int k = 0; k < pops; k++) {
            int m = g.sizes()[k];
            shares[k] = new double[m];
            double last = 1;
            for (int i = 0; i < m - 1; i++) {
                shares[k][i] = x[g.offset(k) + i];
                last -= shares[k][i];
            }
            shares[k][m - 1] = last;
            byPopulation[k] = java.util.Arrays.copyOfRange(f, payoffs.start(k), payoffs.start(k + 1));
        }
        return c.dynamics().isDifferentiableAt(shares, byPopulation, 1e-9);
    }

    static void compare(String example, Map<String, double[]> got, String language) {
        Case c = CASES.get(example);
        assertTrue(got != null && !got.isEmpty(), language + " printed nothing for " + example);
        int n = c.game().dimension();
        for (int s = 0; s < c.states().size(); s++) {
            double[] f = new double[n];
            double[] j = new double[n * n];
            c.field().derivative(c.states().get(s), f);
            c.field().jacobian(c.states().get(s), j);
            String at = example + " (" + language + ") at state " + s;
            assertClose(f, got.get("F" + s), at + ": derivative");
            if (differentiable(c, c.states().get(s))) {
                assertClose(j, got.get("J" + s), at + ": Jacobian");
            }
        }
        assertClose(rk4(c.field(), c.start()), got.get("RK4"), example + " (" + language + "): RK4 end state");
    }

    @ParameterizedTest(name = "python: {0} (seed " + SEED + ")")
    @MethodSource("examples")
    void pythonCodeAgreesWithEgt4j(String example) {
        assumeTrue(pythonProblem == null, () -> "skipped: " + pythonProblem);
        compare(example, PYTHON.get(example), "python");
    }

    @ParameterizedTest(name = "python, logit eta = 0.5: {0} (seed " + SEED + ")")
    @MethodSource("examples")
    void pythonLogitCodeAgreesWithEgt4j(String example) {
        assumeTrue(pythonProblem == null, () -> "skipped: " + pythonProblem);
        compare(example + "@logit", PYTHON.get(example + "@logit"), "python");
    }

    @ParameterizedTest(name = "octave: {0} (seed " + SEED + ")")
    @MethodSource("examples")
    void matlabCodeRunsInOctaveAndAgreesWithEgt4j(String example) {
        assumeTrue(octaveProblem == null, () -> "skipped: " + octaveProblem);
        compare(example, OCTAVE.get(example), "octave");
    }

    @ParameterizedTest(name = "octave, logit eta = 0.5: {0} (seed " + SEED + ")")
    @MethodSource("examples")
    void matlabLogitCodeRunsInOctaveAndAgreesWithEgt4j(String example) {
        assumeTrue(octaveProblem == null, () -> "skipped: " + octaveProblem);
        compare(example + "@logit", OCTAVE.get(example + "@logit"), "octave");
    }

    static Stream<String> payoffDrivenCases() throws IOException {
        List<String> cases = new ArrayList<>();
        for (String example : examples().toList()) {
            for (String d : PAYOFF_DRIVEN) {
                cases.add(example + "@" + d);
            }
        }
        return cases.stream();
    }

    static Stream<String> allCases() throws IOException {
        List<String> cases = new ArrayList<>();
        for (String example : examples().toList()) {
            cases.add(example);
            cases.add(example + "@logit");
        }
        payoffDrivenCases().forEach(cases::add);
        return cases.stream();
    }

    @ParameterizedTest(name = "python: {0} (seed " + SEED + ")")
    @MethodSource("payoffDrivenCases")
    void pythonCodeOfTheKinkedAndRationalDynamicsAgreesWithEgt4j(String key) {
        assumeTrue(pythonProblem == null, () -> "skipped: " + pythonProblem);
        assumeTrue(!REFUSED.contains(key), "maynard-smith refuses a game with a payoff <= 0 (checked above)");
        compare(key, PYTHON.get(key), "python");
    }

    @ParameterizedTest(name = "octave: {0} (seed " + SEED + ")")
    @MethodSource("payoffDrivenCases")
    void matlabCodeOfTheKinkedAndRationalDynamicsRunsInOctaveAndAgreesWithEgt4j(String key) {
        assumeTrue(octaveProblem == null, () -> "skipped: " + octaveProblem);
        assumeTrue(!REFUSED.contains(key), "maynard-smith refuses a game with a payoff <= 0 (checked above)");
        compare(key, OCTAVE.get(key), "octave");
    }

    @ParameterizedTest(name = "R: {0} (seed " + SEED + ")")
    @MethodSource("allCases")
    void rCodeAgreesWithEgt4j(String key) {
        assumeTrue(rProblem == null, () -> "skipped: " + rProblem);
        assumeTrue(!REFUSED.contains(key), "maynard-smith refuses a game with a payoff <= 0 (checked above)");
        compare(key, R.get(key), "R");
    }

    /** Every payoff-driven dynamic is exported for at least one example (Maynard Smith needs payoffs > 0). */
    @Test
    void everyPayoffDrivenDynamicIsExportedSomewhere() {
        for (String d : PAYOFF_DRIVEN) {
            assertTrue(CASES.keySet().stream().anyMatch(k -> k.endsWith("@" + d)), d);
        }
    }

    /** egt4j's own end state at t = 50 from the barycentre, DP8 at tight tolerances. */
    static double[] simulated(String example) {
        Path spec = Path.of("..", "examples", "games", example + ".yaml");
        Game game = CASES.get(example).game();
        StringBuilder from = new StringBuilder();
        for (int k = 0; k < game.populations().size(); k++) {
            int n = game.sizes()[k];
            from.append(k == 0 ? "" : ",")
                    .append(game.populations().get(k).name())
                    .append('=');
            for (int i = 0; i < n; i++) {
                from.append(i == 0 ? "" : ":").append(Double.toString(1.0 / n));
            }
        }
        CommandLineTest.Run run = CommandLineTest.run(
                "simulate",
                spec.toString(),
                "--time",
                "50",
                "--samples",
                "2",
                "--rtol",
                "1e-12",
                "--atol",
                "1e-14",
                "--csv",
                "--from",
                from.toString());
        assertEquals(0, run.code(), run.err());
        String[] lines = run.out().trim().split("\n");
        String[] last = lines[lines.length - 1].split(",");
        double[] x = new double[last.length - 1];
        for (int i = 0; i < x.length; i++) {
            x[i] = Double.parseDouble(last[i + 1]);
        }
        return x;
    }

    static double[] driverEndState(String output) {
        for (String line : output.split("\n")) {
            if (line.startsWith("x(")) {
                String[] f = line.substring(line.indexOf('=') + 1).trim().split(" +");
                double[] x = new double[f.length];
                for (int i = 0; i < f.length; i++) {
                    x[i] = Double.parseDouble(f[i]);
                }
                return x;
            }
        }
        throw new AssertionError("the driver printed no end state:\n" + output);
    }

    @Test
    void pythonDriverIntegratesWithSolveIvpLikeEgt4jSimulate() throws Exception {
        assumeTrue(pythonProblem == null, () -> "skipped: " + pythonProblem);
        assumeTrue(available("python3", "-c", "import scipy"), "skipped: scipy is not installed");
        ProcessResult r = exec(
                List.of("python3", out("windmill", "python").resolve("model.py").toString()),
                Map.of("EGT4J_NO_PLOT", "1"));
        assertEquals(0, r.code(), r.output());
        // two adaptive integrators at rtol 1e-10 and 1e-12: agreement to 1e-7, not to the last digit
        double[] expected = simulated("windmill");
        double[] got = driverEndState(r.output());
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], got[i], 1e-7, "windmill x(" + (i + 1) + ") at t = 50");
        }
    }

    @Test
    void octaveDriverIntegratesWithOde45LikeEgt4jSimulate() throws Exception {
        assumeTrue(octaveProblem == null, () -> "skipped: " + octaveProblem);
        ProcessResult r = exec(
                List.of(
                        "octave-cli",
                        "--no-gui",
                        "--norc",
                        "--quiet",
                        "--eval",
                        "cd('" + out("windmill", "matlab") + "'); run_model"),
                Map.of("EGT4J_NO_PLOT", "1"));
        assertEquals(0, r.code(), r.output());
        double[] expected = simulated("windmill");
        double[] got = driverEndState(r.output());
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], got[i], 1e-7, "windmill x(" + (i + 1) + ") at t = 50");
        }
    }

    @Test
    void rCodeRunsWithDeSolveWhereRscriptExists() throws Exception {
        assumeTrue(
                available("Rscript", "--version"),
                "skipped: Rscript is not installed (R is tested only where it exists)");
        assumeTrue(available("Rscript", "-e", "library(deSolve)"), "skipped: the R package deSolve is not installed");
        ProcessResult r = exec(
                List.of("Rscript", out("windmill", "r").resolve("run_model.R").toString()),
                Map.of("EGT4J_NO_PLOT", "1"));
        assertEquals(0, r.code(), r.output());
        double[] expected = simulated("windmill");
        double[] got = driverEndState(r.output());
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], got[i], 1e-7, "windmill x(" + (i + 1) + ") at t = 50");
        }
    }

    @Test
    void maynardSmithOnAGameWithANegativePayoffIsRefusedLikeItsField(@TempDir Path tmp) {
        Path target = tmp.resolve("maynard-smith");
        CommandLineTest.Run run = CommandLineTest.run(
                "equations",
                "../examples/games/hawk-dove.yaml",
                "--dynamics",
                "maynard-smith",
                "--format",
                "python",
                "--out",
                target.toString());
        assertEquals(2, run.code());
        assertTrue(run.err().contains("maynard-smith") && run.err().contains("positive payoffs"), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
        assertFalse(Files.exists(target), "nothing is written");
    }

    @Test
    void codeFormatsNeedOut() {
        CommandLineTest.Run run = CommandLineTest.run("equations", "../examples/games/hawk-dove.yaml", "--format", "r");
        assertEquals(2, run.code());
        assertTrue(run.err().contains("--out DIR"), run.err());
    }

    @Test
    void anExistingFolderKeepsOtherFilesAndNoPartialFolderRemains(@TempDir Path tmp) throws IOException {
        Path target = tmp.resolve("code");
        Files.createDirectories(target);
        Files.writeString(target.resolve("notes.txt"), "mine");
        Files.writeString(target.resolve("model.py"), "old");
        CommandLineTest.Run run = CommandLineTest.run(
                "equations", "../examples/games/hawk-dove.yaml", "--format", "python", "--out", target.toString());
        assertEquals(0, run.code(), run.err());
        assertEquals("mine", Files.readString(target.resolve("notes.txt")));
        assertTrue(Files.readString(target.resolve("model.py")).contains("def jac(t, x, p=PARAMS):"));
        try (Stream<Path> s = Files.list(tmp)) {
            assertEquals(List.of(target), s.toList(), "no temporary sibling is left behind");
        }
    }
}
