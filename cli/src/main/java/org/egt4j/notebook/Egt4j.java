package org.egt4j.notebook;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.egt4j.ModelException;
import org.egt4j.Show;
import org.egt4j.analysis.AnalysisBudget;
import org.egt4j.analysis.FullAnalysis;
import org.egt4j.analysis.TrajectorySet;
import org.egt4j.cli.ReportBudgets;
import org.egt4j.dynamics.VectorField;
import org.egt4j.game.BoundGame;
import org.egt4j.game.Game;
import org.egt4j.ode.AdaptiveRungeKutta;
import org.egt4j.ode.Sampler;
import org.egt4j.ode.SolverSettings;
import org.egt4j.report.AnalysisReport;
import org.egt4j.report.Messages;
import org.egt4j.report.ReportAssembly;
import org.egt4j.report.ReportWriter;
import org.egt4j.spec.SpecLoader;
import org.egt4j.spec.States;
import org.egt4j.stability.StabilityAnalysis;

/**
 * The notebook entry point: {@code Egt4j.load("examples/games/windmill.yaml").analyze()} prints the
 * equations, rest points, vertex table and ESS conditions as text; {@code .writeReport(Path.of("out",
 * "windmill"))} writes the report of {@code egt4j analyze --out}; {@code .simulate("x=0.2,y=0.5", 50)}
 * and {@code .field("x=0.2,y=0.5")} are {@code egt4j simulate} and {@code egt4j field}. Relative paths
 * are read from the working directory (the launcher {@code ./egt4j jshell NOTEBOOK} runs notebooks in
 * the project root). Bad input is the same {@link ModelException} the command line reports.
 */
public final class Egt4j {

    private Egt4j() {}

    /**
     * Loads a spec.
     *
     * @param path the spec file, relative to the working directory or absolute
     * @return the model, with the spec's parameter values
     * @throws ModelException when the file is missing or the spec is invalid, naming the place
     */
    public static Model load(String path) {
        return load(Path.of(path));
    }

    /**
     * Loads a spec.
     *
     * @param path the spec file
     * @return the model, with the spec's parameter values
     * @throws ModelException when the file is missing or the spec is invalid, naming the place
     */
    public static Model load(Path path) {
        return new Model(path, SpecLoader.loadSpec(path), Map.of());
    }

    /**
     * A loaded spec with parameter values: immutable; {@link #set} gives a copy with other values.
     */
    public static final class Model {
        private final Path path;
        private final SpecLoader.GameSpec spec;
        private final Map<String, Double> values;

        Model(Path path, SpecLoader.GameSpec spec, Map<String, Double> values) {
            this.path = path;
            this.spec = spec;
            this.values = Map.copyOf(values);
            spec.game().bind(this.values); // checks names and ranges now, not at the first analysis
        }

        /**
         * This model with one parameter set, like {@code --set NAME=VALUE}.
         *
         * @param name a parameter of the game
         * @param value its value
         * @return the new model
         * @throws ModelException for an unknown parameter or a value outside its range
         */
        public Model set(String name, double value) {
            Map<String, Double> m = new LinkedHashMap<>(values);
            m.put(name, value);
            return new Model(path, spec, m);
        }

        /** {@return the spec as loaded: game, analysis settings, dynamic, process, noise, language} */
        public SpecLoader.GameSpec spec() {
            return spec;
        }

        /** {@return the symbolic game} */
        public Game game() {
            return spec.game();
        }

        /** {@return the game bound to this model's parameter values} */
        public BoundGame bound() {
            return spec.game().bind(values);
        }

        /**
         * The stability analysis under the spec's dynamic: rest points, continua, the vertex table and
         * its ESS conditions and thresholds.
         *
         * @return the analysis; printing it shows the report's text
         */
        public Analysis analyze() {
            return new Analysis(this, StabilityAnalysis.of(bound(), spec.dynamics()));
        }

        /**
         * Integrates the spec's dynamic from a start, like {@code egt4j simulate --from STATE --time T}
         * with 101 samples and the command's tolerances (rtol 1e-8; atol 1e-300 for imitative dynamics).
         *
         * @param from the start, {@code POP=v,...} or {@code POP=v1:v2:...}
         * @param time the end time, positive
         * @return the samples (one start), printing readably
         * @throws ModelException for a bad start or time
         */
        public TrajectorySet simulate(String from, double time) {
            if (!(Double.isFinite(time) && time > 0)) {
                throw new ModelException(
                        "simulate: time " + time + " is not a usable end time", "give a positive time such as 50");
            }
            double[] x0;
            try {
                x0 = States.parse(spec.game(), from);
            } catch (ModelException e) {
                throw e.in("simulate from " + from);
            }
            VectorField field = spec.dynamics().field(bound());
            double atol = spec.dynamics().isImitative() ? 1e-300 : 1e-10;
            Sampler sampler = Sampler.evenly(0, time, 101);
            AdaptiveRungeKutta.create(SolverSettings.DEFAULT.withTolerances(1e-8, atol))
                    .integrate(field, 0, x0, time, sampler);
            return new TrajectorySet(sampler.times(), List.of(x0), List.of(from), new double[][][] {sampler.states()});
        }

