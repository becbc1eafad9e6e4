package org.egt4j.spark;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import org.egt4j.ModelException;
import org.egt4j.finite.FinitePopulation;
import org.egt4j.finite.FiniteProcess;
import org.egt4j.finite.FixationSimulation;
import org.egt4j.finite.ProcessSettings;
import org.egt4j.spec.SpecLoader;

/**
 * Replicates of a finite-population fixation simulation ({@link FixationSimulation}) described as
 * data: the spec's text and SHA-256, parameter values, the process, population size and selection
 * intensity, the mutant and resident strategies, the number of runs and the seed. Executors rebuild
 * the {@link FinitePopulation} from it; run r draws from {@code RandomStreams.stream(seed, r)}
 * wherever it runs. Immutable.
 *
 * @param source the spec's name in messages
 * @param specText the spec's YAML text (one population)
 * @param specSha256 the SHA-256 of its UTF-8 bytes, hex
 * @param parameters parameter values overriding the spec's (sorted by name)
 * @param process the process
 * @param size the population size N
 * @param intensity the selection intensity (β or w)
 * @param mutant the mutant strategy's index
 * @param resident the resident strategy's index
 * @param runs the number of runs
 * @param seed the seed of the runs' streams
 * @serial exclude (Java serialization carries it to Spark's executors within one release)
 */
public record FixationPlan(
        String source,
        String specText,
        String specSha256,
        Map<String, Double> parameters,
        FiniteProcess process,
        int size,
        double intensity,
        int mutant,
        int resident,
        int runs,
        long seed)
        implements WorkPlan {

    private static final long serialVersionUID = 1L;

    /**
     * Copies the parameters into a sorted map.
     *
     * @param source the spec's name in messages
     * @param specText the spec's YAML text (one population)
     * @param specSha256 the SHA-256 of its UTF-8 bytes, hex
     * @param parameters parameter values overriding the spec's
     * @param process the process
     * @param size the population size N
     * @param intensity the selection intensity
     * @param mutant the mutant strategy's index
     * @param resident the resident strategy's index
     * @param runs the number of runs
     * @param seed the seed of the runs' streams
     */
    public FixationPlan {
        parameters = Collections.unmodifiableSortedMap(new TreeMap<>(parameters));
    }

    /**
     * A plan with the spec's process settings (its {@code process:} block, else the defaults) and its
     * analysis seed.
     *
     * @param source the spec's name in messages
     * @param specText the spec's YAML text
     * @param parameters parameter values overriding the spec's
     * @param mutant the mutant strategy's index
     * @param resident the resident strategy's index
     * @param runs the number of runs
     * @return the plan, checked ({@link ModelException} otherwise)
     */
    public static FixationPlan of(
            String source, String specText, Map<String, Double> parameters, int mutant, int resident, int runs) {
        SpecLoader.GameSpec spec = SpecLoader.parseSpec(source, specText);
        ProcessSettings p = spec.process().orElse(ProcessSettings.DEFAULT);
        FixationPlan plan = new FixationPlan(
                source,
                specText,
                AnalysisPlan.sha256(specText),
                parameters,
                p.process(),
                p.size(),
                p.intensity(),
                mutant,
                resident,
                runs,
                spec.analysis().seed());
        plan.population();
        return plan;
    }

    /**
     * Rebuilds the finite population, checking everything.
     *
     * @return the population
     * @throws ModelException when the text does not match its SHA-256, the spec has an error or more
     *     than one population, a parameter is unknown, or the size or intensity is unusable
     */
    public FinitePopulation population() {
        if (!AnalysisPlan.sha256(specText).equals(specSha256)) {
            throw new ModelException(
                    "the plan's spec text does not match its SHA-256 " + specSha256,
                    "build the plan with FixationPlan.of from the spec's text");
        }
        if (runs < 1) {
            throw new ModelException(runs + " runs", "give at least 1 run");
        }
        SpecLoader.GameSpec spec = SpecLoader.parseSpec(source, specText);
        FinitePopulation population = FinitePopulation.of(spec.game().bind(parameters), process, size, intensity);
        int n = spec.game().populations().get(0).size();
        if (mutant < 0 || mutant >= n || resident < 0 || resident >= n || mutant == resident) {
            throw new ModelException(
                    "mutant " + mutant + " and resident " + resident + " are not two strategies of " + n,
                    "give two different strategy indices from 0 to " + (n - 1));
        }
        return population;
    }

    @Override
    public Parts rebuild() {
        FixationSimulation.Runs work = FixationSimulation.runs(population(), mutant, resident, runs, seed);
        return name -> {
            if (!name.equals(work.part())) {
                throw new IllegalArgumentException("a fixation plan has no part '" + name + "'");
            }
            return work;
        };
    }

    @Override
    public String key() {
        return AnalysisPlan.sha256("fixation\n" + specSha256 + "\n" + parameters + "\n" + process + "," + size + ","
                + intensity + "," + mutant + "," + resident + "," + runs + "," + seed + "\n" + source);
    }
}
