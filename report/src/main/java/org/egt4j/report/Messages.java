package org.egt4j.report;

import java.util.List;
import org.egt4j.stability.BoxVerdict;
import org.egt4j.stability.DirectMethod;
import org.egt4j.stability.OverBox;
import org.egt4j.stability.ThresholdStatement;

/**
 * The sentences that reports make of typed analysis results, one implementation per language. Every
 * method renders data (kinds, numbers, names) into text; no caller looks into the text it returns, so
 * a second language is a second implementation of this interface. {@link #english()} writes the text of
 * the JSON {@code statement} fields, the Markdown report and the command-line summary.
 */
public interface Messages {

    /** {@return the English sentences} */
    static Messages english() {
        return EnglishMessages.INSTANCE;
    }

    /** {@return the Chinese sentences, in the terminology of the applied literature (docs/chinese.md)} */
    static Messages chinese() {
        return ChineseMessages.INSTANCE;
    }

    /** The codes of the report languages, in the order {@code --lang} lists them. */
    List<String> LANGUAGES = List.of("en", "zh");

    /**
     * The catalogue of a language code ({@code language:} in a spec, {@code --lang} on the command line).
     *
     * @param code "en" or "zh"
     * @return its sentences
     * @throws IllegalArgumentException for any other code
     */
    static Messages of(String code) {
        return switch (code) {
            case "en" -> english();
            case "zh" -> chinese();
            default -> throw new IllegalArgumentException(
                    "'" + code + "' is not a report language; the languages are " + String.join(", ", LANGUAGES));
        };
    }

    /**
     * A fixed phrase or a template of the reports (headings, table headers, figure titles, axis labels,
     * legends), with its arguments in place of {@code {0}}, {@code {1}}, ...: names and numbers already
     * formatted by the caller. Languages without their own text fall back to English.
     *
     * @param key the phrase
     * @param args its arguments, in order
     * @return the text
     */
    default String text(Phrase key, Object... args) {
        return Phrase.fill(key.english(), args);
    }

    /**
     * A stability word of the reports' tables (JSON and CSV keep {@link
     * org.egt4j.stability.Stability#label()}).
     *
     * @param stability the stability of a rest point or vertex
     * @return the word, e.g. "saddle"
     */
    default String stability(org.egt4j.stability.Stability stability) {
        return stability.label();
    }

    /**
     * The heading of a dynamic's equations, e.g. "Replicator equations", "Smith equations".
     *
     * @param dynamics the dynamic's name, e.g. "replicator"
     * @return the heading
     */
    default String equationsHeading(String dynamics) {
        return Character.toUpperCase(dynamics.charAt(0)) + dynamics.substring(1) + " equations";
    }

    /**
     * A number in running text.
     *
     * @param value the number
     * @return its text, e.g. "1.5" or "0.333333"
     */
    String number(double value);

    /**
     * What a vertex's eigenvalues say about one parameter, e.g. "(hawk) is an ESS iff V &gt; 5 (others
     * fixed)".
     *
     * @param statement the threshold statement
     * @return the sentence
     */
    String threshold(ThresholdStatement statement);

    /**
     * The vertex's ESS conditions, e.g. "(hawk) is an ESS iff C/2 - V/2 &lt; 0", followed by the verdict
     * over the parameter ranges when there is one.
     *
     * @param vertex the vertex's label
     * @param conditions the conditions λ &lt; 0, as formulas
     * @param overBox the verdict over the box of parameter ranges, or null when no parameter has a range
     * @return the sentence
     */
    String essConditions(String vertex, List<String> conditions, OverBox overBox);

    /**
     * The sentence for a vertex whose eigenvalues are constants.
     *
     * @param vertex the vertex's label
     * @param ess whether it is an ESS (then for all parameter values, else for none)
     * @return the sentence
     */
    String constantVerdict(String vertex, boolean ess);

    /**
     * The verdict over the parameter ranges, e.g. "an ESS everywhere (proved)".
     *
     * @param verdict the box verdict
     * @param exact whether it was decided in exact rational arithmetic
     * @return the phrase
     */
    String overBox(BoxVerdict verdict, boolean exact);

    /**
     * The direct method's outcome for the relative entropy, e.g. "relative entropy: conserved".
     *
     * @param outcome the outcome
     * @return the phrase
     */
    String relativeEntropy(DirectMethod.Outcome outcome);

    /**
     * What the limit cycles of an analysis are and why they are stable (their Floquet multipliers).
     *
     * @param count the number of cycles, at least 1
     * @param largestModulus the largest modulus of a non-trivial multiplier over the cycles
     * @return one sentence
     */
    String limitCycles(int count, double largestModulus);

    /**
     * The global convergence theorem of a stable or potential game under a Nash-stationary dynamic
     * (Hofbauer and Sandholm 2009; {@link org.egt4j.stability.GlobalStability}).
     *
     * @param game the class of the game
     * @param conclusion what follows for the Nash set
     * @param lyapunov the Lyapunov function that proves it
     * @return one sentence
     */
    String globalStability(
            org.egt4j.stability.GlobalStability.GameClass game,
            org.egt4j.stability.GlobalStability.Conclusion conclusion,
            org.egt4j.stability.GlobalStability.LyapunovFunction lyapunov);

