package org.egt4j.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.egt4j.ModelException;
import org.egt4j.dynamics.ReplicatorMutator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code dynamics: {name: replicator-mutator, mutation: {POP: [[...]]}}}: entries read as exact
 * fractions, populations without a matrix keep μ (or do not mutate), every bad matrix refused at its
 * file:line:column.
 */
class MutationMatrixSpecTest {

    static String spec(String dynamics) {
        return "name: t\n"
                + "populations:\n"
                + "  row: {strategies: [a, b]}\n"
                + "  col: {strategies: [a, b, c]}\n"
                + "payoffs:\n"
                + "  - {profile: [a, a], row: 1, col: 1}\n"
                + "  - {profile: [a, b], row: 2, col: 0}\n"
                + "  - {profile: [a, c], row: 0, col: 3}\n"
                + "  - {profile: [b, a], row: 0, col: 2}\n"
                + "  - {profile: [b, b], row: 1, col: 1}\n"
                + "  - {profile: [b, c], row: 3, col: 0}\n"
                + dynamics;
    }

    @Test
    void aMatrixIsReadExactlyAndTheOtherPopulationsKeepMu() {
        SpecLoader.GameSpec s = SpecLoader.parseSpec(
                "t.yaml",
                spec("dynamics:\n  name: replicator-mutator\n  mu: 0.02\n  mutation:\n"
                        + "    col: [[1/3, 1/3, 1/3], [0.1, 0.8, 0.1], [0, 0, 1]]\n"));
        ReplicatorMutator rm = (ReplicatorMutator) s.dynamics();
        assertEquals(0.02, rm.parameters().get("mu"));
        assertEquals(1.0 / 3, rm.matrices().get("col")[0][2]);
        // the same dynamic built in Java: identical equations
        org.hipparchus.fraction.BigFraction t = new org.hipparchus.fraction.BigFraction(1, 3);
        org.hipparchus.fraction.BigFraction d = new org.hipparchus.fraction.BigFraction(1, 10);
        org.hipparchus.fraction.BigFraction z = org.hipparchus.fraction.BigFraction.ZERO;
        org.hipparchus.fraction.BigFraction o = org.hipparchus.fraction.BigFraction.ONE;
        ReplicatorMutator built = ReplicatorMutator.withMatrices(
                0.02, java.util.Map.of("col", new org.hipparchus.fraction.BigFraction[][] {
                    {t, t, t}, {d, new org.hipparchus.fraction.BigFraction(8, 10), d}, {z, z, o}
                }));
        assertEquals(built, rm);
        assertEquals(built.equations(s.game()), rm.equations(s.game()));
        SpecLoader.GameSpec none = SpecLoader.parseSpec(
                "t.yaml", spec("dynamics: {name: replicator-mutator, mutation: {row: [[0.5, 0.5], [0.25, 0.75]]}}\n"));
        assertTrue(none.dynamics().parameters().isEmpty(), "no mu: the other populations do not mutate");
    }

    static Stream<Arguments> errors() {
        String head = "dynamics:\n  name: replicator-mutator\n  mutation:\n";
        // the dynamics block starts on line 12
        return Stream.of(
                Arguments.of(
                        head + "    cl: [[1, 0], [0, 1]]\n", "unknown population 'cl' (did you mean 'col'?)", 15, 5),
                Arguments.of(head + "    row: [[1, 0]]\n", "the mutation matrix of row must have 2 rows", 15, 10),
                Arguments.of(head + "    row: [[1, 0], [0, 0.5, 0.5]]\n", "is not square: row 2 has 3 entries", 15, 19),
                Arguments.of(head + "    row: [[1, 0], [1.5, -0.5]]\n", "negative entry Q[2][2] = -0.5", 15, 25),
                Arguments.of(
                        head + "    row: [[1, 0], [0.3, 0.6]]\n",
                        "row 2 of the mutation matrix of row sums to 0.9",
                        15,
                        19),
                Arguments.of(
                        head + "    row: [[1, 0], [x, 1]]\n", "the value of Q[2][1] of row is not a number", 15, 20),
                Arguments.of(
                        "dynamics:\n  name: logit\n  eta: 0.1\n  mutation: {row: [[1, 0], [0, 1]]}\n",
                        "mutation matrices belong to replicator-mutator, not to logit",
                        15,
                        3),
                Arguments.of(
                        "dynamics:\n  name: replicator-mutator\n  mu: 2\n  mutation: {row: [[1, 0], [0, 1]]}\n",
                        "must be in [0, 1], not 2.0",
                        14,
                        3),
                Arguments.of(
                        "dynamics:\n  name: replicator-mutator\n  nu: 0.1\n  mutation: {row: [[1, 0], [0, 1]]}\n",
                        "has no parameter 'nu'",
                        14,
                        3));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("errors")
    void badMatricesAreRefusedAtTheirPlace(String dynamics, String message, int line, int column) {
        ModelException e = assertThrows(ModelException.class, () -> SpecLoader.parseSpec("t.yaml", spec(dynamics)));
        assertTrue(e.getMessage().contains(message), e.getMessage());
        assertEquals("t.yaml", e.origin().source());
        assertEquals(line + ":" + column, e.origin().line() + ":" + e.origin().column(), e.getMessage());
        assertTrue(!e.hint().isEmpty(), "a hint is given");
    }
}
