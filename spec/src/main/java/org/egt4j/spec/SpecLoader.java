package org.egt4j.spec;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.egt4j.ModelException;
import org.egt4j.Origin;
import org.egt4j.analysis.AnalysisSettings;
import org.egt4j.dynamics.Dynamics;
import org.egt4j.dynamics.DynamicsCatalogue;
import org.egt4j.dynamics.ReplicatorDynamics;
import org.egt4j.expr.Canonicalizer;
import org.egt4j.expr.Names;
import org.egt4j.expr.Polynomial;
import org.egt4j.expr.Scope;
import org.egt4j.finite.FiniteProcess;
import org.egt4j.finite.ProcessSettings;
import org.egt4j.game.Game;
import org.egt4j.game.GameBuilder;
import org.egt4j.game.Text;
import org.egt4j.sde.Noise;
import org.egt4j.sde.NoiseKind;
import org.egt4j.sde.Scheme;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Reads a game spec (docs/architecture.md §4, YAML, UTF-8) into a {@link Game}.
 *
 * <p>Untrusted input: files above {@value #MAX_BYTES} bytes, YAML anchors and aliases (the "billion
 * laughs" expansion), nesting deeper than {@value #MAX_DEPTH} and more than {@value #MAX_NODES} YAML
 * nodes are refused before anything is built. Every error is a {@link ModelException} whose origin
 * names file, line and column and whose excerpt shows the line with a caret; a load either returns a
 * complete game or throws.
 */
public final class SpecLoader {

    /** Largest accepted spec file. */
    public static final int MAX_BYTES = 4 << 20;

    /** Deepest accepted YAML nesting. */
    public static final int MAX_DEPTH = 32;

    /** Most YAML nodes accepted. */
    public static final int MAX_NODES = 2_000_000;

    private static final Set<String> TOP_KEYS = Set.of(
            "name",
            "description",
            "parameters",
            "definitions",
            "populations",
            "matrix",
            "payoffs",
            "fitness",
            "dynamics",
            "process",
            "noise",
            "analysis",
            "language");

    /** The report languages a spec may ask for with {@code language:}; English is the default. */
    public static final List<String> LANGUAGES = List.of("en", "zh");

    private static final Set<String> PROCESS_KEYS = Set.of("name", "size", "beta", "w", "mu");

    private static final Set<String> ANALYSIS_KEYS = Set.of(
            "time",
            "samples",
            "levels",
            "gridCap",
            "sensitivity",
            "sensitivityValues",
            "map",
            "mapResolution",
            "basins",
            "basinTime",
            "seed",
            "rtol",
            "atol",
            "paths",
            "dt",
            "scheme",
            "from",
            "factor");

    /**
     * A loaded spec: the game, the settings of its optional {@code analysis:} block (defaults where
     * absent), the dynamic of its optional {@code dynamics:} key (the replicator when absent) and the
     * finite-population settings of its optional {@code process:} key (docs/finite.md).
     *
     * @param game the game
     * @param analysis the analysis settings
     * @param dynamics the dynamic
     * @param process the finite-population process, empty when the spec has no {@code process:} key
     * @param sde the {@code noise:} block and the SDE keys of {@code analysis:} ({@code paths}, {@code dt},
     *     {@code scheme})
     * @param factorEquations the {@code factor} key of {@code analysis:}: reports print the equations with
     *     common factors pulled out
     * @param language the top-level {@code language:} key, one of {@link #LANGUAGES} ("en" when absent)
     */
    public record GameSpec(
            Game game,
            AnalysisSettings analysis,
            Dynamics dynamics,
            Optional<ProcessSettings> process,
            SdeSettings sde,
            boolean factorEquations,
            String language) {

        /**
         * A spec whose reports are in English.
         *
         * @param game the game
         * @param analysis the analysis settings
         * @param dynamics the dynamic
         * @param process the finite-population process, or empty
         * @param sde the SDE settings
         * @param factorEquations whether reports print the equations factored
         */
        public GameSpec(
                Game game,
                AnalysisSettings analysis,
                Dynamics dynamics,
                Optional<ProcessSettings> process,
                SdeSettings sde,
                boolean factorEquations) {
            this(game, analysis, dynamics, process, sde, factorEquations, "en");
        }

        /**
         * A spec whose reports print the equations expanded.
         *
         * @param game the game
         * @param analysis the analysis settings
         * @param dynamics the dynamic
         * @param process the finite-population process, or empty
         * @param sde the SDE settings
         */
        public GameSpec(
                Game game,
                AnalysisSettings analysis,
                Dynamics dynamics,
                Optional<ProcessSettings> process,
                SdeSettings sde) {
            this(game, analysis, dynamics, process, sde, false);
        }

        /**
         * A spec without a finite-population process, a {@code noise:} block or SDE settings.
         *
         * @param game the game
         * @param analysis the analysis settings
         * @param dynamics the dynamic
         */
        public GameSpec(Game game, AnalysisSettings analysis, Dynamics dynamics) {
            this(game, analysis, dynamics, Optional.empty(), SdeSettings.DEFAULT);
        }

        /**
         * A spec under the replicator dynamics.
         *
         * @param game the game
         * @param analysis the analysis settings
         */
        public GameSpec(Game game, AnalysisSettings analysis) {
            this(game, analysis, ReplicatorDynamics.INSTANCE);
        }
    }

    private final String source;
    private final String text;

    private SpecLoader(String source, String text) {
        this.source = source;
        this.text = text;
    }

    /**
     * Loads a spec file.
     *
     * @param file the YAML spec
     * @return the checked game
     * @throws ModelException for a missing or unreadable file and for every problem in it
     */
    public static Game load(Path file) {
        return loadSpec(file).game();
    }

    /**
     * Loads a spec file with its analysis settings.
     *
     * @param file the YAML spec
     * @return the game with its analysis settings
     * @throws ModelException for a missing or unreadable file and for every problem in it
     */
    public static GameSpec loadSpec(Path file) {
        String name = file.toString();
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                throw new ModelException(
                        "'" + name + "' is a directory, not a game spec",
                        "give the path of a .yaml file",
                        new Origin(name, 0, 0),
                        -1);
            }
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new ModelException(
                        "'" + name + "' is too large (" + size + " bytes)",
                        "game specs up to " + MAX_BYTES + " bytes are accepted",
                        new Origin(name, 0, 0),
                        -1);
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ModelException(
                    "file not found: " + name,
                    "check the path; example specs are in examples/games/",
                    new Origin(name, 0, 0),
                    -1);
        } catch (IOException e) {
            throw new ModelException(
                    "cannot read " + name + ": " + e.getMessage(),
                    "check that the file exists and is readable",
                    new Origin(name, 0, 0),
                    -1);
        }
        String content;
        try {
            content = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new ModelException(
                    name + " is not valid UTF-8", "save the file as UTF-8", new Origin(name, 0, 0), -1);
        }
        return parseSpec(name, content);
    }

    /**
     * Loads a spec from text; {@code source} names it in messages.
     *
     * @param source the name used in messages, e.g. the file name
     * @param text the YAML text
     * @return the checked game
     * @throws ModelException for every problem in it
     */
    public static Game parse(String source, String text) {
        return parseSpec(source, text).game();
    }

    /**
     * Loads a spec from text with its analysis settings; {@code source} names it in messages.
     *
     * @param source the name used in messages
     * @param text the YAML text
     * @return the game with its analysis settings
     * @throws ModelException for every problem in it
     */
    public static GameSpec parseSpec(String source, String text) {
        if (text.length() > MAX_BYTES) {
            throw new ModelException(
                    source + " is too large",
                    "game specs up to " + MAX_BYTES + " bytes are accepted",
                    new Origin(source, 0, 0),
                    -1);
        }
        SpecLoader loader = new SpecLoader(source, text.startsWith("\uFEFF") ? text.substring(1) : text);
        try {
            return loader.load();
        } catch (ModelException e) {
            throw loader.place(e);
        }
    }

    private GameSpec load() {
        LoadSettings settings = LoadSettings.builder()
                .setLabel(source)
                .setMaxAliasesForCollections(0)
                .setAllowRecursiveKeys(false)
                .setCodePointLimit(MAX_BYTES)
                .build();
        Node root;
        try {
            screen(settings);
            Optional<Node> composed = new Compose(settings).composeString(text);
            if (composed.isEmpty()) {
                throw new ModelException(
                        "the spec is empty",
                        "a spec needs at least name, populations and payoffs; see examples/games/",
                        new Origin(source, 1, 1),
                        -1);
            }
            root = composed.get();
        } catch (MarkedYamlEngineException e) {
            Mark m = e.getProblemMark().orElse(e.getContextMark().orElse(null));
            String problem = e.getProblem() == null ? "malformed YAML" : e.getProblem();
            throw new ModelException(
                    "YAML syntax error: " + problem + (e.getContext() == null ? "" : " (" + e.getContext() + ")"),
                    "check indentation, colons and quotes; quote expressions that contain ':' or start with '-' or '*'",
                    m == null ? new Origin(source, 1, 1) : new Origin(source, m.getLine() + 1, m.getColumn() + 1),
                    -1);
        } catch (YamlEngineException e) {
            throw new ModelException(
                    "YAML error: " + e.getMessage(), "check the YAML syntax", new Origin(source, 1, 1), -1);
        }
        if (root instanceof ScalarNode s && s.getValue().isBlank()) {
            throw new ModelException(
                    "the spec is empty",
                    "a spec needs at least name, populations and payoffs; see examples/games/",
                    new Origin(source, 1, 1),
                    -1);
        }
        MappingNode top =
                mapping(root, "the spec", "write `name:`, `populations:` and a payoff form as top-level keys");
        Map<String, NodeTuple> keys = keys(top, TOP_KEYS, "top-level key");
        NodeTuple nameEntry = keys.get("name");
        if (nameEntry == null) {
            throw new ModelException("the spec has no name", "add a line `name: My game`", origin(top), -1);
        }
        GameBuilder b = Game.builder(text(nameEntry.getValueNode(), "name"));
        if (keys.containsKey("description")) {
            b.description(
                    text(keys.get("description").getValueNode(), "description").value());
        }
        if (keys.containsKey("parameters")) {
            parameters(b, keys.get("parameters").getValueNode());
        }
        if (keys.containsKey("definitions")) {
            for (NodeTuple t :
                    entries(keys.get("definitions").getValueNode(), "definitions", "write `NAME: expression` lines")) {
                b.definition(key(t), text(t.getValueNode(), "definition " + key(t).value()));
            }
        }
        if (!keys.containsKey("populations")) {
            throw new ModelException(
                    "the spec has no populations",
                    "add e.g. `populations: {row: [opera, football], column: [opera, football]}`",
                    origin(top),
                    -1);
        }
        List<Text> populationNames = new ArrayList<>();
        for (NodeTuple t : entries(
                keys.get("populations").getValueNode(), "populations", "write `NAME: [strategy, strategy]` lines")) {
            populationNames.add(key(t));
            population(b, key(t), t.getValueNode());
        }
        if (keys.containsKey("matrix")) {
            matrix(b, keys.get("matrix").getValueNode());
        }
        if (keys.containsKey("payoffs")) {
            payoffs(b, keys.get("payoffs").getValueNode(), populationNames);
        }
        if (keys.containsKey("fitness")) {
            for (NodeTuple p : entries(
                    keys.get("fitness").getValueNode(), "fitness", "write `POPULATION: {strategy: expression, ...}`")) {
                for (NodeTuple s : entries(
                        p.getValueNode(), "fitness of " + key(p).value(), "write `strategy: expression` lines")) {
                    b.fitness(
                            key(p),
                            key(s),
                            text(s.getValueNode(), "fitness of " + key(p).value() + "." + key(s).value()));
                }
            }
        }
        Game game = b.build();
        AnalysisSettings analysis = keys.containsKey("analysis")
                ? analysis(keys.get("analysis").getValueNode(), game)
                : AnalysisSettings.DEFAULT;
        Dynamics dynamics = keys.containsKey("dynamics")
                ? dynamics(keys.get("dynamics").getValueNode(), game)
                : ReplicatorDynamics.INSTANCE;
        Optional<ProcessSettings> process = keys.containsKey("process")
                ? Optional.of(process(keys.get("process").getValueNode(), game))
                : Optional.empty();
        SdeSettings sde = sde(
                keys.containsKey("noise") ? keys.get("noise").getValueNode() : null,
                keys.containsKey("analysis") ? keys.get("analysis").getValueNode() : null,
                game);
        boolean factor = false;
        if (keys.containsKey("analysis")) {
            Node a = keys.get("analysis").getValueNode();
            if (a instanceof MappingNode m) {
                for (NodeTuple t : m.getValue()) {
                    if (t.getKeyNode() instanceof ScalarNode key
                            && key.getValue().equals("factor")) {
                        factor = bool(t.getValueNode(), "factor");
                    }
                }
            }
        }
        String language = "en";
        if (keys.containsKey("language")) {
            Node l = keys.get("language").getValueNode();
            language = text(l, "language").value();
            if (!LANGUAGES.contains(language)) {
                throw new ModelException(
                        "language '" + language + "' is not a report language",
                        "write `language: zh` (Chinese) or `language: en` (English, the default)",
                        origin(l),
                        -1);
            }
        }
        return new GameSpec(game, analysis, dynamics, process, sde, factor, language);
    }

    /** {@code process: {name: NAME, size: N | {POP: N, ...}, beta: B | w: W, mu: M}}. */
    private ProcessSettings process(Node node, Game game) {
        String hint = "write e.g. `process: {name: pairwise-comparison, size: 100, beta: 1, mu: 0}`";
        Map<String, NodeTuple> k = keys(mapping(node, "process", hint), PROCESS_KEYS, "process key");
        FiniteProcess process = FiniteProcess.PAIRWISE_COMPARISON;
        if (k.containsKey("name")) {
            Text name = text(k.get("name").getValueNode(), "the name of the process");
            try {
                process = FiniteProcess.parse(name.value());
            } catch (ModelException e) {
                throw e.at(name.origin());
            }
        }
        int size = ProcessSettings.DEFAULT_SIZE;
        Map<String, Integer> sizes = new java.util.LinkedHashMap<>();
        if (k.containsKey("size")) {
            Node sn = k.get("size").getValueNode();
            if (sn instanceof MappingNode) {
                java.util.Set<String> known = new java.util.LinkedHashSet<>();
                game.populations().forEach(p -> known.add(p.name()));
                for (NodeTuple t : entries(sn, "process size", "write `size: {POPULATION: N, ...}`")) {
                    Text pop = key(t);
                    if (!known.contains(pop.value())) {
                        throw new ModelException(
                                "unknown population '" + pop.value() + "' in the process size",
                                "the populations are: " + String.join(", ", known),
                                pop.origin(),
                                -1);
                    }
                    sizes.put(pop.value(), integer(t.getValueNode(), "the size of " + pop.value(), 2, 1_000_000_000));
                }
            } else {
                size = integer(sn, "the population size", 2, 1_000_000_000);
            }
        }
        double intensity = process.defaultIntensity();
        for (String key : List.of("beta", "w")) {
            if (!k.containsKey(key)) {
                continue;
            }
            NodeTuple t = k.get(key);
            if (!key.equals(process.intensityName())) {
                throw new ModelException(
                        "`" + key + "` is not a parameter of the " + process.id() + " process",
                        "the " + process.id() + " process takes `" + process.intensityName() + "`",
                        key(t).origin(),
                        -1);
            }
            intensity = number(t.getValueNode(), "process " + key);
            try {
                process.checkIntensity(intensity);
            } catch (ModelException e) {
                throw e.at(origin(t.getValueNode()));
            }
        }
        double mu = 0;
        if (k.containsKey("mu")) {
            Node mn = k.get("mu").getValueNode();
            mu = number(mn, "process mu");
            try {
                ProcessSettings.checkMu(mu);
            } catch (ModelException e) {
                throw e.at(origin(mn));
            }
        }
        return new ProcessSettings(process, size, sizes, intensity, mu);
    }

    /**
     * {@code noise: {kind: K, sigma: S}} with S a number, {@code {POP: s, ...}} or (payoff) {@code {POP:
     * [s1, s2, ...]}}; {@code analysis: {paths: N, dt: h, scheme: NAME, from: STATE}}.
     */
    private SdeSettings sde(Node noiseNode, Node analysisNode, Game game) {
        SdeSettings d = SdeSettings.DEFAULT;
        int paths = d.paths();
        double dt = d.dt();
        Scheme scheme = d.scheme();
        String from = null;
        if (analysisNode != null) {
            Map<String, NodeTuple> k = keys(mapping(analysisNode, "analysis", ""), ANALYSIS_KEYS, "analysis setting");
            if (k.containsKey("paths")) {
                paths = integer(k.get("paths").getValueNode(), "paths", 1, 10_000_000);
            }
            if (k.containsKey("dt")) {
                dt = positive(k.get("dt").getValueNode(), "dt");
            }
            if (k.containsKey("scheme")) {
                Text t = text(k.get("scheme").getValueNode(), "scheme");
                try {
                    scheme = Scheme.parse(t.value());
                } catch (ModelException e) {
                    throw e.at(t.origin());
                }
            }
            if (k.containsKey("from")) {
                Text t = text(k.get("from").getValueNode(), "from");
                try {
                    States.parse(game, t.value());
                } catch (ModelException e) {
                    throw e.at(t.origin());
                }
                from = t.value();
            }
        }
        Noise noise = null;
        if (noiseNode != null) {
            String hint = "write e.g. `noise: {kind: multiplicative, sigma: 0.5}` or `sigma: {POP: 0.5, ...}`";
            Map<String, NodeTuple> k =
                    keys(mapping(noiseNode, "noise", hint), Set.of("kind", "sigma", "size"), "noise key");
            if (!k.containsKey("kind")) {
                throw new ModelException("the noise needs a kind and a sigma", hint, origin(noiseNode), -1);
            }
            Text kindText = text(k.get("kind").getValueNode(), "noise kind");
            NoiseKind kind;
            try {
                kind = NoiseKind.parse(kindText.value());
            } catch (ModelException e) {
                throw e.at(kindText.origin());
            }
            String intensity = kind == NoiseKind.FINITE_SIZE ? "size" : "sigma";
            String other = kind == NoiseKind.FINITE_SIZE ? "sigma" : "size";
            if (k.containsKey(other)) {
                throw new ModelException(
                        kind.key() + " noise takes a " + intensity + ", not a " + other,
                        kind == NoiseKind.FINITE_SIZE
                                ? "write `noise: {kind: finite-size, size: 100}` (the population size N)"
                                : hint,
                        origin(k.get(other).getKeyNode()),
                        -1);
            }
            if (!k.containsKey(intensity)) {
                throw new ModelException(
                        "the noise needs a kind and a " + intensity,
                        kind == NoiseKind.FINITE_SIZE ? "write `noise: {kind: finite-size, size: 100}`" : hint,
                        origin(noiseNode),
                        -1);
            }
            Node sigmaNode = k.get(intensity).getValueNode();
            try {
                noise = kind == NoiseKind.FINITE_SIZE ? finiteSize(sigmaNode, game) : noise(kind, sigmaNode, game);
                noise.strategySigmas(game);
            } catch (ModelException e) {
                throw e.origin().isKnown() ? e : e.at(origin(sigmaNode));
            }
        }
        if (noise != null && noise.kind() == NoiseKind.FINITE_SIZE && scheme == Scheme.MILSTEIN) {
            Node at = analysisNode != null ? analysisNode : noiseNode;
            throw new ModelException(
                    "the milstein scheme is not available for finite-size noise",
                    "use `scheme: euler-maruyama` (the finite-size diffusion is not differentiable where payoffs tie)",
                    origin(at),
                    -1);
        }
        return new SdeSettings(noise, paths, dt, scheme, from);
    }

    /** {@code size: N} or {@code size: {POP: N, ...}} of finite-size noise. */
    private Noise finiteSize(Node sizeNode, Game game) {
        if (sizeNode instanceof ScalarNode) {
            return Noise.finiteSize(number(sizeNode, "size"));
        }
        Map<String, Node> byName = new HashMap<>();
        for (NodeTuple t : entries(sizeNode, "size", "write `size: 100` or `size: {POP: 100, ...}`")) {
            Text name = key(t);
            if (game.populations().stream().noneMatch(p -> p.name().equals(name.value()))) {
                throw new ModelException(
                        "unknown population '" + name.value() + "' in size",
                        "give one size per population: "
                                + String.join(
                                        ", ",
                                        game.populations().stream()
                                                .map(p -> p.name())
                                                .toList()),
                        name.origin(),
                        -1);
            }
            byName.put(name.value(), t.getValueNode());
        }
        int pops = game.populations().size();
        if (byName.size() != pops) {
            throw new ModelException(
                    "size names " + byName.size() + " of " + pops + " populations",
                    "give a size for every population",
                    origin(sizeNode),
                    -1);
        }
        double[] n = new double[pops];
        for (int i = 0; i < pops; i++) {
            Node v = byName.get(game.populations().get(i).name());
            n[i] = number(v, "size");
            try {
                Noise.finiteSize(n[i]);
            } catch (ModelException e) {
                throw new ModelException(
                        "the size of " + game.populations().get(i).name() + ", " + n[i] + ", is not a population size",
                        e.hint(),
                        origin(v),
                        -1);
            }
        }
        return Noise.finiteSize(n);
    }

    private Noise noise(NoiseKind kind, Node sigmaNode, Game game) {
        if (sigmaNode instanceof ScalarNode) {
            return Noise.uniform(kind, number(sigmaNode, "sigma"));
        }
        List<NodeTuple> entries = entries(sigmaNode, "sigma", "write `sigma: {POP: 0.5, ...}`");
        Map<String, Node> byName = new HashMap<>();
        for (NodeTuple t : entries) {
            Text name = key(t);
            boolean known = game.populations().stream().anyMatch(p -> p.name().equals(name.value()));
            if (!known) {
                throw new ModelException(
                        "unknown population '" + name.value() + "' in sigma",
                        "give one sigma per population: "
                                + String.join(
                                        ", ",
                                        game.populations().stream()
                                                .map(p -> p.name())
                                                .toList()),
                        name.origin(),
                        -1);
            }
            byName.put(name.value(), t.getValueNode());
        }
        int pops = game.populations().size();
        boolean lists = byName.values().stream().anyMatch(n -> n instanceof SequenceNode);
        if (byName.size() != pops) {
            throw new ModelException(
                    "sigma names " + byName.size() + " of " + pops + " populations",
                    "give a sigma for every population",
                    origin(sigmaNode),
                    -1);
        }
        if (!lists) {
            double[] s = new double[pops];
            for (int i = 0; i < pops; i++) {
                Node n = byName.get(game.populations().get(i).name());
                s[i] = number(n, "sigma");
                checkSigma(s[i], n);
            }
            return Noise.perPopulation(kind, s);
        }
        if (kind != NoiseKind.PAYOFF) {
            throw new ModelException(
                    "one sigma per strategy is for payoff noise only",
                    "give one number per population for " + kind.key() + " noise",
                    origin(sigmaNode),
                    -1);
        }
        double[][] s = new double[pops][];
        for (int i = 0; i < pops; i++) {
            Node n = byName.get(game.populations().get(i).name());
            List<Node> items = n instanceof SequenceNode seq ? seq.getValue() : List.of(n);
            int size = game.populations().get(i).size();
            if (items.size() != size) {
                throw new ModelException(
                        items.size() + " sigmas for the " + size + " strategies of "
                                + game.populations().get(i).name(),
                        "give one sigma per strategy, in spec order",
                        origin(n),
                        -1);
            }
            s[i] = new double[size];
            for (int j = 0; j < size; j++) {
                s[i][j] = number(items.get(j), "sigma");
                checkSigma(s[i][j], items.get(j));
            }
        }
        return Noise.perStrategy(s);
    }

    private void checkSigma(double v, Node n) {
        if (!(v >= 0 && Double.isFinite(v))) {
            throw new ModelException("sigma = " + v + " is negative", "give a sigma >= 0, e.g. 0.5", origin(n), -1);
        }
    }

    /** {@code dynamics: NAME} or {@code dynamics: {name: NAME, KEY: VALUE, ...}}. */
    private Dynamics dynamics(Node node, Game game) {
        String hint = "write e.g. `dynamics: {name: replicator-mutator, mu: 0.01}`; the dynamics are: "
                + String.join(", ", DynamicsCatalogue.names());
        if (node instanceof ScalarNode) {
            Text name = text(node, "dynamics");
            try {
                return DynamicsCatalogue.of(name.value(), Map.of());
            } catch (ModelException e) {
                throw e.at(name.origin());
            }
        }
        MappingNode m = mapping(node, "dynamics", hint);
        Text name = null;
        Map<String, Double> parameters = new java.util.LinkedHashMap<>();
        Map<String, Origin> places = new HashMap<>();
        NodeTuple mutation = null;
        for (NodeTuple t : entries(m, "dynamics", hint)) {
            Text k = key(t);
            if (k.value().equals("name")) {
                name = text(t.getValueNode(), "the name of the dynamics");
            } else if (k.value().equals("mutation")) {
                mutation = t;
            } else {
                parameters.put(k.value(), number(t.getValueNode(), "dynamics parameter " + k.value()));
                places.put(k.value(), k.origin());
            }
        }
        if (name == null) {
            throw new ModelException("the dynamics has no name", hint, origin(node), -1);
        }
        if (mutation != null) {
            return mutationMatrices(name, parameters, places, mutation, game);
        }
        try {
            return DynamicsCatalogue.of(name.value(), parameters);
        } catch (ModelException e) {
            // an unknown name is placed at the name; with one parameter, a parameter error at it
            boolean known = DynamicsCatalogue.names().contains(name.value());
            throw e.at(known && places.size() == 1 ? places.values().iterator().next() : name.origin());
        }
    }

    /**
     * {@code dynamics: {name: replicator-mutator, mu: M, mutation: {POP: [[...], ...]}}}: full mutation
     * matrices, entries read as exact fractions; every error placed at its population, row or entry.
     */
    private Dynamics mutationMatrices(
            Text name, Map<String, Double> parameters, Map<String, Origin> places, NodeTuple mutation, Game game) {
        String hint = "write e.g. `mutation: {p: [[0.9, 0.1], [0.2, 0.8]]}`: per population one row per strategy j,"
                + " Q[j][i] the probability that a j-offspring plays i";
        if (!name.value().equals(org.egt4j.dynamics.ReplicatorMutator.NAME)) {
            throw new ModelException(
                    "mutation matrices belong to replicator-mutator, not to " + name.value(),
                    "write `dynamics: {name: replicator-mutator, mutation: {...}}`, or drop `mutation`",
                    key(mutation).origin(),
                    -1);
        }
        for (Map.Entry<String, Origin> e : places.entrySet()) {
            if (!e.getKey().equals("mu")) {
                throw new ModelException(
                        "the dynamics replicator-mutator has no parameter '" + e.getKey() + "'",
                        "replicator-mutator takes: mu, mutation",
                        e.getValue(),
                        -1);
            }
        }
        Map<String, org.hipparchus.fraction.BigFraction[][]> matrices = new LinkedHashMap<>();
        for (NodeTuple t : entries(mutation.getValueNode(), "mutation", hint)) {
            Text pop = key(t);
            org.egt4j.game.Population population = null;
            List<String> names = new ArrayList<>();
            for (org.egt4j.game.Population p : game.populations()) {
                names.add(p.name());
                if (p.name().equals(pop.value())) {
                    population = p;
                }
            }
            if (population == null) {
                String sug = Names.suggest(pop.value(), names);
                throw new ModelException(
                        "the mutation matrix is for an unknown population '" + pop.value() + "'"
                                + (sug == null ? "" : " (did you mean '" + sug + "'?)"),
                        "the populations are: " + String.join(", ", names),
                        pop.origin(),
                        -1);
            }
            int n = population.size();
            Node mn = t.getValueNode();
            if (!(mn instanceof SequenceNode rows) || rows.getValue().size() != n) {
                throw new ModelException(
                        "the mutation matrix of " + pop.value() + " must have " + n + " rows (one per strategy: "
                                + String.join(", ", population.strategies()) + ")"
                                + (mn instanceof SequenceNode sq
                                        ? ", not " + sq.getValue().size()
                                        : ""),
                        hint,
                        origin(mn),
                        -1);
            }
            org.hipparchus.fraction.BigFraction[][] q = new org.hipparchus.fraction.BigFraction[n][];
            for (int j = 0; j < n; j++) {
                Node rn = rows.getValue().get(j);
                if (!(rn instanceof SequenceNode row)) {
                    throw new ModelException(
                            "row " + (j + 1) + " of the mutation matrix of " + pop.value() + " must be a list of " + n
                                    + " probabilities",
                            hint,
                            origin(rn),
                            -1);
                }
                q[j] = new org.hipparchus.fraction.BigFraction[row.getValue().size()];
                for (int i = 0; i < q[j].length; i++) {
                    Node en = row.getValue().get(i);
                    q[j][i] = exact(en, "Q[" + (j + 1) + "][" + (i + 1) + "] of " + pop.value());
                    if (q[j][i].signum() < 0) {
                        try {
                            org.egt4j.dynamics.ReplicatorMutator.checkRow(pop.value(), j, q[j], q[j].length);
                        } catch (ModelException e) {
                            throw e.at(origin(en));
                        }
                    }
                }
                try {
                    org.egt4j.dynamics.ReplicatorMutator.checkRow(pop.value(), j, q[j], n);
                } catch (ModelException e) {
                    throw e.at(origin(rn));
                }
            }
            matrices.put(pop.value(), q);
        }
        try {
            return org.egt4j.dynamics.ReplicatorMutator.withMatrices(parameters.get("mu"), matrices);
        } catch (ModelException e) {
            throw e.at(places.getOrDefault("mu", name.origin()));
        }
    }

    /** A constant scalar as an exact fraction (decimals and fractions such as 1/3 exactly). */
    private org.hipparchus.fraction.BigFraction exact(Node node, String what) {
        Text t = text(node, "the value of " + what);
        try {
            return new Canonicalizer(Scope.constants()).canonical(t.value()).constantValue();
        } catch (ModelException | IllegalStateException e) {
            throw new ModelException(
                    "the value of " + what + " is not a number: '" + t.value() + "'",
                    "write a number such as 0.9, 1e-3 or 1/3",
                    t.origin(),
                    -1);
        }
    }

    private AnalysisSettings analysis(Node node, Game game) {
        Map<String, NodeTuple> k = keys(
                mapping(node, "analysis", "write `analysis: {time: 50, samples: 201, ...}`"),
                ANALYSIS_KEYS,
                "analysis setting");
        AnalysisSettings d = AnalysisSettings.DEFAULT;
        double time = k.containsKey("time") ? positive(k.get("time").getValueNode(), "analysis time") : d.time();
        int samples = k.containsKey("samples")
                ? integer(k.get("samples").getValueNode(), "samples", 2, 100_000)
                : d.samples();
        double[] levels = d.levels();
        if (k.containsKey("levels")) {
            Node l = k.get("levels").getValueNode();
            if (!(l instanceof SequenceNode seq) || seq.getValue().isEmpty()) {
                throw new ModelException(
                        "levels must be a non-empty list of shares",
                        "write e.g. `levels: [0.2, 0.5, 0.8]`",
                        origin(l),
                        -1);
            }
            levels = new double[seq.getValue().size()];
            for (int i = 0; i < levels.length; i++) {
                levels[i] = number(seq.getValue().get(i), "a level");
                if (!(levels[i] >= 0 && levels[i] <= 1)) {
                    throw new ModelException(
                            "level " + levels[i] + " is outside [0, 1]",
                            "levels are shares of the first strategy",
                            origin(seq.getValue().get(i)),
                            -1);
                }
            }
        }
        int gridCap =
                k.containsKey("gridCap") ? integer(k.get("gridCap").getValueNode(), "gridCap", 1, 10_000) : d.gridCap();
        List<String> sensitivity = k.containsKey("sensitivity")
                ? parameterList(k.get("sensitivity").getValueNode(), game, -1)
                : d.sensitivity();
        int sensitivityValues = k.containsKey("sensitivityValues")
                ? integer(k.get("sensitivityValues").getValueNode(), "sensitivityValues", 2, 50)
                : d.sensitivityValues();
        List<String> map = k.containsKey("map") ? parameterList(k.get("map").getValueNode(), game, 2) : d.mapAxes();
        int mapResolution = k.containsKey("mapResolution")
                ? integer(k.get("mapResolution").getValueNode(), "mapResolution", 2, 1000)
                : d.mapResolution();
        int basins = k.containsKey("basins")
                ? integer(k.get("basins").getValueNode(), "basins", 0, 10_000_000)
                : d.basinSamples();
        double basinTime =
                k.containsKey("basinTime") ? positive(k.get("basinTime").getValueNode(), "basinTime") : d.basinTime();
        long seed =
                k.containsKey("seed") ? integer(k.get("seed").getValueNode(), "seed", 0, Integer.MAX_VALUE) : d.seed();
        double rtol = k.containsKey("rtol") ? positive(k.get("rtol").getValueNode(), "rtol") : d.rtol();
        double atol = k.containsKey("atol") ? positive(k.get("atol").getValueNode(), "atol") : d.atol();
        return new AnalysisSettings(
                time,
                samples,
                levels,
                gridCap,
                sensitivity,
                sensitivityValues,
                map,
                mapResolution,
                basins,
                basinTime,
                seed,
                rtol,
                atol);
    }

    private boolean bool(Node node, String what) {
        if (node instanceof ScalarNode sc) {
            switch (sc.getValue()) {
                case "true", "True", "TRUE":
                    return true;
                case "false", "False", "FALSE":
                    return false;
                default:
                    break;
            }
        }
        throw new ModelException(what + " must be true or false", "write e.g. `" + what + ": true`", origin(node), -1);
    }

    private double positive(Node node, String what) {
        double v = number(node, what);
        if (!(v > 0) || Double.isInfinite(v)) {
            throw new ModelException(what + " must be a positive number, not " + v, "give e.g. 50", origin(node), -1);
        }
        return v;
    }

    private int integer(Node node, String what, int min, int max) {
        double v = number(node, what);
        if (v != Math.rint(v) || v < min || v > max) {
            throw new ModelException(
                    what + " must be a whole number from " + min + " to " + max + ", not " + v,
                    "give e.g. " + Math.max(min, Math.min(max, 100)),
                    origin(node),
                    -1);
        }
        return (int) v;
    }

    private List<String> parameterList(Node node, Game game, int size) {
        List<Node> items = node instanceof SequenceNode seq ? seq.getValue() : List.of(node);
        if (size > 0 && items.size() != size) {
            throw new ModelException(
                    "the stability map needs exactly two parameters", "write `map: [S, F]`", origin(node), -1);
        }
        List<String> names = new ArrayList<>();
        java.util.Set<String> known = new java.util.TreeSet<>();
        game.parameters().forEach(p -> known.add(p.name()));
        for (Node n : items) {
            Text t = text(n, "a parameter name");
            if (!known.contains(t.value())) {
                String sug = Names.suggest(t.value(), known);
                throw new ModelException(
                        "unknown parameter '" + t.value() + "'" + (sug == null ? "" : " (did you mean '" + sug + "'?)"),
                        "the parameters are: " + Names.list(known),
                        t.origin(),
                        -1);
            }
            names.add(t.value());
        }
        return names;
    }

    /** Refuses anchors, aliases, deep nesting and huge documents before composing. */
    private void screen(LoadSettings settings) {
        int depth = 0;
        int nodes = 0;
        int documents = 0;
        for (Event e : new Parse(settings).parseString(text)) {
            switch (e.getEventId()) {
                case Alias -> throw new ModelException(
                        "YAML aliases are not accepted",
                        "write the value out instead of referring to an anchor",
                        at(e),
                        -1);
                case MappingStart, SequenceStart -> {
                    if (++depth > MAX_DEPTH) {
                        throw new ModelException(
                                "the spec is nested too deeply",
                                "at most " + MAX_DEPTH + " levels are accepted",
                                at(e),
                                -1);
                    }
                }
                case MappingEnd, SequenceEnd -> depth--;
                case DocumentStart -> {
                    if (++documents > 1) {
                        throw new ModelException(
                                "the file holds more than one YAML document",
                                "keep one game per file; remove the `---` separator",
                                at(e),
                                -1);
                    }
                }
                default -> {}
            }
            if (e instanceof NodeEvent ne && ne.getAnchor().isPresent()) {
                throw new ModelException("YAML anchors are not accepted", "write every value out in full", at(e), -1);
            }
            if (e instanceof NodeEvent && ++nodes > MAX_NODES) {
                throw new ModelException(
                        "the spec has too many YAML nodes", "at most " + MAX_NODES + " are accepted", at(e), -1);
            }
        }
    }

    private Origin at(Event e) {
        return e.getStartMark()
                .map(m -> new Origin(source, m.getLine() + 1, m.getColumn() + 1))
                .orElse(new Origin(source, 0, 0));
    }

    private void parameters(GameBuilder b, Node node) {
        for (NodeTuple t : entries(node, "parameters", "write `NAME: value` or `NAME: {value: v, min: a, max: b}`")) {
            Text name = key(t);
            Node v = t.getValueNode();
            if (v instanceof MappingNode m) {
                Map<String, NodeTuple> k =
                        keys(m, Set.of("value", "min", "max", "meaning"), "key of parameter " + name.value());
                if (!k.containsKey("value")) {
                    throw new ModelException(
                            "parameter '" + name.value() + "' has no value",
                            "write `" + name.value() + ": {value: 1, min: 0, max: 2}`",
                            origin(m),
                            -1);
                }
                double value = number(k.get("value").getValueNode(), name.value());
                double min =
                        k.containsKey("min") ? number(k.get("min").getValueNode(), name.value() + " min") : Double.NaN;
                double max =
                        k.containsKey("max") ? number(k.get("max").getValueNode(), name.value() + " max") : Double.NaN;
                String meaning = k.containsKey("meaning")
                        ? text(k.get("meaning").getValueNode(), "meaning of " + name.value())
                                .value()
                        : "";
                b.parameter(name, value, min, max, meaning);
            } else {
                b.parameter(name, number(v, name.value()), Double.NaN, Double.NaN);
            }
        }
    }

    private void population(GameBuilder b, Text name, Node node) {
        Node strategies = node;
        Text share = null;
        if (node instanceof MappingNode m) {
            Map<String, NodeTuple> k = keys(m, Set.of("strategies", "share"), "key of population " + name.value());
            if (!k.containsKey("strategies")) {
                throw new ModelException(
                        "population '" + name.value() + "' has no strategies",
                        "write `" + name.value() + ": {strategies: [a, b], share: x}`",
                        origin(m),
                        -1);
            }
            strategies = k.get("strategies").getValueNode();
            if (k.containsKey("share")) {
                share = text(k.get("share").getValueNode(), "share symbol of " + name.value());
            }
        }
        if (!(strategies instanceof SequenceNode seq)) {
            throw new ModelException(
                    "the strategies of population '" + name.value() + "' must be a list",
                    "write `" + name.value() + ": [first, second]`",
                    origin(strategies),
                    -1);
        }
        List<Text> list = new ArrayList<>();
        for (Node s : seq.getValue()) {
            list.add(text(s, "strategy of " + name.value()));
        }
        b.population(name, list, share);
    }

    private void matrix(GameBuilder b, Node node) {
        if (!(node instanceof SequenceNode rows)) {
            throw new ModelException(
                    "the matrix must be a list of rows", "write `matrix: [[a, b], [c, d]]`", origin(node), -1);
        }
        List<List<Text>> m = new ArrayList<>();
        for (Node r : rows.getValue()) {
            if (!(r instanceof SequenceNode row)) {
                throw new ModelException("a matrix row must be a list", "write each row as [a, b, ...]", origin(r), -1);
            }
            List<Text> entries = new ArrayList<>();
            for (Node e : row.getValue()) {
                entries.add(text(e, "matrix entry"));
            }
            m.add(entries);
        }
        b.matrix(m, origin(node));
    }

    private void payoffs(GameBuilder b, Node node, List<Text> populations) {
        if (!(node instanceof SequenceNode seq)) {
            throw new ModelException(
                    "payoffs must be a list of profiles",
                    "write `payoffs:` followed by `- profile: {...}` items",
                    origin(node),
                    -1);
        }
        if (seq.getValue().isEmpty()) {
            throw new ModelException("the payoff table is empty", "give one item per pure profile", origin(node), -1);
        }
        for (Node item : seq.getValue()) {
            MappingNode m = mapping(
                    item, "a payoff item", "write `- profile: {row: a, column: b}` with one payoff per population");
            Map<Text, Text> profile = new LinkedHashMap<>();
            Map<Text, Text> values = new LinkedHashMap<>();
            Node profileNode = null;
            Set<String> seen = new java.util.HashSet<>();
            for (NodeTuple t : m.getValue()) {
                Text k = key(t);
                if (!seen.add(k.value())) {
                    throw new ModelException("duplicate key '" + k.value() + "'", "give each key once", k.origin(), -1);
                }
                if (k.value().equals("profile")) {
                    profileNode = t.getValueNode();
                } else {
                    values.put(k, text(t.getValueNode(), "payoff of " + k.value()));
                }
            }
            if (profileNode == null) {
                throw new ModelException(
                        "a payoff item has no profile", "add `profile: {population: strategy, ...}`", origin(m), -1);
            }
            if (profileNode instanceof SequenceNode list) {
                if (list.getValue().size() != populations.size()) {
                    throw new ModelException(
                            "the profile lists " + list.getValue().size() + " strategies but there are "
                                    + populations.size() + " populations",
                            "list one strategy per population, in the order " + populations,
                            origin(list),
                            -1);
                }
                for (int k = 0; k < populations.size(); k++) {
                    profile.put(populations.get(k), text(list.getValue().get(k), "strategy"));
                }
            } else {
                for (NodeTuple t : entries(profileNode, "profile", "write `profile: {population: strategy, ...}`")) {
                    profile.put(key(t), text(t.getValueNode(), "strategy of " + key(t).value()));
                }
            }
            b.payoff(profile, values, origin(m));
        }
    }

    private MappingNode mapping(Node node, String what, String hint) {
        if (node instanceof MappingNode m) {
            return m;
        }
        throw new ModelException(what + " must be a mapping of keys to values", hint, origin(node), -1);
    }

    private List<NodeTuple> entries(Node node, String what, String hint) {
        MappingNode m = mapping(node, what, hint);
        Set<String> seen = new java.util.HashSet<>();
        for (NodeTuple t : m.getValue()) {
            Text k = key(t);
            if (!seen.add(k.value())) {
                throw new ModelException(
                        "duplicate key '" + k.value() + "' in " + what, "give each name once", k.origin(), -1);
            }
        }
        return m.getValue();
    }

    private Map<String, NodeTuple> keys(MappingNode m, Set<String> allowed, String what) {
        Map<String, NodeTuple> result = new HashMap<>();
        for (NodeTuple t : m.getValue()) {
            Text k = key(t);
            if (!allowed.contains(k.value())) {
                String s = Names.suggest(k.value(), allowed);
                throw new ModelException(
                        "unknown " + what + " '" + k.value() + "'" + (s == null ? "" : " (did you mean '" + s + "'?)"),
                        "allowed: " + Names.list(allowed),
                        k.origin(),
                        -1);
            }
            if (result.put(k.value(), t) != null) {
                throw new ModelException(
                        "duplicate " + what + " '" + k.value() + "'", "give each key once", k.origin(), -1);
            }
        }
        return result;
    }

    private Text key(NodeTuple t) {
        return text(t.getKeyNode(), "key");
    }

    /** A scalar as text, with the origin of its first content character. */
    private Text text(Node node, String what) {
        if (!(node instanceof ScalarNode s)) {
            throw new ModelException(
                    what + " must be a single value, not a " + (node instanceof MappingNode ? "mapping" : "list"),
                    "write a name, number or expression",
                    origin(node),
                    -1);
        }
        if (s.getValue().isEmpty() && s.getScalarStyle() == ScalarStyle.PLAIN) {
            throw new ModelException(what + " is empty", "give a value", origin(node), -1);
        }
        Origin o = origin(node);
        boolean quoted =
                s.getScalarStyle() == ScalarStyle.DOUBLE_QUOTED || s.getScalarStyle() == ScalarStyle.SINGLE_QUOTED;
        return new Text(s.getValue(), quoted ? new Origin(o.source(), o.line(), o.column() + 1) : o);
    }

    private double number(Node node, String what) {
        Text t = text(node, "the value of " + what);
        try {
            Polynomial p = new Canonicalizer(Scope.constants()).canonical(t.value());
            return p.constantValue().doubleValue();
        } catch (ModelException e) {
            throw new ModelException(
                    "the value of " + what + " is not a number: '" + t.value() + "'",
                    "write a number such as 2, 0.35, 1e-3 or 1/3",
                    t.origin(),
                    -1);
        }
    }

    private Origin origin(Node node) {
        return node.getStartMark()
                .map(m -> new Origin(source, m.getLine() + 1, m.getColumn() + 1))
                .orElse(new Origin(source, 0, 0));
    }

    /** Moves an expression offset into the line's column and renders the excerpt. */
    private ModelException place(ModelException e) {
        Origin o = e.origin();
        if (!o.isKnown()) {
            return e;
        }
        String[] lines = text.split("\r\n|\r|\n", -1);
        if (o.line() > lines.length) {
            return e;
        }
        String line = lines[o.line() - 1];
        int column = o.column();
        if (e.offset() >= 0) {
            int start = line.offsetByCodePoints(0, Math.min(column - 1, line.codePointCount(0, line.length())));
            int end = Math.min(line.length(), start + e.offset());
            column = column + line.codePointCount(start, end);
        }
        int caret = Math.max(0, Math.min(column - 1, line.codePointCount(0, line.length())));
        String excerpt = "  " + line + "\n  " + " ".repeat(caret) + "^";
        ModelException placed = new ModelException(e.problem(), e.hint(), new Origin(o.source(), o.line(), column), -1);
        return placed.withExcerpt(excerpt);
    }
}
