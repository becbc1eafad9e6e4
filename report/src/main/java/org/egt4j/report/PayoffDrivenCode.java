package org.egt4j.report;

import java.util.ArrayList;
import java.util.List;
import org.egt4j.game.Game;

/**
 * The statements of the exported right-hand side and Jacobian of the dynamics computed from the payoffs
 * alone (Smith, Brown–von Neumann–Nash, projection, Maynard Smith) in one of {@link CodeExport}'s
 * languages, with the formulas of egt4j's compiled kernels ({@code org.egt4j.dynamics.PayoffKernels}),
 * per population with payoffs F (locals {@code F1_1, ...}), shares s (the last 1 − Σ of the reduced
 * coordinates), φ = s·F and H the unit step with H(0) = 0:
 *
 * <ul>
 *   <li>Smith (Smith 1984): ẋ<sub>i</sub> = Σ<sub>j</sub> s<sub>j</sub>[F<sub>i</sub> − F<sub>j</sub>]<sub>+</sub>
 *       − s<sub>i</sub> Σ<sub>j</sub>[F<sub>j</sub> − F<sub>i</sub>]<sub>+</sub>;
 *   <li>BNN (Brown and von Neumann 1950): ẋ<sub>i</sub> = [F<sub>i</sub> − φ]<sub>+</sub> − s<sub>i</sub>
 *       Σ<sub>j</sub>[F<sub>j</sub> − φ]<sub>+</sub>;
 *   <li>Maynard Smith: ẋ<sub>i</sub> = s<sub>i</sub>(F<sub>i</sub> − φ)/φ (rational; its Jacobian is exact
 *       everywhere);
 *   <li>projection (Nagurney and Zhang 1997; Lahkar and Sandholm 2008): ẋ<sub>i</sub> = a<sub>i</sub>(F<sub>i</sub>
 *       − λ), the Euclidean projection of F on the tangent cone of the simplex, with the active set a<sub>i</sub>
 *       = H(max(s<sub>i</sub> − 10<sup>−12</sup>, F<sub>i</sub> − λ)) and the KKT multiplier λ found by m − 1
 *       updates λ ← mean of F over the active set, from the mean of all payoffs (exact; see PayoffKernels).
 * </ul>
 *
 * The Jacobians are the piecewise derivatives (the derivative of max(d, 0) is H(d)); where the field has
 * a kink (a tie of payoffs for Smith, a zero excess payoff for BNN, the boundary of the simplex for the
 * projection, whose active set is held fixed) it is the one-sided value with H(0) = 0, as in egt4j.
 */
final class PayoffDrivenCode {

    /** The exported dynamics of this kind, by their catalogue names. */
    enum Kind {
        SMITH,
        BNN,
        PROJECTION,
        MAYNARD_SMITH
    }

    /** What the statements need of the export: the language's syntax and the printed payoffs. */
    interface Syntax {

        /** {@return the statement {@code target = value}} */
        String assign(String target, String value);

        /** {@return the unique local for a generated name (the same name gives the same local)} */
        String local(String name);

        /** {@return the expected payoff F<sub>k,i</sub>(x) as an expression} */
        String payoff(int k, int i);

        /** {@return ∂F<sub>k,i</sub>/∂x<sub>c</sub> as an expression, or {@code null} when it is 0} */
        String payoffDerivative(int k, int i, int c);

        /** {@return the local of reduced coordinate c} */
        String coordinate(int c);

        /** {@return max(a, b) for two scalars} */
        String max(String a, String b);

        /** {@return the unit step H(a) = 1 for a &gt; 0, else 0, as a number} */
        String step(String a);

        /** {@return the statement {@code dx(c) = value}} */
        String velocity(int c, String value);

        /** {@return the statement {@code J(c, j) = value}} */
        String jacobian(int c, int j, String value);
    }

    private final Game game;
    private final Kind kind;
    private final Syntax y;

    PayoffDrivenCode(Game game, Kind kind, Syntax syntax) {
        this.game = game;
        this.kind = kind;
        this.y = syntax;
    }

    private String f(int k, int i) {
        return y.local("F" + (k + 1) + "_" + (i + 1));
    }

    private String s(int k, int i) {
        return y.local("s" + (k + 1) + "_" + (i + 1));
    }

    private String df(int k, int i, int c) {
        return y.local("dF" + (k + 1) + "_" + (i + 1) + "_" + (c + 1));
    }

