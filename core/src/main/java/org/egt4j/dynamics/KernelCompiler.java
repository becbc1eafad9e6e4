package org.egt4j.dynamics;

import java.io.ByteArrayOutputStream;
import java.lang.invoke.MethodHandles;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.egt4j.expr.Monomial;
import org.egt4j.expr.Polynomial;
import org.egt4j.game.BoundGame;
import org.egt4j.game.Game;

/**
 * Compiles a bound game's replicator field into JVM bytecode: one straight-line method for the
 * derivative and one for derivative plus Jacobian, with the parameter-dependent coefficients as
 * constants, so that the JIT treats the field like code written by hand.
 *
 * <p>The code is built as a list of double operations on virtual registers (each a local
 * variable), with zeros and ones folded:
 *
 * <ol>
 *   <li>load the coordinates x<sub>c</sub>;
 *   <li>evaluate every share monomial of g and ∂g as its parent monomial times one coordinate;
 *   <li>g<sub>c</sub> and the non-zero ∂g<sub>c</sub>/∂x<sub>j</sub> as sums of coefficient ×
 *       monomial;
 *   <li>per population, ḡ = Σ x<sub>m</sub> g<sub>m</sub>, ẋ<sub>i</sub> = x<sub>i</sub>(g<sub>i</sub> −
 *       ḡ) and the Jacobian formula of {@link Replicator}.
 * </ol>
 *
 * The class has no branches, so it needs no stack map frames, and is defined as a hidden class of
 * this package. Games whose code would exceed the JVM's method limits get no kernel ({@code null})
 * and are evaluated by {@link Replicator}'s table-driven path.
 */
final class KernelCompiler {

    /** Most virtual registers (locals hold two slots each; the JVM allows 65535 slots). */
    static final int MAX_REGISTERS = 30_000;

    /** Largest method body the JVM accepts. */
    static final int MAX_CODE = 65_535;

    // Operation codes of the register program.
    private static final int LOAD = 0;
    private static final int CONST = 1;
    private static final int ADD = 2;
    private static final int SUB = 3;
    private static final int MUL = 4;
    private static final int NEG = 5;
    private static final int DIV = 6;
    private static final int EXP = 7;
    private static final int MAX = 8;
    private static final int STEP = 9;
    private static final int EITHER = 10;

    /** Register meaning "exactly zero", never materialized. */
    static final int ZERO = -1;

    private final List<int[]> ops = new ArrayList<>(); // {op, target, a, b}
    /** The class's double constants, shared by both methods. */
    private final List<Double> constants;

    private final Map<Long, Integer> pool;
    private final Map<Long, Integer> constantRegisters = new HashMap<>();
    private int registers;

    private KernelCompiler(List<Double> constants, Map<Long, Integer> pool) {
        this.constants = constants;
        this.pool = pool;
    }

    /**
     * The kernel of the bound game's replicator field, or {@code null} when it is too large.
     *
     * @param g the advantages g<sub>c</sub>
     * @param dg the derivatives ∂g<sub>c</sub>/∂x<sub>j</sub> at index c·n + j
     */
    static Kernel compile(BoundGame bound, List<Polynomial> g, List<Polynomial> dg) {
        Game game = bound.game();
        int n = game.dimension();
        if ((long) n * n > Short.MAX_VALUE) {
            return null; // indices beyond sipush
        }
        List<Double> constants = new ArrayList<>();
        Map<Long, Integer> pool = new HashMap<>();
        KernelCompiler derivative = new KernelCompiler(constants, pool);
        int[] x = derivative.loads(n);
        int[] gd = derivative.polynomials(g, bound, x, n);
        List<int[]> dxStores = derivative.derivative(game, x, gd);
        KernelCompiler full = new KernelCompiler(constants, pool);
        int[] x2 = full.loads(n);
        List<Polynomial> both = new ArrayList<>(g);
        both.addAll(dg);
        int[] values = full.polynomials(both, bound, x2, n);
        int[] g2 = Arrays.copyOfRange(values, 0, n);
        int[] dg2 = Arrays.copyOfRange(values, n, values.length);
        List<int[]> fullDx = full.derivative(game, x2, g2);
        List<int[]> jacStores = full.jacobian(game, x2, g2, dg2);
        if (derivative.registers > MAX_REGISTERS || full.registers > MAX_REGISTERS || constants.size() > 20_000) {
            return null;
        }
        byte[] derivativeCode = derivative.code(dxStores, List.of());
        byte[] fullCode = full.code(fullDx, jacStores);
        if (derivativeCode.length > MAX_CODE || fullCode.length > MAX_CODE) {
            return null;
        }
        return define(classFile(derivative, derivativeCode, full, fullCode, constants));
    }

