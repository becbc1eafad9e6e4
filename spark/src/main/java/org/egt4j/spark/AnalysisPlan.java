package org.egt4j.spark;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.egt4j.ModelException;
import org.egt4j.analysis.AnalysisSettings;
import org.egt4j.analysis.AnalysisWork;
import org.egt4j.analysis.BasinMap;
import org.egt4j.dynamics.Dynamics;
import org.egt4j.dynamics.DynamicsCatalogue;
import org.egt4j.game.BoundGame;
import org.egt4j.parallel.IndexedWork;
import org.egt4j.spec.SpecLoader;

/**
 * An analysis described as data, the one thing shipped to Spark's executors (broadcast once): the
 * spec's text and its SHA-256, the parameter values that override the spec's defaults, the dynamic by
 * name and parameters, and every analysis setting (seed included). Each executor rebuilds the game,
 * the dynamic and their compiled fields from it ({@link #prepare()}); nothing live — no compiled
 * field, whose hidden class cannot be serialized — crosses the network. Immutable.
 *
 * @param source the spec's name in messages (its path, as {@code egt4j analyze} names it)
 * @param specText the spec's YAML text
 * @param specSha256 the SHA-256 of the UTF-8 bytes of {@code specText}, hex
 * @param parameters parameter values overriding the spec's (sorted by name)
 * @param dynamicsName the dynamic's catalogue name, or null for the spec's own dynamic
 * @param dynamicsParameters the dynamic's parameters (empty for its defaults)
 * @param settings the analysis settings
 * @serial exclude (Java serialization carries it to Spark's executors within one release; it is no
 *     archival format)
 */