        /**
         * The right-hand side and its Jacobian at a state, like {@code egt4j field --at STATE}.
         *
         * @param state the state, {@code POP=v,...} or {@code POP=v1:v2:...}
         * @return the values in reduced coordinates
         * @throws ModelException for a bad state
         */
        public Field field(String state) {
            double[] x;
            try {
                x = States.parse(spec.game(), state);
            } catch (ModelException e) {
                throw e.in("field at " + state);
            }
            VectorField f = spec.dynamics().field(bound());
            int n = f.dimension();
            double[] dx = new double[n];
            double[] flat = new double[n * n];
            f.derivativeAndJacobian(x, dx, flat);
            double[][] jacobian = new double[n][n];
            for (int i = 0; i < n; i++) {
                System.arraycopy(flat, i * n, jacobian[i], 0, n);
            }
            return new Field(spec.game().coordinateNames(), x, dx, jacobian);
        }

        /**
         * The spec, its parameter values and its equations, e.g. {@code Model[windmill.yaml,
         * replicator, S=1, ...]}.
         *
         * @return the text
         */
        @Override
        public String toString() {
            return "Model[" + path.getFileName() + ", " + spec.dynamics().name() + ", " + bound() + "]";
        }
    }

    /**
     * The field at a state: reduced coordinates in {@code field --json} order.
     *
     * @param coordinates the names of the reduced coordinates
     * @param state the state
     * @param derivative dx/dt
     * @param jacobian row i, column j = ∂(dx_i/dt)/∂x_j
     */
    public record Field(List<String> coordinates, double[] state, double[] derivative, double[][] jacobian) {
        /**
         * Readable text ({@link Show#record}).
         *
         * @return the text
         */
        @Override
        public String toString() {
            return Show.record(this);
        }
    }

    /** A model's stability analysis; {@link #toString()} is the report's text, {@link #writeReport} the report. */
    public static final class Analysis {
        private final Model model;
        private final StabilityAnalysis stability;

        Analysis(Model model, StabilityAnalysis stability) {
            this.model = model;
            this.stability = stability;
        }

        /** {@return the typed results: rest points, continua, vertex table with thresholds} */
        public StabilityAnalysis stability() {
            return stability;
        }

        /**
         * Writes the full report of {@code egt4j analyze SPEC --out DIR} (trajectories, sensitivity, map,
         * basins, figures, the finite and stochastic sections the spec asks for) into a directory,
         * replacing a previous report there as a whole (written to a temporary sibling first).
         *
         * @param dir the report directory
         * @return the files written, relative to dir
         * @throws ModelException over a report budget or for a directory that is not a report
         */
        public List<String> writeReport(Path dir) {
            SpecLoader.GameSpec spec = model.spec;
            BoundGame bound = model.bound();
            ReportBudgets.check(spec, bound, AnalysisBudget.DEFAULT);
            int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
            FullAnalysis full = FullAnalysis.of(bound, spec.dynamics(), spec.analysis(), threads, phase -> {});
            // the sections the spec asks for, assembled as egt4j analyze --out and the Spark job assemble them
            ReportWriter writer = ReportAssembly.writer(spec, bound, full, messages(), spec.factorEquations(), threads);
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(model.path);
            } catch (IOException e) {
                throw new ModelException("cannot read " + model.path + ": " + e.getMessage(), "check the file");
            }
            List<String> sets = new ArrayList<>();
            model.values.forEach((k, v) -> sets.add(" --set " + k + "=" + v));
            return writer.write(
                    dir,
                    "Egt4j.load(" + model.path + ")" + String.join("", sets) + ".analyze()" + ".writeReport(" + dir
                            + ")",
                    bytes);
        }

        private Messages messages() {
            return Messages.of(model.spec.language());
        }

        /**
         * The analysis as the report's text: equations, rest points with eigenvalues and verdicts, the
         * vertex table and the ESS conditions and thresholds (Markdown, in the spec's language).
         *
         * @return the text
         */
        @Override
        public String toString() {
            // as analyze --markdown: limit cycles and, under a noise, the stochastic verdicts
            AnalysisReport report = ReportAssembly.analysisReport(model.spec, model.bound(), stability, messages());
            return report.markdown(model.spec.factorEquations());
        }
    }
}
