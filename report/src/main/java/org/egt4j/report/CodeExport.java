package org.egt4j.report;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.egt4j.ModelException;
import org.egt4j.dynamics.BrownVonNeumannNash;
import org.egt4j.dynamics.Dynamics;
import org.egt4j.dynamics.Equation;
import org.egt4j.dynamics.LogitDynamics;
import org.egt4j.dynamics.MaynardSmith;
import org.egt4j.dynamics.ProjectionDynamics;
import org.egt4j.dynamics.SmithDynamics;
import org.egt4j.expr.Atom;
import org.egt4j.expr.Monomial;
import org.egt4j.expr.Polynomial;
import org.egt4j.expr.Symbol;
import org.egt4j.game.BoundGame;
import org.egt4j.game.Game;
import org.egt4j.game.Parameter;
import org.hipparchus.fraction.BigFraction;

/**
 * Runnable MATLAB/Octave, Python or R code for a co-author, generated from a dynamic's exact equations:
 * the right-hand side ẋ<sub>c</sub> = P<sub>c</sub>(x) in reduced coordinates (the order of {@code field
 * --json}) and its exact Jacobian ∂P<sub>c</sub>/∂x<sub>j</sub> ({@link Polynomial#derivative}), with the
 * parameters' values at the bound point.
 *
 * <p>Each polynomial is printed term by term with its exact rational coefficient written as a quotient of
 * integers ({@code 3/20*S}), so the generated code evaluates the same polynomials as egt4j, up to the
 * order of floating-point operations. Named quantities (the game's {@link Atom}s: definitions, {@code
 * exp}, {@code log}, {@code sqrt}, {@code min}, {@code max}, non-monomial denominators) become local
 * variables computed from the parameters first, in the game's order (an atom refers only to earlier
 * ones). Names that are not ASCII identifiers ({@code [A-Za-z][A-Za-z0-9_]*}: Chinese parameter names)
 * are replaced by {@code p1, q1, x1, ...} (by kind and index), names the generated code or one of the
 * three languages reserves get a trailing underscore ({@code p_}), and the generated files list the
 * original names in comments.
 *
 * <p>Exported dynamics: those with polynomial equations ({@link Dynamics#equations} not empty: the
 * replicator and the replicator–mutator) and the logit dynamic ẋ = softmax(F(x)/η) − x per population,
 * generated from the exact expected payoffs F and their exact derivatives (η becomes a parameter of the
 * generated code). Smith, Brown–von Neumann–Nash, projection and Maynard Smith are generated from the
 * same payoffs by {@link PayoffDrivenCode} (max(·, 0) and the unit step written in each language; the
 * projection's exact tangent-cone projection as its active-set iteration; piecewise Jacobians, one-sided
 * at kinks). Other dynamics are refused with a {@link ModelException} naming the exportable ones.
 */
public final class CodeExport {

    /** The target language of an export. */
    public enum Language {
        /** MATLAB or GNU Octave: {@code params.m}, {@code rhs.m}, {@code jac.m}, {@code run_model.m}. */
        MATLAB,
        /** Python with NumPy (and SciPy for the driver): {@code model.py}. */
        PYTHON,
        /** R with deSolve: {@code model.R} and {@code run_model.R}. */
        R
    }

