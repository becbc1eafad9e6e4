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
import org.egt4j.dynamics.Dynamics;
import org.egt4j.dynamics.Equation;
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
 * ones). Names that are not ASCII identifiers of every target language (Chinese parameter names,
 * {@code pop.strategy}, keywords) are replaced by {@code p1, q1, x1, ...}, and the generated files list
 * the original names in comments.
 *
 * <p>Only dynamics with polynomial equations ({@link Dynamics#equations} not empty: the replicator and
 * the replicator–mutator) can be exported; the others are refused with a {@link ModelException}.
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
    private final Map<Symbol, String> names = new HashMap<>();

    private CodeExport(BoundGame bound, Dynamics dynamics, List<Equation> equations) {
        this.game = bound.game();
        this.dynamics = dynamics;
        this.values = bound.parameterValues();
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
        Set<String> used = new java.util.HashSet<>();
        for (Symbol s : game.parameterSymbols()) {
            names.put(s, identifier(s.name(), "p" + (s.index() + 1), used));
        }
        for (Symbol s : game.coordinates()) {
            names.put(s, identifier(s.name(), "x" + (s.index() + 1), used));
        }
        for (Atom a : game.atoms()) {
            Symbol s = a.symbol();
            names.put(s, identifier(s.name(), "q" + (s.index() + 1), used));
        }
    }

    /**
     * The export of a dynamic at a parameter point.
     *
     * @param bound the game with the parameter values the generated parameters take
     * @param dynamics the dynamic, whose equations must be polynomial
     * @return the export, ready to render in any language
     * @throws ModelException when the dynamic's equations are not polynomial
     */
    public static CodeExport of(BoundGame bound, Dynamics dynamics) {
        List<Equation> equations = dynamics.equations(bound.game())
                .orElseThrow(() -> new ModelException(
                        "the " + dynamics.name() + " dynamics cannot be exported as code: its equations are not"
                                + " polynomial",
                        "export the replicator or the replicator-mutator (--dynamics replicator), or evaluate "
                                + dynamics.name() + " with egt4j field"));
        return new CodeExport(bound, dynamics, equations);
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

    private List<String> parameterNames() {
        List<String> l = new ArrayList<>();
        for (Symbol s : game.parameterSymbols()) {
            l.add(names.get(s));
        }
        return l;
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
        if (!parameters.isEmpty()) {
            lines.add("Parameters:");
            for (int i = 0; i < parameters.size(); i++) {
                Parameter par = parameters.get(i);
                String id = names.get(game.parameterSymbols().get(i));
                String meaning = par.meaning() == null || par.meaning().isBlank() ? "" : ": " + par.meaning();
                lines.add("  " + id + (id.equals(par.name()) ? "" : " (" + par.name() + ")") + meaning);
            }
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

    /** Local variables: parameters from p, then the atoms, then the shares from x (1-based or 0-based). */
    private List<String> locals(Language lang, String assign, boolean shares) {
        List<String> lines = new ArrayList<>();
        for (Symbol s : game.parameterSymbols()) {
            String id = names.get(s);
            String read =
                    switch (lang) {
                        case MATLAB -> "p." + id;
                        case PYTHON -> "p[" + quoted(id) + "]";
                        case R -> "p[[" + quoted(id) + "]]";
                    };
            lines.add(id + " " + assign + " " + read);
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
            lines.add(names.get(a.symbol()) + " " + assign + " " + v);
        }
        if (shares) {
            for (int c = 0; c < game.dimension(); c++) {
                String read = lang == Language.PYTHON ? "x[" + c + "]" : "x(" + (c + 1) + ")";
                if (lang == Language.R) {
                    read = "x[" + (c + 1) + "]";
                }
                lines.add(names.get(game.coordinates().get(c)) + " " + assign + " " + read);
            }
        }
        return lines;
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
        for (int i = 0; i < game.parameters().size(); i++) {
            String id = parameterNames().get(i);
            sb.append("p.")
                    .append(id)
                    .append(" = ")
                    .append(value(values.get(game.parameters().get(i).name())))
                    .append(";\n");
        }
        sb.append("end\n");
        return sb.toString();
    }

    private String matlabFunction(String signature, boolean isJacobian) {
        int n = game.dimension();
        StringBuilder sb = new StringBuilder("function ").append(signature).append('\n');
        sb.append(comment(
                List.of(
                        isJacobian
                                ? "JAC  The exact Jacobian J(c, j) = d rhs(c) / d x(j) at state x (t is unused)."
                                : "RHS  The right-hand side dx/dt at state x (t is unused; the dynamic is autonomous)."),
                "%"));
        sb.append(comment(header(isJacobian ? "Jacobian" : "right-hand side"), "%"));
        for (String l : locals(Language.MATLAB, "=", true)) {
            sb.append(l).append(";\n");
        }
        if (isJacobian) {
            sb.append("J = zeros(").append(n).append(", ").append(n).append(");\n");
            for (int c = 0; c < n; c++) {
                for (int j = 0; j < n; j++) {
                    Polynomial d = jacobian.get(c).get(j);
                    if (!d.isZero()) {
                        sb.append("J(")
                                .append(c + 1)
                                .append(", ")
                                .append(j + 1)
                                .append(") = ")
                                .append(expression(d, Language.MATLAB))
                                .append(";\n");
                    }
                }
            }
        } else {
            sb.append("dx = zeros(").append(n).append(", 1);\n");
            for (int c = 0; c < n; c++) {
                sb.append("dx(")
                        .append(c + 1)
                        .append(") = ")
                        .append(expression(rhs.get(c), Language.MATLAB))
                        .append(";\n");
            }
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
        int n = game.dimension();
        StringBuilder sb = new StringBuilder("\"\"\"");
        List<String> h = header("the dynamic as rhs(t, x, p) and its exact Jacobian jac(t, x, p).");
        sb.append(String.join("\n", h).replace("\\", "\\\\").replace("\"\"\"", "\\\"\\\"\\\""));
        sb.append("\n\nx is 0-based here: x[0] is x(1) above. Run this file to integrate with solve_ivp.\n\"\"\"\n");
        sb.append("import math\n\nimport numpy as np\n\n");
        sb.append("PARAMS = {\n");
        for (int i = 0; i < game.parameters().size(); i++) {
            sb.append("    ")
                    .append(quoted(parameterNames().get(i)))
                    .append(": ")
                    .append(value(values.get(game.parameters().get(i).name())))
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
        for (String l : locals(Language.PYTHON, "=", true)) {
            sb.append("    ").append(l).append('\n');
        }
        sb.append("    dx = np.empty(").append(n).append(")\n");
        for (int c = 0; c < n; c++) {
            sb.append("    dx[")
                    .append(c)
                    .append("] = ")
                    .append(expression(rhs.get(c), Language.PYTHON))
                    .append('\n');
        }
        sb.append("    return dx\n\n\n");
        sb.append("def jac(t, x, p=PARAMS):\n");
        sb.append("    \"\"\"The exact Jacobian J[c, j] = d rhs[c] / d x[j] at state x.\"\"\"\n");
        for (String l : locals(Language.PYTHON, "=", true)) {
            sb.append("    ").append(l).append('\n');
        }
        sb.append("    J = np.zeros((").append(n).append(", ").append(n).append("))\n");
        for (int c = 0; c < n; c++) {
            for (int j = 0; j < n; j++) {
                Polynomial d = jacobian.get(c).get(j);
                if (!d.isZero()) {
                    sb.append("    J[")
                            .append(c)
                            .append(", ")
                            .append(j)
                            .append("] = ")
                            .append(expression(d, Language.PYTHON))
                            .append('\n');
                }
            }
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
        int n = game.dimension();
        StringBuilder sb = new StringBuilder();
        sb.append(comment(header("params, rhs(t, x, p) and jac(t, x, p) for deSolve::ode"), "#"));
        sb.append("params <- list(\n");
        List<String> entries = new ArrayList<>();
        for (int i = 0; i < game.parameters().size(); i++) {
            entries.add("  " + parameterNames().get(i) + " = "
                    + value(values.get(game.parameters().get(i).name())));
        }
        sb.append(String.join(",\n", entries)).append("\n)\n");
        List<String> coordinates = new ArrayList<>();
        game.coordinateNames().forEach(s -> coordinates.add(quoted(s)));
        sb.append("coordinates <- c(").append(String.join(", ", coordinates)).append(")\n");
        sb.append("x0 <- ").append(barycentre("c(", ", ", ")")).append("\n");
        sb.append("t_end <- ").append(value(T_END)).append("\n\n");
        sb.append("# dx/dt at state x, as deSolve's func wants it: list(dx)\n");
        sb.append("rhs <- function(t, x, p) {\n");
        for (String l : locals(Language.R, "<-", true)) {
            sb.append("  ").append(l).append('\n');
        }
        sb.append("  dx <- numeric(").append(n).append(")\n");
        for (int c = 0; c < n; c++) {
            sb.append("  dx[")
                    .append(c + 1)
                    .append("] <- ")
                    .append(expression(rhs.get(c), Language.R))
                    .append('\n');
        }
        sb.append("  list(dx)\n}\n\n");
        sb.append("# the exact Jacobian J[c, j] = d dx[c] / d x[j], as deSolve's jacfunc (jactype = \"fullusr\")\n");
        sb.append("jac <- function(t, x, p) {\n");
        for (String l : locals(Language.R, "<-", true)) {
            sb.append("  ").append(l).append('\n');
        }
        sb.append("  J <- matrix(0, ").append(n).append(", ").append(n).append(")\n");
        for (int c = 0; c < n; c++) {
            for (int j = 0; j < n; j++) {
                Polynomial d = jacobian.get(c).get(j);
                if (!d.isZero()) {
                    sb.append("  J[")
                            .append(c + 1)
                            .append(", ")
                            .append(j + 1)
                            .append("] <- ")
                            .append(expression(d, Language.R))
                            .append('\n');
                }
            }
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
