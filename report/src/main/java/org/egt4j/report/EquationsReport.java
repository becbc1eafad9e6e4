package org.egt4j.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.egt4j.dynamics.Dynamics;
import org.egt4j.dynamics.Equation;
import org.egt4j.dynamics.ReplicatorDynamics;
import org.egt4j.expr.Polynomial;
import org.egt4j.expr.Printer;
import org.egt4j.expr.Symbol;
import org.egt4j.game.Game;
import org.egt4j.game.Population;
import org.hipparchus.fraction.BigFraction;

/**
 * The expected payoffs and replicator equations of a game, exact, as plain text, LaTeX ({@code align*})
 * or JSON. Parameters may be fixed to exact values, which are substituted before printing.
 */
public final class EquationsReport {

    private final Game game;
    private final Map<Symbol, BigFraction> fixed;
    private final Dynamics dynamics;
    private final boolean factored;
    /** Set only on a fresh copy by {@link #withMessages}, so instances stay effectively immutable. */
    private Messages messages = Messages.english();

    /**
     * The replicator equations of a game.
     *
     * @param game the game
     * @param fixed parameter symbols to substitute by exact values (may be empty)
     */
    public EquationsReport(Game game, Map<Symbol, BigFraction> fixed) {
        this(game, fixed, ReplicatorDynamics.INSTANCE);
    }

    /**
     * The equations of a dynamic whose right-hand sides are polynomial.
     *
     * @param game the game
     * @param fixed parameter symbols to substitute by exact values (may be empty)
     * @param dynamics the dynamic
     * @throws org.egt4j.ModelException when the dynamic's equations are not polynomial
     */
    public EquationsReport(Game game, Map<Symbol, BigFraction> fixed, Dynamics dynamics) {
        this(game, fixed, dynamics, false);
    }

    private EquationsReport(Game game, Map<Symbol, BigFraction> fixed, Dynamics dynamics, boolean factored) {
        this.game = game;
        this.fixed = new LinkedHashMap<>(fixed);
        this.dynamics = dynamics;
        this.factored = factored;
        if (dynamics.equations(game).isEmpty()) {
            throw new org.egt4j.ModelException(
                    "the " + dynamics.name() + " dynamics has no polynomial equations to print",
                    "use egt4j field to evaluate it");
        }
    }

    /**
     * Prints the equations with their common factors pulled out (or not); the values never change.
     *
     * @param factor whether to pull common factors out
     * @return the report printed that way
     */
    public EquationsReport factored(boolean factor) {
        EquationsReport r = new EquationsReport(game, fixed, dynamics, factor);
        r.messages = messages;
        return r;
    }

    /**
     * The report with its headings in the language of {@code m} (JSON stays as it is).
     *
     * @param m the sentences of the report's language
     * @return the report printed that way
     */
    public EquationsReport withMessages(Messages m) {
        EquationsReport r = new EquationsReport(game, fixed, dynamics, factored);
        r.messages = m;
        return r;
    }

    /** The dynamic's equations with the fixed parameters substituted. */
    private List<Equation> equations() {
        List<Equation> list = new ArrayList<>();
        for (Equation e : dynamics.equations(game).orElseThrow()) {
            list.add(e.substitute(this::fix));
        }
        return list;
    }

    /** "Replicator equations", "Replicator-mutator equations (mu = 0.1)". */
    private String heading() {
        String name = dynamics.name();
        return messages.equationsHeading(name)
                + (dynamics.parameters().isEmpty()
                        ? ""
                        : " (" + Figures.dynamicsLabel(dynamics).replaceFirst("^[^(]*\\(", ""));
    }

    private Polynomial fix(Polynomial p) {
        Polynomial r = p;
        for (Map.Entry<Symbol, BigFraction> e : fixed.entrySet()) {
            r = r.substitute(e.getKey(), Polynomial.constant(e.getValue()));
        }
        return r;
    }

    /** {@return plain text: the coordinates, expected payoffs and equations} */
    public String text() {
        StringBuilder sb = new StringBuilder();
        sb.append(game.name()).append('\n');
        if (!fixed.isEmpty()) {
            sb.append(messages.text(Phrase.WITH_FIXED, fixedText())).append('\n');
        }
        sb.append("\n").append(messages.text(Phrase.COORDINATES)).append('\n');
        List<String> names = game.coordinateNames();
        for (int c = 0; c < game.dimension(); c++) {
            sb.append("  ").append(game.coordinates().get(c).name());
            if (!game.coordinates().get(c).name().equals(names.get(c))) {
                sb.append(messages.text(Phrase.COORDINATE_SHARE, names.get(c)));
            }
            sb.append('\n');
        }
        sb.append("\n").append(messages.text(Phrase.EXPECTED_PAYOFFS)).append('\n');
        for (int k = 0; k < game.populations().size(); k++) {
            Population p = game.populations().get(k);
            for (int i = 0; i < p.size(); i++) {
                sb.append("  E(")
                        .append(p.name())
                        .append('.')
                        .append(p.strategies().get(i))
                        .append(") = ")
                        .append(Printer.TEXT.print(fix(game.expectedPayoff(k, i))))
                        .append('\n');
            }
        }
        sb.append("\n").append(heading()).append(":\n");
        for (Equation e : equations()) {
            sb.append("  ").append(e.format(Printer.TEXT, factored)).append('\n');
        }
        return sb.toString();
    }