    /**
     * A kernel for any polynomials and their partial derivatives: {@code derivative(x, out)} writes the
     * values v<sub>r</sub>(x), {@code evaluate(x, out, jac)} the values and the derivatives (index r·n + j
     * of {@code jac} holds ∂v<sub>r</sub>/∂x<sub>j</sub>). Returns {@code null} when too large for a method.
     *
     * @param values the polynomials v<sub>r</sub> in the reduced shares
     * @param derivatives their derivatives, row-major
     */
    static Kernel compilePolynomials(BoundGame bound, List<Polynomial> values, List<Polynomial> derivatives) {
        int n = bound.game().dimension();
        if ((long) values.size() * Math.max(1, n) > Short.MAX_VALUE) {
            return null;
        }
        List<Double> constants = new ArrayList<>();
        Map<Long, Integer> pool = new HashMap<>();
        KernelCompiler derivative = new KernelCompiler(constants, pool);
        int[] x = derivative.loads(n);
        int[] v = derivative.polynomials(values, bound, x, n);
        KernelCompiler full = new KernelCompiler(constants, pool);
        int[] x2 = full.loads(n);
        List<Polynomial> both = new ArrayList<>(values);
        both.addAll(derivatives);
        int[] all = full.polynomials(both, bound, x2, n);
        if (derivative.registers > MAX_REGISTERS || full.registers > MAX_REGISTERS || constants.size() > 20_000) {
            return null;
        }
        byte[] derivativeCode = derivative.code(stores(v, 0, v.length), List.of());
        byte[] fullCode = full.code(stores(all, 0, values.size()), stores(all, values.size(), all.length));
        if (derivativeCode.length > MAX_CODE || fullCode.length > MAX_CODE) {
            return null;
        }
        return define(classFile(derivative, derivativeCode, full, fullCode, constants));
    }

    /**
     * The kernel of the logit dynamic V<sub>k,i</sub> = p<sub>k,i</sub> − x<sub>k,i</sub>, p<sub>k</sub> =
     * softmax(F<sub>k</sub>/η), in reduced coordinates, with its exact Jacobian
     * ∂V<sub>c</sub>/∂x<sub>j</sub> = (1/η) p<sub>i</sub> (∂F<sub>i</sub>/∂x<sub>j</sub> − Σ<sub>m</sub> p<sub>m</sub>
     * ∂F<sub>m</sub>/∂x<sub>j</sub>) − δ<sub>cj</sub>. The softmax subtracts the largest F<sub>k,i</sub>
     * before exponentiating (no overflow for small η). {@code null} when too large for one method.
     *
     * @param eta the noise level η &gt; 0
     */
    static Kernel compileLogit(BoundGame bound, double eta) {
        Game game = bound.game();
        int n = game.dimension();
        List<Polynomial> f = new ArrayList<>();
        List<Polynomial> df = new ArrayList<>();
        for (int k = 0; k < game.populations().size(); k++) {
            for (int i = 0; i < game.populations().get(k).size(); i++) {
                f.add(game.expectedPayoff(k, i));
            }
        }
        for (Polynomial p : f) {
            for (int j = 0; j < n; j++) {
                df.add(p.derivative(game.coordinates().get(j)));
            }
        }
        if ((long) f.size() * Math.max(1, n) > Short.MAX_VALUE) {
            return null;
        }
        List<Double> constants = new ArrayList<>();
        Map<Long, Integer> pool = new HashMap<>();
        KernelCompiler derivative = new KernelCompiler(constants, pool);
        int[] x = derivative.loads(n);
        int[] fv = derivative.polynomials(f, bound, x, n);
        int[][] p = derivative.softmax(game, fv, 1 / eta);
        List<int[]> dxStores = derivative.logitDerivative(game, x, p);
        KernelCompiler full = new KernelCompiler(constants, pool);
        int[] x2 = full.loads(n);
        List<Polynomial> both = new ArrayList<>(f);
        both.addAll(df);
        int[] values = full.polynomials(both, bound, x2, n);
        int[] f2 = Arrays.copyOfRange(values, 0, f.size());
        int[] df2 = Arrays.copyOfRange(values, f.size(), values.length);
        int[][] p2 = full.softmax(game, f2, 1 / eta);
        List<int[]> fullDx = full.logitDerivative(game, x2, p2);
        List<int[]> jacStores = new ArrayList<>();
        int invEta = full.constant(1 / eta);
        int row = 0;
        for (int k = 0; k < game.populations().size(); k++) {
            int size = game.populations().get(k).size();
            for (int j = 0; j < n; j++) {
                int mean = ZERO;
                for (int m = 0; m < size; m++) {
                    mean = full.add(mean, full.mul(p2[k][m], df2[(row + m) * n + j]));
                }
                for (int i = 0; i < size - 1; i++) {
                    int c = game.offset(k) + i;
                    int v = full.mul(invEta, full.mul(p2[k][i], full.sub(df2[(row + i) * n + j], mean)));
                    if (c == j) {
                        v = full.sub(v, full.constant(1.0));
                    }
                    jacStores.add(new int[] {c * n + j, v});
                }
            }
            row += size;
        }
        if (derivative.registers > MAX_REGISTERS || full.registers > MAX_REGISTERS || constants.size() > 20_000) {
            return null;
        }
        byte[] derivativeCode = derivative.code(dxStores, List.of());
        byte[] fullCode = full.code(fullDx, jacStores);
        if (derivativeCode.length > MAX_CODE || fullCode.length > MAX_CODE) {
            return null;
        }
        return define(classFile(derivative, derivativeCode, full, fullCode, constants));
    }

