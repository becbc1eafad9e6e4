package org.egt4j.game;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.egt4j.ModelException;
import org.egt4j.expr.Polynomial;
import org.egt4j.testing.TextbookGames;
import org.junit.jupiter.api.Test;

/**
 * The normal form a {@code matrix:} or {@code payoffs:} game keeps, its accessors, its recovery from
 * {@code fitness:} expected payoffs (Weibull 1995, Evolutionary Game Theory, chapter 5: the expected payoff
 * of a multi-population game is multilinear in the other populations' shares) and the refusals.
 */
class NormalFormTest {

    static Game hawkDoveMatrix() {
        return KnownGamesTest.hawkDoveMatrix();
    }

    static Game bosFitness() {
        return Game.builder("BoS")
                .population("row", List.of("opera", "football"), "x")
                .population("column", List.of("opera", "football"), "y")
                .fitness("row", "opera", "2*y")
                .fitness("row", "football", "1 - y")
                .fitness("column", "opera", "x")
                .fitness("column", "football", "2*(1 - x)")
                .build();
    }

    @Test
    void aMatrixGameKeepsItsMatrixAndBothPlayersPayoffs() {
        Game g = hawkDoveMatrix();
        NormalForm nf = g.normalForm().orElseThrow();
        assertEquals(NormalForm.Kind.MATRIX, nf.kind());
        assertEquals(2, nf.positions());
        assertEquals(2, nf.strategies(0));
        assertEquals(4, nf.profileCount());
        assertEquals(g.populations(), nf.populations());
        assertEquals(g.expression("(V - C)/2"), nf.matrix(0, 0));
        assertEquals(g.expression("V"), nf.matrix(0, 1));
        assertEquals(Polynomial.ZERO, nf.matrix(1, 0));
        assertEquals(g.expression("V/2"), nf.matrix(1, 1));
        // hawk against dove: the hawk (player 0) gets V, the dove (player 1) gets 0
        assertEquals(g.expression("V"), nf.payoff(0, new int[] {0, 1}));
        assertEquals(Polynomial.ZERO, nf.payoff(1, new int[] {0, 1}));
        assertThrows(IndexOutOfBoundsException.class, () -> nf.matrix(2, 0));
        assertThrows(IndexOutOfBoundsException.class, () -> nf.matrix(0, -1));
        assertThrows(IndexOutOfBoundsException.class, () -> nf.payoff(2, new int[] {0, 0}));
        assertTrue(nf.toString().contains("MATRIX 2 x 2"), nf.toString());
    }

