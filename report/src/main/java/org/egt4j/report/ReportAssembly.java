package org.egt4j.report;

import org.egt4j.analysis.CycleSearch;
import org.egt4j.analysis.FullAnalysis;
import org.egt4j.finite.FiniteAnalysis;
import org.egt4j.game.BoundGame;
import org.egt4j.sde.NoiseAnalysis;
import org.egt4j.sde.ReplicatorSde;
import org.egt4j.sde.VertexStochasticStability;
import org.egt4j.spec.SdeSettings;
import org.egt4j.spec.SpecLoader;
import org.egt4j.spec.States;
import org.egt4j.stability.StabilityAnalysis;

/**
 * The one assembly of a spec's report from its analysis: which sections the spec and the analysis
 * give, and the data each needs. {@code egt4j analyze} (with {@code --out} and with {@code
 * --json/--markdown/--latex}), the notebook entry point {@code org.egt4j.notebook.Egt4j} and the Spark
 * job's {@code analyze} all call it, so a section added here reaches every one of them (docs/architecture.md
 * §7). Callers keep what is theirs: how the {@link FullAnalysis} is computed (threads, Spark), the
 * budgets checked before, the comparison of dynamics, the byte-order mark, the execution record.
 *
 * <p>The sections besides the deterministic analysis: the limit cycles the initial grid's trajectories
 * converge to ({@link CycleSearch}); with a {@code noise:} block and the replicator (the SDEs of docs/sde.md
 * have its drift and use its vertex table) the stochastic section ({@link NoiseAnalysis}, ensembles from
 * the spec's {@code analysis: {from}} or the barycentre); with a {@code process:} block the
 * finite-population section ({@link FiniteAnalysis}). Their data come from core; this class only decides
 * and hands them to the renderers.
 */
public final class ReportAssembly {

    private ReportAssembly() {}

    /**
     * The report of {@code analyze --json/--markdown/--latex}: the stability analysis with its limit
     * cycles and, under a noise, every vertex's stochastic stability.
     *
     * @param spec the loaded spec (analysis settings, noise)
     * @param bound the game at the analysed parameter values
     * @param analysis the stability analysis under the dynamic analysed
     * @param messages the report's language
     * @return the report
     */
    public static AnalysisReport analysisReport(
            SpecLoader.GameSpec spec, BoundGame bound, StabilityAnalysis analysis, Messages messages) {
        AnalysisReport report = new AnalysisReport(analysis, messages)
                .withLimitCycles(CycleSearch.of(bound, analysis.dynamics(), spec.analysis()));
        if (stochastic(spec, analysis)) {
            report.withStochastic(VertexStochasticStability.of(
                    analysis.vertices(), ReplicatorSde.of(bound, spec.sde().noise())));
        }
        return report;
    }

    /**
     * The writer of {@code analyze --out}: the full analysis with its limit cycles, the stochastic and
     * finite-population sections the spec asks for, the language and the form of the equations.
     *
     * @param spec the loaded spec (noise, process)
     * @param bound the game at the analysed parameter values
     * @param full the full analysis (its dynamic and settings are the report's)
     * @param messages the report's language
     * @param factored whether the equations are printed factored
     * @param threads worker threads of the stochastic ensembles (the data do not depend on them)
     * @return the writer, to which a caller may add its own parts before {@link ReportWriter#write}
     */
    public static ReportWriter writer(
            SpecLoader.GameSpec spec,
            BoundGame bound,
            FullAnalysis full,
            Messages messages,
            boolean factored,
            int threads) {
        ReportWriter writer = new ReportWriter(bound, full)
                .withFactoredEquations(factored)
                .withMessages(messages)
                .withLimitCycles(CycleSearch.of(bound, full.stability().dynamics(), full.settings()));
        if (stochastic(spec, full.stability())) {
            SdeSettings sde = spec.sde();
            writer.withNoise(NoiseAnalysis.of(
                    bound,
                    full.stability().vertices(),
                    sde.noise(),
                    sde.from() == null ? NoiseAnalysis.barycentre(spec.game()) : States.parse(spec.game(), sde.from()),
                    full.settings().time(),
                    sde.paths(),
                    sde.dt(),
                    sde.scheme(),
                    full.settings().seed(),
                    full.settings().samples(),
                    threads));
        }
        spec.process().ifPresent(p -> writer.withFinite(new FiniteReport(FiniteAnalysis.of(bound, p))));
        return writer;
    }

    /** Whether the stochastic section applies: a noise, and the replicator's vertex table for its verdicts. */
    private static boolean stochastic(SpecLoader.GameSpec spec, StabilityAnalysis analysis) {
        return spec.sde().noise() != null && analysis.dynamics().hasVertexTable();
    }
}
