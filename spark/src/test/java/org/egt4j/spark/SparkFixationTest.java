package org.egt4j.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.egt4j.ModelException;
import org.egt4j.finite.FinitePopulation;
import org.egt4j.finite.FixationSimulation;
import org.egt4j.parallel.IndexedRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Fixation replicates on Spark against two references: the local {@link FixationSimulation} on
 * {@link IndexedRunner} (the same counts and, summed in index order, the same mean time, bit for bit,
 * for 1, 2 and 7 partitions) and the exact fixation probability of the birth–death chain, ρ = 1 /
 * (1 + Σ<sub>j</sub> Π<sub>k≤j</sub> T<sup>−</sup>(k)/T<sup>+</sup>(k)) (Nowak 2006, eq. 6.13, {@link
 * FinitePopulation#fixation}), which the seeded estimate's 95% Wilson interval contains.
 */
class SparkFixationTest {

    static final String SPEC =
            """
            name: Moran coordination
            parameters:
              a: {value: 3, min: 1, max: 5}
            populations:
              players: {strategies: [left, right], share: x}
            matrix:
              - ["a", "0"]
              - ["1", "2"]
            process: {name: moran, size: 20, w: 0.3}
            """;

    static FixationPlan plan() {
        return FixationPlan.of("moran.yaml", SPEC, Map.of("a", 4.0), 0, 1, 4000);
    }

    @ParameterizedTest(name = "{0} partitions")
    @ValueSource(ints = {1, 2, 7})
    void estimateEqualsTheLocalRunAndContainsTheExactValue(int partitions) {
        FixationPlan plan = plan();
        FinitePopulation population = plan.population();
        FixationSimulation.Estimate local =
                FixationSimulation.estimate(population, 0, 1, plan.runs(), plan.seed(), new IndexedRunner(2, null));
        FixationSimulation.Estimate spark = SparkEnsembles.fixation(SharedSpark.context(), plan, partitions);
        assertEquals(local, spark);
        double exact = population.fixation(0, 1).probability();
        assertTrue(
                spark.interval().lower() <= exact && exact <= spark.interval().upper(),
                exact + " outside " + spark.interval());
    }

    @Test
    void badPlansAreRefusedOnTheDriver() {
        assertThrows(ModelException.class, () -> FixationPlan.of("moran.yaml", SPEC, Map.of(), 0, 0, 100));
        assertThrows(ModelException.class, () -> FixationPlan.of("moran.yaml", SPEC, Map.of("z", 1.0), 0, 1, 100));
        FixationPlan good = plan();
        FixationPlan tampered = new FixationPlan(
                good.source(),
                good.specText() + "\n",
                good.specSha256(),
                good.parameters(),
                good.process(),
                good.size(),
                good.intensity(),
                0,
                1,
                10,
                1);
        assertThrows(ModelException.class, () -> SparkEnsembles.fixation(SharedSpark.context(), tampered, 2));
    }
}
