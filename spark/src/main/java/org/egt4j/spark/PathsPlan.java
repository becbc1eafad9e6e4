package org.egt4j.spark;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import org.egt4j.ModelException;
import org.egt4j.sde.Noise;
import org.egt4j.sde.PathEnsemble;
import org.egt4j.sde.ReplicatorSde;
import org.egt4j.sde.Scheme;
import org.egt4j.spec.SpecLoader;

/**
 * An SDE path ensemble ({@code egt4j sde}) described as data: the spec's text and SHA-256 (its {@code
 * noise:} block gives the noise), parameter values, the start, the horizon and the ensemble's
 * settings. Executors rebuild the {@link ReplicatorSde} from it and compute ranges of paths; path i
 * draws from {@code RandomStreams.stream(seed, i)} wherever it runs. Immutable.
 *
 * @param source the spec's name in messages
 * @param specText the spec's YAML text (with a {@code noise:} block)
 * @param specSha256 the SHA-256 of its UTF-8 bytes, hex
 * @param parameters parameter values overriding the spec's (sorted by name)
 * @param start the start in reduced coordinates
 * @param horizon the end time T
 * @param paths the number of paths
 * @param dt the largest step
 * @param scheme the scheme
 * @param seed the seed of the paths' streams
 * @param samples the number of sample times
 * @param keptPaths how many of the first paths the result keeps whole
 * @serial exclude (Java serialization carries it to Spark's executors within one release)
 */
public record PathsPlan(
        String source,
        String specText,
        String specSha256,
        Map<String, Double> parameters,
        double[] start,
        double horizon,
        int paths,
        double dt,
        Scheme scheme,
        long seed,
        int samples,
        int keptPaths)
        implements WorkPlan {

    private static final long serialVersionUID = 1L;

    /**
     * Copies the values.
     *
     * @param source the spec's name in messages
     * @param specText the spec's YAML text (with a {@code noise:} block)
     * @param specSha256 the SHA-256 of its UTF-8 bytes, hex
     * @param parameters parameter values overriding the spec's
     * @param start the start in reduced coordinates
     * @param horizon the end time T
     * @param paths the number of paths
     * @param dt the largest step
     * @param scheme the scheme
     * @param seed the seed of the paths' streams
     * @param samples the number of sample times
     * @param keptPaths how many of the first paths the result keeps whole
     */
    public PathsPlan {
        parameters = Collections.unmodifiableSortedMap(new TreeMap<>(parameters));
        start = start.clone();
    }

    /**
     * A plan with the spec's own ensemble settings (paths, dt, scheme; the analysis seed).
     *
     * @param source the spec's name in messages
     * @param specText the spec's YAML text, with a {@code noise:} block
     * @param parameters parameter values overriding the spec's
     * @param start the start in reduced coordinates
     * @param horizon the end time T
     * @param samples the number of sample times
     * @return the plan, checked ({@link ModelException} otherwise)
     */
    public static PathsPlan of(
            String source,
            String specText,
            Map<String, Double> parameters,
            double[] start,
            double horizon,
            int samples) {
        SpecLoader.GameSpec spec = SpecLoader.parseSpec(source, specText);
        PathsPlan plan = new PathsPlan(
                source,
                specText,
                AnalysisPlan.sha256(specText),
                parameters,
                start,
                horizon,
                spec.sde().paths(),
                spec.sde().dt(),
                spec.sde().scheme(),
                spec.analysis().seed(),
                samples,
                0);
        plan.prepare();
        return plan;
    }

    /** {@return the start (a copy)} */
    @Override
    public double[] start() {
        return start.clone();
    }

    /**
     * This plan with other ensemble settings.
     *
     * @param s paths, step, scheme, seed, samples, kept paths
     * @return the new plan
     */
    public PathsPlan withSettings(PathEnsemble.Settings s) {
        return new PathsPlan(
                source,
                specText,
                specSha256,
                parameters,
                start,
                horizon,
                s.paths(),
                s.dt(),
                s.scheme(),
                s.seed(),
                s.samples(),
                s.keptPaths());
    }

    /** {@return the ensemble's settings} */
    public PathEnsemble.Settings settings() {
        return new PathEnsemble.Settings(paths, dt, scheme, seed, samples, keptPaths);
    }

    /**
     * Rebuilds the SDE and its paths, checking everything.
     *
     * @return the paths (the SDE inside)
     * @throws ModelException when the text does not match its SHA-256, the spec has an error or no
     *     noise, a parameter is unknown, or the settings are unusable
     */
    public PathEnsemble.Paths prepare() {
        return prepared().paths;
    }

    /** The SDE and its paths. */
    record Prepared(ReplicatorSde sde, PathEnsemble.Paths paths) {}

    Prepared prepared() {
        if (!AnalysisPlan.sha256(specText).equals(specSha256)) {
            throw new ModelException(
                    "the plan's spec text does not match its SHA-256 " + specSha256,
                    "build the plan with PathsPlan.of from the spec's text");
        }
        SpecLoader.GameSpec spec = SpecLoader.parseSpec(source, specText);
        Noise noise = spec.sde().noise();
        if (noise == null) {
            throw new ModelException(source + " has no noise block", "add a `noise:` block to the spec (docs/sde.md)");
        }
        ReplicatorSde sde = ReplicatorSde.of(spec.game().bind(parameters), noise);
        if (start.length != sde.dimension()) {
            throw new ModelException(
                    "the start has " + start.length + " coordinates, the game " + sde.dimension(),
                    "give the start in reduced coordinates (every share but each population's last)");
        }
        return new Prepared(sde, PathEnsemble.paths(sde, start, horizon, settings()));
    }

    @Override
    public Parts rebuild() {
        PathEnsemble.Paths p = prepare();
        return name -> {
            if (!name.equals(p.part())) {
                throw new IllegalArgumentException("an SDE plan has no part '" + name + "'");
            }
            return p;
        };
    }

    @Override
    public String key() {
        return AnalysisPlan.sha256("paths\n" + specSha256 + "\n" + parameters + "\n" + java.util.Arrays.toString(start)
                + "\n" + horizon + "," + paths + "," + dt + "," + scheme + "," + seed + "," + samples + "," + keptPaths
                + "\n" + source);
    }
}