    /**
     * A dynamic written as register code over the payoffs: what {@link #compilePayoffProgram} compiles.
     * The payoff registers f list F<sub>k,i</sub>(x) of every strategy of every population (the last
     * included) in population order; df<sub>r·n+j</sub> holds ∂F<sub>r</sub>/∂x<sub>j</sub>.
     */
    interface PayoffProgram {

        /**
         * Emits the velocity.
         *
         * @param c the compiler to emit into
         * @param x the registers of the reduced coordinates
         * @param f the payoff registers
         * @return the stores {coordinate, register}
         */
        List<int[]> velocity(KernelCompiler c, int[] x, int[] f);

        /**
         * Emits the velocity and its Jacobian (sharing registers between the two).
         *
         * @param c the compiler to emit into
         * @param x the registers of the reduced coordinates
         * @param f the payoff registers
         * @param df the registers of the payoff derivatives
         * @param dx receives the velocity stores {coordinate, register}
         * @param jac receives the Jacobian stores {row-major index, register}
         */
        void velocityAndJacobian(KernelCompiler c, int[] x, int[] f, int[] df, List<int[]> dx, List<int[]> jac);
    }

    /**
     * The kernel of a dynamic computed from the payoffs F(x) and DF(x) by a register program, or {@code
     * null} when too large for one method.
     *
     * @param program the dynamic's code over the payoff registers
     */
    static Kernel compilePayoffProgram(BoundGame bound, PayoffProgram program) {
        Game game = bound.game();
        int n = game.dimension();
        List<Polynomial> f = new ArrayList<>();
        for (int k = 0; k < game.populations().size(); k++) {
            for (int i = 0; i < game.populations().get(k).size(); i++) {
                f.add(game.expectedPayoff(k, i));
            }
        }
        if ((long) f.size() * Math.max(1, n) > Short.MAX_VALUE) {
            return null;
        }
        List<Polynomial> both = new ArrayList<>(f);
        for (Polynomial p : f) {
            for (int j = 0; j < n; j++) {
                both.add(p.derivative(game.coordinates().get(j)));
            }
        }
        List<Double> constants = new ArrayList<>();
        Map<Long, Integer> pool = new HashMap<>();
        KernelCompiler derivative = new KernelCompiler(constants, pool);
        int[] x = derivative.loads(n);
        List<int[]> dxStores = program.velocity(derivative, x, derivative.polynomials(f, bound, x, n));
        KernelCompiler full = new KernelCompiler(constants, pool);
        int[] x2 = full.loads(n);
        int[] values = full.polynomials(both, bound, x2, n);
        List<int[]> fullDx = new ArrayList<>();
        List<int[]> jacStores = new ArrayList<>();
        program.velocityAndJacobian(
                full,
                x2,
                Arrays.copyOfRange(values, 0, f.size()),
                Arrays.copyOfRange(values, f.size(), values.length),
                fullDx,
                jacStores);
        if (derivative.registers > MAX_REGISTERS || full.registers > MAX_REGISTERS || constants.size() > 20_000) {
            return null;
        }
        byte[] derivativeCode = derivative.code(dxStores, List.of());
        byte[] fullCode = full.code(fullDx, jacStores);
        if (derivativeCode.length > MAX_CODE || fullCode.length > MAX_CODE) {
            return null;
        }
        return define(classFile(derivative, derivativeCode, full, fullCode, constants));
    }