    /**
     * LaTeX: an {@code align*} environment with the expected payoffs and the equations.
     *
     * @return the LaTeX source, ready for a document with amsmath
     */
    public String latex() {
        StringBuilder sb = new StringBuilder();
        sb.append("% ")
                .append(game.name())
                .append(fixed.isEmpty() ? "" : ", " + messages.text(Phrase.WITH_FIXED, fixedText()))
                .append('\n');
        sb.append("\\begin{align*}\n");
        payoffLines(sb, game, this::fix);
        List<Equation> eqs = equations();
        for (int c = 0; c < eqs.size(); c++) {
            String[] parts = eqs.get(c).format(Printer.LATEX, factored).split(" = ", 2);
            sb.append("  ")
                    .append(parts[0])
                    .append(" &= ")
                    .append(parts[1])
                    .append(c + 1 < eqs.size() ? " \\\\\n" : "\n");
        }
        sb.append("\\end{align*}\n");
        return sb.toString();
    }

    /** The expected payoffs as lines of an {@code align*}, each ending with a line break. */
    private static void payoffLines(StringBuilder sb, Game game, java.util.function.UnaryOperator<Polynomial> fix) {
        for (int k = 0; k < game.populations().size(); k++) {
            Population p = game.populations().get(k);
            for (int i = 0; i < p.size(); i++) {
                sb.append("  E_{")
                        .append(latexText(p.name()))
                        .append(",")
                        .append(latexText(p.strategies().get(i)))
                        .append("} &= ")
                        .append(Printer.LATEX.print(fix.apply(game.expectedPayoff(k, i))))
                        .append(" \\\\\n");
            }
        }
    }

    /**
     * LaTeX for a dynamic whose right-hand sides are not polynomial (logit, Smith, BNN, projection,
     * Maynard Smith, best response): its formula as a comment and the expected payoffs it is built from,
     * in an {@code align*} (the last line break dropped). Reports use it where {@link #latex} would refuse.
     *
     * @param game the game
     * @param dynamics the dynamic
     * @return the LaTeX source, ready for a document with amsmath
     */
    static String latexPayoffs(Game game, Dynamics dynamics) {
        StringBuilder lines = new StringBuilder();
        payoffLines(lines, game, p -> p);
        String body = lines.substring(0, lines.length() - " \\\\\n".length()) + "\n";
        // the formula is one line of plain text today; a later one with line breaks stays commented out
        String formula = dynamics.formula().replace("\n", "\n% ");
        return "% " + game.name() + "\n% " + formula + "\n\\begin{align*}\n" + body + "\\end{align*}\n";
    }

    private static String latexText(String s) {
        return "\\text{" + s.replace("_", "\\_") + "}";
    }

    /** {@return JSON: name, parameters, coordinates, expected payoffs and equations (text, LaTeX, expanded)} */
    public String json() {
        JsonValue.JsonObject.Builder root = JsonValue.JsonObject.builder().put("name", game.name());
        JsonValue.JsonObject.Builder params = JsonValue.JsonObject.builder();
        for (int i = 0; i < game.parameters().size(); i++) {
            BigFraction v = fixed.get(game.parameterSymbols().get(i));
            params.put(
                    game.parameters().get(i).name(),
                    v == null ? game.parameters().get(i).value() : v.doubleValue());
        }
        root.put("parameters", params.build());
        root.put("coordinates", JsonValue.strings(game.coordinateNames()));
        List<String> symbols = new ArrayList<>();
        game.coordinates().forEach(s -> symbols.add(s.name()));
        root.put("symbols", JsonValue.strings(symbols));
        List<JsonValue> payoffs = new ArrayList<>();
        for (int k = 0; k < game.populations().size(); k++) {
            Population p = game.populations().get(k);
            for (int i = 0; i < p.size(); i++) {
                Polynomial f = fix(game.expectedPayoff(k, i));
                payoffs.add(JsonValue.JsonObject.builder()
                        .put("population", p.name())
                        .put("strategy", p.strategies().get(i))
                        .put("text", Printer.TEXT.print(f))
                        .put("latex", Printer.LATEX.print(f))
                        .build());
            }
        }
        root.put("payoffs", JsonValue.array(payoffs));
        List<JsonValue> equations = new ArrayList<>();
        List<String> names = game.coordinateNames();
        List<Equation> eqs = equations();
        for (int c = 0; c < eqs.size(); c++) {
            Equation e = eqs.get(c);
            equations.add(JsonValue.JsonObject.builder()
                    .put("coordinate", names.get(c))
                    .put("symbol", e.coordinate().name())
                    .put("text", e.format(Printer.TEXT, factored))
                    .put("latex", e.format(Printer.LATEX, factored))
                    .put("expanded", Printer.TEXT.print(e.expanded()))
                    .build());
        }
        root.put("equations", JsonValue.array(equations));
        return Json.write(root.build());
    }

    private String fixedText() {
        List<String> parts = new ArrayList<>();
        fixed.forEach((s, v) -> parts.add(s.name() + " = " + Printer.TEXT.print(Polynomial.constant(v))));
        return String.join(", ", parts);
    }
}
