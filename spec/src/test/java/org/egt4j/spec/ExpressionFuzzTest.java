package org.egt4j.spec;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import org.egt4j.expr.Canonicalizer;
import org.egt4j.expr.ExpressionParser;
import org.egt4j.expr.Scope;

/**
 * Coverage-guided fuzzing (Jazzer) of the expression parser and canonicaliser, seeded with every quoted
 * expression of the examples and the fixtures of docs/errors/ and a few hostile ones (huge exponents,
 * deep parentheses, unknown names). Properties: a tree and a canonical polynomial, or the documented
 * ModelException with a problem and a hint, within the per-input time limit.
 */
class ExpressionFuzzTest {

    @FuzzTest(maxDuration = "2m")
    void anyTextParsesOrIsRefusedWithAnOffset(byte[] data) {
        String text = new String(data, StandardCharsets.UTF_8);
        Fuzzing.refusesOrRuns(() -> new Canonicalizer(Scope.constants()).canonical(ExpressionParser.parse(text)));
    }
}