    /** Per population, registers of softmax(β F): exp(β(F_i − max F)) / Σ. */
    private int[][] softmax(Game game, int[] f, double beta) {
        int[][] p = new int[game.populations().size()][];
        int b = constant(beta);
        int at = 0;
        for (int k = 0; k < p.length; k++) {
            int size = game.populations().get(k).size();
            int top = materialize(f[at]);
            for (int i = 1; i < size; i++) {
                top = max(top, f[at + i]);
            }
            int[] e = new int[size];
            int sum = ZERO;
            for (int i = 0; i < size; i++) {
                e[i] = exp(mul(b, sub(f[at + i], top)));
                sum = add(sum, e[i]);
            }
            p[k] = new int[size];
            int inverse = div(constant(1.0), sum);
            for (int i = 0; i < size; i++) {
                p[k][i] = mul(e[i], inverse);
            }
            at += size;
        }
        return p;
    }

    /** Stores {c, p_i − x_c} for the reduced coordinates. */
    private List<int[]> logitDerivative(Game game, int[] x, int[][] p) {
        List<int[]> stores = new ArrayList<>();
        for (int k = 0; k < p.length; k++) {
            for (int i = 0; i < game.populations().get(k).size() - 1; i++) {
                int c = game.offset(k) + i;
                stores.add(new int[] {c, sub(p[k][i], x[c])});
            }
        }
        return stores;
    }

    /** Stores {index − from, register} for the registers [from, to). */
    private static List<int[]> stores(int[] registers, int from, int to) {
        List<int[]> s = new ArrayList<>();
        for (int r = from; r < to; r++) {
            s.add(new int[] {r - from, registers[r]});
        }
        return s;
    }

    private static byte[] classFile(
            KernelCompiler derivative, byte[] derivativeCode, KernelCompiler full, byte[] fullCode, List<Double> c) {
        return ClassFileWriter.kernelClass(
                "org/egt4j/dynamics/GeneratedKernel",
                "org/egt4j/dynamics/Kernel",
                derivativeCode,
                4 + 2 * derivative.registers,
                fullCode,
                4 + 2 * full.registers,
                c);
    }

    private static Kernel define(byte[] classFile) {
        try {
            MethodHandles.Lookup lookup = MethodHandles.lookup().defineHiddenClass(classFile, true);
            return (Kernel) lookup.lookupClass().getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new IllegalStateException("generated kernel was rejected; please report this game", e);
        }
    }

    private int[] loads(int n) {
        int[] x = new int[n];
        for (int i = 0; i < n; i++) {
            x[i] = emit(LOAD, i, 0);
        }
        return x;
    }

    /** Registers holding the values of the polynomials at x (ZERO for zero polynomials). */
    private int[] polynomials(List<Polynomial> polys, BoundGame bound, int[] x, int n) {
        Map<List<Integer>, Integer> monomials = new HashMap<>();
        int[] result = new int[polys.size()];
        for (int r = 0; r < polys.size(); r++) {
            int sum = ZERO;
            for (Map.Entry<Monomial, Polynomial> e : polys.get(r).byShares().entrySet()) {
                double c = bound.evaluate(e.getValue());
                if (c == 0) {
                    continue;
                }
                int m = monomial(e.getKey(), x, n, monomials);
                int term;
                boolean negate = false;
                if (m == ONE_MONOMIAL) {
                    term = constant(c);
                } else if (c == 1) {
                    term = m;
                } else if (c == -1) {
                    term = m;
                    negate = true;
                } else {
                    term = emit(MUL, constant(c), m);
                }
                if (sum == ZERO) {
                    sum = negate ? emit(NEG, term, 0) : term;
                } else {
                    sum = emit(negate ? SUB : ADD, sum, term);
                }
            }
            result[r] = sum;
        }
        return result;
    }

    private static final int ONE_MONOMIAL = -2;

    /** Register of a share monomial: its parent (one factor of the last coordinate removed) times x. */
    private int monomial(Monomial m, int[] x, int n, Map<List<Integer>, Integer> cache) {
        int[] exps = new int[n];
        for (int i = 0; i < m.size(); i++) {
            exps[m.symbol(i).index()] = m.exponent(i);
        }
        return monomial(exps, x, cache);
    }

