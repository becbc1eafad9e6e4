package org.egt4j.spec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.stream.Stream;
import org.egt4j.ModelException;
import org.egt4j.finite.FiniteProcess;
import org.egt4j.finite.ProcessSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The optional {@code process:} key (docs/finite.md): its values, defaults and errors with file:line:column. */
class SpecProcessTest {

    static final String TWO = "name: t\n"
            + "populations:\n"
            + "  firms: [a, b]\n"
            + "  banks: [c, d]\n"
            + "fitness:\n"
            + "  firms: {a: banks.c, b: '1'}\n"
            + "  banks: {c: firms.a, d: '1'}\n";

    @Test
    void theProcessKeyIsReadWithDefaults() {
        SpecLoader.GameSpec s =
                SpecLoader.parseSpec("t.yaml", TWO + "process: {name: moran, size: {firms: 50}, w: 0.5, mu: 0.01}\n");
        ProcessSettings p = s.process().orElseThrow();
        assertEquals(FiniteProcess.MORAN, p.process());
        assertEquals(0.5, p.intensity());
        assertEquals(0.01, p.mu());
        assertEquals(Map.of("firms", 50), p.sizes());
        assertArrayEquals(
                new int[] {50, ProcessSettings.DEFAULT_SIZE}, p.sizesOf(s.game().populations()));
        ProcessSettings d = SpecLoader.parseSpec("t.yaml", TWO + "process: {size: 30}\n")
                .process()
                .orElseThrow();
        assertEquals(FiniteProcess.PAIRWISE_COMPARISON, d.process());
        assertEquals(1.0, d.intensity());
        assertEquals(0.0, d.mu());
        assertArrayEquals(new int[] {30, 30}, d.sizesOf(s.game().populations()));
        assertTrue(SpecLoader.parseSpec("t.yaml", TWO).process().isEmpty());
        ModelException unknown = assertThrows(
                ModelException.class, () -> new ProcessSettings(FiniteProcess.MORAN, 10, Map.of("bank", 5), 1, 0)
                        .sizesOf(s.game().populations()));
        assertTrue(unknown.problem().contains("'bank'"), unknown.problem());
    }

    static Stream<Arguments> errors() {
        // the process line is line 8; columns count from 1
        return Stream.of(
                Arguments.of("process: {name: wright-fisher}\n", "unknown finite-population process", 8, 17),
                Arguments.of("process: {name: moran, beta: 1}\n", "not a parameter of the moran process", 8, 24),
                Arguments.of("process: {w: 0.5}\n", "not a parameter of the pairwise-comparison process", 8, 11),
                Arguments.of("process: {beta: -1}\n", "beta must be a finite number >= 0", 8, 17),
                Arguments.of("process: {name: moran, w: 2}\n", "w must be in [0, 1]", 8, 27),
                Arguments.of("process: {mu: 1.5}\n", "mu must be in [0, 1]", 8, 15),
                Arguments.of("process: {size: 1}\n", "whole number from 2", 8, 17),
                Arguments.of("process: {size: {bank: 10}}\n", "unknown population 'bank'", 8, 18),
                Arguments.of("process: {sise: 10}\n", "unknown process key 'sise'", 8, 11),
                Arguments.of("process: moran\n", "must be a mapping", 8, 10));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("errors")
    void badProcessesArePlaced(String line, String message, int row, int column) {
        ModelException e = assertThrows(ModelException.class, () -> SpecLoader.parseSpec("t.yaml", TWO + line));
        assertTrue(e.getMessage().contains(message), e.getMessage());
        assertEquals(row + ":" + column, e.origin().line() + ":" + e.origin().column(), e.getMessage());
        assertTrue(!e.hint().isEmpty());
    }
}
