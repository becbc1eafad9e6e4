package org.egt4j.finite;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.egt4j.ModelException;
import org.egt4j.game.Population;
import org.junit.jupiter.api.Test;

/** The settings of a {@code process:} key: defaults, sizes by population, and the range checks. */
class ProcessSettingsTest {

    static final List<Population> POPS =
            List.of(new Population("firms", List.of("a", "b"), "x"), new Population("banks", List.of("c", "d"), "y"));

    @Test
    void defaultsAndSizes() {
        assertEquals(FiniteProcess.PAIRWISE_COMPARISON, ProcessSettings.DEFAULT.process());
        assertEquals(1.0, ProcessSettings.DEFAULT.intensity());
        assertEquals(0.0, ProcessSettings.DEFAULT.mu());
        assertArrayEquals(new int[] {100, 100}, ProcessSettings.DEFAULT.sizesOf(POPS));
        ProcessSettings s = new ProcessSettings(FiniteProcess.MORAN, 10, Map.of("banks", 7), 0.5, 0.1);
        assertArrayEquals(new int[] {10, 7}, s.sizesOf(POPS));
        ModelException e = assertThrows(
                ModelException.class,
                () -> new ProcessSettings(FiniteProcess.MORAN, 10, Map.of("bank", 7), 0.5, 0).sizesOf(POPS));
        assertTrue(e.hint().contains("firms, banks"), e.hint());
    }

    @Test
    void outOfRangeValuesAreRefused() {
        assertThrows(ModelException.class, () -> new ProcessSettings(FiniteProcess.MORAN, 1, Map.of(), 0.5, 0));
        assertThrows(
                ModelException.class, () -> new ProcessSettings(FiniteProcess.MORAN, 10, Map.of("firms", 0), 0.5, 0));
        assertThrows(ModelException.class, () -> new ProcessSettings(FiniteProcess.MORAN, 10, Map.of(), 1.5, 0));
        assertThrows(
                ModelException.class,
                () -> new ProcessSettings(FiniteProcess.PAIRWISE_COMPARISON, 10, Map.of(), -1, 0));
        assertThrows(ModelException.class, () -> new ProcessSettings(FiniteProcess.MORAN, 10, Map.of(), 0.5, -0.1));
        assertThrows(ModelException.class, () -> ProcessSettings.checkMu(Double.NaN));
        assertEquals(0.25, ProcessSettings.checkMu(0.25));
    }
}