    /** The end time of the generated drivers' integration. */
    static final double T_END = 50;

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,39}");

    /** Keywords and names the generated code uses, of any of the three languages, never used for a symbol. */
    private static final Set<String> RESERVED = Set.of(
            // the generated code's own names
            "t",
            "x",
            "p",
            "dx",
            "J",
            "n",
            "np",
            "math",
            "numpy",
            "scipy",
            "solve_ivp",
            "PARAMS",
            "COORDINATES",
            "X0",
            "T_END",
            "rhs",
            "jac",
            "params",
            "sol",
            "opts",
            "out",
            "here",
            "args",
            "deSolve",
            "exp",
            "log",
            "sqrt",
            "min",
            "max",
            "pi",
            "Inf",
            "NaN",
            "NA",
            // Python
            "and",
            "as",
            "assert",
            "async",
            "await",
            "break",
            "class",
            "continue",
            "def",
            "del",
            "elif",
            "else",
            "except",
            "False",
            "finally",
            "for",
            "from",
            "global",
            "if",
            "import",
            "in",
            "is",
            "lambda",
            "None",
            "nonlocal",
            "not",
            "or",
            "pass",
            "raise",
            "return",
            "True",
            "try",
            "while",
            "with",
            "yield",
            // MATLAB / Octave
            "case",
            "catch",
            "classdef",
            "end",
            "function",
            "otherwise",
            "parfor",
            "persistent",
            "spmd",
            "switch",
            "elseif",
            "do",
            "until",
            "endif",
            "endfor",
            "endwhile",
            "endfunction",
            "endswitch",
            "unwind_protect",
            "unwind_protect_cleanup",
            "end_unwind_protect",
            "end_try_catch",
            "ans",
            // R
            "repeat",
            "next",
            "TRUE",
            "FALSE",
            "NULL",
            "c",
            "list",
            "numeric",
            "matrix",
            "ode");

    private final Game game;
    private final Dynamics dynamics;
    private final Map<String, Double> values;
    private final List<Polynomial> rhs;
    private final List<List<Polynomial>> jacobian;
    /** Logit's noise level η, {@code null} for a dynamic with polynomial equations. */
    private final Double eta;
    /** η as a parameter of the generated code (so that a co-author can vary it), or {@code null}. */
    private final Symbol etaSymbol;

    private final Map<Symbol, String> names = new HashMap<>();
    private final Map<String, String> locals = new HashMap<>();
    /** Every identifier taken, so that a generated local never shadows a game's name. */
    private final Set<String> used = new java.util.HashSet<>();
    /** The payoff-driven dynamic's statements (Smith, BNN, projection, Maynard Smith), or {@code null}. */
    private final PayoffDrivenCode.Kind payoffKind;

    private CodeExport(
            BoundGame bound,
            Dynamics dynamics,
            List<Equation> equations,
            Double eta,
            PayoffDrivenCode.Kind payoffKind) {
        this.payoffKind = payoffKind;
        this.game = bound.game();
        this.dynamics = dynamics;
        this.values = bound.parameterValues();
        this.eta = eta;
        List<Polynomial> r = new ArrayList<>();
        List<List<Polynomial>> jac = new ArrayList<>();
        for (Equation eq : equations) {
            r.add(eq.expanded());
            List<Polynomial> row = new ArrayList<>();
            for (Symbol xj : game.coordinates()) {
                row.add(eq.expanded().derivative(xj));
            }
            jac.add(List.copyOf(row));
        }
        this.rhs = List.copyOf(r);
        this.jacobian = List.copyOf(jac);
        for (Symbol s : game.parameterSymbols()) {
            names.put(s, identifier(s.name(), "p" + (s.index() + 1), used));
        }
        this.etaSymbol = eta == null
                ? null
                : new Symbol(Symbol.Kind.PARAMETER, game.parameterSymbols().size(), "eta", "\\eta");
        if (etaSymbol != null) {
            names.put(etaSymbol, identifier("eta", "eta", used));
        }
        for (Symbol s : game.coordinates()) {
            names.put(s, identifier(s.name(), "x" + (s.index() + 1), used));
        }
        for (Atom a : game.atoms()) {
            Symbol s = a.symbol();
            names.put(s, identifier(s.name(), "q" + (s.index() + 1), used));
        }
        if (eta != null) {
            // the logit statements' locals, named once here so that the export never changes after construction
            for (int k = 1; k <= game.populations().size(); k++) {
                for (String prefix : List.of("Fmax", "wsum")) {
                    locals.put(prefix + k, identifier(prefix + k, prefix + k, used));
                }
                for (int i = 1; i <= game.sizes()[k - 1]; i++) {
                    for (String prefix : List.of("F", "w", "s")) {
                        String name = prefix + k + "_" + i;
                        locals.put(name, identifier(name, name, used));
                    }
                }
            }
        }
    }

    /**
     * The export of a dynamic at a parameter point.
     *
     * @param bound the game with the parameter values the generated parameters take
     * @param dynamics the dynamic: one with polynomial equations (replicator, replicator-mutator) or
     *     the logit dynamic
     * @return the export, ready to render in any language
     * @throws ModelException for a dynamic that cannot be exported, or Maynard Smith's on a game with a
     *     payoff ≤ 0
     */
    public static CodeExport of(BoundGame bound, Dynamics dynamics) {
        if (dynamics instanceof LogitDynamics logit) {
            return new CodeExport(bound, dynamics, List.of(), logit.eta(), null);
        }
        PayoffDrivenCode.Kind kind = dynamics instanceof SmithDynamics
                ? PayoffDrivenCode.Kind.SMITH
                : dynamics instanceof BrownVonNeumannNash
                        ? PayoffDrivenCode.Kind.BNN
                        : dynamics instanceof ProjectionDynamics
                                ? PayoffDrivenCode.Kind.PROJECTION
                                : dynamics instanceof MaynardSmith ? PayoffDrivenCode.Kind.MAYNARD_SMITH : null;
        if (dynamics instanceof org.egt4j.dynamics.BestResponseDynamics) {
            throw new ModelException(
                    "the best-response dynamic cannot be exported as code: it is a differential inclusion whose field"
                            + " jumps where best replies tie, and an ODE solver in MATLAB, Python or R would chatter"
                            + " there instead of following its exact piecewise paths",
                    "sample the exact paths with egt4j simulate --dynamics best-response --csv, or export a smooth"
                            + " dynamic close to it such as --dynamics logit:eta=0.01");
        }
        if (kind != null) {
            dynamics.field(bound); // Maynard Smith refuses a game with a payoff <= 0 here, with its hint
            return new CodeExport(bound, dynamics, List.of(), null, kind);
        }
        List<Equation> equations = dynamics.equations(bound.game())
                .orElseThrow(() -> new ModelException(
                        "the " + dynamics.name() + " dynamics cannot be exported as code (its field is not a"
                                + " function of the payoffs that the export writes)",
                        "export the replicator, replicator-mutator, logit, smith, bnn, projection or maynard-smith"
                                + " dynamics (--dynamics replicator), or evaluate " + dynamics.name()
                                + " with egt4j field"));
        return new CodeExport(bound, dynamics, equations, null, null);
    }

    /**
     * The generated files for a language, by file name, in the order a reader opens them.
     *
     * @param language the target language
     * @return file name to its UTF-8 text
     */
    public Map<String, String> files(Language language) {
        Map<String, String> files = new LinkedHashMap<>();
        switch (language) {
            case MATLAB -> {
                files.put("params.m", matlabParams());
                files.put("rhs.m", matlabFunction("dx = rhs(t, x, p)", false));
                files.put("jac.m", matlabFunction("J = jac(t, x, p)", true));
                files.put("run_model.m", matlabDriver());
            }
            case PYTHON -> files.put("model.py", python());
            case R -> {
                files.put("model.R", rModel());
                files.put("run_model.R", rDriver());
            }
        }
        return files;
    }

    /** {@return the right-hand sides P<sub>c</sub>, in reduced-coordinate order} */
    public List<Polynomial> rightHandSides() {
        return rhs;
    }

    /** {@return the exact Jacobian, row c the derivatives of P<sub>c</sub> by every reduced coordinate} */
    public List<List<Polynomial>> jacobian() {
        return jacobian;
    }

    private static String identifier(String name, String fallback, Set<String> used) {
        // a reserved but valid name keeps its letters (p becomes p_); other names get a short fallback
        String id = IDENTIFIER.matcher(name).matches() ? name : fallback;
        while (used.contains(id) || RESERVED.contains(id)) {
            id = id + "_";
        }
        used.add(id);
        return id;
    }

    // ---- the expression printer, one per language ----

    private String expression(Polynomial poly, Language lang) {
        if (poly.isZero()) {
            return "0";
        }
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<Monomial, BigFraction> e : poly.terms().entrySet()) {
            BigFraction c = e.getValue();
            String term = term(c.abs(), e.getKey(), lang);
            if (sb.length() == 0) {
                sb.append(c.signum() < 0 ? "-" : "").append(term);
            } else {
                sb.append(c.signum() < 0 ? " - " : " + ").append(term);
            }
        }
        return sb.toString();
    }

    /** c·m for c &gt; 0: {@code 3/20*S*x^2/(C*r)}; the quotient of integers is exact in every language. */
    private String term(BigFraction c, Monomial m, Language lang) {
        List<String> num = new ArrayList<>();
        List<String> den = new ArrayList<>();
        for (int i = 0; i < m.size(); i++) {
            int k = m.exponent(i);
            String name = names.get(m.symbol(i));
            int a = Math.abs(k);
            String f = a == 1 ? name : name + (lang == Language.PYTHON ? "**" : "^") + a;
            (k > 0 ? num : den).add(f);
        }
        BigInteger p = c.getNumerator();
        BigInteger q = c.getDenominator();
        String coefficient = q.equals(BigInteger.ONE) ? p.toString() : p.toString() + "/" + q.toString();
        if (!c.equals(BigFraction.ONE) || num.isEmpty()) {
            num.add(0, coefficient);
        }
        String s = String.join("*", num);
        if (!den.isEmpty()) {
            s += "/" + (den.size() > 1 ? "(" + String.join("*", den) + ")" : den.get(0));
        }
        return s;
    }

    private static String value(double v) {
        return Double.toString(v);
    }

    private static String quoted(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** The header comment lines: what the file is, the coordinates and renamed symbols. */
    private List<String> header(String what) {
        List<String> lines = new ArrayList<>();
        lines.add(game.name() + ": " + what);
        lines.add("Generated by egt4j from the exact equations of the " + dynamics.spec()
                + " dynamics; regenerate rather than edit.");
        lines.add("State x: the reduced coordinates (the share of every strategy but the last of each"
                + " population), in the order of egt4j field --json:");
        for (int c = 0; c < game.dimension(); c++) {
            lines.add("  x(" + (c + 1) + ") = " + game.coordinateNames().get(c) + "  (local "
                    + names.get(game.coordinates().get(c)) + ")");
        }
        List<Parameter> parameters = game.parameters();
        if (!allParameters().isEmpty()) {
            lines.add("Parameters:");
            for (int i = 0; i < parameters.size(); i++) {
                Parameter par = parameters.get(i);
                String id = names.get(game.parameterSymbols().get(i));
                String meaning = par.meaning() == null || par.meaning().isBlank() ? "" : ": " + par.meaning();
                lines.add("  " + id + (id.equals(par.name()) ? "" : " (" + par.name() + ")") + meaning);
            }
        }
        if (payoffKind != null) {
            lines.add("The dynamic: " + dynamics.formula() + "; F the expected payoffs.");
            if (payoffKind != PayoffDrivenCode.Kind.MAYNARD_SMITH) {
                lines.add("The Jacobian is the piecewise derivative (d max(u, 0) = H(u) du, H the unit step); where"
                        + " the field has a kink it is the one-sided value with H(0) = 0, as in egt4j.");
            }
        }
        if (etaSymbol != null) {
            lines.add("  " + names.get(etaSymbol) + ": the logit noise level (dx/dt = softmax(F(x)/eta) - x per"
                    + " population, F the expected payoffs)");
        }
        for (Atom a : game.atoms()) {
            String id = names.get(a.symbol());
            if (!id.equals(a.symbol().name())) {
                lines.add("  " + id + " = " + a.symbol().name());
            }
        }
        return lines;
    }

    private static String comment(List<String> lines, String mark) {
        StringBuilder sb = new StringBuilder();
        for (String l : lines) {
            sb.append(mark).append(l.isEmpty() ? "" : " " + l).append('\n');
        }
        return sb.toString();
    }

    /** Local variables (name, value): parameters from p, then the atoms, then the shares from x. */
    private List<String[]> locals(Language lang) {
        List<String[]> lines = new ArrayList<>();
        for (Symbol s : allParameters()) {
            String id = names.get(s);
            String read =
                    switch (lang) {
                        case MATLAB -> "p." + id;
                        case PYTHON -> "p[" + quoted(id) + "]";
                        case R -> "p[[" + quoted(id) + "]]";
                    };
            lines.add(new String[] {id, read});
        }
        for (Atom a : game.atoms()) {
            String fn = a.function();
            List<String> args = new ArrayList<>();
            a.arguments().forEach(arg -> args.add(expression(arg, lang)));
            String v;
            if (fn == null) {
                v = args.get(0);
            } else {
                String name = lang == Language.PYTHON && Atom.arity(fn) == 1 ? "math." + fn : fn;
                v = name + "(" + String.join(", ", args) + ")";
            }
            lines.add(new String[] {names.get(a.symbol()), v});
        }
        for (int c = 0; c < game.dimension(); c++) {
            lines.add(new String[] {names.get(game.coordinates().get(c)), element(lang, "x", c)});
        }
        return lines;
    }

    /** The game's parameters, then the dynamic's (logit's η), each with its value. */
    private List<Symbol> allParameters() {
        List<Symbol> l = new ArrayList<>(game.parameterSymbols());
        if (etaSymbol != null) {
            l.add(etaSymbol);
        }
        return l;
    }

    private double valueOf(Symbol s) {
        return s.equals(etaSymbol)
                ? eta
                : values.get(game.parameters().get(s.index()).name());
    }

    private static String assign(Language lang, String target, String value) {
        return switch (lang) {
            case MATLAB -> target + " = " + value + ";";
            case PYTHON -> target + " = " + value;
            case R -> target + " <- " + value;
        };
    }

    private static String element(Language lang, String array, int c) {
        return lang == Language.PYTHON
                ? array + "[" + c + "]"
                : array + (lang == Language.R ? "[" : "(") + (c + 1) + (lang == Language.R ? "]" : ")");
    }

    private static String element(Language lang, String array, int c, int j) {
        return lang == Language.PYTHON
                ? array + "[" + c + ", " + j + "]"
                : array + (lang == Language.R ? "[" : "(") + (c + 1) + ", " + (j + 1)
                        + (lang == Language.R ? "]" : ")");
    }

    /**
     * The statements of {@code rhs} (or {@code jac}) in a language: the locals, then for the logit dynamic
     * the choice probabilities σ = softmax(F/η) per population (shifted by the largest payoff so that no
     * exponential overflows), then the components. The logit Jacobian is ∂σ<sub>i</sub>/∂x<sub>j</sub> −
     * δ<sub>ij</sub> with ∂σ<sub>i</sub>/∂x<sub>j</sub> = (σ<sub>i</sub>/η)(∂F<sub>i</sub>/∂x<sub>j</sub> −
     * Σ<sub>l</sub> σ<sub>l</sub> ∂F<sub>l</sub>/∂x<sub>j</sub>) (Sandholm 2010, §6.2).
     */
    private List<String> body(Language lang, boolean isJacobian) {
        int n = game.dimension();
        List<String> lines = new ArrayList<>();
        for (String[] l : locals(lang)) {
            lines.add(assign(lang, l[0], l[1]));
        }
        if (payoffKind != null) {
            lines.add(isJacobian ? assign(lang, "J", zeros(lang, n, n)) : assign(lang, "dx", zeros(lang, n, 0)));
            lines.addAll(new PayoffDrivenCode(game, payoffKind, syntax(lang)).statements(isJacobian));
            return lines;
        }
        if (eta != null) {
            for (int k = 0; k < game.populations().size(); k++) {
                int size = game.sizes()[k];
                List<String> f = new ArrayList<>();
                for (int i = 0; i < size; i++) {
                    String id = local("F" + (k + 1) + "_" + (i + 1));
                    lines.add(assign(lang, id, expression(game.expectedPayoff(k, i), lang)));
                    f.add(id);
                }
                String top = local("Fmax" + (k + 1));
                lines.add(assign(
                        lang,
                        top,
                        lang == Language.MATLAB
                                ? "max([" + String.join(", ", f) + "])"
                                : "max(" + String.join(", ", f) + ")"));
                List<String> w = new ArrayList<>();
                for (int i = 0; i < size; i++) {
                    String id = local("w" + (k + 1) + "_" + (i + 1));
                    lines.add(assign(
                            lang,
                            id,
                            (lang == Language.PYTHON ? "math.exp" : "exp") + "((" + f.get(i) + " - " + top + ")/"
                                    + names.get(etaSymbol) + ")"));
                    w.add(id);
                }
                String total = local("wsum" + (k + 1));
                lines.add(assign(lang, total, String.join(" + ", w)));
                for (int i = 0; i < size; i++) {
                    lines.add(assign(lang, local("s" + (k + 1) + "_" + (i + 1)), w.get(i) + "/" + total));
                }
            }
        }
        if (isJacobian) {
            lines.add(assign(
                    lang,
                    "J",
                    switch (lang) {
                        case MATLAB -> "zeros(" + n + ", " + n + ")";
                        case PYTHON -> "np.zeros((" + n + ", " + n + "))";
                        case R -> "matrix(0, " + n + ", " + n + ")";
                    }));
            for (int c = 0; c < n; c++) {
                for (int j = 0; j < n; j++) {
                    String v = eta == null ? polynomialEntry(c, j, lang) : logitEntry(c, j, lang);
                    if (v != null) {
                        lines.add(assign(lang, element(lang, "J", c, j), v));
                    }
                }
            }
        } else {
            lines.add(assign(
                    lang,
                    "dx",
                    switch (lang) {
                        case MATLAB -> "zeros(" + n + ", 1)";
                        case PYTHON -> "np.zeros(" + n + ")";
                        case R -> "numeric(" + n + ")";
                    }));
            for (int c = 0; c < n; c++) {
                String v = eta == null
                        ? expression(rhs.get(c), lang)
                        : local("s" + (game.populationOf(c) + 1) + "_" + (c - game.offset(game.populationOf(c)) + 1))
                                + " - " + names.get(game.coordinates().get(c));
                lines.add(assign(lang, element(lang, "dx", c), v));
            }
        }
        return lines;
    }

    private String polynomialEntry(int c, int j, Language lang) {
        Polynomial d = jacobian.get(c).get(j);
        return d.isZero() ? null : expression(d, lang);
    }

    /** (σ_i/η)(∂F_i/∂x_j − Σ_l σ_l ∂F_l/∂x_j) − δ_cj, the sum over population k's strategies. */
    private String logitEntry(int c, int j, Language lang) {
        int k = game.populationOf(c);
        int i = c - game.offset(k);
        String sigma = local("s" + (k + 1) + "_" + (i + 1));
        List<String> mean = new ArrayList<>();
        for (int l = 0; l < game.sizes()[k]; l++) {
            Polynomial d =
                    game.expectedPayoff(k, l).derivative(game.coordinates().get(j));
            if (!d.isZero()) {
                mean.add(local("s" + (k + 1) + "_" + (l + 1)) + "*(" + expression(d, lang) + ")");
            }
        }
        Polynomial own = game.expectedPayoff(k, i).derivative(game.coordinates().get(j));
        String v = null;
        if (!own.isZero() || !mean.isEmpty()) {
            String inner = (own.isZero() ? "0" : "(" + expression(own, lang) + ")")
                    + (mean.isEmpty() ? "" : " - (" + String.join(" + ", mean) + ")");
            v = sigma + "/" + names.get(etaSymbol) + "*(" + inner + ")";
        }
        if (c == j) {
            v = v == null ? "-1" : v + " - 1";
        }
        return v;
    }

    /**
     * A local of the generated statements, renamed like the game's symbols when a game name takes it; the
     * first use of a name fixes its identifier, and the statements use names in the same order in every
     * language.
     */
    private String local(String name) {
        return locals.computeIfAbsent(name, k -> identifier(k, k, used));
    }

    /** {@code zeros(n, 1)} ({@code columns} 0) or {@code zeros(n, n)} in a language. */
    private static String zeros(Language lang, int n, int columns) {
        return switch (lang) {
            case MATLAB -> "zeros(" + n + ", " + (columns == 0 ? 1 : columns) + ")";
            case PYTHON -> columns == 0 ? "np.zeros(" + n + ")" : "np.zeros((" + n + ", " + columns + "))";
            case R -> columns == 0 ? "numeric(" + n + ")" : "matrix(0, " + n + ", " + columns + ")";
        };
    }

    /** The language's syntax for {@link PayoffDrivenCode}. */
    private PayoffDrivenCode.Syntax syntax(Language lang) {
        return new PayoffDrivenCode.Syntax() {
            @Override
            public String assign(String target, String value) {
                return CodeExport.assign(lang, target, value);
            }

            @Override
            public String local(String name) {
                return CodeExport.this.local(name);
            }

            @Override
            public String payoff(int k, int i) {
                return expression(game.expectedPayoff(k, i), lang);
            }

            @Override
            public String payoffDerivative(int k, int i, int c) {
                Polynomial d =
                        game.expectedPayoff(k, i).derivative(game.coordinates().get(c));
                return d.isZero() ? null : expression(d, lang);
            }

            @Override
            public String coordinate(int c) {
                return names.get(game.coordinates().get(c));
            }

            @Override
            public String max(String a, String b) {
                return "max(" + a + ", " + (lang == Language.PYTHON && b.equals("0") ? "0.0" : b) + ")";
            }

            @Override
            public String step(String a) {
                return switch (lang) {
                    case MATLAB -> "double((" + a + ") > 0)";
                    case PYTHON -> "(1.0 if (" + a + ") > 0 else 0.0)";
                    case R -> "as.numeric((" + a + ") > 0)";
                };
            }

            @Override
            public String velocity(int c, String value) {
                return CodeExport.assign(lang, element(lang, "dx", c), value);
            }

            @Override
            public String jacobian(int c, int j, String value) {
                return CodeExport.assign(lang, element(lang, "J", c, j), value);
            }
        };
    }

    private String barycentre(String open, String sep, String close) {
        List<String> v = new ArrayList<>();
        for (int k = 0; k < game.populations().size(); k++) {
            int n = game.populations().get(k).size();
            for (int i = 0; i < n - 1; i++) {
                v.add(value(1.0 / n));
            }
        }
        return open + String.join(sep, v) + close;
    }

    // ---- MATLAB / Octave ----

    private String matlabParams() {
        StringBuilder sb = new StringBuilder("function p = params()\n");
        sb.append(comment(List.of("PARAMS  The parameter values of " + game.name() + " as a struct."), "%"));
        sb.append(comment(header("parameters"), "%"));
        sb.append("p = struct();\n");
        for (Symbol par : allParameters()) {
            sb.append("p.")
                    .append(names.get(par))
                    .append(" = ")
                    .append(value(valueOf(par)))
                    .append(";\n");
        }
        sb.append("end\n");
        return sb.toString();
    }

    private String matlabFunction(String signature, boolean isJacobian) {
        StringBuilder sb = new StringBuilder("function ").append(signature).append('\n');
        sb.append(comment(
                List.of(
                        isJacobian
                                ? "JAC  The exact Jacobian J(c, j) = d rhs(c) / d x(j) at state x (t is unused)."
                                : "RHS  The right-hand side dx/dt at state x (t is unused; the dynamic is autonomous)."),
                "%"));
        sb.append(comment(header(isJacobian ? "Jacobian" : "right-hand side"), "%"));
        for (String l : body(Language.MATLAB, isJacobian)) {
            sb.append(l).append('\n');
        }
        sb.append("end\n");
        return sb.toString();
    }

    private String matlabDriver() {
        StringBuilder sb = new StringBuilder();
        sb.append(comment(header("driver: integrate with ode45 from the barycentre and plot the shares"), "%"));
        sb.append("p = params();\n");
        sb.append("x0 = ").append(barycentre("[", "; ", "]")).append(";\n");
        sb.append("tEnd = ").append(value(T_END)).append(";\n");
        sb.append("opts = odeset('RelTol', 1e-10, 'AbsTol', 1e-12);\n");
        sb.append("% for stiff models: ode15s with odeset(opts, 'Jacobian', @(t, x) jac(t, x, p))\n");
        sb.append("[t, X] = ode45(@(t, x) rhs(t, x, p), [0 tEnd], x0, opts);\n");
        sb.append("fprintf('x(%g) =', t(end)); fprintf(' %.17g', X(end, :)); fprintf('\\n');\n");
        sb.append("if isempty(getenv('EGT4J_NO_PLOT'))\n");
        sb.append("  plot(t, X);\n");
        sb.append("  xlabel('t'); ylabel('share');\n");
        List<String> legend = new ArrayList<>();
        game.coordinateNames().forEach(s -> legend.add("'" + s.replace("'", "''") + "'"));
        sb.append("  legend(").append(String.join(", ", legend)).append(");\n");
        sb.append("  title('").append(game.name().replace("'", "''")).append("');\n");
        sb.append("end\n");
        return sb.toString();
    }

    // ---- Python ----

    private String python() {
        StringBuilder sb = new StringBuilder("\"\"\"");
        List<String> h = header("the dynamic as rhs(t, x, p) and its exact Jacobian jac(t, x, p).");
        sb.append(String.join("\n", h).replace("\\", "\\\\").replace("\"\"\"", "\\\"\\\"\\\""));
        sb.append("\n\nx is 0-based here: x[0] is x(1) above. Run this file to integrate with solve_ivp.\n\"\"\"\n");
        sb.append("import math\n\nimport numpy as np\n\n");
        sb.append("PARAMS = {\n");
        for (Symbol par : allParameters()) {
            sb.append("    ")
                    .append(quoted(names.get(par)))
                    .append(": ")
                    .append(value(valueOf(par)))
                    .append(",\n");
        }
        sb.append("}\n");
        List<String> coordinates = new ArrayList<>();
        game.coordinateNames().forEach(s -> coordinates.add(quoted(s)));
        sb.append("COORDINATES = [").append(String.join(", ", coordinates)).append("]\n");
        sb.append("X0 = np.array(").append(barycentre("[", ", ", "]")).append(")\n");
        sb.append("T_END = ").append(value(T_END)).append("\n\n\n");
        sb.append("def rhs(t, x, p=PARAMS):\n");
        sb.append("    \"\"\"dx/dt at state x (t is unused: the dynamic is autonomous).\"\"\"\n");
        for (String l : body(Language.PYTHON, false)) {
            sb.append("    ").append(l).append('\n');
        }
        sb.append("    return dx\n\n\n");
        sb.append("def jac(t, x, p=PARAMS):\n");
        sb.append("    \"\"\"The exact Jacobian J[c, j] = d rhs[c] / d x[j] at state x.\"\"\"\n");
        for (String l : body(Language.PYTHON, true)) {
            sb.append("    ").append(l).append('\n');
        }
        sb.append("    return J\n\n\n");
        sb.append("if __name__ == \"__main__\":\n");
        sb.append("    import os\n\n");
        sb.append("    from scipy.integrate import solve_ivp\n\n");
        sb.append("    sol = solve_ivp(rhs, (0.0, T_END), X0, method=\"DOP853\", args=(PARAMS,), rtol=1e-10,"
                + " atol=1e-12)\n");
        sb.append("    print(\"x(%g) =\" % sol.t[-1], \" \".join(repr(float(v)) for v in sol.y[:, -1]))\n");
        sb.append("    if not os.environ.get(\"EGT4J_NO_PLOT\"):\n");
        sb.append("        import matplotlib.pyplot as plt\n\n");
        sb.append("        for c, name in enumerate(COORDINATES):\n");
        sb.append("            plt.plot(sol.t, sol.y[c], label=name)\n");
        sb.append("        plt.xlabel(\"t\")\n        plt.ylabel(\"share\")\n        plt.legend()\n");
        sb.append("        plt.show()\n");
        return sb.toString();
    }

    // ---- R ----

    private String rModel() {
        StringBuilder sb = new StringBuilder();
        sb.append(comment(header("params, rhs(t, x, p) and jac(t, x, p) for deSolve::ode"), "#"));
        sb.append("params <- list(\n");
        List<String> entries = new ArrayList<>();
        for (Symbol par : allParameters()) {
            entries.add("  " + names.get(par) + " = " + value(valueOf(par)));
        }
        sb.append(String.join(",\n", entries)).append("\n)\n");
        List<String> coordinates = new ArrayList<>();
        game.coordinateNames().forEach(s -> coordinates.add(quoted(s)));
        sb.append("coordinates <- c(").append(String.join(", ", coordinates)).append(")\n");
        sb.append("x0 <- ").append(barycentre("c(", ", ", ")")).append("\n");
        sb.append("t_end <- ").append(value(T_END)).append("\n\n");
        sb.append("# dx/dt at state x, as deSolve's func wants it: list(dx)\n");
        sb.append("rhs <- function(t, x, p) {\n");
        for (String l : body(Language.R, false)) {
            sb.append("  ").append(l).append('\n');
        }
        sb.append("  list(dx)\n}\n\n");
        sb.append("# the exact Jacobian J[c, j] = d dx[c] / d x[j], as deSolve's jacfunc (jactype = \"fullusr\")\n");
        sb.append("jac <- function(t, x, p) {\n");
        for (String l : body(Language.R, true)) {
            sb.append("  ").append(l).append('\n');
        }
        sb.append("  J\n}\n");
        return sb.toString();
    }

    private String rDriver() {
        StringBuilder sb = new StringBuilder();
        sb.append(comment(header("driver: integrate with deSolve::ode from the barycentre and plot the shares"), "#"));
        sb.append("args <- commandArgs(trailingOnly = FALSE)\n");
        sb.append("file <- sub(\"^--file=\", \"\", args[grepl(\"^--file=\", args)])\n");
        sb.append("here <- if (length(file) == 1) dirname(file) else \".\"\n");
        sb.append("source(file.path(here, \"model.R\"))\n");
        sb.append("library(deSolve)\n");
        sb.append("out <- ode(y = x0, times = seq(0, t_end, length.out = 501), func = rhs, parms = params,\n");
        sb.append("           jacfunc = jac, jactype = \"fullusr\", method = \"lsoda\", rtol = 1e-10, atol = 1e-12)\n");
        sb.append("cat(\"x(\", out[nrow(out), 1], \") =\", format(out[nrow(out), -1], digits = 17), \"\\n\")\n");
        sb.append("if (Sys.getenv(\"EGT4J_NO_PLOT\") == \"\") {\n");
        sb.append("  matplot(out[, 1], out[, -1], type = \"l\", lty = 1, xlab = \"t\", ylab = \"share\")\n");
        sb.append("  legend(\"topright\", legend = coordinates, col = seq_along(coordinates), lty = 1)\n");
        sb.append("}\n");
        return sb.toString();
    }
}
