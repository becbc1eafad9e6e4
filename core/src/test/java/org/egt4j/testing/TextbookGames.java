package org.egt4j.testing;

import java.util.List;
import org.egt4j.game.Game;

/**
 * The textbook games the tests share, each in one standard form (KnownGamesTest checks that the
 * other forms give the same equations).
 */
public final class TextbookGames {

    private TextbookGames() {}

    /** Hawk–Dove, matrix [[(V − C)/2, V], [0, V/2]], share x of hawks. */
    public static Game hawkDove(double v, double c) {
        return Game.builder("Hawk-Dove")
                .parameter("V", v)
                .parameter("C", c)
                .population("animals", List.of("hawk", "dove"), "x")
                .matrix(new String[][] {{"(V - C)/2", "V"}, {"0", "V/2"}})
                .build();
    }

    /** Standard (zero-sum) Rock–Paper–Scissors: a win pays 1, a loss costs 1. */
    public static Game rockPaperScissors() {
        return Game.builder("RPS")
                .population("rps", "rock", "paper", "scissors")
                .matrix(new String[][] {{"0", "-1", "1"}, {"1", "0", "-1"}, {"-1", "1", "0"}})
                .build();
    }

    /** Battle of the sexes as a two-population table: (2, 1) at opera, (1, 2) at football. */
    public static Game battleOfTheSexes() {
        return Game.builder("BoS")
                .population("row", List.of("opera", "football"), "x")
                .population("column", List.of("opera", "football"), "y")
                .payoff(List.of("opera", "opera"), "2", "1")
                .payoff(List.of("opera", "football"), "0", "0")
                .payoff(List.of("football", "opera"), "0", "0")
                .payoff(List.of("football", "football"), "1", "2")
                .build();
    }

    /** Matching pennies: the matcher (x) wins 1 on a match, the mismatcher (y) on a mismatch. */
    public static Game matchingPennies() {
        return Game.builder("MP")
                .population("matcher", List.of("heads", "tails"), "x")
                .population("mismatcher", List.of("heads", "tails"), "y")
                .fitness("matcher", "heads", "2*y - 1")
                .fitness("matcher", "tails", "1 - 2*y")
                .fitness("mismatcher", "heads", "1 - 2*x")
                .fitness("mismatcher", "tails", "2*x - 1")
                .build();
    }
}
