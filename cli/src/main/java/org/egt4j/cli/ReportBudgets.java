package org.egt4j.cli;

import org.egt4j.analysis.AnalysisBudget;
import org.egt4j.finite.FiniteBudget;
import org.egt4j.game.BoundGame;
import org.egt4j.sde.NoiseAnalysis;
import org.egt4j.spec.SpecLoader;
import org.egt4j.spec.States;

/**
 * Every budget of a full report, checked before any of its work starts: the deterministic analysis
 * ({@link AnalysisBudget}), the finite-population section of a spec's {@code process:} ({@link
 * FiniteBudget}: players) and the stochastic section of its {@code noise:} ({@link
 * org.egt4j.sde.PathEnsemble.Budget}: path steps and stored values). Used by {@code analyze --out} and
 * the notebook entry point.
 */
public final class ReportBudgets {

    private ReportBudgets() {}

    /**
     * Refuses a report over a budget.
     *
     * @param spec the spec
     * @param bound its game at the report's parameter point
     * @param analysis the deterministic analysis's budget ({@code --budget})
     * @throws org.egt4j.ModelException naming the size asked, the budget and how to change it
     */
    public static void check(SpecLoader.GameSpec spec, BoundGame bound, AnalysisBudget analysis) {
        analysis.check(spec.game(), spec.analysis());
        spec.process().ifPresent(p -> FiniteBudget.DEFAULT.check(spec.game(), p));
        var sde = spec.sde();
        if (sde.noise() != null && spec.dynamics().hasVertexTable()) {
            NoiseAnalysis.check(
                    bound,
                    sde.noise(),
                    sde.from() == null ? NoiseAnalysis.barycentre(spec.game()) : States.parse(spec.game(), sde.from()),
                    spec.analysis().time(),
                    sde.paths(),
                    sde.dt(),
                    sde.scheme(),
                    spec.analysis().samples());
        }
    }
}