public record AnalysisPlan(
        String source,
        String specText,
        String specSha256,
        Map<String, Double> parameters,
        String dynamicsName,
        Map<String, Double> dynamicsParameters,
        Settings settings)
        implements WorkPlan {

    private static final long serialVersionUID = 1L;

    /**
     * Copies the values into sorted maps.
     *
     * @param source the spec's name in messages
     * @param specText the spec's YAML text
     * @param specSha256 the SHA-256 of its UTF-8 bytes, hex
     * @param parameters parameter values overriding the spec's
     * @param dynamicsName the dynamic's catalogue name, or null for the spec's
     * @param dynamicsParameters the dynamic's parameters
     * @param settings the analysis settings
     */
    public AnalysisPlan {
        parameters = Collections.unmodifiableSortedMap(new TreeMap<>(parameters));
        dynamicsParameters = Collections.unmodifiableSortedMap(new TreeMap<>(dynamicsParameters));
    }

    /**
     * A plan for a spec's text, with the spec's own settings and dynamic unless overridden.
     *
     * @param source the spec's name in messages, e.g. its path
     * @param specText the spec's YAML text
     * @param parameters parameter values overriding the spec's (may be empty)
     * @return the plan, checked: the spec parses and binds ({@link ModelException} otherwise)
     */
    public static AnalysisPlan of(String source, String specText, Map<String, Double> parameters) {
        SpecLoader.GameSpec spec = SpecLoader.parseSpec(source, specText);
        AnalysisPlan plan = new AnalysisPlan(
                source, specText, sha256(specText), parameters, null, Map.of(), Settings.of(spec.analysis()));
        plan.prepare();
        return plan;
    }

    /**
     * This plan under another dynamic.
     *
     * @param name the catalogue name, e.g. {@code replicator-mutator}
     * @param values its parameters, e.g. {@code mu = 0.1}
     * @return the new plan
     */
    public AnalysisPlan withDynamics(String name, Map<String, Double> values) {
        return new AnalysisPlan(source, specText, specSha256, parameters, name, values, settings);
    }

    /**
     * This plan with other analysis settings.
     *
     * @param s the settings
     * @return the new plan
     */
    public AnalysisPlan withSettings(AnalysisSettings s) {
        return new AnalysisPlan(
                source, specText, specSha256, parameters, dynamicsName, dynamicsParameters, Settings.of(s));
    }

    /**
     * What an executor (and the driver) builds from the plan.
     *
     * @param bound the game bound at the plan's parameters
     * @param dynamics the dynamic
     * @param settings the analysis settings
     */
    public record Prepared(BoundGame bound, Dynamics dynamics, AnalysisSettings settings) {}

    /**
     * Rebuilds the game, the dynamic and the settings, checking everything.
     *
     * @return the bound game, the dynamic and the settings
     * @throws ModelException when the text does not match its SHA-256, the spec has an error, a
     *     parameter is unknown or out of range, or the dynamic is unknown: a plan that would fail in
     *     every task is refused before any runs
     */
    public Prepared prepare() {
        if (!sha256(specText).equals(specSha256)) {
            throw new ModelException(
                    "the plan's spec text does not match its SHA-256 " + specSha256,
                    "build the plan with AnalysisPlan.of from the spec's text");
        }
        SpecLoader.GameSpec spec = SpecLoader.parseSpec(source, specText);
        BoundGame bound = spec.game().bind(parameters);
        Dynamics dynamics =
                dynamicsName == null ? spec.dynamics() : DynamicsCatalogue.of(dynamicsName, dynamicsParameters);
        AnalysisSettings s;
        try {
            s = settings.toSettings();
        } catch (IllegalArgumentException e) {
            throw new ModelException(
                    "the plan's analysis settings are unusable: " + e.getMessage(),
                    "give settings that a spec's analysis block accepts");
        }
        return new Prepared(bound, dynamics, s);
    }

    /**
     * Rebuilds the analysis' parts from the text: those of {@link AnalysisWork} (the game, the
     * dynamic, the stability analysis and the compiled fields, built on first use) and the cells of the
     * {@link BasinMap} over the same grid ({@link BasinMap#PART}), each built once, when a task first
     * asks for it.
     *
     * @return the parts
     */
    @Override
    public Parts rebuild() {
        Prepared p = prepare();
        return new Parts() {
            private AnalysisWork analysis;
            private IndexedWork<?, ?> basinMap;

            @Override
            public synchronized IndexedWork<?, ?> part(String name) {
                if (name.equals(BasinMap.PART)) {
                    if (basinMap == null) {
                        basinMap = BasinMap.work(p.bound(), p.dynamics(), p.settings());
                    }
                    return basinMap;
                }
                if (analysis == null) {
                    analysis = AnalysisWork.of(p.bound(), p.dynamics(), p.settings());
                }
                return analysis.part(name);
            }
        };
    }

    /**
     * A key naming this plan in an executor's cache: the SHA-256 of all its values.
     *
     * @return the hex digest
     */
    @Override
    public String key() {
        return sha256(specSha256 + "\n" + parameters + "\n" + dynamicsName + "\n" + dynamicsParameters + "\n"
                + settings.text() + "\n" + source);
    }

    /**
     * The SHA-256 of a text's UTF-8 bytes.
     *
     * @param text the text
     * @return the lower-case hex digest
     */
    public static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The analysis settings as plain serializable values (the fields of {@link AnalysisSettings}).
     *
     * @param time horizon of the trajectories
     * @param samples samples per trajectory
     * @param levels start levels of two-strategy populations
     * @param gridCap most trajectories of the initial grid
     * @param sensitivity parameters varied
     * @param sensitivityValues values of each
     * @param mapAxes the two parameters of the stability map, or none
     * @param mapResolution grid points per map axis
     * @param basinSamples Monte Carlo starts for basins
     * @param basinTime time limit per basin start
     * @param seed seed of the basin starts
     * @param rtol relative tolerance
     * @param atol absolute tolerance
     * @serial exclude (as the plan's)
     */
    public record Settings(
            double time,
            int samples,
            double[] levels,
            int gridCap,
            List<String> sensitivity,
            int sensitivityValues,
            List<String> mapAxes,
            int mapResolution,
            int basinSamples,
            double basinTime,
            long seed,
            double rtol,
            double atol)
            implements Serializable {

        private static final long serialVersionUID = 1L;

        /**
         * Copies the arrays and lists (into serializable lists).
         *
         * @param time horizon of the trajectories
         * @param samples samples per trajectory
         * @param levels start levels of two-strategy populations
         * @param gridCap most trajectories of the initial grid
         * @param sensitivity parameters varied
         * @param sensitivityValues values of each
         * @param mapAxes the two parameters of the stability map, or none
         * @param mapResolution grid points per map axis
         * @param basinSamples Monte Carlo starts for basins
         * @param basinTime time limit per basin start
         * @param seed seed of the basin starts
         * @param rtol relative tolerance
         * @param atol absolute tolerance
         */
        public Settings {
            levels = levels.clone();
            sensitivity = List.copyOf(sensitivity);
            mapAxes = List.copyOf(mapAxes);
        }

        /** {@return the start levels (a copy)} */
        @Override
        public double[] levels() {
            return levels.clone();
        }

        /**
         * The values of some analysis settings.
         *
         * @param s the settings
         * @return their values
         */
        public static Settings of(AnalysisSettings s) {
            return new Settings(
                    s.time(),
                    s.samples(),
                    s.levels(),
                    s.gridCap(),
                    s.sensitivity(),
                    s.sensitivityValues(),
                    s.mapAxes(),
                    s.mapResolution(),
                    s.basinSamples(),
                    s.basinTime(),
                    s.seed(),
                    s.rtol(),
                    s.atol());
        }

        /**
         * The settings these values describe.
         *
         * @return the analysis settings
         * @throws IllegalArgumentException when a value is out of range
         */
        public AnalysisSettings toSettings() {
            return new AnalysisSettings(
                    time,
                    samples,
                    levels,
                    gridCap,
                    sensitivity,
                    sensitivityValues,
                    mapAxes,
                    mapResolution,
                    basinSamples,
                    basinTime,
                    seed,
                    rtol,
                    atol);
        }

        /** {@return every value as text, exactly (doubles by their bits' shortest decimal), for keys} */
        String text() {
            return time + "," + samples + "," + java.util.Arrays.toString(levels) + "," + gridCap + "," + sensitivity
                    + "," + sensitivityValues + "," + mapAxes + "," + mapResolution + "," + basinSamples + ","
                    + basinTime + "," + seed + "," + rtol + "," + atol;
        }
    }
}