    /** The statements after the parameter and coordinate locals. */
    List<String> statements(boolean isJacobian) {
        List<String> lines = new ArrayList<>();
        int n = game.dimension();
        for (int k = 0; k < game.populations().size(); k++) {
            int m = game.sizes()[k];
            List<String> used = new ArrayList<>();
            for (int i = 0; i < m; i++) {
                lines.add(y.assign(f(k, i), y.payoff(k, i)));
            }
            for (int i = 0; i < m - 1; i++) {
                lines.add(y.assign(s(k, i), y.coordinate(game.offset(k) + i)));
                used.add(s(k, i));
            }
            lines.add(y.assign(s(k, m - 1), used.isEmpty() ? "1" : "1 - (" + String.join(" + ", used) + ")"));
            if (isJacobian) {
                for (int i = 0; i < m; i++) {
                    for (int c = 0; c < n; c++) {
                        String d = y.payoffDerivative(k, i, c);
                        lines.add(y.assign(df(k, i, c), d == null ? "0" : d));
                    }
                }
            }
        }
        for (int k = 0; k < game.populations().size(); k++) {
            switch (kind) {
                case SMITH -> smith(k, isJacobian, lines);
                case BNN -> bnn(k, isJacobian, lines);
                case PROJECTION -> projection(k, isJacobian, lines);
                case MAYNARD_SMITH -> maynardSmith(k, isJacobian, lines);
            }
        }
        return lines;
    }

    private String phi(int k, List<String> lines) {
        String phi = y.local("phi" + (k + 1));
        List<String> terms = new ArrayList<>();
        for (int j = 0; j < game.sizes()[k]; j++) {
            terms.add(s(k, j) + "*" + f(k, j));
        }
        lines.add(y.assign(phi, String.join(" + ", terms)));
        return phi;
    }

    /** ∂φ/∂x<sub>c</sub> = Σ s<sub>j</sub> ∂F<sub>j</sub> + (F<sub>c'</sub> − F<sub>last</sub> for a coordinate of population k). */
    private String dPhi(int k, int c, List<String> lines) {
        int m = game.sizes()[k];
        List<String> terms = new ArrayList<>();
        for (int j = 0; j < m; j++) {
            terms.add(s(k, j) + "*" + df(k, j, c));
        }
        String v = String.join(" + ", terms)
                + (game.populationOf(c) == k ? " + (" + f(k, c - game.offset(k)) + " - " + f(k, m - 1) + ")" : "");
        String d = y.local("dphi" + (k + 1) + "_" + (c + 1));
        lines.add(y.assign(d, v));
        return d;
    }