    private int monomial(int[] exps, int[] x, Map<List<Integer>, Integer> cache) {
        int v = exps.length - 1;
        while (v >= 0 && exps[v] == 0) {
            v--;
        }
        if (v < 0) {
            return ONE_MONOMIAL;
        }
        List<Integer> key = Arrays.stream(exps).boxed().toList();
        Integer found = cache.get(key);
        if (found != null) {
            return found;
        }
        int[] parent = exps.clone();
        parent[v]--;
        int p = monomial(parent, x, cache);
        int reg = p == ONE_MONOMIAL ? x[v] : emit(MUL, p, x[v]);
        cache.put(key, reg);
        return reg;
    }

    /** ḡ and ẋ per population; returns the stores {coordinate, register}. */
    private List<int[]> derivative(Game game, int[] x, int[] g) {
        List<int[]> stores = new ArrayList<>();
        for (int k = 0; k < game.populations().size(); k++) {
            int mean = mean(game, k, x, g);
            for (int i = game.offset(k); i < game.offset(k + 1); i++) {
                stores.add(new int[] {i, mul(x[i], sub(g[i], mean))});
            }
        }
        return stores;
    }

    private int mean(Game game, int k, int[] x, int[] g) {
        int mean = ZERO;
        for (int m = game.offset(k); m < game.offset(k + 1); m++) {
            mean = add(mean, mul(x[m], g[m]));
        }
        return mean;
    }

    /** The Jacobian entries {row-major index, register}. */
    private List<int[]> jacobian(Game game, int[] x, int[] g, int[] dg) {
        int n = game.dimension();
        List<int[]> stores = new ArrayList<>();
        for (int k = 0; k < game.populations().size(); k++) {
            int from = game.offset(k);
            int to = game.offset(k + 1);
            int mean = mean(game, k, x, g);
            for (int j = 0; j < n; j++) {
                int dmean = j >= from && j < to ? g[j] : ZERO;
                for (int m = from; m < to; m++) {
                    dmean = add(dmean, mul(x[m], dg[m * n + j]));
                }
                for (int i = from; i < to; i++) {
                    int v = mul(x[i], sub(dg[i * n + j], dmean));
                    if (i == j) {
                        v = add(v, sub(g[i], mean));
                    }
                    stores.add(new int[] {i * n + j, v});
                }
            }
        }
        return stores;
    }

    int add(int a, int b) {
        if (a == ZERO) {
            return b;
        }
        return b == ZERO ? a : emit(ADD, a, b);
    }

    int sub(int a, int b) {
        if (b == ZERO) {
            return a;
        }
        return a == ZERO ? emit(NEG, b, 0) : emit(SUB, a, b);
    }

    int mul(int a, int b) {
        return a == ZERO || b == ZERO ? ZERO : emit(MUL, a, b);
    }

    /** a / b (b must not be {@link #ZERO}). */
    int div(int a, int b) {
        return a == ZERO ? ZERO : emit(DIV, a, b);
    }

    int exp(int a) {
        return a == ZERO ? constant(1.0) : emit(EXP, a, 0);
    }

    int max(int a, int b) {
        return emit(MAX, materialize(a), materialize(b));
    }

    /**
     * The unit step H(a) = 1 for a &gt; 0, else 0 (so H(0) = 0 and H(NaN) = 0), by a call of {@link
     * #step(double)}: the derivative of max(a, 0) with the one-sided value 0 at the kink.
     */
    int step(int a) {
        return a == ZERO ? ZERO : emit(STEP, a, 0);
    }

    /**
     * The unit step the generated code calls (the register program has no branches of its own); the JIT
     * inlines it.
     *
     * @param a a value
     * @return 1 when a &gt; 0, else 0
     */
    static double step(double a) {
        return a > 0 ? 1.0 : 0.0;
    }

    /**
     * H(max(a, b)) without the max: 1 when a &gt; 0 or b &gt; 0, else 0, by a call of {@link
     * #either(double, double)} (the projection's activity: used, or paid above the multiplier).
     */
    int either(int a, int b) {
        return emit(EITHER, materialize(a), materialize(b));
    }

    /**
     * The test the generated code calls for {@link #either(int, int)}; the JIT inlines it.
     *
     * @param a a value
     * @param b another
     * @return 1 when a &gt; 0 or b &gt; 0, else 0
     */
    static double either(double a, double b) {
        return a > 0 || b > 0 ? 1.0 : 0.0;
    }

