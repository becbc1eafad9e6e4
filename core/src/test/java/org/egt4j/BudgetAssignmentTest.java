package org.egt4j;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code --budget KIND=N} read once for every budget: kind and limit, −1 where N is no whole number. */
class BudgetAssignmentTest {

    @ParameterizedTest(name = "''{0}'' -> {1}, {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "values=10|values|10",
                " map-cells = 2_000_000 |map-cells|2000000",
                "players|players|-1",
                "path-steps=|path-steps|-1",
                "values=1e6|values|-1",
                "values=-3|values|-3",
                "values=99999999999999999999|values|-1",
                "=5||5"
            })
    void readsKindAndLimit(String text, String kind, long limit) {
        BudgetAssignment read = BudgetAssignment.parse(text);
        assertEquals(kind == null ? "" : kind, read.kind());
        assertEquals(limit, read.limit());
    }
}