    private void smith(int k, boolean isJacobian, List<String> lines) {
        int m = game.sizes()[k];
        String[][] pos = new String[m][m];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < m; j++) {
                if (i != j) {
                    pos[i][j] = y.local("P" + (k + 1) + "_" + (i + 1) + "_" + (j + 1));
                    lines.add(y.assign(pos[i][j], y.max(f(k, i) + " - " + f(k, j), "0")));
                }
            }
        }
        String[] out = new String[m];
        for (int i = 0; i < m - 1; i++) {
            List<String> in = new ArrayList<>();
            List<String> away = new ArrayList<>();
            for (int j = 0; j < m; j++) {
                if (j != i) {
                    in.add(s(k, j) + "*" + pos[i][j]);
                    away.add(pos[j][i]);
                }
            }
            out[i] = y.local("out" + (k + 1) + "_" + (i + 1));
            lines.add(y.assign(out[i], String.join(" + ", away)));
            if (!isJacobian) {
                lines.add(y.velocity(game.offset(k) + i, String.join(" + ", in) + " - " + s(k, i) + "*" + out[i]));
            }
        }
        if (!isJacobian) {
            return;
        }
        String[][] h = new String[m][m];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < m; j++) {
                if (i != j) {
                    h[i][j] = y.local("H" + (k + 1) + "_" + (i + 1) + "_" + (j + 1));
                    lines.add(y.assign(h[i][j], y.step(f(k, i) + " - " + f(k, j))));
                }
            }
        }
        int n = game.dimension();
        for (int i = 0; i < m - 1; i++) {
            for (int c = 0; c < n; c++) {
                List<String> v = new ArrayList<>();
                List<String> dOut = new ArrayList<>();
                for (int j = 0; j < m; j++) {
                    if (j != i) {
                        String dd = "(" + df(k, i, c) + " - " + df(k, j, c) + ")";
                        v.add(s(k, j) + "*" + h[i][j] + "*" + dd);
                        dOut.add(h[j][i] + "*" + dd);
                    }
                }
                StringBuilder e = new StringBuilder(String.join(" + ", v))
                        .append(" + ")
                        .append(s(k, i))
                        .append("*(")
                        .append(String.join(" + ", dOut))
                        .append(')');
                if (game.populationOf(c) == k) {
                    int own = c - game.offset(k);
                    if (own != i) {
                        e.append(" + ").append(pos[i][own]);
                    }
                    e.append(" - ").append(pos[i][m - 1]);
                    if (own == i) {
                        e.append(" - ").append(out[i]);
                    }
                }
                lines.add(y.jacobian(game.offset(k) + i, c, e.toString()));
            }
        }
    }

    private void bnn(int k, boolean isJacobian, List<String> lines) {
        int m = game.sizes()[k];
        String phi = phi(k, lines);
        String[] excess = new String[m];
        String[] pos = new String[m];
        for (int j = 0; j < m; j++) {
            excess[j] = y.local("E" + (k + 1) + "_" + (j + 1));
            pos[j] = y.local("P" + (k + 1) + "_" + (j + 1));
            lines.add(y.assign(excess[j], f(k, j) + " - " + phi));
            lines.add(y.assign(pos[j], y.max(excess[j], "0")));
        }
        String total = y.local("T" + (k + 1));
        lines.add(y.assign(total, String.join(" + ", pos)));
        if (!isJacobian) {
            for (int i = 0; i < m - 1; i++) {
                lines.add(y.velocity(game.offset(k) + i, pos[i] + " - " + s(k, i) + "*" + total));
            }
            return;
        }
        String[] h = new String[m];
        for (int j = 0; j < m; j++) {
            h[j] = y.local("H" + (k + 1) + "_" + (j + 1));
            lines.add(y.assign(h[j], y.step(excess[j])));
        }
        for (int c = 0; c < game.dimension(); c++) {
            String dPhi = dPhi(k, c, lines);
            List<String> dTotal = new ArrayList<>();
            for (int j = 0; j < m; j++) {
                dTotal.add(h[j] + "*(" + df(k, j, c) + " - " + dPhi + ")");
            }
            String dT = y.local("dT" + (k + 1) + "_" + (c + 1));
            lines.add(y.assign(dT, String.join(" + ", dTotal)));
            for (int i = 0; i < m - 1; i++) {
                String e = h[i] + "*(" + df(k, i, c) + " - " + dPhi + ") - " + s(k, i) + "*" + dT
                        + (c == game.offset(k) + i ? " - " + total : "");
                lines.add(y.jacobian(game.offset(k) + i, c, e));
            }
        }
    }

    private void projection(int k, boolean isJacobian, List<String> lines) {
        int m = game.sizes()[k];
        List<String> all = new ArrayList<>();
        for (int j = 0; j < m; j++) {
            all.add(f(k, j));
        }
        String lambda = y.local("lambda" + (k + 1));
        String count = y.local("count" + (k + 1));
        lines.add(y.assign(lambda, "(" + String.join(" + ", all) + ")/" + m));
        String[] active = new String[m];
        for (int t = 0; t < m; t++) {
            List<String> weighted = new ArrayList<>();
            List<String> members = new ArrayList<>();
            for (int j = 0; j < m; j++) {
                active[j] = y.local("a" + (k + 1) + "_" + (j + 1));
                lines.add(y.assign(active[j], y.step(y.max(s(k, j) + " - 1e-12", f(k, j) + " - " + lambda))));
                weighted.add(active[j] + "*" + f(k, j));
                members.add(active[j]);
            }
            lines.add(y.assign(count, String.join(" + ", members)));
            if (t < m - 1) {
                lines.add(y.assign(lambda, "(" + String.join(" + ", weighted) + ")/" + count));
            }
        }
        if (!isJacobian) {
            for (int i = 0; i < m - 1; i++) {
                lines.add(y.velocity(game.offset(k) + i, active[i] + "*(" + f(k, i) + " - " + lambda + ")"));
            }
            return;
        }
        for (int c = 0; c < game.dimension(); c++) {
            List<String> terms = new ArrayList<>();
            for (int j = 0; j < m; j++) {
                terms.add(active[j] + "*" + df(k, j, c));
            }
            String mean = y.local("mean" + (k + 1) + "_" + (c + 1));
            lines.add(y.assign(mean, "(" + String.join(" + ", terms) + ")/" + count));
            for (int i = 0; i < m - 1; i++) {
                lines.add(y.jacobian(game.offset(k) + i, c, active[i] + "*(" + df(k, i, c) + " - " + mean + ")"));
            }
        }
    }

    private void maynardSmith(int k, boolean isJacobian, List<String> lines) {
        int m = game.sizes()[k];
        String phi = phi(k, lines);
        String[] v = new String[m - 1];
        for (int i = 0; i < m - 1; i++) {
            v[i] = y.local("V" + (k + 1) + "_" + (i + 1));
            lines.add(y.assign(v[i], s(k, i) + "*(" + f(k, i) + " - " + phi + ")/" + phi));
            if (!isJacobian) {
                lines.add(y.velocity(game.offset(k) + i, v[i]));
            }
        }
        if (!isJacobian) {
            return;
        }
        for (int c = 0; c < game.dimension(); c++) {
            String dPhi = dPhi(k, c, lines);
            for (int i = 0; i < m - 1; i++) {
                String d = s(k, i) + "*(" + df(k, i, c) + " - " + dPhi + ")"
                        + (c == game.offset(k) + i ? " + (" + f(k, i) + " - " + phi + ")" : "");
                lines.add(y.jacobian(
                        game.offset(k) + i, c, "(" + d + ")/" + phi + " - " + v[i] + "*" + dPhi + "/" + phi));
            }
        }
    }
}