    /**
     * What a continuum of rest points is, e.g. "1-dimensional set of rest points with support {row:
     * opera, football; column: opera}".
     *
     * @param game the game, for population and strategy names
     * @param set the continuum
     * @return the phrase
     */
    String restPointSet(org.egt4j.game.Game game, org.egt4j.stability.RestPointSet set);

    /**
     * The verdict on a continuum from its transverse eigenvalues, e.g. "attracting (normally hyperbolic:
     * transverse eigenvalues -1, -0.5)". Languages without their own sentence fall back to English.
     *
     * @param stability the verdict with its eigenvalues
     * @return the phrase
     */
    default String continuumStability(org.egt4j.stability.ContinuumStability stability) {
        return EnglishMessages.INSTANCE.continuumStabilityPhrase(stability);
    }

    /**
     * The SDE of a noise kind with its reference, for the report's stochastic section. Languages
     * without their own sentence fall back to English.
     *
     * @param kind the noise kind
     * @return the sentence
     */
    default String noiseModel(org.egt4j.sde.NoiseKind kind) {
        return EnglishMessages.INSTANCE.noiseModelSentence(kind);
    }

    /**
     * How the ensembles were run, e.g. "1000 paths per intensity from the barycentre to T = 50 ...".
     *
     * @param paths paths per ensemble
     * @param step the step used
     * @param scheme the scheme's name
     * @param seed the seed
     * @param time the horizon
     * @param factors the noise scale factors
     * @param finiteSize whether the intensity is a population size (scaled as N/factor²)
     * @param coordinates the names of the reduced coordinates
     * @param start the start, or null for the barycentre of every simplex
     * @return the sentence
     */
    default String ensembleMethod(
            int paths,
            double step,
            String scheme,
            long seed,
            double time,
            List<Double> factors,
            boolean finiteSize,
            List<String> coordinates,
            double[] start) {
        return EnglishMessages.INSTANCE.ensembleMethodSentence(
                paths, step, scheme, seed, time, factors, finiteSize, coordinates, start);
    }

    /**
     * Where the stochastic stability conditions come from, for a noise kind.
     *
     * @param kind the noise kind
     * @return the sentence
     */
    default String stochasticStabilityBasis(org.egt4j.sde.NoiseKind kind) {
        return EnglishMessages.INSTANCE.stochasticStabilityBasisSentence(kind);
    }

    /**
     * The σ thresholds of one vertex under multiplicative or logistic noise, one per unused strategy,
     * e.g. "(pollute, lax): almost surely iff sigma of firms &gt; 0 (every sigma) and ...".
     *
     * @param vertex the vertex's label
     * @param populations the population of every condition, in order
     * @param almostSure σ<sub>k</sub> &gt; t per condition (0: every σ)
     * @param meanSquare σ<sub>k</sub> &lt; t per condition (NaN: no σ)
     * @return the sentence
     */
    default String sigmaThresholds(String vertex, List<String> populations, double[] almostSure, double[] meanSquare) {
        return EnglishMessages.INSTANCE.sigmaThresholdsSentence(vertex, populations, almostSure, meanSquare);
    }

    /**
     * The finite-population process of a report, e.g. "Pairwise comparison (Fermi imitation) with
     * selection strength β = 1 and mutation probability μ = 0; N = 100 (players)."
     *
     * @param process the update rule
     * @param intensity β or w
     * @param sizes N by population name, in order
     * @param mu the mutation probability
     * @return the sentence
     */
    String finiteProcess(
            org.egt4j.finite.FiniteProcess process, double intensity, java.util.Map<String, Integer> sizes, double mu);

    /**
     * A mutant that selection favours, e.g. "one A mutant among B residents fixes with 2.5 times the
     * neutral probability 1/N".
     *
     * @param mutant the mutant's strategy (with its background, for several populations)
     * @param resident the resident's strategy
     * @param relativeToNeutral Nρ
     * @return the phrase
     */
    String favouredInvasion(String mutant, String resident, double relativeToNeutral);

    /**
     * Where the small-mutation limit spends its time, e.g. "In the small-mutation limit the population
     * is at all-B 93.1% of the time."
     *
     * @param state the most probable monomorphic state or pure profile
     * @param probability its stationary probability
     * @return the sentence
     */
    String smallMutationMode(String state, double probability);

    /**
     * Why the full chain with mutation is not in the report.
     *
     * @param states its number of states
     * @param budget the state budget
     * @return the sentence
     */
    String fullChainOverBudget(double states, int budget);

    /**
     * How the rest points were found and whether the list is complete, e.g. "Rest points by total-degree
     * homotopy continuation: 4 paths, 2 to finite roots and 2 to infinity; every path ended at a regular
     * root or at infinity, so the list is complete."
     *
     * @param method the method that produced the list
     * @param incomplete why the list is not complete ({@code NONE} when it is)
     * @param paths the homotopy paths (the Bézout number; tracked or asked for)
     * @param regular paths that ended at a regular finite root
     * @param atInfinity paths that ended at infinity
     * @return the sentence
     */
    String restPointSearch(
            org.egt4j.stability.RestPointSearch.Method method,
            org.egt4j.stability.RestPointSearch.Incompleteness incomplete,
            long paths,
            int regular,
            int atInfinity);
}