    /** A register for {@link #ZERO}: the constant 0.0. */
    private int materialize(int a) {
        return a == ZERO ? constant(0.0) : a;
    }

    int constant(double c) {
        long bits = Double.doubleToLongBits(c);
        Integer reg = constantRegisters.get(bits);
        if (reg == null) {
            Integer k = pool.get(bits);
            if (k == null) {
                k = constants.size();
                constants.add(c);
                pool.put(bits, k);
            }
            reg = emit(CONST, k, 0);
            constantRegisters.put(bits, reg);
        }
        return reg;
    }

    private int emit(int op, int a, int b) {
        int target = registers++;
        ops.add(new int[] {op, target, a, b});
        return target;
    }

    // ---- bytecode ---------------------------------------------------------------------------

    /**
     * The method body: locals 1, 2, 3 are x, dx, jac; register r lives in local 4 + 2r. Constant k of
     * {@link #constants} is constant-pool entry {@code ClassFileWriter.firstConstant + 2k}.
     */
    private byte[] code(List<int[]> dxStores, List<int[]> jacStores) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int[] op : ops) {
            int target = op[1];
            switch (op[0]) {
                case LOAD -> {
                    out.write(0x2b); // aload_1
                    pushInt(out, op[2]);
                    out.write(0x31); // daload
                }
                case CONST -> {
                    out.write(0x14); // ldc2_w
                    int index = ClassFileWriter.FIRST_CONSTANT + 2 * op[2];
                    out.write(index >> 8);
                    out.write(index);
                }
                case NEG -> {
                    load(out, op[2]);
                    out.write(0x77); // dneg
                }
                case EXP -> {
                    load(out, op[2]);
                    invokestatic(out, ClassFileWriter.expRef(constants.size()));
                }
                case MAX -> {
                    load(out, op[2]);
                    load(out, op[3]);
                    invokestatic(out, ClassFileWriter.maxRef(constants.size()));
                }
                case STEP -> {
                    load(out, op[2]);
                    invokestatic(out, ClassFileWriter.stepRef(constants.size()));
                }
                case EITHER -> {
                    load(out, op[2]);
                    load(out, op[3]);
                    invokestatic(out, ClassFileWriter.eitherRef(constants.size()));
                }
                case DIV -> {
                    load(out, op[2]);
                    load(out, op[3]);
                    out.write(0x6f); // ddiv
                }
                default -> {
                    load(out, op[2]);
                    load(out, op[3]);
                    out.write(op[0] == ADD ? 0x63 : op[0] == SUB ? 0x67 : 0x6b); // dadd dsub dmul
                }
            }
            store(out, target);
        }
        for (int[] s : dxStores) {
            out.write(0x2c); // aload_2
            pushInt(out, s[0]);
            loadOrZero(out, s[1]);
            out.write(0x52); // dastore
        }
        for (int[] s : jacStores) {
            out.write(0x2d); // aload_3
            pushInt(out, s[0]);
            loadOrZero(out, s[1]);
            out.write(0x52);
        }
        out.write(0xb1); // return
        return out.toByteArray();
    }

    private static void invokestatic(ByteArrayOutputStream out, int methodref) {
        out.write(0xb8);
        out.write(methodref >> 8);
        out.write(methodref);
    }

    private static void loadOrZero(ByteArrayOutputStream out, int reg) {
        if (reg == ZERO) {
            out.write(0x0e); // dconst_0
        } else {
            load(out, reg);
        }
    }

    private static void load(ByteArrayOutputStream out, int reg) {
        local(out, 4 + 2 * reg, 0x18, 0x26);
    }

    private static void store(ByteArrayOutputStream out, int reg) {
        local(out, 4 + 2 * reg, 0x39, 0x47);
    }

    /** dload/dstore with the short forms for slots 0–3 and {@code wide} above 255. */
    private static void local(ByteArrayOutputStream out, int slot, int op, int shortBase) {
        if (slot <= 3) {
            out.write(shortBase + slot);
        } else if (slot <= 255) {
            out.write(op);
            out.write(slot);
        } else {
            out.write(0xc4); // wide
            out.write(op);
            out.write(slot >> 8);
            out.write(slot);
        }
    }

    private static void pushInt(ByteArrayOutputStream out, int v) {
        if (v <= 5) {
            out.write(0x03 + v); // iconst_v
        } else if (v <= 127) {
            out.write(0x10); // bipush
            out.write(v);
        } else {
            out.write(0x11); // sipush
            out.write(v >> 8);
            out.write(v);
        }
    }
}
