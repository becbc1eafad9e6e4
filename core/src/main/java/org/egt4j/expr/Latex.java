package org.egt4j.expr;

import java.util.Map;

/**
 * LaTeX names for identifiers, the way papers write them: Greek letters as commands ({@code alpha} and
 * {@code α} both give {@code \alpha}), a trailing number or {@code _suffix} as a subscript
 * ({@code x1} gives {@code x_{1}}, {@code C_u} gives {@code C_{u}}), other multi-letter names upright
 * in {@code \mathrm}, names in other scripts (Chinese) in {@code \text}.
 */
public final class Latex {

    private static final Map<String, String> GREEK = Map.ofEntries(
            Map.entry("alpha", "α"),
            Map.entry("beta", "β"),
            Map.entry("gamma", "γ"),
            Map.entry("delta", "δ"),
            Map.entry("epsilon", "ε"),
            Map.entry("zeta", "ζ"),
            Map.entry("eta", "η"),
            Map.entry("theta", "θ"),
            Map.entry("iota", "ι"),
            Map.entry("kappa", "κ"),
            Map.entry("lambda", "λ"),
            Map.entry("mu", "μ"),
            Map.entry("nu", "ν"),
            Map.entry("xi", "ξ"),
            Map.entry("pi", "π"),
            Map.entry("rho", "ρ"),
            Map.entry("sigma", "σ"),
            Map.entry("tau", "τ"),
            Map.entry("upsilon", "υ"),
            Map.entry("phi", "φ"),
            Map.entry("chi", "χ"),
            Map.entry("psi", "ψ"),
            Map.entry("omega", "ω"),
            Map.entry("Gamma", "Γ"),
            Map.entry("Delta", "Δ"),
            Map.entry("Theta", "Θ"),
            Map.entry("Lambda", "Λ"),
            Map.entry("Xi", "Ξ"),
            Map.entry("Pi", "Π"),
            Map.entry("Sigma", "Σ"),
            Map.entry("Upsilon", "Υ"),
            Map.entry("Phi", "Φ"),
            Map.entry("Psi", "Ψ"),
            Map.entry("Omega", "Ω"));

    private Latex() {}

    /**
     * The LaTeX form of an identifier.
     *
     * @param id an identifier, possibly {@code population.strategy}
     * @return Greek names and letters as commands ({@code alpha} and {@code α} give {@code \alpha}), {@code a_b}
     *     and a trailing number as subscripts, other ASCII names in {@code \mathrm{}}, other scripts (e.g.
     *     Chinese) in {@code \text{}}; {@code population.strategy} as {@code x_{\text{population},\text{strategy}}}
     */
    public static String name(String id) {
        int dot = id.indexOf('.');
        if (dot > 0) {
            return "x_{" + text(id.substring(0, dot)) + "," + text(id.substring(dot + 1)) + "}";
        }
        int underscore = id.indexOf('_');
        if (underscore > 0 && underscore < id.length() - 1) {
            return base(id.substring(0, underscore)) + "_{" + base(id.substring(underscore + 1)) + "}";
        }
        int i = id.length();
        while (i > 0 && Character.isDigit(id.charAt(i - 1))) {
            i--;
        }
        if (i > 0 && i < id.length()) {
            return base(id.substring(0, i)) + "_{" + id.substring(i) + "}";
        }
        return base(id);
    }

    private static String base(String s) {
        String greek = greek(s);
        if (greek != null) {
            return greek;
        }
        if (s.codePointCount(0, s.length()) == 1 && s.codePointAt(0) < 128) {
            return s;
        }
        if (s.chars().allMatch(c -> c < 128)) {
            return "\\mathrm{" + s.replace("_", "\\_") + "}";
        }
        return text(s);
    }

    private static String text(String s) {
        return "\\text{" + s.replace("_", "\\_") + "}";
    }

    private static String greek(String s) {
        String letter = GREEK.getOrDefault(s, s);
        if (letter.codePointCount(0, letter.length()) != 1) {
            return null;
        }
        for (Map.Entry<String, String> e : GREEK.entrySet()) {
            if (e.getValue().equals(letter)) {
                return "\\" + e.getKey();
            }
        }
        return null;
    }
}
