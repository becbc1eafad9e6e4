package org.egt4j.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.egt4j.stability.BoxVerdict;
import org.junit.jupiter.api.Test;

/** The JSON document model and its one writer. */
class JsonTest {

    @Test
    void numbersAreShortestRoundTripIntegersHaveNoPointAndNonFiniteIsNull() {
        assertEquals(
                "[1.0,0.1,0.0,0.0,null,null,null,1.0E-7,3,-4]",
                Json.write(JsonValue.array(List.of(
                        new JsonValue.JsonNumber(1),
                        new JsonValue.JsonNumber(0.1),
                        new JsonValue.JsonNumber(0.0),
                        new JsonValue.JsonNumber(-0.0),
                        new JsonValue.JsonNumber(Double.NaN),
                        new JsonValue.JsonNumber(Double.POSITIVE_INFINITY),
                        new JsonValue.JsonNumber(Double.NEGATIVE_INFINITY),
                        new JsonValue.JsonNumber(1e-7),
                        new JsonValue.JsonInteger(3),
                        new JsonValue.JsonInteger(-4)))));
    }

    @Test
    void stringsEscapeQuotesBackslashesAndControlCharacters() {
        assertEquals(
                "\"a\\\"b\\\\c\\nd\\re\\tf\\u0001g 政府\"",
                Json.write(new JsonValue.JsonString("a\"b\\c\nd\re\tf\u0001g 政府")));
        assertEquals("null", Json.write(JsonValue.string(null)));
        assertThrows(NullPointerException.class, () -> new JsonValue.JsonString(null));
    }

    @Test
    void objectsKeepTheirMembersInOrderAndExtendWithAnother() {
        Map<String, Double> parameters = new LinkedHashMap<>();
        parameters.put("b", 2.0);
        parameters.put("a", 0.5);
        JsonValue.JsonObject first = JsonValue.JsonObject.builder()
                .put("name", "g")
                .put("parameters", JsonValue.numbers(parameters))
                .put("ok", true)
                .put("none", (String) null)
                .build();
        JsonValue.JsonObject more = JsonValue.JsonObject.builder()
                .put("rows", JsonValue.numbers(new double[][] {{1, 2}, {}}))
                .put("names", JsonValue.strings(List.of("x", "y")))
                .put("starts", JsonValue.numbers(List.of(new double[] {0.5})))
                .put("verdict", JsonValue.token(BoxVerdict.SOMEWHERE))
                .put("empty", JsonValue.JsonObject.builder().build())
                .build();
        assertEquals(
                "{\"name\":\"g\",\"parameters\":{\"b\":2.0,\"a\":0.5},\"ok\":true,\"none\":null,"
                        + "\"rows\":[[1.0,2.0],[]],\"names\":[\"x\",\"y\"],\"starts\":[[0.5]],"
                        + "\"verdict\":\"somewhere\",\"empty\":{}}",
                Json.write(first.with(more)));
        assertEquals(4, first.members().size(), "with() leaves the original alone");
    }
}
