package org.egt4j.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.egt4j.ModelException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of bad spec gets a {@link ModelException} naming the problem, the file, line and column,
 * with an excerpt whose caret stands under the offending character, and a hint.
 */
class SpecErrorsTest {

    static final String POPS = "populations:\n"
            + "  row: {strategies: [opera, football], share: x}\n"
            + "  column: {strategies: [opera, football], share: y}\n";

    static String table(String first) {
        return "payoffs:\n"
                + "  - profile: " + first + "\n"
                + "    row: 2\n"
                + "    column: 1\n"
                + "  - profile: {row: opera, column: football}\n"
                + "    row: 0\n"
                + "    column: 0\n"
                + "  - profile: {row: football, column: opera}\n"
                + "    row: 0\n"
                + "    column: 0\n"
                + "  - profile: {row: football, column: football}\n"
                + "    row: 1\n"
                + "    column: 2\n";
    }

    static final String HEAD = "name: test\nparameters:\n  S: 2\n  F: {value: 3, min: 0, max: 10}\n";

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("YAML syntax", "name: [unclosed\n", "YAML syntax error", 2, 1),
                Arguments.of("empty file", "", "the spec is empty", 1, 1),
                Arguments.of("comment-only file", "# nothing\n", "the spec is empty", 1, 1),
                Arguments.of("not a mapping", "- a\n- b\n", "must be a mapping", 1, 1),
                Arguments.of(
                        "unknown top-level key",
                        "name: t\npopluations: {}\n",
                        "unknown top-level key 'popluations' (did you mean 'populations'?)",
                        2,
                        1),
                Arguments.of(
                        "duplicate parameter", "name: t\nparameters:\n  S: 1\n  S: 2\n", "duplicate key 'S'", 4, 3),
                Arguments.of(
                        "parameter and share symbol share a name",
                        "name: t\nparameters: {x: 1}\n" + POPS + table("{row: opera, column: opera}"),
                        "name 'x' is used twice",
                        4,
                        47),
                Arguments.of(
                        "non-numeric parameter",
                        "name: t\nparameters:\n  S: abc\n",
                        "the value of S is not a number: 'abc'",
                        3,
                        6),
                Arguments.of(
                        "parameter outside its range",
                        "name: t\nparameters:\n  S: {value: 12, min: 0, max: 10}\n" + POPS
                                + table("{row: opera, column: opera}"),
                        "outside its range",
                        3,
                        3),
                Arguments.of("no name", "populations: {}\n", "the spec has no name", 1, 1),
                Arguments.of("no populations", "name: t\n", "the spec has no populations", 1, 1),
                Arguments.of(
                        "population with one strategy",
                        "name: t\npopulations:\n  row: [opera]\nfitness: {row: {opera: 1}}\n",
                        "has 1 strategy",
                        3,
                        3),
                Arguments.of(
                        "repeated strategy",
                        "name: t\npopulations:\n  row: [opera, opera]\n",
                        "strategy 'opera' appears twice",
                        3,
                        16),
                Arguments.of(
                        "invalid strategy name",
                        "name: t\npopulations:\n  row: [opera, foot ball]\n",
                        "'foot ball' is not a valid strategy name",
                        3,
                        16),
                Arguments.of("no payoff form", HEAD + POPS, "the game has no payoffs", 1, 7),
                Arguments.of(
                        "two payoff forms",
                        HEAD + POPS + table("{row: opera, column: opera}")
                                + "fitness:\n  row: {opera: 1, football: 0}\n",
                        "more than one payoff form",
                        22,
                        3),
                Arguments.of(
                        "missing profile",
                        HEAD
                                + POPS
                                + table("{row: opera, column: opera}")
                                        .replace(
                                                "  - profile: {row: football, column: football}\n    row: 1\n    column: 2\n",
                                                ""),
                        "1 of 4 pure profiles have no payoffs, e.g. {row: football, column: football}",
                        9,
                        5),
                Arguments.of(
                        "repeated profile",
                        HEAD + POPS + table("{row: opera, column: football}"),
                        "profile {row: opera, column: football} is given twice (first at test.yaml:9:5)",
                        12,
                        5),
                Arguments.of(
                        "unknown strategy",
                        HEAD + POPS + table("{row: opra, column: opera}"),
                        "unknown strategy 'opra' of population 'row' (did you mean 'opera'?)",
                        9,
                        20),
                Arguments.of(
                        "unknown population in profile",
                        HEAD + POPS + table("{rwo: opera, column: opera}"),
                        "unknown population 'rwo' (did you mean 'row'?)",
                        9,
                        15),
                Arguments.of(
                        "profile missing a population",
                        HEAD + POPS + table("{row: opera}"),
                        "does not say what population 'column' plays",
                        9,
                        5),
                Arguments.of(
                        "payoff for an unknown population",
                        HEAD
                                + POPS
                                + table("{row: opera, column: opera}").replaceFirst("    column: 1", "    colum: 1"),
                        "'colum' is not a population (did you mean 'column'?)",
                        11,
                        5),
                Arguments.of(
                        "unknown name in a payoff",
                        HEAD + POPS + table("{row: opera, column: opera}").replaceFirst("row: 2", "row: \"2*Ss + F\""),
                        "unknown name 'Ss' (did you mean 'S'?)",
                        10,
                        13),
                Arguments.of(
                        "unbalanced parenthesis",
                        HEAD + POPS + table("{row: opera, column: opera}").replaceFirst("row: 2", "row: (S + F"),
                        "'(' is never closed",
                        10,
                        10),
                Arguments.of(
                        "division by zero",
                        HEAD + POPS + table("{row: opera, column: opera}").replaceFirst("row: 2", "row: S/(F - F)"),
                        "division by zero",
                        10,
                        13),
                Arguments.of(
                        "division by a share",
                        HEAD + POPS + table("{row: opera, column: opera}").replaceFirst("row: 2", "row: S/y"),
                        "division by an expression of the shares",
                        10,
                        12),
                Arguments.of(
                        "huge exponent",
                        HEAD + POPS + table("{row: opera, column: opera}").replaceFirst("row: 2", "row: S^1000"),
                        "exponent 1000 is too large",
                        10,
                        12),
                Arguments.of(
                        "ragged matrix",
                        "name: t\npopulations:\n  p: [hawk, dove]\nmatrix:\n  - [1, 2]\n  - [3]\n",
                        "row 2 of the payoff matrix has 1 entries, expected 2",
                        6,
                        6),
                Arguments.of(
                        "matrix of the wrong size",
                        "name: t\npopulations:\n  p: [hawk, dove]\nmatrix:\n  - [1, 2]\n",
                        "the payoff matrix has 1 rows but population 'p' has 2 strategies",
                        5,
                        3),
                Arguments.of(
                        "matrix with two populations",
                        HEAD + POPS + "matrix: [[1, 2], [3, 4]]\n",
                        "a payoff matrix describes a symmetric game inside one population",
                        8,
                        9),
                Arguments.of(
                        "missing fitness",
                        "name: t\npopulations:\n  p: [a, b]\nfitness:\n  p: {a: 1}\n",
                        "the fitness of p.b is missing",
                        5,
                        3),
                Arguments.of(
                        "circular definitions",
                        "name: t\ndefinitions:\n  A: B + 1\n  B: A*2\npopulations:\n  p: [a, b]\nfitness:\n  p: {a: A, b: 0}\n",
                        "refers to itself",
                        3,
                        6),
                Arguments.of(
                        "anchor and alias",
                        "name: t\nparameters:\n  S: &s 2\n  F: *s\n",
                        "YAML anchors are not accepted",
                        3,
                        6),
                Arguments.of(
                        "deep nesting",
                        "name: t\ndescription: " + "[".repeat(40) + "]".repeat(40) + "\n",
                        "nested too deeply",
                        2,
                        45),
                Arguments.of("two documents", "name: t\n---\nname: u\n", "more than one YAML document", 2, 1),
                Arguments.of(
                        "Chinese names, column in code points",
                        "name: 知识协同\npopulations:\n  企业: [共享, 不共享]\nfitness:\n  企业: {共享: \"2*知识\", 不共享: 0}\n",
                        "unknown name '知识'",
                        5,
                        15));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void badSpecsAreReportedWithFileLineColumnAndHint(String title, String yaml, String message, int line, int column) {
        ModelException e = assertThrows(ModelException.class, () -> SpecLoader.parse("test.yaml", yaml));
        assertTrue(e.getMessage().contains(message), () -> "message was: " + e.getMessage());
        assertEquals("test.yaml", e.origin().source());
        assertEquals(
                line + ":" + column,
                e.origin().line() + ":" + e.origin().column(),
                () -> "message was: " + e.getMessage() + "\n" + e.excerpt());
        assertTrue(!e.hint().isEmpty(), "a hint is given");
        if (!e.excerpt().isEmpty()) {
            String[] lines = e.excerpt().split("\n");
            assertEquals(column - 1 + 2, lines[1].indexOf('^'), () -> "caret under the column:\n" + e.excerpt());
        }
    }

    @Test
    void missingFileIsAUserError(@TempDir Path dir) {
        ModelException e = assertThrows(ModelException.class, () -> SpecLoader.load(dir.resolve("nope.yaml")));
        assertTrue(e.problem().startsWith("file not found: "), e.problem());
    }

    @Test
    void oversizedFileIsRefusedBeforeParsing(@TempDir Path dir) throws Exception {
        Path big = dir.resolve("big.yaml");
        Files.writeString(big, "name: t\ndescription: \"" + "a".repeat(SpecLoader.MAX_BYTES) + "\"\n");
        ModelException e = assertThrows(ModelException.class, () -> SpecLoader.load(big));
        assertTrue(e.problem().contains("too large"), e.problem());
    }

    @Test
    void invalidUtf8IsRefused(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.yaml");
        Files.write(bad, new byte[] {'n', 'a', 'm', 'e', ':', ' ', (byte) 0xC3, (byte) 0x28});
        ModelException e = assertThrows(ModelException.class, () -> SpecLoader.load(bad));
        assertTrue(e.problem().contains("not valid UTF-8"), e.problem());
    }

    @Test
    void tooManyProfilesAreRefusedBeforeExpansion() {
        StringBuilder yaml = new StringBuilder("name: t\npopulations:\n");
        for (int k = 0; k < 21; k++) {
            yaml.append("  p").append(k).append(": [a, b]\n");
        }
        yaml.append("payoffs:\n  - profile: [").append("a, ".repeat(20)).append("a]\n");
        for (int k = 0; k < 21; k++) {
            yaml.append("    p").append(k).append(": 1\n");
        }
        ModelException e = assertThrows(ModelException.class, () -> SpecLoader.parse("test.yaml", yaml.toString()));
        assertTrue(e.problem().contains("more than 1048576 pure profiles"), e.problem());
        assertEquals(25, e.origin().line());
    }
}
