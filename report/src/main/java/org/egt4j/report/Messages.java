package org.egt4j.report;

import java.util.List;
import org.egt4j.stability.BoxVerdict;
import org.egt4j.stability.DirectMethod;
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
    String essConditions(String vertex, List<String> conditions, BoxVerdict overBox);

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
     * @return the phrase
     */
    String overBox(BoxVerdict verdict);

    /**
     * The direct method's outcome for the relative entropy, e.g. "relative entropy: conserved".
     *
     * @param outcome the outcome
     * @return the phrase
     */
    String relativeEntropy(DirectMethod.Outcome outcome);

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
}