    @Test
    void aTableGameKeepsEveryPayoffAtEveryProfile() {
        Game g = TextbookGames.battleOfTheSexes();
        NormalForm nf = g.normalForm().orElseThrow();
        assertEquals(NormalForm.Kind.TABLE, nf.kind());
        assertEquals(2, nf.positions());
        int[][] row = {{2, 0}, {0, 1}};
        int[][] column = {{1, 0}, {0, 2}};
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 2; j++) {
                int[] s = {i, j};
                assertEquals(Polynomial.constant(row[i][j]), nf.payoff(0, s));
                assertEquals(Polynomial.constant(column[i][j]), nf.payoff(1, s));
                assertArrayEquals(s, nf.profile(nf.index(s)));
            }
        }
        assertThrows(IllegalStateException.class, () -> nf.matrix(0, 0));
        assertThrows(IllegalArgumentException.class, () -> nf.index(new int[] {0}));
        assertThrows(IndexOutOfBoundsException.class, () -> nf.index(new int[] {0, 2}));
        assertThrows(IndexOutOfBoundsException.class, () -> nf.profile(4));
        assertThrows(IndexOutOfBoundsException.class, () -> nf.profile(-1));
        assertTrue(nf.toString().contains("4 profiles"), nf.toString());
    }

    @Test
    void profilesAreNumberedWithTheFirstPopulationSlowest() {
        Game g = Game.builder("three")
                .population("a", "a0", "a1")
                .population("b", "b0", "b1", "b2")
                .population("c", "c0", "c1")
                .payoff(List.of("a0", "b0", "c0"), "1", "2", "3")
                .payoff(List.of("a0", "b0", "c1"), "4", "5", "6")
                .payoff(List.of("a0", "b1", "c0"), "0", "0", "0")
                .payoff(List.of("a0", "b1", "c1"), "0", "0", "0")
                .payoff(List.of("a0", "b2", "c0"), "0", "0", "0")
                .payoff(List.of("a0", "b2", "c1"), "0", "0", "0")
                .payoff(List.of("a1", "b0", "c0"), "0", "0", "0")
                .payoff(List.of("a1", "b0", "c1"), "0", "0", "0")
                .payoff(List.of("a1", "b1", "c0"), "0", "0", "0")
                .payoff(List.of("a1", "b1", "c1"), "0", "0", "0")
                .payoff(List.of("a1", "b2", "c0"), "0", "0", "0")
                .payoff(List.of("a1", "b2", "c1"), "7", "8", "9")
                .build();
        NormalForm nf = g.normalForm().orElseThrow();
        assertEquals(12, nf.profileCount());
        assertEquals(3, nf.strategies(1));
        assertArrayEquals(new int[] {0, 0, 1}, nf.profile(1));
        assertArrayEquals(new int[] {1, 2, 1}, nf.profile(11));
        assertEquals(Polynomial.constant(5), nf.payoff(1, new int[] {0, 0, 1}));
        assertEquals(Polynomial.constant(9), nf.payoff(2, new int[] {1, 2, 1}));
        assertEquals(nf, NormalForm.recover(g));
    }

    @Test
    void fitnessGamesAndShareDependentEntriesKeepNone() {
        assertTrue(bosFitness().normalForm().isEmpty());
        Game matrix = Game.builder("frequency-dependent matrix")
                .population("p", List.of("a", "b"), "x")
                .matrix(new String[][] {{"1 + x", "0"}, {"0", "1"}})
                .build();
        assertTrue(matrix.normalForm().isEmpty());
        Game table = Game.builder("frequency-dependent table")
                .population("row", List.of("a", "b"), "x")
                .population("column", List.of("a", "b"), "y")
                .payoff(List.of("a", "a"), "y", "1")
                .payoff(List.of("a", "b"), "0", "0")
                .payoff(List.of("b", "a"), "0", "0")
                .payoff(List.of("b", "b"), "1", "1")
                .build();
        assertTrue(table.normalForm().isEmpty());
    }

    @Test
    void aMultilinearFitnessGameRecoversItsTable() {
        Game table = TextbookGames.battleOfTheSexes();
        Game fitness = bosFitness();
        NormalForm recovered = NormalForm.recover(fitness);
        NormalForm written = table.normalForm().orElseThrow();
        assertEquals(NormalForm.Kind.TABLE, recovered.kind());
        for (int s = 0; s < 4; s++) {
            for (int k = 0; k < 2; k++) {
                assertEquals(written.payoff(k, written.profile(s)), recovered.payoff(k, recovered.profile(s)));
            }
        }
        assertEquals(recovered, NormalForm.of(fitness).orElseThrow());
        assertEquals(recovered.hashCode(), NormalForm.recover(fitness).hashCode());
        assertSame(written, NormalForm.of(table).orElseThrow());
        assertSame(written, NormalForm.require(table, "the Moran process"));
    }

    @Test
    void aOnePopulationLinearFitnessGameRecoversItsMatrix() {
        Game matrix = hawkDoveMatrix();
        NormalForm recovered = NormalForm.recover(KnownGamesTest.hawkDoveFitness());
        assertEquals(matrix.normalForm().orElseThrow(), recovered);
        assertEquals(NormalForm.Kind.MATRIX, recovered.kind());
        assertEquals(recovered, NormalForm.recover(matrix));
        assertNotEquals(recovered, TextbookGames.battleOfTheSexes().normalForm().orElseThrow());
        assertNotEquals(recovered, null);
    }

    @Test
    void parametersAndAtomsAreKeptExactly() {
        Game g = Game.builder("atoms")
                .parameter("a", 2)
                .parameter("b", 3)
                .definition("d", "a/(1 + b)")
                .population("row", List.of("u", "v"), "x")
                .population("column", List.of("u", "v"), "y")
                .fitness("row", "u", "d*y + exp(-a)*(1 - y)")
                .fitness("row", "v", "a/b")
                .fitness("column", "u", "x*d - 1")
                .fitness("column", "v", "0")
                .build();
        NormalForm nf = NormalForm.recover(g);
        assertEquals(g.expression("d"), nf.payoff(0, new int[] {0, 0}));
        assertEquals(g.expression("exp(-a)"), nf.payoff(0, new int[] {0, 1}));
        assertEquals(g.expression("a/b"), nf.payoff(0, new int[] {1, 1}));
        assertEquals(g.expression("d - 1"), nf.payoff(1, new int[] {0, 0}));
        assertEquals(g.expression("-1"), nf.payoff(1, new int[] {1, 0}));
        assertTrue(nf.payoff(0, new int[] {0, 0}).isShareFree());
    }

    @Test
    void ownShareTermsAreRefusedNamingTheTerm() {
        Game g = Game.builder("own shares")
                .population("row", List.of("u", "v"), "x")
                .population("column", List.of("u", "v"), "y")
                .fitness("row", "u", "y + 2*x")
                .fitness("row", "v", "0")
                .fitness("column", "u", "x")
                .fitness("column", "v", "0")
                .build();
        ModelException e = assertThrows(ModelException.class, () -> NormalForm.recover(g));
        assertTrue(e.problem().contains("row.u"), e.problem());
        assertTrue(e.problem().contains("own shares of population 'row'"), e.problem());
        assertTrue(e.problem().contains("2*x"), e.problem());
        assertFalse(e.hint().isEmpty());
        assertTrue(NormalForm.of(g).isEmpty());
    }

    @Test
    void higherPowersAreRefusedNamingThePopulation() {
        Game square = Game.builder("square")
                .population("row", List.of("u", "v"), "x")
                .population("column", List.of("u", "v"), "y")
                .fitness("row", "u", "y")
                .fitness("row", "v", "0")
                .fitness("column", "u", "x^2")
                .fitness("column", "v", "0")
                .build();
        ModelException e = assertThrows(ModelException.class, () -> NormalForm.recover(square));
        assertTrue(e.problem().contains("column.u has degree 2 in the shares of population 'row'"), e.problem());
        // two different strategies of one population in one term: still degree 2 in that population
        Game mixed = Game.builder("mixed")
                .population("row", "u", "v", "w")
                .population("column", List.of("u", "v"), "y")
                .fitness("row", "u", "y")
                .fitness("row", "v", "0")
                .fitness("row", "w", "0")
                .fitness("column", "u", "row.u*row.v")
                .fitness("column", "v", "0")
                .build();
        e = assertThrows(ModelException.class, () -> NormalForm.recover(mixed));
        assertTrue(e.problem().contains("degree 2 in the shares of population 'row'"), e.problem());
        Game quadratic = Game.builder("quadratic")
                .population("p", List.of("u", "v"), "x")
                .fitness("p", "u", "x^2")
                .fitness("p", "v", "1")
                .build();
        e = assertThrows(ModelException.class, () -> NormalForm.recover(quadratic));
        assertTrue(e.problem().contains("p.u has degree 2 in the shares"), e.problem());
    }

    @Test
    void requireSaysWhatNeedsItWhyNotAndHowToWriteIt() {
        Game g = Game.builder("Own")
                .population("row", List.of("u", "v"), "x")
                .population("column", List.of("u", "v"), "y")
                .fitness("row", "u", "x*y")
                .fitness("row", "v", "0")
                .fitness("column", "u", "x")
                .fitness("column", "v", "0")
                .build();
        ModelException e = assertThrows(ModelException.class, () -> NormalForm.require(g, "the Moran process"));
        assertTrue(
                e.problem()
                        .startsWith("the Moran process needs the payoffs of single encounters (a `matrix:` or"
                                + " `payoffs:` spec); 'Own' gives `fitness:` forms that are not multilinear"),
                e.problem());
        assertTrue(e.problem().contains("(term x*y)"), e.problem());
        assertTrue(e.hint().contains("`payoffs:`"), e.hint());
        Game one = Game.builder("One")
                .population("p", List.of("u", "v"), "x")
                .fitness("p", "u", "x^2")
                .fitness("p", "v", "1")
                .build();
        e = assertThrows(ModelException.class, () -> NormalForm.require(one, "pairwise comparison"));
        assertTrue(e.problem().contains("'One' gives `fitness:` forms that are not linear"), e.problem());
        Game matrix = Game.builder("M")
                .population("p", List.of("a", "b"), "x")
                .matrix(new String[][] {{"x", "0"}, {"0", "1"}})
                .build();
        e = assertThrows(ModelException.class, () -> NormalForm.require(matrix, "it"));
        assertTrue(e.problem().contains("'M' gives matrix entries that depend on the shares"), e.problem());
        Game table = Game.builder("T")
                .population("row", List.of("a", "b"), "x")
                .population("column", List.of("a", "b"), "y")
                .payoff(List.of("a", "a"), "x", "1")
                .payoff(List.of("a", "b"), "0", "0")
                .payoff(List.of("b", "a"), "0", "0")
                .payoff(List.of("b", "b"), "1", "1")
                .build();
        e = assertThrows(ModelException.class, () -> NormalForm.require(table, "it"));
        assertTrue(e.problem().contains("'T' gives table entries that depend on the shares"), e.problem());
        assertTrue(e.problem().contains("own shares"), e.problem());
    }

    @Test
    void aShareDependentTableWhoseExpectationIsMultilinearIsRecovered() {
        // the entry y at every profile of row's strategy a adds y to f_row,a: still multilinear
        Game g = Game.builder("shifted")
                .population("row", List.of("a", "b"), "x")
                .population("column", List.of("a", "b"), "y")
                .payoff(List.of("a", "a"), "y", "1")
                .payoff(List.of("a", "b"), "y", "0")
                .payoff(List.of("b", "a"), "0", "0")
                .payoff(List.of("b", "b"), "1", "1")
                .build();
        assertTrue(g.normalForm().isEmpty());
        NormalForm nf = NormalForm.require(g, "it");
        assertEquals(Polynomial.ONE, nf.payoff(0, new int[] {0, 0}));
        assertEquals(Polynomial.ZERO, nf.payoff(0, new int[] {0, 1}));
    }
}
