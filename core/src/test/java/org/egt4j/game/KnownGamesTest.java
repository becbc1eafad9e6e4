package org.egt4j.game;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.egt4j.dynamics.Replicator;
import org.egt4j.dynamics.ReplicatorDynamics;
import org.egt4j.expr.Printer;
import org.egt4j.testing.TextbookGames;
import org.junit.jupiter.api.Test;

/**
 * Textbook games written in every applicable payoff form: each form must give the same exact
 * replicator equations, and those must equal the closed forms of Hofbauer and Sigmund, "Evolutionary
 * Games and Population Dynamics" (1998), and Weibull, "Evolutionary Game Theory" (1995).
 */
class KnownGamesTest {

    static final String[][] HAWK_DOVE = {{"(V - C)/2", "V"}, {"0", "V/2"}};

    static Game hawkDoveMatrix() {
        return Game.builder("Hawk-Dove")
                .parameter("V", 2)
                .parameter("C", 3)
                .population("animals", List.of("hawk", "dove"), "x")
                .matrix(HAWK_DOVE)
                .build();
    }

    static Game hawkDoveFitness() {
        return Game.builder("Hawk-Dove")
                .parameter("V", 2)
                .parameter("C", 3)
                .population("animals", List.of("hawk", "dove"), "x")
                .fitness("animals", "hawk", "(V - C)/2*x + V*(1 - x)")
                .fitness("animals", "dove", "V/2*animals.dove")
                .build();
    }

    @Test
    void hawkDoveIsXTimesOneMinusXTimesVMinusCxOverTwoInEveryForm() {
        for (Game g : List.of(hawkDoveMatrix(), hawkDoveFitness())) {
            assertEquals(
                    g.expression("x*(1 - x)*(V - C*x)/2"),
                    ReplicatorDynamics.replicatorEquations(g).get(0).expanded());
            assertEquals(
                    "dx/dt = x*(1 - x)*(V/2 - C*x/2)",
                    ReplicatorDynamics.replicatorEquations(g).get(0).format(Printer.TEXT));
        }
        Replicator r = Replicator.of(hawkDoveMatrix().bind(Map.of("V", 2.0, "C", 3.0)));
        double[] out = new double[1];
        r.derivative(new double[] {0.25}, out);
        assertEquals(0.25 * 0.75 * (2 - 3 * 0.25) / 2, out[0], 1e-15);
    }

    @Test
    void rockPaperScissorsInMatrixAndFitnessFormsGivesXiTimesWinMinusLoss() {
        Game matrix = Game.builder("RPS")
                .population("rps", "rock", "paper", "scissors")
                .matrix(new String[][] {{"0", "-1", "1"}, {"1", "0", "-1"}, {"-1", "1", "0"}})
                .build();
        Game fitness = Game.builder("RPS")
                .population("rps", "rock", "paper", "scissors")
                .fitness("rps", "rock", "rps.scissors - rps.paper")
                .fitness("rps", "paper", "rps.rock - rps.scissors")
                .fitness("rps", "scissors", "rps.paper - rps.rock")
                .build();
        for (Game g : List.of(matrix, fitness)) {
            // zero-sum symmetric: mean payoff x·Ax = 0, so ẋ_i = x_i (A x)_i
            assertEquals(
                    g.expression("rps.rock*(rps.scissors - rps.paper)"),
                    ReplicatorDynamics.replicatorEquations(g).get(0).expanded());
            assertEquals(
                    g.expression("rps.paper*(rps.rock - rps.scissors)"),
                    ReplicatorDynamics.replicatorEquations(g).get(1).expanded());
        }
        assertEquals(
                ReplicatorDynamics.replicatorEquations(matrix).get(0).expanded(),
                ReplicatorDynamics.replicatorEquations(fitness).get(0).expanded());
        assertEquals(
                ReplicatorDynamics.replicatorEquations(matrix).get(1).expanded(),
                ReplicatorDynamics.replicatorEquations(fitness).get(1).expanded());
    }

    @Test
    void prisonersDilemmaMatrixFitnessAndTwoPopulationTableAgree() {
        Game matrix = Game.builder("PD")
                .parameter("R", 3)
                .parameter("S", 0)
                .parameter("T", 5)
                .parameter("P", 1)
                .population("players", List.of("cooperate", "defect"), "x")
                .matrix(new String[][] {{"R", "S"}, {"T", "P"}})
                .build();
        Game fitness = Game.builder("PD")
                .parameter("R", 3)
                .parameter("S", 0)
                .parameter("T", 5)
                .parameter("P", 1)
                .population("players", List.of("cooperate", "defect"), "x")
                .fitness("players", "cooperate", "R*x + S*(1 - x)")
                .fitness("players", "defect", "T*x + P*(1 - x)")
                .build();
        assertEquals(
                ReplicatorDynamics.replicatorEquations(matrix).get(0).expanded(),
                ReplicatorDynamics.replicatorEquations(fitness).get(0).expanded());
        assertEquals(
                matrix.expression("x*(1 - x)*((R - T)*x + (S - P)*(1 - x))"),
                ReplicatorDynamics.replicatorEquations(matrix).get(0).expanded());
        Game table = Game.builder("PD")
                .parameter("R", 3)
                .parameter("S", 0)
                .parameter("T", 5)
                .parameter("P", 1)
                .population("row", List.of("cooperate", "defect"), "x")
                .population("column", List.of("cooperate", "defect"), "y")
                .payoff(List.of("cooperate", "cooperate"), "R", "R")
                .payoff(List.of("cooperate", "defect"), "S", "T")
                .payoff(List.of("defect", "cooperate"), "T", "S")
                .payoff(List.of("defect", "defect"), "P", "P")
                .build();
        assertEquals(
                table.expression("x*(1 - x)*((R - T)*y + (S - P)*(1 - y))"),
                ReplicatorDynamics.replicatorEquations(table).get(0).expanded());
        assertEquals(
                table.expression("y*(1 - y)*((R - T)*x + (S - P)*(1 - x))"),
                ReplicatorDynamics.replicatorEquations(table).get(1).expanded());
    }

