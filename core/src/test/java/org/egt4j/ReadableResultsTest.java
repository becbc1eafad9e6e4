package org.egt4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.egt4j.analysis.AnalysisSettings;
import org.egt4j.analysis.FullAnalysis;
import org.egt4j.finite.FiniteAnalysis;
import org.egt4j.finite.FinitePopulation;
import org.egt4j.finite.FiniteProcess;
import org.egt4j.finite.ProcessSettings;
import org.egt4j.game.BoundGame;
import org.egt4j.game.Game;
import org.egt4j.ode.SolverSettings;
import org.egt4j.sde.Noise;
import org.egt4j.sde.NoiseAnalysis;
import org.egt4j.sde.Scheme;
import org.egt4j.stability.LyapunovSpectrum;
import org.egt4j.stability.StabilityAnalysis;
import org.egt4j.testing.TextbookGames;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every public record of the core module prints readably in JShell (issue #16): its {@code toString()}
 * holds no identity hash ({@code [D@5479e3f}, {@code [[I@1b2c3d}, {@code Foo@6e8cf4c6}), the Java default
 * for arrays and for classes without their own text. The record types are found by walking the core
 * module's compiled classes, so a new result record is checked without being listed here. Samples come
 * from real analyses (a 2×2 bimatrix game with parameters, rock–paper–scissors, hawk–dove, their finite
 * and stochastic analyses, a Lyapunov spectrum), walked through their components; a type no analysis
 * reaches (settings, internal building blocks) gets a sample from its canonical constructor with small
 * arguments.
 */
class ReadableResultsTest {

    /** An identity hash: a class or array name, '@', hex digits (what Object.toString prints). */
    private static final Pattern IDENTITY = Pattern.compile("[\\w$.\\[;]+@[0-9a-f]{4,}");

    private static final Map<Class<?>, Object> SAMPLES = new LinkedHashMap<>();

    @BeforeAll
    static void analyse() {
        Game bimatrix = Game.builder("readable")
                .parameter("S", 1, 0, 2)
                .parameter("C", 2, 1, 3)
                .population("firm", List.of("invest", "hold"), "x")
                .population("gov", List.of("support", "ignore"), "y")
                .payoff(List.of("invest", "support"), "S + 1 - C/2", "1 - S")
                .payoff(List.of("invest", "ignore"), "1 - C/2", "1/2")
                .payoff(List.of("hold", "support"), "0", "-S")
                .payoff(List.of("hold", "ignore"), "0", "0")
                .build();
        BoundGame bound = bimatrix.bind();
        AnalysisSettings settings = new AnalysisSettings(
                10, 11, new double[] {0.25, 0.75}, 3, List.of("S"), 3, List.of("S", "C"), 5, 100, 50, 11, 1e-8, 1e-10);
        walk(FullAnalysis.of(bound, settings, 1, phase -> {}));
        walk(StabilityAnalysis.of(bound));
        walk(settings);
        BoundGame rps = TextbookGames.rockPaperScissors().bind();
        StabilityAnalysis rpsAnalysis = StabilityAnalysis.of(rps);
        walk(rpsAnalysis);
        walk(NoiseAnalysis.of(
                rps,
                rpsAnalysis.vertices(),
                Noise.perStrategy(new double[][] {{0.4, 0.2, 0.1}}),
                2,
                20,
                0.01,
                Scheme.MILSTEIN,
                5,
                50,
                1));
        BoundGame hawkDove = TextbookGames.hawkDove(2, 3).bind();
        ProcessSettings moran = new ProcessSettings(FiniteProcess.MORAN, 12, Map.of(), 0.5, 0.01);
        walk(moran);
        walk(FiniteAnalysis.of(hawkDove, moran));
        walk(FiniteAnalysis.of(bound, new ProcessSettings(FiniteProcess.PAIRWISE_COMPARISON, 6, Map.of(), 1, 0.01)));
        walk(FinitePopulation.of(hawkDove, FiniteProcess.MORAN, 12, 0.5).absorption(new int[] {5, 7}));
        walk(LyapunovSpectrum.compute(
                org.egt4j.dynamics.ReplicatorDynamics.INSTANCE.field(rps),
                new double[] {0.2, 0.3},
                20,
                1,
                0.5,
                SolverSettings.DEFAULT));
    }

    /** Collects every record (and other value) reachable from a result, one sample per type. */
    private static void walk(Object root) {
        walk(root, new IdentityHashMap<>());
    }

    private static void walk(Object o, IdentityHashMap<Object, Boolean> seen) {
        if (o == null || seen.put(o, Boolean.TRUE) != null) {
            return;
        }
        SAMPLES.putIfAbsent(o.getClass(), o);
        if (o instanceof Record r) {
            for (RecordComponent c : r.getClass().getRecordComponents()) {
                walk(component(r, c), seen);
            }
        } else if (o instanceof Collection<?> c) {
            c.forEach(e -> walk(e, seen));
        } else if (o instanceof Map<?, ?> m) {
            m.values().forEach(e -> walk(e, seen));
        } else if (o instanceof Optional<?> opt) {
            opt.ifPresent(e -> walk(e, seen));
        } else if (o instanceof Object[] a) {
            for (Object e : a) {
                walk(e, seen);
            }
        }
    }

    private static Object component(Record r, RecordComponent c) {
        try {
            var accessor = c.getAccessor();
            accessor.setAccessible(true);
            return accessor.invoke(r);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(r.getClass() + "." + c.getName(), e);
        }
    }

    static Stream<String> publicRecords() throws IOException, URISyntaxException {
        Path classes = Path.of(
                Show.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> names = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path f :
                    files.filter(p -> p.toString().endsWith(".class")).sorted().toList()) {
                String name = classes.relativize(f)
                        .toString()
                        .replace(f.getFileSystem().getSeparator(), ".");
                name = name.substring(0, name.length() - ".class".length());
                Class<?> type = load(name);
                if (type.isRecord() && visible(type)) {
                    names.add(name);
                }
            }
        }
        assertTrue(names.size() >= 50, "the core module's public records: " + names);
        return names.stream();
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, Show.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new AssertionError(name, e);
        }
    }

    /** Public, and every enclosing type public: a type a user can name in JShell. */
    private static boolean visible(Class<?> type) {
        for (Class<?> t = type; t != null; t = t.getEnclosingClass()) {
            if (!Modifier.isPublic(t.getModifiers())) {
                return false;
            }
        }
        return true;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("publicRecords")
    void printsWithoutIdentityHashes(String name) {
        Class<?> type = load(name);
        Object sample = SAMPLES.containsKey(type) ? SAMPLES.get(type) : construct(type, 0);
        String text = sample.toString();
        assertFalse(IDENTITY.matcher(text).find(), name + " prints an identity: " + text);
    }

    @Test
    void longArraysShowTheirFirstItemsAndTheirCount() {
        double[] values = new double[1000];
        for (int i = 0; i < values.length; i++) {
            values[i] = i / 3.0;
        }
        assertEquals("[0, 0.333333, 0.666667, 1, 1.33333, 1.66667, 2, 2.33333, … (1000 values)]", Show.value(values));
        assertEquals("[[1, 2], [3]]", Show.value(new int[][] {{1, 2}, {3}}));
        assertEquals("{a=[0.5]}", Show.value(new TreeMap<>(Map.of("a", List.of(0.5)))));
    }

    @Test
    void aTrajectorySetNamesItsStartsAndPrintsItsNumbers() {
        Object set = SAMPLES.get(org.egt4j.analysis.TrajectorySet.class);
        String text = set.toString();
        assertTrue(text.startsWith("TrajectorySet[times=[0, 1, 2, "), text);
        assertTrue(text.contains("(11 values)"), text);
    }

    /** A sample from the canonical constructor with small arguments, for types no analysis reaches. */
    private static Object construct(Class<?> type, int depth) {
        if (SAMPLES.containsKey(type)) {
            return SAMPLES.get(type);
        }
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        Object[] args = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            args[i] = argument(components[i].getType(), components[i].getGenericType(), depth);
        }
        try {
            Constructor<?> c = type.getDeclaredConstructor(types);
            c.setAccessible(true);
            return c.newInstance(args);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new AssertionError(
                    type.getName() + ": no analysis reached it and its constructor refused small arguments;"
                            + " add an analysis that produces it to analyse()",
                    e);
        }
    }

    private static Object argument(Class<?> type, Type generic, int depth) {
        if (type == double.class || type == Double.class) {
            return 0.25;
        }
        if (type == int.class || type == Integer.class) {
            return 1;
        }
        if (type == long.class || type == Long.class) {
            return 3L;
        }
        if (type == boolean.class || type == Boolean.class) {
            return true;
        }
        if (type == char.class) {
            return '+';
        }
        if (type == String.class) {
            return "a";
        }
        if (type.isArray()) {
            Object a = Array.newInstance(type.getComponentType(), 2);
            for (int i = 0; i < 2; i++) {
                Array.set(a, i, argument(type.getComponentType(), type.getComponentType(), depth));
            }
            return a;
        }
        if (type.isEnum()) {
            return type.getEnumConstants()[0];
        }
        if (List.class.isAssignableFrom(type) && generic instanceof ParameterizedType p) {
            Type item = p.getActualTypeArguments()[0];
            Class<?> raw = item instanceof ParameterizedType q ? (Class<?>) q.getRawType() : (Class<?>) item;
            return List.of(argument(raw, item, depth + 1));
        }
        if (Map.class.isAssignableFrom(type)) {
            return Map.of();
        }
        if (SAMPLES.containsKey(type)) {
            return SAMPLES.get(type);
        }
        for (Object sample : SAMPLES.values()) {
            if (type.isInstance(sample)) {
                return sample;
            }
        }
        if (type.isRecord() && depth < 4) {
            return construct(type, depth + 1);
        }
        if (type.isSealed() && depth < 4) {
            for (Class<?> sub : type.getPermittedSubclasses()) {
                if (sub.isRecord()) {
                    return construct(sub, depth + 1);
                }
            }
        }
        if (type == org.hipparchus.fraction.BigFraction.class) {
            return org.hipparchus.fraction.BigFraction.ONE_HALF;
        }
        return null;
    }
}
