package org.egt4j.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.egt4j.analysis.FullAnalysis;
import org.egt4j.game.BoundGame;
import org.egt4j.game.Game;
import org.egt4j.spec.SpecLoader;
import org.egt4j.stability.OverBox;
import org.egt4j.stability.RestPointSet;
import org.egt4j.stability.StabilityAnalysis;
import org.egt4j.stability.ThresholdStatement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Chinese catalogue: every method of {@link Messages} (found by reflection, so a method added later
 * is covered without editing this test) returns Chinese text for every value of every enum argument; a
 * Chinese report has no English heading left; the English catalogue is unchanged by it.
 */
class ChineseMessagesTest {

    static final Messages ZH = Messages.chinese();

    /**
     * Han ideographs or CJK punctuation (the full-width "；" of a list): the test that a text is Chinese
     * rather than an English fallback.
     */
    static boolean hasCjk(String s) {
        return s.codePoints()
                .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                        || Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                        || Character.UnicodeBlock.of(c) == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS);
    }

    static final Game HAWK_DOVE = Game.builder("hawk-dove")
            .parameter("V", 2, 0, 10)
            .parameter("C", 5)
            .population("p", List.of("hawk", "dove"), "x")
            .matrix(new String[][] {{"(V - C)/2", "V"}, {"0", "V/2"}})
            .build();

    /** Every method of the interface but {@code number} (a number is not a sentence: "1.5" in every language). */
    static Stream<String> methods() {
        return Arrays.stream(Messages.class.getMethods())
                .filter(m -> !Modifier.isStatic(m.getModifiers()))
                .filter(m -> !m.getName().equals("number"))
                .map(m -> m.getName() + Arrays.toString(m.getParameterTypes()))
                .sorted();
    }

    /** Sample values of one parameter type: every constant of an enum, one typical value otherwise. */
    static List<Object> samples(java.lang.reflect.Type generic) {
        if (generic instanceof java.lang.reflect.ParameterizedType p && p.getRawType() == List.class) {
            // List<Double> are noise factors, List<String> names
            return p.getActualTypeArguments()[0] == Double.class
                    ? List.of(List.of(0.5, 1.0, 2.0))
                    : List.of(List.of("p"));
        }
        Class<?> type = generic instanceof Class<?> c
                ? c
                : (Class<?>) ((java.lang.reflect.ParameterizedType) generic).getRawType();
        if (type.isEnum()) {
            return List.of(type.getEnumConstants());
        }
        if (type == ThresholdStatement.class) {
            List<Object> all = new ArrayList<>();
            for (ThresholdStatement.Kind k : ThresholdStatement.Kind.values()) {
                all.add(new ThresholdStatement(k, "(hawk)", "V", 1, 4, List.of(2.0)));
            }
            // an exact statement with its ESS set, from the vertex table
            all.add(StabilityAnalysis.of(HAWK_DOVE.bind())
                    .vertices()
                    .vertices()
                    .get(0)
                    .thresholds()
                    .get(0)
                    .statement());
            return all;
        }
        if (type == OverBox.class) {
            List<Object> all = new ArrayList<>();
            for (org.egt4j.stability.BoxVerdict v : org.egt4j.stability.BoxVerdict.values()) {
                all.add(new OverBox(v, List.of("V"), null, null, true));
                all.add(new OverBox(v, List.of("V"), null, null, false));
            }
            return all;
        }
        if (type == RestPointSet.class) {
            return List.of(
                    new RestPointSet(1, new int[][] {{0, 1}}, List.of()),
                    new RestPointSet(RestPointSet.SINGULAR, new int[][] {{0, 1}}, List.of()));
        }
        if (type == org.egt4j.stability.ContinuumStability.class) {
            List<Object> all = new ArrayList<>();
            List<org.egt4j.stability.Eigenvalue> eig =
                    List.of(new org.egt4j.stability.Eigenvalue(-1, 0), new org.egt4j.stability.Eigenvalue(0.5, 0.25));
            for (org.egt4j.stability.ContinuumStability.Verdict v :
                    org.egt4j.stability.ContinuumStability.Verdict.values()) {
                for (org.egt4j.stability.ContinuumStability.Reason r :
                        org.egt4j.stability.ContinuumStability.Reason.values()) {
                    all.add(new org.egt4j.stability.ContinuumStability(v, r, List.of(eig)));
                }
            }
            return all;
        }
        if (type == Game.class) {
            return List.of(HAWK_DOVE);
        }
        if (type == String.class) {
            return List.of("(hawk)");
        }
        if (type == List.class) {
            return List.of(List.of("p"));
        }
        if (type == Map.class) {
            Map<String, Integer> sizes = new LinkedHashMap<>();
            sizes.put("p", 100);
            return List.of(sizes);
        }
        if (type == double[].class) {
            return List.of(new double[] {0.5});
        }
        if (type == Object[].class) {
            return List.of((Object) new Object[] {"A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L"});
        }
        if (type == boolean.class) {
            return List.of(true, false);
        }
        if (type == int.class) {
            return List.of(3);
        }
        if (type == long.class) {
            return List.of(42L);
        }
        if (type == double.class) {
            return List.of(0.25);
        }
        throw new AssertionError("no sample for " + type + ": add one to ChineseMessagesTest.samples");
    }

    /** Every combination of the samples of the parameters, in order. */
    static List<Object[]> combinations(java.lang.reflect.Type[] types) {
        List<Object[]> out = new ArrayList<>();
        out.add(new Object[0]);
        for (java.lang.reflect.Type t : types) {
            List<Object[]> next = new ArrayList<>();
            for (Object[] prefix : out) {
                for (Object v : samples(t)) {
                    Object[] a = Arrays.copyOf(prefix, prefix.length + 1);
                    a[prefix.length] = v;
                    next.add(a);
                }
            }
            out = next;
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("methods")
    void everyMethodWritesChineseForEveryKindOfArgument(String signature) throws Exception {
        Method m = Arrays.stream(Messages.class.getMethods())
                .filter(x -> (x.getName() + Arrays.toString(x.getParameterTypes())).equals(signature))
                .findFirst()
                .orElseThrow();
        // the sigma thresholds need lists of one population and arrays of one condition: samples agree
        for (Object[] args : combinations(m.getGenericParameterTypes())) {
            String zh = (String) m.invoke(ZH, args);
            String en = (String) m.invoke(Messages.english(), args);
            assertFalse(zh.isBlank(), () -> signature + Arrays.deepToString(args) + " is empty");
            assertTrue(hasCjk(zh), () -> signature + Arrays.deepToString(args) + " is not Chinese: " + zh);
            assertFalse(hasCjk(en), () -> signature + " English has Chinese: " + en);
        }
    }

    @Test
    void everyPhraseOfTheCatalogueHasItsOwnChineseTextWithTheSamePlaceholders() {
        for (Phrase t : Phrase.values()) {
            String zh = ZH.text(t);
            assertTrue(hasCjk(zh), () -> t + ": " + zh);
            for (int i = 0; i < 12; i++) {
                String p = "{" + i + "}";
                assertEquals(t.english().contains(p), zh.contains(p), () -> t + " placeholder " + p);
            }
        }
    }

    @Test
    void theLanguageCodesNameTheirCataloguesAndAnUnknownOneIsRefused() {
        assertEquals(Messages.english(), Messages.of("en"));
        assertEquals(Messages.chinese(), Messages.of("zh"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Messages.of("xx"));
        assertTrue(e.getMessage().contains("en, zh"), e.getMessage());
        assertEquals(SpecLoader.LANGUAGES, Messages.LANGUAGES, "the spec accepts exactly the catalogues");
    }

    @Test
    void theHawkDoveThresholdReadsAsTheChinesePapersWriteIt() {
        // V = 2, C = 5: at all-hawk λ = (C - V)/2 < 0 iff V > 5 (MessagesTest has the English)
        ThresholdStatement s = StabilityAnalysis.of(HAWK_DOVE.bind())
                .vertices()
                .vertices()
                .get(0)
                .thresholds()
                .get(0)
                .statement();
        assertEquals(
                "(hawk) is an ESS iff V > 5 (others fixed)", Messages.english().threshold(s));
        assertEquals("(hawk) 是演化稳定策略（ESS）当且仅当 V > 5（其他参数固定）", ZH.threshold(s));
        ThresholdStatement across =
                new ThresholdStatement(ThresholdStatement.Kind.NOT_ESS_IN_RANGE, "(hawk)", "V", 0, 4, List.of(5.0));
        assertEquals("(hawk) 对 V ∈ [0, 4] 都不是 ESS（其他参数固定）", ZH.threshold(across));
    }

    @Test
    void aChineseReportHasNoEnglishHeadingTableHeaderOrCaptionLeft(@TempDir Path tmp) throws Exception {
        SpecLoader.GameSpec spec = SpecLoader.parseSpec("zh.yaml", ChineseTest.SPEC);
        BoundGame bound = spec.game().bind();
        FullAnalysis a = FullAnalysis.of(bound, spec.analysis(), 2, phase -> {});
        new ReportWriter(bound, a)
                .withMessages(ZH)
                .write(tmp, "egt4j analyze zh.yaml", ChineseTest.SPEC.getBytes(StandardCharsets.UTF_8));
        String md = Files.readString(tmp.resolve("report.md"));
        for (String line : md.split("\n")) {
            if (line.startsWith("#") || line.startsWith("|") || line.startsWith("*")) {
                // headings, table rows and captions: Chinese, or names, numbers and formulas only
                String words = line.replaceAll("`[^`]*`|\\(figures/[^)]*\\)|ESS|Nash|rtol|atol|\\b[a-z]\\b", "");
                assertFalse(words.matches(".*\\b[a-z]{3,}\\b.*"), () -> "English left: " + line);
            }
        }
        assertTrue(md.contains("## 纯策略组合的稳定性（精确特征值）"), md);
        assertTrue(md.contains("## 条件与阈值"), md);
        String tex = Files.readString(tmp.resolve("report.tex"));
        assertTrue(tex.contains("策略组合 & 特征值 & 稳定性 & ESS"), tex);
        String json = Files.readString(tmp.resolve("report.json"));
        assertTrue(json.contains("\"statement\":\"(积极监管, 合作) is"), "JSON statements stay English");
        assertFalse(json.contains("当且仅当"), "JSON statements stay English");
    }
}
