package org.egt4j.report;

/**
 * The fixed phrases and templates of the reports: headings, table headers, figure titles, axis labels,
 * legends and captions. Each constant holds its English text, with {@code {0}}, {@code {1}}, ... where
 * {@link Messages#text} puts its arguments; other languages give their text for every constant in
 * their {@link Messages} (an exhaustive {@code switch}, so that a new phrase cannot be forgotten).
 */
public enum Phrase {
    /** Model */
    MODEL("Model"),
    /** | population | strategies | share symbol | */
    POPULATION_TABLE("| population | strategies | share symbol |"),
    /** | parameter | meaning | value | range | */
    PARAMETER_TABLE("| parameter | meaning | value | range |"),
    /** Equations of the &#123;0&#125; dynamics */
    EQUATIONS_OF("Equations of the {0} dynamics"),
    /** Stability of the pure profiles (exact eigenvalues) */
    VERTEX_STABILITY("Stability of the pure profiles (exact eigenvalues)"),
    /** | profile | eigenvalues | values | stability | ESS | */
    VERTEX_TABLE("| profile | eigenvalues | values | stability | ESS |"),
    /** yes */
    YES("yes"),
    /** no */
    NO("no"),
    /** A pure profile is an ESS (strict Nash equilibrium, asymptotically stable) iff all its eigenvalues are negative. */
    ESS_RULE(
            "A pure profile is an ESS (strict Nash equilibrium, asymptotically stable) iff all its eigenvalues are negative."),
    /** Rest points */
    REST_POINTS("Rest points"),
    /** | state | eigenvalues | stability | Nash | ESS | found | */
    REST_POINT_TABLE("| state | eigenvalues | stability | Nash | ESS | found |"),
    /** exact */
    FOUND_EXACT("exact"),
    /** Newton */
    FOUND_NEWTON("Newton"),
    /** homotopy */
    FOUND_HOMOTOPY("homotopy"),
    /** how the rest points were found: &#123;0&#125; */
    LATEX_SEARCH_COMMENT("how the rest points were found: {0}"),
    /** Method &amp; Paths &amp; Regular &amp; At infinity &amp; Complete */
    LATEX_SEARCH_HEADER("Method & Paths & Regular & At infinity & Complete"),
    /** face by face */
    SEARCH_FACES("face by face"),
    /** total-degree homotopy */
    SEARCH_HOMOTOPY("total-degree homotopy"),
    /** multi-start Newton */
    SEARCH_NEWTON("multi-start Newton"),
    /** continuation from the centre */
    SEARCH_CONTINUATION("continuation from the centre"),
    /** logit correspondence at eta = &#123;0&#125;, followed in lambda = 1/eta up to &#123;1&#125; (data: &#123;2&#125;; figures/logit-correspondence*) */
    LATEX_LOGIT_COMMENT(
            "logit correspondence at eta = {0}, followed in lambda = 1/eta up to {1} (data: {2}; figures/logit-correspondence*)"),
    /** Branch &amp; From the centre &amp; Points &amp; $\lambda$ from &amp; $\lambda$ to &amp; Folds */
    LATEX_LOGIT_HEADER("Branch & From the centre & Points & $\\lambda$ from & $\\lambda$ to & Folds"),
    /** continuation */
    FOUND_CONTINUATION("continuation"),
    /** Continua of rest points */
    CONTINUA("Continua of rest points"),
    /** ; e.g. &#123;0&#125; */
    FOR_EXAMPLE("; e.g. {0}"),
    /** Conditions and thresholds */
    CONDITIONS("Conditions and thresholds"),
    /** stability of the pure profiles */
    LATEX_VERTEX_COMMENT("stability of the pure profiles"),
    /** Profile &amp; Eigenvalues &amp; Stability &amp; ESS */
    LATEX_VERTEX_HEADER("Profile & Eigenvalues & Stability & ESS"),
    /** rest points */
    LATEX_REST_COMMENT("rest points"),
    /** State &amp; Eigenvalues &amp; Stability &amp; Nash &amp; ESS */
    LATEX_REST_HEADER("State & Eigenvalues & Stability & Nash & ESS"),
    /** Analyses */
    ANALYSES("Analyses"),
    /** &#123;0&#125;: interactive explorer */
    EXPLORER_TITLE("{0}: interactive explorer"),
    /** Move a slider (or type a value) to change a parameter: the trajectories, the vertex table, the conditions and the marker on the stability map are recomputed in this page from the exact equations that egt4j generated. The page works offline. */
    EXPLORER_INTRO(
            "Move a slider (or type a value) to change a parameter: the trajectories, the vertex table, the conditions and the marker on the stability map are recomputed in this page from the exact equations that egt4j generated. The page works offline."),
    /** This page needs JavaScript to draw the trajectories and tables. */
    EXPLORER_NOSCRIPT("This page needs JavaScript to draw the trajectories and tables."),
    /** no range in the spec: slider range [&#123;0&#125;, &#123;1&#125;] chosen by egt4j ([0, 2·value]) */
    EXPLORER_DEFAULT_RANGE("no range in the spec: slider range [{0}, {1}] chosen by egt4j ([0, 2·value])"),
    /** Dynamics: &#123;0&#125;; integrated in this page by Dormand–Prince 5(4) up to time &#123;3&#125;, from the &#123;4&#125; initial states of the analysis and from a start clicked in the phase portrait, with the analysis's tolerances (rtol &#123;1&#125;, atol &#123;2&#125;: the report's trajectories); window.egt4j.simulate uses the defaults of egt4j simulate (rtol &#123;5&#125;, atol &#123;6&#125;). */
    EXPLORER_DYNAMICS(
            "Dynamics: {0}; integrated in this page by Dormand–Prince 5(4) up to time {3}, from the {4} initial states of the analysis and from a start clicked in the phase portrait, with the analysis's tolerances (rtol {1}, atol {2}: the report's trajectories); window.egt4j.simulate uses the defaults of egt4j simulate (rtol {5}, atol {6})."),
    /** The &#123;0&#125; dynamics is not available in the explorer (its field is not generated as JavaScript), so no trajectories are drawn; the tables and conditions are shown. */
    EXPLORER_UNAVAILABLE(
            "The {0} dynamics is not available in the explorer (its field is not generated as JavaScript), so no trajectories are drawn; the tables and conditions are shown."),
    /** The &#123;0&#125; dynamics has no exact vertex table (its linearisation at the pure profiles is not the replicator's). */
    EXPLORER_NO_VERTEX_TABLE(
            "The {0} dynamics has no exact vertex table (its linearisation at the pure profiles is not the replicator's)."),
    /** Parameters */
    EXPLORER_PARAMETERS("Parameters"),
    /** Reset to the spec's values */
    EXPLORER_RESET("Reset to the spec's values"),
    /** Copy */
    EXPLORER_COPY("Copy"),
    /** Current values as command-line options */
    EXPLORER_SET_LINE("Current values as command-line options"),
    /** Time series */
    EXPLORER_TIME_SERIES("Time series"),
    /** time */
    EXPLORER_TIME_AXIS("time"),
    /** Choose two coordinates; click in the portrait to start a trajectory there (the other coordinates at the centre of their simplex). */
    EXPLORER_PHASE_HINT(
            "Choose two coordinates; click in the portrait to start a trajectory there (the other coordinates at the centre of their simplex)."),
    /** horizontal axis */
    EXPLORER_HORIZONTAL("horizontal axis"),
    /** vertical axis */
    EXPLORER_VERTICAL("vertical axis"),
    /** Pure profiles at the current values */
    EXPLORER_VERTICES("Pure profiles at the current values"),
    /** Highlighted: holds at the current values. Each threshold sentence fixes the other parameters at the spec's values; it is dimmed while another parameter differs from its spec value. */
    EXPLORER_HOLDS_NOTE(
            "Highlighted: holds at the current values. Each threshold sentence fixes the other parameters at the spec's values; it is dimmed while another parameter differs from its spec value."),
    /** Which pure profile is an ESS, the other parameters at the spec's values; the ring marks the current values of the two parameters. */
    EXPLORER_MAP_NOTE(
            "Which pure profile is an ESS, the other parameters at the spec's values; the ring marks the current values of the two parameters."),
    /** No stability map: fewer than two parameters have a range. */
    EXPLORER_NO_MAP("No stability map: fewer than two parameters have a range."),
    /** clicked start */
    EXPLORER_CLICKED("clicked start"),
    /** End states at time &#123;0&#125; */
    EXPLORER_END_STATES("End states at time {0}"),
    /** recomputed and redrawn in &#123;0&#125; ms */
    EXPLORER_REDRAWN("recomputed and redrawn in {0} ms"),
    /** the integration failed at these values (the field is not finite) */
    EXPLORER_FAILED("the integration failed at these values (the field is not finite)"),
    /** Dynamics: best response, ẋ ∈ BR(x) − x (Gilboa and Matsui 1991), followed in this page along its exact paths: while the best reply b of every population is fixed, x(t) = b + (x₀ − b)e^(−t), until another strategy overtakes a best reply. Drawn up to time &#123;0&#125; from the &#123;1&#125; initial states of the analysis and from a start clicked in the phase portrait, at most &#123;2&#125; switches of best reply per path; window.egt4j.simulate allows &#123;3&#125; switches, as egt4j simulate does. */
    EXPLORER_BEST_RESPONSE(
            "Dynamics: best response, ẋ ∈ BR(x) − x (Gilboa and Matsui 1991), followed in this page along its exact paths: while the best reply b of every population is fixed, x(t) = b + (x₀ − b)e^(−t), until another strategy overtakes a best reply. Drawn up to time {0} from the {1} initial states of the analysis and from a start clicked in the phase portrait, at most {2} switches of best reply per path; window.egt4j.simulate allows {3} switches, as egt4j simulate does."),
    /** &#123;0&#125; of the drawn paths switch best reply more than &#123;1&#125; times before time &#123;2&#125; (near an equilibrium approached only in the limit, such as the centre of zero-sum rock–paper–scissors, the switches come ever faster): they are drawn up to switch &#123;1&#125; and left out of the end states. */
    EXPLORER_SWITCH_CAP(
            "{0} of the drawn paths switch best reply more than {1} times before time {2} (near an equilibrium approached only in the limit, such as the centre of zero-sum rock–paper–scissors, the switches come ever faster): they are drawn up to switch {1} and left out of the end states."),
    /** &#123;0&#125; of the drawn paths switch best reply more than &#123;1&#125; times before time &#123;2&#125; while spiralling into a Nash equilibrium (near an equilibrium approached only in the limit, such as the centre of zero-sum rock–paper–scissors, the switches come ever faster): after their last switch they are drawn held at that equilibrium, reached to a relative &#123;3&#125;, as egt4j holds its paths after &#123;4&#125; switches. */
    EXPLORER_SWITCH_HOLD(
            "{0} of the drawn paths switch best reply more than {1} times before time {2} while spiralling into a Nash equilibrium (near an equilibrium approached only in the limit, such as the centre of zero-sum rock–paper–scissors, the switches come ever faster): after their last switch they are drawn held at that equilibrium, reached to a relative {3}, as egt4j holds its paths after {4} switches."),
    /** &#123;0&#125; of the drawn paths reach a sliding state that is not a Nash equilibrium (the best reply would switch again at once, and exact paths stop there): they are drawn staying there. */
    EXPLORER_SLIDING(
            "{0} of the drawn paths reach a sliding state that is not a Nash equilibrium (the best reply would switch again at once, and exact paths stop there): they are drawn staying there."),
    /** No stability map: it is drawn from the exact vertex table, which the &#123;0&#125; dynamics does not have. */
    EXPLORER_NO_MAP_DYNAMICS(
            "No stability map: it is drawn from the exact vertex table, which the {0} dynamics does not have."),
    /** Settings (all defaults written out): time &#123;0&#125;, samples &#123;1&#125;, initial levels &#123;2&#125; (at most &#123;3&#125; runs), sensitivity values &#123;4&#125;, map resolution &#123;5&#125;, basin samples &#123;6&#125; (time limit &#123;7&#125;, seed &#123;8&#125;), solver &#123;9&#125; with rtol &#123;10&#125; and atol &#123;11&#125;. */
    SETTINGS(
            "Settings (all defaults written out): time {0}, samples {1}, initial levels {2} (at most {3} runs), sensitivity values {4}, map resolution {5}, basin samples {6} (time limit {7}, seed {8}), solver {9} with rtol {10} and atol {11}."),
    /** Basins of attraction */
    BASINS("Basins of attraction"),
    /** | attractor | starts | share | 95% interval | */
    BASIN_TABLE("| attractor | starts | share | 95% interval |"),
    /** none reached */
    NONE_REACHED("none reached"),
    /** Stability map */
    STABILITY_MAP("Stability map"),
    /** Over &#123;0&#125; ∈ [&#123;1&#125;, &#123;2&#125;] and &#123;3&#125; ∈ [&#123;4&#125;, &#123;5&#125;], the other parameters fixed; data in `stability-map.csv`. */
    MAP_SENTENCE(
            "Over {0} ∈ [{1}, {2}] and {3} ∈ [{4}, {5}], the other parameters fixed; data in `stability-map.csv`."),
    /** How the map is drawn under a dynamic other than the replicator */
    MAP_VERTEX_REGIMES("Under {0} the map shows the pure profiles that the replicator's exact vertex conditions mark"
            + " stable (strict equilibria; in one population, ESS), which are asymptotically stable under"
            + " this dynamic too (Sandholm 2010, §8.2); mixed attractors are not drawn."),
    /** How the map is drawn under a smooth dynamic without vertex conditions (logit, replicator–mutator) */
    MAP_REST_POINT_REGIMES(
            "Under {0} no vertex conditions decide the attractors: each cell's rest points are found by Newton's"
                    + " method from a lattice of starts and judged by their eigenvalues, and a cell shows the pure"
                    + " profile that holds the majority at its one stable rest point, \"several\" for two or more,"
                    + " none for a mixed attractor or none; the replicator's threshold curves are not drawn."),
    /** Figures */
    FIGURES("Figures"),
    /** Note. */
    NOTE("Note."),
    /** The figures' labels contain characters (e.g. Chinese) that no installed font can draw, so they may show as boxes. Install a font with Chinese glyphs, e.g. `apt-get install fonts-noto-cjk` or `fonts-wqy-microhei` (Debian/Ubuntu), and run again. */
    FONT_WARNING(
            "The figures' labels contain characters (e.g. Chinese) that no installed font can draw, so they may show as boxes. Install a font with Chinese glyphs, e.g. `apt-get install fonts-noto-cjk` or `fonts-wqy-microhei` (Debian/Ubuntu), and run again."),
    /**  Dynamics: &#123;0&#125;. */
    DYNAMICS_NOTE(" Dynamics: {0}."),
    /** stochastic replicator with &#123;0&#125; noise */
    STOCHASTIC_REPLICATOR("stochastic replicator with {0} noise"),
    /** (decided by simulation: the field has no derivative here) */
    BY_SIMULATION(" (decided by simulation: the field has no derivative here)"),
    /** No global convergence theorem applies: ... */
    NO_GLOBAL_THEOREM(
            "Global stability: no theorem of Hofbauer and Sandholm (2009) applies (the game is neither stable nor a potential game, or its payoffs are not linear in the state)."),
    /** dynamics: &#123;0&#125; */
    LATEX_DYNAMICS("dynamics: {0}"),
    /** Comparison of dynamics */
    COMPARISON("Comparison of dynamics"),
    /** The same game under &#123;0&#125; ... */
    COMPARE_SENTENCE(
            "The same game under {0}, from the same {1} starts of the initial grid up to time {2}; trajectories in `compare-trajectories.csv`, rest points in `compare-rest-points.csv`."),
    /** | dynamics | rest point | stability | Nash | ESS | */
    COMPARE_TABLE("| dynamics | rest point | stability | Nash | ESS |"),
    /** Share of &#123;0&#125; in &#123;1&#125; under each dynamic */
    COMPARE_TITLE("Share of {0} in {1} under each dynamic"),
    /** Share of &#123;0&#125; in &#123;1&#125; over time from the same starts, one colour per dynamic (&#123;2&#125;). */
    COMPARE_CAPTION("Share of {0} in {1} over time from the same starts, one colour per dynamic ({2})."),
    /** Limit cycles */
    LIMIT_CYCLES("Limit cycles"),
    /** | period | point | min | max | Floquet multipliers | stability | */
    LIMIT_CYCLE_TABLE("| period | point | min | max | Floquet multipliers (* trivial) | stability |"),
    /** Period &amp; Point &amp; Floquet multipliers &amp; Stability */
    LATEX_CYCLE_HEADER("Period & Point & Floquet multipliers & Stability"),
    /** from the initial grid */
    FROM_GRID("from the initial grid"),
    /** under &#123;0&#125; values of &#123;1&#125; */
    UNDER_VALUES("under {0} values of {1}"),
    /** Share of &#123;0&#125; in &#123;1&#125;, &#123;2&#125; */
    SHARE_TITLE("Share of {0} in {1}, {2}"),
    /** share of &#123;0&#125; */
    SHARE_AXIS("share of {0}"),
    /** Share of &#123;0&#125; in &#123;1&#125; over time, &#123;2&#125;. */
    SHARE_CAPTION("Share of {0} in {1} over time, {2}."),
    /** Phase portrait */
    PHASE_PORTRAIT("Phase portrait"),
    /** Phase portrait, projection on (&#123;0&#125;, &#123;1&#125;) */
    PHASE_PROJECTION("Phase portrait, projection on ({0}, {1})"),
    /** Phase portrait: the &#123;0&#125; field (grey) and trajectories from the initial grid (dots: starts). */
    PHASE_CAPTION("Phase portrait: the {0} field (grey) and trajectories from the initial grid (dots: starts)."),
    /** Trajectories projected on the shares of &#123;0&#125; and &#123;1&#125;. */
    PROJECTION_CAPTION("Trajectories projected on the shares of {0} and {1}."),
    /** Simplex of &#123;0&#125; */
    SIMPLEX_TITLE("Simplex of {0}"),
    /** Trajectories of &#123;0&#125; in its simplex; corners are the pure strategies. */
    SIMPLEX_CAPTION("Trajectories of {0} in its simplex; corners are the pure strategies."),
    /** Stability map: which profile is an ESS */
    MAP_TITLE("Stability map: which profile is an ESS"),
    /** no ESS */
    MAP_NO_ESS("no ESS"),
    /** several ESS */
    MAP_SEVERAL_ESS("several ESS"),
    /** ESS &#123;0&#125; */
    MAP_ESS("ESS {0}"),
    /** Stability map: the majority profile of the stable rest point */
    MAP_TITLE_ATTRACTORS("Stability map: the majority profile of the stable rest point"),
    /** no pure regime */
    MAP_NO_ATTRACTOR("no pure regime"),
    /** several stable rest points */
    MAP_SEVERAL_ATTRACTORS("several stable rest points"),
    /** stable near &#123;0&#125; */
    MAP_ATTRACTOR("stable near {0}"),
    /** The map caption under a dynamic without vertex conditions */
    MAP_CAPTION_ATTRACTORS(
            "The pure profile holding the majority at the one stable rest point over {0} and {1} (other parameters"
                    + " fixed), from each cell's rest points."),
    /** Which pure profile is an ESS over &#123;0&#125; and &#123;1&#125; (other parameters fixed); dashed: thresholds where an eigenvalue changes sign. */
    MAP_CAPTION(
            "Which pure profile is an ESS over {0} and {1} (other parameters fixed); dashed: thresholds where an eigenvalue changes sign."),
    /** Basins of attraction (&#123;0&#125; random starts) */
    BASINS_TITLE("Basins of attraction ({0} random starts)"),
    /** attractor */
    ATTRACTOR("attractor"),
    /** share of starts */
    SHARE_OF_STARTS("share of starts"),
    /** Share of random starts reaching each asymptotically stable rest point, with 95% Wilson intervals. */
    BASINS_CAPTION("Share of random starts reaching each asymptotically stable rest point, with 95% Wilson intervals."),
    /** no ESS at these parameter values */
    NO_ESS("no ESS at these parameter values"),
    /** ESS: &#123;0&#125; */
    ESS_LIST("ESS: {0}"),
    /** basin of &#123;0&#125;: &#123;1&#125; */
    BASIN_OF("basin of {0}: {1}"),
    /** wrote &#123;0&#125; files to &#123;1&#125; (report.md, report.tex, report.json, CSV, figures/, explorer.html, manifest.json) */
    WROTE("wrote {0} files to {1} (report.md, report.tex, report.json, CSV, figures/, explorer.html, manifest.json)"),
    /** with &#123;0&#125; */
    WITH_FIXED("with {0}"),
    /** Coordinates: */
    COORDINATES("Coordinates:"),
    /**  = share of &#123;0&#125; */
    COORDINATE_SHARE(" = share of {0}"),
    /** Expected payoffs: */
    EXPECTED_PAYOFFS("Expected payoffs:"),
    /** Finite population */
    FINITE("Finite population"),
    /**  Formulas and references: docs/finite.md. */
    FINITE_REFERENCES(" Formulas and references: docs/finite.md."),
    /** Fixation probabilities */
    FIXATION("Fixation probabilities"),
    /** | population | mutant | resident | background | */
    FIXATION_TABLE_SEVERAL("| population | mutant | resident | background |"),
    /** | mutant | resident | */
    FIXATION_TABLE_ONE("| mutant | resident |"),
    /**  ρ | exact | Nρ | log10 ρ | conditional time | */
    FIXATION_TABLE_REST(" ρ | exact | Nρ | log10 ρ | conditional time |"),
    /** Selection favours: &#123;0&#125;. */
    SELECTION_FAVOURS("Selection favours: {0}."),
    /** ;  */
    SEPARATOR("; "),
    /** Small-mutation limit */
    SMALL_MUTATION("Small-mutation limit"),
    /** | state | stationary probability | log10 | */
    SMALL_MUTATION_TABLE("| state | stationary probability | log10 |"),
    /**  Data: &#123;0&#125;. */
    FINITE_DATA(" Data: {0}."),
    /** Full chain with mutation */
    FULL_CHAIN("Full chain with mutation"),
    /** | population | strategy | mean share | */
    MEAN_SHARE_TABLE("| population | strategy | mean share |"),
    /** Stationary distribution over &#123;0&#125; states in `finite-stationary.csv`. */
    STATIONARY_OVER("Stationary distribution over {0} states in `finite-stationary.csv`."),
    /** all &#123;0&#125; */
    ALL_STRATEGY("all {0}"),
    /** finite population: fixation probabilities */
    LATEX_FIXATION_COMMENT("finite population: fixation probabilities"),
    /** Population &amp; Mutant &amp; Resident &amp; Background */
    LATEX_FIXATION_SEVERAL("Population & Mutant & Resident & Background"),
    /** Mutant &amp; Resident */
    LATEX_FIXATION_ONE("Mutant & Resident"),
    /** finite population: small-mutation limit */
    LATEX_SMALL_MUTATION_COMMENT("finite population: small-mutation limit"),
    /** State &amp; Stationary probability */
    LATEX_SMALL_MUTATION_HEADER("State & Stationary probability"),
    /** Stochastic dynamics */
    STOCHASTIC("Stochastic dynamics"),
    /**  Here &#123;0&#125;. */
    HERE(" Here {0}."),
    /** Stochastic stability of the pure profiles */
    STOCHASTIC_STABILITY("Stochastic stability of the pure profiles"),
    /** | profile | almost surely exponentially stable iff | exponent | holds | in mean square iff | exponent | holds | */
    STOCHASTIC_TABLE(
            "| profile | almost surely exponentially stable iff | exponent | holds | in mean square iff | exponent | holds |"),
    /** not a rest point */
    NOT_REST_POINT("not a rest point"),
    /**  and  */
    AND(" and "),
    /** End states and absorption */
    END_STATES("End states and absorption"),
    /** | noise | profile | paths | fraction | 95% interval | */
    END_STATES_TABLE("| noise | profile | paths | fraction | 95% interval |"),
    /** at no pure profile */
    NO_PURE_PROFILE("at no pure profile"),
    /** At T = &#123;0&#125; under &#123;1&#125; (&#123;2&#125; paths clipped at a boundary): */
    AT_T("At T = {0} under {1} ({2} paths clipped at a boundary):"),
    /** | coordinate | mean | std | 5% | 50% | 95% | */
    SUMMARY_TABLE("| coordinate | mean | std | 5% | 50% | 95% |"),
    /** Data: `sde-summary.csv`, `sde-paths.csv`, `sde-end-states.csv`, `sde-absorption.csv`. */
    NOISE_DATA("Data: `sde-summary.csv`, `sde-paths.csv`, `sde-end-states.csv`, `sde-absorption.csv`."),
    /** stochastic stability of the pure profiles under &#123;0&#125; noise, &#123;1&#125; */
    LATEX_STOCHASTIC_COMMENT("stochastic stability of the pure profiles under {0} noise, {1}"),
    /** Profile &amp; Almost surely iff &amp; Exponent &amp; In mean square iff &amp; Exponent */
    LATEX_STOCHASTIC_HEADER("Profile & Almost surely iff & Exponent & In mean square iff & Exponent"),
    /** share of &#123;0&#125; in &#123;1&#125; */
    SHARE_IN("share of {0} in {1}"),
    /** Sample paths under noise (&#123;0&#125;) */
    PATHS_TITLE("Sample paths under noise ({0})"),
    /** path &#123;0&#125; */
    PATH("path {0}"),
    /** The &#123;0&#125; under noise (&#123;1&#125;): &#123;2&#125; sample paths (grey), the mean of &#123;3&#125; paths and their 5% and 95% quantiles. */
    PATHS_CAPTION(
            "The {0} under noise ({1}): {2} sample paths (grey), the mean of {3} paths and their 5% and 95% quantiles."),
    /** mean&#123;0&#125; */
    MEAN("mean{0}"),
    /** Noise sensitivity: mean and 5-95% band */
    SENSITIVITY_TITLE("Noise sensitivity: mean and 5-95% band"),
    /** The &#123;0&#125; under &#123;1&#125;: mean (solid) and 5% and 95% quantiles (dashed) of each ensemble. */
    SENSITIVITY_CAPTION("The {0} under {1}: mean (solid) and 5% and 95% quantiles (dashed) of each ensemble."),
    /** End-state distribution at T = &#123;0&#125; */
    END_TITLE("End-state distribution at T = {0}"),
    /** density */
    DENSITY("density"),
    /** Distribution of the share of &#123;0&#125; in &#123;1&#125; at T = &#123;2&#125; over &#123;3&#125; paths (&#123;4&#125;), &#123;5&#125; bins. */
    END_CAPTION("Distribution of the share of {0} in {1} at T = {2} over {3} paths ({4}), {5} bins."),
    /** End-state density of &#123;0&#125; at T = &#123;1&#125; */
    END_DENSITY_TITLE("End-state density of {0} at T = {1}"),
    /** Density of the end states of &#123;0&#125; in its simplex at T = &#123;1&#125; over &#123;2&#125; paths (&#123;3&#125;); darker cells hold more paths. */
    END_DENSITY_CAPTION(
            "Density of the end states of {0} in its simplex at T = {1} over {2} paths ({3}); darker cells hold more paths."),
    /** Absorption at pure profiles against the noise scale */
    ABSORPTION_TITLE("Absorption at pure profiles against the noise scale"),
    /** noise scale factor (1: &#123;0&#125;) */
    NOISE_SCALE("noise scale factor (1: {0})"),
    /** fraction of paths at T = &#123;0&#125; */
    FRACTION_AT_T("fraction of paths at T = {0}"),
    /** Fraction of paths within &#123;0&#125; of each pure profile at T = &#123;1&#125;, against the noise scale factor, with 95% Wilson intervals (bars: the interval's larger side). */
    ABSORPTION_CAPTION(
            "Fraction of paths within {0} of each pure profile at T = {1}, against the noise scale factor, with 95% Wilson intervals (bars: the interval's larger side)."),
    /** Invasion diagram (small-mutation limit) */
    INVASION_TITLE("Invasion diagram (small-mutation limit)"),
    /** Invasion diagram: states of the small-mutation limit (circle area ∝ stationary probability); an arrow from resident to mutant state where a single mutant fixes with more than the neutral probability 1/N, labelled with Nρ. */
    INVASION_CAPTION(
            "Invasion diagram: states of the small-mutation limit (circle area ∝ stationary probability); an arrow from resident to mutant state where a single mutant fixes with more than the neutral probability 1/N, labelled with Nρ."),
    /** Gradient of selection in &#123;0&#125; */
    GRADIENT_TITLE("Gradient of selection in {0}"),
    /** share k/N of the first strategy */
    GRADIENT_AXIS("share k/N of the first strategy"),
    /** &#123;0&#125; against &#123;1&#125; */
    AGAINST("{0} against {1}"),
    /** Gradient of selection G(k) = T⁺(k) − T⁻(k) on each edge (k players of the first strategy, the rest of the second): the expected change of k per step; it is positive where selection increases the first strategy. */
    GRADIENT_CAPTION(
            "Gradient of selection G(k) = T⁺(k) − T⁻(k) on each edge (k players of the first strategy, the rest of the second): the expected change of k per step; it is positive where selection increases the first strategy."),
    /** Stationary distribution (μ = &#123;0&#125;) */
    STATIONARY_TITLE("Stationary distribution (μ = {0})"),
    /** number of &#123;0&#125; players (of &#123;1&#125;) */
    PLAYERS_AXIS("number of {0} players (of {1})"),
    /** probability */
    PROBABILITY("probability"),
    /** Stationary distribution of the full chain with mutation over the counts. */
    STATIONARY_CAPTION("Stationary distribution of the full chain with mutation over the counts."),
    /** Stationary distribution of &#123;0&#125; (μ = &#123;1&#125;) */
    STATIONARY_OF_TITLE("Stationary distribution of {0} (μ = {1})"),
    /** Stationary distribution of the full chain with mutation on the simplex of &#123;0&#125; (classes of one decade below the maximum). */
    STATIONARY_SIMPLEX_CAPTION(
            "Stationary distribution of the full chain with mutation on the simplex of {0}: each square is a composition of the N players, darker for higher probability (classes of one decade below the maximum)."),
    /** Stationary distribution (μ = &#123;0&#125;), marginals */
    MARGINALS_TITLE("Stationary distribution (μ = {0}), marginals"),
    /** share of the first strategy */
    FIRST_SHARE_AXIS("share of the first strategy"),
    /** Stationary distribution of the full chain with mutation: for each population, the probability of each count of its first strategy. */
    MARGINALS_CAPTION(
            "Stationary distribution of the full chain with mutation: for each population, the probability of each count of its first strategy."),
    /** Fixation probability against &#123;0&#125; */
    FIXATION_SWEEP_TITLE("Fixation probability against {0}"),
    /** &#123;0&#125; into &#123;1&#125; */
    INTO("{0} into {1}"),
    /** The comment at the top of report.tex: what to include it with. */
    LATEX_HEADER("egt4j report fragments for {0}; \\input{report.tex} needs \\usepackage{amsmath,booktabs}"),
    /** replicator */
    REPLICATOR("replicator"),
    /** neutral (ρ = 1/N) */
    NEUTRAL("neutral (ρ = 1/N)"),
    /** Fixation probability of one mutant against the selection parameter &#123;0&#125;, as log10(Nρ): above 0 selection favours the mutant's fixation, 0 is neutral drift. */
    FIXATION_SWEEP_CAPTION(
            "Fixation probability of one mutant against the selection parameter {0}, as log10(Nρ): above 0 selection favours the mutant's fixation, 0 is neutral drift."),
    /** &#123;0&#125;, &#123;1&#125; = &#123;2&#125;, sizes &#123;3&#125; */
    FINITE_LINE("{0}, {1} = {2}, sizes {3}"),
    /** small-mutation stationary distribution: */
    SMALL_MUTATION_STATIONARY("small-mutation stationary distribution:"),
    /** &#123;0&#125; fixation probabilities (use --json) */
    FIXATION_COUNT("{0} fixation probabilities (use --json)"),
    /** full chain: &#123;0&#125; states; mean shares &#123;1&#125; */
    FULL_CHAIN_LINE("full chain: {0} states; mean shares {1}"),
    /** absorption from &#123;0&#125; (mean time &#123;1&#125; steps): */
    ABSORPTION_FROM("absorption from {0} (mean time {1} steps):"),
    /** &#123;0&#125; paths from &#123;1&#125; to t = &#123;2&#125; (&#123;3&#125;, dt = &#123;4&#125;, seed &#123;5&#125;) */
    SDE_LINE("{0} paths from {1} to t = {2} ({3}, dt = {4}, seed {5})"),
    /** at t = &#123;0&#125;: */
    SDE_AT("at t = {0}:"),
    /** &#123;0&#125;: mean &#123;1&#125;, std &#123;2&#125;, median &#123;3&#125;, 90% of the paths in [&#123;4&#125;, &#123;5&#125;] */
    SDE_COORDINATE("{0}: mean {1}, std {2}, median {3}, 90% of the paths in [{4}, {5}]"),
    /** &#123;0&#125; of the paths end at &#123;1&#125; (95% interval &#123;2&#125; to &#123;3&#125;) */
    SDE_ABSORBED("{0} of the paths end at {1} (95% interval {2} to {3})"),
    /** no path ends at a pure profile */
    SDE_NONE_ABSORBED("no path ends at a pure profile"),
    /** &#123;0&#125; of the paths had a step clipped at the boundary of the state space */
    SDE_BOUNDARY_HITS("{0} of the paths had a step clipped at the boundary of the state space"),
    /** Logit equilibria in &#123;0&#125; against λ = 1/η */
    LOGIT_TITLE("Logit equilibria in {0} against λ = 1/η"),
    /** λ = 1/η (choice intensity) */
    LOGIT_AXIS("λ = 1/η (choice intensity)"),
    /** fold */
    LOGIT_FOLD("fold"),
    /** η = &#123;0&#125; of the analysis */
    LOGIT_ETA("η = {0} of the analysis"),
    /** The logit (quantal response) equilibrium shares ... */
    LOGIT_CAPTION("Logit (quantal response) equilibrium shares of the strategies of {0} against λ = 1/η, followed by"
            + " continuation from the centre (λ = 0): solid where stable under the logit dynamic, dashed where"
            + " unstable; diamonds mark folds, the dotted line the analysis's η = {1}.");

    private final String english;

    Phrase(String english) {
        this.english = english;
    }

    /** {@return the English text, with its placeholders} */
    public String english() {
        return english;
    }

    /**
     * Puts the arguments in place of {@code {0}}, {@code {1}}, ... of a template.
     *
     * @param template the text with placeholders
     * @param args the arguments, in order
     * @return the text
     */
    static String fill(String template, Object... args) {
        String s = template;
        for (int i = 0; i < args.length; i++) {
            s = s.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return s;
    }
}