    @Test
    void battleOfTheSexesTableAndFitnessAgreeWithClosedForm() {
        Game fitness = Game.builder("BoS")
                .population("row", List.of("opera", "football"), "x")
                .population("column", List.of("opera", "football"), "y")
                .fitness("row", "opera", "2*y")
                .fitness("row", "football", "1 - y")
                .fitness("column", "opera", "x")
                .fitness("column", "football", "2*(1 - x)")
                .build();
        Game table = TextbookGames.battleOfTheSexes();
        for (Game g : List.of(table, fitness)) {
            assertEquals(
                    g.expression("x*(1 - x)*(3*y - 1)"),
                    ReplicatorDynamics.replicatorEquations(g).get(0).expanded());
            assertEquals(
                    g.expression("y*(1 - y)*(3*x - 2)"),
                    ReplicatorDynamics.replicatorEquations(g).get(1).expanded());
        }
        double[] out = new double[2];
        Replicator.of(table.bind()).derivative(new double[] {2.0 / 3, 1.0 / 3}, out);
        assertArrayEquals(new double[] {0, 0}, out, 1e-16);
    }

    @Test
    void matchingPenniesTableAndFitnessAgreeWithClosedForm() {
        Game table = Game.builder("Matching pennies")
                .population("matcher", List.of("heads", "tails"), "x")
                .population("mismatcher", List.of("heads", "tails"), "y")
                .payoff(List.of("heads", "heads"), "1", "-1")
                .payoff(List.of("heads", "tails"), "-1", "1")
                .payoff(List.of("tails", "heads"), "-1", "1")
                .payoff(List.of("tails", "tails"), "1", "-1")
                .build();
        Game fitness = Game.builder("Matching pennies")
                .population("matcher", List.of("heads", "tails"), "x")
                .population("mismatcher", List.of("heads", "tails"), "y")
                .fitness("matcher", "heads", "2*y - 1")
                .fitness("matcher", "tails", "1 - 2*y")
                .fitness("mismatcher", "heads", "1 - 2*x")
                .fitness("mismatcher", "tails", "2*x - 1")
                .build();
        for (Game g : List.of(table, fitness)) {
            assertEquals(
                    g.expression("x*(1 - x)*(4*y - 2)"),
                    ReplicatorDynamics.replicatorEquations(g).get(0).expanded());
            assertEquals(
                    g.expression("y*(1 - y)*(2 - 4*x)"),
                    ReplicatorDynamics.replicatorEquations(g).get(1).expanded());
        }
        // Jacobian at the centre (1/2, 1/2): [[0, 1], [-1, 0]], eigenvalues ±i.
        double[] jac = new double[4];
        Replicator.of(table.bind()).jacobian(new double[] {0.5, 0.5}, jac);
        assertArrayEquals(new double[] {0, 1, -1, 0}, jac, 1e-15);
    }

    @Test
    void stateDependentPenaltyAndAtomsEvaluateWhenBound() {
        Game g = Game.builder("penalty")
                .parameter("S", 2)
                .parameter("F", 4)
                .parameter("r", 0.25)
                .definition("disc", "S/(1 + r)")
                .definition("rate", "exp(-r)")
                .population("firms", List.of("share", "withhold"), "x")
                .population("gov", List.of("regulate", "relax"), "y")
                .fitness("firms", "share", "disc + y*F*(1 - x)")
                .fitness("firms", "withhold", "rate")
                .fitness("gov", "regulate", "x*S - 1")
                .fitness("gov", "relax", "0")
                .build();
        assertEquals(
                "dx/dt = x*(1 - x)*(disc - rate + F*y - F*x*y)",
                ReplicatorDynamics.replicatorEquations(g).get(0).format(Printer.TEXT));
        double[] out = new double[2];
        Replicator.of(g.bind(Map.of("S", 3.0))).derivative(new double[] {0.5, 0.25}, out);
        double g0 = 3 / 1.25 - Math.exp(-0.25) + 0.25 * 4 * 0.5;
        assertEquals(0.5 * 0.5 * g0, out[0], 1e-15);
        assertEquals(0.25 * 0.75 * (0.5 * 3 - 1), out[1], 1e-15);
    }
}
