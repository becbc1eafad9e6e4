package org.egt4j.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.egt4j.ModelException;
import org.egt4j.Origin;
import org.junit.jupiter.api.Test;

/**
 * "Did you mean" suggestions by optimal-string-alignment distance (each edit costs 1, worked by hand
 * below), name lists, and the places errors carry.
 */
class NamesTest {

    @Test
    void distancesCountEditsAndAdjacentTranspositions() {
        assertEquals(0, Names.distance("row", "row"));
        assertEquals(1, Names.distance("rwo", "row"), "one transposition");
        assertEquals(1, Names.distance("rows", "row"), "one deletion");
        assertEquals(1, Names.distance("ro", "row"), "one insertion");
        assertEquals(1, Names.distance("raw", "row"), "one substitution");
        // OSA may not edit a transposed pair again: 3 here, where unrestricted Damerau–Levenshtein gives 2
        assertEquals(3, Names.distance("ca", "abc"));
        assertEquals(3, Names.distance("", "abc"));
        assertEquals(3, Names.distance("kitten", "sitting"), "the classic Levenshtein example");
    }

    @Test
    void suggestionsAreCloseNamesOnly() {
        List<String> known = List.of("subsidy", "penalty", "cost", "S", "C");
        assertEquals("subsidy", Names.suggest("subsdiy", known));
        assertEquals("penalty", Names.suggest("Penalty", known), "case alone is distance 0");
        assertEquals("cost", Names.suggest("cots", known));
        assertNull(Names.suggest("revenue", known), "too far from everything");
        assertEquals("C", Names.suggest("c", known), "short names allow one edit");
        assertNull(Names.suggest("xyz", List.of()));
        // ties go to the first name in sorted order
        assertEquals("ab", Names.suggest("aa", List.of("ba", "ab")));
    }

    @Test
    void listsAreSortedAndCapped() {
        assertEquals("(none)", Names.list(List.of()));
        assertEquals("C, F, S", Names.list(List.of("S", "F", "C")));
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            many.add(String.format("n%02d", i));
        }
        String list = Names.list(many);
        assertTrue(list.startsWith("n00, n01, "), list);
        assertTrue(list.endsWith("n19, ... (5 more)"), list);
    }

    @Test
    void errorsKeepTheirFirstKnownPlace() {
        Origin here = new Origin("game.yaml", 3, 7);
        assertEquals("game.yaml:3:7", here.toString());
        assertEquals("builder", new Origin("builder", 0, 0).toString());
        assertTrue(here.isKnown());
        assertTrue(!Origin.NONE.isKnown());
        ModelException e = new ModelException("bad", "fix it");
        assertSame(Origin.NONE, e.origin());
        ModelException placed = e.at(here);
        assertEquals(here, placed.origin());
        assertSame(placed, placed.at(new Origin("other.yaml", 9, 9)), "a known place is kept");
        assertSame(e, e.at(null));
        assertEquals("", e.excerpt());
        ModelException shown = placed.withExcerpt("  x + \n      ^");
        assertEquals("  x + \n      ^", shown.excerpt());
        assertEquals(here, shown.origin());
        assertEquals("fix it", shown.hint());
        ModelException context = shown.in("payoff of firm");
        assertEquals("payoff of firm: bad", context.problem());
        assertEquals("  x + \n      ^", context.excerpt());
        assertEquals("", new ModelException("bad", null).hint(), "no hint is an empty hint");
        assertEquals(-1, e.offset());
    }
}
