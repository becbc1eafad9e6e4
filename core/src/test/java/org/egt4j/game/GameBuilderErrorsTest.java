package org.egt4j.game;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.egt4j.ModelException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The builder's checks, from Java code (the spec loader adds file positions to the same errors). */
class GameBuilderErrorsTest {

    static GameBuilder twoByTwo() {
        return Game.builder("g").population("row", List.of("a", "b"), "x").population("column", List.of("c", "d"), "y");
    }

    static Stream<Arguments> errors() {
        Supplier<Game> noName = () -> Game.builder(" ")
                .population("p", "a", "b")
                .fitness("p", "a", "1")
                .fitness("p", "b", "0")
                .build();
        Supplier<Game> noPopulations = () -> Game.builder("g").build();
        Supplier<Game> oneStrategy =
                () -> Game.builder("g").population("p", "a").build();
        Supplier<Game> twicePopulation = () -> Game.builder("g")
                .population("p", "a", "b")
                .population("p", "c", "d")
                .build();
        Supplier<Game> twiceStrategy =
                () -> Game.builder("g").population("p", "a", "a").build();
        Supplier<Game> badName =
                () -> Game.builder("g").population("p q", "a", "b").build();
        Supplier<Game> reserved = () ->
                Game.builder("g").parameter("exp", 1).population("p", "a", "b").build();
        Supplier<Game> clash = () -> Game.builder("g")
                .parameter("x", 1)
                .population("p", List.of("a", "b"), "x")
                .build();
        Supplier<Game> nan = () -> Game.builder("g")
                .parameter("S", Double.NaN)
                .population("p", "a", "b")
                .build();
        Supplier<Game> halfRange = () -> Game.builder("g")
                .parameter("S", 1, 0, Double.NaN)
                .population("p", "a", "b")
                .build();
        Supplier<Game> minAboveMax = () -> Game.builder("g")
                .parameter("S", 1, 2, 0)
                .population("p", "a", "b")
                .build();
        Supplier<Game> outside = () -> Game.builder("g")
                .parameter("S", 5, 0, 2)
                .population("p", "a", "b")
                .build();
        Supplier<Game> noPayoffs = () -> twoByTwo().build();
        Supplier<Game> twoForms = () -> Game.builder("g")
                .population("p", "a", "b")
                .matrix(new String[][] {{"1", "0"}, {"0", "1"}})
                .fitness("p", "a", "1")
                .build();
        Supplier<Game> matrixRows = () -> Game.builder("g")
                .population("p", "a", "b")
                .matrix(new String[][] {{"1", "0"}})
                .build();
        Supplier<Game> ragged = () -> Game.builder("g")
                .population("p", "a", "b")
                .matrix(new String[][] {{"1", "0"}, {"0"}})
                .build();
        Supplier<Game> matrixTwoPops =
                () -> twoByTwo().matrix(new String[][] {{"1", "0"}, {"0", "1"}}).build();
        Supplier<Game> missingFitness = () -> Game.builder("g")
                .population("p", "a", "b")
                .fitness("p", "a", "1")
                .build();
        Supplier<Game> twiceFitness = () -> Game.builder("g")
                .population("p", "a", "b")
                .fitness("p", "a", "1")
                .fitness("p", "a", "2")
                .fitness("p", "b", "0")
                .build();
        Supplier<Game> unknownPopulation = () -> Game.builder("g")
                .population("p", "a", "b")
                .fitness("q", "a", "1")
                .build();
        Supplier<Game> unknownStrategy = () -> Game.builder("g")
                .population("p", "a", "b")
                .fitness("p", "c", "1")
                .build();
        Supplier<Game> missingProfile =
                () -> twoByTwo().payoff(List.of("a", "c"), "1", "1").build();
        Supplier<Game> twiceProfile = () -> twoByTwo()
                .payoff(List.of("a", "c"), "1", "1")
                .payoff(List.of("a", "c"), "2", "2")
                .build();
        Supplier<Game> badExpression = () -> Game.builder("g")
                .population("p", "a", "b")
                .fitness("p", "a", "1 +")
                .fitness("p", "b", "0")
                .build();
        Supplier<Game> circular = () -> Game.builder("g")
                .definition("A", "B")
                .definition("B", "A")
                .population("p", "a", "b")
                .fitness("p", "a", "A")
                .fitness("p", "b", "0")
                .build();
        return Stream.of(
                Arguments.of("no name", noName, "the game has no name"),
                Arguments.of("no populations", noPopulations, "the game has no populations"),
                Arguments.of("one strategy", oneStrategy, "has 1 strategy"),
                Arguments.of("population twice", twicePopulation, "population 'p' is declared twice"),
                Arguments.of("strategy twice", twiceStrategy, "strategy 'a' appears twice"),
                Arguments.of("invalid name", badName, "'p q' is not a valid population name"),
                Arguments.of("reserved name", reserved, "'exp' is the name of a function"),
                Arguments.of("name clash", clash, "name 'x' is used twice"),
                Arguments.of("NaN value", nan, "has no finite value"),
                Arguments.of("half a range", halfRange, "only one end of its range"),
                Arguments.of("min above max", minAboveMax, "min 2.0 above max 0.0"),
                Arguments.of("outside range", outside, "outside its range"),
                Arguments.of("no payoffs", noPayoffs, "the game has no payoffs"),
                Arguments.of("two payoff forms", twoForms, "more than one payoff form"),
                Arguments.of("matrix rows", matrixRows, "has 1 rows but population 'p' has 2 strategies"),
                Arguments.of("ragged matrix", ragged, "row 2 of the payoff matrix has 1 entries, expected 2"),
                Arguments.of("matrix with two populations", matrixTwoPops, "symmetric game inside one population"),
                Arguments.of("missing fitness", missingFitness, "the fitness of p.b is missing"),
                Arguments.of("fitness twice", twiceFitness, "the fitness of p.a is given twice"),
                Arguments.of("unknown population", unknownPopulation, "unknown population 'q'"),
                Arguments.of("unknown strategy", unknownStrategy, "unknown strategy 'c' of population 'p'"),
                Arguments.of("missing profile", missingProfile, "3 of 4 pure profiles have no payoffs"),
                Arguments.of("profile twice", twiceProfile, "is given twice"),
                Arguments.of("bad expression", badExpression, "in the fitness of p.a: expression ends"),
                Arguments.of("circular definitions", circular, "refers to itself"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("errors")
    void badGamesAreRefusedWithAMessageAndAHint(String title, Supplier<Game> build, String message) {
        ModelException e = assertThrows(ModelException.class, build::get);
        assertTrue(e.problem().contains(message), () -> "message was: " + e.problem());
        assertTrue(!e.hint().isEmpty(), "a hint is given");
    }

    @Test
    void bindingChecksNamesAndValues() {
        Game g = Game.builder("g")
                .parameter("S", 1)
                .population("p", "a", "b")
                .fitness("p", "a", "1/S")
                .fitness("p", "b", "0")
                .build();
        ModelException unknown = assertThrows(ModelException.class, () -> g.bind(Map.of("T", 1.0)));
        assertTrue(unknown.problem().contains("unknown parameter 'T'"), unknown.problem());
        ModelException infinite =
                assertThrows(ModelException.class, () -> g.bind(Map.of("S", Double.POSITIVE_INFINITY)));
        assertTrue(infinite.problem().contains("finite value"), infinite.problem());
        ModelException zero =
                assertThrows(ModelException.class, () -> org.egt4j.dynamics.Replicator.of(g.bind(Map.of("S", 0.0))));
        assertTrue(zero.problem().contains("is Infinity") || zero.problem().contains("not finite"), zero.problem());
        assertEquals(2.0, g.bind(Map.of("S", 2.0)).parameterValue(0), 0);
    }

    @Test
    void theGameReportsItsStructure() {
        Game g = Game.builder("g")
                .parameter("S", 1, 0, 2)
                .definition("P", "S/2")
                .population("p", List.of("a", "b", "c"), "x")
                .population("q", List.of("d", "e"), null)
                .fitness("p", "a", "P*q.d")
                .fitness("p", "b", "0")
                .fitness("p", "c", "x")
                .fitness("q", "d", "p.c")
                .fitness("q", "e", "0")
                .build();
        assertEquals(3, g.dimension());
        assertEquals(List.of("p.a", "p.b", "q.d"), g.coordinateNames());
        assertEquals(List.of(0, 2, 3), List.of(g.offset(0), g.offset(1), g.offset(2)));
        assertEquals(1, g.populationOf(2));
        assertEquals(PayoffForm.FITNESS, g.payoffForm());
        assertEquals(Map.of("P", "S/2"), g.definitions());
        assertEquals(1, g.atoms().size());
        assertEquals("x", g.coordinates().get(0).name());
        assertEquals("q.d", g.coordinates().get(2).name());
        assertEquals(g.expression("x*(P*q.d) + p.b*0 + (1 - x - p.b)*x"), g.meanPayoff(0));
        assertTrue(g.toString().contains("2 populations, dimension 3"));
        assertEquals(1, g.parameters().get(0).value(), 0);
        assertTrue(g.parameters().get(0).hasRange());
        assertEquals(
                new Strategy("p", "c", 2), g.populations().get(0).strategyList().get(2));
        assertEquals("p.c", g.populations().get(0).strategyList().get(2).qualifiedName());
    }

    static Game oneParameter(double value, double min, double max) {
        return Game.builder("g")
                .parameter("S", value, min, max)
                .population("p", "a", "b")
                .fitness("p", "a", "S")
                .fitness("p", "b", "0")
                .build();
    }

    @Test
    void limitsAreInclusive() {
        assertEquals(0, oneParameter(0, 0, 2).parameters().get(0).value(), 0.0, "a value at min");
        assertEquals(2, oneParameter(2, 0, 2).parameters().get(0).value(), 0.0, "a value at max");
        assertEquals(1, oneParameter(1, 1, 1).parameters().get(0).min(), 0.0, "a range of one point");
        GameBuilder many = Game.builder("many");
        for (int k = 0; k < GameBuilder.MAX_POPULATIONS; k++) {
            many.population("p" + k, "a", "b");
        }
        ModelException full = assertThrows(ModelException.class, many::build);
        assertTrue(full.problem().contains("no payoffs"), "64 populations pass the size check: " + full.problem());
        many.population("p64", "a", "b");
        ModelException over = assertThrows(ModelException.class, many::build);
        assertTrue(over.problem().contains("too many populations (65)"), over.problem());
        String[] strategies = new String[GameBuilder.MAX_STRATEGIES + 1];
        for (int i = 0; i < strategies.length; i++) {
            strategies[i] = "s" + i;
        }
        ModelException wide = assertThrows(
                ModelException.class,
                () -> Game.builder("wide").population("p", strategies).build());
        assertTrue(wide.problem().contains("population 'p' has too many strategies"), wide.problem());
    }

    @Test
    void namesAreCheckedWhereverTheyAppear() {
        ModelException strategy = assertThrows(
                ModelException.class,
                () -> Game.builder("g").population("p", "a b", "c").build());
        assertTrue(strategy.problem().contains("'a b' is not a valid strategy name"), strategy.problem());
        ModelException definition = assertThrows(ModelException.class, () -> Game.builder("g")
                .parameter("S", 1)
                .definition("S", "2")
                .population("p", "a", "b")
                .build());
        assertTrue(definition.problem().contains("name 'S' is used twice"), definition.problem());
        ModelException function = assertThrows(ModelException.class, () -> Game.builder("g")
                .definition("sqrt", "2")
                .population("p", "a", "b")
                .build());
        assertTrue(function.problem().contains("'sqrt' is the name of a function"), function.problem());
        ModelException digit = assertThrows(
                ModelException.class,
                () -> Game.builder("g").population("1p", "a", "b").build());
        assertTrue(digit.problem().contains("'1p' is not a valid population name"), digit.problem());
    }

    @Test
    void aDescriptionIsKeptAndNullMeansNone() {
        Game g = Game.builder("g")
                .description("about g")
                .population("p", "a", "b")
                .fitness("p", "a", "1")
                .fitness("p", "b", "0")
                .build();
        assertEquals("about g", g.description());
        Game h = Game.builder("h")
                .description(null)
                .population("p", "a", "b")
                .fitness("p", "a", "1")
                .fitness("p", "b", "0")
                .build();
        assertEquals("", h.description());
    }
}
